#!/usr/bin/env python3
"""Validate the v15-en blind set: parse everything, check schemas, one label per message, print counts.

Usage: python3 validate.py            (checks + counts)
       python3 validate.py --show     (also prints every message next to its label, for review)
"""
import json
import os
import sys
from collections import Counter
from datetime import date, datetime

ROOT = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(f"{name}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json: {e}")
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles",
         "back", "chest", "other"}
SIDES = {"left", "right", None}
SEVS = {"mild", "moderate", "severe"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
FACT_KEYS = {
    "run": ["type", "date", "distance_km", "duration_s", "effort"],
    "cross_training": ["type", "date", "activity", "duration_s"],
    "injury": ["type", "body_part", "side", "pain", "severity"],
    "injury_resolved": ["type", "body_part"],
    "race_result": ["type", "date", "distance_km", "time_s"],
    "goal_race": ["type", "distance_km", "date", "goal_time_s"],
    "preferred_days": ["type", "days"],
    "correction": ["type", "target", "date", "distance_km", "duration_s"],
    "delete_run": ["type", "date"],
}
WEEK0, WEEK1 = date(2027, 5, 10), date(2027, 5, 16)


def is_date(s):
    try:
        date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def num_or_none(x, lo=0):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x > lo)


def int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x > 0)


def check_fact(where, f, sent_day):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if sorted(f) != sorted(FACT_KEYS[t]):
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        if not is_date(f["date"]):
            err(f"{where}: bad date {f['date']!r}")
        else:
            d = date.fromisoformat(f["date"])
            if d > sent_day:
                err(f"{where}: {t} dated {d} after message day {sent_day}")
            if d < WEEK0 - (WEEK1 - WEEK0) or d > WEEK1:
                err(f"{where}: {t} dated {d} outside the week")
    if t == "run":
        if not num_or_none(f["distance_km"]):
            err(f"{where}: distance_km")
        if f["distance_km"] is not None and round(f["distance_km"], 2) != f["distance_km"]:
            err(f"{where}: distance_km not 2 decimals")
        if not int_or_none(f["duration_s"]):
            err(f"{where}: duration_s")
        if f["effort"] not in EFFORTS:
            err(f"{where}: effort {f['effort']!r}")
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err(f"{where}: activity")
        if not int_or_none(f["duration_s"]):
            err(f"{where}: duration_s")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in SIDES or f["severity"] not in SEVS:
            err(f"{where}: injury enum")
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err(f"{where}: pain")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: body_part")
    elif t == "race_result":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None:
            err(f"{where}: race distance")
        if not int_or_none(f["time_s"]):
            err(f"{where}: time_s")
    elif t == "goal_race":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None:
            err(f"{where}: goal distance")
        if f["date"] is not None and (not is_date(f["date"]) or f["date"] <= "2027-05-16"):
            err(f"{where}: goal date {f['date']!r}")
        if not int_or_none(f["goal_time_s"]):
            err(f"{where}: goal_time_s")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run":
            err(f"{where}: correction target")
        if not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]):
            err(f"{where}: correction values")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: correction changes nothing")


def main():
    show = "--show" in sys.argv
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # ---------------- profiles
    try:
        from zoneinfo import ZoneInfo
    except ImportError:  # pragma: no cover
        ZoneInfo = None
    pkeys = ["conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week",
             "preferred_days", "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"]
    prof = {}
    for p in profiles:
        if list(p) != pkeys:
            err(f"profile {p.get('conv')}: keys {list(p)}")
            continue
        prof[p["conv"]] = p
        if p["lang"] != "en" or p["units"] not in ("km", "mi"):
            err(f"profile {p['conv']}: lang/units")
        if not (17 <= p["age"] <= 65):
            err(f"profile {p['conv']}: age")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"profile {p['conv']}: level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"profile {p['conv']}: preferred_days / days_per_week")
        g = p["goal_race"]
        if g is not None:
            if sorted(g) != sorted(["distance_km", "name", "date", "goal_time"]) or g["date"] <= "2027-05-16":
                err(f"profile {p['conv']}: goal_race")
        r = p["recent_race"]
        if r is not None and sorted(r) != sorted(["distance_km", "time", "month"]):
            err(f"profile {p['conv']}: recent_race")
        for inj in p["injuries_at_start"]:
            if sorted(inj) != sorted(["body_part", "side", "note", "current"]) or inj["side"] not in SIDES:
                err(f"profile {p['conv']}: injury")
    if len(prof) != 10:
        err(f"expected 10 profiles, got {len(prof)}")

    # ---------------- conversations
    ckeys = ["conv", "i", "lang", "sent_at", "text", "after_coach"]
    by_conv = {}
    for m in convs:
        if list(m) != ckeys:
            err(f"message {m.get('conv')}#{m.get('i')}: keys {list(m)}")
            continue
        by_conv.setdefault(m["conv"], []).append(m)
    msg_day = {}
    for conv, ms in by_conv.items():
        if conv not in prof:
            err(f"{conv}: no profile")
            continue
        if not (18 <= len(ms) <= 24):
            err(f"{conv}: {len(ms)} messages (want 18-24)")
        tz = ZoneInfo(prof[conv]["timezone"]) if ZoneInfo else None
        prev = None
        for k, m in enumerate(ms):
            where = f"{conv}#{m['i']}"
            if m["i"] != k:
                err(f"{where}: i should be {k}")
            if m["lang"] != "en" or not m["text"].strip():
                err(f"{where}: lang/text")
            try:
                dt = datetime.fromisoformat(m["sent_at"])
            except ValueError:
                err(f"{where}: sent_at")
                continue
            if dt.utcoffset() is None:
                err(f"{where}: sent_at without offset")
                continue
            if tz is not None:
                local = dt.replace(tzinfo=None).replace(tzinfo=tz)
                if local.utcoffset() != dt.utcoffset():
                    err(f"{where}: offset {dt.utcoffset()} != {prof[conv]['timezone']} {local.utcoffset()}")
            if not (WEEK0 <= dt.date() <= WEEK1):
                err(f"{where}: sent_at outside the week")
            if prev is not None and dt <= prev:
                err(f"{where}: not after previous message")
            prev = dt
            msg_day[(conv, m["i"])] = dt.date()

    # ---------------- labels
    lkeys = ["conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"]
    seen = Counter()
    lab = {}
    for l in labels:
        key = (l.get("conv"), l.get("i"))
        seen[key] += 1
        where = f"label {key[0]}#{key[1]}"
        if list(l) != lkeys:
            err(f"{where}: keys {list(l)}")
            continue
        lab[key] = l
        if key not in msg_day:
            err(f"{where}: no such message")
            continue
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err(f"{where}: bool fields")
        if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RF_KINDS | {None}):
            err(f"{where}: red_flag / red_flag_kind mismatch")
        if l["kind"] not in KINDS:
            err(f"{where}: kind {l['kind']!r}")
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err(f"{where}: kind {l['kind']} must have no writes")
        if not isinstance(l["note"], str) or not l["note"].strip():
            err(f"{where}: note")
        for j, f in enumerate(l["writes"]):
            check_fact(f"{where} write {j}", f, msg_day[key])
            if f.get("type") == "injury" and l["red_flag"] and f["severity"] != "severe":
                err(f"{where}: red-flag message injury must be severe")
            if f.get("type") == "injury" and not l["red_flag"] and f["pain"] is not None:
                p = f["pain"]
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if f["severity"] != exp:
                    err(f"{where}: severity {f['severity']} for pain {p}")
            if f.get("type") == "injury" and f["body_part"] == "chest" and l["red_flag_kind"] != "cardiac":
                err(f"{where}: chest injury without cardiac red flag")
        if l["kind"] == "answer":
            m = by_conv[key[0]][key[1]]
            if not m["after_coach"]:
                err(f"{where}: kind answer but no after_coach")
    for key, n in seen.items():
        if n != 1:
            err(f"label {key}: {n} labels")
    for key in msg_day:
        if key not in lab:
            err(f"message {key}: no label")

    # ---------------- counts
    n_msgs = len(msg_day)
    rf_msgs = [k for k, l in lab.items() if l["red_flag"]]
    rf_convs = sorted({k[0] for k in rf_msgs})
    rf_kinds = Counter(lab[k]["red_flag_kind"] for k in rf_msgs)
    writes = Counter(f["type"] for l in lab.values() for f in l["writes"])
    kinds = Counter(l["kind"] for l in lab.values())
    mi_convs = [c for c, p in prof.items() if p["units"] == "mi"]
    print(f"conversations: {len(by_conv)}")
    print(f"messages: {n_msgs}  (per conv: " + ", ".join(f"{c}={len(by_conv[c])}" for c in sorted(by_conv)) + ")")
    print(f"red-flag messages: {len(rf_msgs)}  by kind: {dict(sorted(rf_kinds.items()))}")
    print(f"red-flag conversations: {len(rf_convs)} {rf_convs}")
    print(f"messages with writes: {sum(1 for l in lab.values() if l['writes'])}, total writes: {sum(writes.values())}")
    print("writes by type: " + ", ".join(f"{t}={writes.get(t, 0)}" for t in FACT_KEYS))
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"clarify_ok: {sum(1 for l in lab.values() if l['clarify_ok'])}")
    print(f"after_coach answers: {sum(1 for ms in by_conv.values() for m in ms if m['after_coach'])}")
    print(f"miles runners: {len(mi_convs)} {sorted(mi_convs)}")

    if show:
        for conv in sorted(by_conv):
            print(f"\n===== {conv} {prof[conv]['name']} ({prof[conv]['units']})")
            for m in by_conv[conv]:
                l = lab.get((conv, m["i"]))
                print(f"[{m['i']:>2}] {m['sent_at']}  {m['text']}")
                if m["after_coach"]:
                    print(f"      (after coach: {m['after_coach']})")
                if l:
                    rf = f" RED:{l['red_flag_kind']}" if l["red_flag"] else ""
                    cl = " clarify_ok" if l["clarify_ok"] else ""
                    print(f"      -> {l['kind']}{rf}{cl} {json.dumps(l['writes'], ensure_ascii=False)}")

    if ERR:
        print(f"\n{len(ERR)} ERROR(S):")
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
