#!/usr/bin/env python3
"""Validate the v25-es blind set: parse, schema, one label per message, consistency; print counts."""
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
            if not line.strip():
                err("%s:%d empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad json: %s" % (name, n, e))
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEK0, WEEK1 = datetime.date(2028, 5, 1), datetime.date(2028, 5, 7)
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles",
         "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
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


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def opt_num(x):
    return x is None or is_num(x)


def opt_int(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool))


def check_date(where, d, allow_null=False):
    if d is None and allow_null:
        return None
    if not isinstance(d, str) or not DATE.match(d):
        err("%s bad date %r" % (where, d))
        return None
    return datetime.date.fromisoformat(d)


def sev_for(pain):
    return "mild" if pain <= 3 else ("moderate" if pain <= 6 else "severe")


def check_fact(where, f, sent_date, red_flag):
    t = f.get("type")
    if t not in FACT_KEYS:
        err("%s unknown fact type %r" % (where, t))
        return
    if set(f) != FACT_KEYS[t]:
        err("%s fact %s keys %s" % (where, t, sorted(f)))
        return
    if t in ("run", "cross_training", "race_result", "correction", "delete_run"):
        d = check_date(where, f["date"])
        if d and d > sent_date:
            err("%s fact date %s after message date %s" % (where, d, sent_date))
    if t == "run":
        if not opt_num(f["distance_km"]) or not opt_int(f["duration_s"]) or f["effort"] not in EFFORTS:
            err("%s bad run %r" % (where, f))
    elif t == "cross_training":
        if f["activity"] not in ACTS or not opt_int(f["duration_s"]):
            err("%s bad cross_training %r" % (where, f))
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None):
            err("%s bad injury %r" % (where, f))
        if f["severity"] not in ("mild", "moderate", "severe"):
            err("%s bad severity %r" % (where, f))
        p = f["pain"]
        if p is not None:
            if not isinstance(p, int) or not 0 <= p <= 10:
                err("%s bad pain %r" % (where, p))
            elif sev_for(p) != f["severity"]:
                err("%s severity %s does not match pain %s" % (where, f["severity"], p))
        elif red_flag and f["severity"] != "severe":
            err("%s red-flag injury without pain must be severe" % where)
        if f["body_part"] == "chest" and (f["severity"] != "severe" or not red_flag):
            err("%s chest injury must be severe and red flag" % where)
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err("%s bad injury_resolved %r" % (where, f))
    elif t == "race_result":
        if not is_num(f["distance_km"]) or not opt_int(f["time_s"]):
            err("%s bad race_result %r" % (where, f))
    elif t == "goal_race":
        d = check_date(where, f["date"], allow_null=True)
        if d and d <= WEEK1:
            err("%s goal date not after week" % where)
        if not is_num(f["distance_km"]) or not opt_int(f["goal_time_s"]):
            err("%s bad goal_race %r" % (where, f))
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err("%s bad days %r" % (where, f["days"]))
    elif t == "correction":
        if f["target"] != "run" or not opt_num(f["distance_km"]) or not opt_int(f["duration_s"]):
            err("%s bad correction %r" % (where, f))


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week",
             "preferred_days", "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    pconv = set()
    for p in profiles:
        w = "profile %s" % p.get("conv")
        if set(p) != pkeys:
            err("%s keys %s" % (w, sorted(set(p) ^ pkeys)))
            continue
        pconv.add(p["conv"])
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
            err("%s lang/tz/units" % w)
        if not (16 <= p["age"] <= 65):
            err("%s age" % w)
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err("%s level" % w)
        if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
            err("%s days" % w)
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err("%s goal keys" % w)
            elif check_date(w, g["date"]) and datetime.date.fromisoformat(g["date"]) <= WEEK1:
                err("%s goal date must be after 2028-05-07" % w)
            elif g["goal_time"] is not None and not re.match(r"^\d+:\d{2}:\d{2}$", g["goal_time"]):
                err("%s goal_time format" % w)
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"}
                              or not re.match(r"^\d{4}-\d{2}$", r["month"])
                              or not re.match(r"^\d+:\d{2}:\d{2}$", r["time"])):
            err("%s recent_race" % w)
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None):
                err("%s injury %r" % (w, inj))

    ckeys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    by_conv = collections.OrderedDict()
    msg_date = {}
    for c in convs:
        w = "msg %s/%s" % (c.get("conv"), c.get("i"))
        if set(c) != ckeys:
            err("%s keys" % w)
            continue
        by_conv.setdefault(c["conv"], []).append(c)
        if c["lang"] != "es" or not isinstance(c["text"], str) or not c["text"].strip():
            err("%s lang/text" % w)
        if c["after_coach"] is not None and not isinstance(c["after_coach"], str):
            err("%s after_coach" % w)
        try:
            ts = datetime.datetime.fromisoformat(c["sent_at"])
        except ValueError:
            err("%s sent_at %r" % (w, c["sent_at"]))
            continue
        if c["sent_at"][-6:] != "-05:00":
            err("%s offset" % w)
        if not (WEEK0 <= ts.date() <= WEEK1):
            err("%s outside the week" % w)
        msg_date[(c["conv"], c["i"])] = (ts, ts.date())
    for conv, msgs in by_conv.items():
        if [m["i"] for m in msgs] != list(range(len(msgs))):
            err("%s i not 0..n-1 in order" % conv)
        if not 18 <= len(msgs) <= 24:
            err("%s has %d messages" % (conv, len(msgs)))
        stamps = [msg_date[(conv, m["i"])][0] for m in msgs if (conv, m["i"]) in msg_date]
        if stamps != sorted(stamps):
            err("%s sent_at not in order" % conv)
    if set(by_conv) != pconv:
        err("profiles/conversations conv mismatch: %s" % (set(by_conv) ^ pconv))

    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = collections.Counter()
    kinds = collections.Counter()
    facts = collections.Counter()
    rf_msgs = collections.Counter()
    rf_convs = set()
    for l in labels:
        key = (l.get("conv"), l.get("i"))
        w = "label %s/%s" % key
        seen[key] += 1
        if set(l) != lkeys:
            err("%s keys %s" % (w, sorted(set(l) ^ lkeys)))
            continue
        if key not in msg_date:
            err("%s has no message" % w)
            continue
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err("%s bool fields" % w)
        if l["red_flag"] != (l["red_flag_kind"] is not None):
            err("%s red_flag / red_flag_kind mismatch" % w)
        if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"):
            err("%s red_flag_kind %r" % (w, l["red_flag_kind"]))
        if l["kind"] not in KINDS:
            err("%s kind %r" % (w, l["kind"]))
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err("%s kind %s must have no writes" % (w, l["kind"]))
        if not isinstance(l["note"], str):
            err("%s note" % w)
        if not isinstance(l["writes"], list):
            err("%s writes not a list" % w)
            continue
        for f in l["writes"]:
            check_fact(w, f, msg_date[key][1], l["red_flag"])
            facts[f.get("type")] += 1
        types = [f.get("type") for f in l["writes"]]
        if "race_result" in types:
            rr = [f for f in l["writes"] if f["type"] == "race_result"]
            for r in rr:
                if not any(f["type"] == "run" and f["effort"] == "race" and f["date"] == r["date"] for f in l["writes"]):
                    err("%s race_result without a race run" % w)
        kinds[l["kind"]] += 1
        if l["red_flag"]:
            rf_msgs[l["red_flag_kind"]] += 1
            rf_convs.add(l["conv"])
    for key in msg_date:
        if seen[key] != 1:
            err("message %s/%s has %d labels" % (key[0], key[1], seen[key]))
    for key, n in seen.items():
        if n > 1:
            err("duplicate label %s/%s" % key)
    if len(rf_convs) < 4:
        err("only %d red-flag conversations (need >= 4)" % len(rf_convs))

    print("profiles: %d" % len(profiles))
    print("conversations: %d" % len(by_conv))
    print("messages: %d  (per conversation: %s)" % (
        len(convs), ", ".join("%s=%d" % (k, len(v)) for k, v in by_conv.items())))
    print("labels: %d" % len(labels))
    print("red-flag conversations: %d (%s)" % (len(rf_convs), ", ".join(sorted(rf_convs))))
    print("red-flag messages by kind: %s" % dict(rf_msgs))
    print("messages with writes: %d, facts by type: %s" % (
        sum(1 for l in labels if l.get("writes")), dict(facts)))
    print("kinds: %s" % dict(kinds))
    print("clarify_ok: %d" % sum(1 for l in labels if l.get("clarify_ok")))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
