"""Writes profiles.jsonl and conversations.jsonl (pass 2)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from profiles_src import profiles
from conversations_src import conversations

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dump(name, rows):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    dump("profiles.jsonl", profiles())
    dump("conversations.jsonl", conversations())
    print("ok")
