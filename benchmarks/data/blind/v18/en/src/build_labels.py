"""Writes labels.jsonl from labels_data.py."""
import json
import os

from labels_data import L

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(L):
            for i, entry in enumerate(L[conv]):
                rf_kind, writes, kind, note = entry[:4]
                clarify = entry[4] if len(entry) > 4 else False
                row = {"conv": conv, "i": i, "red_flag": rf_kind is not None, "red_flag_kind": rf_kind,
                       "writes": writes, "clarify_ok": clarify, "kind": kind, "note": note}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
