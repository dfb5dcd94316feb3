import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import convs_es, convs_en, profiles
out = os.path.join(os.path.dirname(__file__), "..")
C = {**convs_es.C, **convs_en.C}
prof = {p["conv"]: p for p in profiles.PROFILES}
assert set(prof) == set(C)
with open(os.path.join(out, "profiles.jsonl"), "w") as f:
    for p in profiles.PROFILES:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(os.path.join(out, "conversations.jsonl"), "w") as f:
    for conv in sorted(C, key=lambda c: (c[:2] != "es", c)):
        off = profiles.OFFSETS[prof[conv]["timezone"]]
        prev = ""
        for i, (d, hm, text, ac) in enumerate(C[conv]):
            ts = f"2026-11-{d:02d}T{hm}:00{off}"
            assert ts >= prev, (conv, i); prev = ts
            f.write(json.dumps({"conv": conv, "i": i, "lang": conv[:2], "sent_at": ts, "text": text, "after_coach": ac}, ensure_ascii=False) + "\n")
print("ok", sum(len(v) for v in C.values()))
