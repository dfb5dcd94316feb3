"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl from src/.
Usage: python3 src/build.py   (run from /work/blind/v8-en or anywhere)"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from profiles import PROFILES
from conversations import CONVS, OFFSETS


def dump(path, rows):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    dump("profiles.jsonl", PROFILES)
    rows = []
    for conv in sorted(CONVS):
        for i, (t, text, after) in enumerate(CONVS[conv]):
            rows.append({"conv": conv, "i": i, "lang": "en", "sent_at": t + ":00" + OFFSETS[conv],
                         "text": text, "after_coach": after})
    dump("conversations.jsonl", rows)
    try:
        from labels import LABELS
    except ImportError:
        LABELS = None
    if LABELS is not None:
        out = []
        for conv in sorted(CONVS):
            for i in range(len(CONVS[conv])):
                out.append(dict(conv=conv, i=i, **LABELS[conv][i]))
        dump("labels.jsonl", out)
    print("profiles:", len(PROFILES), "messages:", len(rows), "labels:", "yes" if LABELS else "no")


if __name__ == "__main__":
    main()
