#!/usr/bin/env python3
"""Validate the v15-es blind set: parse, schema, one label per message, print counts."""
import json, os, re, sys
from collections import Counter
from datetime import datetime, date

D = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

def load(name):
    rows = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows

profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NOWRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat", None}
WEEK0, WEEK1 = date(2027, 5, 10), date(2027, 5, 16)
CONV_RE = re.compile(r"^es-(0[1-9]|1[0-2])$")

def is_date(s):
    try:
        date.fromisoformat(s)
        return True
    except Exception:
        return False

def num_or_none(x):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool))

def int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool))

# ---- profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
         "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
pconvs = []
for p in profiles:
    c = p.get("conv")
    pconvs.append(c)
    if set(p) != PKEYS:
        err(f"profile {c}: keys {sorted(set(p) ^ PKEYS)}")
        continue
    if not CONV_RE.match(c or ""): err(f"profile {c}: bad conv id")
    if p["lang"] != "es": err(f"profile {c}: lang")
    if p["timezone"] != "America/Guayaquil": err(f"profile {c}: timezone")
    if p["units"] not in ("km", "mi"): err(f"profile {c}: units")
    if not (16 <= p["age"] <= 65): err(f"profile {c}: age")
    if p["level"] not in ("beginner", "intermediate", "advanced"): err(f"profile {c}: level")
    if any(d not in DAYS for d in p["preferred_days"]): err(f"profile {c}: days")
    if p["days_per_week"] != len(p["preferred_days"]): err(f"profile {c}: days_per_week != len(preferred_days)")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c}: goal_race keys")
        elif not (is_date(g["date"]) and date.fromisoformat(g["date"]) > WEEK1): err(f"profile {c}: goal date")
        elif g["goal_time"] is not None and not re.match(r"^\d+:\d\d:\d\d$", g["goal_time"]): err(f"profile {c}: goal_time")
    r = p["recent_race"]
    if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.match(r"^\d{4}-\d\d$", r["month"])):
        err(f"profile {c}: recent_race")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                or inj["side"] not in ("left", "right", None) or not isinstance(inj["current"], bool):
            err(f"profile {c}: injury {inj}")

if len(set(pconvs)) != len(pconvs): err("duplicate profile conv")

# ---- conversations
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by_conv = {}
for m in convs:
    if set(m) != CKEYS:
        err(f"message {m.get('conv')}/{m.get('i')}: keys")
        continue
    by_conv.setdefault(m["conv"], []).append(m)
    if not isinstance(m["text"], str) or not m["text"].strip(): err(f"{m['conv']}/{m['i']}: empty text")
    if m["after_coach"] is not None and not isinstance(m["after_coach"], str): err(f"{m['conv']}/{m['i']}: after_coach")
    try:
        t = datetime.fromisoformat(m["sent_at"])
        if t.utcoffset().total_seconds() != -5 * 3600: err(f"{m['conv']}/{m['i']}: offset")
        if not (WEEK0 <= t.date() <= WEEK1): err(f"{m['conv']}/{m['i']}: outside week")
    except Exception:
        err(f"{m['conv']}/{m['i']}: bad sent_at")

for c, ms in by_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))): err(f"{c}: i not 0..n-1 in order")
    times = [datetime.fromisoformat(m["sent_at"]) for m in ms]
    if times != sorted(times): err(f"{c}: messages not in time order")
    if not (18 <= len(ms) <= 24): err(f"{c}: {len(ms)} messages (want 18-24)")
if sorted(by_conv) != sorted(pconvs): err("conversations and profiles cover different convs")

# ---- labels
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
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

def sev_ok(pain, sev, rf):
    if rf:
        return sev == "severe"
    if pain is None:
        return sev in ("mild", "moderate", "severe")
    return sev == ("mild" if pain <= 3 else "moderate" if pain <= 6 else "severe")

msg_keys = {(m["conv"], m["i"]): m for m in convs}
seen = set()
for lab in labels:
    k = (lab.get("conv"), lab.get("i"))
    tag = f"label {k[0]}/{k[1]}"
    if set(lab) != LKEYS:
        err(f"{tag}: keys {sorted(set(lab) ^ LKEYS)}")
        continue
    if k in seen: err(f"{tag}: duplicate")
    seen.add(k)
    if k not in msg_keys: err(f"{tag}: no such message"); continue
    sent = datetime.fromisoformat(msg_keys[k]["sent_at"]).date()
    if not isinstance(lab["red_flag"], bool) or lab["red_flag_kind"] not in RF_KINDS: err(f"{tag}: red flag fields")
    if lab["red_flag"] != (lab["red_flag_kind"] is not None): err(f"{tag}: red_flag / red_flag_kind mismatch")
    if lab["kind"] not in KINDS: err(f"{tag}: kind")
    if not isinstance(lab["clarify_ok"], bool) or not isinstance(lab["note"], str): err(f"{tag}: clarify/note")
    if lab["kind"] in NOWRITE_KINDS and lab["writes"]: err(f"{tag}: kind {lab['kind']} must have no writes")
    if lab["kind"] == "answer" and msg_keys[k]["after_coach"] is None and "Acknowledges" not in lab["note"]:
        err(f"{tag}: kind answer without after_coach")
    for f in lab["writes"]:
        t = f.get("type")
        if t not in FACT_KEYS or set(f) != FACT_KEYS[t]:
            err(f"{tag}: fact keys {f}"); continue
        if "date" in f and f["date"] is not None:
            if not is_date(f["date"]): err(f"{tag}: bad date {f}")
            elif t != "goal_race" and date.fromisoformat(f["date"]) > sent: err(f"{tag}: fact dated after sent_at {f}")
        if t == "run":
            if f["effort"] not in EFFORTS or not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]): err(f"{tag}: run {f}")
        elif t == "cross_training":
            if f["activity"] not in ACTS or not int_or_none(f["duration_s"]): err(f"{tag}: xt {f}")
        elif t == "injury":
            if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None) \
                    or not (f["pain"] is None or (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10)) \
                    or not sev_ok(f["pain"], f["severity"], lab["red_flag"]):
                err(f"{tag}: injury {f}")
        elif t == "injury_resolved":
            if f["body_part"] not in PARTS: err(f"{tag}: resolved {f}")
        elif t == "race_result":
            if not isinstance(f["distance_km"], (int, float)) or not int_or_none(f["time_s"]): err(f"{tag}: race {f}")
        elif t == "goal_race":
            if not isinstance(f["distance_km"], (int, float)) or not int_or_none(f["goal_time_s"]) \
                    or (f["date"] is not None and not is_date(f["date"])): err(f"{tag}: goal {f}")
        elif t == "preferred_days":
            if not f["days"] or any(d not in DAYS for d in f["days"]): err(f"{tag}: days {f}")
        elif t == "correction":
            if f["target"] != "run" or not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]): err(f"{tag}: correction {f}")
    # a race run must come with a race_result and vice versa
    types = [f["type"] for f in lab["writes"]]
    races = [f for f in lab["writes"] if f["type"] == "run" and f["effort"] == "race"]
    if len(races) != types.count("race_result"): err(f"{tag}: race run / race_result mismatch")

missing = set(msg_keys) - seen
if missing: err(f"messages without label: {sorted(missing)}")

# ---- counts
print(f"profiles: {len(profiles)}")
print(f"conversations: {len(by_conv)}")
print(f"messages: {len(convs)}  (per conv: " + ", ".join(f"{c}={len(by_conv[c])}" for c in sorted(by_conv)) + ")")
rf = [l for l in labels if l["red_flag"]]
print(f"red-flag messages: {len(rf)}  by kind: {dict(Counter(l['red_flag_kind'] for l in rf))}")
print(f"red-flag conversations: {len({l['conv'] for l in rf})}  ({', '.join(sorted({l['conv'] for l in rf}))})")
wt = Counter(f["type"] for l in labels for f in l["writes"])
print(f"writes: {sum(wt.values())}  by type: {dict(sorted(wt.items()))}")
print(f"messages with writes: {sum(1 for l in labels if l['writes'])}")
print(f"kinds: {dict(sorted(Counter(l['kind'] for l in labels).items()))}")
print(f"clarify_ok true: {sum(1 for l in labels if l['clarify_ok'])}")
print(f"after_coach answers: {sum(1 for m in convs if m['after_coach'])}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
