"""Writes conversations.jsonl and profiles.jsonl from the *_data modules (pass 2)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conversations_data import CONVS
from profiles_data import PROFILES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def main():
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVS):
            for i, (day, hhmm, text, after) in enumerate(CONVS[conv]):
                rec = {"conv": conv, "i": i, "lang": "es",
                       "sent_at": f"2027-02-{day:02d}T{hhmm}:00-05:00",
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
