#!/usr/bin/env python3
"""Validate the v11-en blind set: parse all jsonl, check schemas, one label per message, print counts."""
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
            except Exception as e:
                err(f"{name}:{n}: bad json: {e}")
    return rows


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except Exception:
        return False


DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
SIDES = {"left", "right", None}
SEVS = {"mild", "moderate", "severe"}
RFK = {"musculoskeletal", "cardiac", "heat"}
WEEK = (datetime.date(2027, 2, 1), datetime.date(2027, 2, 14))  # facts may be told late

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


def num_or_none(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))


def int_or_none(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool))


def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        return err(f"{where}: unknown fact type {t!r}")
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
    if "date" in f and t != "goal_race":
        if not is_date(f["date"]):
            err(f"{where}: bad date {f['date']!r}")
        else:
            d = datetime.date.fromisoformat(f["date"])
            if not (WEEK[0] <= d <= WEEK[1]):
                err(f"{where}: date {d} outside plausible range")
            if d > sent_date:
                err(f"{where}: fact date {d} after sent date {sent_date}")
    if t == "run":
        if not num_or_none(f["distance_km"]): err(f"{where}: distance_km")
        if not int_or_none(f["duration_s"]): err(f"{where}: duration_s")
        if f["effort"] not in EFFORTS: err(f"{where}: effort {f['effort']!r}")
    elif t == "cross_training":
        if f["activity"] not in ACTS: err(f"{where}: activity {f['activity']!r}")
        if not int_or_none(f["duration_s"]): err(f"{where}: duration_s")
    elif t == "injury":
        if f["body_part"] not in PARTS: err(f"{where}: body_part {f['body_part']!r}")
        if f["side"] not in SIDES: err(f"{where}: side {f['side']!r}")
        p = f["pain"]
        if not (p is None or (isinstance(p, int) and 0 <= p <= 10)): err(f"{where}: pain {p!r}")
        if f["severity"] not in SEVS: err(f"{where}: severity {f['severity']!r}")
        if f["body_part"] == "chest" and f["severity"] != "severe": err(f"{where}: chest must be severe")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS: err(f"{where}: body_part {f['body_part']!r}")
    elif t == "race_result":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None: err(f"{where}: distance_km")
        if not int_or_none(f["time_s"]): err(f"{where}: time_s")
    elif t == "goal_race":
        if not isinstance(f["distance_km"], (int, float)): err(f"{where}: distance_km")
        if f["date"] is not None and (not is_date(f["date"]) or f["date"] <= "2027-02-14"):
            err(f"{where}: goal date {f['date']!r}")
        if not int_or_none(f["goal_time_s"]): err(f"{where}: goal_time_s")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: days {f['days']!r}")
    elif t == "correction":
        if f["target"] != "run": err(f"{where}: target")
        if not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]): err(f"{where}: values")
        if f["distance_km"] is None and f["duration_s"] is None: err(f"{where}: correction changes nothing")


profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

# profiles
PROF_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    w = f"profile {p.get('conv')}"
    if set(p) != PROF_KEYS: err(f"{w}: keys {sorted(set(p) ^ PROF_KEYS)}")
    prof[p["conv"]] = p
    if p["lang"] != "en": err(f"{w}: lang")
    if not (17 <= p["age"] <= 65): err(f"{w}: age")
    if p["units"] not in ("km", "mi"): err(f"{w}: units")
    if p["level"] not in ("beginner", "intermediate", "advanced"): err(f"{w}: level")
    if len(p["preferred_days"]) != p["days_per_week"] or any(d not in DAYS for d in p["preferred_days"]):
        err(f"{w}: preferred_days/days_per_week")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"{w}: goal_race keys")
        if not g["date"] > "2027-02-14": err(f"{w}: goal date not after week")
        if g["goal_time"] is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]): err(f"{w}: goal_time")
    r = p["recent_race"]
    if r is not None:
        if set(r) != {"distance_km", "time", "month"}: err(f"{w}: recent_race keys")
        if not re.fullmatch(r"\d+:\d\d:\d\d", r["time"]) or not re.fullmatch(r"\d{4}-\d\d", r["month"]): err(f"{w}: recent_race values")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS or inj["side"] not in SIDES:
            err(f"{w}: injury {inj}")
    try:
        from zoneinfo import ZoneInfo
        off = datetime.datetime(2027, 2, 10, 12, tzinfo=ZoneInfo(p["timezone"])).utcoffset()
        prof[p["conv"]]["_offset"] = off
    except Exception as e:
        err(f"{w}: timezone {p['timezone']}: {e}")

# conversations
MSG_KEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by_conv = defaultdict(list)
for m in convs:
    if set(m) != MSG_KEYS: err(f"msg {m.get('conv')}/{m.get('i')}: keys")
    by_conv[m["conv"]].append(m)
sent_dates = {}
for c, ms in by_conv.items():
    if c not in prof: err(f"{c}: no profile")
    if not (18 <= len(ms) <= 24): err(f"{c}: {len(ms)} messages (want 18-24)")
    prev = None
    for k, m in enumerate(ms):
        if m["i"] != k: err(f"{c}: i {m['i']} expected {k}")
        if m["lang"] != "en": err(f"{c}/{k}: lang")
        if not isinstance(m["text"], str) or not m["text"].strip(): err(f"{c}/{k}: empty text")
        if m["after_coach"] is not None and not isinstance(m["after_coach"], str): err(f"{c}/{k}: after_coach")
        try:
            dt = datetime.datetime.fromisoformat(m["sent_at"])
        except Exception:
            err(f"{c}/{k}: sent_at {m['sent_at']!r}"); continue
        if dt.utcoffset() is None: err(f"{c}/{k}: no offset")
        elif c in prof and "_offset" in prof[c] and dt.utcoffset() != prof[c]["_offset"]:
            err(f"{c}/{k}: offset {dt.utcoffset()} != tz {prof[c]['_offset']}")
        if not (datetime.date(2027, 2, 8) <= dt.date() <= datetime.date(2027, 2, 14)): err(f"{c}/{k}: outside week")
        if prev and dt < prev: err(f"{c}/{k}: not in time order")
        prev = dt
        sent_dates[(c, k)] = dt.date()
if set(by_conv) != set(prof): err("profiles and conversations cover different convs")

# labels
LAB_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
seen = Counter()
lab = {}
for l in labels:
    key = (l.get("conv"), l.get("i"))
    seen[key] += 1
    lab[key] = l
    w = f"label {key}"
    if set(l) != LAB_KEYS: err(f"{w}: keys {sorted(set(l) ^ LAB_KEYS)}")
    if key not in sent_dates: err(f"{w}: no such message"); continue
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err(f"{w}: bools")
    if l["red_flag"] != (l["red_flag_kind"] is not None): err(f"{w}: red_flag/kind mismatch")
    if l["red_flag_kind"] not in RFK | {None}: err(f"{w}: red_flag_kind")
    if l["kind"] not in KINDS: err(f"{w}: kind {l['kind']!r}")
    if l["kind"] in NO_WRITE_KINDS and l["writes"]: err(f"{w}: kind {l['kind']} must have no writes")
    if not isinstance(l["note"], str): err(f"{w}: note")
    for n, f in enumerate(l["writes"]):
        check_fact(f"{w} fact {n}", f, sent_dates[key])
    if l["red_flag_kind"] == "cardiac" or any(f.get("type") == "injury" and f.get("body_part") == "chest" for f in l["writes"]):
        if any(f.get("type") == "injury" and f.get("body_part") == "chest" for f in l["writes"]) and l["red_flag_kind"] != "cardiac":
            err(f"{w}: chest injury without cardiac red flag")
    if l["kind"] == "answer" and sent_dates and key in sent_dates:
        m = by_conv[key[0]][key[1]]
        if m["after_coach"] is None: err(f"{w}: kind answer but no after_coach")
for key in sent_dates:
    if seen[key] != 1: err(f"message {key}: {seen[key]} labels")
for key, n in seen.items():
    if n > 1: err(f"label {key} duplicated")

# counts
n_msgs = len(convs)
rf = [k for k, l in lab.items() if l["red_flag"]]
rf_convs = sorted({k[0] for k in rf})
fact_types = Counter(f["type"] for l in labels for f in l["writes"])
kinds = Counter(l["kind"] for l in labels)
rfk = Counter(l["red_flag_kind"] for l in labels if l["red_flag"])
print(f"conversations: {len(by_conv)}  profiles: {len(profiles)}  messages: {n_msgs}  labels: {len(labels)}")
print("messages per conversation:", dict(sorted((c, len(m)) for c, m in by_conv.items())))
print(f"red-flag messages: {len(rf)}  by kind: {dict(rfk)}")
print(f"conversations with a red flag: {len(rf_convs)} {rf_convs}")
print("miles users:", sorted(c for c, p in prof.items() if p['units'] == 'mi'))
print("messages with writes:", sum(1 for l in labels if l["writes"]), " facts:", sum(fact_types.values()))
print("facts by type:", dict(sorted(fact_types.items())))
print("kinds:", dict(sorted(kinds.items())))
print("clarify_ok:", sum(1 for l in labels if l["clarify_ok"]), " after_coach answers:", sum(1 for m in convs if m["after_coach"]))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all files valid")
