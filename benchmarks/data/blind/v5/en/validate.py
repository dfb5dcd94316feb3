#!/usr/bin/env python3
"""Validate the English blind set: parse all jsonl, check schemas, one label per message, print counts."""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime, date

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
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
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEK = (date(2026, 12, 7), date(2026, 12, 20))  # facts may refer to a day shortly before the week


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_date(where, d, lo=WEEK[0], hi=WEEK[1]):
    if not isinstance(d, str) or not DATE_RE.match(d):
        err(f"{where}: bad date {d!r}")
        return
    dd = date.fromisoformat(d)
    if not (lo <= dd <= hi):
        err(f"{where}: date {d} outside {lo}..{hi}")


def sev_for(p):
    return "mild" if p <= 3 else "moderate" if p <= 6 else "severe"


def check_fact(where, f, msg_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        check_date(where, f["date"], hi=msg_date)
    if t == "run":
        if f["distance_km"] is not None and not (isnum(f["distance_km"]) and f["distance_km"] > 0):
            err(f"{where}: bad distance")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{where}: bad duration")
        if f["effort"] not in EFFORTS:
            err(f"{where}: bad effort {f['effort']}")
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err(f"{where}: bad activity")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
            err(f"{where}: bad duration")
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
        if f["side"] not in ("left", "right", None):
            err(f"{where}: bad side")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: bad severity")
        if f["pain"] is not None:
            if not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
                err(f"{where}: bad pain")
            elif sev_for(f["pain"]) != f["severity"]:
                err(f"{where}: pain {f['pain']} vs severity {f['severity']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part")
    elif t == "race_result":
        if not isnum(f["distance_km"]):
            err(f"{where}: bad distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int):
            err(f"{where}: bad time")
    elif t == "goal_race":
        if not isnum(f["distance_km"]):
            err(f"{where}: bad distance")
        if f["date"] is not None:
            check_date(where, f["date"], lo=date(2026, 12, 21), hi=date(2030, 1, 1))
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int):
            err(f"{where}: bad goal time")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: bad days")
    elif t == "correction":
        if f["target"] != "run":
            err(f"{where}: bad target")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: correction changes nothing")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    prof = {}
    for p in profiles:
        c = p.get("conv")
        if set(p) != pkeys:
            err(f"profile {c}: keys {sorted(set(p) ^ pkeys)}")
            continue
        prof[c] = p
        if p["lang"] != "en": err(f"profile {c}: lang")
        if not (17 <= p["age"] <= 65): err(f"profile {c}: age")
        if p["units"] not in ("km", "mi"): err(f"profile {c}: units")
        if p["level"] not in ("beginner", "intermediate", "advanced"): err(f"profile {c}: level")
        if not set(p["preferred_days"]) <= DAYS: err(f"profile {c}: days")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c}: goal keys")
            elif date.fromisoformat(g["date"]) <= date(2026, 12, 20): err(f"profile {c}: goal date not after week")
            elif g["goal_time"] is not None and not re.match(r"^\d+:\d\d:\d\d$", g["goal_time"]): err(f"profile {c}: goal_time")
        r = p["recent_race"]
        if r is not None and set(r) != {"distance_km", "time", "month"}: err(f"profile {c}: recent_race keys")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"}: err(f"profile {c}: injury keys")

    # conversations
    ckeys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    by_conv = defaultdict(list)
    for m in convs:
        if set(m) != ckeys:
            err(f"message {m.get('conv')}/{m.get('i')}: keys")
            continue
        by_conv[m["conv"]].append(m)
    msg_date = {}
    for c, ms in by_conv.items():
        if c not in prof: err(f"{c}: no profile")
        if [m["i"] for m in ms] != list(range(len(ms))): err(f"{c}: i not 0..n-1 in order")
        if not (18 <= len(ms) <= 24): err(f"{c}: {len(ms)} messages (want 18-24)")
        prev = None
        for m in ms:
            try:
                dt = datetime.fromisoformat(m["sent_at"])
            except ValueError:
                err(f"{c}/{m['i']}: bad sent_at"); continue
            if dt.tzinfo is None: err(f"{c}/{m['i']}: no offset")
            if not (date(2026, 12, 14) <= dt.date() <= date(2026, 12, 20)): err(f"{c}/{m['i']}: outside week")
            if prev and dt < prev: err(f"{c}/{m['i']}: out of order")
            prev = dt
            msg_date[(c, m["i"])] = dt.date()
            if not m["text"].strip(): err(f"{c}/{m['i']}: empty text")
        offs = {m["sent_at"][-6:] for m in ms}
        if len(offs) != 1: err(f"{c}: several offsets {offs}")
    for c in prof:
        if c not in by_conv: err(f"{c}: profile without conversation")

    # labels
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    seen = Counter()
    for l in labels:
        k = (l.get("conv"), l.get("i"))
        seen[k] += 1
        where = f"label {k[0]}/{k[1]}"
        if set(l) != lkeys:
            err(f"{where}: keys"); continue
        if k not in msg_date:
            err(f"{where}: no such message"); continue
        if not isinstance(l["red_flag"], bool): err(f"{where}: red_flag")
        if l["red_flag"] != (l["red_flag_kind"] is not None): err(f"{where}: red_flag/kind mismatch")
        if l["red_flag_kind"] not in RF_KINDS | {None}: err(f"{where}: red_flag_kind")
        if l["kind"] not in KINDS: err(f"{where}: kind {l['kind']}")
        if l["kind"] in NOWRITE_KINDS and l["writes"]: err(f"{where}: kind {l['kind']} with writes")
        if not isinstance(l["clarify_ok"], bool): err(f"{where}: clarify_ok")
        if not isinstance(l["note"], str) or not l["note"]: err(f"{where}: note")
        for j, f in enumerate(l["writes"]):
            check_fact(f"{where} w{j}", f, msg_date[k])
    for k in msg_date:
        if seen[k] != 1: err(f"message {k}: {seen[k]} labels")

    # counts
    units = Counter(p["units"] for p in profiles)
    rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
    kinds = Counter(l["kind"] for l in labels)
    rfk = Counter(l["red_flag_kind"] for l in labels if l["red_flag"])
    facts = Counter(f["type"] for l in labels for f in l["writes"])
    print(f"conversations: {len(by_conv)}  profiles: {len(profiles)}  messages: {len(convs)}  labels: {len(labels)}")
    print(f"messages per conversation: " + ", ".join(f"{c}={len(ms)}" for c, ms in sorted(by_conv.items())))
    print(f"units: {dict(units)}")
    print(f"red-flag messages: {sum(rfk.values())} {dict(rfk)}  in {len(rf_convs)} conversations: {', '.join(rf_convs)}")
    print(f"messages with writes: {sum(1 for l in labels if l['writes'])}  without: {sum(1 for l in labels if not l['writes'])}")
    print(f"facts: {sum(facts.values())} " + str(dict(sorted(facts.items()))))
    print(f"kinds: " + str(dict(sorted(kinds.items()))))
    print(f"clarify_ok: {sum(1 for l in labels if l['clarify_ok'])}  after_coach answers: {sum(1 for m in convs if m['after_coach'])}")
    if errors:
        print(f"\nERRORS ({len(errors)}):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
