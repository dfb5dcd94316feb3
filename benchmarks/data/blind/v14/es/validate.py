#!/usr/bin/env python3
"""Validate the v14-es blind set: parse, schema, one label per message, print counts."""
import json, os, re, sys
from collections import Counter
from datetime import date, datetime

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n} blank line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} bad json: {e}")
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
RFK = {"musculoskeletal", "cardiac", "heat"}
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
WEEK0, WEEK1 = date(2027, 4, 12), date(2027, 4, 18)
SENT_RE = re.compile(r"^2027-\d\d-\d\dT\d\d:\d\d:\d\d-05:00$")


def isdate(s):
    try:
        return date.fromisoformat(s)
    except Exception:
        return None


def num_or_null(v, integer=False):
    if v is None:
        return True
    if isinstance(v, bool):
        return False
    return isinstance(v, int) if integer else isinstance(v, (int, float))


def check_fact(where, f, sent_day):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t}"); return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        d = isdate(f["date"])
        if not d:
            err(f"{where}: bad date {f['date']}")
        elif d > sent_day:
            err(f"{where}: {t} date {d} after message day {sent_day}")
    if t == "run":
        if not num_or_null(f["distance_km"]) or not num_or_null(f["duration_s"], True):
            err(f"{where}: run numbers")
        if f["effort"] not in EFFORTS:
            err(f"{where}: effort {f['effort']}")
    elif t == "cross_training":
        if f["activity"] not in ACTS or not num_or_null(f["duration_s"], True):
            err(f"{where}: cross_training fields")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None):
            err(f"{where}: injury part/side")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: severity")
        p = f["pain"]
        if p is not None:
            if not isinstance(p, int) or not 0 <= p <= 10:
                err(f"{where}: pain {p}")
            else:
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if exp != f["severity"]:
                    err(f"{where}: pain {p} but severity {f['severity']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: resolved part")
    elif t == "race_result":
        if not num_or_null(f["distance_km"]) or f["distance_km"] is None or not num_or_null(f["time_s"], True):
            err(f"{where}: race_result numbers")
    elif t == "goal_race":
        if f["date"] is not None and (not isdate(f["date"]) or isdate(f["date"]) <= WEEK1):
            err(f"{where}: goal date {f['date']}")
        if not num_or_null(f["goal_time_s"], True) or not isinstance(f["distance_km"], (int, float)):
            err(f"{where}: goal numbers")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: days {f['days']}")
    elif t == "correction":
        if f["target"] != "run" or not num_or_null(f["distance_km"]) or not num_or_null(f["duration_s"], True):
            err(f"{where}: correction fields")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    pconv = set()
    for p in profiles:
        w = f"profile {p.get('conv')}"
        if set(p) != pkeys:
            err(f"{w}: keys {sorted(set(p) ^ pkeys)}")
            continue
        pconv.add(p["conv"])
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
            err(f"{w}: lang/tz/units")
        if not (16 <= p["age"] <= 65) or p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: age/level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"{w}: days")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"} or not isdate(g["date"]) or isdate(g["date"]) <= WEEK1:
                err(f"{w}: goal_race")
            if g["goal_time"] is not None and not re.match(r"^\d+:\d\d:\d\d$", g["goal_time"]):
                err(f"{w}: goal_time format")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.match(r"^\d+:\d\d:\d\d$", r["time"])
                              or not re.match(r"^\d{4}-\d\d$", r["month"])):
            err(f"{w}: recent_race")
        for j in p["injuries_at_start"]:
            if set(j) != {"body_part", "side", "note", "current"} or j["side"] not in ("left", "right", None):
                err(f"{w}: injury {j}")

    # conversations
    by_conv = {}
    for m in convs:
        w = f"msg {m.get('conv')}#{m.get('i')}"
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
            err(f"{w}: keys"); continue
        if not SENT_RE.match(m["sent_at"]):
            err(f"{w}: sent_at {m['sent_at']}")
        if not m["text"].strip():
            err(f"{w}: empty text")
        by_conv.setdefault(m["conv"], []).append(m)
    if set(by_conv) != pconv:
        err(f"conv sets differ: {sorted(set(by_conv) ^ pconv)}")
    for c, ms in by_conv.items():
        if [m["i"] for m in ms] != list(range(len(ms))):
            err(f"{c}: i not 0..n-1 in order")
        if not 18 <= len(ms) <= 24:
            err(f"{c}: {len(ms)} messages")
        ts = [datetime.fromisoformat(m["sent_at"]) for m in ms]
        if ts != sorted(ts):
            err(f"{c}: sent_at not increasing")
        if not all(WEEK0 <= t.date() <= WEEK1 for t in ts):
            err(f"{c}: message outside the week")

    # labels
    lab = {}
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    for l in labels:
        k = (l.get("conv"), l.get("i"))
        w = f"label {k[0]}#{k[1]}"
        if set(l) != lkeys:
            err(f"{w}: keys"); continue
        if k in lab:
            err(f"{w}: duplicate")
        lab[k] = l
        if l["kind"] not in KINDS:
            err(f"{w}: kind {l['kind']}")
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err(f"{w}: bools")
        if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RFK | {None}):
            err(f"{w}: red_flag/red_flag_kind mismatch")
        if l["kind"] in NOWRITE_KINDS and l["writes"]:
            err(f"{w}: kind {l['kind']} with writes")
        if not isinstance(l["note"], str):
            err(f"{w}: note")
        if l["red_flag"]:
            for f in l["writes"]:
                if f.get("type") == "injury" and f.get("severity") != "severe":
                    err(f"{w}: red-flag injury not severe")
    msgs = {(m["conv"], m["i"]): m for m in convs}
    if set(lab) != set(msgs):
        err(f"labels/messages mismatch: missing {sorted(set(msgs) - set(lab))[:5]} extra {sorted(set(lab) - set(msgs))[:5]}")
    for k, l in lab.items():
        if k in msgs:
            day = datetime.fromisoformat(msgs[k]["sent_at"]).date()
            for n, f in enumerate(l["writes"]):
                check_fact(f"label {k[0]}#{k[1]} fact {n}", f, day)

    # counts
    wt = Counter(f["type"] for l in labels for f in l["writes"])
    kinds = Counter(l["kind"] for l in labels)
    rfk = Counter(l["red_flag_kind"] for l in labels if l["red_flag"])
    rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
    print(f"conversations: {len(by_conv)}")
    print(f"messages: {len(convs)} (per conv: {', '.join(f'{c}={len(v)}' for c, v in sorted(by_conv.items()))})")
    print(f"labels: {len(labels)}")
    print(f"red-flag messages: {sum(l['red_flag'] for l in labels)} {dict(rfk)}")
    print(f"red-flag conversations: {len(rf_convs)} {rf_convs}")
    print(f"messages with writes: {sum(1 for l in labels if l['writes'])}; total writes: {sum(wt.values())}")
    print("writes by type: " + ", ".join(f"{t}={n}" for t, n in sorted(wt.items())))
    print("kinds: " + ", ".join(f"{t}={n}" for t, n in sorted(kinds.items())))
    print(f"clarify_ok: {sum(l['clarify_ok'] for l in labels)}")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
