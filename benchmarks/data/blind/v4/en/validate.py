#!/usr/bin/env python3
"""Validate the v4-en blind set: parse, schema-check, one label per message, print counts."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
WEEK = (date(2026, 11, 30), date(2026, 12, 6))
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
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
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PROFILE_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
CONV_KEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
LABEL_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HMS = re.compile(r"^\d{1,2}:\d{2}:\d{2}$")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_date(s, where, in_week=False):
    if not isinstance(s, str) or not ISO.match(s):
        err(f"{where}: bad date {s!r}")
        return None
    d = date.fromisoformat(s)
    if in_week and not (WEEK[0] <= d <= WEEK[1]):
        err(f"{where}: date {s} outside the week")
    return d


def check_fact(f, where, msg_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if t in ("run", "cross_training", "race_result", "correction", "delete_run"):
        d = check_date(f["date"], where, in_week=True)
        if d and msg_date and d > msg_date:
            err(f"{where}: {t} dated after the message")
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and f["distance_km"] > 0):
            err(f"{where}: bad distance")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{where}: bad duration")
        if f["effort"] not in EFFORTS:
            err(f"{where}: bad effort")
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err(f"{where}: bad activity")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
            err(f"{where}: bad duration")
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
        if f["side"] not in ("left", "right", None):
            err(f"{where}: bad side")
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err(f"{where}: bad pain")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: bad severity")
        if isinstance(p, int):
            exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
            if exp != f["severity"]:
                err(f"{where}: pain {p} but severity {f['severity']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
    elif t == "race_result":
        if not is_num(f["distance_km"]):
            err(f"{where}: bad distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int):
            err(f"{where}: bad time")
    elif t == "goal_race":
        if not is_num(f["distance_km"]):
            err(f"{where}: bad distance")
        if f["date"] is not None:
            d = check_date(f["date"], where)
            if d and d <= WEEK[1]:
                err(f"{where}: goal race date not after the week")
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int):
            err(f"{where}: bad goal time")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: bad days")
    elif t == "correction":
        if f["target"] != "run":
            err(f"{where}: correction target must be run")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: correction changes nothing")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    prof = {}
    for p in profiles:
        w = f"profile {p.get('conv')}"
        if set(p) != PROFILE_KEYS:
            err(f"{w}: keys {sorted(set(p) ^ PROFILE_KEYS)}")
            continue
        prof[p["conv"]] = p
        try:
            ZoneInfo(p["timezone"])
        except Exception:
            err(f"{w}: bad timezone")
        if p["lang"] != "en" or p["units"] not in ("km", "mi"):
            err(f"{w}: bad lang/units")
        if not (isinstance(p["age"], int) and 17 <= p["age"] <= 65):
            err(f"{w}: age out of 17..65")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: bad level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"{w}: preferred_days / days_per_week mismatch")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"{w}: goal_race keys")
            elif date.fromisoformat(g["date"]) <= WEEK[1]:
                err(f"{w}: goal race not after 2026-12-06")
            elif g["goal_time"] is not None and not HMS.match(g["goal_time"]):
                err(f"{w}: goal_time format")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not HMS.match(r["time"])):
            err(f"{w}: recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS:
                err(f"{w}: injuries_at_start entry {inj}")

    # conversations
    by_conv = {}
    for m in convs:
        w = f"msg {m.get('conv')}#{m.get('i')}"
        if set(m) != CONV_KEYS:
            err(f"{w}: keys")
            continue
        by_conv.setdefault(m["conv"], []).append(m)
        if m["conv"] not in prof:
            err(f"{w}: no profile")
            continue
        try:
            dt = datetime.fromisoformat(m["sent_at"])
        except ValueError:
            err(f"{w}: bad sent_at")
            continue
        tz = ZoneInfo(prof[m["conv"]]["timezone"])
        if dt.utcoffset() != dt.replace(tzinfo=tz).utcoffset():
            err(f"{w}: UTC offset does not match {prof[m['conv']]['timezone']}")
        if not (WEEK[0] <= dt.date() <= WEEK[1]):
            err(f"{w}: outside the week")
        if not isinstance(m["text"], str) or not m["text"].strip():
            err(f"{w}: empty text")
    for c, ms in by_conv.items():
        if [m["i"] for m in ms] != list(range(len(ms))):
            err(f"{c}: i not 0..n-1 in order")
        times = [datetime.fromisoformat(m["sent_at"]) for m in ms]
        if times != sorted(times):
            err(f"{c}: messages not in time order")
        if not 18 <= len(ms) <= 24:
            err(f"{c}: {len(ms)} messages (want 18..24)")
    if set(by_conv) != set(prof):
        err("conversations and profiles cover different convs")

    # labels
    msg_index = {(m["conv"], m["i"]): m for m in convs if set(m) == CONV_KEYS}
    seen = Counter()
    for lab in labels:
        w = f"label {lab.get('conv')}#{lab.get('i')}"
        if set(lab) != LABEL_KEYS:
            err(f"{w}: keys {sorted(set(lab) ^ LABEL_KEYS)}")
            continue
        key = (lab["conv"], lab["i"])
        seen[key] += 1
        if key not in msg_index:
            err(f"{w}: no such message")
            continue
        msg_date = datetime.fromisoformat(msg_index[key]["sent_at"]).date()
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(f"{w}: booleans")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None):
            err(f"{w}: red_flag / red_flag_kind mismatch")
        if lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS:
            err(f"{w}: bad red_flag_kind")
        if lab["kind"] not in KINDS:
            err(f"{w}: bad kind")
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(f"{w}: kind {lab['kind']} must not write")
        if not isinstance(lab["note"], str) or not lab["note"]:
            err(f"{w}: empty note")
        if not isinstance(lab["writes"], list):
            err(f"{w}: writes not a list")
            continue
        for k, f in enumerate(lab["writes"]):
            check_fact(f, f"{w} fact {k}", msg_date)
    for key in msg_index:
        if seen[key] != 1:
            err(f"label count for {key[0]}#{key[1]} is {seen[key]}")

    # ---------------------------------------------------------------- counts
    print(f"profiles: {len(profiles)}  conversations: {len(by_conv)}  messages: {len(convs)}  labels: {len(labels)}")
    print("messages per conversation: " + ", ".join(f"{c}={len(ms)}" for c, ms in sorted(by_conv.items())))
    print("units: " + ", ".join(f"{u}={n}" for u, n in sorted(Counter(p['units'] for p in profiles).items())))
    rf = [l for l in labels if l.get("red_flag")]
    rf_convs = sorted({l["conv"] for l in rf})
    print(f"red-flag messages: {len(rf)}  by kind: {dict(sorted(Counter(l['red_flag_kind'] for l in rf).items()))}")
    print(f"red-flag conversations: {len(rf_convs)} {rf_convs}")
    print("label kinds: " + ", ".join(f"{k}={n}" for k, n in sorted(Counter(l['kind'] for l in labels).items())))
    facts = Counter(f["type"] for l in labels for f in l.get("writes", []))
    print(f"facts: {sum(facts.values())}  " + ", ".join(f"{k}={n}" for k, n in sorted(facts.items())))
    print(f"messages with no writes: {sum(1 for l in labels if not l.get('writes'))}  "
          f"with >1 fact: {sum(1 for l in labels if len(l.get('writes', [])) > 1)}  "
          f"clarify_ok: {sum(1 for l in labels if l.get('clarify_ok'))}  "
          f"answers to coach questions: {sum(1 for m in convs if m.get('after_coach'))}")
    if errors:
        print(f"\nERRORS: {len(errors)}")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
