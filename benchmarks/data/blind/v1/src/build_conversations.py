import json, sys
out = []
for fn in ["src/conversations_es.txt", "src/conversations_en.txt"]:
    conv = off = None; i = 0
    for ln in open(fn, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        if ln.startswith("=== "):
            _, conv, off = ln.split(); i = 0; continue
        parts = ln.split(" ¦ ")
        assert len(parts) == 3, ln
        dt, coach, text = parts
        d, t = dt.split()
        out.append({"conv": conv, "i": i, "lang": conv[:2],
                    "sent_at": f"{d}T{t}:00{off}", "text": text,
                    "after_coach": None if coach == "-" else coach})
        i += 1
with open("conversations.jsonl", "w", encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
c = Counter(o["conv"] for o in out)
for k, v in c.items(): print(k, v)
print("total", len(out))
