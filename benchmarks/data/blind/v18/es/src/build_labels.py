"""Pass 3 generator: writes labels.jsonl (needs conversations.jsonl for the message count per conversation)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels_data import LABELS
OUT = os.path.dirname(HERE)

def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(LABELS):
            for i, lab in enumerate(LABELS[conv]):
                rec = {"conv": conv, "i": i}
                rec.update(lab)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
