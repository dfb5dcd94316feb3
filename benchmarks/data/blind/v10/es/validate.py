#!/usr/bin/env python3
"""Validate the v10-es blind set: parse, schema, one label per message, counts."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d blank line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s:%d bad json: %s" % (name, n, e))
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENT = re.compile(r"^2027-02-0[1-7]T\d{2}:\d{2}:\d{2}-05:00$")
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back",
         "chest", "other"}
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


def num_or_none(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0)


def int_or_none(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        return err("%s unknown fact type %r" % (where, t))
    if set(f) != FACT_KEYS[t]:
        return err("%s %s keys %s" % (where, t, sorted(f)))
    if "date" in f and f["date"] is not None:
        if not DATE.match(f["date"]):
            err("%s bad date %r" % (where, f["date"]))
        elif t != "goal_race" and f["date"] > sent_date:
            err("%s %s dated after the message (%s > %s)" % (where, t, f["date"], sent_date))
    if t == "run":
        if not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]) or f["effort"] not in EFFORTS:
            err("%s bad run %s" % (where, f))
    elif t == "cross_training":
        if f["activity"] not in ACTS or not int_or_none(f["duration_s"]):
            err("%s bad cross_training %s" % (where, f))
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None):
            err("%s bad injury %s" % (where, f))
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err("%s bad pain %s" % (where, f))
        if f["severity"] not in ("mild", "moderate", "severe"):
            err("%s bad severity %s" % (where, f))
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err("%s bad injury_resolved %s" % (where, f))
    elif t == "race_result":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None or not int_or_none(f["time_s"]):
            err("%s bad race_result %s" % (where, f))
    elif t == "goal_race":
        if not num_or_none(f["distance_km"]) or not int_or_none(f["goal_time_s"]):
            err("%s bad goal_race %s" % (where, f))
        if f["date"] is not None and f["date"] <= "2027-02-07":
            err("%s goal race not after the week %s" % (where, f))
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS:
            err("%s bad days %s" % (where, f))
    elif t == "correction":
        if f["target"] != "run" or not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]):
            err("%s bad correction %s" % (where, f))


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    pids = [p.get("conv") for p in profiles]
    if len(pids) != len(set(pids)):
        err("duplicate profile conv")
    for p in profiles:
        need = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
        if set(p) != need:
            err("profile %s keys %s" % (p.get("conv"), sorted(set(p) ^ need)))
        if p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi") or p["lang"] != "es":
            err("profile %s tz/units/lang" % p["conv"])
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err("profile %s level" % p["conv"])
        if not 16 <= p["age"] <= 65:
            err("profile %s age" % p["conv"])
        if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
            err("profile %s days" % p["conv"])
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"} or g["date"] <= "2027-02-07":
                err("profile %s goal_race" % p["conv"])
        r = p["recent_race"]
        if r is not None and set(r) != {"distance_km", "time", "month"}:
            err("profile %s recent_race" % p["conv"])
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS:
                err("profile %s injury %s" % (p["conv"], inj))

    by_conv = defaultdict(list)
    for m in convs:
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
            err("message keys %s" % m)
            continue
        if not SENT.match(m["sent_at"]):
            err("%s/%s sent_at %s" % (m["conv"], m["i"], m["sent_at"]))
        if not m["text"].strip():
            err("%s/%s empty text" % (m["conv"], m["i"]))
        by_conv[m["conv"]].append(m)
    if set(by_conv) != set(pids):
        err("conversation ids differ from profile ids")
    for c, ms in by_conv.items():
        if [m["i"] for m in ms] != list(range(len(ms))):
            err("%s indices not 0..n-1 in order" % c)
        if [m["sent_at"] for m in ms] != sorted(m["sent_at"] for m in ms):
            err("%s sent_at not increasing" % c)
        if not 18 <= len(ms) <= 24:
            err("%s has %d messages" % (c, len(ms)))

    msg_index = {(m["conv"], m["i"]): m for m in convs}
    seen = Counter()
    for lab in labels:
        key = (lab.get("conv"), lab.get("i"))
        seen[key] += 1
        where = "%s/%s" % key
        if set(lab) != {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}:
            err("%s label keys %s" % (where, sorted(lab)))
            continue
        if key not in msg_index:
            err("%s label without message" % where)
            continue
        if lab["kind"] not in KINDS:
            err("%s kind %r" % (where, lab["kind"]))
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err("%s bool fields" % where)
        if lab["red_flag"] != (lab["red_flag_kind"] is not None) or (
                lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS):
            err("%s red_flag/red_flag_kind mismatch" % where)
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err("%s kind %s must have no writes" % (where, lab["kind"]))
        if lab["kind"] == "answer" and msg_index[key]["after_coach"] is None:
            err("%s kind answer but no after_coach" % where)
        if not isinstance(lab["note"], str) or not lab["note"]:
            err("%s empty note" % where)
        sent_date = msg_index[key]["sent_at"][:10]
        for f in lab["writes"]:
            check_fact(where, f, sent_date)
            if f.get("type") == "injury" and f.get("body_part") == "chest" and not (
                    lab["red_flag_kind"] == "cardiac" and f["severity"] == "severe"):
                err("%s chest injury must be severe + cardiac" % where)
        for f in lab["writes"]:
            if f.get("type") == "injury" and lab["red_flag"] is False and f["pain"] is not None:
                want = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
                if f["severity"] != want:
                    err("%s severity %s does not match pain %s" % (where, f["severity"], f["pain"]))
    for key in msg_index:
        if seen[key] != 1:
            err("%s/%s has %d labels" % (key[0], key[1], seen[key]))

    # counts
    n_conv = len(by_conv)
    n_msg = len(convs)
    rf_msgs = [lab for lab in labels if lab["red_flag"]]
    rf_convs = sorted({lab["conv"] for lab in rf_msgs})
    fact_types = Counter(f["type"] for lab in labels for f in lab["writes"])
    kinds = Counter(lab["kind"] for lab in labels)
    rf_kinds = Counter(lab["red_flag_kind"] for lab in rf_msgs)
    print("conversations:", n_conv)
    print("messages:", n_msg, " per conv:", {c: len(v) for c, v in sorted(by_conv.items())})
    print("labels:", len(labels))
    print("red-flag messages:", len(rf_msgs), dict(rf_kinds))
    print("red-flag conversations: %d of %d %s" % (len(rf_convs), n_conv, rf_convs))
    print("messages with writes:", sum(1 for lab in labels if lab["writes"]),
          " without:", sum(1 for lab in labels if not lab["writes"]))
    print("facts:", sum(fact_types.values()), dict(sorted(fact_types.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print("clarify_ok:", sum(1 for lab in labels if lab["clarify_ok"]))
    print("answers (after_coach set):", sum(1 for m in convs if m["after_coach"]))
    if len(rf_convs) * 3 < n_conv:
        err("fewer than one red-flag conversation per three")
    if ERR:
        print("\nERRORS (%d):" % len(ERR))
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
