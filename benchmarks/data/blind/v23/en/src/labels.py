#!/usr/bin/env python3
"""Generates ../labels.jsonl: one label per runner message of ../conversations.jsonl.

Written as a separate pass after the conversations were fixed. Conventions are listed in ../README.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

HALF = 21.0975
MARATHON = 42.195


def mi(x):
    return round(x * 1.609344, 2)


def hms(h=0, m=0, s=0):
    return h * 3600 + m * 60 + s


def run(date, km, dur, effort):
    return {"type": "run", "date": date, "distance_km": km, "duration_s": dur, "effort": effort}


def xt(date, activity, dur):
    return {"type": "cross_training", "date": date, "activity": activity, "duration_s": dur}


def sev(pain):
    if pain is None:
        return "mild"
    return "mild" if pain <= 3 else ("moderate" if pain <= 6 else "severe")


def inj(part, side, pain, severity=None):
    return {"type": "injury", "body_part": part, "side": side, "pain": pain,
            "severity": severity or sev(pain)}


def resolved(part):
    return {"type": "injury_resolved", "body_part": part}


def race(date, km, t):
    return {"type": "race_result", "date": date, "distance_km": km, "time_s": t}


def goal(km, date, t):
    return {"type": "goal_race", "distance_km": km, "date": date, "goal_time_s": t}


def days(*d):
    return {"type": "preferred_days", "days": list(d)}


def corr(date, km=None, dur=None):
    return {"type": "correction", "target": "run", "date": date, "distance_km": km, "duration_s": dur}


def delete(date):
    return {"type": "delete_run", "date": date}


def L(kind, writes=(), rf=None, note="", clarify=False):
    """rf: None or the red-flag kind."""
    return {"red_flag": rf is not None, "red_flag_kind": rf, "writes": list(writes),
            "clarify_ok": clarify, "kind": kind, "note": note}


NOCLEAR = "no new symptom; coach must still not clear them to run"

LABELS = {}

LABELS["en-01"] = [
    L("question", note="asks if Monday is a rest day; small talk about tax season"),
    L("report", note="negation: did not run; legs fine is not an injury"),
    L("question", note="quotes the plan's 3x2mi @ 8:05 before running; nothing done yet"),
    L("report", [run("2028-03-07", mi(8.2), hms(1, 11, 40), "workout")],
      note="8.2 mi total -> 13.2 km; total time 1:11:40; rep paces ignored"),
    L("mixed", [inj("chest", None, None, "severe")], rf="cardiac",
      note="chest tightness/squeezing during yesterday's last rep, minimised as cold air; told next day"),
    L("answer", rf="cardiac",
      note="confirms the episode (4-5 min) and adds lightheadedness; chest injury already written at i=4, not duplicated"),
    L("question", note="asks to keep doing easy runs before seeing the doctor; " + NOCLEAR),
    L("report", note="negation: didn't run; appointment is a future plan"),
    L("report", [xt("2028-03-09", "walk", 1800)],
      note="wife's 6-mile run is another person's run (no write); his own 30 min dog walk is a walk"),
    L("mixed", note="doctor visit (normal EKG, stress test pending) + question; no fact type; red_flag false, coach may allow easy only as the doctor said, not clear fully"),
    L("report", [days("mon", "wed", "sat", "sun")],
      note="explicit new list of days (stated as until mid April) -> preferred_days"),
    L("complaint", note="quotes the plan's 18 mi long run"),
    L("future_plan", note="agrees to do 10 easy; not done yet"),
    L("report", [run("2028-03-11", mi(10.3), hms(1, 39, 52), "easy")],
      note="10.3 mi -> 16.58 km; 'no chest stuff' is a negation, not a red flag"),
    L("correction", [corr("2028-03-11", mi(10.1), None)],
      note="distance corrected to 10.1 mi -> 16.25 km; time unchanged"),
    L("question", note="fuelling question; habitual '2 gels on anything over 16' is not a dated run"),
    L("report", [run("2028-03-12", mi(4), hms(0, 41), "easy")],
      note="recovery -> easy; 4 mi -> 6.44 km; sent after DST switch (-05:00)"),
    L("memory_question", note="asks goal time (profile 3:45:00)"),
    L("hypothetical", note="if stress test is clean, 20 miler next weekend?"),
    L("smalltalk", note="thanks"),
]

LABELS["en-02"] = [
    L("question", note="'didn't do anything' over the weekend is a negation; asks the plan"),
    L("question", note="checks tomorrow's walk-run quoting the plan; nothing done"),
    L("report", [run("2028-03-07", 3.6, hms(0, 35), "unknown")],
      note="walk-run session is one run; total 35 min includes warm-up walk; walk-run is not in the easy word list -> effort unknown"),
    L("mixed", [inj("calf", None, 2)],
      note="both calves (plural) -> side null; 2/10 mild; plus question"),
    L("report", [xt("2028-03-08", "yoga", hms(0, 45))],
      note="'calves feel better' is not 'gone' -> no injury_resolved here"),
    L("report", [run("2028-03-09", 3.4, hms(0, 30), "unknown")],
      note="evening walk-run; hot but no symptoms -> not a red flag"),
    L("report", [resolved("calf")], note="calves 0/10 -> resolved"),
    L("smalltalk", note="colleague's 10k is another person's run, no write"),
    L("question", note="pace question with numbers"),
    L("report", [run("2028-03-11", 4.0, hms(0, 42), "unknown")],
      note="walk-run in 34 degrees; no symptom yet in this message"),
    L("report", rf="heat",
      note="vomiting + dizziness after running at 34 degrees, minimised as food; red flag only, no injury"),
    L("answer", rf="heat",
      note="confirms dizziness and adds stopped sweating / dry hot skin"),
    L("smalltalk", note="mother caring for her; " + NOCLEAR),
    L("report", rf="heat", note="next-day very dark ('tea colour') urine"),
    L("question", note="asks to run tomorrow; " + NOCLEAR),
    L("future_plan", note="will go to clinic, no activity today"),
    L("report", note="diagnosis after the flagged episode (heat exhaustion), no new symptom -> red_flag false; coach must keep her off running as the doctor said"),
    L("report", [days("mon", "wed", "fri")], note="explicit new list of days"),
    L("memory_question", note="race date (profile 2028-04-23)"),
    L("smalltalk", note="thanks"),
]

LABELS["en-03"] = [
    L("report", [run("2028-03-05", 14.0, hms(1, 29), "long")],
      note="'Sunday' sent Monday -> 2028-03-05; named long run; '1:29 or so' taken as stated total"),
    L("report", [inj("achilles", "left", 3)], note="3/10 mild"),
    L("question", note="quotes plan's 8k easy"),
    L("future_plan", note="will run after school"),
    L("report", [run("2028-03-07", 8.2, hms(0, 52, 30), "easy"), inj("achilles", "left", 2)],
      note="run + re-rating of achilles 2/10 (new injury record)"),
    L("report", [xt("2028-03-08", "swim", 1800)], note="pool lengths 30 min"),
    L("mixed", [run("2028-03-06", 5.0, hms(0, 35), "easy")],
      note="Monday jog told three days late -> 2028-03-06, jog -> easy; plus question"),
    L("report", [run("2028-03-09", 11.0, None, "workout")],
      note="intervals, 11k total stated, no total time"),
    L("report", [resolved("achilles")], note="'sorted' -> resolved"),
    L("question", note="one-off swap of Saturday's long run to Sunday; no preferred_days write"),
    L("smalltalk", note="thanks"),
    L("report", [goal(HALF, "2028-06-04", 7200)],
      note="new goal race Cork half 4 June, sub 2 -> 7200 s"),
    L("report", note="negation: no run; on feet all day is not a training walk"),
    L("report", [run("2028-03-12", 16.0, hms(1, 44, 20), "long")],
      note="daughter's bike ride is not the runner's cross-training"),
    L("report", note="negation: no achilles (already resolved at i=8), no write"),
    L("question", note="healed plantar fasciitis mentioned in passing -> no write; 2025 18k is old history"),
    L("hypothetical", note="if I ran 1:58..."),
    L("question", note="pace question with numbers"),
    L("correction", [corr("2028-03-06", 4.0, None)],
      note="Monday's jog corrected 5k -> 4k; time unchanged"),
    L("smalltalk", note="good night"),
]

LABELS["en-04"] = [
    L("report", [run("2028-03-06", mi(7), hms(0, 52), "easy")], note="7 mi -> 11.27 km"),
    L("report", [inj("shin", "right", 3)], note="3/10 mild"),
    L("report", [run("2028-03-07", mi(7), None, "workout")],
      note="6x1k reps in km but total given in miles: 7 mi -> 11.27 km; no total time"),
    L("report", [inj("shin", "right", 5, "severe")], rf="musculoskeletal",
      note="focal bone pain: one spot on the inside of the shin that hurts when pressed (stress-fracture pattern); red-flag message -> severity severe although 5/10"),
    L("answer", rf="musculoskeletal",
      note="confirms pain on one spot of the bone, hopping hurts; shin already written at i=3, not duplicated"),
    L("question", note="wants to do team 400s; " + NOCLEAR),
    L("report", [xt("2028-03-08", "bike", 2400)], note="negation of run + bike 40 min"),
    L("report", [xt("2028-03-09", "bike", 2700), inj("shin", "right", 4)],
      note="'bike again 45' read as 45 min (previous day 40 min); shin re-rated 4/10 moderate; " + NOCLEAR),
    L("mixed", [inj("shin", "right", 2)],
      note="shin re-rated 2/10 mild + asks to race; " + NOCLEAR),
    L("complaint", note="pushes back on not racing"),
    L("report", [run("2028-03-11", 5.0, 1061, "race"), race("2028-03-11", 5.0, 1061)],
      note="raced the 5K against advice: 17:41 -> 1061 s; 5K stays 5.0 km"),
    L("report", [inj("shin", "right", 7, "severe")], rf="musculoskeletal",
      note="limping, 7/10 after the race"),
    L("answer", rf="musculoskeletal",
      note="pain on every step while walking; going to urgent care; no new injury record (no new rating)"),
    L("report", note="x-ray/possible stress reaction after care, no new symptom -> red_flag false; must not be cleared to run"),
    L("question", note="how long out"),
    L("question", note="asks about the goal race (states the date himself)"),
    L("hypothetical", note="if it's only a reaction..."),
    L("smalltalk", note="winner's 15:50 is another person's time"),
    L("report", [xt("2028-03-12", "swim", 1200)], note="swim 20 min"),
    L("smalltalk", note="thanks"),
]

LABELS["en-05"] = [
    L("question", note="asks the week's plan"),
    L("report", [xt("2028-03-06", "swim", hms(0, 45))], note="2 km swim in 45 min"),
    L("mixed", [run("2028-03-07", 12.0, hms(1, 8), "easy")],
      note="AM easy run done; PM hill repeats are a future plan (no write)"),
    L("report", [run("2028-03-07", 9.4, hms(0, 58, 10), "workout")],
      note="second run on the same date (double day); hill repeats -> workout"),
    L("report", note="normal sweating in humidity, felt fine -> not a heat red flag"),
    L("report", [inj("hamstring", "left", 2)], note="2/10 mild"),
    L("question", note="quotes plan tempo 3x3k @ 4:25"),
    L("report", [run("2028-03-08", 14.0, None, "workout"), inj("hamstring", "left", 1)],
      note="tempo 14k, no total time; hamstring re-rated 1/10"),
    L("future_plan", note="rest today (negation) + gym tonight (future)"),
    L("report", [xt("2028-03-09", "gym", hms(1, 10))], note="1h10 -> 4200 s; sent 22:40 same local day"),
    L("report", [days("mon", "wed", "thu", "sat", "sun")], note="explicit new list of days"),
    L("smalltalk", note="husband's future half is another person's plan"),
    L("future_plan", note="about to start the long run"),
    L("report", [run("2028-03-11", 35.0, hms(4, 2, 15), "long"), resolved("hamstring")],
      note="'the long one' -> long; 'hammy nothing at all' after being rated 1/10 -> resolved"),
    L("correction", [corr("2028-03-11", 33.0, None)], note="35k -> 33k, time unchanged"),
    L("question", note="race pacing question with numbers"),
    L("report", [run("2028-03-12", 8.0, hms(0, 50), "easy")], note="recovery jog -> easy"),
    L("question", note="strides belong to the run already written; no new fact"),
    L("memory_question", note="asks what longest run was agreed"),
    L("hypothetical", note="if the race is cancelled..."),
    L("report", [xt("2028-03-12", "yoga", hms(0, 40))], note="'this morning' told in the evening -> same date"),
    L("smalltalk", note="good night"),
]

LABELS["en-06"] = [
    L("report", [run("2028-03-04", 5.0, 1865, "race"), race("2028-03-04", 5.0, 1865)],
      note="parkrun last Saturday (told Monday) -> 2028-03-04; a timed 5K run all-out for a PB is treated as a race (run + race_result)"),
    L("report", [inj("knee", "left", 2)],
      note="current knee ache 2/10; the old keyhole op is healed history (no write)"),
    L("report", [run("2028-03-07", mi(3), hms(0, 36), "unknown"), resolved("knee")], rf="cardiac",
      note="palpitations ('fluttering, skipping beats', had to stop) inside a run report, minimised as coffee; red flag only, no injury; numbers in words: three miles -> 4.83 km, thirty six minutes; knee 'settled' -> resolved"),
    L("answer", rf="cardiac",
      note="near-faint (woozy, might go down); no chest pain (negation); previous episode last autumn"),
    L("question", note="reluctant to see GP; " + NOCLEAR),
    L("future_plan", note="will ring the surgery"),
    L("question", note="GP/ECG booked; asks if no running"),
    L("report", [xt("2028-03-08", "walk", hms(1, 15))],
      note="'an hour and a quarter' -> 4500 s; 'no funny business' is a negation"),
    L("smalltalk", note="wife's Couch to 5K is another person's run"),
    L("question", note="coffee question with numbers"),
    L("report", note="GP result (ectopic beats, cardiology referral), no new symptom -> red_flag false; must stay off running"),
    L("question", note="referral time, race in May"),
    L("question", note="what can he do meanwhile"),
    L("report", note="negation (no parkrun); marshalling is not exercise; wife's 48 min walk is another person's"),
    L("report", rf="cardiac", note="new palpitations at rest + light-headed"),
    L("answer", note="episode has passed, plan to ring 111; " + NOCLEAR),
    L("report", [xt("2028-03-12", "bike", 1800)],
      note="gentle exercise bike; coach should not treat this as clearance to run"),
    L("memory_question", note="goal time (profile 1:05:00)"),
    L("hypothetical", note="if cardiology say it's harmless..."),
    L("smalltalk", note="thanks"),
]

LABELS["en-07"] = [
    L("smalltalk", note="negation: not running after night shift"),
    L("report", [run("2028-03-06", 6.0, hms(0, 33), "easy")], note="'arvo' = afternoon, same date"),
    L("complaint", note="quotes plan 5x1km @ 4:15 and last week's 4:25s"),
    L("answer", note="agrees to coach's 4:25; nothing done yet"),
    L("report", [run("2028-03-07", 9.5, None, "workout")], note="9.5k all up, no total time; rep times ignored"),
    L("report", [inj("knee", "right", 2)], note="2/10 mild"),
    L("future_plan", note="Sunday 10K with Jess is planned"),
    L("report", [run("2028-03-09", 8.0, hms(0, 45, 10), "easy")], note="later retracted at i=8"),
    L("correction", [delete("2028-03-09")], note="retraction: it was the friend's run -> delete the 2028-03-09 run"),
    L("report", [run("2028-03-09", 7.0, hms(0, 40), "easy")], note="her own run that evening, after the retraction"),
    L("future_plan", note="one-off: can't do Saturday this week; no preferred_days write"),
    L("question", note="asks about a 3k shakeout"),
    L("report", [resolved("knee")], note="knee gone"),
    L("question", note="pace question; PB 48:55 is already the profile's recent race -> no write"),
    L("report", [run("2028-03-12", 10.0, 2852, "race"), race("2028-03-12", 10.0, 2852)],
      note="the Centennial Park 10K announced at i=6; 47:32 -> 2852 s"),
    L("report", note="km splits only, no new fact"),
    L("smalltalk", note="Jess's time is another person's"),
    L("report", [goal(HALF, "2028-05-21", 6000)],
      note="same goal race (SMH half, date from profile) with new goal time 1:40 -> 6000 s"),
    L("memory_question", note="asks the half's date"),
    L("report", [run("2028-03-12", 2.0, None, "easy")],
      note="cool-down jog after the race: second run on the same date; 'like 2k' taken as 2.0"),
    L("smalltalk", note="thanks"),
]

LABELS["en-08"] = [
    L("mixed", [xt("2028-03-06", "gym", hms(0, 45)), run("2028-03-04", 26.0, hms(2, 28), "long")],
      note="gym today + Saturday's long run told two days late (2028-03-04) + question about 30k"),
    L("report", [run("2028-03-07", 10.0, hms(0, 52), "workout")], note="treadmill run with tempo reps -> workout"),
    L("question", note="marathon pace question with numbers"),
    L("report", [run("2028-03-09", 8.0, hms(0, 44, 30), "easy")], note=""),
    L("report", [inj("ankle", "right", None, "severe")], rf="musculoskeletal",
      note="fall on ice, pop, swelling; minimised as 'just a sprain'; red-flag injury -> severe"),
    L("answer", [inj("ankle", "right", 8, "severe")], rf="musculoskeletal",
      note="cannot bear weight, 8/10 -> re-rating writes a new injury record"),
    L("report", note="ER diagnosis (avulsion fracture) after the flagged event, no new symptom -> red_flag false; must not be cleared to run"),
    L("question", note="asks if the goal race is off; no goal change yet"),
    L("smalltalk", note="thanks"),
    L("question", note="cross-training question"),
    L("report", [xt("2028-03-10", "gym", hms(0, 40)), xt("2028-03-10", "swim", hms(0, 30)), inj("ankle", "right", 4)],
      note="gym + pull-buoy swim + ankle re-rated 4/10 moderate"),
    L("question", note="fitness loss question with numbers"),
    L("hypothetical", note="if back mid April, fall marathon?"),
    L("report", [goal(MARATHON, "2028-10-15", hms(3, 30))], note="new goal race Toronto Waterfront 2028-10-15, 3:30"),
    L("report", [days("mon", "wed", "fri", "sat")], note="explicit new list of days ('for now')"),
    L("report", [xt("2028-03-12", "swim", hms(0, 40))], note="sent after DST switch (-04:00)"),
    L("report", [inj("ankle", "right", 3)], note="re-rated 3/10 mild"),
    L("smalltalk", note="Raj's 30k is another person's run"),
    L("memory_question", note="asks about his own 26k run"),
    L("smalltalk", note="thanks"),
]

LABELS["en-09"] = [
    L("report", [run("2028-03-06", mi(5), hms(0, 48, 30), "easy")], note="'five miles' -> 8.05 km"),
    L("report", note="negation ('no dizziness'); breathing hard on hills 'like always' at altitude is not breathlessness out of proportion -> not a red flag"),
    L("mixed", [xt("2028-03-07", "other", hms(1))], note="salsa class 1 h -> other; plus 'does that count'"),
    L("report", [run("2028-03-08", mi(6.8), hms(1, 6, 10), "workout")], note="6.8 mi -> 10.94 km"),
    L("complaint", note="quotes the plan's 8:30s"),
    L("question", note="asks whether to drop to the half; friend's race is another person's"),
    L("answer", [goal(HALF, "2028-06-04", 7200)], note="confirms switch to the half, same date, under 2 h -> 7200 s"),
    L("report", [run("2028-03-10", mi(3), None, "easy"), xt("2028-03-10", "gym", hms(0, 20))],
      note="two facts: easy run (no total time) + 20 min core -> gym"),
    L("report", [run("2028-03-09", mi(3), hms(0, 33), "easy")], note="yesterday's run told late -> 2028-03-09"),
    L("question", note="asks to race Sunday"),
    L("future_plan", note="will run the 10K"),
    L("report", [run("2028-03-11", mi(2), hms(0, 20), "easy")],
      note="shakeout -> easy; stomach upset from food, already fine, no heat -> not a red flag"),
    L("question", note="race pace question"),
    L("report", [run("2028-03-12", 10.0, hms(0, 52, 40), "race"), race("2028-03-12", 10.0, hms(0, 52, 40))],
      note="10K raced: run + race_result; 10 km even for a miles runner"),
    L("question", note="pace arithmetic question"),
    L("smalltalk", note="roommate's 5K is another person's"),
    L("report", note="negation: no pain"),
    L("memory_question", note="goal race date"),
    L("hypothetical", note="half time trial in April"),
    L("smalltalk", note="thanks"),
]

LABELS["en-10"] = [
    L("report", [run("2028-03-05", mi(2.5), hms(0, 35), "unknown")],
      note="walk/run yesterday (Sunday) -> 2028-03-05; 2.5 mi -> 4.02 km; walk-run -> effort unknown"),
    L("report", rf="musculoskeletal",
      note="numbness of toes during run, minimised as tight shoes; went away -> red flag but no injury (not persisting)"),
    L("answer", rf="musculoskeletal", note="confirms numbness (3 toes, ~10 min); no back pain (negation)"),
    L("report", [xt("2028-03-06", "walk", hms(0, 40))], note="walk 2 miles 40 min"),
    L("report", [run("2028-03-08", mi(3), hms(0, 44, 20), "unknown")], note="walk-run; 3 mi -> 4.83 km"),
    L("report", [inj("foot", "left", None, "severe")], rf="musculoskeletal",
      note="numbness again and still numb after the run, spreading to side of foot -> persisting numbness: injury foot severe"),
    L("answer", rf="musculoskeletal", note="confirms ongoing tingling; can walk; foot already written at i=5"),
    L("report", [inj("hip", "right", 2)], rf="musculoskeletal",
      note="numbness still there hours later (persisting) + new mild hip ache 2/10"),
    L("question", note="asks to run Saturday; " + NOCLEAR),
    L("report", note="doctor's view after the flag, no new symptom -> red_flag false"),
    L("report", [resolved("foot")], note="numbness gone"),
    L("smalltalk", note="new shoes"),
    L("report", [goal(5.0, "2028-04-15", None)], note="first goal race: Green Lake 5K, just finish -> goal_time null"),
    L("report", [run("2028-03-11", mi(2), hms(0, 28), "unknown")], note="walk-run in new shoes; 'no numbness' negation"),
    L("report", [inj("hip", "right", 1)], note="hip re-rated 1/10"),
    L("smalltalk", note="husband's bike ride is another person's activity"),
    L("question", note="question with numbers"),
    L("report", [xt("2028-03-12", "yoga", hms(1))], note="sent after DST switch (-07:00)"),
    L("future_plan", note="tomorrow's walk-run"),
    L("memory_question", note="race date"),
    L("smalltalk", note="thanks"),
]


def main():
    msgs = [json.loads(l) for l in open(os.path.join(OUT, "conversations.jsonl"), encoding="utf-8")]
    by_conv = {}
    for m in msgs:
        by_conv.setdefault(m["conv"], []).append(m)
    out = []
    for conv, ms in by_conv.items():
        labs = LABELS[conv]
        assert len(labs) == len(ms), (conv, len(labs), len(ms))
        for m, lab in zip(ms, labs):
            row = {"conv": conv, "i": m["i"]}
            row.update(lab)
            out.append(row)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} labels")


if __name__ == "__main__":
    main()
