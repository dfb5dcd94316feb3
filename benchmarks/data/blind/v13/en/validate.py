#!/usr/bin/env python3
"""Validate the v13-en blind set: parse every file, check schemas, one label per message,
internal consistency of labels, and print counts.  Exit status 1 on any error.
Run:  python3 validate.py   (from the set folder)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover
    ZoneInfo = None

ROOT = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s:%d empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad json: %s" % (name, n, e))
    return rows


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENT_RE = re.compile(r"^2027-03-(1[5-9]|2[01])T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
TIME_RE = re.compile(r"^\d{1,2}:\d{2}:\d{2}$")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
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


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_date(s, where, lo="2027-03-01", hi="2027-03-21"):
    if not isinstance(s, str) or not DATE_RE.match(s):
        err("%s bad date %r" % (where, s))
        return
    try:
        date.fromisoformat(s)
    except ValueError:
        err("%s invalid date %r" % (where, s))
        return
    if lo and s < lo or hi and s > hi:
        err("%s date %s outside %s..%s" % (where, s, lo, hi))


def sev_of(p):
    return "mild" if p <= 3 else ("moderate" if p <= 6 else "severe")


def check_fact(f, where, sent_date, rf):
    if not isinstance(f, dict) or "type" not in f:
        err("%s fact without type" % where)
        return
    t = f["type"]
    if t not in FACT_KEYS:
        err("%s unknown fact type %r" % (where, t))
        return
    if set(f) != FACT_KEYS[t]:
        err("%s %s keys %s != %s" % (where, t, sorted(f), sorted(FACT_KEYS[t])))
        return
    if t in ("run", "cross_training", "race_result", "correction", "delete_run"):
        check_date(f["date"], where, hi=sent_date)
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and 0 < f["distance_km"] < 200):
            err("%s run distance %r" % (where, f["distance_km"]))
        if f["distance_km"] is not None and round(f["distance_km"], 2) != f["distance_km"]:
            err("%s run distance not 2 decimals" % where)
        if f["duration_s"] is not None and not (is_int(f["duration_s"]) and f["duration_s"] > 0):
            err("%s run duration %r" % (where, f["duration_s"]))
        if f["effort"] not in EFFORTS:
            err("%s effort %r" % (where, f["effort"]))
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err("%s activity %r" % (where, f["activity"]))
        if f["duration_s"] is not None and not (is_int(f["duration_s"]) and f["duration_s"] > 0):
            err("%s xt duration %r" % (where, f["duration_s"]))
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err("%s body_part %r" % (where, f["body_part"]))
        if f["side"] not in ("left", "right", None):
            err("%s side %r" % (where, f["side"]))
        if f["severity"] not in ("mild", "moderate", "severe"):
            err("%s severity %r" % (where, f["severity"]))
        if f["pain"] is not None:
            if not (is_int(f["pain"]) and 0 <= f["pain"] <= 10):
                err("%s pain %r" % (where, f["pain"]))
            elif not rf and sev_of(f["pain"]) != f["severity"]:
                err("%s severity %s does not match pain %s" % (where, f["severity"], f["pain"]))
        if rf and f["severity"] != "severe":
            err("%s injury in a red-flag message must be severe" % where)
        if f["body_part"] == "chest" and not (rf == "cardiac" and f["severity"] == "severe"):
            err("%s chest injury must be severe + cardiac red flag" % where)
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err("%s body_part %r" % (where, f["body_part"]))
    elif t == "race_result":
        if not (is_num(f["distance_km"]) and f["distance_km"] > 0):
            err("%s race distance %r" % (where, f["distance_km"]))
        if f["time_s"] is not None and not (is_int(f["time_s"]) and f["time_s"] > 0):
            err("%s race time %r" % (where, f["time_s"]))
    elif t == "goal_race":
        if not (is_num(f["distance_km"]) and f["distance_km"] > 0):
            err("%s goal distance %r" % (where, f["distance_km"]))
        if f["date"] is not None:
            check_date(f["date"], where, lo="2027-03-22", hi="2028-12-31")
        if f["goal_time_s"] is not None and not (is_int(f["goal_time_s"]) and f["goal_time_s"] > 0):
            err("%s goal time %r" % (where, f["goal_time_s"]))
    elif t == "preferred_days":
        d = f["days"]
        if not (isinstance(d, list) and d and all(x in DAYS for x in d) and len(set(d)) == len(d)):
            err("%s days %r" % (where, d))
        elif d != sorted(d, key=DAYS.index):
            err("%s days not in week order %r" % (where, d))
    elif t == "correction":
        if f["target"] != "run":
            err("%s correction target %r" % (where, f["target"]))
        if f["distance_km"] is None and f["duration_s"] is None:
            err("%s correction changes nothing" % where)


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # ---- profiles ----
    prof = {}
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    for p in profiles:
        w = "profile %s" % p.get("conv")
        if set(p) != pkeys:
            err("%s keys %s" % (w, sorted(set(p) ^ pkeys)))
            continue
        prof[p["conv"]] = p
        if p["lang"] != "en":
            err("%s lang" % w)
        if not (is_int(p["age"]) and 17 <= p["age"] <= 65):
            err("%s age %r" % (w, p["age"]))
        if p["units"] not in ("km", "mi"):
            err("%s units" % w)
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err("%s level" % w)
        if not (isinstance(p["preferred_days"], list) and all(d in DAYS for d in p["preferred_days"])):
            err("%s preferred_days" % w)
        if p["days_per_week"] != len(p["preferred_days"]):
            err("%s days_per_week != len(preferred_days)" % w)
        for k in ("weekly_km", "longest_run_km"):
            if not is_num(p[k]) or p[k] <= 0:
                err("%s %s" % (w, k))
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err("%s goal_race keys" % w)
            else:
                check_date(g["date"], w + " goal", lo="2027-03-22", hi="2028-12-31")
                if g["goal_time"] is not None and not TIME_RE.match(g["goal_time"]):
                    err("%s goal_time %r" % (w, g["goal_time"]))
        r = p["recent_race"]
        if r is not None:
            if set(r) != {"distance_km", "time", "month"} or not TIME_RE.match(r["time"]) \
                    or not re.match(r"^\d{4}-\d{2}$", r["month"]) or r["month"] > "2027-03":
                err("%s recent_race %r" % (w, r))
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                    or inj["side"] not in ("left", "right", None) or not isinstance(inj["current"], bool):
                err("%s injury %r" % (w, inj))
        if ZoneInfo is not None:
            try:
                ZoneInfo(p["timezone"])
            except Exception:
                err("%s timezone %r" % (w, p["timezone"]))

    # ---- conversations ----
    by_conv = defaultdict(list)
    ckeys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    for m in convs:
        if set(m) != ckeys:
            err("message %s/%s keys %s" % (m.get("conv"), m.get("i"), sorted(set(m) ^ ckeys)))
            continue
        by_conv[m["conv"]].append(m)
    for c, msgs in by_conv.items():
        if c not in prof:
            err("%s has no profile" % c)
            continue
        if not 18 <= len(msgs) <= 24:
            err("%s has %d messages (want 18-24)" % (c, len(msgs)))
        tz = ZoneInfo(prof[c]["timezone"]) if ZoneInfo else None
        prev = None
        for k, m in enumerate(msgs):
            w = "%s/%s" % (c, m["i"])
            if m["i"] != k:
                err("%s index not contiguous" % w)
            if m["lang"] != "en":
                err("%s lang" % w)
            if not isinstance(m["text"], str) or not m["text"].strip():
                err("%s empty text" % w)
            if m["after_coach"] is not None and not (isinstance(m["after_coach"], str) and m["after_coach"].strip()):
                err("%s after_coach" % w)
            if not SENT_RE.match(m["sent_at"]):
                err("%s sent_at %r outside week or malformed" % (w, m["sent_at"]))
                continue
            dt = datetime.fromisoformat(m["sent_at"])
            if tz is not None:
                local = dt.replace(tzinfo=None).replace(tzinfo=tz)
                if local.utcoffset() != dt.utcoffset():
                    err("%s offset %s does not match %s (%s)" % (w, m["sent_at"][-6:], prof[c]["timezone"],
                                                                local.utcoffset()))
            if prev is not None and dt <= prev:
                err("%s not after previous message" % w)
            prev = dt
    for c in prof:
        if c not in by_conv:
            err("profile %s has no conversation" % c)

    # ---- labels ----
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    lab = {}
    for l in labels:
        key = (l.get("conv"), l.get("i"))
        if key in lab:
            err("duplicate label %s" % (key,))
        lab[key] = l
    msg_keys = {(m["conv"], m["i"]) for m in convs}
    for key in msg_keys - set(lab):
        err("message %s has no label" % (key,))
    for key in set(lab) - msg_keys:
        err("label %s has no message" % (key,))

    writes_by_type = Counter()
    kinds = Counter()
    rf_msgs = 0
    rf_kinds = Counter()
    rf_convs = set()
    clarify = 0
    runs_seen = defaultdict(set)  # conv -> dates with a run written so far (for correction/delete)
    for m in convs:
        key = (m["conv"], m["i"])
        if key not in lab:
            continue
        l = lab[key]
        w = "label %s/%s" % key
        if set(l) != lkeys:
            err("%s keys %s" % (w, sorted(set(l) ^ lkeys)))
            continue
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err("%s bool fields" % w)
        if l["red_flag"] != (l["red_flag_kind"] is not None):
            err("%s red_flag / red_flag_kind mismatch" % w)
        if l["red_flag_kind"] is not None and l["red_flag_kind"] not in RF_KINDS:
            err("%s red_flag_kind %r" % (w, l["red_flag_kind"]))
        if l["kind"] not in KINDS:
            err("%s kind %r" % (w, l["kind"]))
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err("%s kind %s must have no writes" % (w, l["kind"]))
        if l["kind"] == "answer" and m["after_coach"] is None:
            err("%s kind answer without after_coach" % w)
        if not isinstance(l["note"], str):
            err("%s note" % w)
        if not isinstance(l["writes"], list):
            err("%s writes not a list" % w)
            continue
        sent_date = m["sent_at"][:10]
        for f in l["writes"]:
            check_fact(f, w, sent_date, l["red_flag_kind"])
            t = f.get("type")
            writes_by_type[t] += 1
            if t == "run":
                runs_seen[m["conv"]].add(f["date"])
            elif t in ("correction", "delete_run"):
                if f["date"] not in runs_seen[m["conv"]]:
                    err("%s %s targets %s with no earlier run" % (w, t, f["date"]))
        kinds[l["kind"]] += 1
        if l["red_flag"]:
            rf_msgs += 1
            rf_kinds[l["red_flag_kind"]] += 1
            rf_convs.add(m["conv"])
            if not l["note"]:
                err("%s red flag without note" % w)
        if l["clarify_ok"]:
            clarify += 1
            if not l["note"]:
                err("%s clarify_ok without a note saying why" % w)

    # ---- set-level requirements ----
    n_conv = len(by_conv)
    miles = [c for c, p in prof.items() if p["units"] == "mi"]
    if len(miles) < 4:
        err("fewer than 4 miles personas")
    if len(rf_convs) < 4 or 3 * len(rf_convs) < n_conv:
        err("not enough red-flag conversations (%d)" % len(rf_convs))
    if writes_by_type["goal_race"] < 2:
        err("want goal-race changes in a few conversations")
    if writes_by_type["race_result"] < 2:
        err("want races run in a few conversations")

    print("conversations:", n_conv)
    print("messages:", len(convs))
    print("labels:", len(labels))
    print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
    print("miles personas:", len(miles), sorted(miles))
    print("red-flag messages:", rf_msgs, dict(sorted(rf_kinds.items())))
    print("red-flag conversations:", len(rf_convs), sorted(rf_convs))
    print("messages with writes:", sum(1 for l in labels if l.get("writes")))
    print("writes total:", sum(writes_by_type.values()))
    print("writes by type:", dict(sorted(writes_by_type.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print("clarify_ok:", clarify)
    if ERR:
        print("\nERRORS (%d):" % len(ERR))
        for e in ERR:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
