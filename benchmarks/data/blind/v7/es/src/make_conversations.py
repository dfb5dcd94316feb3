"""Writes conversations.jsonl and profiles.jsonl from the data modules (pass 2)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from conversations_data import CONVS
from profiles_data import PROFILES

OUT = os.path.dirname(HERE)

def main():
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVS):
            for i, (day, hhmm, text, after) in enumerate(CONVS[conv]):
                rec = {"conv": conv, "i": i, "lang": "es",
                       "sent_at": "2027-01-%02dT%s:00-05:00" % (day, hhmm),
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
