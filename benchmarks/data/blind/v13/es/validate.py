#!/usr/bin/env python3
"""Validate the v13-es blind set: parse, schema, one label per message, counts.
Usage: python3 validate.py [--dump]   (--dump prints each message next to its label)
"""
import json, os, re, sys, collections, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n}: bad json {e}")
    return rows

profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TS = re.compile(r"^2027-03-(1[5-9]|2[01])T\d{2}:\d{2}:\d{2}-05:00$")
WEEK_END = "2027-03-21"
EXPECTED_CONVS = [f"es-{n:02d}" for n in range(1, 13)]

def isint(x):
    return isinstance(x, int) and not isinstance(x, bool)

def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

# ---------------- profiles
P_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
          "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
pconvs = []
for p in profiles:
    c = p.get("conv")
    pconvs.append(c)
    if set(p) != P_KEYS:
        err(f"profile {c}: keys {sorted(set(p) ^ P_KEYS)}")
        continue
    if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] != "km":
        err(f"profile {c}: lang/tz/units")
    if not (isint(p["age"]) and 16 <= p["age"] <= 65):
        err(f"profile {c}: age")
    if p["level"] not in ("beginner", "intermediate", "advanced"):
        err(f"profile {c}: level")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
        err(f"profile {c}: preferred_days/days_per_week")
    for k in ("weekly_km", "longest_run_km"):
        if not isnum(p[k]):
            err(f"profile {c}: {k}")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"profile {c}: goal_race keys")
        elif not (DATE.match(g["date"]) and g["date"] > WEEK_END):
            err(f"profile {c}: goal date must be after {WEEK_END}")
        elif g["goal_time"] is not None and not re.match(r"^\d:\d{2}:\d{2}$", g["goal_time"]):
            err(f"profile {c}: goal_time format")
    r = p["recent_race"]
    if r is not None:
        if set(r) != {"distance_km", "time", "month"} or not re.match(r"^\d:\d{2}:\d{2}$", r["time"]) \
                or not re.match(r"^\d{4}-\d{2}$", r["month"]):
            err(f"profile {c}: recent_race")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None) \
                or not isinstance(inj["current"], bool):
            err(f"profile {c}: injury {inj}")
if sorted(pconvs) != EXPECTED_CONVS:
    err(f"profiles: convs {pconvs}")

# ---------------- conversations
C_KEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by_conv = collections.defaultdict(list)
for m in convs:
    if set(m) != C_KEYS:
        err(f"conv msg {m.get('conv')}/{m.get('i')}: keys")
        continue
    by_conv[m["conv"]].append(m)
    if m["lang"] != "es" or not TS.match(m["sent_at"]):
        err(f"{m['conv']}/{m['i']}: lang or sent_at {m['sent_at']}")
    if not isinstance(m["text"], str) or not m["text"].strip():
        err(f"{m['conv']}/{m['i']}: empty text")
    if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
        err(f"{m['conv']}/{m['i']}: after_coach")
if sorted(by_conv) != EXPECTED_CONVS:
    err(f"conversations: convs {sorted(by_conv)}")
for c, ms in by_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))):
        err(f"{c}: i not 0..n-1 in order")
    if not 18 <= len(ms) <= 24:
        err(f"{c}: {len(ms)} messages (want 18-24)")
    ts = [m["sent_at"] for m in ms]
    if ts != sorted(ts) or len(set(ts)) != len(ts):
        err(f"{c}: sent_at not strictly increasing")
msg_index = {(m["conv"], m["i"]): m for m in convs}

# ---------------- labels
L_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
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

def sev_of(p):
    return "mild" if p <= 3 else ("moderate" if p <= 6 else "severe")

def check_fact(where, f, sent_date, rf):
    t = f.get("type")
    if t not in FACT_KEYS:
        return err(f"{where}: unknown fact type {t}")
    if set(f) != FACT_KEYS[t]:
        return err(f"{where}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
    if "date" in f and f["date"] is not None:
        if not DATE.match(f["date"]):
            err(f"{where}: date format")
        elif t != "goal_race" and f["date"] > sent_date:
            err(f"{where}: {t} dated after the message was sent")
    if t == "run":
        if f["distance_km"] is not None and not isnum(f["distance_km"]): err(f"{where}: distance")
        if f["duration_s"] is not None and not isint(f["duration_s"]): err(f"{where}: duration")
        if f["effort"] not in EFFORTS: err(f"{where}: effort")
    elif t == "cross_training":
        if f["activity"] not in ACTS: err(f"{where}: activity")
        if f["duration_s"] is not None and not isint(f["duration_s"]): err(f"{where}: duration")
    elif t == "injury":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
        if f["side"] not in ("left", "right", None): err(f"{where}: side")
        if f["severity"] not in ("mild", "moderate", "severe"): err(f"{where}: severity")
        if f["pain"] is not None:
            if not (isint(f["pain"]) and 0 <= f["pain"] <= 10): err(f"{where}: pain")
            elif sev_of(f["pain"]) != f["severity"] and not rf: err(f"{where}: severity vs pain")
        if rf and f["severity"] != "severe": err(f"{where}: red-flag injury must be severe")
        if f["body_part"] == "chest" and (f["severity"] != "severe" or rf != "cardiac"):
            err(f"{where}: chest injury must be severe + cardiac red flag")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
    elif t == "race_result":
        if not isnum(f["distance_km"]) or (f["time_s"] is not None and not isint(f["time_s"])): err(f"{where}: race")
    elif t == "goal_race":
        if not isnum(f["distance_km"]) or (f["goal_time_s"] is not None and not isint(f["goal_time_s"])): err(f"{where}: goal")
        if f["date"] is not None and f["date"] <= WEEK_END: err(f"{where}: goal date in the past")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS: err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run": err(f"{where}: target")
        if f["distance_km"] is None and f["duration_s"] is None: err(f"{where}: empty correction")

seen = collections.Counter()
for lab in labels:
    where = f"label {lab.get('conv')}/{lab.get('i')}"
    if set(lab) != L_KEYS:
        err(f"{where}: keys {sorted(set(lab) ^ L_KEYS)}")
        continue
    key = (lab["conv"], lab["i"])
    seen[key] += 1
    if key not in msg_index:
        err(f"{where}: no such message")
        continue
    if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
        err(f"{where}: bool fields")
    if lab["red_flag"] != (lab["red_flag_kind"] is not None) or \
            (lab["red_flag_kind"] is not None and lab["red_flag_kind"] not in RF_KINDS):
        err(f"{where}: red_flag / red_flag_kind mismatch")
    if lab["kind"] not in KINDS:
        err(f"{where}: kind {lab['kind']}")
    if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
        err(f"{where}: kind {lab['kind']} must have no writes")
    if lab["kind"] == "answer" and msg_index[key]["after_coach"] is None:
        err(f"{where}: kind answer but no after_coach")
    if lab["clarify_ok"] and not lab["note"]:
        err(f"{where}: clarify_ok needs a note")
    if not isinstance(lab["writes"], list):
        err(f"{where}: writes not a list")
        continue
    sent_date = msg_index[key]["sent_at"][:10]
    for f in lab["writes"]:
        check_fact(where, f, sent_date, lab["red_flag_kind"])
for key in msg_index:
    if seen[key] != 1:
        err(f"message {key}: {seen[key]} labels (want exactly 1)")

# ---------------- counts
n_conv = len(by_conv)
n_msg = len(convs)
rf_msgs = [l for l in labels if l.get("red_flag")]
rf_convs = sorted({l["conv"] for l in rf_msgs})
rf_by_kind = collections.Counter(l["red_flag_kind"] for l in rf_msgs)
writes = collections.Counter(f["type"] for l in labels for f in l.get("writes", []))
kinds = collections.Counter(l.get("kind") for l in labels)
if len(rf_convs) < 4:
    err(f"only {len(rf_convs)} red-flag conversations (want >= 4)")
for need in ("musculoskeletal", "cardiac", "heat"):
    if not rf_by_kind[need]:
        err(f"no {need} red flag")

if "--dump" in sys.argv:
    lab_index = {(l["conv"], l["i"]): l for l in labels}
    for key in sorted(msg_index):
        m, l = msg_index[key], lab_index.get(key, {})
        print(f"{key[0]}/{key[1]:>2} {m['sent_at'][5:16]} [{l.get('kind')}{' RF:'+l['red_flag_kind'] if l.get('red_flag') else ''}] {m['text']}")
        for f in l.get("writes", []):
            print("        ->", json.dumps(f, ensure_ascii=False))

print(f"conversations: {n_conv}")
print(f"messages: {n_msg}  (per conv: " + ", ".join(f"{c}={len(by_conv[c])}" for c in sorted(by_conv)) + ")")
print(f"red-flag messages: {len(rf_msgs)}  by kind: {dict(sorted(rf_by_kind.items()))}")
print(f"red-flag conversations: {len(rf_convs)}  {rf_convs}")
print(f"messages with writes: {sum(1 for l in labels if l.get('writes'))}; total writes: {sum(writes.values())}")
print("writes by type: " + ", ".join(f"{k}={v}" for k, v in sorted(writes.items())))
print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
print(f"clarify_ok messages: {sum(1 for l in labels if l.get('clarify_ok'))}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK")
