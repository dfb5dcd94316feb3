#!/usr/bin/env python3
"""Validate the v11-es blind set: parses profiles/conversations/labels, checks schema and
one label per message, prints counts. Exit code 1 on any error."""
import json, os, re, sys
from collections import Counter
from datetime import datetime, date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(f"{name}:{n} empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json: {e}")
    return rows


DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles",
         "back", "chest", "other"}
SIDES = {"left", "right", None}
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
WEEK_START, WEEK_END = date(2027, 2, 8), date(2027, 2, 14)


def is_date(s):
    try:
        datetime.strptime(s, "%Y-%m-%d")
        return True
    except (TypeError, ValueError):
        return False


def num_or_none(x):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0)


def int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where} unknown fact type {t}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where} {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        if not is_date(f["date"]):
            err(f"{where} bad date {f['date']}")
        elif date.fromisoformat(f["date"]) > sent_date:
            err(f"{where} {t} date {f['date']} after message date {sent_date}")
    if t == "run":
        if not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]) or f["effort"] not in EFFORTS:
            err(f"{where} bad run {f}")
    elif t == "cross_training":
        if f["activity"] not in ACTS or not int_or_none(f["duration_s"]):
            err(f"{where} bad cross_training {f}")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in SIDES:
            err(f"{where} bad injury part/side {f}")
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err(f"{where} bad pain {p}")
        if f["severity"] not in {"mild", "moderate", "severe"}:
            err(f"{where} bad severity {f}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where} bad part {f}")
    elif t == "race_result":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None or not int_or_none(f["time_s"]):
            err(f"{where} bad race_result {f}")
    elif t == "goal_race":
        if not num_or_none(f["distance_km"]) or not int_or_none(f["goal_time_s"]):
            err(f"{where} bad goal_race {f}")
        if f["date"] is not None and (not is_date(f["date"]) or date.fromisoformat(f["date"]) <= WEEK_END):
            err(f"{where} goal date {f['date']} must be after 2027-02-14")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where} bad days {f}")
    elif t == "correction":
        if f["target"] != "run" or not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]):
            err(f"{where} bad correction {f}")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pconv = set()
    for p in profiles:
        c = p.get("conv")
        pconv.add(c)
        need = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week",
                "preferred_days", "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
        if set(p) != need:
            err(f"profile {c} keys {sorted(set(p) ^ need)}")
            continue
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
            err(f"profile {c} lang/tz/units")
        if not (16 <= p["age"] <= 65):
            err(f"profile {c} age {p['age']}")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"profile {c} level")
        if len(p["preferred_days"]) != p["days_per_week"] or any(d not in DAYS for d in p["preferred_days"]):
            err(f"profile {c} days")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"profile {c} goal keys")
            elif not is_date(g["date"]) or date.fromisoformat(g["date"]) <= WEEK_END:
                err(f"profile {c} goal date")
            elif g["goal_time"] is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]):
                err(f"profile {c} goal_time format")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"}
                              or not re.fullmatch(r"\d+:\d\d:\d\d", r["time"])
                              or not re.fullmatch(r"\d{4}-\d\d", r["month"])):
            err(f"profile {c} recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in SIDES \
                    or not isinstance(inj["current"], bool):
                err(f"profile {c} injury {inj}")

    # conversations
    per_conv = Counter()
    msg_index = {}
    last_time = {}
    for m in convs:
        need = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
        if set(m) != need:
            err(f"msg keys {m.get('conv')}/{m.get('i')}")
            continue
        c, i = m["conv"], m["i"]
        if i != per_conv[c]:
            err(f"{c} index {i} expected {per_conv[c]}")
        per_conv[c] += 1
        if not m["sent_at"].endswith("-05:00"):
            err(f"{c}/{i} offset")
        try:
            t = datetime.fromisoformat(m["sent_at"])
        except ValueError:
            err(f"{c}/{i} bad sent_at")
            continue
        if not (WEEK_START <= t.date() <= WEEK_END):
            err(f"{c}/{i} outside the week")
        if c in last_time and t < last_time[c]:
            err(f"{c}/{i} time goes backwards")
        last_time[c] = t
        if not m["text"].strip() or m["lang"] != "es":
            err(f"{c}/{i} text/lang")
        if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
            err(f"{c}/{i} after_coach")
        msg_index[(c, i)] = m
    for c, n in per_conv.items():
        if not (18 <= n <= 24):
            err(f"{c} has {n} messages (want 18-24)")
    if set(per_conv) != pconv:
        err(f"conv sets differ: profiles {sorted(pconv)} vs conversations {sorted(per_conv)}")

    # labels
    seen = set()
    facts = Counter()
    kinds = Counter()
    rf_msgs = Counter()
    rf_convs = set()
    clar = 0
    for lab in labels:
        need = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
        if set(lab) != need:
            err(f"label keys {lab.get('conv')}/{lab.get('i')}: {sorted(set(lab) ^ need)}")
            continue
        key = (lab["conv"], lab["i"])
        where = f"label {key[0]}/{key[1]}"
        if key in seen:
            err(f"{where} duplicate")
        seen.add(key)
        if key not in msg_index:
            err(f"{where} has no message")
            continue
        sent_date = datetime.fromisoformat(msg_index[key]["sent_at"]).date()
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(f"{where} bool fields")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None) or \
                (lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS):
            err(f"{where} red_flag/red_flag_kind mismatch")
        if lab["kind"] not in KINDS:
            err(f"{where} kind {lab['kind']}")
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(f"{where} kind {lab['kind']} must have no writes")
        if not isinstance(lab["note"], str) or not lab["note"]:
            err(f"{where} note")
        if not isinstance(lab["writes"], list):
            err(f"{where} writes not a list")
            continue
        for f in lab["writes"]:
            check_fact(where, f, sent_date)
            facts[f.get("type")] += 1
            if f.get("type") == "injury" and lab["red_flag"] and f.get("severity") != "severe":
                err(f"{where} red-flag injury must be severe")
            if f.get("type") == "injury" and not lab["red_flag"] and f.get("pain") is not None:
                p = f["pain"]
                want = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if f["severity"] != want:
                    err(f"{where} severity {f['severity']} vs pain {p}")
        kinds[lab["kind"]] += 1
        if lab["red_flag"]:
            rf_msgs[lab["red_flag_kind"]] += 1
            rf_convs.add(key[0])
        clar += lab["clarify_ok"]
    missing = set(msg_index) - seen
    if missing:
        err(f"messages without label: {sorted(missing)}")

    print(f"conversations: {len(per_conv)}  messages: {len(msg_index)}  labels: {len(labels)}  profiles: {len(profiles)}")
    print("messages per conversation:", dict(sorted(per_conv.items())))
    print(f"red-flag messages: {sum(rf_msgs.values())} {dict(rf_msgs)}")
    print(f"red-flag conversations: {len(rf_convs)} {sorted(rf_convs)}")
    print("kinds:", dict(sorted(kinds.items())))
    print("facts written:", dict(sorted(facts.items())), "total", sum(facts.values()))
    print("messages with no writes:", sum(1 for l in labels if not l.get("writes")))
    print("clarify_ok true:", clar)
    if len(rf_convs) < 4:
        err("need at least 4 red-flag conversations")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
