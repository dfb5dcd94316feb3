"""Pass 2 builder: writes profiles.jsonl and conversations.jsonl from the data modules."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from profiles_data import PROFILES
import conv_a, conv_b, conv_c

def main():
    convs = {}
    for m in (conv_a, conv_b, conv_c):
        convs.update(m.C)
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for cid in sorted(convs):
            for i, (ts, text, after) in enumerate(convs[cid]):
                d, t = ts.split(" ")
                rec = {"conv": cid, "i": i, "lang": "es", "sent_at": f"{d}T{t}:00-05:00",
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(convs)} conversations, {n} messages")

if __name__ == "__main__":
    main()
