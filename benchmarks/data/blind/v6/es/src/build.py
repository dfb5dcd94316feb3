#!/usr/bin/env python3
"""Regenerate profiles.jsonl, conversations.jsonl, labels.jsonl from src/*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import conv_data, label_data
OUT = os.path.dirname(HERE)

def dump(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

profiles, convs, labels = [], [], []
for conv in sorted(conv_data.CONVS):
    p = conv_data.PROFILES[conv]
    profiles.append({"conv": conv, "lang": "es", "name": p["name"], "age": p["age"], "timezone": "America/Guayaquil",
                     "units": "km", "goal_race": p["goal_race"], "days_per_week": p["days_per_week"],
                     "preferred_days": p["preferred_days"], "level": p["level"], "weekly_km": p["weekly_km"],
                     "longest_run_km": p["longest_run_km"], "recent_race": p["recent_race"],
                     "injuries_at_start": p["injuries_at_start"]})
    msgs = conv_data.CONVS[conv]
    labs = label_data.LABELS[conv]
    assert len(msgs) == len(labs), (conv, len(msgs), len(labs))
    for i, ((ts, text, after), lab) in enumerate(zip(msgs, labs)):
        md, hm = ts.split()
        convs.append({"conv": conv, "i": i, "lang": "es", "sent_at": f"2027-{md}T{hm}:00-05:00", "text": text, "after_coach": after})
        labels.append({"conv": conv, "i": i, **lab})
dump("profiles.jsonl", profiles)
dump("conversations.jsonl", convs)
dump("labels.jsonl", labels)
print(len(profiles), "profiles,", len(convs), "messages,", len(labels), "labels")
