#!/usr/bin/env python3
"""Validates profiles.jsonl, conversations.jsonl and labels.jsonl of the blind set v17-es and prints counts."""
import json, re, sys, os, datetime as dt
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)
def load(name):
    out = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n} bad JSON: {e}")
    return out

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
def isdate(s):
    if not isinstance(s, str) or not DATE.match(s): return False
    try: dt.date.fromisoformat(s); return True
    except ValueError: return False
def isnum(x): return isinstance(x, (int, float)) and not isinstance(x, bool)

# ---- profiles
PK = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days", "level",
      "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
pconv = set()
for p in profiles:
    c = p.get("conv")
    if set(p) != PK: err(f"profile {c}: keys {sorted(set(p) ^ PK)}")
    pconv.add(c)
    if p.get("lang") != "es": err(f"profile {c}: lang")
    if p.get("timezone") != "America/Guayaquil": err(f"profile {c}: timezone")
    if p.get("units") not in ("km", "mi"): err(f"profile {c}: units")
    if not (isinstance(p.get("age"), int) and 16 <= p["age"] <= 65): err(f"profile {c}: age")
    if p.get("level") not in ("beginner", "intermediate", "advanced"): err(f"profile {c}: level")
    pd = p.get("preferred_days", [])
    if not all(d in DAYS for d in pd) or len(pd) != p.get("days_per_week"): err(f"profile {c}: preferred_days/days_per_week")
    for k in ("weekly_km", "longest_run_km"):
        if not isnum(p.get(k)): err(f"profile {c}: {k}")
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c}: goal_race keys")
        if not isdate(g.get("date")) or g["date"] <= "2027-07-11": err(f"profile {c}: goal date must be after 2027-07-11")
        if g.get("goal_time") is not None and not re.match(r"^\d+:\d{2}:\d{2}$", g["goal_time"]): err(f"profile {c}: goal_time")
    r = p.get("recent_race")
    if r is not None:
        if set(r) != {"distance_km", "time", "month"}: err(f"profile {c}: recent_race keys")
        if not re.match(r"^\d+:\d{2}:\d{2}$", r.get("time", "")) or not re.match(r"^\d{4}-\d{2}$", r.get("month", "")):
            err(f"profile {c}: recent_race format")
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"} or inj.get("side") not in ("left", "right", None) \
                or not isinstance(inj.get("current"), bool):
            err(f"profile {c}: injury {inj}")

# ---- conversations
CK = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
TS = re.compile(r"^2027-07-(0[5-9]|1[01])T\d{2}:\d{2}:\d{2}-05:00$")
by_conv = defaultdict(list)
for m in convs:
    if set(m) != CK: err(f"msg {m.get('conv')}/{m.get('i')}: keys")
    if m.get("lang") != "es": err(f"msg {m.get('conv')}/{m.get('i')}: lang")
    if not TS.match(m.get("sent_at", "")): err(f"msg {m.get('conv')}/{m.get('i')}: sent_at {m.get('sent_at')}")
    if not isinstance(m.get("text"), str) or not m["text"].strip(): err(f"msg {m.get('conv')}/{m.get('i')}: text")
    if m.get("after_coach") is not None and not isinstance(m["after_coach"], str): err(f"msg {m.get('conv')}/{m.get('i')}: after_coach")
    by_conv[m["conv"]].append(m)
for c, ms in by_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))): err(f"{c}: i not 0..n-1 in order")
    if [m["sent_at"] for m in ms] != sorted(m["sent_at"] for m in ms): err(f"{c}: sent_at not in order")
    if not 18 <= len(ms) <= 24: err(f"{c}: {len(ms)} messages (want 18-24)")
if set(by_conv) != pconv: err(f"convs {sorted(by_conv)} vs profiles {sorted(pconv)}")
expected = {f"es-{n:02d}" for n in range(1, 13)}
if set(by_conv) != expected: err("conversation ids are not es-01..es-12")

# ---- labels
LK = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question", "smalltalk", "answer", "mixed"}
NOWRITE = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
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
def sev_of(p): return "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
def optnum(x): return x is None or isnum(x)
def optint(x): return x is None or (isinstance(x, int) and not isinstance(x, bool) and x > 0)
msgs = {(m["conv"], m["i"]): m for m in convs}
seen = Counter()
for l in labels:
    key = (l.get("conv"), l.get("i")); seen[key] += 1
    where = f"label {key}"
    if set(l) != LK: err(f"{where}: keys {sorted(set(l) ^ LK)}"); continue
    if key not in msgs: err(f"{where}: no such message"); continue
    sent = dt.date.fromisoformat(msgs[key]["sent_at"][:10])
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err(f"{where}: bool fields")
    if l["red_flag"] != (l["red_flag_kind"] is not None): err(f"{where}: red_flag vs kind")
    if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"): err(f"{where}: red_flag_kind")
    if l["kind"] not in KINDS: err(f"{where}: kind {l['kind']}")
    if l["kind"] in NOWRITE and l["writes"]: err(f"{where}: kind {l['kind']} must have no writes")
    if not isinstance(l["note"], str): err(f"{where}: note")
    for w in l["writes"]:
        t = w.get("type")
        if t not in FK or set(w) != FK[t]: err(f"{where}: fact keys {w}"); continue
        if "date" in w and w["date"] is not None:
            if not isdate(w["date"]): err(f"{where}: date {w['date']}")
            elif t != "goal_race" and dt.date.fromisoformat(w["date"]) > sent: err(f"{where}: fact dated after the message")
        if t == "run":
            if not optnum(w["distance_km"]) or not optint(w["duration_s"]) or w["effort"] not in ("easy", "long", "workout", "race", "time_trial", "unknown"):
                err(f"{where}: run {w}")
        elif t == "cross_training":
            if w["activity"] not in ("bike", "swim", "gym", "yoga", "walk", "elliptical", "other") or not optint(w["duration_s"]):
                err(f"{where}: xt {w}")
        elif t == "injury":
            if w["body_part"] not in PARTS or w["side"] not in ("left", "right", None) or w["severity"] not in ("mild", "moderate", "severe"):
                err(f"{where}: injury {w}")
            if w["pain"] is not None and not (isinstance(w["pain"], int) and 0 <= w["pain"] <= 10): err(f"{where}: pain")
            if l["red_flag"]:
                if w["severity"] != "severe": err(f"{where}: red-flag injury must be severe")
            elif w["pain"] is not None and w["severity"] != sev_of(w["pain"]): err(f"{where}: severity vs pain")
            if w["body_part"] == "chest" and not (l["red_flag"] and l["red_flag_kind"] == "cardiac"): err(f"{where}: chest needs cardiac flag")
        elif t == "injury_resolved":
            if w["body_part"] not in PARTS: err(f"{where}: resolved part")
        elif t == "race_result":
            if not isnum(w["distance_km"]) or not optint(w["time_s"]): err(f"{where}: race {w}")
            if not any(x.get("type") == "run" and x.get("effort") == "race" and x.get("date") == w["date"] for x in l["writes"]):
                err(f"{where}: race_result without a race run")
        elif t == "goal_race":
            if not isnum(w["distance_km"]) or not optint(w["goal_time_s"]) or (w["date"] is not None and w["date"] <= "2027-07-11"):
                err(f"{where}: goal {w}")
        elif t == "preferred_days":
            if not w["days"] or not all(d in DAYS for d in w["days"]) or len(set(w["days"])) != len(w["days"]): err(f"{where}: days")
        elif t == "correction":
            if w["target"] != "run" or not optnum(w["distance_km"]) or not optint(w["duration_s"]): err(f"{where}: correction {w}")
for k in msgs:
    if seen[k] != 1: err(f"message {k}: {seen[k]} labels (want exactly 1)")
for k in seen:
    if k not in msgs: err(f"label {k} has no message")

# ---- counts
rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
facts = Counter(w["type"] for l in labels for w in l["writes"])
print(f"profiles: {len(profiles)}")
print(f"conversations: {len(by_conv)}   messages: {len(convs)}   labels: {len(labels)}")
print("messages per conversation:", {c: len(ms) for c, ms in sorted(by_conv.items())})
print("kinds:", dict(Counter(l["kind"] for l in labels).most_common()))
print(f"red-flag messages: {sum(l['red_flag'] for l in labels)} in {len(rf_convs)} conversations {rf_convs}")
print("red-flag kinds:", dict(Counter(l["red_flag_kind"] for l in labels if l["red_flag"])))
print(f"messages with writes: {sum(1 for l in labels if l['writes'])}   facts: {sum(facts.values())}", dict(facts.most_common()))
print(f"clarify_ok true: {sum(l['clarify_ok'] for l in labels)}   after_coach answers: {sum(1 for m in convs if m['after_coach'])}")
if len(rf_convs) < 4: err("fewer than 4 red-flag conversations")
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
