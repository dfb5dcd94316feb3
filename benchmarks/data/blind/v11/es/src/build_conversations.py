"""Writes conversations.jsonl and profiles.jsonl from src/*_src.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from profiles_src import PROFILES
from conversations_src import C

OUT = os.path.dirname(HERE)


def main():
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(C):
            for i, (ts, text, after) in enumerate(C[conv]):
                md, hm = ts.split()
                row = {"conv": conv, "i": i, "lang": "es",
                       "sent_at": f"2027-{md}T{hm}:00-05:00", "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("profiles:", len(PROFILES), "messages:", sum(len(v) for v in C.values()))


if __name__ == "__main__":
    main()
