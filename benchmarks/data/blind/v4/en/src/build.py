"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl from src/*.py.

Usage: python3 src/build.py   (from /work/blind/v4-en or anywhere)
"""
import json
import os
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from profiles_src import PROFILES  # noqa: E402
from conversations_src import CONVERSATIONS  # noqa: E402
from labels_src import LABELS  # noqa: E402


def sent_at(date, hhmm, tz):
    dt = datetime.fromisoformat(f"{date}T{hhmm}:00").replace(tzinfo=ZoneInfo(tz))
    return dt.isoformat()


def dump(path, rows):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    tz = {p["conv"]: p["timezone"] for p in PROFILES}
    conv_rows, label_rows = [], []
    for conv in sorted(CONVERSATIONS):
        for i, (date, hhmm, text, after) in enumerate(CONVERSATIONS[conv]):
            conv_rows.append({"conv": conv, "i": i, "lang": "en", "sent_at": sent_at(date, hhmm, tz[conv]),
                              "text": text, "after_coach": after})
        for lab in LABELS[conv]:
            row = {"conv": conv}
            row.update(lab)
            label_rows.append(row)
    dump("profiles.jsonl", PROFILES)
    dump("conversations.jsonl", conv_rows)
    dump("labels.jsonl", label_rows)
    print(f"wrote {len(PROFILES)} profiles, {len(conv_rows)} messages, {len(label_rows)} labels")


if __name__ == "__main__":
    main()
