#!/usr/bin/env python3
"""Validate the v8-en blind set: parse profiles/conversations/labels, check schemas and one label per
message, print counts. Exit code 1 on any error."""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime, date

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


profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
WEEK_START, WEEK_END = date(2027, 1, 18), date(2027, 1, 24)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d+:\d{2}:\d{2}$")
SENT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def isdate(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def expected_offset(tz, when):
    try:
        from zoneinfo import ZoneInfo
        off = when.replace(tzinfo=None).replace(tzinfo=ZoneInfo(tz)).utcoffset()
        mins = int(off.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        mins = abs(mins)
        return f"{sign}{mins // 60:02d}:{mins % 60:02d}"
    except Exception:
        return None


# ---------- profiles ----------
PROFILE_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week",
                "preferred_days", "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
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
    pd = p.get("preferred_days")
    if not (isinstance(pd, list) and set(pd) <= DAYS and len(pd) == p.get("days_per_week")):
        err(f"profile {c}: preferred_days/days_per_week")
    for k in ("weekly_km", "longest_run_km"):
        if not isinstance(p.get(k), (int, float)) or p[k] <= 0:
            err(f"profile {c}: {k}")
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"profile {c}: goal_race keys")
        if not isdate(g.get("date")) or date.fromisoformat(g["date"]) <= WEEK_END:
            err(f"profile {c}: goal_race date must be after 2027-01-24")
        if g.get("goal_time") is not None and not TIME_RE.match(g["goal_time"]):
            err(f"profile {c}: goal_time format")
    r = p.get("recent_race")
    if r is not None:
        if set(r) != {"distance_km", "time", "month"} or not TIME_RE.match(r.get("time", "")) \
                or not re.match(r"^\d{4}-\d{2}$", r.get("month", "")):
            err(f"profile {c}: recent_race")
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None):
            err(f"profile {c}: injuries_at_start entry {inj}")

# ---------- conversations ----------
CONV_KEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
msgs = defaultdict(list)
for m in convs:
    if set(m) != CONV_KEYS:
        err(f"conv msg {m.get('conv')}/{m.get('i')}: keys")
        continue
    msgs[m["conv"]].append(m)
for c, ms in msgs.items():
    if c not in prof:
        err(f"{c}: no profile")
    if [m["i"] for m in ms] != list(range(len(ms))):
        err(f"{c}: i not 0..n-1 in order")
    if not 18 <= len(ms) <= 24:
        err(f"{c}: {len(ms)} messages (want 18-24)")
    prev = None
    for m in ms:
        if not SENT_RE.match(m["sent_at"]):
            err(f"{c}/{m['i']}: sent_at format")
            continue
        t = datetime.fromisoformat(m["sent_at"])
        if not (WEEK_START <= t.date() <= WEEK_END):
            err(f"{c}/{m['i']}: sent_at outside the week")
        if prev and t < prev:
            err(f"{c}/{m['i']}: sent_at goes backwards")
        prev = t
        if c in prof:
            exp = expected_offset(prof[c]["timezone"], t)
            if exp and m["sent_at"][-6:] != exp:
                err(f"{c}/{m['i']}: offset {m['sent_at'][-6:]} != {exp} for {prof[c]['timezone']}")
        if m["lang"] != "en" or not m["text"].strip():
            err(f"{c}/{m['i']}: lang/text")
        if m["after_coach"] is not None and not (isinstance(m["after_coach"], str) and m["after_coach"].strip()):
            err(f"{c}/{m['i']}: after_coach")
for c in prof:
    if c not in msgs:
        err(f"{c}: profile without conversation")

# ---------- labels ----------
LABEL_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTIVITIES = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back",
         "chest", "other"}
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


def num_or_null(x, positive=True):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and (x > 0 or not positive))


def int_or_null(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x > 0)


def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        if not isdate(f["date"]):
            err(f"{where}: bad date {f['date']}")
        elif date.fromisoformat(f["date"]) > sent_date:
            err(f"{where}: {t} dated after the message")
    if t == "run":
        if not num_or_null(f["distance_km"]) or not int_or_null(f["duration_s"]) or f["effort"] not in EFFORTS:
            err(f"{where}: run fields")
    elif t == "cross_training":
        if f["activity"] not in ACTIVITIES or not int_or_null(f["duration_s"]):
            err(f"{where}: cross_training fields")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None) \
                or f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: injury fields")
        p = f["pain"]
        if p is not None:
            if not (isinstance(p, int) and 0 <= p <= 10):
                err(f"{where}: pain")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: injury_resolved part")
    elif t == "race_result":
        if not num_or_null(f["distance_km"]) or f["distance_km"] is None or not int_or_null(f["time_s"]):
            err(f"{where}: race_result fields")
    elif t == "goal_race":
        if not isinstance(f["distance_km"], (int, float)) or not int_or_null(f["goal_time_s"]):
            err(f"{where}: goal_race fields")
        if f["date"] is not None and (not isdate(f["date"]) or date.fromisoformat(f["date"]) <= WEEK_END):
            err(f"{where}: goal_race date")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: preferred_days")
    elif t == "correction":
        if f["target"] != "run" or not num_or_null(f["distance_km"]) or not int_or_null(f["duration_s"]):
            err(f"{where}: correction fields")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: empty correction")


lab = {}
for l in labels:
    key = (l.get("conv"), l.get("i"))
    if set(l) != LABEL_KEYS:
        err(f"label {key}: keys {sorted(set(l) ^ LABEL_KEYS)}")
        continue
    if key in lab:
        err(f"label {key}: duplicate")
    lab[key] = l
msg_keys = {(m["conv"], m["i"]) for m in convs}
for k in msg_keys - set(lab):
    err(f"message {k}: no label")
for k in set(lab) - msg_keys:
    err(f"label {k}: no message")

sent = {(m["conv"], m["i"]): datetime.fromisoformat(m["sent_at"]).date() for m in convs if "sent_at" in m}
for key, l in sorted(lab.items()):
    where = f"label {key[0]}/{key[1]}"
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
        err(f"{where}: bool fields")
    if l["red_flag"] != (l["red_flag_kind"] is not None):
        err(f"{where}: red_flag/red_flag_kind mismatch")
    if l["red_flag_kind"] is not None and l["red_flag_kind"] not in RF_KINDS:
        err(f"{where}: red_flag_kind")
    if l["kind"] not in KINDS:
        err(f"{where}: kind {l['kind']}")
    if not isinstance(l["writes"], list):
        err(f"{where}: writes not a list")
        continue
    if l["kind"] in NO_WRITE_KINDS and l["writes"]:
        err(f"{where}: kind {l['kind']} must have no writes")
    if not isinstance(l["note"], str) or not l["note"].strip():
        err(f"{where}: empty note")
    for f in l["writes"]:
        check_fact(where, f, sent.get(key, WEEK_END))
        if f.get("type") == "injury":
            p, s = f["pain"], f["severity"]
            if l["red_flag"] and s != "severe":
                err(f"{where}: red-flag injury must be severe")
            if not l["red_flag"] and p is not None:
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if s != exp:
                    err(f"{where}: severity {s} != {exp} for pain {p}")
            if f["body_part"] == "chest" and l["red_flag_kind"] != "cardiac":
                err(f"{where}: chest injury without cardiac red flag")

# ---------- counts ----------
print("== v8-en blind set ==")
print(f"conversations: {len(msgs)}   profiles: {len(prof)}   messages: {len(convs)}   labels: {len(lab)}")
print("messages per conversation:", {c: len(ms) for c, ms in sorted(msgs.items())})
print("units:", dict(Counter(p["units"] for p in prof.values())),
      " levels:", dict(Counter(p["level"] for p in prof.values())),
      " ages:", sorted(p["age"] for p in prof.values()))
print("timezones:", sorted({(p["timezone"], msgs[c][0]["sent_at"][-6:]) for c, p in prof.items() if c in msgs}))
rf = [l for l in lab.values() if l["red_flag"]]
print(f"red-flag messages: {len(rf)}  by kind:", dict(Counter(l["red_flag_kind"] for l in rf)))
rfc = sorted({l["conv"] for l in rf})
print(f"red-flag conversations: {len(rfc)} {rfc}")
print("label kinds:", dict(sorted(Counter(l["kind"] for l in lab.values()).items())))
print("facts by type:", dict(sorted(Counter(f["type"] for l in lab.values() for f in l["writes"]).items())))
print("messages with no writes:", sum(1 for l in lab.values() if not l["writes"]),
      "  clarify_ok:", sum(1 for l in lab.values() if l["clarify_ok"]),
      "  after_coach answers:", sum(1 for m in convs if m["after_coach"]))
goal_changes = sorted({l["conv"] for l in lab.values() for f in l["writes"] if f["type"] == "goal_race"})
races = sorted({l["conv"] for l in lab.values() for f in l["writes"] if f["type"] == "race_result"})
days_ch = sorted({l["conv"] for l in lab.values() for f in l["writes"] if f["type"] == "preferred_days"})
print("goal-race changes:", goal_changes, " races run:", races, " new day lists:", days_ch)

if errors:
    print(f"\nERRORS ({len(errors)}):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all files parse, one label per message, schema checks passed.")
