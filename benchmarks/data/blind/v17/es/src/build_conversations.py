"""Writes conversations.jsonl and profiles.jsonl (pass 2)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import conversations, profiles
ROOT = os.path.dirname(HERE)
with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
    for r in conversations.rows():
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
    for r in profiles.rows():
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
