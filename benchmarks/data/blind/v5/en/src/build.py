"""Regenerate profiles.jsonl, conversations.jsonl, labels.jsonl from the sources in src/."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from profiles_src import PROFILES
from conversations_src import CONVS, OFFSETS
from labels_src import LABELS

OUT = os.path.dirname(HERE)


def dump(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    dump("profiles.jsonl", PROFILES)
    conv_rows, label_rows = [], []
    for conv in sorted(CONVS):
        msgs, labs = CONVS[conv], LABELS[conv]
        if len(msgs) != len(labs):
            raise SystemExit(f"{conv}: {len(msgs)} messages but {len(labs)} labels")
        for i, ((day, hhmm, text, after), lab) in enumerate(zip(msgs, labs)):
            conv_rows.append({"conv": conv, "i": i, "lang": "en",
                              "sent_at": f"2026-12-{day:02d}T{hhmm}:00{OFFSETS[conv]}",
                              "text": text, "after_coach": after})
            label_rows.append({"conv": conv, "i": i, **lab})
    dump("conversations.jsonl", conv_rows)
    dump("labels.jsonl", label_rows)
    print(f"wrote {len(PROFILES)} profiles, {len(conv_rows)} messages, {len(label_rows)} labels")


if __name__ == "__main__":
    main()
