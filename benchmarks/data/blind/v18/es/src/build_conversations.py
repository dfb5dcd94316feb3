"""Pass 2 generator: writes profiles.jsonl and conversations.jsonl from the data modules."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from profiles_data import PROFILES, TZ
from conversations_data import CONVS

OUT = os.path.dirname(HERE)

def main():
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            rec = {"conv": p["conv"], "lang": "es", "name": p["name"], "age": p["age"], "timezone": TZ,
                   "units": "km", "goal_race": p["goal_race"], "days_per_week": p["days_per_week"],
                   "preferred_days": p["preferred_days"], "level": p["level"], "weekly_km": p["weekly_km"],
                   "longest_run_km": p["longest_run_km"], "recent_race": p["recent_race"],
                   "injuries_at_start": p["injuries_at_start"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(CONVS):
            for i, (ts, text, after) in enumerate(CONVS[conv]):
                md, hm = ts.split()
                sent_at = "2027-%sT%s:00-05:00" % (md, hm)
                f.write(json.dumps({"conv": conv, "i": i, "lang": "es", "sent_at": sent_at,
                                    "text": text, "after_coach": after}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
