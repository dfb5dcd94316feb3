#!/usr/bin/env python3
"""Validate the v16-en blind set: parse, schema, one label per message, counts."""
import json, os, sys, datetime, collections
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.abspath(__file__))
ERR = []

def err(*a):
    ERR.append(" ".join(str(x) for x in a))

def load(name):
    out = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(name, n, "blank line"); continue
            try:
                out.append(json.loads(line))
            except Exception as e:
                err(name, n, "bad json", e)
    return out

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
WEEK0, WEEK1 = datetime.date(2027, 6, 7), datetime.date(2027, 6, 13)
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question", "smalltalk", "answer", "mixed"}
NOWRITE = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}

def isdate(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def num(x, allow_none=True):
    return (x is None and allow_none) or (isinstance(x, (int, float)) and not isinstance(x, bool))

def intn(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool))

# ---- profiles
PK = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days", "level",
      "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    c = p.get("conv")
    if set(p) != PK: err("profile", c, "keys", sorted(set(p) ^ PK))
    if c in prof: err("profile dup", c)
    prof[c] = p
    try: ZoneInfo(p["timezone"])
    except Exception: err("profile", c, "bad tz")
    if p["units"] not in ("km", "mi"): err("profile", c, "units")
    if p["level"] not in ("beginner", "intermediate", "advanced"): err("profile", c, "level")
    if not (17 <= p["age"] <= 65): err("profile", c, "age")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]: err("profile", c, "days")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err("profile", c, "goal keys")
        d = isdate(g["date"])
        if not d or d <= WEEK1: err("profile", c, "goal date")
    r = p["recent_race"]
    if r is not None and set(r) != {"distance_km", "time", "month"}: err("profile", c, "recent keys")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"}: err("profile", c, "inj keys")
        if inj["body_part"] not in PARTS or inj["side"] not in ("left", "right", None): err("profile", c, "inj vals")

# ---- conversations
CK = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by_conv = collections.defaultdict(list)
for m in convs:
    if set(m) != CK: err("msg", m.get("conv"), m.get("i"), "keys")
    by_conv[m["conv"]].append(m)
for c, ms in by_conv.items():
    if c not in prof: err("conv without profile", c); continue
    tz = ZoneInfo(prof[c]["timezone"])
    if not (18 <= len(ms) <= 24): err(c, "has", len(ms), "messages")
    prev = None
    for k, m in enumerate(ms):
        if m["i"] != k: err(c, "i not sequential at", k)
        dt = datetime.datetime.fromisoformat(m["sent_at"])
        if dt.utcoffset() != dt.replace(tzinfo=tz).utcoffset(): err(c, m["i"], "offset does not match tz")
        if not (WEEK0 <= dt.date() <= WEEK1): err(c, m["i"], "outside week")
        if prev and dt <= prev: err(c, m["i"], "not increasing")
        prev = dt
        if not m["text"].strip(): err(c, m["i"], "empty text")
        if m["lang"] != "en": err(c, m["i"], "lang")
for c in prof:
    if c not in by_conv: err("profile without conv", c)

# ---- labels
LK = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
FK = {
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
msg_keys = {(m["conv"], m["i"]): m for m in convs}
seen = collections.Counter()
for l in labels:
    key = (l.get("conv"), l.get("i"))
    seen[key] += 1
    if set(l) != LK: err("label", key, "keys", sorted(set(l) ^ LK)); continue
    if key not in msg_keys: err("label for missing message", key); continue
    sent = datetime.datetime.fromisoformat(msg_keys[key]["sent_at"]).date()
    if l["kind"] not in KINDS: err("label", key, "kind")
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err("label", key, "bools")
    if l["red_flag"] != (l["red_flag_kind"] is not None): err("label", key, "red_flag/kind mismatch")
    if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"): err("label", key, "rf kind")
    if l["kind"] in NOWRITE and l["writes"]: err("label", key, l["kind"], "must not write")
    if not isinstance(l["note"], str) or not l["note"]: err("label", key, "note")
    for w in l["writes"]:
        t = w.get("type")
        if t not in FK or set(w) != FK[t]: err("label", key, "fact keys", w); continue
        if "date" in w and t != "goal_race":
            d = isdate(w["date"])
            if not d or not (WEEK0 <= d <= sent): err("label", key, "fact date outside week/after sent", w)
        if t == "run":
            if not num(w["distance_km"]) or not intn(w["duration_s"]): err("label", key, "run nums")
            if w["effort"] not in ("easy", "long", "workout", "race", "time_trial", "unknown"): err("label", key, "effort")
        elif t == "cross_training":
            if w["activity"] not in ("bike", "swim", "gym", "yoga", "walk", "elliptical", "other") or not intn(w["duration_s"]): err("label", key, "xt")
        elif t == "injury":
            if w["body_part"] not in PARTS or w["side"] not in ("left", "right", None): err("label", key, "inj part")
            if w["severity"] not in ("mild", "moderate", "severe"): err("label", key, "sev")
            p = w["pain"]
            if p is not None:
                if not (isinstance(p, int) and 0 <= p <= 10): err("label", key, "pain")
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if exp != w["severity"]: err("label", key, "severity vs pain")
            if l["red_flag"] and w["severity"] != "severe": err("label", key, "red-flag injury must be severe")
            if w["body_part"] == "chest" and not (w["severity"] == "severe" and l["red_flag_kind"] == "cardiac"): err("label", key, "chest rule")
        elif t == "injury_resolved":
            if w["body_part"] not in PARTS: err("label", key, "resolved part")
        elif t == "race_result":
            if not num(w["distance_km"], False) or not intn(w["time_s"]): err("label", key, "race nums")
            if not any(x.get("type") == "run" and x.get("effort") == "race" and x.get("date") == w["date"] for x in l["writes"]):
                err("label", key, "race_result without race run")
        elif t == "goal_race":
            d = w["date"]
            if d is not None and (not isdate(d) or isdate(d) <= WEEK1): err("label", key, "goal date")
            if not num(w["distance_km"], False) or not intn(w["goal_time_s"]): err("label", key, "goal nums")
        elif t == "preferred_days":
            if not w["days"] or not set(w["days"]) <= DAYS: err("label", key, "days")
        elif t == "correction":
            if w["target"] != "run" or not num(w["distance_km"]) or not intn(w["duration_s"]): err("label", key, "corr")
for k in msg_keys:
    if seen[k] != 1: err("message", k, "has", seen[k], "labels")

# ---- counts
nconv, nmsg = len(by_conv), len(convs)
rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
rf_msgs = sum(l["red_flag"] for l in labels)
kinds = collections.Counter(l["kind"] for l in labels)
ftypes = collections.Counter(w["type"] for l in labels for w in l["writes"])
rfk = collections.Counter(l["red_flag_kind"] for l in labels if l["red_flag"])
miles = sorted(c for c, p in prof.items() if p["units"] == "mi")
print(f"conversations: {nconv}   messages: {nmsg}   labels: {len(labels)}")
print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
print(f"red-flag conversations: {len(rf_convs)} {rf_convs}   red-flag messages: {rf_msgs} {dict(rfk)}")
print("miles personas:", len(miles), miles)
print("kinds:", dict(sorted(kinds.items())))
print("facts:", dict(sorted(ftypes.items())), " total", sum(ftypes.values()))
print("messages with no writes:", sum(1 for l in labels if not l["writes"]), "  clarify_ok:", sum(l["clarify_ok"] for l in labels))
if len(rf_convs) * 3 < nconv: err("fewer than one red-flag conversation per three")
if len(miles) < 4: err("fewer than 4 miles personas")
if ERR:
    print("\nERRORS:"); [print(" -", e) for e in ERR]; sys.exit(1)
print("OK")
