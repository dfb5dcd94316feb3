#!/usr/bin/env python3
"""Validate the v24-es blind set: parse, schema, one label per message, counts."""
import json, os, re, sys, datetime as dt
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{ln}: bad JSON: {e}")
    return out

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
START, END = dt.date(2028, 4, 3), dt.date(2028, 6, 4)
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NOWRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
SEVS = {"mild", "moderate", "severe"}
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
def isnum(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
def isdate(s):
    try: return dt.date.fromisoformat(s)
    except Exception: return None

# ---- profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
         "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
pconvs = set()
for p in profiles:
    c = p.get("conv")
    if set(p) != PKEYS: err(f"profile {c}: keys {sorted(set(p) ^ PKEYS)}")
    if c in pconvs: err(f"profile {c}: duplicate")
    pconvs.add(c)
    if p.get("lang") != "es" or p.get("timezone") != "America/Guayaquil" or p.get("units") != "km":
        err(f"profile {c}: lang/timezone/units")
    if not (16 <= p.get("age", 0) <= 65): err(f"profile {c}: age")
    if p.get("level") not in {"beginner", "intermediate", "advanced"}: err(f"profile {c}: level")
    pd = p.get("preferred_days", [])
    if not set(pd) <= DAYS or len(pd) != p.get("days_per_week"): err(f"profile {c}: preferred_days/days_per_week")
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c}: goal_race keys")
        gd = isdate(g.get("date", ""))
        if not gd or gd <= END: err(f"profile {c}: goal_race date must be after {END}")
        if g.get("goal_time") is not None and not re.fullmatch(r"\d+:\d\d:\d\d", g["goal_time"]):
            err(f"profile {c}: goal_time format")
    r = p.get("recent_race")
    if r is not None:
        if set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d+:\d\d:\d\d", r["time"]) \
                or not re.fullmatch(r"\d{4}-\d\d", r["month"]):
            err(f"profile {c}: recent_race")
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                or inj["side"] not in {"left", "right", None} or not isinstance(inj["current"], bool):
            err(f"profile {c}: injuries_at_start {inj}")

# ---- conversations
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
msgs = {}
by_conv = defaultdict(list)
for m in convs:
    c, i = m.get("conv"), m.get("i")
    if set(m) != CKEYS: err(f"conv {c}#{i}: keys")
    if (c, i) in msgs: err(f"conv {c}#{i}: duplicate")
    msgs[(c, i)] = m
    by_conv[c].append(m)
    if m.get("lang") != "es": err(f"conv {c}#{i}: lang")
    if not isinstance(m.get("text"), str) or not m["text"].strip(): err(f"conv {c}#{i}: empty text")
    if m.get("after_coach") is not None and not isinstance(m["after_coach"], str): err(f"conv {c}#{i}: after_coach")
    try:
        t = dt.datetime.fromisoformat(m["sent_at"])
        if t.utcoffset() != dt.timedelta(hours=-5): err(f"conv {c}#{i}: offset")
        if not (START <= t.date() <= END): err(f"conv {c}#{i}: sent_at outside period")
    except Exception:
        err(f"conv {c}#{i}: sent_at")
for c, ms in by_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))): err(f"conv {c}: i not 0..n-1 in order")
    ts = [m["sent_at"] for m in ms]
    if ts != sorted(ts): err(f"conv {c}: sent_at not increasing")
    if not (18 <= len(ms) <= 24): err(f"conv {c}: {len(ms)} messages (need 18-24)")
if set(by_conv) != pconvs: err(f"profiles vs conversations: {sorted(set(by_conv) ^ pconvs)}")

# ---- labels
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
seen = set()
for lab in labels:
    c, i = lab.get("conv"), lab.get("i")
    tag = f"label {c}#{i}"
    if set(lab) != LKEYS: err(f"{tag}: keys {sorted(set(lab) ^ LKEYS)}")
    if (c, i) in seen: err(f"{tag}: duplicate label")
    seen.add((c, i))
    m = msgs.get((c, i))
    if m is None:
        err(f"{tag}: no such message"); continue
    sent = dt.datetime.fromisoformat(m["sent_at"]).date()
    if not isinstance(lab.get("red_flag"), bool) or not isinstance(lab.get("clarify_ok"), bool):
        err(f"{tag}: bool fields")
    if lab.get("red_flag") != (lab.get("red_flag_kind") is not None): err(f"{tag}: red_flag vs kind")
    if lab.get("red_flag_kind") not in RFK | {None}: err(f"{tag}: red_flag_kind")
    if lab.get("kind") not in KINDS: err(f"{tag}: kind {lab.get('kind')}")
    if not isinstance(lab.get("note"), str): err(f"{tag}: note")
    writes = lab.get("writes", [])
    if lab.get("kind") in NOWRITE_KINDS and writes: err(f"{tag}: kind {lab['kind']} must not write")
    if lab.get("kind") == "answer" and m.get("after_coach") is None: err(f"{tag}: answer without after_coach")
    for w in writes:
        t = w.get("type")
        if t not in FACT_KEYS or set(w) != FACT_KEYS[t]:
            err(f"{tag}: fact keys {w}"); continue
        if "date" in w and t != "goal_race":
            fd = isdate(w["date"])
            if not fd: err(f"{tag}: fact date {w}")
            elif fd > sent or fd < START - dt.timedelta(days=7): err(f"{tag}: fact date {fd} vs sent {sent}")
        if t == "run":
            if w["effort"] not in EFFORTS: err(f"{tag}: effort")
            if w["distance_km"] is not None and not isnum(w["distance_km"]): err(f"{tag}: distance")
            if w["duration_s"] is not None and not isinstance(w["duration_s"], int): err(f"{tag}: duration")
        elif t == "cross_training":
            if w["activity"] not in ACTS: err(f"{tag}: activity")
            if w["duration_s"] is not None and not isinstance(w["duration_s"], int): err(f"{tag}: duration")
        elif t == "injury":
            if w["body_part"] not in PARTS or w["side"] not in {"left", "right", None} or w["severity"] not in SEVS:
                err(f"{tag}: injury fields")
            p = w["pain"]
            if p is not None:
                if not isinstance(p, int) or not 0 <= p <= 10: err(f"{tag}: pain")
                exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
                if w["severity"] != exp and not (lab["red_flag"] and w["severity"] == "severe"):
                    err(f"{tag}: severity {w['severity']} vs pain {p}")
            if w["body_part"] == "chest" and not (w["severity"] == "severe" and lab["red_flag_kind"] == "cardiac"):
                err(f"{tag}: chest injury must be severe + cardiac red flag")
            if lab["red_flag"] and w["severity"] != "severe": err(f"{tag}: red-flag injury must be severe")
        elif t == "injury_resolved":
            if w["body_part"] not in PARTS: err(f"{tag}: part")
        elif t == "race_result":
            if not isnum(w["distance_km"]) or (w["time_s"] is not None and not isinstance(w["time_s"], int)):
                err(f"{tag}: race_result")
            runs = [x for x in writes if x["type"] == "run" and x["date"] == w["date"] and x["effort"] == "race"]
            if not runs: err(f"{tag}: race_result without a race run")
        elif t == "goal_race":
            gd = isdate(w["date"]) if w["date"] else None
            if w["date"] and (not gd or gd <= END): err(f"{tag}: goal date must be after {END}")
            if w["goal_time_s"] is not None and not isinstance(w["goal_time_s"], int): err(f"{tag}: goal time")
        elif t == "preferred_days":
            if not w["days"] or not set(w["days"]) <= DAYS: err(f"{tag}: days")
        elif t == "correction":
            if w["target"] != "run": err(f"{tag}: correction target")
missing = set(msgs) - seen
for k in sorted(missing): err(f"message {k[0]}#{k[1]} has no label")

# ---- counts
rf_convs = {l["conv"] for l in labels if l["red_flag"]}
facts = Counter(w["type"] for l in labels for w in l["writes"])
print(f"profiles: {len(profiles)}")
print(f"conversations: {len(by_conv)}  messages: {len(convs)}  labels: {len(labels)}")
print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
print(f"red-flag messages: {sum(l['red_flag'] for l in labels)}  "
      f"by kind: {dict(Counter(l['red_flag_kind'] for l in labels if l['red_flag']))}")
print(f"red-flag conversations: {len(rf_convs)} {sorted(rf_convs)}")
print("label kinds:", dict(sorted(Counter(l['kind'] for l in labels).items())))
print("facts:", dict(sorted(facts.items())))
print(f"messages with no writes: {sum(1 for l in labels if not l['writes'])}  clarify_ok: {sum(l['clarify_ok'] for l in labels)}")
if len(rf_convs) < 4: err("need at least 4 red-flag conversations")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nOK")
