#!/usr/bin/env python3
"""Validate the v22-es blind set: parse all files, check schemas, one label per message, print counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WEEK_START, WEEK_END = dt.date(2028, 2, 7), dt.date(2028, 2, 13)
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTIVITIES = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
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
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d" % (name, n), "bad json: %s" % e)
    return rows


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_date(where, s, allow_null=False, lo=None, hi=None):
    if s is None:
        if not allow_null:
            err(where, "date is null")
        return None
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(where, "bad date %r" % (s,))
        return None
    d = dt.date.fromisoformat(s)
    if lo and d < lo:
        err(where, "date %s before %s" % (d, lo))
    if hi and d > hi:
        err(where, "date %s after %s" % (d, hi))
    return d


def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(where, "unknown fact type %r" % t)
        return
    if set(f) != FACT_KEYS[t]:
        err(where, "%s keys %s != %s" % (t, sorted(f), sorted(FACT_KEYS[t])))
        return
    if t in ("run", "cross_training", "race_result", "correction", "delete_run"):
        d = check_date(where, f["date"], hi=sent_date)
        if d and (sent_date - d).days > 14:
            err(where, "fact date %s far before message" % d)
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and 0 < f["distance_km"] < 100):
            err(where, "bad distance")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(where, "bad duration")
        if f["effort"] not in EFFORTS:
            err(where, "bad effort")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(where, "run without distance and duration")
    elif t == "cross_training":
        if f["activity"] not in ACTIVITIES:
            err(where, "bad activity")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(where, "bad duration")
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err(where, "bad body_part")
        if f["side"] not in ("left", "right", None):
            err(where, "bad side")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(where, "bad severity")
        p = f["pain"]
        if p is not None:
            if not (isinstance(p, int) and 0 <= p <= 10):
                err(where, "bad pain")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(where, "bad body_part")
    elif t == "race_result":
        if not (is_num(f["distance_km"]) and f["distance_km"] > 0):
            err(where, "bad race distance")
        if f["time_s"] is not None and not (isinstance(f["time_s"], int) and f["time_s"] > 0):
            err(where, "bad time_s")
    elif t == "goal_race":
        if not (is_num(f["distance_km"]) and f["distance_km"] > 0):
            err(where, "bad goal distance")
        check_date(where, f["date"], allow_null=True, lo=WEEK_END + dt.timedelta(days=1))
        if f["goal_time_s"] is not None and not (isinstance(f["goal_time_s"], int) and f["goal_time_s"] > 0):
            err(where, "bad goal_time_s")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(where, "bad days")
    elif t == "correction":
        if f["target"] != "run":
            err(where, "correction target must be run")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(where, "correction changes nothing")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    prof_ids = set()
    for p in profiles:
        w = "profile %s" % p.get("conv")
        if set(p) != pkeys:
            err(w, "keys %s" % sorted(set(p) ^ pkeys))
            continue
        prof_ids.add(p["conv"])
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
            err(w, "lang/timezone/units")
        if not (isinstance(p["age"], int) and 16 <= p["age"] <= 65):
            err(w, "age")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(w, "level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(w, "preferred_days / days_per_week")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(w, "goal_race keys")
            check_date(w, g["date"], lo=WEEK_END + dt.timedelta(days=1))
            if g["goal_time"] is not None and not re.fullmatch(r"\d:\d{2}:\d{2}", g["goal_time"]):
                err(w, "goal_time format")
        r = p["recent_race"]
        if r is not None:
            if set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d:\d{2}:\d{2}", r["time"]) \
                    or not re.fullmatch(r"\d{4}-\d{2}", r["month"]):
                err(w, "recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                    or inj["side"] not in ("left", "right", None) or not isinstance(inj["current"], bool):
                err(w, "injury %r" % inj)

    by_conv = collections.defaultdict(list)
    ckeys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    sent = {}
    for m in convs:
        w = "msg %s/%s" % (m.get("conv"), m.get("i"))
        if set(m) != ckeys:
            err(w, "keys")
            continue
        by_conv[m["conv"]].append(m)
        if not re.fullmatch(r"2028-02-(0[7-9]|1[0-3])T\d{2}:\d{2}:\d{2}-05:00", m["sent_at"]):
            err(w, "sent_at %s outside week or wrong offset" % m["sent_at"])
        t = dt.datetime.fromisoformat(m["sent_at"])
        sent[(m["conv"], m["i"])] = t
        if not m["text"].strip():
            err(w, "empty text")
        if m["after_coach"] is not None and not (isinstance(m["after_coach"], str) and m["after_coach"].strip()):
            err(w, "after_coach")
    for c, msgs in by_conv.items():
        if [m["i"] for m in msgs] != list(range(len(msgs))):
            err(c, "i not 0..n-1 in order")
        if not 18 <= len(msgs) <= 24:
            err(c, "%d messages (want 18-24)" % len(msgs))
        times = [sent[(c, m["i"])] for m in msgs]
        if times != sorted(times):
            err(c, "sent_at not in order")
    if set(by_conv) != prof_ids:
        err("files", "conversation ids != profile ids")

    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = collections.Counter()
    for lab in labels:
        key = (lab.get("conv"), lab.get("i"))
        w = "label %s/%s" % key
        seen[key] += 1
        if set(lab) != lkeys:
            err(w, "keys")
            continue
        if key not in sent:
            err(w, "no such message")
            continue
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(w, "bool fields")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None) or \
                (lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS):
            err(w, "red_flag / red_flag_kind mismatch")
        if lab["kind"] not in KINDS:
            err(w, "kind %r" % lab["kind"])
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(w, "kind %s must have no writes" % lab["kind"])
        if not isinstance(lab["note"], str):
            err(w, "note")
        for f in lab["writes"]:
            check_fact(w, f, sent[key].date())
            if f.get("type") == "injury" and lab["red_flag"] and f.get("severity") != "severe":
                err(w, "red-flag injury must be severe")
            if f.get("type") == "injury" and not lab["red_flag"] and f.get("pain") is not None:
                exp = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
                if f["severity"] != exp:
                    err(w, "severity %s does not match pain %s" % (f["severity"], f["pain"]))
            if f.get("type") == "run" and f.get("effort") == "race":
                if not any(g.get("type") == "race_result" and g.get("date") == f["date"] for g in lab["writes"]):
                    err(w, "race run without race_result")
    for key in sent:
        if seen[key] != 1:
            err("label %s/%s" % key, "%d labels (want exactly 1)" % seen[key])

    # counts
    n_msgs = len(convs)
    rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
    rf_msgs = [l for l in labels if l["red_flag"]]
    facts = collections.Counter(f["type"] for l in labels for f in l["writes"])
    kinds = collections.Counter(l["kind"] for l in labels)
    print("conversations:", len(by_conv))
    print("messages:", n_msgs, {c: len(v) for c, v in sorted(by_conv.items())})
    print("profiles:", len(profiles))
    print("labels:", len(labels))
    print("red-flag conversations: %d %s" % (len(rf_convs), rf_convs))
    print("red-flag messages:", len(rf_msgs), dict(collections.Counter(l["red_flag_kind"] for l in rf_msgs)))
    print("messages with writes:", sum(1 for l in labels if l["writes"]), " facts:", sum(facts.values()), dict(facts))
    print("kinds:", dict(sorted(kinds.items())))
    print("clarify_ok:", sum(l["clarify_ok"] for l in labels))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
