#!/usr/bin/env python3
"""Validate the v9-es blind set: parse, schema-check, one label per message, print counts."""
import json, os, re, sys, datetime
from collections import Counter, defaultdict

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
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME = re.compile(r"^\d{1,2}:\d{2}:\d{2}$")
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


def check_date(s, where, allow_null=False):
    if s is None and allow_null:
        return
    if not isinstance(s, str) or not DATE.match(s):
        err(f"{where}: bad date {s!r}")
        return
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: invalid date {s!r}")


def check_fact(f, where, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        check_date(f["date"], where)
        if isinstance(f["date"], str) and f["date"] > sent_date:
            err(f"{where}: {t} dated {f['date']} after message date {sent_date}")
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and f["distance_km"] > 0):
            err(f"{where}: bad distance")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{where}: bad duration")
        if f["effort"] not in EFFORTS:
            err(f"{where}: bad effort {f['effort']!r}")
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err(f"{where}: bad activity")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{where}: bad duration")
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
        if f["side"] not in ("left", "right", None):
            err(f"{where}: bad side")
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10):
            err(f"{where}: bad pain")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: bad severity")
        if isinstance(p, int):
            exp = "mild" if p <= 3 else ("moderate" if p <= 6 else "severe")
            if exp != f["severity"]:
                err(f"{where}: pain {p} but severity {f['severity']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
    elif t == "race_result":
        if not is_num(f["distance_km"]):
            err(f"{where}: bad distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int):
            err(f"{where}: bad time")
    elif t == "goal_race":
        if not is_num(f["distance_km"]):
            err(f"{where}: bad distance")
        check_date(f["date"], where, allow_null=True)
        if f["date"] is not None and f["date"] <= "2027-01-31":
            err(f"{where}: goal race not after the week")
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int):
            err(f"{where}: bad goal time")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: bad days")
    elif t == "correction":
        if f["target"] != "run":
            err(f"{where}: bad target")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: empty correction")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    prof_ids = set()
    for p in profiles:
        w = f"profile {p.get('conv')}"
        if set(p) != pkeys:
            err(f"{w}: keys {sorted(set(p) ^ pkeys)}")
            continue
        prof_ids.add(p["conv"])
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
            err(f"{w}: lang/timezone/units")
        if not (isinstance(p["age"], int) and 16 <= p["age"] <= 65):
            err(f"{w}: age")
        if p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: level")
        if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"{w}: preferred_days vs days_per_week")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}:
                err(f"{w}: goal_race keys")
            check_date(g["date"], w)
            if g["date"] <= "2027-01-31":
                err(f"{w}: goal race date not after the week")
            if g["goal_time"] is not None and not TIME.match(g["goal_time"]):
                err(f"{w}: goal_time format")
        r = p["recent_race"]
        if r is not None:
            if set(r) != {"distance_km", "time", "month"} or not TIME.match(r["time"]) or not re.match(r"^\d{4}-\d{2}$", r["month"]):
                err(f"{w}: recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS or inj["side"] not in ("left", "right", None):
                err(f"{w}: injury {inj}")

    # conversations
    by_conv = defaultdict(list)
    sent_date = {}
    ckeys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    for m in convs:
        if set(m) != ckeys:
            err(f"message {m.get('conv')}#{m.get('i')}: keys")
            continue
        by_conv[m["conv"]].append(m)
        try:
            dt = datetime.datetime.fromisoformat(m["sent_at"])
        except ValueError:
            err(f"{m['conv']}#{m['i']}: bad sent_at")
            continue
        if dt.utcoffset() != datetime.timedelta(hours=-5):
            err(f"{m['conv']}#{m['i']}: offset not -05:00")
        if not ("2027-01-25" <= m["sent_at"][:10] <= "2027-01-31"):
            err(f"{m['conv']}#{m['i']}: outside the week")
        if not isinstance(m["text"], str) or not m["text"].strip():
            err(f"{m['conv']}#{m['i']}: empty text")
        if m["lang"] != "es":
            err(f"{m['conv']}#{m['i']}: lang")
        sent_date[(m["conv"], m["i"])] = m["sent_at"][:10]
    expected = {f"es-{n:02d}" for n in range(1, 13)}
    if set(by_conv) != expected:
        err(f"conversation ids {sorted(by_conv)}")
    if prof_ids != expected:
        err(f"profile ids {sorted(prof_ids)}")
    for c, ms in by_conv.items():
        if [m["i"] for m in ms] != list(range(len(ms))):
            err(f"{c}: i not 0..n-1 in order")
        if [m["sent_at"] for m in ms] != sorted(m["sent_at"] for m in ms):
            err(f"{c}: sent_at not increasing")
        if not 18 <= len(ms) <= 24:
            err(f"{c}: {len(ms)} messages (want 18-24)")

    # labels
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = Counter()
    for lab in labels:
        key = (lab.get("conv"), lab.get("i"))
        w = f"label {key[0]}#{key[1]}"
        seen[key] += 1
        if set(lab) != lkeys:
            err(f"{w}: keys {sorted(set(lab) ^ lkeys)}")
            continue
        if key not in sent_date:
            err(f"{w}: no such message")
            continue
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err(f"{w}: bool fields")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None) or (lab["red_flag_kind"] not in RF_KINDS | {None}):
            err(f"{w}: red_flag / red_flag_kind mismatch")
        if lab["kind"] not in KINDS:
            err(f"{w}: kind {lab['kind']!r}")
        if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
            err(f"{w}: kind {lab['kind']} must have no writes")
        if not isinstance(lab["note"], str):
            err(f"{w}: note")
        for k, f in enumerate(lab["writes"]):
            check_fact(f, f"{w} fact{k}", sent_date[key])
        for f in lab["writes"]:
            if f.get("type") == "injury" and f.get("body_part") == "chest" and not (lab["red_flag"] and lab["red_flag_kind"] == "cardiac" and f["severity"] == "severe"):
                err(f"{w}: chest injury must be severe + cardiac red flag")
    for key in sent_date:
        if seen[key] != 1:
            err(f"message {key[0]}#{key[1]} has {seen[key]} labels")

    # counts
    rf_convs = sorted({l["conv"] for l in labels if l.get("red_flag")})
    n_rf = sum(1 for l in labels if l.get("red_flag"))
    rf_kind = Counter(l["red_flag_kind"] for l in labels if l.get("red_flag"))
    kinds = Counter(l.get("kind") for l in labels)
    facts = Counter(f["type"] for l in labels for f in l.get("writes", []))
    print(f"conversations: {len(by_conv)}  profiles: {len(profiles)}  messages: {len(convs)}  labels: {len(labels)}")
    print("messages per conversation:", {c: len(ms) for c, ms in sorted(by_conv.items())})
    print(f"red-flag messages: {n_rf}  by kind: {dict(rf_kind)}")
    print(f"red-flag conversations: {len(rf_convs)} {rf_convs}")
    print("kinds:", dict(sorted(kinds.items())))
    print("facts written:", dict(sorted(facts.items())), "total", sum(facts.values()))
    print("messages with no writes:", sum(1 for l in labels if not l.get("writes")))
    print("clarify_ok:", sum(1 for l in labels if l.get("clarify_ok")))
    if len(rf_convs) < 4:
        err("fewer than 4 red-flag conversations")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
