#!/usr/bin/env python3
"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl from src/*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from profiles import PROFILES
from conversations import CONVS
from labels import LABELS

OUT = os.path.dirname(HERE)
OFFSET = "-05:00"

def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def main():
    convs = sorted(CONVS)
    assert convs == [p["conv"] for p in PROFILES], "profiles/conversations mismatch"
    msgs, labs = [], []
    for c in convs:
        m, l = CONVS[c], LABELS[c]
        if len(m) != len(l):
            raise SystemExit(f"{c}: {len(m)} messages but {len(l)} labels")
        for i, ((ts, text, after), lab) in enumerate(zip(m, l)):
            msgs.append({"conv": c, "i": i, "lang": "es", "sent_at": ts + ":00" + OFFSET,
                         "text": text, "after_coach": after})
            labs.append({"conv": c, "i": i, **lab})
    dump(os.path.join(OUT, "profiles.jsonl"), PROFILES)
    dump(os.path.join(OUT, "conversations.jsonl"), msgs)
    dump(os.path.join(OUT, "labels.jsonl"), labs)
    print(f"wrote {len(PROFILES)} profiles, {len(msgs)} messages, {len(labs)} labels")

if __name__ == "__main__":
    main()
