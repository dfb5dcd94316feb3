"""Writes profiles.jsonl and conversations.jsonl from profiles_data.py and conversations_data.py."""
import datetime
import json
import os
import zoneinfo

from profiles_data import PROFILES
from conversations_data import C

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sent_at(local, tz):
    dt = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=zoneinfo.ZoneInfo(tz))
    return dt.isoformat(timespec="seconds")


def main():
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    tz = {p["conv"]: p["timezone"] for p in PROFILES}
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            conv = p["conv"]
            for i, (local, text, after) in enumerate(C[conv]):
                row = {"conv": conv, "i": i, "lang": p["lang"], "sent_at": sent_at(local, tz[conv]),
                       "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
