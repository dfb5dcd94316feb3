"""Regenerate labels.jsonl from src/data_labels.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data_labels import L
OUT = os.path.dirname(HERE)

def main():
    n = 0
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(L):
            for row in L[conv]:
                i, rfk, writes, kind, note = row[:5]
                clarify = row[5] if len(row) > 5 else False
                rec = {"conv": conv, "i": i, "red_flag": rfk is not None, "red_flag_kind": rfk,
                       "writes": writes, "clarify_ok": clarify, "kind": kind, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n} labels")

if __name__ == "__main__":
    main()
