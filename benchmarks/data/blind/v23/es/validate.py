#!/usr/bin/env python3
"""Validate the v23-es blind set: parse everything, check schemas, one label per message, print counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n} blank line")
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json: {e}")
    return out


DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTIVITIES = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
SIDES = {"left", "right", None}
SEVS = {"mild", "moderate", "severe"}
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
WEEK_START, WEEK_END = dt.date(2028, 3, 6), dt.date(2028, 3, 12)


def is_date(s):
    return isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and dt.date.fromisoformat(s)


def num_or_none(x, lo=0):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x > lo)


def int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x > 0)


def check_fact(w, where, local_date):
    t = w.get("type")
    if t not in FACT_KEYS:
        return err(f"{where}: unknown fact type {t!r}")
    if set(w) != FACT_KEYS[t]:
        return err(f"{where}: {t} keys {sorted(w)} != {sorted(FACT_KEYS[t])}")
    if "date" in w and t != "goal_race":
        d = is_date(w["date"])
        if not d:
            err(f"{where}: bad date {w['date']!r}")
        elif d > local_date:
            err(f"{where}: fact date {d} after message local date {local_date}")
    if t == "run":
        if w["effort"] not in EFFORTS:
            err(f"{where}: effort {w['effort']!r}")
        if not num_or_none(w["distance_km"]) or not int_or_none(w["duration_s"]):
            err(f"{where}: bad run numbers")
    elif t == "cross_training":
        if w["activity"] not in ACTIVITIES or not int_or_none(w["duration_s"]):
            err(f"{where}: bad cross_training")
    elif t == "injury":
        if w["body_part"] not in PARTS or w["side"] not in SIDES or w["severity"] not in SEVS:
            err(f"{where}: bad injury enums")
        p = w["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err(f"{where}: bad pain {p!r}")
    elif t == "injury_resolved":
        if w["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
    elif t == "race_result":
        if not num_or_none(w["distance_km"]) or w["distance_km"] is None or not int_or_none(w["time_s"]):
            err(f"{where}: bad race_result")
    elif t == "goal_race":
        if not isinstance(w["distance_km"], (int, float)) or not int_or_none(w["goal_time_s"]):
            err(f"{where}: bad goal_race numbers")
        if w["date"] is not None:
            d = is_date(w["date"])
            if not d or d <= WEEK_END:
                err(f"{where}: goal date {w['date']!r} not after the week")
    elif t == "preferred_days":
        if not w["days"] or any(d not in DAYS for d in w["days"]) or len(set(w["days"])) != len(w["days"]):
            err(f"{where}: bad days {w['days']}")
    elif t == "correction":
        if w["target"] != "run" or not num_or_none(w["distance_km"]) or not int_or_none(w["duration_s"]):
            err(f"{where}: bad correction")
        if w["distance_km"] is None and w["duration_s"] is None:
            err(f"{where}: correction changes nothing")


def main():
    convs = load("conversations.jsonl")
    profs = load("profiles.jsonl")
    labels = load("labels.jsonl")

    # ---- conversations ----
    by_conv = collections.OrderedDict()
    msg_keys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    local_date = {}
    for m in convs:
        if set(m) != msg_keys:
            err(f"message keys {sorted(m)}")
            continue
        by_conv.setdefault(m["conv"], []).append(m)
        if m["lang"] != "es":
            err(f"{m['conv']}#{m['i']} lang {m['lang']}")
        if not isinstance(m["text"], str) or not m["text"].strip():
            err(f"{m['conv']}#{m['i']} empty text")
        if m["after_coach"] is not None and not (isinstance(m["after_coach"], str) and m["after_coach"].strip()):
            err(f"{m['conv']}#{m['i']} bad after_coach")
        try:
            t = dt.datetime.fromisoformat(m["sent_at"])
        except ValueError:
            err(f"{m['conv']}#{m['i']} bad sent_at {m['sent_at']}")
            continue
        if t.utcoffset() != dt.timedelta(hours=-5):
            err(f"{m['conv']}#{m['i']} offset not -05:00")
        if not (WEEK_START <= t.date() <= WEEK_END):
            err(f"{m['conv']}#{m['i']} outside the week")
        local_date[(m["conv"], m["i"])] = t.date()
    expected = [f"es-{k:02d}" for k in range(1, 13)]
    if list(by_conv) != expected:
        err(f"conversation ids {list(by_conv)} != {expected}")
    for c, ms in by_conv.items():
        if [m["i"] for m in ms] != list(range(len(ms))):
            err(f"{c}: i not 0..n-1 in order")
        if not 18 <= len(ms) <= 24:
            err(f"{c}: {len(ms)} messages (want 18-24)")
        times = [m["sent_at"] for m in ms]
        parsed = [dt.datetime.fromisoformat(x) for x in times]
        if parsed != sorted(parsed):
            err(f"{c}: sent_at not increasing")

    # ---- profiles ----
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    if [p.get("conv") for p in profs] != expected:
        err("profiles: not exactly one per conversation in order")
    for p in profs:
        c = p.get("conv")
        if set(p) != pkeys:
            err(f"profile {c} keys {sorted(set(p) ^ pkeys)}")
            continue
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] != "km":
            err(f"profile {c}: lang/timezone/units")
        if not (isinstance(p["age"], int) and 16 <= p["age"] <= 65):
            err(f"profile {c}: age {p['age']}")
        if p["level"] not in {"beginner", "intermediate", "advanced"}:
            err(f"profile {c}: level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"profile {c}: preferred_days/days_per_week")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"profile {c}: goal_race keys")
            elif dt.date.fromisoformat(g["date"]) <= WEEK_END:
                err(f"profile {c}: goal date not after the week")
            elif g["goal_time"] is not None and not re.fullmatch(r"\d+:\d{2}:\d{2}", g["goal_time"]):
                err(f"profile {c}: goal_time format")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d+:\d{2}:\d{2}", r["time"])
                              or not re.fullmatch(r"\d{4}-\d{2}", r["month"])):
            err(f"profile {c}: recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in SIDES \
                    or not isinstance(inj["current"], bool):
                err(f"profile {c}: injury {inj}")

    # ---- labels ----
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = collections.Counter((l.get("conv"), l.get("i")) for l in labels)
    for k, n in seen.items():
        if n > 1:
            err(f"label {k} appears {n} times")
    missing = set(local_date) - set(seen)
    extra = set(seen) - set(local_date)
    if missing:
        err(f"messages without label: {sorted(missing)}")
    if extra:
        err(f"labels without message: {sorted(extra)}")
    for l in labels:
        where = f"{l.get('conv')}#{l.get('i')}"
        if set(l) != lkeys:
            err(f"{where}: label keys {sorted(set(l) ^ lkeys)}")
            continue
        if l["kind"] not in KINDS:
            err(f"{where}: kind {l['kind']}")
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err(f"{where}: bool fields")
        if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RF_KINDS | {None}):
            err(f"{where}: red_flag / red_flag_kind mismatch")
        if not isinstance(l["note"], str) or not l["note"].strip():
            err(f"{where}: empty note")
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err(f"{where}: kind {l['kind']} must have no writes")
        ld = local_date.get((l["conv"], l["i"]))
        if ld is None:
            continue
        for w in l["writes"]:
            check_fact(w, where, ld)
            if w.get("type") == "injury":
                if l["red_flag"] and w["severity"] != "severe":
                    err(f"{where}: red-flag injury should be severe")
                if not l["red_flag"] and w["pain"] is not None:
                    want = "mild" if w["pain"] <= 3 else ("moderate" if w["pain"] <= 6 else "severe")
                    if w["severity"] != want:
                        err(f"{where}: severity {w['severity']} for pain {w['pain']}")
                if w["body_part"] == "chest" and (l["red_flag_kind"] != "cardiac" or w["severity"] != "severe"):
                    err(f"{where}: chest injury must be severe + cardiac red flag")
            if w.get("type") == "race_result":
                runs = [x for x in l["writes"] if x.get("type") == "run" and x["date"] == w["date"]
                        and x["effort"] == "race"]
                if not runs:
                    err(f"{where}: race_result without a race run")

    # ---- counts ----
    if ERR:
        print("ERRORS:")
        for e in ERR:
            print("  " + e)
    n_conv, n_msg = len(by_conv), len(convs)
    facts = collections.Counter(w["type"] for l in labels for w in l["writes"])
    kinds = collections.Counter(l["kind"] for l in labels)
    rf_msgs = collections.Counter(l["red_flag_kind"] for l in labels if l["red_flag"])
    rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
    print(f"conversations: {n_conv}")
    print(f"messages: {n_msg}  (per conversation: " +
          ", ".join(f"{c}={len(ms)}" for c, ms in by_conv.items()) + ")")
    print(f"profiles: {len(profs)}  labels: {len(labels)}")
    print(f"red-flag messages: {sum(rf_msgs.values())} {dict(rf_msgs)}")
    print(f"red-flag conversations: {len(rf_convs)} {rf_convs}")
    print(f"messages with writes: {sum(1 for l in labels if l['writes'])}, facts: {sum(facts.values())}")
    print("facts by type: " + ", ".join(f"{k}={v}" for k, v in sorted(facts.items())))
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"clarify_ok true: {sum(1 for l in labels if l['clarify_ok'])}")
    print(f"after_coach answers: {sum(1 for m in convs if m['after_coach'])}")
    if len(rf_convs) < 4:
        err("fewer than 4 red-flag conversations")
    print("OK" if not ERR else f"FAILED with {len(ERR)} errors")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
