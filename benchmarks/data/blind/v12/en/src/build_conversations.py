"""Writes conversations.jsonl and profiles.jsonl from src/conversations.py and src/profiles.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from conversations import CONVS, OFFSETS
from profiles import PROFILES


def main():
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVS):
            for i, (local, text, after) in enumerate(CONVS[conv]):
                d, t = local.split()
                row = {"conv": conv, "i": i, "lang": "en",
                       "sent_at": f"{d}T{t}:00{OFFSETS[conv]}", "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
