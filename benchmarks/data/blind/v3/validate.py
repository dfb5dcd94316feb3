#!/usr/bin/env python3
"""Validate the blind v3 set: JSONL parses, one label per message, schema sanity, counts."""
import json, os, sys, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip(): continue
            try: rows.append(json.loads(line))
            except json.JSONDecodeError as e: sys.exit(f"{name}:{n}: bad JSON: {e}")
    return rows
convs, labels, profiles = load("conversations.jsonl"), load("labels.jsonl"), load("profiles.jsonl")
errs = []
KINDS = {"report","question","complaint","future_plan","hypothetical","correction","memory_question","smalltalk","answer","mixed"}
RFK = {None,"musculoskeletal","cardiac","heat"}
PARTS = {"shin","knee","calf","foot","heel","ankle","hip","hamstring","quad","achilles","back","chest","other"}
ACTS = {"bike","swim","gym","yoga","walk","elliptical","other"}
EFF = {"easy","long","workout","race","time_trial","unknown"}
DAYS = {"mon","tue","wed","thu","fri","sat","sun"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
prof = {p["conv"]: p for p in profiles}
keys = Counter((m["conv"], m["i"]) for m in convs)
errs += [f"duplicate message {k}" for k, c in keys.items() if c > 1]
lk = Counter((l["conv"], l["i"]) for l in labels)
errs += [f"label count {k}={c}" for k, c in lk.items() if c != 1]
errs += [f"message without label {k}" for k in keys if k not in lk]
errs += [f"label without message {k}" for k in lk if k not in keys]
for m in convs:
    if m["conv"] not in prof: errs.append(f"no profile for {m['conv']}")
    if m["lang"] != m["conv"][:2]: errs.append(f"lang mismatch {m['conv']} {m['i']}")
per_conv = Counter(m["conv"] for m in convs)
for c, n in per_conv.items():
    if not 18 <= n <= 24: errs.append(f"{c}: {n} messages (want 18-24)")
for l in labels:
    k = (l["conv"], l["i"])
    if l["kind"] not in KINDS: errs.append(f"{k} kind {l['kind']}")
    if l["red_flag_kind"] not in RFK or (l["red_flag"] != (l["red_flag_kind"] is not None)): errs.append(f"{k} red flag fields")
    for w in l["writes"]:
        t = w["type"]
        if "date" in w and not DATE.match(w["date"] or ""): errs.append(f"{k} bad date {w}")
        if t == "run":
            if w["effort"] not in EFF: errs.append(f"{k} effort {w}")
            if w["distance_km"] is None and w["duration_s"] is None: errs.append(f"{k} empty run")
        elif t == "cross_training":
            if w["activity"] not in ACTS: errs.append(f"{k} activity {w}")
        elif t == "injury":
            if w["body_part"] not in PARTS: errs.append(f"{k} body_part {w}")
            p, s = w["pain"], w["severity"]
            if p is not None and s != ("mild" if p <= 3 else "moderate" if p <= 6 else "severe"): errs.append(f"{k} severity {w}")
        elif t == "injury_resolved":
            if w["body_part"] not in PARTS: errs.append(f"{k} body_part {w}")
        elif t == "preferred_days":
            if not set(w["days"]) <= DAYS: errs.append(f"{k} days {w}")
        elif t not in {"race_result","goal_race","correction","delete_run"}:
            errs.append(f"{k} unknown write type {t}")
    if l["kind"] in {"question","complaint","future_plan","hypothetical","memory_question"} and l["writes"]:
        errs.append(f"{k} kind {l['kind']} must not write")
if errs:
    print("\n".join(errs)); sys.exit(1)
lang = Counter(m["lang"] for m in convs)
rf = [l for l in labels if l["red_flag"]]
print(f"conversations: {len(per_conv)} (profiles {len(profiles)})")
print(f"messages: {len(convs)}  es={lang['es']}  en={lang['en']}")
print(f"red-flag messages: {len(rf)} in {len({l['conv'] for l in rf})} conversations  " + str(dict(Counter(l['red_flag_kind'] for l in rf))))
print(f"messages with writes: {sum(1 for l in labels if l['writes'])}  (facts: {sum(len(l['writes']) for l in labels)}; " + str(dict(Counter(w['type'] for l in labels for w in l['writes']))) + ")")
print(f"clarify_ok messages: {sum(1 for l in labels if l['clarify_ok'])}")
print("kinds: " + str(dict(Counter(l['kind'] for l in labels))))
print("OK")
