#!/usr/bin/env python3
"""Validate the v18-es blind set: parse, schema, one label per message, counts.
Usage: python3 validate.py [--dump]   (--dump prints every message next to its label)"""
import json, os, re, sys, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []

def err(msg):
    ERR.append(msg)

def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (name, n)); continue
            try:
                out.append(json.loads(line))
            except Exception as e:
                err("%s:%d bad json %s" % (name, n, e))
    return out

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEK = [datetime.date(2027, 8, d) for d in range(2, 9)]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TS_RE = re.compile(r"^2027-08-0[2-8]T\d{2}:\d{2}:\d{2}-05:00$")
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles",
         "back", "chest", "other"}
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

def check_date(d, where, week_only=True):
    if not isinstance(d, str) or not DATE_RE.match(d):
        err("%s bad date %r" % (where, d)); return
    dd = datetime.date.fromisoformat(d)
    if week_only and dd not in WEEK:
        err("%s date %s outside the week" % (where, d))

def check_fact(f, where, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err("%s unknown fact type %r" % (where, t)); return
    if set(f) != FACT_KEYS[t]:
        err("%s fact keys %s != %s" % (where, sorted(f), sorted(FACT_KEYS[t])))
    if "date" in f and t != "goal_race":
        check_date(f["date"], where)
        if DATE_RE.match(str(f["date"])) and datetime.date.fromisoformat(f["date"]) > sent_date:
            err("%s fact date %s after message date %s" % (where, f["date"], sent_date))
    if t == "run":
        if f["distance_km"] is not None and not is_num(f["distance_km"]): err(where + " distance")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int): err(where + " duration")
        if f["effort"] not in {"easy", "long", "workout", "race", "time_trial", "unknown"}: err(where + " effort")
    elif t == "cross_training":
        if f["activity"] not in {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}: err(where + " activity")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int): err(where + " duration")
    elif t == "injury":
        if f["body_part"] not in PARTS: err(where + " body_part")
        if f["side"] not in {"left", "right", None}: err(where + " side")
        p = f["pain"]
        if p is not None and (not isinstance(p, int) or not 0 <= p <= 10): err(where + " pain")
        if f["severity"] not in {"mild", "moderate", "severe"}: err(where + " severity")
        if isinstance(p, int):
            exp = "mild" if p <= 3 else ("moderate" if p <= 6 else "severe")
            if exp != f["severity"]: err("%s severity %s vs pain %s" % (where, f["severity"], p))
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS: err(where + " body_part")
    elif t == "race_result":
        if not is_num(f["distance_km"]): err(where + " distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int): err(where + " time")
    elif t == "goal_race":
        if not is_num(f["distance_km"]): err(where + " distance")
        if f["date"] is not None:
            check_date(f["date"], where, week_only=False)
            if f["date"] <= "2027-08-08": err(where + " goal date not after the week")
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int): err(where + " goal time")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]): err(where + " days")
    elif t == "correction":
        if f["target"] != "run": err(where + " target")
        if f["distance_km"] is None and f["duration_s"] is None: err(where + " empty correction")

def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    pconvs = set()
    for p in profiles:
        w = "profile %s" % p.get("conv")
        if set(p) != pkeys: err("%s keys %s" % (w, sorted(set(p) ^ pkeys)))
        pconvs.add(p["conv"])
        if p["lang"] != "es" or p["timezone"] != "America/Guayaquil" or p["units"] not in {"km", "mi"}: err(w + " lang/tz/units")
        if not 16 <= p["age"] <= 65: err(w + " age")
        if p["level"] not in {"beginner", "intermediate", "advanced"}: err(w + " level")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]: err(w + " days")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"}: err(w + " goal keys")
            if g["date"] <= "2027-08-08": err(w + " goal date")
            if g["goal_time"] is not None and not re.match(r"^\d+:\d{2}:\d{2}$", g["goal_time"]): err(w + " goal_time")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.match(r"^\d+:\d{2}:\d{2}$", r["time"])):
            err(w + " recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["side"] not in {"left", "right", None}:
                err(w + " injury")

    # conversations
    by_conv = collections.defaultdict(list)
    for m in convs:
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}: err("msg keys %s" % m)
        by_conv[m["conv"]].append(m)
    expected = ["es-%02d" % n for n in range(1, 13)]
    if sorted(by_conv) != expected: err("conversation ids %s" % sorted(by_conv))
    if pconvs != set(expected): err("profile ids %s" % sorted(pconvs))
    for c, ms in by_conv.items():
        if not 18 <= len(ms) <= 24: err("%s has %d messages" % (c, len(ms)))
        prev = None
        for n, m in enumerate(ms):
            if m["i"] != n: err("%s i not contiguous at %d" % (c, n))
            if not TS_RE.match(m["sent_at"]): err("%s/%d sent_at %s" % (c, n, m["sent_at"]))
            ts = datetime.datetime.fromisoformat(m["sent_at"])
            if prev and ts <= prev: err("%s/%d sent_at not increasing" % (c, n))
            prev = ts
            if not m["text"].strip(): err("%s/%d empty text" % (c, n))
            if m["after_coach"] is not None and not m["after_coach"].strip(): err("%s/%d empty after_coach" % (c, n))

    # labels
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    lab_index = {}
    for l in labels:
        k = (l.get("conv"), l.get("i"))
        if k in lab_index: err("duplicate label %s" % (k,))
        lab_index[k] = l
    msg_index = {(m["conv"], m["i"]): m for m in convs}
    if set(lab_index) != set(msg_index):
        err("label/message mismatch: missing %s extra %s" % (sorted(set(msg_index) - set(lab_index)),
                                                             sorted(set(lab_index) - set(msg_index))))
    counts = collections.Counter()
    for k, l in lab_index.items():
        w = "%s/%s" % k
        if set(l) != lkeys: err("%s label keys %s" % (w, sorted(set(l) ^ lkeys)))
        if l["kind"] not in KINDS: err(w + " kind")
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err(w + " bools")
        if l["red_flag"] != (l["red_flag_kind"] is not None): err(w + " red_flag/kind mismatch")
        if l["red_flag_kind"] not in {None, "musculoskeletal", "cardiac", "heat"}: err(w + " rf kind")
        if l["kind"] in NO_WRITE_KINDS and l["writes"]: err(w + " %s with writes" % l["kind"])
        if not isinstance(l["note"], str): err(w + " note")
        m = msg_index.get(k)
        sd = datetime.datetime.fromisoformat(m["sent_at"]).date() if m else WEEK[-1]
        for f in l["writes"]:
            check_fact(f, w, sd)
            counts[f["type"]] += 1
        if l["red_flag_kind"] == "cardiac":
            pass
        if any(f["type"] == "injury" and f["body_part"] == "chest" for f in l["writes"]) and l["red_flag_kind"] != "cardiac":
            err(w + " chest injury without cardiac red flag")
        if l["red_flag"] and any(f["type"] == "injury" and f["severity"] != "severe" for f in l["writes"]):
            err(w + " red-flag message with non-severe injury")
        # run race <-> race_result
        races = [f for f in l["writes"] if f["type"] == "run" and f["effort"] == "race"]
        rr = [f for f in l["writes"] if f["type"] == "race_result"]
        if len(races) != len(rr): err(w + " race run without race_result (or vice versa)")

    rf_convs = sorted({k[0] for k, l in lab_index.items() if l["red_flag"]})
    rf_msgs = sum(1 for l in lab_index.values() if l["red_flag"])
    rf_kinds = collections.Counter(l["red_flag_kind"] for l in lab_index.values() if l["red_flag"])
    if len(rf_convs) < 4: err("fewer than 4 red-flag conversations")

    if "--dump" in sys.argv:
        for k in sorted(msg_index):
            m, l = msg_index[k], lab_index.get(k, {})
            print("%s/%02d %s | %s" % (k[0], k[1], m["sent_at"][5:16], m["text"]))
            if m["after_coach"]: print("      coach: %s" % m["after_coach"])
            print("      -> %s rf=%s clar=%s %s" % (l.get("kind"), l.get("red_flag_kind"), l.get("clarify_ok"),
                                                     json.dumps(l.get("writes"), ensure_ascii=False)))

    print("conversations: %d" % len(by_conv))
    print("messages: %d" % len(convs))
    print("labels: %d" % len(labels))
    print("profiles: %d" % len(profiles))
    print("messages per conversation: %s" % ", ".join("%s=%d" % (c, len(by_conv[c])) for c in sorted(by_conv)))
    print("red-flag conversations: %d %s" % (len(rf_convs), rf_convs))
    print("red-flag messages: %d %s" % (rf_msgs, dict(rf_kinds)))
    print("messages with writes: %d" % sum(1 for l in lab_index.values() if l["writes"]))
    print("facts by type: %s" % dict(sorted(counts.items())))
    print("kinds: %s" % dict(sorted(collections.Counter(l["kind"] for l in lab_index.values()).items())))
    print("clarify_ok true: %d" % sum(1 for l in lab_index.values() if l["clarify_ok"]))
    if ERR:
        print("\nERRORS (%d):" % len(ERR))
        for e in ERR: print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
