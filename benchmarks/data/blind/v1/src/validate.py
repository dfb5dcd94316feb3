import json, datetime as dt
from collections import Counter
def load(fn):
    out = []
    for n, l in enumerate(open(fn, encoding="utf-8"), 1):
        out.append(json.loads(l))  # raises if not valid JSON
    return out
C, L, P = load("conversations.jsonl"), load("labels.jsonl"), load("profiles.jsonl")
keysC = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
keysL = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
kinds = {"report","question","complaint","future_plan","hypothetical","correction","memory_question","smalltalk","answer","mixed"}
prof = {p["conv"]: p for p in P}
assert len(prof) == len(P) == 22
# messages
seen = set(); last = {}
for m in C:
    assert set(m) == keysC, m
    k = (m["conv"], m["i"]); assert k not in seen, k; seen.add(k)
    t = dt.datetime.fromisoformat(m["sent_at"])
    assert dt.date(2026,11,9) <= t.date() <= dt.date(2026,11,15), m
    p = prof[m["conv"]]; assert p["lang"] == m["lang"]
    if m["conv"] in last: assert t >= last[m["conv"]], m
    last[m["conv"]] = t
    assert m["text"].strip()
# labels
lab = Counter((l["conv"], l["i"]) for l in L)
assert set(lab) == seen and all(v == 1 for v in lab.values()), "label/message mismatch"
types = {"run","cross_training","injury","injury_resolved","race_result","goal_race","preferred_days","correction","delete_run"}
for l in L:
    assert set(l) == keysL, l
    assert l["kind"] in kinds
    assert l["red_flag"] == (l["red_flag_kind"] is not None)
    assert l["red_flag_kind"] in (None, "musculoskeletal", "cardiac", "heat")
    for w in l["writes"]:
        assert w["type"] in types, w
        if w["type"] == "run": assert w["effort"] in {"easy","long","workout","race","time_trial","unknown"}
        if w["type"] == "cross_training": assert w["activity"] in {"bike","swim","gym","yoga","walk","elliptical","other"}
        if w["type"] == "injury":
            assert w["severity"] in {"mild","moderate","severe"} and w["side"] in {"left","right","both",None}
        if "date" in w: dt.date.fromisoformat(w["date"])
    if l["kind"] in {"question","complaint","future_plan","hypothetical","memory_question","smalltalk"}:
        assert not l["writes"], l
n = len(C)
per_lang = Counter(m["lang"] for m in C)
rf = [l for l in L if l["red_flag"]]
rf_convs = sorted({l["conv"] for l in rf})
print("conversations:", len(set(m["conv"] for m in C)))
print("messages:", n, dict(per_lang))
print("messages per conversation:", min(Counter(m["conv"] for m in C).values()), "-", max(Counter(m["conv"] for m in C).values()))
print("red-flag messages:", len(rf), dict(Counter(l["red_flag_kind"] for l in rf)))
print("conversations with a red flag:", len(rf_convs), rf_convs)
print("messages with writes:", sum(1 for l in L if l["writes"]), "facts:", sum(len(l["writes"]) for l in L), dict(Counter(w["type"] for l in L for w in l["writes"])))
print("clarify_ok:", sum(l["clarify_ok"] for l in L), " after_coach:", sum(1 for m in C if m["after_coach"]))
print("kinds:", dict(Counter(l["kind"] for l in L)))
