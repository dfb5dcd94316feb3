#!/usr/bin/env python3
"""Validates the v5-es blind set and prints counts. Exit code 1 on any error."""
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
                err("%s:%d empty line" % (name, n)); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad json: %s" % (name, n, e))
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question", "smalltalk", "answer", "mixed"}
NOWRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
RFK = {"musculoskeletal", "cardiac", "heat"}
WEEK = (date(2026, 12, 14), date(2026, 12, 20))
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


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_week_date(s, where):
    try:
        d = date.fromisoformat(s)
    except Exception:
        err("%s bad date %r" % (where, s)); return
    if not (WEEK[0] <= d <= WEEK[1]):
        err("%s date %s outside the week" % (where, s))


def check_fact(f, where, sent_day):
    t = f.get("type")
    if t not in FACT_KEYS:
        err("%s unknown fact type %r" % (where, t)); return
    if set(f) != FACT_KEYS[t]:
        err("%s %s keys %s" % (where, t, sorted(f))); return
    if "date" in f and t != "goal_race":
        check_week_date(f["date"], where)
        if f["date"] > sent_day:
            err("%s %s dated after the message (%s > %s)" % (where, t, f["date"], sent_day))
    if t == "run":
        if f["distance_km"] is not None and not (is_num(f["distance_km"]) and f["distance_km"] > 0): err(where + " run distance")
        if f["duration_s"] is not None and not (is_int(f["duration_s"]) and f["duration_s"] > 0): err(where + " run duration")
        if f["effort"] not in EFFORTS: err(where + " run effort")
    elif t == "cross_training":
        if f["activity"] not in ACTS: err(where + " activity")
        if f["duration_s"] is not None and not (is_int(f["duration_s"]) and f["duration_s"] > 0): err(where + " xt duration")
    elif t == "injury":
        if f["body_part"] not in PARTS: err(where + " body_part")
        if f["side"] not in ("left", "right", None): err(where + " side")
        if f["pain"] is not None and not (is_int(f["pain"]) and 0 <= f["pain"] <= 10): err(where + " pain")
        if f["severity"] not in ("mild", "moderate", "severe"): err(where + " severity")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS: err(where + " body_part")
    elif t == "race_result":
        if not is_num(f["distance_km"]): err(where + " race distance")
        if f["time_s"] is not None and not is_int(f["time_s"]): err(where + " race time")
    elif t == "goal_race":
        if not is_num(f["distance_km"]): err(where + " goal distance")
        if f["date"] is not None and not (date.fromisoformat(f["date"]) > WEEK[1]): err(where + " goal date")
        if f["goal_time_s"] is not None and not is_int(f["goal_time_s"]): err(where + " goal time")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]): err(where + " days")
    elif t == "correction":
        if f["target"] != "run": err(where + " correction target")
        if f["distance_km"] is None and f["duration_s"] is None: err(where + " empty correction")


profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

# profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days", "level",
         "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
pconv = set()
for p in profiles:
    w = "profile %s" % p.get("conv")
    if set(p) != PKEYS: err(w + " keys %s" % sorted(p)); continue
    pconv.add(p["conv"])
    if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"): err(w + " lang/tz/units")
    if not (16 <= p["age"] <= 65): err(w + " age")
    if p["level"] not in ("beginner", "intermediate", "advanced"): err(w + " level")
    if not set(p["preferred_days"]) <= DAYS: err(w + " days")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(w + " goal keys")
        elif date.fromisoformat(g["date"]) <= WEEK[1]: err(w + " goal date not after week")
        elif g["goal_time"] is not None and not re.fullmatch(r"\d:\d\d:\d\d", g["goal_time"]): err(w + " goal_time")
    r = p["recent_race"]
    if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d:\d\d:\d\d", r["time"])):
        err(w + " recent_race")
    for j in p["injuries_at_start"]:
        if set(j) != {"body_part", "side", "note", "current"} or j["body_part"] not in PARTS: err(w + " injury")

# conversations
by_conv = defaultdict(list)
msg_index = {}
for m in convs:
    w = "msg %s/%s" % (m.get("conv"), m.get("i"))
    if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}: err(w + " keys"); continue
    if m["lang"] != "es": err(w + " lang")
    if not re.fullmatch(r"2026-12-\d\dT\d\d:\d\d:\d\d-05:00", m["sent_at"]): err(w + " sent_at format")
    else:
        d = datetime.fromisoformat(m["sent_at"]).date()
        if not (WEEK[0] <= d <= WEEK[1]): err(w + " sent_at outside week")
    if not m["text"].strip(): err(w + " empty text")
    by_conv[m["conv"]].append(m)
    if (m["conv"], m["i"]) in msg_index: err(w + " duplicate")
    msg_index[(m["conv"], m["i"])] = m
for c, ms in by_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))): err("%s: i not 0..n-1 in order" % c)
    ts = [datetime.fromisoformat(m["sent_at"]) for m in ms]
    if ts != sorted(ts): err("%s: sent_at not in order" % c)
    if not (18 <= len(ms) <= 24): err("%s: %d messages" % (c, len(ms)))
if set(by_conv) != pconv: err("profile/conversation conv sets differ")
expected = {"es-%02d" % k for k in range(1, 13)}
if set(by_conv) != expected: err("conv ids are not es-01..es-12")

# labels
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
seen = Counter()
for lab in labels:
    w = "label %s/%s" % (lab.get("conv"), lab.get("i"))
    if set(lab) != LKEYS: err(w + " keys %s" % sorted(lab)); continue
    key = (lab["conv"], lab["i"])
    seen[key] += 1
    if key not in msg_index: err(w + " has no message"); continue
    if lab["kind"] not in KINDS: err(w + " kind")
    if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool): err(w + " bools")
    if lab["red_flag"] != (lab["red_flag_kind"] is not None): err(w + " red_flag/kind mismatch")
    if lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RFK: err(w + " red_flag_kind")
    if lab["kind"] in NOWRITE_KINDS and lab["writes"]: err(w + " %s must not write" % lab["kind"])
    if lab["kind"] == "answer" and msg_index[key]["after_coach"] is None: err(w + " answer without after_coach")
    if not isinstance(lab["note"], str) or not lab["note"]: err(w + " note")
    sent_day = msg_index[key]["sent_at"][:10]
    for f in lab["writes"]:
        check_fact(f, w, sent_day)
        if f.get("type") == "injury" and lab["red_flag"] and f["severity"] != "severe":
            err(w + " red-flag injury not severe")
        if f.get("type") == "injury" and not lab["red_flag"] and f["pain"] is not None:
            exp = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
            if f["severity"] != exp: err(w + " severity does not match pain")
        if f.get("type") == "injury" and f["body_part"] == "chest" and lab["red_flag_kind"] != "cardiac":
            err(w + " chest injury without cardiac red flag")
    rtypes = [f["type"] for f in lab["writes"]]
    for f in lab["writes"]:
        if f["type"] == "run" and f["effort"] == "race":
            if not any(g["type"] == "race_result" and g["date"] == f["date"] for g in lab["writes"]):
                err(w + " race run without race_result")
for key in msg_index:
    if seen[key] != 1: err("message %s/%s has %d labels" % (key[0], key[1], seen[key]))

# counts
lab_by_conv = defaultdict(list)
for lab in labels:
    lab_by_conv[lab["conv"]].append(lab)
facts = Counter(f["type"] for lab in labels for f in lab["writes"])
kinds = Counter(lab["kind"] for lab in labels)
rf_msgs = [lab for lab in labels if lab["red_flag"]]
rf_convs = sorted({lab["conv"] for lab in rf_msgs})
rf_kinds = Counter(lab["red_flag_kind"] for lab in rf_msgs)
if len(rf_convs) < 4: err("fewer than 4 red-flag conversations")

print("conversations: %d" % len(by_conv))
print("profiles: %d" % len(profiles))
print("messages: %d" % len(convs))
print("labels: %d" % len(labels))
for c in sorted(by_conv):
    n_rf = sum(l["red_flag"] for l in lab_by_conv[c])
    n_w = sum(len(l["writes"]) for l in lab_by_conv[c])
    print("  %s: %2d messages, %2d writes, %d red-flag messages" % (c, len(by_conv[c]), n_w, n_rf))
print("messages with after_coach: %d" % sum(1 for m in convs if m["after_coach"]))
print("messages with writes: %d, without: %d" % (sum(1 for l in labels if l["writes"]), sum(1 for l in labels if not l["writes"])))
print("facts written: %d  %s" % (sum(facts.values()), dict(sorted(facts.items()))))
print("kinds: %s" % dict(sorted(kinds.items())))
print("red-flag messages: %d  %s" % (len(rf_msgs), dict(sorted(rf_kinds.items()))))
print("red-flag conversations: %d  %s" % (len(rf_convs), " ".join(rf_convs)))
print("clarify_ok true: %d" % sum(1 for l in labels if l["clarify_ok"]))
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: no errors")
