#!/usr/bin/env python3
"""Validate the v22-en blind set: parse, schema, one label per message, counts."""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime, date
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

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
                err(f"{name}:{n}: bad JSON {e}")
    return rows

profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
WEEK0, WEEK1 = date(2028, 2, 7), date(2028, 2, 13)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# ---------- profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
         "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    c = p.get("conv")
    if set(p) != PKEYS: err(f"profile {c}: keys {sorted(set(p) ^ PKEYS)}")
    if c in prof: err(f"profile {c} duplicated")
    prof[c] = p
    if p["lang"] != "en": err(f"profile {c}: lang")
    if not (17 <= p["age"] <= 65): err(f"profile {c}: age {p['age']}")
    ZoneInfo(p["timezone"])
    if p["units"] not in ("km", "mi"): err(f"profile {c}: units")
    if p["level"] not in ("beginner", "intermediate", "advanced"): err(f"profile {c}: level")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
        err(f"profile {c}: preferred_days/days_per_week")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c}: goal_race keys")
        if date.fromisoformat(g["date"]) <= WEEK1: err(f"profile {c}: goal race date not after week")
        if g["goal_time"] is not None and not re.match(r"^\d+:\d{2}:\d{2}$", g["goal_time"]): err(f"profile {c}: goal_time")
    r = p["recent_race"]
    if r is not None:
        if set(r) != {"distance_km", "time", "month"}: err(f"profile {c}: recent_race keys")
        if not re.match(r"^\d+:\d{2}:\d{2}$", r["time"]) or not re.match(r"^\d{4}-\d{2}$", r["month"]): err(f"profile {c}: recent_race fmt")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"}: err(f"profile {c}: injury keys")
        if inj["side"] not in ("left", "right", None): err(f"profile {c}: injury side")

# ---------- conversations
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
msgs = defaultdict(list)
for m in convs:
    if set(m) != CKEYS: err(f"msg {m.get('conv')}/{m.get('i')}: keys")
    msgs[m["conv"]].append(m)
for c, ms in msgs.items():
    if c not in prof: err(f"{c}: no profile")
    if [m["i"] for m in ms] != list(range(len(ms))): err(f"{c}: i not 0..n-1 in order")
    if not (18 <= len(ms) <= 24): err(f"{c}: {len(ms)} messages (need 18-24)")
    prev = None
    tz = ZoneInfo(prof[c]["timezone"])
    for m in ms:
        dt = datetime.fromisoformat(m["sent_at"])
        if dt.utcoffset() != dt.astimezone(tz).utcoffset(): err(f"{c}/{m['i']}: UTC offset != {tz}")
        if not (WEEK0 <= dt.date() <= WEEK1): err(f"{c}/{m['i']}: outside the week")
        if prev and dt < prev: err(f"{c}/{m['i']}: time goes backwards")
        prev = dt
        if not m["text"].strip(): err(f"{c}/{m['i']}: empty text")
        if m["lang"] != "en": err(f"{c}/{m['i']}: lang")
for c in prof:
    if c not in msgs: err(f"{c}: profile without conversation")

# ---------- labels
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
BODY = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
ACT = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
EFF = {"easy", "long", "workout", "race", "time_trial", "unknown"}
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
def num_or_none(v, integer=False):
    if v is None: return True
    if isinstance(v, bool): return False
    return isinstance(v, int) if integer else isinstance(v, (int, float))

def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS: err(f"{where}: fact type {t}"); return
    if set(f) != FACT_KEYS[t]: err(f"{where}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
    if "date" in f and f["date"] is not None:
        if not DATE_RE.match(f["date"]): err(f"{where}: date fmt")
        elif t != "goal_race" and date.fromisoformat(f["date"]) > sent_date: err(f"{where}: fact date after message date")
        elif t == "goal_race" and date.fromisoformat(f["date"]) <= WEEK1: err(f"{where}: goal race not after week")
    if t == "run":
        if f["effort"] not in EFF: err(f"{where}: effort")
        if not num_or_none(f["distance_km"]) or not num_or_none(f["duration_s"], True): err(f"{where}: run numbers")
    if t == "cross_training":
        if f["activity"] not in ACT: err(f"{where}: activity")
        if not num_or_none(f["duration_s"], True): err(f"{where}: duration")
    if t == "injury":
        if f["body_part"] not in BODY: err(f"{where}: body_part")
        if f["side"] not in ("left", "right", None): err(f"{where}: side")
        if f["severity"] not in ("mild", "moderate", "severe"): err(f"{where}: severity")
        p = f["pain"]
        if p is not None:
            if not isinstance(p, int) or not 0 <= p <= 10: err(f"{where}: pain")
            else:
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if exp != f["severity"]: err(f"{where}: severity {f['severity']} vs pain {p}")
    if t == "injury_resolved" and f["body_part"] not in BODY: err(f"{where}: body_part")
    if t == "race_result" and (not num_or_none(f["time_s"], True) or not isinstance(f["distance_km"], (int, float))): err(f"{where}: race numbers")
    if t == "goal_race" and not num_or_none(f["goal_time_s"], True): err(f"{where}: goal time")
    if t == "preferred_days" and (not f["days"] or not set(f["days"]) <= DAYS): err(f"{where}: days")
    if t == "correction":
        if f["target"] != "run": err(f"{where}: target")
        if f["distance_km"] is None and f["duration_s"] is None: err(f"{where}: empty correction")

lab = {}
for l in labels:
    key = (l.get("conv"), l.get("i"))
    where = f"label {key}"
    if set(l) != LKEYS: err(f"{where}: keys {sorted(set(l) ^ LKEYS)}")
    if key in lab: err(f"{where}: duplicate")
    lab[key] = l
    if l["kind"] not in KINDS: err(f"{where}: kind {l['kind']}")
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err(f"{where}: bools")
    if l["red_flag"] != (l["red_flag_kind"] is not None): err(f"{where}: red_flag/kind mismatch")
    if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"): err(f"{where}: red_flag_kind")
    if l["kind"] in NO_WRITE_KINDS and l["writes"]: err(f"{where}: kind {l['kind']} must have no writes")
    if not l["note"].strip(): err(f"{where}: empty note")
    ms = msgs.get(key[0], [])
    if not (isinstance(key[1], int) and 0 <= key[1] < len(ms)):
        err(f"{where}: no such message"); continue
    sd = datetime.fromisoformat(ms[key[1]]["sent_at"]).date()
    for f in l["writes"]:
        check_fact(where, f, sd)
    if l["red_flag_kind"] == "cardiac":
        pass
for c, ms in msgs.items():
    for m in ms:
        if (c, m["i"]) not in lab: err(f"message {c}/{m['i']} has no label")

# ---------- coverage counts
n_conv = len(msgs); n_msg = sum(len(v) for v in msgs.values())
rf_convs = sorted({c for (c, i), l in lab.items() if l["red_flag"]})
rf_kinds = Counter(l["red_flag_kind"] for l in lab.values() if l["red_flag"])
kinds = Counter(l["kind"] for l in lab.values())
facts = Counter(f["type"] for l in lab.values() for f in l["writes"])
miles = sorted(c for c, p in prof.items() if p["units"] == "mi")
if len(rf_convs) < 4: err(f"only {len(rf_convs)} red-flag conversations")
if len(miles) < 4: err(f"only {len(miles)} miles runners")
if n_conv != 10: err(f"{n_conv} conversations, expected 10")

print(f"conversations: {n_conv}")
print(f"messages: {n_msg}  (labels: {len(lab)})")
print("per conversation:", {c: len(v) for c, v in sorted(msgs.items())})
print(f"red-flag conversations ({len(rf_convs)}): {rf_convs}")
print("red-flag messages by kind:", dict(rf_kinds), " total", sum(rf_kinds.values()))
print("miles runners:", miles)
print("message kinds:", dict(sorted(kinds.items())))
print("facts written:", dict(sorted(facts.items())), " total", sum(facts.values()))
print("messages with no writes:", sum(1 for l in lab.values() if not l["writes"]))
print("clarify_ok:", sum(1 for l in lab.values() if l["clarify_ok"]))
print("after_coach answers:", sum(1 for m in convs if m["after_coach"]))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
