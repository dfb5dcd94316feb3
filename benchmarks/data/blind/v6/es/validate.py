#!/usr/bin/env python3
"""Validate the v6-es blind set: parse, schema, one label per message, print counts."""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime, date

D = os.path.dirname(os.path.abspath(__file__))
errs = []
def err(m): errs.append(m)
def load(n):
    rows = []
    with open(os.path.join(D, n), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                try: rows.append(json.loads(line))
                except Exception as e: err(f"{n}:{ln}: bad json {e}")
    return rows

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
DAYS = {"mon","tue","wed","thu","fri","sat","sun"}
PARTS = {"shin","knee","calf","foot","heel","ankle","hip","hamstring","quad","achilles","back","chest","other"}
KINDS = {"report","question","complaint","future_plan","hypothetical","correction","memory_question","smalltalk","answer","mixed"}
NOWRITE = {"question","complaint","future_plan","hypothetical","memory_question"}
EFF = {"easy","long","workout","race","time_trial","unknown"}
ACT = {"bike","swim","gym","yoga","walk","elliptical","other"}
RFK = {"musculoskeletal","cardiac","heat"}
def isdate(s): 
    try: date.fromisoformat(s); return True
    except Exception: return False
def num(x, null=True): return (x is None and null) or (isinstance(x,(int,float)) and not isinstance(x,bool))
def intn(x): return x is None or (isinstance(x,int) and not isinstance(x,bool))

# profiles
PK = ["conv","lang","name","age","timezone","units","goal_race","days_per_week","preferred_days","level","weekly_km","longest_run_km","recent_race","injuries_at_start"]
pconv = set()
for p in profiles:
    if list(p) != PK: err(f"profile keys {p.get('conv')}: {list(p)}")
    pconv.add(p["conv"])
    if p["timezone"] != "America/Guayaquil" or p["units"] not in ("km","mi") or p["lang"] != "es": err(f"profile meta {p['conv']}")
    if not (16 <= p["age"] <= 65): err(f"age {p['conv']}")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km","name","date","goal_time"} or not isdate(g["date"]) or g["date"] <= "2027-01-10": err(f"goal {p['conv']}")
        if g["goal_time"] is not None and not re.fullmatch(r"\d:\d\d:\d\d", g["goal_time"]): err(f"goal_time {p['conv']}")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]: err(f"days {p['conv']}")
    if p["level"] not in ("beginner","intermediate","advanced"): err(f"level {p['conv']}")
    rr = p["recent_race"]
    if rr is not None and (set(rr) != {"distance_km","time","month"} or not re.fullmatch(r"\d:\d\d:\d\d", rr["time"]) or not re.fullmatch(r"\d{4}-\d\d", rr["month"])): err(f"recent_race {p['conv']}")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part","side","note","current"} or inj["body_part"] not in PARTS or inj["side"] not in ("left","right",None): err(f"inj {p['conv']}")

# conversations
byconv = defaultdict(list); ckeys = {}
for c in convs:
    if list(c) != ["conv","i","lang","sent_at","text","after_coach"]: err(f"conv keys {c}")
    byconv[c["conv"]].append(c); ckeys[(c["conv"], c["i"])] = c
    try:
        t = datetime.fromisoformat(c["sent_at"])
        if not c["sent_at"].endswith("-05:00"): err(f"offset {c['conv']} {c['i']}")
        if not ("2027-01-04" <= c["sent_at"][:10] <= "2027-01-10"): err(f"date out of week {c['conv']} {c['i']}")
    except Exception: err(f"sent_at {c['conv']} {c['i']}")
    if not c["text"].strip() or not (c["after_coach"] is None or isinstance(c["after_coach"], str)): err(f"text {c['conv']} {c['i']}")
for cv, ms in byconv.items():
    if [m["i"] for m in ms] != list(range(len(ms))): err(f"i order {cv}")
    if [m["sent_at"] for m in ms] != sorted(m["sent_at"] for m in ms): err(f"time order {cv}")
    if not (18 <= len(ms) <= 24): err(f"length {cv} {len(ms)}")
if set(byconv) != pconv: err("profile/conversation conv mismatch")

# labels
FK = {"run": ["type","date","distance_km","duration_s","effort"],
      "cross_training": ["type","date","activity","duration_s"],
      "injury": ["type","body_part","side","pain","severity"],
      "injury_resolved": ["type","body_part"],
      "race_result": ["type","date","distance_km","time_s"],
      "goal_race": ["type","distance_km","date","goal_time_s"],
      "preferred_days": ["type","days"],
      "correction": ["type","target","date","distance_km","duration_s"],
      "delete_run": ["type","date"]}
LK = ["conv","i","red_flag","red_flag_kind","writes","clarify_ok","kind","note"]
seen = Counter(); facts = Counter(); kinds = Counter(); rfk = Counter(); rfconv = set(); clar = 0
for l in labels:
    k = (l.get("conv"), l.get("i")); seen[k] += 1
    if k not in ckeys: err(f"label without message {k}"); continue
    if list(l) != LK: err(f"label keys {k}: {list(l)}")
    if l["kind"] not in KINDS: err(f"kind {k}")
    kinds[l["kind"]] += 1
    if not isinstance(l["red_flag"], bool) or (l["red_flag"] != (l["red_flag_kind"] is not None)) or (l["red_flag_kind"] not in RFK | {None}): err(f"red flag {k}")
    if l["red_flag"]: rfk[l["red_flag_kind"]] += 1; rfconv.add(l["conv"])
    if not isinstance(l["clarify_ok"], bool): err(f"clarify {k}")
    clar += l["clarify_ok"]
    if not isinstance(l["note"], str): err(f"note {k}")
    if l["kind"] in NOWRITE and l["writes"]: err(f"{l['kind']} with writes {k}")
    sent = ckeys[k]["sent_at"][:10]
    for w in l["writes"]:
        t = w.get("type")
        if t not in FK or list(w) != FK[t]: err(f"fact shape {k} {w}"); continue
        facts[t] += 1
        if "date" in w and t != "goal_race":
            if not isdate(w["date"]) or w["date"] > sent: err(f"fact date {k} {w}")
        if t == "run":
            if not num(w["distance_km"]) or not intn(w["duration_s"]) or w["effort"] not in EFF: err(f"run {k}")
        elif t == "cross_training":
            if w["activity"] not in ACT or not intn(w["duration_s"]): err(f"xt {k}")
        elif t == "injury":
            if w["body_part"] not in PARTS or w["side"] not in ("left","right",None) or w["severity"] not in ("mild","moderate","severe"): err(f"injury {k}")
            p = w["pain"]
            if p is not None and not (isinstance(p,int) and 0 <= p <= 10): err(f"pain {k}")
            exp = None if p is None else ("mild" if p <= 3 else "moderate" if p <= 6 else "severe")
            if l["red_flag"]:
                if w["severity"] != "severe": err(f"red-flag injury not severe {k}")
            elif exp and exp != w["severity"]: err(f"severity/pain {k}")
            if w["body_part"] == "chest" and not (l["red_flag"] and l["red_flag_kind"] == "cardiac"): err(f"chest w/o cardiac flag {k}")
        elif t == "injury_resolved":
            if w["body_part"] not in PARTS: err(f"resolved {k}")
        elif t == "race_result":
            if not num(w["distance_km"], False) or not intn(w["time_s"]): err(f"race {k}")
            if not any(x["type"] == "run" and x["date"] == w["date"] and x["effort"] == "race" for x in l["writes"]): err(f"race without race run {k}")
        elif t == "goal_race":
            if not num(w["distance_km"], False) or not (w["date"] is None or (isdate(w["date"]) and w["date"] > "2027-01-10")) or not intn(w["goal_time_s"]): err(f"goal {k}")
        elif t == "preferred_days":
            if not w["days"] or not set(w["days"]) <= DAYS: err(f"days {k}")
        elif t == "correction":
            if w["target"] != "run" or not num(w["distance_km"]) or not intn(w["duration_s"]): err(f"correction {k}")
for k in ckeys:
    if seen[k] != 1: err(f"message {k} has {seen[k]} labels")
for k, n in seen.items():
    if n > 1: err(f"duplicate label {k}")

print(f"conversations: {len(byconv)}  profiles: {len(profiles)}  messages: {len(convs)}  labels: {len(labels)}")
print("messages per conversation:", " ".join(f"{c}={len(byconv[c])}" for c in sorted(byconv)))
print(f"red-flag messages: {sum(rfk.values())}  by kind: {dict(sorted(rfk.items()))}  conversations with red flag: {len(rfconv)} {sorted(rfconv)}")
print("facts written:", sum(facts.values()), dict(sorted(facts.items())))
print("label kinds:", dict(sorted(kinds.items())))
print("messages with no writes:", sum(1 for l in labels if not l["writes"]), " clarify_ok:", clar)
if errs:
    print(f"ERRORS ({len(errs)}):"); [print("  ", e) for e in errs]; sys.exit(1)
print("OK: no errors")
