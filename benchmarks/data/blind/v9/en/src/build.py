"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl from the sources in src/."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from profiles_src import PROFILES  # noqa: E402
from conversations_src import CONVS  # noqa: E402
from labels_src import LABELS  # noqa: E402


def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    dump(os.path.join(ROOT, "profiles.jsonl"), PROFILES)
    conv_rows, label_rows = [], []
    for conv in sorted(CONVS):
        offset, msgs = CONVS[conv]
        labels = LABELS[conv]
        if len(labels) != len(msgs):
            raise SystemExit(f"{conv}: {len(msgs)} messages but {len(labels)} labels")
        for i, (local, text, after) in enumerate(msgs):
            conv_rows.append({"conv": conv, "i": i, "lang": "en", "sent_at": f"{local}:00{offset}",
                              "text": text, "after_coach": after})
            lab = {"conv": conv, "i": i}
            lab.update(labels[i])
            label_rows.append(lab)
    dump(os.path.join(ROOT, "conversations.jsonl"), conv_rows)
    dump(os.path.join(ROOT, "labels.jsonl"), label_rows)
    print(f"wrote {len(PROFILES)} profiles, {len(conv_rows)} messages, {len(label_rows)} labels")


if __name__ == "__main__":
    main()
