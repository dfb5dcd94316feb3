#!/usr/bin/env python3
"""Validates the v20-es blind set: parses the three jsonl files, checks schemas, one label per message,
label/message alignment and a few sanity rules, and prints counts."""
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
                err(f"{name}:{n} empty line"); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n} bad json: {e}")
    return rows

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENT = re.compile(r"^2027-10-(1[1-7])T\d{2}:\d{2}:\d{2}-05:00$")
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat", None}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
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

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def check_fact(where, f, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t}"); return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
    if "date" in f and t != "goal_race":
        if not (isinstance(f["date"], str) and DATE.match(f["date"])):
            err(f"{where}: bad date {f.get('date')}")
        elif f["date"] > sent_date:
            err(f"{where}: {t} dated {f['date']} after message date {sent_date}")
    if t == "run":
        if f["distance_km"] is not None and not is_num(f["distance_km"]): err(f"{where}: distance")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int): err(f"{where}: duration")
        if f["effort"] not in EFFORTS: err(f"{where}: effort {f['effort']}")
    elif t == "cross_training":
        if f["activity"] not in ACTS: err(f"{where}: activity {f['activity']}")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int): err(f"{where}: duration")
    elif t == "injury":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
        if f["side"] not in ("left", "right", None): err(f"{where}: side")
        p = f["pain"]
        if p is not None and not (isinstance(p, int) and 0 <= p <= 10): err(f"{where}: pain")
        if f["severity"] not in ("mild", "moderate", "severe"): err(f"{where}: severity")
        if p is not None:
            exp = "mild" if p <= 3 else "moderate" if p <= 6 else "severe"
            if exp != f["severity"]: err(f"{where}: pain {p} but severity {f['severity']}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS: err(f"{where}: body_part")
    elif t == "race_result":
        if not is_num(f["distance_km"]): err(f"{where}: distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int): err(f"{where}: time")
    elif t == "goal_race":
        if not is_num(f["distance_km"]): err(f"{where}: distance")
        if f["date"] is not None and not (DATE.match(f["date"]) and f["date"] > "2027-10-17"):
            err(f"{where}: goal date {f['date']}")
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int): err(f"{where}: goal time")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]): err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run": err(f"{where}: target")
        if f["distance_km"] is None and f["duration_s"] is None: err(f"{where}: empty correction")

def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pconvs = set()
    for p in profiles:
        c = p.get("conv"); pconvs.add(c)
        need = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
        if set(p) != need: err(f"profile {c}: keys {sorted(set(p) ^ need)}")
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] != "km": err(f"profile {c}: lang/tz/units")
        if not (16 <= p["age"] <= 65): err(f"profile {c}: age")
        if p["level"] not in ("beginner", "intermediate", "advanced"): err(f"profile {c}: level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"profile {c}: days")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}: err(f"profile {c}: goal keys")
            if not g["date"] > "2027-10-17": err(f"profile {c}: goal date")
            if g["goal_time"] is not None and not re.match(r"^\d:\d{2}:\d{2}$", g["goal_time"]): err(f"profile {c}: goal time")
        r = p["recent_race"]
        if r is not None and set(r) != {"distance_km", "time", "month"}: err(f"profile {c}: recent keys")
        for j in p["injuries_at_start"]:
            if set(j) != {"body_part", "side", "note", "current"} or j["body_part"] not in PARTS: err(f"profile {c}: injury")

    # conversations
    by_conv = collections.defaultdict(list)
    for m in convs:
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}: err(f"msg {m.get('conv')}/{m.get('i')}: keys")
        if not SENT.match(m["sent_at"]): err(f"msg {m['conv']}/{m['i']}: sent_at {m['sent_at']}")
        if not m["text"].strip(): err(f"msg {m['conv']}/{m['i']}: empty text")
        by_conv[m["conv"]].append(m)
    for c, ms in by_conv.items():
        if [m["i"] for m in ms] != list(range(len(ms))): err(f"{c}: i not 0..n-1 in order")
        if [m["sent_at"] for m in ms] != sorted(m["sent_at"] for m in ms): err(f"{c}: sent_at not in order")
        if not (18 <= len(ms) <= 24): err(f"{c}: {len(ms)} messages")
    if set(by_conv) != pconvs: err("profiles and conversations cover different convs")

    # labels
    msg_index = {(m["conv"], m["i"]): m for m in convs}
    seen = collections.Counter()
    rf_convs = set(); rf_msgs = 0; writes_total = 0
    fact_types = collections.Counter(); kinds = collections.Counter(); rf_kinds = collections.Counter()
    for lb in labels:
        key = (lb.get("conv"), lb.get("i"))
        seen[key] += 1
        if set(lb) != {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}:
            err(f"label {key}: keys"); continue
        if key not in msg_index: err(f"label {key}: no such message"); continue
        if lb["kind"] not in KINDS: err(f"label {key}: kind {lb['kind']}")
        if lb["red_flag_kind"] not in RF_KINDS: err(f"label {key}: rf kind")
        if lb["red_flag"] != (lb["red_flag_kind"] is not None): err(f"label {key}: red_flag vs kind")
        if not isinstance(lb["clarify_ok"], bool): err(f"label {key}: clarify_ok")
        if not lb["note"]: err(f"label {key}: empty note")
        if lb["kind"] in NO_WRITE_KINDS and lb["writes"]: err(f"label {key}: {lb['kind']} with writes")
        sent_date = msg_index[key]["sent_at"][:10]
        for f in lb["writes"]:
            check_fact(f"label {key}", f, sent_date)
            fact_types[f["type"]] += 1
        if lb["red_flag_kind"] == "cardiac" and any(f["type"] == "injury" and f["body_part"] != "chest" for f in lb["writes"]):
            err(f"label {key}: cardiac flag with non-chest injury")
        for f in lb["writes"]:
            if f["type"] == "injury" and f["body_part"] == "chest" and lb["red_flag_kind"] != "cardiac":
                err(f"label {key}: chest injury without cardiac flag")
        writes_total += len(lb["writes"])
        kinds[lb["kind"]] += 1
        if lb["red_flag"]:
            rf_msgs += 1; rf_convs.add(lb["conv"]); rf_kinds[lb["red_flag_kind"]] += 1
    for key in msg_index:
        if seen[key] != 1: err(f"message {key}: {seen[key]} labels")
    if len(rf_convs) < 4: err(f"only {len(rf_convs)} red-flag conversations")

    print(f"profiles: {len(profiles)}")
    print(f"conversations: {len(by_conv)}")
    print(f"messages: {len(convs)}  (per conv: " + ", ".join(f"{c}={len(by_conv[c])}" for c in sorted(by_conv)) + ")")
    print(f"labels: {len(labels)}")
    print(f"writes: {writes_total}  by type: {dict(sorted(fact_types.items()))}")
    print(f"kinds: {dict(sorted(kinds.items()))}")
    print(f"red-flag messages: {rf_msgs} by kind {dict(rf_kinds)}; red-flag conversations: {len(rf_convs)} {sorted(rf_convs)}")
    print(f"clarify_ok true: {sum(1 for l in labels if l.get('clarify_ok'))}")
    print(f"messages with after_coach: {sum(1 for m in convs if m['after_coach'])}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors: print("  " + e)
        sys.exit(1)
    print("\nOK")

if __name__ == "__main__":
    main()
