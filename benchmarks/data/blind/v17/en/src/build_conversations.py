"""Regenerate conversations.jsonl and profiles.jsonl from src/data_*.py.
Usage: python3 src/build_conversations.py   (from the set folder or anywhere)"""
import json, os, sys, datetime
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data_convs import CONVS
from data_profiles import PROFILES
OUT = os.path.dirname(HERE)

def main():
    tz = {p["conv"]: p["timezone"] for p in PROFILES}
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVS):
            z = ZoneInfo(tz[conv])
            for i, (local, text, after) in enumerate(CONVS[conv]):
                dt = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=z)
                rec = {"conv": conv, "i": i, "lang": "en", "sent_at": dt.isoformat(),
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {len(PROFILES)} profiles, {n} messages")

if __name__ == "__main__":
    main()
