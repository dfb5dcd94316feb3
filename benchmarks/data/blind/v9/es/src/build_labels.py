"""Pass 3 output: writes labels.jsonl (one label per message of conversations.jsonl)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from labels_data import LABELS  # noqa: E402


def main():
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(LABELS):
            for i, lab in enumerate(LABELS[conv]):
                row = {"conv": conv, "i": i}
                row.update(lab)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
