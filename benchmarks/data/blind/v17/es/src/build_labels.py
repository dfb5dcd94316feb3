"""Writes labels.jsonl (pass 3)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels
ROOT = os.path.dirname(HERE)
with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in labels.LABELS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
