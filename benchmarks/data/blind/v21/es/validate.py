#!/usr/bin/env python3
"""Validates v21-es: parses profiles/conversations/labels, checks schemas and one label per message, prints counts."""
import json, os, re, sys, datetime, collections

D = os.path.dirname(os.path.abspath(__file__))
errs = []
def err(m): errs.append(m)

def load(name):
    rows = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n} empty line"); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n} bad json {e}")
    return rows

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
WEEK_END = datetime.date(2027, 11, 21)
def isdate(s):
    try: return datetime.date.fromisoformat(s)
    except Exception: return None

# profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days", "level",
         "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
pids = []
for p in profiles:
    c = p.get("conv")
    pids.append(c)
    if set(p) != PKEYS: err(f"profile {c} keys {set(p) ^ PKEYS}")
    if p.get("lang") != "es": err(f"profile {c} lang")
    if p.get("timezone") != "America/Guayaquil": err(f"profile {c} tz")
    if p.get("units") not in ("km", "mi"): err(f"profile {c} units")
    if not (16 <= p.get("age", 0) <= 65): err(f"profile {c} age")
    if p.get("level") not in ("beginner", "intermediate", "advanced"): err(f"profile {c} level")
    if not set(p.get("preferred_days", [])) <= DAYS: err(f"profile {c} days")
    if len(p.get("preferred_days", [])) != p.get("days_per_week"): err(f"profile {c} days_per_week != len(preferred_days)")
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c} goal keys")
        dd = isdate(g.get("date", ""))
        if not dd or dd <= WEEK_END: err(f"profile {c} goal date {g.get('date')}")
        if g.get("goal_time") is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]): err(f"profile {c} goal_time")
    r = p.get("recent_race")
    if r is not None:
        if set(r) != {"distance_km", "time", "month"}: err(f"profile {c} recent keys")
        if not re.fullmatch(r"\d+:\d\d:\d\d", r.get("time", "")): err(f"profile {c} recent time")
        if not re.fullmatch(r"\d{4}-\d\d", r.get("month", "")): err(f"profile {c} recent month")
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"}: err(f"profile {c} injury keys")
        if inj.get("side") not in ("left", "right", None): err(f"profile {c} injury side")
if len(set(pids)) != len(pids): err("duplicate profiles")

# conversations
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by = collections.defaultdict(list)
for m in convs:
    if set(m) != CKEYS: err(f"msg {m.get('conv')}/{m.get('i')} keys")
    by[m["conv"]].append(m)
if set(by) != set(pids): err(f"conv ids vs profiles: {set(by) ^ set(pids)}")
msg_date = {}
for cid, ms in by.items():
    if [m["i"] for m in ms] != list(range(len(ms))): err(f"{cid} i not 0..n-1 in order")
    if not (18 <= len(ms) <= 24): err(f"{cid} has {len(ms)} messages")
    prev = None
    for m in ms:
        s = m["sent_at"]
        if not re.fullmatch(r"2027-11-(1[5-9]|2[01])T\d\d:\d\d:\d\d-05:00", s): err(f"{cid}/{m['i']} sent_at {s}")
        t = datetime.datetime.fromisoformat(s)
        if prev and t < prev: err(f"{cid}/{m['i']} out of order")
        prev = t
        msg_date[(cid, m["i"])] = t.date()
        if not isinstance(m["text"], str) or not m["text"].strip(): err(f"{cid}/{m['i']} empty text")
        if m["after_coach"] is not None and not isinstance(m["after_coach"], str): err(f"{cid}/{m['i']} after_coach")
        if m["lang"] != "es": err(f"{cid}/{m['i']} lang")

# labels
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
FACT = {
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
def num_or_null(x): return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0)
def int_or_null(x): return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)

seen = collections.Counter()
fact_counts = collections.Counter()
kind_counts = collections.Counter()
rf_msgs = collections.Counter()
rf_convs = set()
for l in labels:
    key = (l.get("conv"), l.get("i"))
    where = f"label {key}"
    seen[key] += 1
    if set(l) != LKEYS: err(f"{where} keys {set(l) ^ LKEYS}"); continue
    if key not in msg_date: err(f"{where} has no message"); continue
    if l["kind"] not in KINDS: err(f"{where} kind {l['kind']}")
    kind_counts[l["kind"]] += 1
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err(f"{where} bools")
    if l["red_flag"] != (l["red_flag_kind"] is not None): err(f"{where} red_flag/kind mismatch")
    if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"): err(f"{where} rf kind")
    if l["red_flag"]:
        rf_msgs[l["red_flag_kind"]] += 1; rf_convs.add(l["conv"])
    if not isinstance(l["note"], str) or not l["note"]: err(f"{where} note")
    if l["kind"] in NOWRITE and l["writes"]: err(f"{where} kind {l['kind']} must not write")
    md = msg_date[key]
    for f in l["writes"]:
        t = f.get("type")
        if t not in FACT: err(f"{where} fact type {t}"); continue
        if set(f) != FACT[t]: err(f"{where} {t} keys {set(f) ^ FACT[t]}"); continue
        fact_counts[t] += 1
        if "date" in f and t != "goal_race":
            dd = isdate(f["date"])
            if not dd or dd > md or (md - dd).days > 7: err(f"{where} {t} date {f['date']} vs sent {md}")
        if t == "run":
            if not num_or_null(f["distance_km"]) or not int_or_null(f["duration_s"]): err(f"{where} run nums")
            if f["effort"] not in ("easy", "long", "workout", "race", "time_trial", "unknown"): err(f"{where} effort")
        elif t == "cross_training":
            if f["activity"] not in ("bike", "swim", "gym", "yoga", "walk", "elliptical", "other"): err(f"{where} activity")
            if not int_or_null(f["duration_s"]): err(f"{where} ct dur")
        elif t == "injury":
            if f["body_part"] not in PARTS: err(f"{where} part")
            if f["side"] not in ("left", "right", None): err(f"{where} side")
            if f["severity"] not in ("mild", "moderate", "severe"): err(f"{where} severity")
            p = f["pain"]
            if p is not None:
                if not (isinstance(p, int) and 0 <= p <= 10): err(f"{where} pain")
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if f["severity"] != exp and not (l["red_flag"] and f["severity"] == "severe"):
                    err(f"{where} severity {f['severity']} vs pain {p}")
            if f["body_part"] == "chest" and not (l["red_flag_kind"] == "cardiac" and f["severity"] == "severe"):
                err(f"{where} chest injury must be cardiac red flag, severe")
            if l["red_flag"] and f["severity"] != "severe": err(f"{where} red-flag injury must be severe")
        elif t == "injury_resolved":
            if f["body_part"] not in PARTS: err(f"{where} part")
        elif t == "race_result":
            if not num_or_null(f["distance_km"]) or not int_or_null(f["time_s"]): err(f"{where} race nums")
            if not any(g.get("type") == "run" and g.get("effort") == "race" and g.get("date") == f["date"] for g in l["writes"]):
                err(f"{where} race_result without run effort race")
        elif t == "goal_race":
            if f["date"] is not None and (not isdate(f["date"]) or isdate(f["date"]) <= WEEK_END): err(f"{where} goal date")
            if not int_or_null(f["goal_time_s"]) or not num_or_null(f["distance_km"]): err(f"{where} goal nums")
        elif t == "preferred_days":
            if not f["days"] or not set(f["days"]) <= DAYS: err(f"{where} days")
        elif t == "correction":
            if f["target"] != "run": err(f"{where} target")
            if not num_or_null(f["distance_km"]) or not int_or_null(f["duration_s"]): err(f"{where} corr nums")
for k in msg_date:
    if seen[k] != 1: err(f"message {k} has {seen[k]} labels")
for k, n in seen.items():
    if n > 1: err(f"label {k} duplicated")
if len(rf_convs) < 4: err(f"only {len(rf_convs)} red-flag conversations")

print(f"profiles: {len(profiles)}  conversations: {len(by)}  messages: {len(convs)}  labels: {len(labels)}")
print("messages per conversation:", {c: len(v) for c, v in sorted(by.items())})
print("kinds:", dict(sorted(kind_counts.items())))
print("facts:", dict(sorted(fact_counts.items())), " total:", sum(fact_counts.values()))
print("red-flag messages:", sum(rf_msgs.values()), dict(rf_msgs), " red-flag conversations:", len(rf_convs), sorted(rf_convs))
print("clarify_ok true:", sum(l.get("clarify_ok") is True for l in labels))
print("messages with no writes:", sum(1 for l in labels if not l.get("writes")))
if errs:
    print(f"\n{len(errs)} ERROR(S):"); [print("  -", e) for e in errs]; sys.exit(1)
print("OK")
