#!/usr/bin/env python3
"""Validates the v23-en blind set: parses all jsonl files, checks schemas, one label per message,
label/fact shapes and the coverage requirements; prints counts. Exit code 1 on any error."""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, date
from zoneinfo import ZoneInfo

D = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n} empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json: {e}")
    return rows


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
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
# Red-flag messages whose injury write is a separate, unrelated mild ache (the red-flag body part was
# already written earlier); documented in README.
SEVERE_EXCEPTIONS = {("en-10", 7)}
WEEK_START, WEEK_END = date(2028, 3, 6), date(2028, 3, 12)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_date(s, where, lo=None, hi=None):
    if not isinstance(s, str) or not DATE_RE.match(s):
        err(f"{where}: bad date {s!r}")
        return None
    d = date.fromisoformat(s)
    if lo and d < lo:
        err(f"{where}: date {s} before {lo}")
    if hi and d > hi:
        err(f"{where}: date {s} after {hi}")
    return d


def check_fact(f, where, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if t in ("run", "cross_training", "race_result", "correction", "delete_run"):
        check_date(f["date"], where, date(2028, 2, 20), sent_date)
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and 0 < f["distance_km"] < 150):
            err(f"{where}: bad distance")
        if f["effort"] not in EFFORTS:
            err(f"{where}: bad effort")
    if t in ("run", "cross_training", "correction"):
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{where}: bad duration_s")
    if t == "cross_training" and f["activity"] not in ACTS:
        err(f"{where}: bad activity")
    if t == "injury":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
        if f["side"] not in ("left", "right", None):
            err(f"{where}: bad side")
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err(f"{where}: bad pain")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: bad severity")
    if t == "injury_resolved" and f["body_part"] not in PARTS:
        err(f"{where}: bad body_part")
    if t == "race_result":
        if not is_num(f["distance_km"]):
            err(f"{where}: bad race distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int):
            err(f"{where}: bad time_s")
    if t == "goal_race":
        if not is_num(f["distance_km"]):
            err(f"{where}: bad goal distance")
        if f["date"] is not None:
            check_date(f["date"], where, lo=date(2028, 3, 13))
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int):
            err(f"{where}: bad goal_time_s")
    if t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: bad days")
    if t == "correction" and f["target"] != "run":
        err(f"{where}: correction target must be run")


def main():
    convs = load("conversations.jsonl")
    profs = load("profiles.jsonl")
    labels = load("labels.jsonl")

    # profiles
    prof_by = {}
    for p in profs:
        c = p.get("conv")
        want = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week",
                "preferred_days", "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
        if set(p) != want:
            err(f"profile {c}: keys {sorted(set(p) ^ want)}")
            continue
        prof_by[c] = p
        if p["lang"] != "en":
            err(f"profile {c}: lang")
        if not (17 <= p["age"] <= 65):
            err(f"profile {c}: age")
        ZoneInfo(p["timezone"])
        if p["units"] not in ("km", "mi"):
            err(f"profile {c}: units")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"profile {c}: level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"profile {c}: preferred_days/days_per_week")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"profile {c}: goal_race keys")
            elif date.fromisoformat(g["date"]) <= WEEK_END:
                err(f"profile {c}: goal race not after 2028-03-12")
            elif g["goal_time"] is not None and not re.match(r"^\d{1,2}:\d{2}:\d{2}$", g["goal_time"]):
                err(f"profile {c}: goal_time format")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.match(r"^\d{4}-\d{2}$", r["month"])):
            err(f"profile {c}: recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS:
                err(f"profile {c}: injury {inj}")

    # conversations
    msgs_by = defaultdict(list)
    for m in convs:
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
            err(f"message keys {m}")
            continue
        msgs_by[m["conv"]].append(m)
    for c, ms in msgs_by.items():
        if c not in prof_by:
            err(f"{c}: no profile")
            continue
        if not (18 <= len(ms) <= 24):
            err(f"{c}: {len(ms)} messages (need 18-24)")
        z = ZoneInfo(prof_by[c]["timezone"])
        prev = None
        for k, m in enumerate(ms):
            if m["i"] != k:
                err(f"{c}: i {m['i']} != {k}")
            dt = datetime.fromisoformat(m["sent_at"])
            if dt.utcoffset() is None:
                err(f"{c}:{k} sent_at without offset")
                continue
            if dt.utcoffset() != dt.astimezone(z).utcoffset():
                err(f"{c}:{k} offset {dt.utcoffset()} wrong for {z}")
            if not (WEEK_START <= dt.date() <= WEEK_END):
                err(f"{c}:{k} outside the week")
            if prev and dt <= prev:
                err(f"{c}:{k} out of order")
            prev = dt
            if not m["text"].strip():
                err(f"{c}:{k} empty text")
    if set(prof_by) != set(msgs_by):
        err("profiles and conversations do not cover the same convs")

    # labels
    lab_by = {}
    for l in labels:
        want = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
        if set(l) != want:
            err(f"label keys {l.get('conv')}:{l.get('i')}: {sorted(set(l) ^ want)}")
            continue
        key = (l["conv"], l["i"])
        if key in lab_by:
            err(f"duplicate label {key}")
        lab_by[key] = l
    msg_keys = {(m["conv"], m["i"]) for m in convs}
    for k in msg_keys - set(lab_by):
        err(f"message without label {k}")
    for k in set(lab_by) - msg_keys:
        err(f"label without message {k}")

    msg_index = {(m["conv"], m["i"]): m for m in convs}
    for key, l in lab_by.items():
        where = f"label {key[0]}:{key[1]}"
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err(f"{where}: booleans")
        if l["red_flag"] and l["red_flag_kind"] not in RF_KINDS:
            err(f"{where}: red_flag without kind")
        if not l["red_flag"] and l["red_flag_kind"] is not None:
            err(f"{where}: kind without red_flag")
        if l["kind"] not in KINDS:
            err(f"{where}: bad kind {l['kind']}")
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err(f"{where}: kind {l['kind']} must have no writes")
        if not isinstance(l["note"], str):
            err(f"{where}: note")
        m = msg_index.get(key)
        sent_date = datetime.fromisoformat(m["sent_at"]).date() if m else WEEK_END
        for f in l["writes"]:
            check_fact(f, where, sent_date)
            if f.get("type") == "injury" and l["red_flag"] and f.get("severity") != "severe" and key not in SEVERE_EXCEPTIONS:
                err(f"{where}: red-flag injury must be severe")
            if f.get("type") == "injury" and not l["red_flag"] and f.get("pain") is not None:
                p = f["pain"]
                exp = "mild" if p <= 3 else ("moderate" if p <= 6 else "severe")
                if f["severity"] != exp:
                    err(f"{where}: severity {f['severity']} != {exp} for pain {p}")
            if f.get("type") == "injury" and f.get("body_part") == "chest" and not (l["red_flag"] and l["red_flag_kind"] == "cardiac"):
                err(f"{where}: chest injury must be a cardiac red flag")

    # counts and coverage
    n_conv = len(msgs_by)
    n_msg = len(convs)
    rf_convs = sorted({c for (c, i), l in lab_by.items() if l["red_flag"]})
    mi_convs = sorted(c for c, p in prof_by.items() if p["units"] == "mi")
    kinds = Counter(l["kind"] for l in lab_by.values())
    facts = Counter(f["type"] for l in lab_by.values() for f in l["writes"])
    rfk = Counter(l["red_flag_kind"] for l in lab_by.values() if l["red_flag"])
    if len(rf_convs) < 4:
        err(f"only {len(rf_convs)} red-flag conversations (need >= 4)")
    if len(mi_convs) < 4:
        err(f"only {len(mi_convs)} miles conversations (need >= 4)")

    print(f"conversations: {n_conv}")
    print(f"messages:      {n_msg}  (per conv: " + ", ".join(f"{c}={len(ms)}" for c, ms in sorted(msgs_by.items())) + ")")
    print(f"labels:        {len(lab_by)}")
    print(f"red-flag messages: {sum(rfk.values())}  by kind: {dict(rfk)}")
    print(f"red-flag conversations ({len(rf_convs)}): {', '.join(rf_convs)}")
    print(f"miles conversations ({len(mi_convs)}): {', '.join(mi_convs)}")
    print(f"messages with writes: {sum(1 for l in lab_by.values() if l['writes'])}; total facts: {sum(facts.values())}")
    print("facts by type: " + ", ".join(f"{k}={v}" for k, v in sorted(facts.items())))
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"clarify_ok true: {sum(1 for l in lab_by.values() if l['clarify_ok'])}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
