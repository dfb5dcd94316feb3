"""Pass 3: writes labels.jsonl (labels written after the conversations were frozen)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels_data import label_rows

OUT = os.path.dirname(HERE)

if __name__ == "__main__":
    rows = label_rows()
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels.jsonl", len(rows))
