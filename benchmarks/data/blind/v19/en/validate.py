"""Validate the v19-en blind set: parse every file, check schemas, one label per message, print counts.
Usage: python3 validate.py   (exit code 1 on any error)"""
import collections
import datetime as dt
import json
import os
import re
import sys
from zoneinfo import ZoneInfo

D = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    return out


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEK_START, WEEK_END = dt.date(2027, 8, 30), dt.date(2027, 9, 5)
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
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


def in_week(d, where):
    if not isinstance(d, str) or not DATE.match(d):
        err(f"{where}: bad date {d!r}")
        return
    x = dt.date.fromisoformat(d)
    if not (WEEK_START <= x <= WEEK_END):
        err(f"{where}: date {d} outside the week")


def check_fact(f, where, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and t != "goal_race":
        in_week(f["date"], where)
        if f["date"] > sent_date:
            err(f"{where}: fact date {f['date']} after message date {sent_date}")
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and 0 < f["distance_km"] < 200):
            err(f"{where}: run distance {f['distance_km']}")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{where}: run duration {f['duration_s']}")
        if f["effort"] not in EFFORTS:
            err(f"{where}: effort {f['effort']}")
        if f["distance_km"] is not None and f["duration_s"] is not None:
            pace = f["duration_s"] / f["distance_km"] / 60
            if not (2.5 <= pace <= 16):
                err(f"{where}: implausible pace {pace:.2f} min/km")
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err(f"{where}: activity {f['activity']}")
        if f["duration_s"] is not None and not (isinstance(f["duration_s"], int) and f["duration_s"] > 0):
            err(f"{where}: xt duration")
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err(f"{where}: body_part {f['body_part']}")
        if f["side"] not in ("left", "right", None):
            err(f"{where}: side {f['side']}")
        if f["pain"] is not None and not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
            err(f"{where}: pain {f['pain']}")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: severity {f['severity']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: body_part {f['body_part']}")
    elif t == "race_result":
        if not is_num(f["distance_km"]):
            err(f"{where}: race distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int):
            err(f"{where}: race time")
    elif t == "goal_race":
        if not is_num(f["distance_km"]):
            err(f"{where}: goal distance")
        if f["date"] is not None:
            if not DATE.match(f["date"]) or dt.date.fromisoformat(f["date"]) <= WEEK_END:
                err(f"{where}: goal date {f['date']} must be after 2027-09-05")
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int):
            err(f"{where}: goal time")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: days {f['days']}")
    elif t == "correction":
        if f["target"] != "run":
            err(f"{where}: correction target")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: correction changes nothing")


profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

# profiles
PROF_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    w = f"profile {p.get('conv')}"
    if set(p) != PROF_KEYS:
        err(f"{w}: keys {sorted(set(p) ^ PROF_KEYS)}")
        continue
    prof[p["conv"]] = p
    if p["lang"] != "en" or p["units"] not in ("km", "mi") or p["level"] not in ("beginner", "intermediate", "advanced"):
        err(f"{w}: lang/units/level")
    if not (17 <= p["age"] <= 65):
        err(f"{w}: age")
    try:
        ZoneInfo(p["timezone"])
    except Exception:
        err(f"{w}: timezone")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"{w}: goal_race keys")
        elif dt.date.fromisoformat(g["date"]) <= WEEK_END:
            err(f"{w}: goal date not after the week")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
        err(f"{w}: preferred_days/days_per_week")
    r = p["recent_race"]
    if r is not None and set(r) != {"distance_km", "time", "month"}:
        err(f"{w}: recent_race keys")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"}:
            err(f"{w}: injury keys")

# conversations
by_conv = collections.defaultdict(list)
for m in convs:
    if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
        err(f"msg {m.get('conv')}/{m.get('i')}: keys")
        continue
    by_conv[m["conv"]].append(m)
for c, ms in by_conv.items():
    if c not in prof:
        err(f"{c}: no profile")
        continue
    tz = ZoneInfo(prof[c]["timezone"])
    if [m["i"] for m in ms] != list(range(len(ms))):
        err(f"{c}: i not 0..n-1 in order")
    if not (18 <= len(ms) <= 24):
        err(f"{c}: {len(ms)} messages (want 18-24)")
    prev = None
    for m in ms:
        t = dt.datetime.fromisoformat(m["sent_at"])
        if t.utcoffset() != t.astimezone(tz).utcoffset():
            err(f"{c}/{m['i']}: offset {t.utcoffset()} not the zone's")
        if not (WEEK_START <= t.date() <= WEEK_END):
            err(f"{c}/{m['i']}: outside week")
        if prev and t <= prev:
            err(f"{c}/{m['i']}: not after previous")
        prev = t
        if not m["text"].strip():
            err(f"{c}/{m['i']}: empty text")
        if m["lang"] != "en":
            err(f"{c}/{m['i']}: lang")
if set(by_conv) != set(prof):
    err("profiles and conversations list different convs")

# labels
LAB_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
lab = {}
for l in labels:
    k = (l.get("conv"), l.get("i"))
    if set(l) != LAB_KEYS:
        err(f"label {k}: keys")
        continue
    if k in lab:
        err(f"label {k}: duplicate")
    lab[k] = l
msg_keys = {(m["conv"], m["i"]): m for m in convs}
if set(lab) != set(msg_keys):
    err(f"labels/messages mismatch: missing {sorted(set(msg_keys) - set(lab))} extra {sorted(set(lab) - set(msg_keys))}")
for k, l in lab.items():
    w = f"label {k[0]}/{k[1]}"
    if k not in msg_keys:
        continue
    sent_date = msg_keys[k]["sent_at"][:10]
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
        err(f"{w}: bool fields")
    if l["red_flag"] != (l["red_flag_kind"] is not None):
        err(f"{w}: red_flag vs red_flag_kind")
    if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"):
        err(f"{w}: red_flag_kind")
    if l["kind"] not in KINDS:
        err(f"{w}: kind {l['kind']}")
    if l["kind"] in NO_WRITE_KINDS and l["writes"]:
        err(f"{w}: kind {l['kind']} must have no writes")
    if not isinstance(l["note"], str) or not l["note"].strip():
        err(f"{w}: note")
    for f in l["writes"]:
        check_fact(f, w, sent_date)
        if f.get("type") == "injury" and l["red_flag"] and f["severity"] != "severe":
            err(f"{w}: red-flag injury not severe")
        if f.get("type") == "injury" and f["body_part"] == "chest" and l["red_flag_kind"] != "cardiac":
            err(f"{w}: chest injury without cardiac flag")
        if f.get("type") == "injury" and not l["red_flag"] and f["pain"] is not None:
            want = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
            if f["severity"] != want:
                err(f"{w}: severity {f['severity']} for pain {f['pain']}")
    types = [f.get("type") for f in l["writes"]]
    races = [f for f in l["writes"] if f.get("type") == "race_result"]
    for r in races:
        if not any(f.get("type") == "run" and f["effort"] == "race" and f["date"] == r["date"] for f in l["writes"]):
            err(f"{w}: race_result without a race run")

# counts
print("== v19-en validation ==")
nconv, nmsg = len(by_conv), len(convs)
print(f"conversations: {nconv}   messages: {nmsg}   labels: {len(labels)}   profiles: {len(profiles)}")
for c in sorted(by_conv):
    p = prof.get(c, {})
    rf = [l for (cc, _), l in lab.items() if cc == c and l["red_flag"]]
    print(f"  {c}: {len(by_conv[c]):2d} msgs  {p.get('units')}  {p.get('timezone'):20s} age {p.get('age')}  "
          f"red-flag msgs {len(rf)} {sorted({l['red_flag_kind'] for l in rf})}")
rfc = {c for (c, _), l in lab.items() if l["red_flag"]}
print(f"red-flag conversations: {len(rfc)}   red-flag messages: {sum(l['red_flag'] for l in lab.values())}   "
      f"by kind: {dict(collections.Counter(l['red_flag_kind'] for l in lab.values() if l['red_flag']))}")
print(f"miles runners: {sum(p['units'] == 'mi' for p in profiles)}")
print(f"kinds: {dict(collections.Counter(l['kind'] for l in lab.values()))}")
print(f"writes by type: {dict(collections.Counter(f['type'] for l in lab.values() for f in l['writes']))}")
print(f"messages with no writes: {sum(not l['writes'] for l in lab.values())}   with 2+ writes: "
      f"{sum(len(l['writes']) >= 2 for l in lab.values())}   clarify_ok: {sum(l['clarify_ok'] for l in lab.values())}   "
      f"after_coach answers: {sum(m['after_coach'] is not None for m in convs)}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
