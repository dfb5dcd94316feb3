import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import labels_src
out = os.path.join(os.path.dirname(__file__), "..")
msgs = [json.loads(l) for l in open(os.path.join(out, "conversations.jsonl"))]
errs = 0
with open(os.path.join(out, "labels.jsonl"), "w") as f:
    by = {}
    for m in msgs: by.setdefault(m["conv"], []).append(m)
    for conv, ms in by.items():
        ls = labels_src.L[conv]
        if len(ls) != len(ms):
            print("LEN", conv, len(ls), len(ms)); errs += 1; continue
        for m, (pre, rf, writes, cl, kind, note) in zip(ms, ls):
            if not m["text"].startswith(pre):
                print("MISMATCH", conv, m["i"], repr(pre), repr(m["text"][:40])); errs += 1
            f.write(json.dumps({"conv": conv, "i": m["i"], "red_flag": rf is not None, "red_flag_kind": rf,
                                "writes": writes, "clarify_ok": cl, "kind": kind, "note": note}, ensure_ascii=False) + "\n")
print("errors", errs)
