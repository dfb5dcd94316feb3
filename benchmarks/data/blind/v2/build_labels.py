import json
from src_labels import LABELS, RF

conv_rows = [json.loads(l) for l in open("conversations.jsonl")]
by_conv = {}
for r in conv_rows:
    by_conv.setdefault(r["conv"], []).append(r)
assert set(by_conv) == set(LABELS), set(by_conv) ^ set(LABELS)
out = []
for conv, msgs in by_conv.items():
    labs = LABELS[conv]
    assert len(labs) == len(msgs), (conv, len(labs), len(msgs))
    for r, lab in zip(msgs, labs):
        out.append({"conv": conv, "i": r["i"],
                    "red_flag": lab["rf"] is not None,
                    "red_flag_kind": RF[lab["rf"]] if lab["rf"] else None,
                    "writes": lab["writes"],
                    "clarify_ok": lab["clarify"],
                    "kind": lab["kind"],
                    "note": lab["note"]})
with open("labels.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
