#!/usr/bin/env python3
"""Validate the en blind set: parse all jsonl, check schemas, one label per message, print counts."""
import json, os, re, sys, datetime, zoneinfo, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)
def load(name):
    out = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line: continue
            try: out.append(json.loads(line))
            except Exception as e: err(f"{name}:{n} bad json {e}")
    return out

profiles, convs, labels = load("profiles.jsonl"), load("conversations.jsonl"), load("labels.jsonl")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAYS = {"mon","tue","wed","thu","fri","sat","sun"}
PARTS = {"shin","knee","calf","foot","heel","ankle","hip","hamstring","quad","achilles","back","chest","other"}
KINDS = {"report","question","complaint","future_plan","hypothetical","correction","memory_question","smalltalk","answer","mixed"}
NOWRITE = {"question","complaint","future_plan","hypothetical","memory_question"}
EFFORTS = {"easy","long","workout","race","time_trial","unknown"}
ACTS = {"bike","swim","gym","yoga","walk","elliptical","other"}
WIN0, WIN1 = datetime.date(2028,4,3), datetime.date(2028,6,4)

def isnum(x): return isinstance(x, (int, float)) and not isinstance(x, bool)

# profiles
PKEYS = {"conv","lang","name","age","timezone","units","goal_race","days_per_week","preferred_days","level",
         "weekly_km","longest_run_km","recent_race","injuries_at_start"}
prof = {}
for p in profiles:
    if set(p) != PKEYS: err(f"profile {p.get('conv')} keys {set(p) ^ PKEYS}")
    prof[p["conv"]] = p
    try: zoneinfo.ZoneInfo(p["timezone"])
    except Exception: err(f"profile {p['conv']} bad tz")
    if p["units"] not in ("km","mi"): err(f"{p['conv']} units")
    if p["level"] not in ("beginner","intermediate","advanced"): err(f"{p['conv']} level")
    if not 17 <= p["age"] <= 65: err(f"{p['conv']} age")
    if not set(p["preferred_days"]) <= DAYS or len(p["preferred_days"]) != p["days_per_week"]: err(f"{p['conv']} days")
    g = p["goal_race"]
    if g is not None:
        if set(g) != {"distance_km","name","date","goal_time"}: err(f"{p['conv']} goal keys")
        if not g["date"] > "2028-06-04": err(f"{p['conv']} goal date not after window")
        if g["goal_time"] is not None and not re.match(r"^\d+:\d{2}:\d{2}$", g["goal_time"]): err(f"{p['conv']} goal_time fmt")
    r = p["recent_race"]
    if r is not None and (set(r) != {"distance_km","time","month"} or not re.match(r"^\d{4}-\d{2}$", r["month"])): err(f"{p['conv']} recent_race")
    for inj in p["injuries_at_start"]:
        if set(inj) != {"body_part","side","note","current"} or inj["body_part"] not in PARTS or inj["side"] not in ("left","right",None):
            err(f"{p['conv']} injury_at_start {inj}")

# conversations
CKEYS = {"conv","i","lang","sent_at","text","after_coach"}
by_conv = collections.defaultdict(list)
for c in convs:
    if set(c) != CKEYS: err(f"conv keys {c.get('conv')}:{c.get('i')}")
    by_conv[c["conv"]].append(c)
for conv, msgs in by_conv.items():
    if conv not in prof: err(f"{conv} has no profile")
    if [m["i"] for m in msgs] != list(range(len(msgs))): err(f"{conv} i not 0..n-1")
    if not 18 <= len(msgs) <= 24: err(f"{conv} has {len(msgs)} messages")
    tz = zoneinfo.ZoneInfo(prof[conv]["timezone"])
    prev = None
    for m in msgs:
        dt = datetime.datetime.fromisoformat(m["sent_at"])
        if dt.utcoffset() != dt.astimezone(tz).utcoffset(): err(f"{conv}:{m['i']} offset wrong for tz")
        if not WIN0 <= dt.date() <= WIN1: err(f"{conv}:{m['i']} outside window")
        if prev and dt < prev: err(f"{conv}:{m['i']} out of order")
        prev = dt
        if not m["text"].strip(): err(f"{conv}:{m['i']} empty text")
        if m["lang"] != "en": err(f"{conv}:{m['i']} lang")

# labels
LKEYS = {"conv","i","red_flag","red_flag_kind","writes","clarify_ok","kind","note"}
FACT = {
 "run": {"type","date","distance_km","duration_s","effort"},
 "cross_training": {"type","date","activity","duration_s"},
 "injury": {"type","body_part","side","pain","severity"},
 "injury_resolved": {"type","body_part"},
 "race_result": {"type","date","distance_km","time_s"},
 "goal_race": {"type","distance_km","date","goal_time_s"},
 "preferred_days": {"type","days"},
 "correction": {"type","target","date","distance_km","duration_s"},
 "delete_run": {"type","date"},
}
msgkey = {(c["conv"], c["i"]): c for c in convs}
labkey = collections.Counter((l["conv"], l["i"]) for l in labels)
for k in msgkey:
    if labkey[k] != 1: err(f"message {k} has {labkey[k]} labels")
for k in labkey:
    if k not in msgkey: err(f"label {k} has no message")
def sev_ok(pain, s):
    return s == ("mild" if pain <= 3 else "moderate" if pain <= 6 else "severe")
fact_counts, kind_counts, rf_counts = collections.Counter(), collections.Counter(), collections.Counter()
for l in labels:
    k = (l["conv"], l["i"]); where = f"{k[0]}:{k[1]}"
    if set(l) != LKEYS: err(f"{where} label keys")
    if l["kind"] not in KINDS: err(f"{where} kind")
    kind_counts[l["kind"]] += 1
    if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool): err(f"{where} bools")
    if l["red_flag"] != (l["red_flag_kind"] is not None): err(f"{where} red_flag/kind mismatch")
    if l["red_flag_kind"] not in (None,"musculoskeletal","cardiac","heat"): err(f"{where} rf kind")
    if l["red_flag"]: rf_counts[l["red_flag_kind"]] += 1
    if l["kind"] in NOWRITE and l["writes"]: err(f"{where} kind {l['kind']} must not write")
    if not isinstance(l["note"], str): err(f"{where} note")
    msg = msgkey.get(k)
    sent = datetime.datetime.fromisoformat(msg["sent_at"]).date() if msg else None
    for f in l["writes"]:
        t = f.get("type")
        if t not in FACT or set(f) != FACT[t]: err(f"{where} fact shape {f}"); continue
        fact_counts[t] += 1
        if "date" in f and f["date"] is not None:
            if not DATE.match(f["date"]): err(f"{where} date fmt")
            elif t != "goal_race" and sent and datetime.date.fromisoformat(f["date"]) > sent: err(f"{where} fact dated after message")
        for key in ("distance_km",):
            if key in f and f[key] is not None and not (isnum(f[key]) and f[key] > 0): err(f"{where} {key}")
            if key in f and isnum(f[key]) and round(f[key], 4) != f[key]: err(f"{where} {key} rounding")
        for key in ("duration_s","time_s","goal_time_s"):
            if key in f and f[key] is not None and not (isinstance(f[key], int) and f[key] > 0): err(f"{where} {key}")
        if t == "run" and f["effort"] not in EFFORTS: err(f"{where} effort")
        if t == "cross_training" and f["activity"] not in ACTS: err(f"{where} activity")
        if t in ("injury","injury_resolved") and f["body_part"] not in PARTS: err(f"{where} body_part")
        if t == "injury":
            if f["side"] not in ("left","right",None): err(f"{where} side")
            if f["severity"] not in ("mild","moderate","severe"): err(f"{where} severity")
            if f["pain"] is not None and (not isinstance(f["pain"], int) or not 0 <= f["pain"] <= 10 or not sev_ok(f["pain"], f["severity"])): err(f"{where} pain/severity")
            if l["red_flag"] and f["severity"] != "severe": err(f"{where} red-flag injury must be severe")
            if f["body_part"] == "chest" and not (l["red_flag_kind"] == "cardiac" and f["severity"] == "severe"): err(f"{where} chest rule")
        if t == "preferred_days" and (not f["days"] or not set(f["days"]) <= DAYS): err(f"{where} days")
        if t == "correction" and f["target"] != "run": err(f"{where} target")
        if t == "goal_race" and f["date"] is not None and not f["date"] > "2028-06-04": err(f"{where} goal date")
    if l["writes"] and any(f["type"] == "race_result" for f in l["writes"]):
        rr = [f for f in l["writes"] if f["type"] == "race_result"]
        for r in rr:
            if not any(f["type"] == "run" and f["effort"] == "race" and f["date"] == r["date"] for f in l["writes"]):
                err(f"{where} race_result without race run")

# coverage
rf_convs = {l["conv"] for l in labels if l["red_flag"]}
miles = [p["conv"] for p in profiles if p["units"] == "mi"]
if len(rf_convs) < 4: err(f"only {len(rf_convs)} red-flag conversations")
if len(miles) < 4: err(f"only {len(miles)} miles personas")

print(f"profiles: {len(profiles)}")
print(f"conversations: {len(by_conv)}  messages: {len(convs)}  labels: {len(labels)}")
print("messages per conversation:", {c: len(m) for c, m in sorted(by_conv.items())})
print(f"red-flag messages: {sum(rf_counts.values())} {dict(rf_counts)}; red-flag conversations: {sorted(rf_convs)}")
print(f"miles personas: {miles}")
print("kinds:", dict(sorted(kind_counts.items())))
print("facts:", dict(sorted(fact_counts.items())), "total", sum(fact_counts.values()))
print("messages with no writes:", sum(1 for l in labels if not l["writes"]), " clarify_ok:", sum(l["clarify_ok"] for l in labels))
if errors:
    print(f"\n{len(errors)} ERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
