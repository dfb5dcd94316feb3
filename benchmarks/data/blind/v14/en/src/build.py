"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl from src/*.py.

Usage: python3 src/build.py   (run from anywhere)
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


def iso_local(local, tzname):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tzname))
    s = dt.isoformat(timespec="seconds")
    return s


def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    tz = {p["conv"]: p["timezone"] for p in PROFILES}
    dump(os.path.join(ROOT, "profiles.jsonl"), PROFILES)
    conv_rows = []
    for conv in sorted(CONVERSATIONS):
        for i, (local, text, after) in enumerate(CONVERSATIONS[conv]):
            conv_rows.append({"conv": conv, "i": i, "lang": "en", "sent_at": iso_local(local, tz[conv]),
                              "text": text, "after_coach": after})
    dump(os.path.join(ROOT, "conversations.jsonl"), conv_rows)
    label_rows = []
    for conv in sorted(LABELS):
        for i, lab in enumerate(LABELS[conv]):
            row = {"conv": conv, "i": i}
            row.update(lab)
            label_rows.append(row)
    dump(os.path.join(ROOT, "labels.jsonl"), label_rows)
    print(f"profiles={len(PROFILES)} messages={len(conv_rows)} labels={len(label_rows)}")


if __name__ == "__main__":
    main()
