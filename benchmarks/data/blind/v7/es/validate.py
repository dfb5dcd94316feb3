#!/usr/bin/env python3
"""Validates the v7-es blind set: parses profiles/conversations/labels, checks schemas,
one label per message, internal consistency, and prints counts.
Usage: python3 validate.py [--show CONV]   (--show prints messages next to their labels)"""
import json, os, sys, re, datetime
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []

def err(msg):
    ERR.append(msg)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("%s:%d empty line" % (name, n)); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s:%d bad json: %s" % (name, n, e))
    return rows

DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question", "smalltalk", "answer", "mixed"}
NOWRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
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
WEEK_START, WEEK_END = datetime.date(2027, 1, 11), datetime.date(2027, 1, 17)

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def opt_num(x):
    return x is None or is_num(x)

def opt_int(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool))

def pdate(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def check_profile(p):
    need = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days", "level",
            "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    c = p.get("conv")
    if set(p) != need:
        err("profile %s keys %s" % (c, sorted(set(p) ^ need)))
    if p.get("lang") != "es" or p.get("timezone") != "America/Guayaquil" or p.get("units") != "km":
        err("profile %s lang/tz/units" % c)
    if not (isinstance(p.get("age"), int) and 16 <= p["age"] <= 65):
        err("profile %s age" % c)
    g = p.get("goal_race")
    if g is not None:
        if set(g) != {"distance_km", "name", "date", "goal_time"}:
            err("profile %s goal_race keys" % c)
        d = pdate(g.get("date", ""))
        if not d or d <= WEEK_END:
            err("profile %s goal date must be after 2027-01-17" % c)
        if g.get("goal_time") is not None and not re.fullmatch(r"\d:\d\d:\d\d", g["goal_time"]):
            err("profile %s goal_time format" % c)
    if not set(p.get("preferred_days", [])) <= DAYS or len(p["preferred_days"]) != p.get("days_per_week"):
        err("profile %s preferred_days/days_per_week" % c)
    if p.get("level") not in {"beginner", "intermediate", "advanced"}:
        err("profile %s level" % c)
    if not is_num(p.get("weekly_km")) or not is_num(p.get("longest_run_km")):
        err("profile %s volume" % c)
    r = p.get("recent_race")
    if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d:\d\d:\d\d", r["time"])
                          or not re.fullmatch(r"\d{4}-\d\d", r["month"])):
        err("profile %s recent_race" % c)
    for inj in p.get("injuries_at_start", []):
        if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS \
                or inj["side"] not in ("left", "right", None) or not isinstance(inj["current"], bool):
            err("profile %s injury %s" % (c, inj))

def check_fact(f, where, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err("%s unknown fact type %r" % (where, t)); return
    if set(f) != FACT_KEYS[t]:
        err("%s fact %s keys %s" % (where, t, sorted(set(f) ^ FACT_KEYS[t])))
        return
    if "date" in f and t != "goal_race":
        d = pdate(f["date"])
        if d is None or d < WEEK_START - datetime.timedelta(days=7) or d > sent_date:
            err("%s %s date %s not on/before sent date %s" % (where, t, f["date"], sent_date))
    if t == "run":
        if not opt_num(f["distance_km"]) or not opt_int(f["duration_s"]) or f["effort"] not in EFFORTS:
            err("%s bad run %s" % (where, f))
    elif t == "cross_training":
        if f["activity"] not in ACTS or not opt_int(f["duration_s"]):
            err("%s bad cross_training %s" % (where, f))
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in ("left", "right", None) or f["severity"] not in ("mild", "moderate", "severe"):
            err("%s bad injury %s" % (where, f))
        if f["pain"] is not None:
            if not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
                err("%s bad pain %s" % (where, f))
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err("%s bad injury_resolved %s" % (where, f))
    elif t == "race_result":
        if not is_num(f["distance_km"]) or not opt_int(f["time_s"]):
            err("%s bad race_result %s" % (where, f))
    elif t == "goal_race":
        d = pdate(f["date"]) if f["date"] is not None else None
        if not is_num(f["distance_km"]) or not opt_int(f["goal_time_s"]) or (f["date"] is not None and (d is None or d <= WEEK_END)):
            err("%s bad goal_race %s" % (where, f))
    elif t == "preferred_days":
        if not f["days"] or not set(f["days"]) <= DAYS:
            err("%s bad preferred_days %s" % (where, f))
    elif t == "correction":
        if f["target"] != "run" or not opt_num(f["distance_km"]) or not opt_int(f["duration_s"]):
            err("%s bad correction %s" % (where, f))

def sev_for(pain):
    return "mild" if pain <= 3 else ("moderate" if pain <= 6 else "severe")

def main():
    show = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--show" else None
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    pconv = [p.get("conv") for p in profiles]
    if len(set(pconv)) != len(pconv):
        err("duplicate profile conv")
    for p in profiles:
        check_profile(p)

    by_conv = defaultdict(list)
    for m in convs:
        need = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
        if set(m) != need:
            err("message keys %s %s" % (m.get("conv"), m.get("i")))
            continue
        by_conv[m["conv"]].append(m)
    if set(by_conv) != set(pconv):
        err("conversation set != profile set")
    expected = {"es-%02d" % k for k in range(1, 13)}
    if set(by_conv) != expected:
        err("conversations must be es-01..es-12")

    msg_index = {}
    for c, ms in by_conv.items():
        if not 18 <= len(ms) <= 24:
            err("%s has %d messages (need 18-24)" % (c, len(ms)))
        prev = None
        for k, m in enumerate(ms):
            if m["i"] != k:
                err("%s i not contiguous at %d" % (c, k))
            if m["lang"] != "es":
                err("%s/%d lang" % (c, k))
            if not isinstance(m["text"], str) or not m["text"].strip():
                err("%s/%d empty text" % (c, k))
            if m["after_coach"] is not None and not (isinstance(m["after_coach"], str) and m["after_coach"].strip()):
                err("%s/%d after_coach" % (c, k))
            if not m["sent_at"].endswith("-05:00"):
                err("%s/%d offset" % (c, k))
            try:
                t = datetime.datetime.fromisoformat(m["sent_at"])
            except Exception:
                err("%s/%d sent_at" % (c, k)); continue
            if not WEEK_START <= t.date() <= WEEK_END:
                err("%s/%d outside week" % (c, k))
            if prev and t < prev:
                err("%s/%d time goes backwards" % (c, k))
            prev = t
            msg_index[(c, m["i"])] = (m, t.date())

    seen = set()
    for lab in labels:
        need = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
        key = (lab.get("conv"), lab.get("i"))
        where = "%s/%s" % key
        if set(lab) != need:
            err("%s label keys %s" % (where, sorted(set(lab) ^ need))); continue
        if key in seen:
            err("%s duplicate label" % where)
        seen.add(key)
        if key not in msg_index:
            err("%s label without message" % where); continue
        m, sdate = msg_index[key]
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool):
            err("%s bool fields" % where)
        if lab["red_flag"] != (lab["red_flag_kind"] is not None) or (lab["red_flag_kind"] not in RF_KINDS | {None}):
            err("%s red_flag/red_flag_kind mismatch" % where)
        if lab["kind"] not in KINDS:
            err("%s kind %r" % (where, lab["kind"]))
        if lab["kind"] in NOWRITE_KINDS and lab["writes"]:
            err("%s kind %s must not write" % (where, lab["kind"]))
        if not isinstance(lab["note"], str) or not lab["note"]:
            err("%s empty note" % where)
        if lab["kind"] == "answer" and m["after_coach"] is None:
            err("%s kind answer without after_coach" % where)
        for f in lab["writes"]:
            check_fact(f, where, sdate)
            if f.get("type") == "injury":
                if lab["red_flag"] and f["severity"] != "severe":
                    err("%s red-flag injury must be severe" % where)
                if not lab["red_flag"] and f["pain"] is not None and f["severity"] != sev_for(f["pain"]):
                    err("%s severity does not match pain" % where)
                if f["body_part"] == "chest" and (lab["red_flag_kind"] != "cardiac" or f["severity"] != "severe"):
                    err("%s chest injury must be severe + cardiac" % where)
            if f.get("type") == "run" and f["effort"] == "race":
                if not any(g.get("type") == "race_result" and g["date"] == f["date"] for g in lab["writes"]):
                    err("%s race run without race_result" % where)
    missing = set(msg_index) - seen
    for k in sorted(missing):
        err("%s/%s message without label" % k)

    if show:
        labs = {(l["conv"], l["i"]): l for l in labels}
        for (c, i), (m, _) in sorted(msg_index.items()):
            if c != show:
                continue
            l = labs.get((c, i), {})
            print("%2d %s %s" % (i, m["sent_at"][5:16], m["text"]))
            if m["after_coach"]:
                print("     [coach] %s" % m["after_coach"])
            print("     -> %s rf=%s %s %s" % (l.get("kind"), l.get("red_flag_kind"), json.dumps(l.get("writes"), ensure_ascii=False),
                                            "CLARIFY" if l.get("clarify_ok") else ""))
        print()

    # counts
    rf_convs = sorted({l["conv"] for l in labels if l["red_flag"]})
    fact_types = Counter(f["type"] for l in labels for f in l["writes"])
    print("profiles:            %d" % len(profiles))
    print("conversations:       %d" % len(by_conv))
    print("messages:            %d  (per conv: %s)" % (len(convs), ", ".join("%s=%d" % (c, len(by_conv[c])) for c in sorted(by_conv))))
    print("labels:              %d" % len(labels))
    print("red-flag messages:   %d  by kind: %s" % (sum(l["red_flag"] for l in labels),
                                                    dict(sorted(Counter(l["red_flag_kind"] for l in labels if l["red_flag"]).items()))))
    print("red-flag convs:      %d  %s" % (len(rf_convs), rf_convs))
    print("messages w/ writes:  %d   facts: %d  by type: %s" % (sum(1 for l in labels if l["writes"]), sum(fact_types.values()),
                                                            dict(sorted(fact_types.items()))))
    print("kinds:               %s" % dict(sorted(Counter(l["kind"] for l in labels).items())))
    print("clarify_ok true:     %d" % sum(l["clarify_ok"] for l in labels))
    print("answers (after_coach): %d" % sum(1 for m in convs if m.get("after_coach")))
    if len(rf_convs) < 4:
        err("need at least 4 red-flag conversations")
    if ERR:
        print("\nERRORS (%d):" % len(ERR))
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")

if __name__ == "__main__":
    main()
