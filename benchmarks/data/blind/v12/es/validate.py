#!/usr/bin/env python3
"""Validates profiles.jsonl, conversations.jsonl, labels.jsonl of the es blind set and prints counts.
Standard library only. Exit code 1 on any error."""
import collections, datetime, json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
ERR = []

def err(msg):
    ERR.append(msg)

def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTIVITIES = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
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
WEEK_START, WEEK_END = datetime.date(2027, 2, 15), datetime.date(2027, 2, 21)
SENT_RE = re.compile(r"^2027-02-\d\dT\d\d:\d\d:\d\d-05:00$")

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def pdate(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        err(f"{where}: bad date {s!r}")
        return None

def sev_for(pain):
    return "mild" if pain <= 3 else ("moderate" if pain <= 6 else "severe")

# ---------------- profiles ----------------
profiles = load("profiles.jsonl")
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
         "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
pconvs = set()
for p in profiles:
    w = f"profile {p.get('conv')}"
    if set(p) != PKEYS:
        err(f"{w}: keys {sorted(set(p) ^ PKEYS)}")
    pconvs.add(p.get("conv"))
    if p.get("lang") != "es" or p.get("timezone") != "America/Guayaquil" or p.get("units") != "km":
        err(f"{w}: lang/timezone/units")
    if not (isinstance(p.get("age"), int) and 16 <= p["age"] <= 65):
        err(f"{w}: age")
    if p.get("level") not in {"beginner", "intermediate", "advanced"}:
        err(f"{w}: level")
    pd = p.get("preferred_days", [])
    if not set(pd) <= DAYS or len(pd) != p.get("days_per_week"):
        err(f"{w}: preferred_days/days_per_week")
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err(f"{w}: goal_race keys")
        d = pdate(g.get("date"), w)
        if d and d <= WEEK_END:
            err(f"{w}: goal race date not after 2027-02-21")
        if g.get("goal_time") is not None and not re.match(r"^\d+:\d\d:\d\d$", g["goal_time"]):
            err(f"{w}: goal_time format")
    r = p.get("recent_race")
    if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.match(r"^\d+:\d\d:\d\d$", r["time"])):
        err(f"{w}: recent_race")
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                or inj["side"] not in {"left", "right", None} or not isinstance(inj["current"], bool):
            err(f"{w}: injury {inj}")

# ---------------- conversations ----------------
convs = load("conversations.jsonl")
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
by_conv = collections.defaultdict(list)
for m in convs:
    if set(m) != CKEYS:
        err(f"msg {m.get('conv')}/{m.get('i')}: keys")
    by_conv[m["conv"]].append(m)
    if not SENT_RE.match(m.get("sent_at", "")):
        err(f"msg {m['conv']}/{m['i']}: sent_at format")
    if not isinstance(m.get("text"), str) or not m["text"].strip():
        err(f"msg {m['conv']}/{m['i']}: empty text")
    if m.get("after_coach") is not None and not isinstance(m["after_coach"], str):
        err(f"msg {m['conv']}/{m['i']}: after_coach")
if set(by_conv) != {f"es-{n:02d}" for n in range(1, 13)} or set(by_conv) != pconvs:
    err(f"conv ids mismatch: {sorted(by_conv)} vs profiles {sorted(pconvs)}")
sent_date = {}
for cid, ms in by_conv.items():
    if [m["i"] for m in ms] != list(range(len(ms))):
        err(f"{cid}: i not 0..n-1 in order")
    if not 18 <= len(ms) <= 24:
        err(f"{cid}: {len(ms)} messages (want 18-24)")
    prev = None
    for m in ms:
        t = datetime.datetime.fromisoformat(m["sent_at"])
        if not WEEK_START <= t.date() <= WEEK_END:
            err(f"{cid}/{m['i']}: outside the week")
        if prev and t < prev:
            err(f"{cid}/{m['i']}: sent_at goes backwards")
        prev = t
        sent_date[(cid, m["i"])] = t.date()

# ---------------- labels ----------------
labels = load("labels.jsonl")
LKEYS = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
seen = collections.Counter((l.get("conv"), l.get("i")) for l in labels)
for k, n in seen.items():
    if n > 1:
        err(f"label {k}: {n} labels")
missing = set(sent_date) - set(seen)
extra = set(seen) - set(sent_date)
if missing:
    err(f"messages without label: {sorted(missing)}")
if extra:
    err(f"labels without message: {sorted(extra)}")

writes_by_type = collections.Counter()
kinds = collections.Counter()
rf_by_kind = collections.Counter()
rf_convs = set()
clarify = 0
for l in labels:
    w = f"label {l.get('conv')}/{l.get('i')}"
    if set(l) != LKEYS:
        err(f"{w}: keys {sorted(set(l) ^ LKEYS)}"); continue
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool) or not isinstance(l["note"], str):
        err(f"{w}: types")
    if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RF_KINDS | {None}):
        err(f"{w}: red_flag / red_flag_kind inconsistent")
    if l["kind"] not in KINDS:
        err(f"{w}: kind {l['kind']}")
    if l["kind"] in NO_WRITE_KINDS and l["writes"]:
        err(f"{w}: kind {l['kind']} must have no writes")
    kinds[l["kind"]] += 1
    clarify += l["clarify_ok"]
    if l["red_flag"]:
        rf_by_kind[l["red_flag_kind"]] += 1
        rf_convs.add(l["conv"])
    sd = sent_date.get((l["conv"], l["i"]))
    types_here = [f.get("type") for f in l["writes"]]
    for f in l["writes"]:
        t = f.get("type")
        if t not in FACT_KEYS:
            err(f"{w}: unknown fact type {t}"); continue
        if set(f) != FACT_KEYS[t]:
            err(f"{w}: {t} keys {sorted(set(f) ^ FACT_KEYS[t])}")
            continue
        writes_by_type[t] += 1
        if "date" in f and f["date"] is not None:
            d = pdate(f["date"], w)
            if d and t not in {"goal_race"} and sd and d > sd:
                err(f"{w}: {t} dated after the message")
            if d and t == "goal_race" and d <= WEEK_END:
                err(f"{w}: goal_race date not in the future")
        for key in ("distance_km",):
            if key in f and f[key] is not None and not (is_num(f[key]) and f[key] > 0):
                err(f"{w}: {key}")
        for key in ("duration_s", "time_s", "goal_time_s"):
            if key in f and f[key] is not None and not (isinstance(f[key], int) and f[key] > 0):
                err(f"{w}: {key} must be positive int")
        if t == "run":
            if f["effort"] not in EFFORTS:
                err(f"{w}: effort")
            if f["effort"] == "race" and "race_result" not in types_here:
                err(f"{w}: race run without race_result")
        if t == "race_result" and not any(g.get("type") == "run" and g.get("effort") == "race" and g.get("date") == f["date"]
                                          for g in l["writes"]):
            err(f"{w}: race_result without race run")
        if t == "cross_training" and f["activity"] not in ACTIVITIES:
            err(f"{w}: activity")
        if t in {"injury", "injury_resolved"} and f["body_part"] not in PARTS:
            err(f"{w}: body_part")
        if t == "injury":
            if f["side"] not in {"left", "right", None} or f["severity"] not in {"mild", "moderate", "severe"}:
                err(f"{w}: injury side/severity")
            if f["pain"] is not None:
                if not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
                    err(f"{w}: pain")
                elif not l["red_flag"] and sev_for(f["pain"]) != f["severity"]:
                    err(f"{w}: severity does not match pain")
            if l["red_flag"] and f["severity"] != "severe":
                err(f"{w}: red-flag injury must be severe")
            if f["body_part"] == "chest" and not (l["red_flag"] and l["red_flag_kind"] == "cardiac"):
                err(f"{w}: chest injury without cardiac red flag")
        if t == "preferred_days" and (not f["days"] or not set(f["days"]) <= DAYS):
            err(f"{w}: days")
        if t == "correction" and f["target"] != "run":
            err(f"{w}: correction target")

# ---------------- report ----------------
n_conv = len(by_conv)
print(f"conversations: {n_conv}")
print(f"messages: {len(convs)}  (per conv: " + ", ".join(f"{c}={len(by_conv[c])}" for c in sorted(by_conv)) + ")")
print(f"labels: {len(labels)}")
print(f"red-flag messages: {sum(rf_by_kind.values())}  by kind: {dict(sorted(rf_by_kind.items()))}")
print(f"red-flag conversations: {len(rf_convs)} of {n_conv}: {sorted(rf_convs)}")
print(f"writes: {sum(writes_by_type.values())}  by type: {dict(sorted(writes_by_type.items()))}")
print(f"messages with no writes: {sum(1 for l in labels if not l.get('writes'))}")
print(f"kinds: {dict(sorted(kinds.items()))}")
print(f"clarify_ok true: {clarify}")
print(f"after_coach answers: {sum(1 for m in convs if m['after_coach'])}")
if len(rf_convs) * 3 < n_conv or len(rf_convs) < 4:
    err("too few red-flag conversations")
if ERR:
    print(f"\n{len(ERR)} ERROR(S):")
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print("\nOK: all files parse, one label per message, schema checks pass.")
