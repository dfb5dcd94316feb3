"""Writes labels.jsonl from labels.py, aligned with conversations.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import L

OUT = os.path.dirname(HERE)

def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(L):
            for i, (kind, writes, rfk, clar, note) in enumerate(L[conv]):
                rec = {"conv": conv, "i": i, "red_flag": rfk is not None, "red_flag_kind": rfk,
                       "writes": writes, "clarify_ok": clar, "kind": kind, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
