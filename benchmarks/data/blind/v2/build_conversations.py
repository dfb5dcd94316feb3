import json
from src_conversations_es import ES
from src_conversations_en import EN, TZ
from src_profiles import PROFILES

def rows():
    for conv, msgs in list(ES.items()) + list(EN.items()):
        lang = conv[:2]
        off = "-05:00" if lang == "es" else TZ[conv][1]
        prev = None
        for i, (ts, text, ac) in enumerate(msgs):
            md, hm = ts.split()
            sent = f"2026-{md}T{hm}:00{off}"
            assert prev is None or sent > prev, (conv, i)
            prev = sent
            yield {"conv": conv, "i": i, "lang": lang, "sent_at": sent, "text": text, "after_coach": ac}

with open("conversations.jsonl", "w") as f:
    for r in rows():
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("profiles.jsonl", "w") as f:
    for p in PROFILES:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
