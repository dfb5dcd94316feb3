import json, collections, datetime

def jl(p):
    rows = []
    for n, line in enumerate(open(p, encoding="utf-8"), 1):
        line = line.strip()
        if line:
            rows.append(json.loads(line))
    return rows

C, L, P = jl("conversations.jsonl"), jl("labels.jsonl"), jl("profiles.jsonl")
keysC = [(r["conv"], r["i"]) for r in C]
keysL = [(r["conv"], r["i"]) for r in L]
assert len(set(keysC)) == len(keysC) and len(set(keysL)) == len(keysL)
assert collections.Counter(keysC) == collections.Counter(keysL), "label/message mismatch"
assert {p["conv"] for p in P} == {r["conv"] for r in C} and len(P) == len({p["conv"] for p in P})

KINDS = {"report","question","complaint","future_plan","hypothetical","correction","memory_question","smalltalk","answer","mixed"}
PARTS = {"shin","knee","calf","foot","heel","ankle","hip","hamstring","quad","achilles","back","chest","other"}
EFF = {"easy","long","workout","race","time_trial","unknown"}
ACT = {"bike","swim","gym","yoga","walk","elliptical","other"}
DAYS = {"mon","tue","wed","thu","fri","sat","sun"}
def isdate(s): datetime.date.fromisoformat(s); return True

sent = {(r["conv"], r["i"]): r for r in C}
prof = {p["conv"]: p for p in P}
for r in C:
    d = datetime.datetime.fromisoformat(r["sent_at"])
    assert datetime.date(2026,11,16) <= d.date() <= datetime.date(2026,11,22), r
    assert r["lang"] == prof[r["conv"]]["lang"]
    if r["lang"] == "es": assert r["sent_at"].endswith("-05:00")
for l in L:
    assert l["kind"] in KINDS, l
    assert isinstance(l["red_flag"], bool) and isinstance(l["clarify_ok"], bool)
    assert (l["red_flag_kind"] is None) == (not l["red_flag"])
    assert l["red_flag_kind"] in (None, "musculoskeletal", "cardiac", "heat")
    msgdate = datetime.datetime.fromisoformat(sent[(l["conv"], l["i"])]["sent_at"]).date()
    for w in l["writes"]:
        t = w["type"]
        if "date" in w:
            assert isdate(w["date"]) and datetime.date.fromisoformat(w["date"]) <= msgdate or t == "goal_race", (l, w)
        if t == "run":
            assert set(w) == {"type","date","distance_km","duration_s","effort"} and w["effort"] in EFF
        elif t == "cross_training":
            assert set(w) == {"type","date","activity","duration_s"} and w["activity"] in ACT
        elif t == "injury":
            assert set(w) == {"type","body_part","side","pain","severity"} and w["body_part"] in PARTS
            assert w["side"] in ("left","right","both",None) and w["severity"] in ("mild","moderate","severe")
            assert w["pain"] is None or 0 <= w["pain"] <= 10
        elif t == "injury_resolved":
            assert set(w) == {"type","body_part"} and w["body_part"] in PARTS
        elif t == "race_result":
            assert set(w) == {"type","date","distance_km","time_s"}
        elif t == "goal_race":
            assert set(w) == {"type","distance_km","date","goal_time_s"} and isdate(w["date"])
        elif t == "preferred_days":
            assert set(w) == {"type","days"} and set(w["days"]) <= DAYS
        elif t == "correction":
            assert set(w) == {"type","target","date","distance_km","duration_s"} and w["target"] == "run"
        elif t == "delete_run":
            assert set(w) == {"type","date"}
        else:
            raise AssertionError(w)
    if l["kind"] in ("question","complaint","future_plan","hypothetical","memory_question"):
        assert not l["writes"], l

lang = collections.Counter(r["lang"] for r in C)
rf = [l for l in L if l["red_flag"]]
rfk = collections.Counter(l["red_flag_kind"] for l in rf)
rfconv = sorted({l["conv"] for l in rf})
withw = sum(1 for l in L if l["writes"])
nwrites = sum(len(l["writes"]) for l in L)
wtypes = collections.Counter(w["type"] for l in L for w in l["writes"])
kinds = collections.Counter(l["kind"] for l in L)
per = collections.Counter(r["conv"] for r in C)
print("conversations", len(per), "| per-conv min/max", min(per.values()), max(per.values()))
print("messages", len(C), dict(lang))
print("labels", len(L))
print("red-flag messages", len(rf), dict(rfk), "| red-flag conversations", len(rfconv), rfconv)
print("messages with writes", withw, "| facts", nwrites, dict(wtypes))
print("clarify_ok", sum(l["clarify_ok"] for l in L))
print("kinds", dict(kinds))
print("units", collections.Counter(p["units"] for p in P))
