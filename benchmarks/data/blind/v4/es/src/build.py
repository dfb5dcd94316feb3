"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl from the sources in src/."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from profiles import PROFILES  # noqa: E402
from conversations import CONVERSATIONS  # noqa: E402


def dump(name, rows):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def conversation_rows():
    rows = []
    for conv in sorted(CONVERSATIONS):
        for i, (md, hm, text, after) in enumerate(CONVERSATIONS[conv]):
            rows.append({"conv": conv, "i": i, "lang": "es",
                         "sent_at": f"2026-{md}T{hm}:00-05:00", "text": text, "after_coach": after})
    return rows


def main():
    dump("profiles.jsonl", PROFILES)
    dump("conversations.jsonl", conversation_rows())
    try:
        from labels import LABELS  # written in the third pass
    except ImportError:
        LABELS = None
    if LABELS is not None:
        rows = []
        for conv in sorted(LABELS):
            for i, lab in enumerate(LABELS[conv]):
                rows.append({"conv": conv, "i": i, **lab})
        dump("labels.jsonl", rows)


if __name__ == "__main__":
    main()
