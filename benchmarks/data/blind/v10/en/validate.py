#!/usr/bin/env python3
"""Validate the v10-en blind set: parse, schema, one label per message, counts."""
import json, os, re, sys, datetime as dt
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return out


profiles = load("profiles.jsonl")
convs = load("conversations.jsonl")
labels = load("labels.jsonl")

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENT_RE = re.compile(r"^2027-02-0[1-7]T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
WEEK_END = dt.date(2027, 2, 7)
# UTC offsets in February 2027 for the zones used
TZ_OFFSET = {"America/Chicago": "-06:00", "Asia/Kolkata": "+05:30", "Europe/Dublin": "+00:00",
             "Australia/Sydney": "+11:00", "America/Denver": "-07:00", "America/Vancouver": "-08:00",
             "Asia/Singapore": "+08:00", "Europe/London": "+00:00", "America/New_York": "-05:00",
             "America/Guayaquil": "-05:00"}

# ---------------------------------------------------------------- profiles
PROFILE_KEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    c = p.get("conv")
    if set(p) != PROFILE_KEYS:
        err(f"profile {c}: keys {sorted(set(p) ^ PROFILE_KEYS)}")
    prof[c] = p
    if p["lang"] != "en":
        err(f"profile {c}: lang")
    if not (17 <= p["age"] <= 65):
        err(f"profile {c}: age")
    if p["timezone"] not in TZ_OFFSET:
        err(f"profile {c}: unknown timezone {p['timezone']}")
    if p["units"] not in ("km", "mi"):
        err(f"profile {c}: units")
    if p["level"] not in ("beginner", "intermediate", "advanced"):
        err(f"profile {c}: level")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]:
        err(f"profile {c}: preferred_days / days_per_week")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"profile {c}: goal_race keys")
        if dt.date.fromisoformat(g["date"]) <= WEEK_END:
            err(f"profile {c}: goal race date not after the week")
        if g["goal_time"] is not None and not re.match(r"^\d+:\d{2}:\d{2}$", g["goal_time"]):
            err(f"profile {c}: goal_time format")
    r = p["recent_race"]
    if r is not None:
        if set(r) != {"distance_km", "time", "month"} or not re.match(r"^\d+:\d{2}:\d{2}$", r["time"]) \
                or not re.match(r"^\d{4}-\d{2}$", r["month"]):
            err(f"profile {c}: recent_race")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None):
            err(f"profile {c}: injuries_at_start entry")

# ---------------------------------------------------------------- conversations
CONV_KEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by_conv = defaultdict(list)
for m in convs:
    if set(m) != CONV_KEYS:
        err(f"msg {m.get('conv')}/{m.get('i')}: keys")
        continue
    by_conv[m["conv"]].append(m)
for c, msgs in by_conv.items():
    if c not in prof:
        err(f"{c}: no profile")
        continue
    if [m["i"] for m in msgs] != list(range(len(msgs))):
        err(f"{c}: i not 0..n-1 in order")
    if not (18 <= len(msgs) <= 24):
        err(f"{c}: {len(msgs)} messages (want 18-24)")
    prev = None
    for m in msgs:
        if not SENT_RE.match(m["sent_at"]):
            err(f"{c}/{m['i']}: sent_at format {m['sent_at']}")
            continue
        t = dt.datetime.fromisoformat(m["sent_at"])
        if m["sent_at"][-6:] != TZ_OFFSET[prof[c]["timezone"]]:
            err(f"{c}/{m['i']}: offset does not match timezone")
        if prev and t < prev:
            err(f"{c}/{m['i']}: sent_at goes backwards")
        prev = t
        if not m["text"].strip():
            err(f"{c}/{m['i']}: empty text")
        if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
            err(f"{c}/{m['i']}: after_coach")
if set(by_conv) != set(prof):
    err("conversation set != profile set")

# ---------------------------------------------------------------- labels
LABEL_KEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
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


def num_or_none(x):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0)


def int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def check_fact(where, f, local_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
        return
    if "date" in f and f["date"] is not None:
        if not DATE_RE.match(f["date"]):
            err(f"{where}: date format")
        elif t != "goal_race" and dt.date.fromisoformat(f["date"]) > local_date:
            err(f"{where}: {t} dated after the message")
        elif t == "goal_race" and dt.date.fromisoformat(f["date"]) <= WEEK_END:
            err(f"{where}: goal race date not in the future")
    if t == "run":
        if not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]):
            err(f"{where}: run numbers")
        if f["effort"] not in ("easy", "long", "workout", "race", "time_trial", "unknown"):
            err(f"{where}: effort")
    elif t == "cross_training":
        if f["activity"] not in ("bike", "swim", "gym", "yoga", "walk", "elliptical", "other") or not int_or_none(f["duration_s"]):
            err(f"{where}: cross_training")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None):
            err(f"{where}: injury part/side")
        if f["pain"] is not None and (not isinstance(f["pain"], int) or not 0 <= f["pain"] <= 10):
            err(f"{where}: injury pain")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: severity")
        elif f["pain"] is not None:
            exp = "mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe"
            if exp != f["severity"]:
                err(f"{where}: severity {f['severity']} != {exp} for pain {f['pain']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: injury_resolved part")
    elif t == "race_result":
        if not isinstance(f["distance_km"], (int, float)) or not int_or_none(f["time_s"]):
            err(f"{where}: race_result")
    elif t == "goal_race":
        if not isinstance(f["distance_km"], (int, float)) or not int_or_none(f["goal_time_s"]):
            err(f"{where}: goal_race")
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: preferred_days")
    elif t == "correction":
        if f["target"] != "run" or not num_or_none(f["distance_km"]) or not int_or_none(f["duration_s"]):
            err(f"{where}: correction")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: correction changes nothing")


msg_index = {(m["conv"], m["i"]): m for m in convs if "conv" in m}
seen = Counter()
for lab in labels:
    key = (lab.get("conv"), lab.get("i"))
    seen[key] += 1
    where = f"label {key[0]}/{key[1]}"
    if set(lab) != LABEL_KEYS:
        err(f"{where}: keys {sorted(set(lab) ^ LABEL_KEYS)}")
        continue
    if key not in msg_index:
        err(f"{where}: no such message")
        continue
    if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
        err(f"{where}: bool fields")
    if lab["red_flag"] and lab["red_flag_kind"] not in ("musculoskeletal", "cardiac", "heat"):
        err(f"{where}: red flag without kind")
    if not lab["red_flag"] and lab["red_flag_kind"] is not None:
        err(f"{where}: kind without red flag")
    if lab["kind"] not in KINDS:
        err(f"{where}: kind {lab['kind']}")
    if lab["kind"] in NO_WRITE_KINDS and lab["writes"]:
        err(f"{where}: kind {lab['kind']} must not write")
    if not isinstance(lab["note"], str):
        err(f"{where}: note")
    local_date = dt.date.fromisoformat(msg_index[key]["sent_at"][:10])
    for j, f in enumerate(lab["writes"]):
        check_fact(f"{where} fact {j}", f, local_date)
    # a raced run must come with a race_result and vice versa
    types = [f.get("type") for f in lab["writes"]]
    races = [f for f in lab["writes"] if f.get("type") == "run" and f.get("effort") == "race"]
    if len(races) != types.count("race_result"):
        err(f"{where}: race run / race_result mismatch")
    if any(f.get("type") == "injury" and f.get("body_part") == "chest" for f in lab["writes"]):
        if not (lab["red_flag"] and lab["red_flag_kind"] == "cardiac"):
            err(f"{where}: chest injury without cardiac red flag")
    if lab["red_flag"]:
        for f in lab["writes"]:
            if f.get("type") == "injury" and f["severity"] != "severe":
                err(f"{where}: red-flag injury must be severe")
for key in msg_index:
    if seen[key] != 1:
        err(f"message {key}: {seen[key]} labels")
for key, n in seen.items():
    if n > 1:
        err(f"label {key}: duplicated")

# ---------------------------------------------------------------- counts
n_conv = len(by_conv)
n_msg = len(convs)
red = [l for l in labels if l.get("red_flag")]
red_convs = sorted({l["conv"] for l in red})
fact_types = Counter(f["type"] for l in labels for f in l.get("writes", []))
kinds = Counter(l.get("kind") for l in labels)
print(f"profiles: {len(profiles)}  conversations: {n_conv}  messages: {n_msg}  labels: {len(labels)}")
print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
print("miles runners:", sorted(c for c, p in prof.items() if p["units"] == "mi"))
print(f"red-flag messages: {len(red)} in {len(red_convs)} conversations {red_convs}")
print("red-flag kinds:", dict(Counter(l["red_flag_kind"] for l in red)))
print("message kinds:", dict(sorted(kinds.items())))
print("facts written:", dict(sorted(fact_types.items())), "total", sum(fact_types.values()))
print("messages with no writes:", sum(1 for l in labels if not l.get("writes")))
print("clarify_ok:", [(l["conv"], l["i"]) for l in labels if l.get("clarify_ok")])
if n_conv and len(red_convs) * 3 < n_conv:
    err("fewer than one red-flag conversation per three")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK")
