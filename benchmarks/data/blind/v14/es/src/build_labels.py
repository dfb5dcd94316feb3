"""Writes labels.jsonl (pass 3)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labels_src import labels

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("ok")
