#!/usr/bin/env python3
"""Validates the v20-en blind set: parses every jsonl file, checks schemas, one label per message,
sent_at offsets against the profile timezone, and prints counts. Exit code 1 on any error."""
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, date
from zoneinfo import ZoneInfo

D = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n} empty line")
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json: {e}")
    return out


profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

WEEK0, WEEK1 = date(2027, 10, 11), date(2027, 10, 17)
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest",
         "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RFK = {"musculoskeletal", "cardiac", "heat"}
EFF = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACT = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
FACT_KEYS = {
    "run": {"type", "date", "distance_km", "duration_s", "effort"},
    "cross_training": {"type", "date", "activity", "duration_s"},
    "injury": {"type", "body_part", "side", "pain", "severity"},
    "injury_resolved": {"type", "body_part"},
    "race_result": {"type", "date", "distance_km", "time_s"},
    "goal_race": {"type", "distance_km", "date", "goal_time_s"},
    "preferred_days": {"type", "days"},
    "correction": {"type", "target", "date", "distance_km", "duration_s"},
    "delete_run": {"type", "date"},
}


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def chk_date(s, where, lo=None, hi=None):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(f"{where}: bad date {s!r}")
        return None
    d = date.fromisoformat(s)
    if lo and d < lo:
        err(f"{where}: date {s} before {lo}")
    if hi and d > hi:
        err(f"{where}: date {s} after {hi}")
    return d


# ---- profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days", "level",
         "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    w = f"profile {p.get('conv')}"
    if set(p) != PKEYS:
        err(f"{w}: keys {sorted(set(p) ^ PKEYS)}")
    prof[p["conv"]] = p
    if p["lang"] != "en":
        err(f"{w}: lang")
    if not (17 <= p["age"] <= 65):
        err(f"{w}: age")
    ZoneInfo(p["timezone"])
    if p["units"] not in ("km", "mi"):
        err(f"{w}: units")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"{w}: goal keys")
        if chk_date(g["date"], w) and date.fromisoformat(g["date"]) <= WEEK1:
            err(f"{w}: goal date not after week")
        if g["goal_time"] is not None and not re.fullmatch(r"\d{1,2}:\d{2}:\d{2}", g["goal_time"]):
            err(f"{w}: goal_time format")
    if p["level"] not in ("beginner", "intermediate", "advanced"):
        err(f"{w}: level")
    if not all(d in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
        err(f"{w}: preferred_days/days_per_week")
    r = p["recent_race"]
    if r is not None and set(r) != {"distance_km", "time", "month"}:
        err(f"{w}: recent_race keys")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None):
            err(f"{w}: injury entry {inj}")

# ---- conversations
by_conv = {}
for m in convs:
    w = f"conv {m.get('conv')}#{m.get('i')}"
    if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
        err(f"{w}: keys")
    if m["conv"] not in prof:
        err(f"{w}: no profile")
        continue
    by_conv.setdefault(m["conv"], []).append(m)
    dt = datetime.fromisoformat(m["sent_at"])
    if dt.tzinfo is None:
        err(f"{w}: no offset")
    else:
        local = dt.replace(tzinfo=None).replace(tzinfo=ZoneInfo(prof[m["conv"]]["timezone"]))
        if local.utcoffset() != dt.utcoffset():
            err(f"{w}: offset {dt.utcoffset()} != tz {local.utcoffset()}")
        if not (WEEK0 <= dt.date() <= WEEK1):
            err(f"{w}: outside the week")
    if not isinstance(m["text"], str) or not m["text"].strip():
        err(f"{w}: empty text")
    if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
        err(f"{w}: after_coach")

for c, ms in by_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))):
        err(f"{c}: i not 0..n-1 in order")
    if not (18 <= len(ms) <= 24):
        err(f"{c}: {len(ms)} messages (need 18-24)")
    times = [datetime.fromisoformat(m["sent_at"]) for m in ms]
    if times != sorted(times):
        err(f"{c}: sent_at not increasing")

# ---- labels
msg_keys = {(m["conv"], m["i"]): m for m in convs}
lab_keys = Counter((l["conv"], l["i"]) for l in labels)
for k, n in lab_keys.items():
    if n != 1:
        err(f"label {k}: {n} labels")
    if k not in msg_keys:
        err(f"label {k}: no such message")
for k in msg_keys:
    if k not in lab_keys:
        err(f"message {k}: no label")

LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
fact_counts = Counter()
for l in labels:
    w = f"label {l['conv']}#{l['i']}"
    if set(l) != LKEYS:
        err(f"{w}: keys {sorted(set(l) ^ LKEYS)}")
        continue
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
        err(f"{w}: bool fields")
    if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RFK | {None}):
        err(f"{w}: red_flag/red_flag_kind mismatch")
    if l["kind"] not in KINDS:
        err(f"{w}: kind {l['kind']}")
    if l["kind"] in NOWRITE and l["writes"]:
        err(f"{w}: kind {l['kind']} must not write")
    if not isinstance(l["note"], str):
        err(f"{w}: note")
    m = msg_keys.get((l["conv"], l["i"]))
    sent = datetime.fromisoformat(m["sent_at"]).date() if m else None
    for f in l["writes"]:
        t = f.get("type")
        if t not in FACT_KEYS:
            err(f"{w}: fact type {t}")
            continue
        if set(f) != FACT_KEYS[t]:
            err(f"{w}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
            continue
        fact_counts[t] += 1
        if t in ("run", "cross_training", "race_result", "correction", "delete_run"):
            chk_date(f["date"], w, date(2027, 10, 1), sent)
        if t == "run":
            if f["effort"] not in EFF:
                err(f"{w}: effort")
            for k in ("distance_km", "duration_s"):
                if f[k] is not None and not (is_num(f[k]) and f[k] > 0):
                    err(f"{w}: run {k}")
        if t == "cross_training":
            if f["activity"] not in ACT:
                err(f"{w}: activity")
            if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
                err(f"{w}: xt duration")
        if t == "injury":
            if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None):
                err(f"{w}: injury part/side")
            if f["severity"] not in ("mild", "moderate", "severe"):
                err(f"{w}: severity")
            p = f["pain"]
            if p is not None:
                if not (isinstance(p, int) and 0 <= p <= 10):
                    err(f"{w}: pain")
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if f["severity"] != exp and not l["red_flag"]:
                    err(f"{w}: severity {f['severity']} vs pain {p}")
            if l["red_flag"] and f["severity"] != "severe":
                err(f"{w}: red-flag injury must be severe")
            if f["body_part"] == "chest" and not (l["red_flag"] and l["red_flag_kind"] == "cardiac"):
                err(f"{w}: chest injury without cardiac red flag")
        if t == "injury_resolved" and f["body_part"] not in PARTS:
            err(f"{w}: resolved part")
        if t == "race_result" and not (is_num(f["distance_km"]) and (f["time_s"] is None or isinstance(f["time_s"], int))):
            err(f"{w}: race_result values")
        if t == "goal_race":
            if f["date"] is not None:
                d = chk_date(f["date"], w)
                if d and d <= WEEK1:
                    err(f"{w}: goal date not after week")
            if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int):
                err(f"{w}: goal_time_s")
        if t == "preferred_days" and not (f["days"] and all(d in DAYS for d in f["days"])):
            err(f"{w}: days")
        if t == "correction" and f["target"] != "run":
            err(f"{w}: correction target")

# ---- set-level requirements from the instructions
rf_convs = {l["conv"] for l in labels if l["red_flag"]}
mi_convs = [c for c, p in prof.items() if p["units"] == "mi"]
if len(by_conv) != 10:
    err(f"{len(by_conv)} conversations, expected 10")
if len(rf_convs) < 4:
    err(f"only {len(rf_convs)} red-flag conversations")
if len(mi_convs) < 4:
    err(f"only {len(mi_convs)} miles personas")

print(f"profiles: {len(profiles)}")
print(f"conversations: {len(by_conv)}  messages: {len(convs)}  labels: {len(labels)}")
for c in sorted(by_conv):
    n_rf = sum(1 for l in labels if l["conv"] == c and l["red_flag"])
    print(f"  {c}: {len(by_conv[c]):2d} msgs, {prof[c]['units']}, {prof[c]['timezone']}, red-flag msgs {n_rf}")
print(f"red-flag conversations: {len(rf_convs)} {sorted(rf_convs)}")
print(f"red-flag messages by kind: {dict(Counter(l['red_flag_kind'] for l in labels if l['red_flag']))}")
print(f"miles personas: {len(mi_convs)} {mi_convs}")
print(f"message kinds: {dict(sorted(Counter(l['kind'] for l in labels).items()))}")
print(f"facts written: {dict(sorted(fact_counts.items()))}  total {sum(fact_counts.values())}")
print(f"messages with writes: {sum(1 for l in labels if l['writes'])}, clarify_ok: {sum(1 for l in labels if l['clarify_ok'])}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
