#!/usr/bin/env python3
"""Validates the v8-es blind set: profiles.jsonl, conversations.jsonl, labels.jsonl.

Parses everything, checks the schemas, one label per message, internal consistency,
and prints counts. Exit code 1 on any error.
"""
import collections
import datetime
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
            line = line.strip()
            if not line:
                err("%s:%d empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad json: %s" % (name, n, e))
    return rows


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
BODY = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORT = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTIVITY = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
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
WEEK_END = datetime.date(2027, 1, 24)


def num_or_none(v, integer=False):
    if v is None:
        return True
    if isinstance(v, bool):
        return False
    return isinstance(v, int) if integer else isinstance(v, (int, float))


def sev_for(pain):
    return "mild" if pain <= 3 else ("moderate" if pain <= 6 else "severe")


def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err("%s unknown fact type %r" % (where, t))
        return
    if set(f) != FACT_KEYS[t]:
        err("%s fact %s keys %s" % (where, t, sorted(f)))
        return
    if "date" in f and f["date"] is not None:
        if not is_date(f["date"]):
            err("%s bad date %r" % (where, f["date"]))
        elif t != "goal_race" and datetime.date.fromisoformat(f["date"]) > sent_date:
            err("%s %s date %s after message date" % (where, t, f["date"]))
    if t == "run":
        if not num_or_none(f["distance_km"]) or not num_or_none(f["duration_s"], True):
            err("%s run numbers" % where)
        if f["effort"] not in EFFORT:
            err("%s effort %r" % (where, f["effort"]))
    elif t == "cross_training":
        if f["activity"] not in ACTIVITY or not num_or_none(f["duration_s"], True):
            err("%s cross_training fields" % where)
    elif t == "injury":
        if f["body_part"] not in BODY or f["side"] not in ("left", "right", None):
            err("%s injury part/side" % where)
        if f["severity"] not in ("mild", "moderate", "severe"):
            err("%s severity" % where)
        if f["pain"] is not None:
            if not isinstance(f["pain"], int) or not 0 <= f["pain"] <= 10:
                err("%s pain %r" % (where, f["pain"]))
            elif sev_for(f["pain"]) != f["severity"]:
                err("%s severity %s does not match pain %s" % (where, f["severity"], f["pain"]))
    elif t == "injury_resolved":
        if f["body_part"] not in BODY:
            err("%s resolved part" % where)
    elif t == "race_result":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None or not num_or_none(f["time_s"], True):
            err("%s race_result fields" % where)
    elif t == "goal_race":
        if not num_or_none(f["distance_km"]) or not num_or_none(f["goal_time_s"], True):
            err("%s goal_race fields" % where)
        if f["date"] is not None and datetime.date.fromisoformat(f["date"]) <= WEEK_END:
            err("%s goal date not after the week" % where)
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err("%s days %r" % (where, f["days"]))
    elif t == "correction":
        if f["target"] != "run" or not num_or_none(f["distance_km"]) or not num_or_none(f["duration_s"], True):
            err("%s correction fields" % where)
        if f["distance_km"] is None and f["duration_s"] is None:
            err("%s correction changes nothing" % where)


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # ---- profiles
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    prof = {}
    for p in profiles:
        c = p.get("conv")
        if set(p) != pkeys:
            err("profile %s keys %s" % (c, sorted(set(p) ^ pkeys)))
            continue
        if c in prof:
            err("profile %s duplicated" % c)
        prof[c] = p
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
            err("profile %s lang/tz/units" % c)
        if not (isinstance(p["age"], int) and 16 <= p["age"] <= 65):
            err("profile %s age" % c)
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err("profile %s level" % c)
        if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
            err("profile %s days" % c)
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err("profile %s goal keys" % c)
            elif not is_date(g["date"]) or datetime.date.fromisoformat(g["date"]) <= WEEK_END:
                err("profile %s goal date" % c)
            elif g["goal_time"] is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]):
                err("profile %s goal_time" % c)
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d{4}-\d\d", r["month"])
                              or not re.fullmatch(r"\d+:\d\d:\d\d", r["time"])):
            err("profile %s recent_race" % c)
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in BODY \
                    or inj["side"] not in ("left", "right", None) or not isinstance(inj["current"], bool):
                err("profile %s injury %r" % (c, inj))

    # ---- conversations
    ckeys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    msgs = collections.OrderedDict()
    per_conv = collections.defaultdict(list)
    for m in convs:
        if set(m) != ckeys:
            err("message keys %r" % m)
            continue
        per_conv[m["conv"]].append(m)
        msgs[(m["conv"], m["i"])] = m
        if m["lang"] != "es" or not isinstance(m["text"], str) or not m["text"].strip():
            err("message %s/%s lang/text" % (m["conv"], m["i"]))
        if not re.fullmatch(r"2027-01-\d\dT\d\d:\d\d:\d\d-05:00", m["sent_at"]):
            err("message %s/%s sent_at %r" % (m["conv"], m["i"], m["sent_at"]))
        if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
            err("message %s/%s after_coach" % (m["conv"], m["i"]))
    for c, ms in per_conv.items():
        if c not in prof:
            err("conversation %s has no profile" % c)
        if [m["i"] for m in ms] != list(range(len(ms))):
            err("conversation %s indices not 0..n-1 in order" % c)
        if not 18 <= len(ms) <= 24:
            err("conversation %s has %d messages" % (c, len(ms)))
        times = [datetime.datetime.fromisoformat(m["sent_at"]) for m in ms]
        if times != sorted(times):
            err("conversation %s not in time order" % c)
        for t in times:
            if not datetime.date(2027, 1, 18) <= t.date() <= WEEK_END:
                err("conversation %s message outside the week: %s" % (c, t))
    for c in prof:
        if c not in per_conv:
            err("profile %s has no conversation" % c)

    # ---- labels
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = set()
    for lab in labels:
        if set(lab) != lkeys:
            err("label keys %r" % lab)
            continue
        key = (lab["conv"], lab["i"])
        where = "label %s/%s" % key
        if key in seen:
            err(where + " duplicated")
        seen.add(key)
        if key not in msgs:
            err(where + " has no message")
            continue
        sent_date = datetime.datetime.fromisoformat(msgs[key]["sent_at"]).date()
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(where + " bools")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None):
            err(where + " red_flag vs kind")
        if lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS:
            err(where + " red_flag_kind")
        if lab["kind"] not in KINDS:
            err(where + " kind %r" % lab["kind"])
        if not isinstance(lab["writes"], list):
            err(where + " writes not a list")
            continue
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(where + " kind %s must have no writes" % lab["kind"])
        if not isinstance(lab["note"], str):
            err(where + " note")
        for f in lab["writes"]:
            check_fact(where, f, sent_date)
            if f.get("type") == "injury" and f.get("body_part") == "chest" and lab["red_flag_kind"] != "cardiac":
                err(where + " chest injury without cardiac red flag")
        if lab["red_flag"]:
            for f in lab["writes"]:
                if f.get("type") == "injury" and f.get("severity") != "severe":
                    err(where + " red-flag injury not severe")
        if lab["kind"] == "correction" and not any(f["type"] in ("correction", "delete_run") for f in lab["writes"]):
            err(where + " correction without correction/delete_run fact")
    for key in msgs:
        if key not in seen:
            err("message %s/%s has no label" % key)

    # ---- counts
    print("profiles: %d  conversations: %d  messages: %d  labels: %d"
          % (len(prof), len(per_conv), len(msgs), len(labels)))
    for c in sorted(per_conv):
        labs = [l for l in labels if l["conv"] == c]
        rf = sorted({l["red_flag_kind"] for l in labs if l["red_flag"]})
        print("  %s %-20s %2d msgs  %2d writes  red flags: %d %s"
              % (c, prof.get(c, {}).get("name", "?"), len(per_conv[c]),
                 sum(len(l["writes"]) for l in labs), sum(l["red_flag"] for l in labs), ",".join(rf)))
    rf_msgs = [l for l in labels if l["red_flag"]]
    rf_convs = {l["conv"] for l in rf_msgs}
    print("red-flag messages: %d  by kind: %s" % (len(rf_msgs), dict(collections.Counter(l["red_flag_kind"] for l in rf_msgs))))
    print("conversations with a red flag: %d of %d" % (len(rf_convs), len(per_conv)))
    if len(rf_convs) < 4 or len(rf_convs) * 3 < len(per_conv):
        err("too few red-flag conversations")
    print("message kinds: %s" % dict(sorted(collections.Counter(l["kind"] for l in labels).items())))
    print("facts by type: %s" % dict(sorted(collections.Counter(f["type"] for l in labels for f in l["writes"]).items())))
    print("messages with writes: %d  without: %d  clarify_ok: %d  with after_coach: %d"
          % (sum(bool(l["writes"]) for l in labels), sum(not l["writes"] for l in labels),
             sum(l["clarify_ok"] for l in labels), sum(m["after_coach"] is not None for m in msgs.values())))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
