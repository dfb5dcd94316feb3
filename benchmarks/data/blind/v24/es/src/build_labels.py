"""Pass 3 builder: writes labels.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import labels_a, labels_b, labels_c

def main():
    lb = {}
    for m in (labels_a, labels_b, labels_c):
        lb.update(m.LB)
    n = 0
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for cid in sorted(lb):
            for k, lab in enumerate(lb[cid]):
                assert lab["i"] == k, (cid, k, lab["i"])
                rec = {"conv": cid, **lab}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(lb)} conversations, {n} labels")

if __name__ == "__main__":
    main()
