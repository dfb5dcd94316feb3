#!/usr/bin/env python3
"""Validate the v17-en blind set: parse, schema, one label per message, print counts.
Exit code 1 on any error."""
import json, os, sys, datetime, collections
from zoneinfo import ZoneInfo

D = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

def load(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{ln}: blank line"); continue
            try: out.append(json.loads(line))
            except Exception as e: err(f"{name}:{ln}: bad json {e}")
    return out

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEK0, WEEK1 = datetime.date(2027, 7, 5), datetime.date(2027, 7, 11)

def is_date(s):
    try: return datetime.date.fromisoformat(s)
    except Exception: return None
def is_num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)

# ---- profiles
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
         "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
prof = {}
for p in profiles:
    c = p.get("conv")
    if set(p) != PKEYS: err(f"profile {c}: keys {sorted(set(p) ^ PKEYS)}")
    if c in prof: err(f"profile {c} duplicated")
    prof[c] = p
    if p.get("lang") != "en": err(f"profile {c}: lang")
    if not (isinstance(p.get("age"), int) and 17 <= p["age"] <= 65): err(f"profile {c}: age")
    try: ZoneInfo(p["timezone"])
    except Exception: err(f"profile {c}: timezone")
    if p.get("units") not in ("km", "mi"): err(f"profile {c}: units")
    if p.get("level") not in ("beginner", "intermediate", "advanced"): err(f"profile {c}: level")
    pd = p.get("preferred_days", [])
    if not pd or any(d not in DAYS for d in pd) or len(pd) != p.get("days_per_week"): err(f"profile {c}: days")
    if not is_num(p.get("weekly_km")) or not is_num(p.get("longest_run_km")): err(f"profile {c}: volume")
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c}: goal keys")
        gd = is_date(g.get("date", ""))
        if not gd or gd <= WEEK1: err(f"profile {c}: goal date must be after 2027-07-11")
        if g.get("goal_time") is not None and len(str(g["goal_time"]).split(":")) != 3: err(f"profile {c}: goal_time")
    r = p.get("recent_race")
    if r is not None and set(r) != {"distance_km", "time", "month"}: err(f"profile {c}: recent_race keys")
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in ("left", "right", None):
            err(f"profile {c}: injury {inj}")

# ---- conversations
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
bymsg = {}
per_conv = collections.defaultdict(list)
for m in convs:
    c = m.get("conv")
    if set(m) != CKEYS: err(f"msg {c}/{m.get('i')}: keys")
    if c not in prof: err(f"msg {c}: no profile"); continue
    per_conv[c].append(m)
    bymsg[(c, m["i"])] = m
    try:
        dt = datetime.datetime.fromisoformat(m["sent_at"])
        exp = dt.replace(tzinfo=None).replace(tzinfo=ZoneInfo(prof[c]["timezone"])).utcoffset()
        if dt.utcoffset() != exp: err(f"msg {c}/{m['i']}: offset {dt.utcoffset()} != {exp}")
        if not (WEEK0 <= dt.date() <= WEEK1): err(f"msg {c}/{m['i']}: outside the week")
        m["_dt"] = dt
    except Exception as e: err(f"msg {c}/{m.get('i')}: sent_at {e}")
    if not isinstance(m.get("text"), str) or not m["text"].strip(): err(f"msg {c}/{m['i']}: text")
    if m.get("after_coach") is not None and not isinstance(m["after_coach"], str): err(f"msg {c}/{m['i']}: after_coach")
for c, ms in per_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))): err(f"{c}: i not 0..n-1 in order")
    if not 18 <= len(ms) <= 24: err(f"{c}: {len(ms)} messages (want 18-24)")
    for a, b in zip(ms, ms[1:]):
        if "_dt" in a and "_dt" in b and b["_dt"] < a["_dt"]: err(f"{c}/{b['i']}: sent_at goes back in time")
if set(per_conv) != set(prof): err("conversations and profiles cover different convs")

# ---- labels
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
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
def sev_of(p): return "mild" if p <= 3 else ("moderate" if p <= 6 else "severe")

def check_fact(where, f, msg, red):
    t = f.get("type")
    if t not in FACT_KEYS: err(f"{where}: fact type {t}"); return
    if set(f) != FACT_KEYS[t]: err(f"{where}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}"); return
    sent = msg["_dt"].date() if "_dt" in msg else None
    if "date" in f and t != "goal_race":
        d = is_date(f["date"] or "")
        if not d: err(f"{where}: date"); 
        elif sent and (d > sent or (sent - d).days > 10): err(f"{where}: date {d} vs sent {sent}")
    def opt_num(k, integer=False):
        v = f.get(k)
        if v is None: return
        if not is_num(v) or v <= 0 or (integer and not isinstance(v, int)): err(f"{where}: {k}={v}")
        if k == "distance_km" and isinstance(v, float) and round(v, 4) != v: err(f"{where}: distance precision")
    if t == "run":
        opt_num("distance_km"); opt_num("duration_s", True)
        if f["effort"] not in ("easy", "long", "workout", "race", "time_trial", "unknown"): err(f"{where}: effort")
    elif t == "cross_training":
        opt_num("duration_s", True)
        if f["activity"] not in ("bike", "swim", "gym", "yoga", "walk", "elliptical", "other"): err(f"{where}: activity")
    elif t == "injury":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
        if f["side"] not in ("left", "right", None): err(f"{where}: side")
        if f["severity"] not in ("mild", "moderate", "severe"): err(f"{where}: severity")
        p = f["pain"]
        if p is not None:
            if not isinstance(p, int) or not 0 <= p <= 10: err(f"{where}: pain")
            elif f["severity"] != sev_of(p) and not (red and f["severity"] == "severe"):
                err(f"{where}: severity {f['severity']} vs pain {p}")
        if f["body_part"] == "chest" and not (red and f["severity"] == "severe"): err(f"{where}: chest must be severe + red flag")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
    elif t == "race_result":
        opt_num("time_s", True)
        if not is_num(f["distance_km"]): err(f"{where}: distance")
    elif t == "goal_race":
        if not is_num(f["distance_km"]): err(f"{where}: distance")
        if f["date"] is not None and (not is_date(f["date"]) or is_date(f["date"]) <= WEEK1): err(f"{where}: goal date")
        opt_num("goal_time_s", True)
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]): err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run": err(f"{where}: target")
        opt_num("distance_km"); opt_num("duration_s", True)

seen = set()
for l in labels:
    key = (l.get("conv"), l.get("i"))
    where = f"label {key[0]}/{key[1]}"
    if set(l) != LKEYS: err(f"{where}: keys {sorted(set(l) ^ LKEYS)}")
    if key in seen: err(f"{where}: duplicate")
    seen.add(key)
    if key not in bymsg: err(f"{where}: no such message"); continue
    msg = bymsg[key]
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err(f"{where}: bools")
    if l["red_flag"] != (l["red_flag_kind"] is not None): err(f"{where}: red_flag/kind mismatch")
    if l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"): err(f"{where}: red_flag_kind")
    if l["kind"] not in KINDS: err(f"{where}: kind")
    if l["kind"] in NOWRITE and l["writes"]: err(f"{where}: kind {l['kind']} must have no writes")
    if l["kind"] == "answer" and msg["after_coach"] is None: err(f"{where}: answer without after_coach")
    if not isinstance(l["note"], str) or not l["note"].strip(): err(f"{where}: note")
    if not isinstance(l["writes"], list): err(f"{where}: writes"); continue
    for j, f in enumerate(l["writes"]):
        check_fact(f"{where} w{j}", f, msg, l["red_flag"])
missing = set(bymsg) - seen
if missing: err(f"messages without label: {sorted(missing)}")

# ---- counts
fact_types = collections.Counter(f["type"] for l in labels for f in l["writes"])
rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
rf_kinds = collections.Counter(l["red_flag_kind"] for l in labels if l["red_flag"])
kinds = collections.Counter(l["kind"] for l in labels)
mi_convs = sorted(c for c, p in prof.items() if p["units"] == "mi")
if len(rf_convs) < 4: err("fewer than 4 red-flag conversations")
if len(mi_convs) < 4: err("fewer than 4 miles personas")

print(f"conversations: {len(per_conv)}")
print(f"messages:      {len(convs)}  (per conv: " + ", ".join(f"{c}={len(v)}" for c, v in sorted(per_conv.items())) + ")")
print(f"labels:        {len(labels)}")
print(f"profiles:      {len(profiles)}; miles personas: {len(mi_convs)} {mi_convs}")
print(f"red-flag messages: {sum(rf_kinds.values())} {dict(rf_kinds)}; conversations with a red flag: {len(rf_convs)} {rf_convs}")
print(f"messages with writes: {sum(1 for l in labels if l['writes'])}; facts: {sum(fact_types.values())} {dict(fact_types)}")
print(f"kinds: {dict(kinds)}")
print(f"clarify_ok true: {sum(l['clarify_ok'] for l in labels)}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK")
