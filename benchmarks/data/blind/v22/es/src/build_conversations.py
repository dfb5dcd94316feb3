"""Pass 2: writes conversations.jsonl and profiles.jsonl from the data modules."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from conversations_data import conversation_rows
from profiles_data import profile_rows

OUT = os.path.dirname(HERE)

def dump(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))

if __name__ == "__main__":
    dump("conversations.jsonl", conversation_rows())
    dump("profiles.jsonl", profile_rows())
