"""Pass 2: writes conversations.jsonl and profiles.jsonl from the data modules."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from conversations_data import CONVS  # noqa: E402
from profiles_data import PROFILES  # noqa: E402


def main():
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVS):
            last = ""
            for i, (day, hhmm, text, after) in enumerate(CONVS[conv]):
                sent_at = "2027-01-%02dT%s:00-05:00" % (day, hhmm)
                assert sent_at >= last, (conv, i, sent_at, last)
                last = sent_at
                row = {"conv": conv, "i": i, "lang": "es", "sent_at": sent_at,
                       "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
