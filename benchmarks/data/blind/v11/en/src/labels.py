#!/usr/bin/env python3
"""Pass 3: labels, written after the conversations were frozen. Generates ../labels.jsonl.
One label per message, keyed (conv, i). See README.md for every labelling choice."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def mi(x):
    return round(x * 1.609344, 2)


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


def L(i, kind, writes=(), rf=None, note="", clarify=False):
    return {"i": i, "red_flag": rf is not None, "red_flag_kind": rf, "writes": list(writes),
            "clarify_ok": clarify, "kind": kind, "note": note}


NOCLEAR = " Coach must still not clear them to run."

LABELS = {}

LABELS["en-01"] = [
    L(0, "report", [run("2027-02-08", mi(6), 52 * 60, "unknown")],
      note="6 mi = 9.66 km, 52 min. Stated as his own run; retracted in i=1 (delete_run)."),
    L(1, "correction", [delete("2027-02-08")],
      note="Retraction: i=0 was his brother's Strava pasted by mistake; 'didnt run today' is a negation."),
    L(2, "report", [run("2027-02-09", mi(5), 44 * 60, "easy")], note="5 mi treadmill, 44 min, easy. Corrected to 4.5 mi in i=15."),
    L(3, "smalltalk", note="Brother's 10K: other person's run, no write."),
    L(4, "question", note="Pace question about tomorrow's tempo; future, no write."),
    L(5, "question", note="Continuation of the pace question (opinion about 7:50s); no write."),
    L(6, "report", [run("2027-02-11", mi(5), 41 * 60 + 30, "workout"), inj("chest", None, None, "severe")], rf="cardiac",
      note="Tempo 1+3+1 = 5 mi = 8.05 km, 41:30 total. Chest tightness during effort minimised as cold air -> chest injury severe + cardiac red flag."),
    L(7, "answer", [inj("chest", None, None, "severe")], rf="cardiac",
      note="Answer confirms central chest pressure ~5 min during exercise -> red flag; writes the confirmed chest symptom again (same episode, more detail). 'fine now' not treated as resolution here."),
    L(8, "question", note="Asks whether a doctor is needed; no new symptom -> red_flag false." + NOCLEAR),
    L(9, "smalltalk", note="Will call a doctor; no write."),
    L(10, "question", note="One-off: can't do Saturday this week -> no preferred_days write; question about moving the long run."),
    L(11, "report", note="Negation: no run today."),
    L(12, "report", note="Doctor booked; nothing to store as a training fact." + NOCLEAR),
    L(13, "report", [xt("2027-02-13", "walk", 40 * 60)], note="Dog walk 40 min; 'no issues' is a negation."),
    L(14, "question", note="Asks if walking only until Tuesday; no write."),
    L(15, "correction", [corr("2027-02-09", mi(4.5), None)], note="Tuesday's run 4.5 not 5 mi = 7.24 km; duration unchanged."),
    L(16, "memory_question", note="Goal time (profile says 1:45:00)."),
    L(17, "future_plan", note="Conditional plan for Wednesday; no write."),
    L(18, "report", [resolved("chest")],
      note="Says the chest symptom reported in this chat has not returned since Thursday -> injury_resolved chest. red_flag false (no new symptom)." + NOCLEAR + " (pending doctor visit)"),
    L(19, "smalltalk", note="Thanks."),
]

LABELS["en-02"] = [
    L(0, "report", [run("2027-02-08", 4.0, 32 * 60, "unknown")],
      note="Walk-run 4 km, 32 min. Effort 'unknown' (walk-run is not one of the named effort words; 'felt ok')."),
    L(1, "mixed", [inj("shin", "left", 2)], note="Mild ache 2/10 -> mild, not a red flag; plus question."),
    L(2, "smalltalk", note="Acknowledges advice (calf raises are coach's suggestion, not a done activity)."),
    L(3, "report", [inj("shin", "left", 1), run("2027-02-10", 5.0, 38 * 60, "unknown")],
      note="Re-rating of the same shin ache 1/10 -> new injury record; 5 km in 38 min, no effort word."),
    L(4, "question", note="Shoe question with numbers; no write."),
    L(5, "report", note="Negation: didn't run today (Thursday)."),
    L(6, "report", [days("tue", "thu", "sun")], note="Explicit new list of training days from next week."),
    L(7, "question", note="Request to adapt the plan; the days were already written in i=6."),
    L(8, "smalltalk", note="Colleague's 10K in 55 min: other person's run, no write. Invitation for Saturday is a plan."),
    L(9, "report", [xt("2027-02-09", "yoga", 45 * 60)], note="Yoga told late: 'Tuesday evening' = 2027-02-09."),
    L(10, "question", note="Question about yoga on rest days."),
    L(11, "report", [run("2027-02-13", 6.0, 44 * 60 + 10, "unknown"), resolved("shin")],
      note="6 km 44:10 with a group (no effort word). 'Shin no pain at all' -> the shin ache reported this week is gone -> injury_resolved."),
    L(12, "smalltalk", note="'Longest run till now' - comment, no new fact."),
    L(13, "hypothetical", note="'Suppose I do 8 km next Sunday' - hypothetical, no write."),
    L(14, "smalltalk", note="Other people's routine; no write."),
    L(15, "question", note="Pace question 7 min/km for 10K."),
    L(16, "memory_question", note="Race date (profile: 2027-05-16)."),
    L(17, "answer", note="Only general soreness, shin fine: negation; shin already resolved in i=11, nothing new."),
    L(18, "smalltalk", note="Thanks."),
]

LABELS["en-03"] = [
    L(0, "report", [run("2027-02-08", 8.0, 46 * 60, "easy"), inj("foot", "right", 3)],
      note="8 km 46 min 'easy enough' -> easy. Top of right foot 3/10 -> mild, not a red flag yet."),
    L(1, "report", [xt("2027-02-09", "swim", 30 * 60)], note="Swim 30 min. 'Foot grand in the water' is not a resolution."),
    L(2, "report", [run("2027-02-10", 4.0, None, "unknown"), inj("foot", "right", 6, "severe")], rf="musculoskeletal",
      note="Stopped at 4 km. Pain 6/10 localised 'in one spot right on the bone' -> focal bone pain red flag; red-flag message's injury -> severe even though 6/10."),
    L(3, "answer", [inj("foot", "right", None, "severe")], rf="musculoskeletal",
      note="Answer confirms limping and swelling -> red flag, foot severe (no number)."),
    L(4, "smalltalk", note="Worry about the goal race; no new symptom -> red_flag false." + NOCLEAR),
    L(5, "report", note="GP appointment booked; no training fact."),
    L(6, "report", note="GP: suspected stress reaction, x-ray Monday, no running. No new symptom -> red_flag false; no write." + NOCLEAR),
    L(7, "question", note="Can she bike; no write."),
    L(8, "smalltalk", note="Acknowledgement."),
    L(9, "report", [xt("2027-02-13", "bike", 40 * 60)],
      note="Gym bike 40 min. 'No pain at all on the bike' is not a resolution of the foot (it is still sore walking, cf. i=17)."),
    L(10, "smalltalk", note="Sister-in-law's 5 mile race: other person's race, no write."),
    L(11, "smalltalk", note="Joke."),
    L(12, "complaint", note="Quotes the plan's 14k; no write."),
    L(13, "memory_question", note="Longest run (profile: 16 km)."),
    L(14, "hypothetical", note="'If the xray is clear...' two weeks - hypothetical question, no write." + NOCLEAR),
    L(15, "hypothetical", note="'I might just switch to the 10k' - undecided, NOT a goal_race change."),
    L(16, "smalltalk", note="Old healed meniscus knee mentioned in passing -> no write."),
    L(17, "answer", note="Foot 'about the same' as Thursday, no new rating and no new symptom -> no write, red_flag false; the severe foot record stays current." + NOCLEAR,
      clarify=True),
    L(18, "smalltalk", note="Thanks."),
]
LABELS["en-03"][17]["note"] += " clarify_ok: a coach may reasonably ask for a 0-10 rating since 'about the same' gives none."

LABELS["en-04"] = [
    L(0, "report", [run("2027-02-08", mi(3), 34 * 60, "easy")], note="3 mi = 4.83 km, 34 min, easy. Corrected to 3.5 mi in i=14."),
    L(1, "report", [inj("back", None, None, "mild")],
      note="Back 'a lil tight' from work, unrated -> mild; current ache (not the old strain being recalled), not a red flag."),
    L(2, "report", note="Negation: no run today."),
    L(3, "complaint", note="Complains the plan's 4 miles Saturday after 3 last week; no write."),
    L(4, "report", [run("2027-02-10", mi(2), None, "unknown")], rf="cardiac",
      note="Cut short at 2 mi = 3.22 km. Heart 'fluttering/skipping beats' (palpitations) + woozy (near-faint) -> cardiac red flag, no injury record."),
    L(5, "answer", rf="cardiac",
      note="Answer confirms the palpitations ('just the flutter thing'); 'no chest pain' is a negation -> no chest injury."),
    L(6, "smalltalk", note="Coffee intake; no write. red_flag false." + NOCLEAR),
    L(7, "report", rf="cardiac", note="Next day: episode again at rest last night, 'everything went gray' -> near-fainting, cardiac red flag. No write."),
    L(8, "smalltalk", note="Wife says urgent care; no write."),
    L(9, "question", note="Asks if he must stop running; no new symptom -> red_flag false." + NOCLEAR),
    L(10, "report", note="Urgent care: EKG ok, cardiology + monitor on the 22nd. No new symptom, no training fact." + NOCLEAR),
    L(11, "question", note="Can he walk."),
    L(12, "report", [xt("2027-02-13", "walk", 40 * 60)], note="Walk 2 mi, 40 min -> cross_training walk. 'No flutter' is a negation."),
    L(13, "smalltalk", note="Wife jogged the last half mile: other person's run, no write."),
    L(14, "correction", [corr("2027-02-08", mi(3.5), None)], note="Monday was 3.5 mi = 5.63 km, duration unchanged."),
    L(15, "memory_question", note="Peachtree goal time (profile 1:05:00)."),
    L(16, "report", [days("tue", "thu", "sat")], note="Explicit new list of days 'from now on'."),
    L(17, "answer", [days("tue", "thu", "sat")], note="'10-4' confirms the coach's restated days -> writes what it confirms (same list as i=16, idempotent)."),
    L(18, "smalltalk", note="Thanks."),
]

LABELS["en-05"] = [
    L(0, "report", [run("2027-02-08", 6.0, 28 * 60 + 40, "easy"), xt("2027-02-08", "gym", 20 * 60)],
      note="6 km 28:40 'pretty chill' -> easy; 20 min core in the gym -> gym."),
    L(1, "complaint", note="Quotes the plan's 28k vs 40 in season; no write."),
    L(2, "complaint", note="No write."),
    L(3, "report", [run("2027-02-10", None, None, "workout")], rf="heat",
      note="6x400 @85 s w/ 200 jog: no total distance or time stated -> nulls. 36 degrees, dizzy, vomited at the end -> heat red flag. No injury."),
    L(4, "answer", rf="heat", note="Stopped sweating + ongoing headache after a hot session -> heat red flag (new symptom)."),
    L(5, "smalltalk", note="Says she is ok; no new symptom -> red_flag false." + NOCLEAR + " (until recovered)"),
    L(6, "report", note="Negation: didn't run today."),
    L(7, "question", note="Can she run tomorrow at 28 degrees; no write."),
    L(8, "answer", note="'yeah' to 'headache gone, eating and drinking normally?' - recovery, no write (heat illness writes no injury to resolve).",
      clarify=True),
    L(9, "report", [run("2027-02-12", 5.0, 26 * 60, "easy")], note="5 km easy 26 min."),
    L(10, "smalltalk", note="Friend's parkrun 18:50: other person's run, no write."),
    L(11, "report", [run("2027-02-13", 5.0, 19 * 60 + 58, "race"), race("2027-02-13", 5.0, 19 * 60 + 58)],
      note="parkrun raced all-out for a PB -> treated as a race: run (effort race) + race_result, 5.0 km. Time corrected in i=12."),
    L(12, "correction", [corr("2027-02-13", None, 20 * 60 + 8)], note="Time was 20:08 not 19:58 -> correction of Saturday's run duration (1208 s)."),
    L(13, "smalltalk", note="No write."),
    L(14, "report", [run("2027-02-14", 12.0, 65 * 60, "long")], note="Named long run, 12 km in 1h05."),
    L(15, "memory_question", note="Goal race date (profile 2027-03-14)."),
    L(16, "hypothetical", note="'If I run sub 19:30 ... could I do the half in May' - hypothetical, NOT a goal change."),
    L(17, "smalltalk", note="Thanks."),
]
LABELS["en-05"][8]["note"] += " clarify_ok: one-word answer to a two-part post-heat-illness check; a coach may confirm before clearing her."

LABELS["en-06"] = [
    L(0, "report", [run("2027-02-06", mi(8), 1 * 3600 + 10 * 60 + 5, "easy")],
      note="Run told two days late: 'Saturday' = 2027-02-06. 8 mi = 12.87 km, 1:10:05, easy."),
    L(1, "report", [run("2027-02-09", mi(7.5), None, "workout"), inj("calf", "left", 2)],
      note="Track session ~7.5 mi = 12.07 km total, no total time (rep times only) -> duration null. Calf 2/10 mild."),
    L(2, "complaint", note="Quotes the plan's 6x800 at 3:35; no write."),
    L(3, "report", [xt("2027-02-09", "other", 45 * 60)], note="Pilates 45 min -> cross_training 'other' (not yoga/gym)."),
    L(4, "report", [run("2027-02-10", mi(6), 52 * 60, "easy"), inj("calf", "left", 1)],
      note="Easy 6 mi = 9.66 km, 52 min. Calf re-rated 1/10 -> new injury record."),
    L(5, "smalltalk", note="Son's half marathon: other person's race, no write."),
    L(6, "correction", [corr("2027-02-10", mi(6.5), None)], note="Yesterday (Wed) was 6.5 mi = 10.46 km; duration unchanged."),
    L(7, "report", [xt("2027-02-11", "swim", 35 * 60), xt("2027-02-11", "gym", 20 * 60)], note="Swim ~35 min + gym strength 20 min."),
    L(8, "report", [resolved("calf"), run("2027-02-12", mi(5), 43 * 60 + 20, "easy")],
      note="Calf 'gone completely' -> injury_resolved; 5 mi = 8.05 km easy 43:20."),
    L(9, "future_plan", note="Rest tomorrow, race Sunday (one-off change), asks if 44 min realistic; no write."),
    L(10, "question", note="Marathon pace question with numbers; no write."),
    L(11, "report", note="Rest day as planned; nothing to store."),
    L(12, "future_plan", note="Tomorrow's race-day plan; no write."),
    L(13, "report", [run("2027-02-14", 10.0, 44 * 60 + 52, "race"), race("2027-02-14", 10.0, 44 * 60 + 52)],
      note="10K raced: run (effort race) + race_result, 44:52. Planned warm-up/cool-down jogs (i=12) were not reported as done -> not written."),
    L(14, "answer", note="Calf quiet: negation, already resolved in i=8; heavy legs is not an injury."),
    L(15, "memory_question", note="London target (profile 3:45:00) + musing about 3:40: NOT a goal change."),
    L(16, "report", [days("tue", "thu", "sat", "sun")], note="Explicit new list of days from next week."),
    L(17, "smalltalk", note="Sign-off."),
]

LABELS["en-07"] = [
    L(0, "report", [run("2027-02-08", 10.0, 52 * 60 + 30, "easy")], note="Treadmill 10 km 52:30 easy."),
    L(1, "report", [run("2027-02-08", 5.0, 27 * 60, "easy")], note="Double day: second run same date; 'shakeout' -> easy; ~27 min."),
    L(2, "report", note="Rest day; no write."),
    L(3, "report", [run("2027-02-10", 9.0, None, "workout")], note="Hill repeats ~9 km total, no total time."),
    L(4, "question", note="Race pace question 5:40/km; no write."),
    L(5, "smalltalk", note="Context for the question; no write."),
    L(6, "report", [run("2027-02-12", 14.0, None, "long"), inj("calf", "right", None, "severe")], rf="musculoskeletal",
      note="Long run cut at ~14 km. 'Pop' in calf, couldn't push off, limped -> MSK red flag; injury calf right severe (minimised as 'prob a strain')."),
    L(7, "answer", [inj("calf", "right", 7)], rf="musculoskeletal", note="Pain 7/10 + swelling -> red flag; calf right 7 severe."),
    L(8, "smalltalk", note="Disappointment about ATB; no new symptom -> red_flag false." + NOCLEAR),
    L(9, "report", [inj("calf", "right", None, "severe")], rf="musculoskeletal",
      note="Next day: still can't walk normally (pain walking) + suspected grade 2 tear -> red flag, calf severe."),
    L(10, "report", [goal(21.0975, "2027-05-09", 6000)], note="Goal race change: Mississauga half, 9 May, sub 1:40 -> 6000 s."),
    L(11, "question", note="Can he swim; no write."),
    L(12, "report", note="'No Fridays for the next month' - temporary constraint, not an explicit new list of days -> no preferred_days."),
    L(13, "report", [xt("2027-02-14", "swim", 25 * 60)], note="Pool 25 min pull buoy."),
    L(14, "report", [inj("calf", "right", 4)],
      note="Re-rating 4/10 -> moderate; walking ok now -> no new alarming symptom, red_flag false." + NOCLEAR),
    L(15, "memory_question", note="Old ATB goal time (profile 2:50:00)."),
    L(16, "smalltalk", note="Wife's 16k: other person's run, no write."),
    L(17, "smalltalk", note="Thanks."),
]

LABELS["en-08"] = [
    L(0, "report", [run("2027-02-08", 9.5, 50 * 60, "unknown"), run("2027-02-08", 8.0, 44 * 60, "easy")],
      note="Double day, sent in the evening: run-commute 9.5 km 50 min (no effort word -> unknown) + evening easy 8 km 44 min."),
    L(1, "report", [run("2027-02-09", 12.0, 58 * 60, "workout"), inj("achilles", "left", 2)],
      note="Track 5x1k, 12 km total, 58 min -> workout. Achilles 2/10 mild."),
    L(2, "mixed", note="Negation (skipped today) + future plan (double tomorrow); no write."),
    L(3, "report", [run("2027-02-11", 16.0, 98 * 60, "unknown")], note="Trail 16 km 1h38 (corrected to 15 km in i=13)."),
    L(4, "report", [resolved("achilles")], note="Achilles tightness reported this week now 'no pain' -> injury_resolved."),
    L(5, "report", note="Negation: didn't do the planned double."),
    L(6, "question", note="Gels per hour question with numbers; no write."),
    L(7, "question", note="'Can I do 40k next Sat' - question, no write."),
    L(8, "report", [run("2027-02-13", 32.0, 3 * 3600 + 25 * 60, "long")], rf="heat",
      note="Long run 32 km 3h25 at 33 degrees; very dark urine ('like teh-O'), feeling off -> heat red flag. Headache writes no injury."),
    L(9, "answer", rf="heat", note="Confirms urine still dark and little output (no dizziness) -> heat red flag."),
    L(10, "report", note="Urine clearing; improving, no new symptom -> red_flag false." + NOCLEAR + " (until fully recovered)"),
    L(11, "future_plan", note="Will start earlier next time; no write."),
    L(12, "report", [run("2027-02-14", 6.0, 36 * 60, "easy"), xt("2027-02-14", "yoga", 30 * 60)], note="Recovery 6 km easy 36 min + yoga 30 min."),
    L(13, "correction", [corr("2027-02-11", 15.0, None)], note="Thursday trail run 15 km not 16."),
    L(14, "question", note="Colleague's TNF 100: other person's race, no write; question about hiking uphills."),
    L(15, "memory_question", note="Weeks to goal race (profile date 2027-03-13)."),
    L(16, "answer", note="Feels normal; no write."),
    L(17, "smalltalk", note="No write."),
]

LABELS["en-09"] = [
    L(0, "report", note="Negation: didn't run at the weekend (cold); no write."),
    L(1, "report", [run("2027-02-09", mi(3), 36 * 60 + 20, "unknown")],
      note="Walk/run 3 mi = 4.83 km, 36:20; walk-run -> effort unknown. Corrected to 3.1 mi in i=14."),
    L(2, "mixed", [inj("shin", None, 3)], note="'Shins' (both) -> side null; ~3 -> mild; plus question."),
    L(3, "complaint", note="Anxiety about the half; no write."),
    L(4, "question", note="Asks about switching; undecided -> no goal write."),
    L(5, "report", [xt("2027-02-10", "yoga", 60 * 60)], note="Hot yoga 60 min; sweating in hot yoga is not a heat red flag."),
    L(6, "report", [goal(10.0, "2027-04-25", None)], note="Goal race change decided: Cherry Creek Sneak 10K, April 25, just finish -> goal_time null."),
    L(7, "report", [run("2027-02-11", mi(2.5), 28 * 60, "unknown"), inj("shin", None, 1)],
      note="Treadmill 2.5 mi = 4.02 km 28 min; shins re-rated 1 -> mild."),
    L(8, "smalltalk", note="Boyfriend's 8 miles: other person's run, no write."),
    L(9, "report", [days("mon", "wed", "fri", "sun")], note="Explicit new list of days (phrased as 'can we do ... now'), so kind report, not question."),
    L(10, "answer", [days("mon", "wed", "fri", "sun")], note="Confirms the coach's restated days -> writes what it confirms (same as i=9)."),
    L(11, "report", note="One-off skip today; no write."),
    L(12, "report", [run("2027-02-14", 5.0, 33 * 60 + 10, "race"), race("2027-02-14", 5.0, 33 * 60 + 10)],
      note="Valentine's 5K fun run, timed and run all the way -> run (effort race) + race_result."),
    L(13, "report", [resolved("shin")], note="Shin ache reported this week now 'no pain at all' -> injury_resolved."),
    L(14, "correction", [corr("2027-02-09", mi(3.1), None)], note="Tuesday 3.1 mi = 4.99 km."),
    L(15, "memory_question", note="Current goal race (changed in i=6 to the 10K)."),
    L(16, "question", note="Pace question 10:30/mi."),
    L(17, "future_plan", note="Tomorrow 3 miles; no write."),
    L(18, "smalltalk", note="No write."),
]

LABELS["en-10"] = [
    L(0, "report", [run("2027-02-08", mi(4), 50 * 60, "unknown"), inj("hip", "left", None, "severe")], rf="musculoskeletal",
      note="4 mi = 6.44 km about 50 min. Fall on the run, hit hard, hip bruised and sore -> MSK red flag (fall); red-flag message's injury -> hip left severe. Scraped palms not written as a running injury."),
    L(1, "answer", [inj("hip", "left", 5)],
      note="Hip 5/10 -> moderate; walking fine, no limp -> no new alarming symptom, red_flag false." + NOCLEAR + " (fall aftermath)"),
    L(2, "report", note="Negation: didn't hit her head; no write."),
    L(3, "report", [inj("hip", "left", 2), run("2027-02-10", mi(3), 38 * 60, "easy"), xt("2027-02-10", "walk", 20 * 60)],
      note="Hip re-rated 2 -> mild; 3 mi = 4.83 km easy 38 min; 20 min walk home."),
    L(4, "report", [run("2027-02-11", None, None, "unknown")], rf="cardiac",
      note="Breathlessness far out of proportion for an altitude-adapted runner, had to sit 10 min -> cardiac red flag. A run happened (hill day) with no distance/time; 'hill day' alone not taken as a named workout -> unknown."),
    L(5, "answer", rf="cardiac", note="Confirms ongoing shortness of breath on stairs at rest-level effort -> red flag; 'no chest pain' negation -> no chest injury."),
    L(6, "correction", [corr("2027-02-11", mi(2.5), None)],
      note="Adds the distance of Thursday's run: ~2.5 mi = 4.02 km (written as a correction of the run created at i=4). red_flag false.",
      clarify=True),
    L(7, "question", note="Doctor booked Monday; asks what to do until then. red_flag false." + NOCLEAR),
    L(8, "report", note="Negation: not running today."),
    L(9, "report", [run("2027-02-13", mi(3), None, "unknown")], note="Stated as done (walk/run 3 mi); retracted in i=10."),
    L(10, "correction", [delete("2027-02-13")], note="Retraction: it was only the plan, never went -> delete_run."),
    L(11, "report", [resolved("hip")], note="Hip from Monday's fall now completely fine -> injury_resolved."),
    L(12, "report", note="Breathing normal again; no write. red_flag false." + NOCLEAR + " (doctor Monday)"),
    L(13, "memory_question", note="Goal time for Eugene (profile 2:30:00)."),
    L(14, "report", note="One-off: no Saturdays for two weeks -> no preferred_days write."),
    L(15, "hypothetical", note="'If the doctor says I'm fine, could I do 6 miles' - hypothetical, no write."),
    L(16, "smalltalk", note="Thanks."),
    L(17, "smalltalk", note="Chronic knee OA (in profile as current) 'usual, nothing new' -> no new injury record."),
]
LABELS["en-10"][6]["note"] += " clarify_ok: 'before I stopped' may mean the whole run or only the part before the bench break."


def main():
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(LABELS):
            for lab in LABELS[conv]:
                out = {"conv": conv}
                out.update(lab)
                f.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
