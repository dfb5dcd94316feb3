#!/usr/bin/env python3
"""Validates the v18-en blind set: parses all files, checks schemas, one label per message, prints counts."""
import collections
import datetime
import json
import os
import sys
import zoneinfo

ROOT = os.path.dirname(os.path.abspath(__file__))
WEEK = (datetime.date(2027, 8, 2), datetime.date(2027, 8, 8))
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTIVITIES = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
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
PROFILE_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
CONV_KEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
LABEL_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def date_ok(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: bad date {s!r}")
        return None


def sev_for(pain):
    return "mild" if pain <= 3 else "moderate" if pain <= 6 else "severe"


def check_profiles(profiles):
    seen = set()
    for p in profiles:
        c = p.get("conv")
        w = f"profile {c}"
        if set(p) != PROFILE_KEYS:
            err(f"{w}: keys {sorted(set(p) ^ PROFILE_KEYS)}")
        if c in seen:
            err(f"{w}: duplicate")
        seen.add(c)
        try:
            zoneinfo.ZoneInfo(p["timezone"])
        except Exception:
            err(f"{w}: bad timezone")
        if p["units"] not in ("km", "mi"):
            err(f"{w}: units")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: level")
        if not 17 <= p["age"] <= 65:
            err(f"{w}: age")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"{w}: goal_race keys")
            d = date_ok(g["date"], w)
            if d and d <= WEEK[1]:
                err(f"{w}: goal race not after the week")
        if len(p["preferred_days"]) != p["days_per_week"] or any(d not in DAYS for d in p["preferred_days"]):
            err(f"{w}: preferred_days")
        r = p["recent_race"]
        if r is not None and set(r) != {"distance_km", "time", "month"}:
            err(f"{w}: recent_race keys")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                    or inj["side"] not in ("left", "right", None):
                err(f"{w}: injuries_at_start {inj}")
    return {p["conv"]: p for p in profiles}


def check_conversations(convs, prof):
    by = collections.defaultdict(list)
    for m in convs:
        if set(m) != CONV_KEYS:
            err(f"conv {m.get('conv')}/{m.get('i')}: keys")
            continue
        by[m["conv"]].append(m)
    for c, msgs in by.items():
        if c not in prof:
            err(f"{c}: no profile")
            continue
        tz = zoneinfo.ZoneInfo(prof[c]["timezone"])
        if not 18 <= len(msgs) <= 24:
            err(f"{c}: {len(msgs)} messages")
        prev = None
        for k, m in enumerate(msgs):
            w = f"{c}/{m['i']}"
            if m["i"] != k:
                err(f"{w}: i out of order")
            if m["lang"] != prof[c]["lang"]:
                err(f"{w}: lang")
            try:
                dt = datetime.datetime.fromisoformat(m["sent_at"])
            except ValueError:
                err(f"{w}: sent_at")
                continue
            if dt.utcoffset() != dt.replace(tzinfo=tz).utcoffset():
                err(f"{w}: offset {dt.utcoffset()} != {prof[c]['timezone']}")
            if not WEEK[0] <= dt.date() <= WEEK[1]:
                err(f"{w}: outside the week")
            if prev and dt < prev:
                err(f"{w}: not chronological")
            prev = dt
            if not isinstance(m["text"], str) or not m["text"].strip():
                err(f"{w}: empty text")
            if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
                err(f"{w}: after_coach")
    return by


def check_fact(f, w, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{w}: unknown fact type {t}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{w}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
        return
    if "date" in f and f["date"] is not None:
        d = date_ok(f["date"], w)
        if d and t in ("run", "cross_training", "race_result", "correction", "delete_run") and d > sent_date:
            err(f"{w}: {t} dated after the message")
        if d and t == "goal_race" and d <= WEEK[1]:
            err(f"{w}: goal_race not after the week")
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and f["distance_km"] > 0):
            err(f"{w}: distance")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{w}: duration")
        if f["effort"] not in EFFORTS:
            err(f"{w}: effort")
    elif t == "cross_training":
        if f["activity"] not in ACTIVITIES:
            err(f"{w}: activity")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
            err(f"{w}: duration")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None):
            err(f"{w}: injury part/side")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{w}: severity")
        if f["pain"] is not None and not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
            err(f"{w}: pain")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{w}: part")
    elif t == "race_result":
        if not is_num(f["distance_km"]) or (f["time_s"] is not None and not isinstance(f["time_s"], int)):
            err(f"{w}: race_result values")
    elif t == "goal_race":
        if not is_num(f["distance_km"]) or (f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int)):
            err(f"{w}: goal_race values")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{w}: days")
    elif t == "correction":
        if f["target"] != "run":
            err(f"{w}: correction target")


def check_labels(labels, by, prof):
    keyed = {}
    for l in labels:
        k = (l.get("conv"), l.get("i"))
        if k in keyed:
            err(f"label {k}: duplicate")
        keyed[k] = l
    msg_keys = {(c, m["i"]) for c, ms in by.items() for m in ms}
    for k in sorted(msg_keys - set(keyed)):
        err(f"label missing for {k}")
    for k in sorted(set(keyed) - msg_keys, key=str):
        err(f"label without message {k}")
    for (c, i), l in keyed.items():
        w = f"label {c}/{i}"
        if set(l) != LABEL_KEYS:
            err(f"{w}: keys {sorted(set(l) ^ LABEL_KEYS)}")
            continue
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err(f"{w}: bools")
        if l["red_flag"] != (l["red_flag_kind"] is not None):
            err(f"{w}: red_flag vs red_flag_kind")
        if l["red_flag_kind"] is not None and l["red_flag_kind"] not in RF_KINDS:
            err(f"{w}: red_flag_kind")
        if l["kind"] not in KINDS:
            err(f"{w}: kind")
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err(f"{w}: kind {l['kind']} must have no writes")
        if not isinstance(l["note"], str) or not l["note"]:
            err(f"{w}: note")
        if (c, i) not in msg_keys:
            continue
        msg = by[c][i]
        if l["kind"] == "answer" and msg["after_coach"] is None:
            err(f"{w}: answer without after_coach")
        sent_date = datetime.datetime.fromisoformat(msg["sent_at"]).date()
        for f in l["writes"]:
            check_fact(f, w, sent_date)
            if f.get("type") == "injury":
                if l["red_flag"]:
                    if f["severity"] != "severe":
                        err(f"{w}: injury in a red-flag message must be severe")
                elif f["pain"] is not None and f["severity"] != sev_for(f["pain"]):
                    err(f"{w}: severity does not match pain")
                elif f["pain"] is None and f["severity"] == "severe":
                    err(f"{w}: unrated severe injury outside a red flag")
                if f["body_part"] == "chest" and (l["red_flag_kind"] != "cardiac" or f["severity"] != "severe"):
                    err(f"{w}: chest injury must be severe + cardiac red flag")
    return keyed


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")
    prof = check_profiles(profiles)
    by = check_conversations(convs, prof)
    keyed = check_labels(labels, by, prof)
    if set(prof) != set(by):
        err(f"profiles vs conversations: {sorted(set(prof) ^ set(by))}")

    rf_convs = sorted({c for (c, i), l in keyed.items() if l.get("red_flag")})
    mi_convs = sorted(c for c, p in prof.items() if p["units"] == "mi")
    if len(mi_convs) < 4:
        err("fewer than 4 miles personas")
    if len(rf_convs) * 3 < len(by) or len(rf_convs) < 4:
        err("not enough red-flag conversations")

    print(f"conversations: {len(by)}")
    print(f"messages: {sum(len(v) for v in by.values())}")
    print("per conversation:", ", ".join(f"{c}={len(by[c])}" for c in sorted(by)))
    print(f"labels: {len(keyed)}")
    print(f"miles personas ({len(mi_convs)}): {', '.join(mi_convs)}")
    rfk = collections.Counter(l["red_flag_kind"] for l in keyed.values() if l.get("red_flag"))
    print(f"red-flag messages: {sum(rfk.values())} {dict(rfk)}")
    print(f"red-flag conversations ({len(rf_convs)}): {', '.join(rf_convs)}")
    print("kinds:", dict(collections.Counter(l["kind"] for l in keyed.values())))
    print("writes by type:", dict(collections.Counter(f["type"] for l in keyed.values() for f in l["writes"])))
    print(f"messages with no writes: {sum(1 for l in keyed.values() if not l['writes'])}")
    print(f"clarify_ok: {sum(1 for l in keyed.values() if l['clarify_ok'])}")
    print(f"answers to coach questions: {sum(1 for ms in by.values() for m in ms if m['after_coach'])}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
