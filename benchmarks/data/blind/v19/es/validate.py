#!/usr/bin/env python3
"""Validates blind set v19-es: parses all jsonl files, checks schemas, one label per message, prints counts."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{ln}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{ln}: bad json {e}")
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
BODY = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORT = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACT = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
WEEK_END = date(2027, 9, 5)

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


def is_date(s):
    return isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and date.fromisoformat(s)


def num_or_none(x):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0)


def int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def check_fact(where, fact, sent_day, red_flag):
    t = fact.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t}")
        return
    if set(fact) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(fact)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in fact and t != "goal_race":
        d = is_date(fact["date"])
        if not d:
            err(f"{where}: bad date {fact['date']}")
        elif d > sent_day:
            err(f"{where}: {t} date {d} after message date {sent_day}")
    if t == "run":
        if not num_or_none(fact["distance_km"]) or not int_or_none(fact["duration_s"]):
            err(f"{where}: bad run numbers")
        if fact["effort"] not in EFFORT:
            err(f"{where}: bad effort")
        if fact["distance_km"] is None and fact["duration_s"] is None:
            err(f"{where}: run with neither distance nor duration")
    elif t == "cross_training":
        if fact["activity"] not in ACT or not int_or_none(fact["duration_s"]):
            err(f"{where}: bad cross_training")
    elif t == "injury":
        if fact["body_part"] not in BODY or fact["side"] not in ("left", "right", None):
            err(f"{where}: bad injury part/side")
        p = fact["pain"]
        if not (p is None or (isinstance(p, int) and 0 <= p <= 10)):
            err(f"{where}: bad pain")
        exp = "mild" if p is None else ("mild" if p <= 3 else "moderate" if p <= 6 else "severe")
        if red_flag:
            exp = "severe"
        if fact["body_part"] == "chest":
            exp = "severe"
        if fact["severity"] != exp:
            err(f"{where}: severity {fact['severity']} expected {exp}")
    elif t == "injury_resolved":
        if fact["body_part"] not in BODY:
            err(f"{where}: bad body part")
    elif t == "race_result":
        if not isinstance(fact["distance_km"], (int, float)) or not int_or_none(fact["time_s"]):
            err(f"{where}: bad race_result")
    elif t == "goal_race":
        if not isinstance(fact["distance_km"], (int, float)) or not int_or_none(fact["goal_time_s"]):
            err(f"{where}: bad goal_race numbers")
        if fact["date"] is not None and (not is_date(fact["date"]) or date.fromisoformat(fact["date"]) <= WEEK_END):
            err(f"{where}: goal_race date must be after 2027-09-05")
    elif t == "preferred_days":
        if not fact["days"] or not set(fact["days"]) <= DAYS or len(set(fact["days"])) != len(fact["days"]):
            err(f"{where}: bad days")
    elif t == "correction":
        if fact["target"] != "run" or not num_or_none(fact["distance_km"]) or not int_or_none(fact["duration_s"]):
            err(f"{where}: bad correction")
        if fact["distance_km"] is None and fact["duration_s"] is None:
            err(f"{where}: correction changes nothing")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pconv = set()
    for p in profiles:
        w = f"profile {p.get('conv')}"
        need = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
        if set(p) != need:
            err(f"{w}: keys {sorted(set(p) ^ need)}")
            continue
        pconv.add(p["conv"])
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
            err(f"{w}: lang/tz/units")
        if not (16 <= p["age"] <= 65):
            err(f"{w}: age")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: level")
        if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"{w}: preferred_days / days_per_week")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"{w}: goal_race keys")
            elif date.fromisoformat(g["date"]) <= WEEK_END:
                err(f"{w}: goal date not after week")
            elif g["goal_time"] is not None and not re.fullmatch(r"\d+:\d{2}:\d{2}", g["goal_time"]):
                err(f"{w}: goal_time format")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d+:\d{2}:\d{2}", r["time"])
                              or not re.fullmatch(r"\d{4}-\d{2}", r["month"])):
            err(f"{w}: recent_race")
        for j in p["injuries_at_start"]:
            if set(j) != {"body_part", "side", "note", "current"} or j["body_part"] not in BODY:
                err(f"{w}: injury entry {j}")

    # conversations
    by_conv = {}
    for m in convs:
        w = f"msg {m.get('conv')}#{m.get('i')}"
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
            err(f"{w}: keys")
            continue
        if m["lang"] != "es" or not m["text"].strip():
            err(f"{w}: lang/text")
        if not m["sent_at"].endswith("-05:00"):
            err(f"{w}: offset")
        by_conv.setdefault(m["conv"], []).append(m)
    for c, ms in by_conv.items():
        if [m["i"] for m in ms] != list(range(len(ms))):
            err(f"{c}: i not 0..n-1 in order")
        if not (18 <= len(ms) <= 24):
            err(f"{c}: {len(ms)} messages (need 18-24)")
        ts = [datetime.fromisoformat(m["sent_at"]) for m in ms]
        if ts != sorted(ts):
            err(f"{c}: sent_at not increasing")
        for t in ts:
            if not (date(2027, 8, 30) <= t.date() <= WEEK_END):
                err(f"{c}: message outside the week {t}")
    if set(by_conv) != pconv:
        err(f"profiles vs conversations mismatch: {sorted(set(by_conv) ^ pconv)}")

    # labels
    lab = {}
    for l in labels:
        key = (l.get("conv"), l.get("i"))
        w = f"label {key}"
        if key in lab:
            err(f"{w}: duplicate")
        lab[key] = l
        if set(l) != {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}:
            err(f"{w}: keys")
            continue
        if l["kind"] not in KINDS:
            err(f"{w}: kind {l['kind']}")
        if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RF_KINDS | {None}):
            err(f"{w}: red flag fields")
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err(f"{w}: kind {l['kind']} must have no writes")
        if not isinstance(l["clarify_ok"], bool) or not isinstance(l["note"], str) or not l["note"]:
            err(f"{w}: clarify_ok/note")
    msg_keys = {(m["conv"], m["i"]) for m in convs}
    if set(lab) != msg_keys:
        err(f"labels/messages mismatch: missing {sorted(msg_keys - set(lab))[:5]} extra {sorted(set(lab) - msg_keys)[:5]}")
    for m in convs:
        l = lab.get((m["conv"], m["i"]))
        if not l or "writes" not in l:
            continue
        if m["after_coach"] and l["kind"] not in ("answer", "mixed"):
            err(f"label {m['conv']}#{m['i']}: after_coach set but kind {l['kind']}")
        sent_day = datetime.fromisoformat(m["sent_at"]).date()
        for k, fact in enumerate(l["writes"]):
            check_fact(f"label {m['conv']}#{m['i']} fact {k}", fact, sent_day, l["red_flag"])
            if fact.get("type") == "injury" and fact.get("body_part") == "chest" and l["red_flag_kind"] != "cardiac":
                err(f"label {m['conv']}#{m['i']}: chest injury without cardiac red flag")

    # counts
    rf_convs = sorted({l["conv"] for l in labels if l.get("red_flag")})
    facts = Counter(f["type"] for l in labels for f in l.get("writes", []))
    print(f"conversations: {len(by_conv)}")
    print(f"messages: {len(convs)}  labels: {len(labels)}  profiles: {len(profiles)}")
    print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
    print(f"red-flag messages: {sum(1 for l in labels if l.get('red_flag'))} in {len(rf_convs)} conversations {rf_convs}")
    print("red-flag kinds:", dict(Counter(l['red_flag_kind'] for l in labels if l.get('red_flag'))))
    print("kinds:", dict(Counter(l.get('kind') for l in labels)))
    print("facts:", dict(facts), "total", sum(facts.values()))
    print(f"messages with no writes: {sum(1 for l in labels if not l.get('writes'))}; clarify_ok: {sum(1 for l in labels if l.get('clarify_ok'))}")
    if len(rf_convs) * 3 < len(by_conv) or len(rf_convs) < 4:
        err("fewer red-flag conversations than required")
    if ERR:
        print(f"\n{len(ERR)} ERRORS:")
        for e in ERR:
            print("  ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
