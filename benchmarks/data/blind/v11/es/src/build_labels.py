"""Writes labels.jsonl from src/labels_src.py (separate pass from the conversations)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels_src import L

OUT = os.path.dirname(HERE)


def main():
    n = 0
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(L):
            for i, lab in enumerate(L[conv]):
                row = {"conv": conv, "i": i}
                row.update(lab)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print("labels:", n)


if __name__ == "__main__":
    main()
