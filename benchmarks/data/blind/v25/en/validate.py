#!/usr/bin/env python3
"""Validate the v25-en blind set: parse every file, check schemas, one label per message, and print counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return out


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENT = re.compile(r"^2028-05-0[1-7]T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction",
         "memory_question", "smalltalk", "answer", "mixed"}
NO_WRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
RF_KINDS = {"musculoskeletal", "cardiac", "heat"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
FACT_KEYS = {
    "run": {"type", "date", "distance_km", "duration_s", "effort"},
    "cross_training": {"type", "date", "activity", "duration_s"},
    "injury": {"type", "body_part", "side", "pain", "severity"},
    "injury_resolved": {"type", "body_part"},
    "race_result": {"type", "date", "distance_km", "time_s"},
    "goal_race": {"type", "distance_km", "date", "goal_time_s"},
    "preferred_days": {"type", "days"},
    "correction": {"type", "target", "date", "distance_km", "duration_s"},
    "delete_run": {"type", "date"},
}
# Offsets in force in May 2028 for the zones used.
OFFSET = {"America/Denver": "-06:00", "Asia/Kolkata": "+05:30", "Europe/Dublin": "+01:00",
          "America/Vancouver": "-07:00", "Europe/London": "+01:00", "America/New_York": "-04:00",
          "Asia/Singapore": "+08:00", "America/Phoenix": "-07:00", "Australia/Sydney": "+10:00",
          "America/Guayaquil": "-05:00"}


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_date(d, where, lo="2028-04-01", hi="2028-05-07"):
    if not (isinstance(d, str) and DATE.match(d)):
        err(f"{where}: bad date {d!r}")
        return
    if not (lo <= d <= hi):
        err(f"{where}: date {d} outside {lo}..{hi}")


def check_fact(f, where, sent_date):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t!r}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if t in ("run", "cross_training", "race_result", "correction", "delete_run"):
        check_date(f["date"], where, hi=sent_date)
    if t == "run":
        if f["distance_km"] is not None and not is_num(f["distance_km"]):
            err(f"{where}: distance")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
            err(f"{where}: duration")
        if f["effort"] not in EFFORTS:
            err(f"{where}: effort {f['effort']}")
    elif t == "cross_training":
        if f["activity"] not in ACTS:
            err(f"{where}: activity")
        if f["duration_s"] is not None and not isinstance(f["duration_s"], int):
            err(f"{where}: duration")
    elif t == "injury":
        if f["body_part"] not in PARTS:
            err(f"{where}: body_part {f['body_part']}")
        if f["side"] not in ("left", "right", None):
            err(f"{where}: side")
        if f["pain"] is not None and not (isinstance(f["pain"], int) and 0 <= f["pain"] <= 10):
            err(f"{where}: pain")
        if f["severity"] not in ("mild", "moderate", "severe"):
            err(f"{where}: severity")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: body_part")
    elif t == "race_result":
        if not is_num(f["distance_km"]):
            err(f"{where}: race distance")
        if f["time_s"] is not None and not isinstance(f["time_s"], int):
            err(f"{where}: time_s")
    elif t == "goal_race":
        if not is_num(f["distance_km"]):
            err(f"{where}: goal distance")
        if f["date"] is not None:
            check_date(f["date"], where, lo="2028-05-08", hi="2030-12-31")
        if f["goal_time_s"] is not None and not isinstance(f["goal_time_s"], int):
            err(f"{where}: goal_time_s")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: days")
    elif t == "correction":
        if f["target"] != "run":
            err(f"{where}: target")
        if f["distance_km"] is None and f["duration_s"] is None:
            err(f"{where}: correction changes nothing")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    prof = {}
    pkeys = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
             "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
    for p in profiles:
        w = f"profile {p.get('conv')}"
        if set(p) != pkeys:
            err(f"{w}: keys {sorted(set(p) ^ pkeys)}")
            continue
        prof[p["conv"]] = p
        if p["lang"] != "en" or p["units"] not in ("km", "mi") or p["level"] not in ("beginner", "intermediate", "advanced"):
            err(f"{w}: lang/units/level")
        if not (17 <= p["age"] <= 65):
            err(f"{w}: age")
        if p["timezone"] not in OFFSET:
            err(f"{w}: timezone not in offset table")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"} or not g["date"] > "2028-05-07":
                err(f"{w}: goal_race")
        if any(d not in DAYS for d in p["preferred_days"]) or len(p["preferred_days"]) != p["days_per_week"]:
            err(f"{w}: preferred_days / days_per_week")
        r = p["recent_race"]
        if r is not None and set(r) != {"distance_km", "time", "month"}:
            err(f"{w}: recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS:
                err(f"{w}: injury {inj}")

    # conversations
    by_conv = collections.defaultdict(list)
    ckeys = {"conv", "i", "lang", "sent_at", "text", "after_coach"}
    for m in convs:
        if set(m) != ckeys:
            err(f"msg {m.get('conv')}/{m.get('i')}: keys")
            continue
        by_conv[m["conv"]].append(m)
    for c, msgs in by_conv.items():
        if c not in prof:
            err(f"{c}: no profile")
            continue
        if [m["i"] for m in msgs] != list(range(len(msgs))):
            err(f"{c}: i not 0..n-1 in order")
        if not (18 <= len(msgs) <= 24):
            err(f"{c}: {len(msgs)} messages, want 18-24")
        prev = None
        for m in msgs:
            if not SENT.match(m["sent_at"]):
                err(f"{c}/{m['i']}: sent_at {m['sent_at']}")
                continue
            if not m["sent_at"].endswith(OFFSET[prof[c]["timezone"]]):
                err(f"{c}/{m['i']}: offset does not match {prof[c]['timezone']}")
            t = dt.datetime.fromisoformat(m["sent_at"])
            if prev and t < prev:
                err(f"{c}/{m['i']}: sent_at goes backwards")
            prev = t
            if not m["text"].strip():
                err(f"{c}/{m['i']}: empty text")

    # labels
    lkeys = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
    lab = {}
    for l in labels:
        k = (l.get("conv"), l.get("i"))
        if set(l) != lkeys:
            err(f"label {k}: keys")
            continue
        if k in lab:
            err(f"label {k}: duplicate")
        lab[k] = l
    msg_keys = {(m["conv"], m["i"]) for m in convs}
    for k in sorted(msg_keys - set(lab)):
        err(f"message {k} has no label")
    for k in sorted(set(lab) - msg_keys):
        err(f"label {k} has no message")

    sent = {(m["conv"], m["i"]): m["sent_at"][:10] for m in convs}
    counts = collections.Counter()
    kinds = collections.Counter()
    facts = collections.Counter()
    rf_conv = collections.defaultdict(set)
    for k, l in sorted(lab.items()):
        w = f"label {k[0]}/{k[1]}"
        if l["kind"] not in KINDS:
            err(f"{w}: kind {l['kind']}")
        kinds[l["kind"]] += 1
        if not isinstance(l["red_flag"], bool) or not isinstance(l["clarify_ok"], bool):
            err(f"{w}: bool fields")
        if l["red_flag"] != (l["red_flag_kind"] is not None) or (l["red_flag_kind"] not in RF_KINDS | {None}):
            err(f"{w}: red_flag / red_flag_kind mismatch")
        if l["red_flag"]:
            rf_conv[k[0]].add(l["red_flag_kind"])
            counts["red_flag_messages"] += 1
        if l["clarify_ok"]:
            counts["clarify_ok"] += 1
        if l["kind"] in NO_WRITE_KINDS and l["writes"]:
            err(f"{w}: kind {l['kind']} must have no writes")
        if not isinstance(l["note"], str) or not l["note"]:
            err(f"{w}: note")
        for j, f in enumerate(l["writes"]):
            check_fact(f, f"{w} fact {j}", sent.get(k, "2028-05-07"))
            facts[f.get("type")] += 1
            if f.get("type") == "injury":
                expect = None if f["pain"] is None else ("mild" if f["pain"] <= 3 else "moderate" if f["pain"] <= 6 else "severe")
                if l["red_flag"]:
                    if f["severity"] != "severe":
                        err(f"{w}: red-flag injury must be severe")
                elif expect and f["severity"] != expect:
                    err(f"{w}: severity {f['severity']} vs pain {f['pain']}")
                if f["body_part"] == "chest" and (l["red_flag_kind"] != "cardiac" or f["severity"] != "severe"):
                    err(f"{w}: chest must be cardiac red flag, severe")
        if l["red_flag_kind"] == "cardiac" and any(f.get("type") == "injury" and f["body_part"] != "chest" for f in l["writes"]):
            err(f"{w}: cardiac flag with a non-chest injury")

    for e in ERR:
        print("ERROR:", e)
    n_conv = len(by_conv)
    n_msg = len(convs)
    print(f"conversations: {n_conv}  messages: {n_msg}  labels: {len(labels)}  profiles: {len(profiles)}")
    print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
    print("miles runners:", sum(1 for p in profiles if p["units"] == "mi"),
          " ages:", sorted(p["age"] for p in profiles))
    print(f"red-flag conversations: {len(rf_conv)} {dict((c, sorted(v)) for c, v in sorted(rf_conv.items()))}")
    print("red-flag messages:", counts["red_flag_messages"], " clarify_ok:", counts["clarify_ok"])
    print("kinds:", dict(sorted(kinds.items())))
    print("facts:", dict(sorted(facts.items())), " total:", sum(facts.values()))
    print("messages with no writes:", sum(1 for l in labels if not l["writes"]))
    if ERR:
        print(f"FAILED with {len(ERR)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
