#!/usr/bin/env python3
"""Validate the v14-en blind set: parse, schema, one label per message, consistency; print counts."""
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, date
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
PARTS = {"shin", "knee", "calf", "foot", "heel", "ankle", "hip", "hamstring", "quad", "achilles", "back", "chest", "other"}
EFFORTS = {"easy", "long", "workout", "race", "time_trial", "unknown"}
ACTS = {"bike", "swim", "gym", "yoga", "walk", "elliptical", "other"}
KINDS = {"report", "question", "complaint", "future_plan", "hypothetical", "correction", "memory_question",
         "smalltalk", "answer", "mixed"}
NOWRITE_KINDS = {"question", "complaint", "future_plan", "hypothetical", "memory_question"}
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


def is_date(s):
    try:
        date.fromisoformat(s)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s))
    except (TypeError, ValueError):
        return False


def num_or_none(v, integer=False):
    if v is None:
        return True
    if isinstance(v, bool):
        return False
    return isinstance(v, int) if integer else isinstance(v, (int, float))


def sev_ok(pain, sev):
    if pain is None:
        return sev in {"mild", "moderate", "severe"}
    return sev == ("mild" if pain <= 3 else "moderate" if pain <= 6 else "severe")


def check_fact(where, f, red_flag):
    t = f.get("type")
    if t not in FACT_KEYS:
        err(f"{where}: unknown fact type {t}")
        return
    if set(f) != FACT_KEYS[t]:
        err(f"{where}: {t} keys {sorted(f)} != {sorted(FACT_KEYS[t])}")
        return
    if "date" in f and f["date"] is not None and not is_date(f["date"]):
        err(f"{where}: bad date {f['date']}")
    if t == "run":
        if not num_or_none(f["distance_km"]) or not num_or_none(f["duration_s"], True) or f["effort"] not in EFFORTS:
            err(f"{where}: bad run {f}")
        if f["distance_km"] is not None and round(f["distance_km"], 2) != f["distance_km"]:
            err(f"{where}: distance not 2 decimals")
    elif t == "cross_training":
        if f["activity"] not in ACTS or not num_or_none(f["duration_s"], True):
            err(f"{where}: bad cross_training {f}")
    elif t == "injury":
        if f["body_part"] not in PARTS or f["side"] not in {"left", "right", None}:
            err(f"{where}: bad injury part/side {f}")
        p = f["pain"]
        if p is not None and (not isinstance(p, int) or isinstance(p, bool) or not 0 <= p <= 10):
            err(f"{where}: bad pain {p}")
        if f["severity"] not in {"mild", "moderate", "severe"}:
            err(f"{where}: bad severity {f}")
        elif red_flag and f["severity"] != "severe":
            err(f"{where}: red-flag message injury must be severe")
        elif not red_flag and not sev_ok(p, f["severity"]):
            err(f"{where}: severity {f['severity']} inconsistent with pain {p}")
    elif t == "injury_resolved":
        if f["body_part"] not in PARTS:
            err(f"{where}: bad body_part {f}")
    elif t == "race_result":
        if not num_or_none(f["distance_km"]) or f["distance_km"] is None or not num_or_none(f["time_s"], True):
            err(f"{where}: bad race_result {f}")
    elif t == "goal_race":
        if not num_or_none(f["distance_km"]) or not num_or_none(f["goal_time_s"], True):
            err(f"{where}: bad goal_race {f}")
        if f["date"] is not None and (not is_date(f["date"]) or f["date"] <= "2027-04-18"):
            err(f"{where}: goal date must be after 2027-04-18")
    elif t == "preferred_days":
        if not f["days"] or any(d not in DAYS for d in f["days"]) or len(set(f["days"])) != len(f["days"]):
            err(f"{where}: bad days {f}")
    elif t == "correction":
        if f["target"] != "run" or not num_or_none(f["distance_km"]) or not num_or_none(f["duration_s"], True):
            err(f"{where}: bad correction {f}")


def main():
    profiles = load("profiles.jsonl")
    convs = load("conversations.jsonl")
    labels = load("labels.jsonl")

    # profiles
    pmap = {}
    for p in profiles:
        c = p.get("conv")
        pmap[c] = p
        need = {"conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
                "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"}
        if set(p) != need:
            err(f"profile {c}: keys {sorted(set(p) ^ need)}")
        if p["units"] not in {"km", "mi"} or p["level"] not in {"beginner", "intermediate", "advanced"}:
            err(f"profile {c}: units/level")
        if not 17 <= p["age"] <= 65:
            err(f"profile {c}: age {p['age']}")
        g = p["goal_race"]
        if g is not None:
            if set(g) != {"distance_km", "name", "date", "goal_time"} or not is_date(g["date"]) or g["date"] <= "2027-04-18":
                err(f"profile {c}: goal_race {g}")
            if g["goal_time"] is not None and not re.fullmatch(r"\d+:\d{2}:\d{2}", g["goal_time"]):
                err(f"profile {c}: goal_time format")
        if len(p["preferred_days"]) != p["days_per_week"] or any(d not in DAYS for d in p["preferred_days"]):
            err(f"profile {c}: preferred_days")
        r = p["recent_race"]
        if r is not None and (set(r) != {"distance_km", "time", "month"} or not re.fullmatch(r"\d{4}-\d{2}", r["month"])):
            err(f"profile {c}: recent_race")
        for inj in p["injuries_at_start"]:
            if set(inj) != {"body_part", "side", "note", "current"} or inj["body_part"] not in PARTS:
                err(f"profile {c}: injury {inj}")
        try:
            ZoneInfo(p["timezone"])
        except Exception:
            err(f"profile {c}: timezone {p['timezone']}")

    # conversations
    by_conv = {}
    for m in convs:
        k = (m.get("conv"), m.get("i"))
        if set(m) != {"conv", "i", "lang", "sent_at", "text", "after_coach"}:
            err(f"msg {k}: keys {sorted(m)}")
        by_conv.setdefault(m["conv"], []).append(m)
    for c, msgs in by_conv.items():
        if c not in pmap:
            err(f"conv {c} has no profile")
            continue
        if not 18 <= len(msgs) <= 24:
            err(f"conv {c}: {len(msgs)} messages (want 18-24)")
        prev = None
        tz = ZoneInfo(pmap[c]["timezone"])
        for n, m in enumerate(msgs):
            if m["i"] != n:
                err(f"conv {c}: i {m['i']} expected {n}")
            if m["lang"] != pmap[c]["lang"] or not m["text"].strip():
                err(f"conv {c} i {n}: lang/text")
            dt = datetime.fromisoformat(m["sent_at"])
            if dt.utcoffset() != dt.replace(tzinfo=None).replace(tzinfo=tz).utcoffset():
                err(f"conv {c} i {n}: offset {m['sent_at']} does not match {tz}")
            if not date(2027, 4, 12) <= dt.date() <= date(2027, 4, 18):
                err(f"conv {c} i {n}: outside the week")
            if prev and dt < prev:
                err(f"conv {c} i {n}: not in time order")
            prev = dt
            if m["after_coach"] is not None and not isinstance(m["after_coach"], str):
                err(f"conv {c} i {n}: after_coach")
    if set(by_conv) != set(pmap):
        err("profiles and conversations cover different convs")

    # labels
    lmap = {}
    for lab in labels:
        k = (lab.get("conv"), lab.get("i"))
        if k in lmap:
            err(f"label {k}: duplicate")
        lmap[k] = lab
        need = {"conv", "i", "red_flag", "red_flag_kind", "writes", "clarify_ok", "kind", "note"}
        if set(lab) != need:
            err(f"label {k}: keys {sorted(set(lab) ^ need)}")
            continue
        if not isinstance(lab["red_flag"], bool) or not isinstance(lab["clarify_ok"], bool) or not isinstance(lab["note"], str):
            err(f"label {k}: types")
        if lab["red_flag"] != (lab["red_flag_kind"] is not None) or lab["red_flag_kind"] not in {None, "musculoskeletal", "cardiac", "heat"}:
            err(f"label {k}: red_flag/red_flag_kind mismatch")
        if lab["kind"] not in KINDS:
            err(f"label {k}: kind {lab['kind']}")
        if lab["kind"] in NOWRITE_KINDS and lab["writes"]:
            err(f"label {k}: kind {lab['kind']} must have no writes")
        for j, f in enumerate(lab["writes"]):
            check_fact(f"label {k} w{j}", f, lab["red_flag"])
        # chest pain must carry a cardiac flag
        if any(f.get("type") == "injury" and f.get("body_part") == "chest" for f in lab["writes"]) and lab["red_flag_kind"] != "cardiac":
            err(f"label {k}: chest injury without cardiac flag")
        # fact dates not after the message's local date
        msgk = [m for m in by_conv.get(k[0], []) if m["i"] == k[1]]
        if msgk:
            d = datetime.fromisoformat(msgk[0]["sent_at"]).date().isoformat()
            for f in lab["writes"]:
                if f.get("type") in {"run", "cross_training", "race_result", "correction", "delete_run"} and f["date"] > d:
                    err(f"label {k}: fact dated {f['date']} after message date {d}")
    mkeys = {(m["conv"], m["i"]) for m in convs}
    if mkeys != set(lmap):
        err(f"labels/messages mismatch: missing {sorted(mkeys - set(lmap))[:5]} extra {sorted(set(lmap) - mkeys)[:5]}")

    # counts
    writes = Counter(f["type"] for lab in labels for f in lab["writes"])
    kinds = Counter(lab["kind"] for lab in labels)
    rf_msgs = [lab for lab in labels if lab["red_flag"]]
    rf_kinds = Counter(lab["red_flag_kind"] for lab in rf_msgs)
    rf_convs = sorted({lab["conv"] for lab in rf_msgs})
    units = Counter(p["units"] for p in profiles)
    print(f"conversations: {len(by_conv)}  messages: {len(convs)}  labels: {len(labels)}")
    print("messages per conversation:", {c: len(v) for c, v in sorted(by_conv.items())})
    print(f"red-flag messages: {len(rf_msgs)} {dict(rf_kinds)}  red-flag conversations: {len(rf_convs)} {rf_convs}")
    print(f"messages with writes: {sum(1 for l in labels if l['writes'])}  total writes: {sum(writes.values())}")
    print("writes by type:", dict(sorted(writes.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print("clarify_ok:", sum(l["clarify_ok"] for l in labels), " after_coach answers:", sum(m["after_coach"] is not None for m in convs))
    print("units:", dict(units))
    if len(rf_convs) < 4:
        err("fewer than 4 red-flag conversations")
    if units.get("mi", 0) < 4:
        err("fewer than 4 miles runners")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
