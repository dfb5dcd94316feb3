"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl from the sources in src/.

Usage: python3 src/build.py   (from /work/blind/v22-en or anywhere)
"""
import json, os, sys
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from profiles_src import PROFILES
from conversations_src import CONVERSATIONS

def sent_at(local, tz):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return dt.isoformat(timespec="seconds")

def main():
    tzs = {p["conv"]: p["timezone"] for p in PROFILES}
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVERSATIONS):
            for i, (local, text, after) in enumerate(CONVERSATIONS[conv]):
                row = {"conv": conv, "i": i, "lang": "en", "sent_at": sent_at(local, tzs[conv]),
                       "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print("conversations:", len(CONVERSATIONS), "messages:", n)
    try:
        from labels_src import build_labels
    except ImportError:
        print("labels_src.py not written yet; skipping labels")
        return
    labels = build_labels()
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("labels:", len(labels))

if __name__ == "__main__":
    main()
