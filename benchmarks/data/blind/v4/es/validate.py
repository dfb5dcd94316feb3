#!/usr/bin/env python3
"""Validate the v4-es blind set: parse, check schemas, one label per message, print counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    return rows


def is_date(s):
    try:
        dt.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def num_or_null(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))


def int_or_null(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool))


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
WEEK_START, WEEK_END = dt.date(2026, 11, 30), dt.date(2026, 12, 6)

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


def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        if not is_date(f["date"]):
            err(f"{where}: bad date {f['date']!r}")
        elif dt.date.fromisoformat(f["date"]) > sent_date:
            err(f"{where}: {t} dated after the message ({f['date']} > {sent_date})")
    if t == "run":
        if not num_or_null(f["distance_km"]) or not int_or_null(f["duration_s"]):
            err(f"{where}: run types")
        if f["effort"] not in {"easy", "long", "workout", "race", "time_trial", "unknown"}:
            err(f"{where}: run effort {f['effort']!r}")
    elif t == "cross_training":
        if f["activity"] not in {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}:
            err(f"{where}: activity {f['activity']!r}")
        if not int_or_null(f["duration_s"]):
            err(f"{where}: cross_training duration")
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err(f"{where}: body_part {f['body_part']!r}")
        if f["side"] not in {"left", "right", None}:
            err(f"{where}: side {f['side']!r}")
        p = f["pain"]
        if not (p is None or (isinstance(p, int) and 0 <= p <= 10)):
            err(f"{where}: pain {p!r}")
        if f["severity"] not in {"mild", "moderate", "severe"}:
            err(f"{where}: severity {f['severity']!r}")
        if isinstance(p, int):
            exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
            if f["severity"] != exp:
                err(f"{where}: pain {p} but severity {f['severity']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: body_part {f['body_part']!r}")
    elif t == "race_result":
        if not isinstance(f["distance_km"], (int, float)) or not int_or_null(f["time_s"]):
            err(f"{where}: race_result types")
    elif t == "goal_race":
        if not isinstance(f["distance_km"], (int, float)) or not int_or_null(f["goal_time_s"]):
            err(f"{where}: goal_race types")
        if f["date"] is not None and (not is_date(f["date"]) or f["date"] <= "2026-12-06"):
            err(f"{where}: goal_race date {f['date']!r}")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: days {f['days']!r}")
    elif t == "correction":
        if f["target"] != "run" or not num_or_null(f["distance_km"]) or not int_or_null(f["duration_s"]):
            err(f"{where}: correction types")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: correction changes nothing")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    pconvs = set()
    for p in profiles:
        c = p.get("conv")
        pconvs.add(c)
        if set(p) != pkeys:
            err(f"profile {c}: keys {sorted(set(p) ^ pkeys)}")
            continue
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in {"km", "mi"}:
            err(f"profile {c}: lang/timezone/units")
        if not (16 <= p["age"] <= 65):
            err(f"profile {c}: age {p['age']}")
        if p["level"] not in {"beginner", "intermediate", "advanced"}:
            err(f"profile {c}: level")
        if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"profile {c}: preferred_days/days_per_week")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"} or not is_date(g["date"]) or g["date"] <= "2026-12-06":
                err(f"profile {c}: goal_race {g}")
            if g["goal_time"] is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]):
                err(f"profile {c}: goal_time {g['goal_time']}")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d+:\d\d:\d\d", r["time"])
                              or not re.fullmatch(r"\d{4}-\d\d", r["month"])):
            err(f"profile {c}: recent_race {r}")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                    or inj["side"] not in {"left", "right", None} or not isinstance(inj["current"], bool):
                err(f"profile {c}: injury {inj}")

    # conversations
    ckeys = {"conv", "lang", "i", "sent_at", "text", "after_coach"}
    by_conv = collections.defaultdict(list)
    for m in convs:
        if set(m) != ckeys:
            err(f"message {m.get('conv')}/{m.get('i')}: keys")
            continue
        by_conv[m["conv"]].append(m)
    sent = {}
    for c, ms in by_conv.items():
        if c not in pconvs:
            err(f"{c}: no profile")
        if [m["i"] for m in ms] != list(range(len(ms))):
            err(f"{c}: i not 0..n-1 in order")
        if not 18 <= len(ms) <= 24:
            err(f"{c}: {len(ms)} messages (want 18-24)")
        prev = None
        for m in ms:
            try:
                t = dt.datetime.fromisoformat(m["sent_at"])
            except ValueError:
                err(f"{c}/{m['i']}: bad sent_at")
                continue
            if t.utcoffset() != dt.timedelta(hours=-5):
                err(f"{c}/{m['i']}: offset not -05:00")
            if not WEEK_START <= t.date() <= WEEK_END:
                err(f"{c}/{m['i']}: outside the week")
            if prev and t < prev:
                err(f"{c}/{m['i']}: time goes backwards")
            prev = t
            sent[(c, m["i"])] = t.date()
            if not m["text"].strip():
                err(f"{c}/{m['i']}: empty text")
            if m["lang"] != "es":
                err(f"{c}/{m['i']}: lang")
    if pconvs != set(by_conv):
        err(f"profiles {sorted(pconvs)} vs conversations {sorted(by_conv)}")

    # labels
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = collections.Counter()
    for lab in labels:
        key = (lab.get("conv"), lab.get("i"))
        seen[key] += 1
        where = f"label {key[0]}/{key[1]}"
        if set(lab) != lkeys:
            err(f"{where}: keys {sorted(set(lab) ^ lkeys)}")
            continue
        if key not in sent:
            err(f"{where}: no such message")
            continue
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(f"{where}: bool fields")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None) or (lab["red_flag_kind"] not in RF_KINDS | {None}):
            err(f"{where}: red_flag/red_flag_kind mismatch")
        if lab["kind"] not in KINDS:
            err(f"{where}: kind {lab['kind']!r}")
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(f"{where}: kind {lab['kind']} must have no writes")
        if not isinstance(lab["note"], str) or not lab["note"].strip():
            err(f"{where}: empty note")
        if lab["clarify_ok"] and "clarify" not in lab["note"]:
            err(f"{where}: clarify_ok without a reason in note")
        for k, f in enumerate(lab["writes"]):
            check_fact(f"{where} fact {k}", f, sent[key])
        if lab["red_flag_kind"] == "cardiac" or lab["red_flag_kind"] == "heat":
            for f in lab["writes"]:
                if f["type"] == "injury" and f["body_part"] != "chest":
                    err(f"{where}: {lab['red_flag_kind']} red flag with non-chest injury")
        for f in lab["writes"]:
            if f["type"] == "injury" and f["body_part"] == "chest" and (f["severity"] != "severe" or lab["red_flag_kind"] != "cardiac"):
                err(f"{where}: chest injury must be severe + cardiac red flag")
    for key in sent:
        if seen[key] != 1:
            err(f"message {key[0]}/{key[1]}: {seen[key]} labels")
    for key, n in seen.items():
        if n > 1:
            err(f"label {key}: duplicated")

    # counts
    lab_by_conv = collections.defaultdict(list)
    for lab in labels:
        lab_by_conv[lab["conv"]].append(lab)
    rf_convs = sorted(c for c, ls in lab_by_conv.items() if any(x["red_flag"] for x in ls))
    rf_kinds = collections.Counter(x["red_flag_kind"] for x in labels if x["red_flag"])
    rf_conv_kinds = collections.Counter()
    for c in rf_convs:
        for k in {x["red_flag_kind"] for x in lab_by_conv[c] if x["red_flag"]}:
            rf_conv_kinds[k] += 1
    facts = collections.Counter(f["type"] for x in labels for f in x["writes"])
    kinds = collections.Counter(x["kind"] for x in labels)
    print(f"profiles: {len(profiles)}")
    print(f"conversations: {len(by_conv)}  messages: {len(convs)}  labels: {len(labels)}")
    print("messages per conversation: " + ", ".join(f"{c}={len(ms)}" for c, ms in sorted(by_conv.items())))
    print(f"answers to a coach question (after_coach set): {sum(1 for m in convs if m['after_coach'])}")
    print(f"red-flag conversations: {len(rf_convs)} {rf_convs}  by kind: {dict(sorted(rf_conv_kinds.items()))}")
    print(f"red-flag messages: {sum(rf_kinds.values())}  by kind: {dict(sorted(rf_kinds.items()))}")
    print(f"messages with writes: {sum(1 for x in labels if x['writes'])}  without: {sum(1 for x in labels if not x['writes'])}")
    print(f"facts: {sum(facts.values())}  by type: {dict(sorted(facts.items()))}")
    print(f"kinds: {dict(sorted(kinds.items()))}")
    print(f"clarify_ok: {sum(1 for x in labels if x['clarify_ok'])}")
    if len(rf_convs) * 3 < len(by_conv):
        err("fewer than one red-flag conversation per three conversations")
    if errors:
        print(f"ERRORS: {len(errors)}")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
