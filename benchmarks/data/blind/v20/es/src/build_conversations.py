"""Writes profiles.jsonl and conversations.jsonl from profiles.py / conversations.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from profiles import PROFILES
from conversations import C

OUT = os.path.dirname(HERE)

def main():
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(C):
            for i, (day, hm, text, after) in enumerate(C[conv]):
                rec = {"conv": conv, "i": i, "lang": "es",
                       "sent_at": f"2027-10-{day:02d}T{hm}:00-05:00",
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
