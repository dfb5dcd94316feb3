"""Pass 2 output: writes conversations.jsonl and profiles.jsonl from the data modules."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from conversations_data import CONVERSATIONS  # noqa: E402
from profiles_data import PROFILES  # noqa: E402


def main():
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVERSATIONS):
            prev = None
            for i, (day, hhmm, text, after) in enumerate(CONVERSATIONS[conv]):
                sent = f"2027-01-{day:02d}T{hhmm}:00-05:00"
                assert prev is None or sent > prev, (conv, i, sent)
                prev = sent
                row = {"conv": conv, "i": i, "lang": "es", "sent_at": sent, "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
