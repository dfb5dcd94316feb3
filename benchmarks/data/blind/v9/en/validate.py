#!/usr/bin/env python3
"""Validate the v9-en blind set: parse, schema, one label per message, print counts."""
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, date

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
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


# UTC offsets valid in late January (standard time in the north, DST in Sydney)
JAN_OFFSET = {
    "America/Denver": "-07:00", "Europe/London": "+00:00", "America/Toronto": "-05:00",
    "Australia/Sydney": "+11:00", "Europe/Dublin": "+00:00", "Asia/Kolkata": "+05:30",
    "Asia/Singapore": "+08:00", "America/Guayaquil": "-05:00", "America/Chicago": "-06:00",
    "America/Los_Angeles": "-08:00",
}
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles",
         "back", "chest", "other"}
SEVS = {"mild", "moderate", "severe"}
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
WEEK0, WEEK1 = date(2027, 1, 25), date(2027, 1, 31)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d+:\d{2}:\d{2}$")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_date(s, where):
    if not isinstance(s, str) or not DATE_RE.match(s):
        err(f"{where}: bad date {s!r}")
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        err(f"{where}: invalid date {s!r}")
        return None


def check_profiles(profiles):
    keys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week",
            "preferred_days", "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    out = {}
    for p in profiles:
        w = f"profile {p.get('conv')}"
        if set(p) != keys:
            err(f"{w}: keys {sorted(set(p) ^ keys)}")
        if p.get("lang") != "en":
            err(f"{w}: lang")
        if not (17 <= p.get("age", 0) <= 65):
            err(f"{w}: age")
        if p.get("timezone") not in JAN_OFFSET:
            err(f"{w}: timezone")
        if p.get("units") not in ("km", "mi"):
            err(f"{w}: units")
        if p.get("level") not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: level")
        pd = p.get("preferred_days", [])
        if not set(pd) <= DAYS or len(pd) != p.get("days_per_week"):
            err(f"{w}: preferred_days/days_per_week")
        for k in ("weekly_km", "longest_run_km"):
            if not is_num(p.get(k)):
                err(f"{w}: {k}")
        g = p.get("goal_race")
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"{w}: goal_race keys")
            d = check_date(g.get("date"), w)
            if d and d <= WEEK1:
                err(f"{w}: goal race not after 2027-01-31")
            if g.get("goal_time") is not None and not TIME_RE.match(g["goal_time"]):
                err(f"{w}: goal_time format")
        r = p.get("recent_race")
        if r is not None:
            if set(r) != {"distance_km", "time", "month"} or not TIME_RE.match(r.get("time", "")):
                err(f"{w}: recent_race")
        for inj in p.get("injuries_at_start", []):
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                    or inj["side"] not in ("left", "right", None) or not isinstance(inj["current"], bool):
                err(f"{w}: injury {inj}")
        out[p["conv"]] = p
    return out


def check_fact(f, where, sent_date, units):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
        return
    if "date" in f and f["date"] is not None:
        d = check_date(f["date"], where)
        if d and t != "goal_race":
            if not (WEEK0 <= d <= WEEK1):
                err(f"{where}: {t} date {d} outside the week")
            if sent_date and d > sent_date:
                err(f"{where}: {t} date {d} after the message date {sent_date}")
        if d and t == "goal_race" and d <= WEEK1:
            err(f"{where}: goal race date not in the future")
    if t == "run":
        if f["effort"] not in EFFORTS:
            err(f"{where}: effort")
        for k in ("distance_km", "duration_s"):
            if f[k] is not None and not (is_num(f[k]) and f[k] > 0):
                err(f"{where}: run {k}")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
            err(f"{where}: duration_s not int")
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err(f"{where}: activity")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
            err(f"{where}: duration_s")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None) or f["severity"] not in SEVS:
            err(f"{where}: injury fields")
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err(f"{where}: pain")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: injury_resolved body_part")
    elif t == "race_result":
        if not is_num(f["distance_km"]) or (f["time_s"] is not None and not isinstance(f["time_s"], int)):
            err(f"{where}: race_result fields")
    elif t == "goal_race":
        if not is_num(f["distance_km"]) or (f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int)):
            err(f"{where}: goal_race fields")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS:
            err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run" or (f["distance_km"] is None and f["duration_s"] is None):
            err(f"{where}: correction fields")


def main():
    profiles = check_profiles(load("profiles.jsonl"))
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    msgs_by_conv = {}
    seen = set()
    for m in convs:
        w = f"msg {m.get('conv')}#{m.get('i')}"
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
            err(f"{w}: keys")
            continue
        if (m["conv"], m["i"]) in seen:
            err(f"{w}: duplicate")
        seen.add((m["conv"], m["i"]))
        if m["conv"] not in profiles:
            err(f"{w}: no profile")
            continue
        if m["lang"] != "en" or not isinstance(m["text"], str) or not m["text"].strip():
            err(f"{w}: lang/text")
        if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
            err(f"{w}: after_coach")
        try:
            dt = datetime.fromisoformat(m["sent_at"])
        except ValueError:
            err(f"{w}: sent_at {m['sent_at']!r}")
            continue
        if not m["sent_at"].endswith(JAN_OFFSET[profiles[m["conv"]]["timezone"]]):
            err(f"{w}: offset does not match timezone")
        if not (WEEK0 <= dt.date() <= WEEK1):
            err(f"{w}: sent_at outside week")
        msgs_by_conv.setdefault(m["conv"], []).append((m, dt))

    for conv, lst in msgs_by_conv.items():
        idx = [m["i"] for m, _ in lst]
        if idx != list(range(len(lst))):
            err(f"{conv}: i not 0..n-1 in order")
        if not (18 <= len(lst) <= 24):
            err(f"{conv}: {len(lst)} messages (want 18-24)")
        for (a, da), (b, db) in zip(lst, lst[1:]):
            if db <= da:
                err(f"{conv}#{b['i']}: sent_at not increasing")
    if set(msgs_by_conv) != set(profiles):
        err("conversation set != profile set")

    msg_index = {(m["conv"], m["i"]): (m, dt) for lst in msgs_by_conv.values() for m, dt in lst}
    label_keys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    labelled = Counter()
    counts = Counter()
    kinds = Counter()
    rf_convs = set()
    rf_kinds = Counter()
    for lab in labels:
        key = (lab.get("conv"), lab.get("i"))
        w = f"label {key[0]}#{key[1]}"
        labelled[key] += 1
        if set(lab) != label_keys:
            err(f"{w}: keys {sorted(set(lab) ^ label_keys)}")
            continue
        if key not in msg_index:
            err(f"{w}: no such message")
            continue
        m, dt = msg_index[key]
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(f"{w}: bools")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None):
            err(f"{w}: red_flag/red_flag_kind mismatch")
        if lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS:
            err(f"{w}: red_flag_kind")
        if lab["kind"] not in KINDS:
            err(f"{w}: kind")
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(f"{w}: kind {lab['kind']} must have no writes")
        if lab["kind"] == "answer" and m["after_coach"] is None:
            err(f"{w}: kind answer without after_coach")
        if not isinstance(lab["note"], str) or not lab["note"]:
            err(f"{w}: note")
        if not isinstance(lab["writes"], list):
            err(f"{w}: writes")
            continue
        for f in lab["writes"]:
            check_fact(f, w, dt.date(), profiles[m["conv"]]["units"])
            counts[f.get("type")] += 1
            if f.get("type") == "injury" and f["pain"] is not None:
                exp = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
                if f["severity"] != exp and not (lab["red_flag"] and f["severity"] == "severe"):
                    err(f"{w}: severity {f['severity']} vs pain {f['pain']}")
            if f.get("type") == "injury" and f["body_part"] == "chest":
                if not (lab["red_flag"] and lab["red_flag_kind"] == "cardiac" and f["severity"] == "severe"):
                    err(f"{w}: chest injury must be severe + cardiac red flag")
        kinds[lab["kind"]] += 1
        if lab["red_flag"]:
            rf_convs.add(key[0])
            rf_kinds[lab["red_flag_kind"]] += 1
    for key in msg_index:
        if labelled[key] != 1:
            err(f"message {key}: {labelled[key]} labels (want exactly 1)")
    for key, n in labelled.items():
        if n > 1:
            err(f"label {key}: duplicated")

    if len(rf_convs) < 4:
        err(f"only {len(rf_convs)} red-flag conversations (want >= 4)")
    if sum(1 for p in profiles.values() if p["units"] == "mi") < 4:
        err("fewer than 4 miles runners")

    print(f"profiles: {len(profiles)}  conversations: {len(msgs_by_conv)}  messages: {len(convs)}  labels: {len(labels)}")
    for conv in sorted(msgs_by_conv):
        p = profiles[conv]
        n_rf = sum(1 for lab in labels if lab["conv"] == conv and lab["red_flag"])
        print(f"  {conv}: {len(msgs_by_conv[conv]):2d} msgs  {p['timezone']:20s} {p['units']}  age {p['age']:2d}  red-flag msgs {n_rf}")
    print(f"red-flag messages: {sum(rf_kinds.values())} {dict(rf_kinds)}  in {len(rf_convs)} conversations: {sorted(rf_convs)}")
    print(f"clarify_ok true: {sum(1 for lab in labels if lab['clarify_ok'])}")
    print(f"messages with writes: {sum(1 for lab in labels if lab['writes'])}  facts: {sum(counts.values())}")
    print("facts by type: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    if ERR:
        print(f"\n{len(ERR)} ERROR(S):")
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
