#!/usr/bin/env python3
"""Validate the v21-en blind set: parse, schema, one label per message, counts."""
import json
import os
import sys
from collections import Counter
from datetime import datetime, date
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    return out


profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
WEEK0, WEEK1 = date(2027, 11, 15), date(2027, 11, 21)

# ---- profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
         "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    c = p.get("conv")
    if set(p) != PKEYS:
        err(f"profile {c}: keys {sorted(set(p) ^ PKEYS)}")
    prof[c] = p
    if p["lang"] != "en":
        err(f"profile {c}: lang")
    if not (17 <= p["age"] <= 65):
        err(f"profile {c}: age")
    ZoneInfo(p["timezone"])
    if p["units"] not in ("km", "mi"):
        err(f"profile {c}: units")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"profile {c}: goal keys")
        if date.fromisoformat(g["date"]) <= WEEK1:
            err(f"profile {c}: goal date not after week")
        if g["goal_time"] is not None and len(g["goal_time"].split(":")) != 3:
            err(f"profile {c}: goal_time format")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
        err(f"profile {c}: preferred_days / days_per_week")
    if p["level"] not in ("beginner", "intermediate", "advanced"):
        err(f"profile {c}: level")
    r = p["recent_race"]
    if r is not None and set(r) != {"distance_km", "time", "month"}:
        err(f"profile {c}: recent_race keys")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None):
            err(f"profile {c}: injury {inj}")

# ---- conversations
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by_conv = {}
for m in convs:
    if set(m) != CKEYS:
        err(f"msg {m.get('conv')}/{m.get('i')}: keys")
    by_conv.setdefault(m["conv"], []).append(m)
for c, ms in by_conv.items():
    if c not in prof:
        err(f"{c}: no profile")
        continue
    tz = ZoneInfo(prof[c]["timezone"])
    if not (18 <= len(ms) <= 24):
        err(f"{c}: {len(ms)} messages (want 18-24)")
    prev = None
    for k, m in enumerate(ms):
        if m["i"] != k:
            err(f"{c}: i {m['i']} != {k}")
        dt = datetime.fromisoformat(m["sent_at"])
        if dt.utcoffset() != dt.astimezone(tz).utcoffset():
            err(f"{c}/{k}: offset {dt.utcoffset()} wrong for {tz}")
        if not (WEEK0 <= dt.date() <= WEEK1):
            err(f"{c}/{k}: outside week")
        if prev and dt <= prev:
            err(f"{c}/{k}: not increasing")
        prev = dt
        if not m["text"].strip():
            err(f"{c}/{k}: empty text")
if set(by_conv) != set(prof):
    err("conversation/profile set mismatch")

# ---- labels
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
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


def num_or_none(x):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0)


def int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def check_fact(where, f, sent):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: bad fact type {t}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        d = date.fromisoformat(f["date"])
        if d > sent.date():
            err(f"{where}: {t} dated after the message")
        if d < date(2027, 11, 8):
            err(f"{where}: {t} date too early")
    if t == "run":
        if f["effort"] not in EFFORTS or not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]):
            err(f"{where}: run fields")
    elif t == "cross_training":
        if f["activity"] not in ACTS or not int_or_none(f["duration_s"]):
            err(f"{where}: xt fields")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None):
            err(f"{where}: injury part/side")
        if f["pain"] is not None and not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
            err(f"{where}: injury pain")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: injury severity")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: resolved part")
    elif t == "race_result":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None or not int_or_none(f["time_s"]):
            err(f"{where}: race fields")
    elif t == "goal_race":
        if not num_or_none(f["distance_km"]) or not int_or_none(f["goal_time_s"]):
            err(f"{where}: goal fields")
        if f["date"] is not None and date.fromisoformat(f["date"]) <= WEEK1:
            err(f"{where}: goal date not in future")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS:
            err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run" or not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]):
            err(f"{where}: correction fields")


msgs = {(m["conv"], m["i"]): m for m in convs}
seen = Counter()
for l in labels:
    key = (l.get("conv"), l.get("i"))
    seen[key] += 1
    where = f"label {key[0]}/{key[1]}"
    if set(l) != LKEYS:
        err(f"{where}: keys {sorted(set(l) ^ LKEYS)}")
        continue
    if key not in msgs:
        err(f"{where}: no such message")
        continue
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
        err(f"{where}: bool fields")
    if l["red_flag"] != (l["red_flag_kind"] is not None):
        err(f"{where}: red_flag/kind mismatch")
    if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"):
        err(f"{where}: red_flag_kind")
    if l["kind"] not in KINDS:
        err(f"{where}: kind")
    if l["kind"] in NOWRITE and l["writes"]:
        err(f"{where}: kind {l['kind']} must not write")
    if not isinstance(l["note"], str) or not l["note"].strip():
        err(f"{where}: note")
    sent = datetime.fromisoformat(msgs[key]["sent_at"])
    for f in l["writes"]:
        check_fact(where, f, sent)
        if f.get("type") == "injury":
            p = f["pain"]
            exp = "mild" if p is None else ("mild" if p <= 3 else "moderate" if p <= 6 else "severe")
            if f["severity"] != exp and not (l["red_flag"] and f["severity"] == "severe"):
                err(f"{where}: severity {f['severity']} vs pain {p}")
            if f["body_part"] == "chest" and not (l["red_flag"] and l["red_flag_kind"] == "cardiac" and f["severity"] == "severe"):
                err(f"{where}: chest injury must be severe + cardiac red flag")
    if msgs[key]["after_coach"] is None and l["kind"] == "answer":
        err(f"{where}: kind answer without after_coach")
for key in msgs:
    if seen[key] != 1:
        err(f"message {key}: {seen[key]} labels")
for key, n in seen.items():
    if n > 1:
        err(f"label {key}: duplicated")

# ---- counts
print(f"profiles: {len(profiles)}")
print(f"conversations: {len(by_conv)}")
print(f"messages: {len(convs)}  (per conv: " + ", ".join(f"{c}={len(v)}" for c, v in sorted(by_conv.items())) + ")")
print(f"labels: {len(labels)}")
rf_convs = sorted({l['conv'] for l in labels if l['red_flag']})
print(f"red-flag messages: {sum(l['red_flag'] for l in labels)}  kinds: {dict(Counter(l['red_flag_kind'] for l in labels if l['red_flag']))}")
print(f"red-flag conversations: {len(rf_convs)} {rf_convs}")
print(f"miles runners: {sorted(c for c, p in prof.items() if p['units'] == 'mi')}")
print(f"ages: {sorted(p['age'] for p in prof.values())}")
print(f"kinds: {dict(sorted(Counter(l['kind'] for l in labels).items()))}")
wc = Counter(f['type'] for l in labels for f in l['writes'])
print(f"writes: {sum(wc.values())} {dict(sorted(wc.items()))}")
print(f"messages with no writes: {sum(1 for l in labels if not l['writes'])}")
print(f"clarify_ok true: {sum(l['clarify_ok'] for l in labels)}")
print(f"after_coach answers: {sum(1 for m in convs if m['after_coach'])}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
