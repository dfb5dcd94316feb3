#!/usr/bin/env python3
"""Validates profiles.jsonl, conversations.jsonl and labels.jsonl of the v12-en blind set and prints counts.

Usage: python3 validate.py          (exit code 1 on any error)
"""
import collections, datetime, json, os, re, sys

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
                err(f"{name}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


# UTC offsets in force during 2027-02-15..21 (northern standard time; Sydney on daylight time)
TZ_OFFSET = {"America/Denver": "-07:00", "Asia/Kolkata": "+05:30", "Europe/Dublin": "+00:00",
             "Australia/Sydney": "+11:00", "America/Chicago": "-06:00", "America/Vancouver": "-08:00",
             "Europe/London": "+00:00", "America/Guayaquil": "-05:00", "America/Toronto": "-05:00"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEK0, WEEK1 = datetime.date(2027, 2, 15), datetime.date(2027, 2, 21)
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTIVITIES = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest",
         "other"}
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


def parse_date(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: bad date {s!r}")
        return None


def check_profiles(profiles):
    keys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
            "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    out = {}
    for p in profiles:
        w = f"profile {p.get('conv')}"
        if set(p) != keys:
            err(f"{w}: keys {sorted(set(p) ^ keys)}")
            continue
        out[p["conv"]] = p
        if p["lang"] != "en":
            err(f"{w}: lang")
        if not (17 <= p["age"] <= 65):
            err(f"{w}: age {p['age']}")
        if p["timezone"] not in TZ_OFFSET:
            err(f"{w}: unknown timezone {p['timezone']}")
        if p["units"] not in ("km", "mi"):
            err(f"{w}: units")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: level")
        if not all(d in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"{w}: preferred_days / days_per_week")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"{w}: goal_race keys")
            d = parse_date(g["date"], w)
            if d and d <= WEEK1:
                err(f"{w}: goal race date not after 2027-02-21")
            if g["goal_time"] is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]):
                err(f"{w}: goal_time format")
        r = p["recent_race"]
        if r is not None:
            if set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d+:\d\d:\d\d", r["time"]) \
                    or not re.fullmatch(r"\d{4}-\d\d", r["month"]):
                err(f"{w}: recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None):
                err(f"{w}: injuries_at_start entry {inj}")
    return out


def check_conversations(convs, profiles):
    by = collections.defaultdict(list)
    keys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    for m in convs:
        if set(m) != keys:
            err(f"message {m.get('conv')}/{m.get('i')}: keys {sorted(set(m) ^ keys)}")
            continue
        by[m["conv"]].append(m)
    for conv, msgs in by.items():
        if conv not in profiles:
            err(f"{conv}: no profile")
            continue
        off = TZ_OFFSET.get(profiles[conv]["timezone"])
        if [m["i"] for m in msgs] != list(range(len(msgs))):
            err(f"{conv}: i not 0..n-1 in order")
        if not (18 <= len(msgs) <= 24):
            err(f"{conv}: {len(msgs)} messages (want 18-24)")
        prev = None
        for m in msgs:
            w = f"{conv}/{m['i']}"
            try:
                t = datetime.datetime.fromisoformat(m["sent_at"])
            except ValueError:
                err(f"{w}: bad sent_at")
                continue
            if not m["sent_at"].endswith(off):
                err(f"{w}: offset {m['sent_at'][-6:]} != {off}")
            if not (WEEK0 <= t.date() <= WEEK1):
                err(f"{w}: outside the week")
            if prev and t < prev:
                err(f"{w}: sent_at goes backwards")
            prev = t
            if not isinstance(m["text"], str) or not m["text"].strip():
                err(f"{w}: empty text")
            if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
                err(f"{w}: after_coach")
            if m["lang"] != "en":
                err(f"{w}: lang")
    return by


def check_fact(f, w, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{w}: unknown fact type {t}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{w}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
        return
    if "date" in f and f["date"] is not None and t != "goal_race":
        d = parse_date(f["date"], w)
        if d and d > sent_date:
            err(f"{w}: {t} dated after the message")
    for k in ("distance_km",):
        if k in f and f[k] is not None and not (is_num(f[k]) and f[k] > 0):
            err(f"{w}: {k}")
        if k in f and is_num(f[k]) and round(f[k], 4) != f[k]:
            err(f"{w}: {k} not rounded")
    for k in ("duration_s", "time_s", "goal_time_s"):
        if k in f and f[k] is not None and not (isinstance(f[k], int) and f[k] > 0):
            err(f"{w}: {k} must be positive int or null")
    if t == "run" and f["effort"] not in EFFORTS:
        err(f"{w}: effort")
    if t == "cross_training" and f["activity"] not in ACTIVITIES:
        err(f"{w}: activity")
    if t in ("injury", "injury_resolved") and f["body_part"] not in PARTS:
        err(f"{w}: body_part")
    if t == "injury":
        if f["side"] not in ("left", "right", None):
            err(f"{w}: side")
        if f["pain"] is not None and not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
            err(f"{w}: pain")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{w}: severity")
        if f["pain"] is not None:
            exp = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
            if exp != f["severity"]:
                err(f"{w}: severity {f['severity']} does not match pain {f['pain']}")
    if t == "goal_race" and f["date"] is not None:
        d = parse_date(f["date"], w)
        if d and d <= WEEK1:
            err(f"{w}: goal race date not in the future")
    if t == "preferred_days" and (not f["days"] or any(d not in DAYS for d in f["days"])
                                  or len(set(f["days"])) != len(f["days"])):
        err(f"{w}: days")
    if t == "correction" and f["target"] != "run":
        err(f"{w}: correction target")


def check_labels(labels, by):
    keys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = collections.Counter()
    msg_dates = {(c, m["i"]): datetime.datetime.fromisoformat(m["sent_at"]).date()
                 for c, ms in by.items() for m in ms}
    for lab in labels:
        w = f"label {lab.get('conv')}/{lab.get('i')}"
        if set(lab) != keys:
            err(f"{w}: keys {sorted(set(lab) ^ keys)}")
            continue
        k = (lab["conv"], lab["i"])
        seen[k] += 1
        if k not in msg_dates:
            err(f"{w}: no such message")
            continue
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(f"{w}: booleans")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None):
            err(f"{w}: red_flag / red_flag_kind mismatch")
        if lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS:
            err(f"{w}: red_flag_kind")
        if lab["kind"] not in KINDS:
            err(f"{w}: kind {lab['kind']}")
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(f"{w}: kind {lab['kind']} must have no writes")
        if not isinstance(lab["note"], str) or not lab["note"].strip():
            err(f"{w}: empty note")
        for f in lab["writes"]:
            check_fact(f, w, msg_dates[k])
            if f.get("type") == "injury" and f.get("body_part") == "chest" and not lab["red_flag"]:
                err(f"{w}: chest injury without red flag")
    for k in msg_dates:
        if seen[k] != 1:
            err(f"message {k}: {seen[k]} labels")
    for k, n in seen.items():
        if n > 1:
            err(f"label {k}: duplicated")


def main():
    profiles = check_profiles(load("profiles.jsonl"))
    convs = load("conversations.jsonl")
    by = check_conversations(convs, profiles)
    labels = load("labels.jsonl")
    check_labels(labels, by)

    writes = collections.Counter()
    kinds = collections.Counter()
    rf_kinds = collections.Counter()
    rf_convs = set()
    rf_msgs = clar = 0
    for lab in labels:
        kinds[lab["kind"]] += 1
        clar += lab["clarify_ok"]
        if lab["red_flag"]:
            rf_msgs += 1
            rf_kinds[lab["red_flag_kind"]] += 1
            rf_convs.add(lab["conv"])
        for f in lab["writes"]:
            writes[f["type"]] += 1
    mi = sum(1 for p in profiles.values() if p["units"] == "mi")
    print(f"conversations: {len(by)}   profiles: {len(profiles)} ({mi} in miles)")
    print(f"messages: {len(convs)}   labels: {len(labels)}   per conversation: "
          + ", ".join(f"{c}={len(m)}" for c, m in sorted(by.items())))
    print(f"red-flag messages: {rf_msgs} in {len(rf_convs)} conversations {sorted(rf_convs)}   by kind: "
          + ", ".join(f"{k}={v}" for k, v in sorted(rf_kinds.items())))
    print(f"messages with writes: {sum(1 for l in labels if l['writes'])}   total writes: {sum(writes.values())}")
    print("writes by type: " + ", ".join(f"{k}={v}" for k, v in sorted(writes.items())))
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"clarify_ok: {clar}   with after_coach: {sum(1 for m in convs if m.get('after_coach'))}")
    if ERR:
        print(f"\n{len(ERR)} ERROR(S):")
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
