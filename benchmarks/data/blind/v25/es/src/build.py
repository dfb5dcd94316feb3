"""Regenerate conversations.jsonl, profiles.jsonl and labels.jsonl from the data modules in src/.
Usage: python3 src/build.py   (from /work/blind/v25-es or anywhere)"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import conversations_data  # noqa: E402
import profiles_data  # noqa: E402

OFFSET = "-05:00"  # America/Guayaquil, no DST


def conversations():
    rows = []
    for conv in sorted(conversations_data.C):
        for i, (stamp, text, after) in enumerate(conversations_data.C[conv]):
            md, hm = stamp.split()
            rows.append({"conv": conv, "i": i, "lang": "es",
                         "sent_at": "2028-%sT%s:00%s" % (md, hm, OFFSET),
                         "text": text, "after_coach": after})
    return rows


def dump(name, rows):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s (%d lines)" % (name, len(rows)))


def main():
    dump("conversations.jsonl", conversations())
    dump("profiles.jsonl", profiles_data.profiles())
    try:
        import labels_data
    except ImportError:
        print("labels_data.py not written yet; skipping labels.jsonl")
        return
    dump("labels.jsonl", labels_data.labels())


if __name__ == "__main__":
    main()
