"""Validate the v6-en blind set: parse, schema, one label per message, print counts."""
import json, os, re, sys, collections, datetime

D = os.path.dirname(os.path.abspath(__file__))
err = []


def load(n):
    out = []
    for k, l in enumerate(open(os.path.join(D, n), encoding="utf-8")):
        try:
            out.append(json.loads(l))
        except Exception as e:
            err.append("%s:%d %s" % (n, k + 1, e))
    return out


P, C, L = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PKEYS = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days", "level",
         "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
for p in P:
    if set(p) != PKEYS: err.append("profile keys %s" % p.get("conv"))
    if p["units"] not in ("km", "mi") or p["level"] not in ("beginner", "intermediate", "advanced"): err.append("profile enum %s" % p["conv"])
    if not 17 <= p["age"] <= 65: err.append("age %s" % p["conv"])
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]: err.append("days %s" % p["conv"])
    g = p["goal_race"]
    if g and (set(g) != {"distance_km", "name", "date", "goal_time"} or g["date"] <= "2027-01-10"): err.append("goal %s" % p["conv"])
    r = p["recent_race"]
    if r and set(r) != {"distance_km", "time", "month"}: err.append("recent %s" % p["conv"])
    for j in p["injuries_at_start"]:
        if set(j) != {"body_part", "side", "note", "current"}: err.append("inj0 %s" % p["conv"])
convs = [p["conv"] for p in P]
CKEYS = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
byc = collections.defaultdict(list)
for m in C:
    if set(m) != CKEYS: err.append("conv keys %s %s" % (m.get("conv"), m.get("i")))
    byc[m["conv"]].append(m)
    try:
        t = datetime.datetime.fromisoformat(m["sent_at"])
        if not (datetime.date(2027, 1, 4) <= t.date() <= datetime.date(2027, 1, 10)) or t.utcoffset() is None:
            err.append("sent_at %s %s" % (m["conv"], m["i"]))
    except Exception:
        err.append("sent_at parse %s %s" % (m["conv"], m["i"]))
for c in convs:
    ms = byc[c]
    if [m["i"] for m in ms] != list(range(len(ms))): err.append("i order %s" % c)
    if not 18 <= len(ms) <= 24: err.append("length %s %d" % (c, len(ms)))
    if [m["sent_at"] for m in ms] != sorted(m["sent_at"] for m in ms): err.append("time order %s" % c)
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question", "smalltalk", "answer", "mixed"}
FACT = {"run": {"type", "date", "distance_km", "duration_s", "effort"},
        "cross_training": {"type", "date", "activity", "duration_s"},
        "injury": {"type", "body_part", "side", "pain", "severity"},
        "injury_resolved": {"type", "body_part"},
        "race_result": {"type", "date", "distance_km", "time_s"},
        "goal_race": {"type", "distance_km", "date", "goal_time_s"},
        "preferred_days": {"type", "days"},
        "correction": {"type", "target", "date", "distance_km", "duration_s"},
        "delete_run": {"type", "date"}}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
DATE = re.compile(r"^2027-01-(0[4-9]|10)$")
lk = {(l["conv"], l["i"]) for l in L}
ck = {(m["conv"], m["i"]) for m in C}
if len(lk) != len(L) or lk != ck: err.append("labels do not match messages one-to-one")
cnt = collections.Counter(); wt = collections.Counter(); rfk = collections.Counter(); rfconv = set()
for l in L:
    tag = "%s/%s" % (l["conv"], l["i"])
    if set(l) != {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}: err.append("label keys " + tag)
    if l["kind"] not in KINDS: err.append("kind " + tag)
    if l["red_flag"] != (l["red_flag_kind"] is not None) or l["red_flag_kind"] not in (None, "musculoskeletal", "cardiac", "heat"): err.append("rf " + tag)
    if l["kind"] in ("question", "complaint", "future_plan", "hypothetical", "memory_question") and l["writes"]: err.append("writes on no-write kind " + tag)
    for w in l["writes"]:
        t = w.get("type")
        if t not in FACT or set(w) != FACT[t]: err.append("fact shape %s %s" % (tag, w)); continue
        wt[t] += 1
        if "date" in w and t != "goal_race" and not DATE.match(w["date"]): err.append("date " + tag)
        if t == "run" and w["effort"] not in ("easy", "long", "workout", "race", "time_trial", "unknown"): err.append("effort " + tag)
        if t == "cross_training" and w["activity"] not in ("bike", "swim", "gym", "yoga", "walk", "elliptical", "other"): err.append("act " + tag)
        if t in ("injury", "injury_resolved") and w["body_part"] not in PARTS: err.append("part " + tag)
        if t == "injury":
            sev = w["severity"]
            if w["pain"] is not None:
                exp = "mild" if w["pain"] <= 3 else "moderate" if w["pain"] <= 6 else "severe"
                if sev != exp and not l["red_flag"]: err.append("severity " + tag)
            if l["red_flag"] and sev != "severe": err.append("rf injury not severe " + tag)
        if t == "preferred_days" and not set(w["days"]) <= DAYS: err.append("days " + tag)
        if t == "goal_race" and w["date"] and w["date"] <= "2027-01-10": err.append("goal date " + tag)
    cnt[l["kind"]] += 1
    if l["red_flag"]: rfk[l["red_flag_kind"]] += 1; rfconv.add(l["conv"])
mi = [p["conv"] for p in P if p["units"] == "mi"]
if len(mi) < 4: err.append("fewer than 4 miles personas")
if len(rfconv) < 4: err.append("fewer than 4 red-flag conversations")
print("profiles:", len(P), "conversations:", len(byc), "messages:", len(C), "labels:", len(L))
print("messages per conv:", {c: len(byc[c]) for c in convs})
print("miles personas:", len(mi), mi)
print("red-flag messages:", sum(rfk.values()), dict(rfk), "red-flag conversations:", len(rfconv), sorted(rfconv))
print("kinds:", dict(sorted(cnt.items())))
print("writes:", sum(wt.values()), dict(sorted(wt.items())))
print("messages with no writes:", sum(1 for l in L if not l["writes"]), "clarify_ok:", sum(l["clarify_ok"] for l in L))
if err:
    print("ERRORS:", len(err)); [print(" ", e) for e in err]; sys.exit(1)
print("OK")
