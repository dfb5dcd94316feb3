"""Pass 3: writes labels.jsonl from labels_data.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from labels_data import LABELS  # noqa: E402

KEYS = ["conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"]


def main():
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(LABELS):
            for k, lab in enumerate(LABELS[conv]):
                assert lab["i"] == k, (conv, k, lab["i"])
                row = dict(lab)
                row["conv"] = conv
                f.write(json.dumps({key: row[key] for key in KEYS}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
