#!/usr/bin/env python3
"""Validate the v16-es blind set: parse, schema, one label per message, counts."""
import json, os, re, sys, collections, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
CONV_IDS = [f"es-{k:02d}" for k in range(1, 13)]

# ---- profiles
PKEYS = ["conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
         "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"]
if [p.get("conv") for p in profiles] != CONV_IDS:
    err("profiles: conv ids must be es-01..es-12 in order")
for p in profiles:
    c = p.get("conv")
    if list(p) != PKEYS: err(f"{c}: profile keys {list(p)}")
    if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in ("km", "mi"):
        err(f"{c}: lang/timezone/units")
    if not (16 <= p["age"] <= 65): err(f"{c}: age")
    if p["level"] not in ("beginner", "intermediate", "advanced"): err(f"{c}: level")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
        err(f"{c}: preferred_days/days_per_week")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"{c}: goal_race keys")
        if g["date"] <= "2027-06-13": err(f"{c}: goal race date must be after the week")
        if g["goal_time"] is not None and not re.fullmatch(r"\d:\d\d:\d\d", g["goal_time"]): err(f"{c}: goal_time")
    r = p["recent_race"]
    if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d:\d\d:\d\d", r["time"])):
        err(f"{c}: recent_race")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"}: err(f"{c}: injury keys")

# ---- conversations
CKEYS = ["conv", "i", "lang", "sent_at", "text", "after_coach"]
by_conv = collections.defaultdict(list)
for m in convs:
    if list(m) != CKEYS: err(f"message keys {list(m)}")
    by_conv[m["conv"]].append(m)
if sorted(by_conv) != CONV_IDS: err(f"conversations: conv ids {sorted(by_conv)}")
for c, msgs in by_conv.items():
    if not (18 <= len(msgs) <= 24): err(f"{c}: {len(msgs)} messages (want 18-24)")
    prev = None
    for k, m in enumerate(msgs):
        if m["i"] != k: err(f"{c}: i {m['i']} != {k}")
        if not re.fullmatch(r"2027-06-(0[7-9]|1[0-3])T\d\d:\d\d:\d\d-05:00", m["sent_at"]):
            err(f"{c}/{k}: sent_at {m['sent_at']} outside week or wrong offset")
        t = datetime.datetime.fromisoformat(m["sent_at"])
        if prev and t < prev: err(f"{c}/{k}: sent_at goes backwards")
        prev = t
        if not m["text"].strip(): err(f"{c}/{k}: empty text")
        if m["lang"] != "es": err(f"{c}/{k}: lang")

# ---- labels
LKEYS = ["conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"]
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
FACT_KEYS = {
    "run": ["type", "date", "distance_km", "duration_s", "effort"],
    "cross_training": ["type", "date", "activity", "duration_s"],
    "injury": ["type", "body_part", "side", "pain", "severity"],
    "injury_resolved": ["type", "body_part"],
    "race_result": ["type", "date", "distance_km", "time_s"],
    "goal_race": ["type", "distance_km", "date", "goal_time_s"],
    "preferred_days": ["type", "days"],
    "correction": ["type", "target", "date", "distance_km", "duration_s"],
    "delete_run": ["type", "date"],
}
def is_date(s): return isinstance(s, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", s) is not None
def num_or_none(x): return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0)
def int_or_none(x): return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)

def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS: return err(f"{where}: unknown fact type {t}")
    if list(f) != FACT_KEYS[t]: return err(f"{where}: {t} keys {list(f)}")
    if "date" in f and t != "goal_race":
        if not is_date(f["date"]): err(f"{where}: date")
        elif f["date"] > sent_date: err(f"{where}: fact date {f['date']} after message date {sent_date}")
    if t == "run":
        if not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]): err(f"{where}: run values")
        if f["effort"] not in ("easy", "long", "workout", "race", "time_trial", "unknown"): err(f"{where}: effort")
    elif t == "cross_training":
        if f["activity"] not in ("bike", "swim", "gym", "yoga", "walk", "elliptical", "other"): err(f"{where}: activity")
        if not int_or_none(f["duration_s"]): err(f"{where}: duration")
    elif t == "injury":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
        if f["side"] not in ("left", "right", None): err(f"{where}: side")
        if f["severity"] not in ("mild", "moderate", "severe"): err(f"{where}: severity")
        p = f["pain"]
        if p is not None:
            if not (isinstance(p, int) and 0 <= p <= 10): err(f"{where}: pain")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
    elif t == "race_result":
        if not isinstance(f["distance_km"], (int, float)) or not int_or_none(f["time_s"]): err(f"{where}: race values")
    elif t == "goal_race":
        if not isinstance(f["distance_km"], (int, float)) or not int_or_none(f["goal_time_s"]): err(f"{where}: goal values")
        if f["date"] is not None and (not is_date(f["date"]) or f["date"] <= "2027-06-13"): err(f"{where}: goal date")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]): err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run": err(f"{where}: target")
        if not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]): err(f"{where}: correction values")
        if f["distance_km"] is None and f["duration_s"] is None: err(f"{where}: empty correction")

msg_index = {(m["conv"], m["i"]): m for m in convs}
seen = collections.Counter()
for lab in labels:
    key = (lab.get("conv"), lab.get("i"))
    seen[key] += 1
    where = f"{key[0]}/{key[1]}"
    if list(lab) != LKEYS: err(f"{where}: label keys {list(lab)}"); continue
    if key not in msg_index: err(f"{where}: label for unknown message"); continue
    if lab["kind"] not in KINDS: err(f"{where}: kind {lab['kind']}")
    if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool): err(f"{where}: bools")
    if lab["red_flag"] != (lab["red_flag_kind"] is not None): err(f"{where}: red_flag / red_flag_kind mismatch")
    if lab["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"): err(f"{where}: red_flag_kind")
    if lab["kind"] in NOWRITE and lab["writes"]: err(f"{where}: kind {lab['kind']} must have no writes")
    if not isinstance(lab["note"], str): err(f"{where}: note")
    sent_date = msg_index[key]["sent_at"][:10]
    for f in lab["writes"]:
        check_fact(where, f, sent_date)
        if lab["red_flag"] and f.get("type") == "injury" and f["severity"] != "severe":
            err(f"{where}: red-flag message injury must be severe")
        if f.get("type") == "injury" and not lab["red_flag"] and f["pain"] is not None:
            want = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
            if f["severity"] != want: err(f"{where}: severity {f['severity']} for pain {f['pain']}")
        if f.get("type") == "injury" and f["body_part"] == "chest" and lab["red_flag_kind"] != "cardiac":
            err(f"{where}: chest injury must be a cardiac red flag")
    if lab["kind"] == "answer" and msg_index[key]["after_coach"] is None:
        err(f"{where}: kind answer but no after_coach")
for key in msg_index:
    if seen[key] != 1: err(f"{key[0]}/{key[1]}: {seen[key]} labels (want 1)")
if [(l["conv"], l["i"]) for l in labels] != [(m["conv"], m["i"]) for m in convs]:
    err("labels not in the same order as messages")

# ---- counts
rf_convs = {l["conv"] for l in labels if l["red_flag"]}
if len(rf_convs) < 4: err(f"only {len(rf_convs)} red-flag conversations (want >= 4)")
kinds = collections.Counter(l["kind"] for l in labels)
facts = collections.Counter(f["type"] for l in labels for f in l["writes"])
rfk = collections.Counter(l["red_flag_kind"] for l in labels if l["red_flag"])

print(f"conversations: {len(by_conv)}  messages: {len(convs)}  labels: {len(labels)}  profiles: {len(profiles)}")
print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
print(f"red-flag conversations: {len(rf_convs)} {sorted(rf_convs)}")
print("red-flag messages by kind:", dict(rfk), "total", sum(rfk.values()))
print("kinds:", dict(sorted(kinds.items())))
print("facts written:", dict(sorted(facts.items())), "total", sum(facts.values()))
print("messages with no writes:", sum(1 for l in labels if not l["writes"]),
      " clarify_ok:", sum(l["clarify_ok"] for l in labels),
      " after_coach answers:", sum(1 for m in convs if m["after_coach"]))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("OK")
