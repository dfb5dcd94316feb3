"""Writes labels.jsonl from labels_data (pass 3)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labels_data import LABELS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def main():
    rows = sorted(LABELS, key=lambda r: (r["conv"], r["i"]))
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
