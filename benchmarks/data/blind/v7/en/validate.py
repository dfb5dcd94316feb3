#!/usr/bin/env python3
"""Validate the v7-en blind set: parse profiles/conversations/labels, check schemas, one label per
message, internal consistency, and print counts. Exit code 1 on any error."""
import collections
import datetime as dt
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
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


def is_date(s):
    try:
        dt.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def two_dec(x):
    return abs(round(x, 2) - x) < 1e-9


DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
BODY = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORT = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACT = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
WEEK_START, WEEK_END = dt.date(2027, 1, 11), dt.date(2027, 1, 17)

# Mid-January UTC offsets (used if zoneinfo data is unavailable)
FALLBACK_OFFSET = {"America/Los_Angeles": "-08:00", "Europe/Dublin": "+00:00", "Asia/Kolkata": "+05:30",
                   "Asia/Singapore": "+08:00", "America/Chicago": "-06:00", "Europe/London": "+00:00",
                   "Australia/Melbourne": "+11:00", "America/Phoenix": "-07:00", "America/Toronto": "-05:00",
                   "America/Guayaquil": "-05:00"}


def expected_offset(tz, local_naive):
    try:
        from zoneinfo import ZoneInfo
        off = local_naive.replace(tzinfo=ZoneInfo(tz)).utcoffset()
        mins = int(off.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        mins = abs(mins)
        return f"{sign}{mins // 60:02d}:{mins % 60:02d}", "zoneinfo"
    except Exception:
        return FALLBACK_OFFSET.get(tz), "table"


# ---------------------------------------------------------------- profiles
profiles = load("profiles.jsonl")
PROFILE_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    c = p.get("conv")
    if set(p) != PROFILE_KEYS:
        err(f"profile {c}: keys {sorted(set(p) ^ PROFILE_KEYS)}")
    if c in prof:
        err(f"profile {c}: duplicate")
    prof[c] = p
    if p.get("lang") != "en":
        err(f"profile {c}: lang")
    if not (isinstance(p.get("age"), int) and 17 <= p["age"] <= 65):
        err(f"profile {c}: age {p.get('age')}")
    if p.get("units") not in ("km", "mi"):
        err(f"profile {c}: units")
    if p.get("level") not in ("beginner", "intermediate", "advanced"):
        err(f"profile {c}: level")
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"profile {c}: goal_race keys")
        if not is_date(g.get("date")) or dt.date.fromisoformat(g["date"]) <= WEEK_END:
            err(f"profile {c}: goal_race date must be after 2027-01-17")
        if g.get("goal_time") is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]):
            err(f"profile {c}: goal_time format")
    pd = p.get("preferred_days")
    if not (isinstance(pd, list) and pd and all(d in DAYS for d in pd) and len(set(pd)) == len(pd)):
        err(f"profile {c}: preferred_days")
    if p.get("days_per_week") != len(pd or []):
        err(f"profile {c}: days_per_week != len(preferred_days)")
    for k in ("weekly_km", "longest_run_km"):
        if not is_num(p.get(k)):
            err(f"profile {c}: {k}")
    r = p.get("recent_race")
    if r is not None:
        if set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d+:\d\d:\d\d", r["time"]) \
                or not re.fullmatch(r"\d{4}-\d\d", r["month"]):
            err(f"profile {c}: recent_race")
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in BODY \
                or inj["side"] not in ("left", "right", None) or not isinstance(inj["current"], bool):
            err(f"profile {c}: injury {inj}")

# ---------------------------------------------------------------- conversations
convs = load("conversations.jsonl")
CONV_KEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
msgs = collections.OrderedDict()
by_conv = collections.defaultdict(list)
tz_source = set()
for m in convs:
    c, i = m.get("conv"), m.get("i")
    if set(m) != CONV_KEYS:
        err(f"msg {c}/{i}: keys")
    if (c, i) in msgs:
        err(f"msg {c}/{i}: duplicate")
    msgs[(c, i)] = m
    by_conv[c].append(m)
    if c not in prof:
        err(f"msg {c}/{i}: no profile")
        continue
    if m.get("lang") != "en":
        err(f"msg {c}/{i}: lang")
    if not isinstance(m.get("text"), str) or not m["text"].strip():
        err(f"msg {c}/{i}: empty text")
    if m.get("after_coach") is not None and not isinstance(m["after_coach"], str):
        err(f"msg {c}/{i}: after_coach")
    s = m.get("sent_at", "")
    mm = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)([+-]\d\d:\d\d)", s)
    if not mm:
        err(f"msg {c}/{i}: sent_at format {s}")
        continue
    local = dt.datetime.fromisoformat(mm.group(1))
    exp, src = expected_offset(prof[c]["timezone"], local)
    tz_source.add(src)
    if mm.group(2) != exp:
        err(f"msg {c}/{i}: offset {mm.group(2)} != {exp} for {prof[c]['timezone']}")
    if not (WEEK_START <= local.date() <= WEEK_END):
        err(f"msg {c}/{i}: sent_at outside the week")

for c, lst in by_conv.items():
    if [m["i"] for m in lst] != list(range(len(lst))):
        err(f"conv {c}: i not 0..n-1 in order")
    if not 18 <= len(lst) <= 24:
        err(f"conv {c}: {len(lst)} messages (need 18-24)")
    times = [dt.datetime.fromisoformat(m["sent_at"]) for m in lst]
    if times != sorted(times):
        err(f"conv {c}: sent_at not in order")
if set(by_conv) != set(prof):
    err("conversations and profiles cover different convs")

# ---------------------------------------------------------------- labels
labels = load("labels.jsonl")
LABEL_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
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


def opt_num(x):
    return x is None or is_num(x)


def opt_int(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x > 0)


seen = set()
lab = {}
for l in labels:
    c, i = l.get("conv"), l.get("i")
    key = (c, i)
    tag = f"label {c}/{i}"
    if set(l) != LABEL_KEYS:
        err(f"{tag}: keys {sorted(set(l) ^ LABEL_KEYS)}")
        continue
    if key in seen:
        err(f"{tag}: duplicate label")
    seen.add(key)
    lab[key] = l
    if key not in msgs:
        err(f"{tag}: no such message")
        continue
    sent_date = dt.date.fromisoformat(msgs[key]["sent_at"][:10])
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
        err(f"{tag}: bool fields")
    if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RF_KINDS | {None}):
        err(f"{tag}: red_flag / red_flag_kind mismatch")
    if l["kind"] not in KINDS:
        err(f"{tag}: kind {l['kind']}")
    if not isinstance(l["note"], str) or not l["note"].strip():
        err(f"{tag}: empty note")
    if not isinstance(l["writes"], list):
        err(f"{tag}: writes not a list")
        continue
    if l["kind"] in NO_WRITE_KINDS and l["writes"]:
        err(f"{tag}: kind {l['kind']} must have no writes")
    if l["kind"] == "answer" and msgs[key]["after_coach"] is None:
        err(f"{tag}: answer without after_coach")
    for w in l["writes"]:
        t = w.get("type")
        if t not in FACT_KEYS:
            err(f"{tag}: fact type {t}")
            continue
        if set(w) != FACT_KEYS[t]:
            err(f"{tag}: {t} keys {sorted(set(w) ^ FACT_KEYS[t])}")
            continue
        if "date" in w and t != "goal_race":
            if not is_date(w["date"]):
                err(f"{tag}: {t} date")
            elif dt.date.fromisoformat(w["date"]) > sent_date:
                err(f"{tag}: {t} date after the message's local date")
        if t == "run":
            if not opt_num(w["distance_km"]) or (w["distance_km"] is not None and not two_dec(w["distance_km"])):
                err(f"{tag}: run distance")
            if not opt_int(w["duration_s"]):
                err(f"{tag}: run duration_s")
            if w["effort"] not in EFFORT:
                err(f"{tag}: effort")
        elif t == "cross_training":
            if w["activity"] not in ACT or not opt_int(w["duration_s"]):
                err(f"{tag}: cross_training")
        elif t == "injury":
            if w["body_part"] not in BODY or w["side"] not in ("left", "right", None):
                err(f"{tag}: injury part/side")
            if w["severity"] not in ("mild", "moderate", "severe"):
                err(f"{tag}: severity")
            p = w["pain"]
            if p is not None:
                if not (isinstance(p, int) and 0 <= p <= 10):
                    err(f"{tag}: pain")
                else:
                    exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                    if w["severity"] != exp:
                        err(f"{tag}: severity {w['severity']} != {exp} for pain {p}")
            if l["red_flag"] and l["red_flag_kind"] == "musculoskeletal" and w["severity"] != "severe":
                err(f"{tag}: red-flag injury must be severe")
            if w["body_part"] == "chest" and (w["severity"] != "severe" or l["red_flag_kind"] != "cardiac"):
                err(f"{tag}: chest injury must be severe + cardiac red flag")
        elif t == "injury_resolved":
            if w["body_part"] not in BODY:
                err(f"{tag}: injury_resolved part")
        elif t == "race_result":
            if not is_num(w["distance_km"]) or not opt_int(w["time_s"]):
                err(f"{tag}: race_result")
            if not any(x.get("type") == "run" and x.get("effort") == "race" and x.get("date") == w["date"]
                       for x in l["writes"]):
                err(f"{tag}: race_result without a race run in the same message")
        elif t == "goal_race":
            if not is_num(w["distance_km"]) or not opt_int(w["goal_time_s"]):
                err(f"{tag}: goal_race")
            if w["date"] is not None and (not is_date(w["date"]) or dt.date.fromisoformat(w["date"]) <= WEEK_END):
                err(f"{tag}: goal_race date")
        elif t == "preferred_days":
            d = w["days"]
            if not (isinstance(d, list) and d and all(x in DAYS for x in d) and len(set(d)) == len(d)):
                err(f"{tag}: preferred_days")
        elif t == "correction":
            if w["target"] != "run" or not opt_num(w["distance_km"]) or not opt_int(w["duration_s"]):
                err(f"{tag}: correction")
            if w["distance_km"] is None and w["duration_s"] is None:
                err(f"{tag}: correction changes nothing")
    for w in l["writes"]:
        if w.get("type") == "run" and w.get("effort") == "race":
            if not any(x.get("type") == "race_result" and x.get("date") == w["date"] for x in l["writes"]):
                err(f"{tag}: race run without race_result")

missing = set(msgs) - seen
for k in sorted(missing):
    err(f"label missing for {k[0]}/{k[1]}")

# ---------------------------------------------------------------- counts
print("== v7-en validation ==")
print(f"profiles: {len(profiles)}  conversations: {len(by_conv)}  messages: {len(msgs)}  labels: {len(labels)}")
print("timezone check via:", ", ".join(sorted(tz_source)) or "-")
print("messages per conversation:", ", ".join(f"{c}={len(v)}" for c, v in sorted(by_conv.items())))
units = collections.Counter(p["units"] for p in profiles)
levels = collections.Counter(p["level"] for p in profiles)
print("units:", dict(units), " levels:", dict(levels),
      " ages:", f"{min(p['age'] for p in profiles)}-{max(p['age'] for p in profiles)}")
rf = [l for l in labels if l["red_flag"]]
rf_kinds = collections.Counter(l["red_flag_kind"] for l in rf)
rf_convs = sorted({l["conv"] for l in rf})
print(f"red-flag messages: {len(rf)} by kind {dict(rf_kinds)}")
print(f"red-flag conversations: {len(rf_convs)} {rf_convs}")
kinds = collections.Counter(l["kind"] for l in labels)
print("message kinds:", dict(sorted(kinds.items())))
facts = collections.Counter(w["type"] for l in labels for w in l["writes"])
print("facts written:", sum(facts.values()), dict(sorted(facts.items())))
print("messages with no writes:", sum(1 for l in labels if not l["writes"]),
      " multi-fact messages:", sum(1 for l in labels if len(l["writes"]) >= 2),
      " clarify_ok:", sum(1 for l in labels if l["clarify_ok"]),
      " answers (after_coach):", sum(1 for m in msgs.values() if m["after_coach"]))
goal_changes = sorted({l["conv"] for l in labels for w in l["writes"] if w["type"] == "goal_race"})
races = sorted({l["conv"] for l in labels for w in l["writes"] if w["type"] == "race_result"})
print("goal-race changes in:", goal_changes, " races run in:", races)

if errors:
    print(f"\nERRORS ({len(errors)}):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
