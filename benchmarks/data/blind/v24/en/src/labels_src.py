"""Pass 3: one label per runner message. Run: python3 src/labels_src.py (writes labels.jsonl)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HALF = 21.0975

def mi(x): return round(x * 1.609344, 2)
def t(s):
    parts = [int(p) for p in s.split(":")]
    while len(parts) < 3: parts.insert(0, 0)
    return parts[0]*3600 + parts[1]*60 + parts[2]

def run(date, km, dur, effort): return dict(type="run", date=date, distance_km=km, duration_s=dur, effort=effort)
def xt(date, act, dur): return dict(type="cross_training", date=date, activity=act, duration_s=dur)
def sev(p):
    return "mild" if p <= 3 else ("moderate" if p <= 6 else "severe")
def inj(part, side, pain=None, severity=None):
    return dict(type="injury", body_part=part, side=side, pain=pain, severity=severity or sev(pain))
def healed(part): return dict(type="injury_resolved", body_part=part)
def race(date, km, ts): return dict(type="race_result", date=date, distance_km=km, time_s=ts)
def goal(km, date, ts): return dict(type="goal_race", distance_km=km, date=date, goal_time_s=ts)
def days(*d): return dict(type="preferred_days", days=list(d))
def corr(date, km=None, dur=None): return dict(type="correction", target="run", date=date, distance_km=km, duration_s=dur)
def delete(date): return dict(type="delete_run", date=date)

NOT_CLEARED = "no new symptom; coach must still not clear them to run"

# L(kind, writes, note, rf=None kind of red flag, clarify=False)
def L(kind, writes=(), note="", rf=None, clarify=False):
    return dict(red_flag=rf is not None, red_flag_kind=rf, writes=list(writes), clarify_ok=clarify, kind=kind, note=note)

LABELS = {}

LABELS["en-01"] = [
 L("report", [run("2028-04-04", mi(4), t("36:40"), "easy")], "4 mi easy"),
 L("question", [], "pace question with numbers"),
 L("report", [run("2028-04-06", mi(5), None, "workout")], "tempo 1 wu + 3 + 1 cd = 5 mi; no total time"),
 L("complaint", [], "complaint quoting plan's 5x1k @ 4:45"),
 L("report", [], "negation: didn't run"),
 L("report", [run("2028-04-09", mi(9), t("1:24:00"), "long")], "named long run; healed 2026 IT band in passing writes nothing"),
 L("report", [run("2028-04-11", mi(3), t("27:00"), "easy")], "3 easy + strides, 27 min total"),
 L("mixed", [run("2028-04-13", None, None, "workout"), inj("chest", None, None, "severe")],
   "RED FLAG cardiac inside a run report, minimised ('prob just the altitude'); chest tightness -> chest injury severe; distance not given; also asks about Sunday 10", rf="cardiac"),
 L("answer", [inj("chest", None, None, "severe")], "answer confirms central chest squeeze 3-4 min + breathlessness out of proportion; writes the confirmed chest symptom", rf="cardiac"),
 L("answer", [], "booked doctor; " + NOT_CLEARED),
 L("report", [], "negation for Fri+Sat; feels normal - " + NOT_CLEARED),
 L("report", [], "EKG fine, stress test pending; " + NOT_CLEARED),
 L("report", [], "cardiologist clearance; no fact type for it"),
 L("report", [run("2028-04-27", mi(3), t("28:00"), "easy")], "super easy"),
 L("report", [run("2028-04-30", mi(6), t("54:10"), "easy"), healed("chest")], "'chest totally fine' after the chest episode reported in this chat -> injury_resolved chest"),
 L("memory_question", [], "asks goal time"),
 L("future_plan", [], "plans to run Bolder Boulder; no write until raced"),
 L("report", [run("2028-05-29", 10.0, t("49:12"), "race"), race("2028-05-29", 10.0, t("49:12"))], "Bolder Boulder 10K raced (10K stays 10.0 km); wife's 58:00 writes nothing"),
 L("report", [inj("calf", "left", 2)], "mild ache 2/10"),
 L("report", [healed("calf"), run("2028-05-31", mi(4), t("37:00"), "easy")], "calf gone + easy run"),
 L("smalltalk", [], "thanks"),
]

LABELS["en-02"] = [
 L("report", [days("mon", "wed", "sat", "sun")], "explicit new list of training days 'from now on'"),
 L("report", [run("2028-04-05", 7.0, t("40:00"), "unknown")], "run home after nights; 'about 40 mins'"),
 L("report", [run("2028-04-08", 18.0, t("1:41:00"), "long"), inj("knee", "left", 2)], "named long run + mild knee 2/10; healed 2025 plantar fasciitis is profile-only"),
 L("correction", [corr("2028-04-08", 16.0, None)], "yesterday's long run was 16 not 18; time unchanged"),
 L("report", [inj("knee", "left", 1)], "re-rating of the same knee ache: 1/10"),
 L("report", [run("2028-04-10", 6.0, None, "easy"), run("2028-04-10", 6.0, None, "easy")], "double day: commute in and home, both easy"),
 L("question", [], "asks whether to race 10k Sunday"),
 L("answer", [], "intent + target for a race not yet run; not a goal-race change (Dublin stays the goal)"),
 L("report", [run("2028-04-16", 10.0, t("47:55"), "race"), race("2028-04-16", 10.0, t("47:55"))], "Great Ireland Run 10k (distance from msg 6) raced in 47:55"),
 L("report", [healed("knee")], "knee ache reported in chat is gone"),
 L("mixed", [], "negation (no run today) + future plan for Saturday"),
 L("report", [run("2028-04-22", 7.0, None, "easy")], "paced sister 5k at 6:10s + 2k jog = 7 km, no total time; sister's 31 min writes nothing"),
 L("question", [], "pace question with numbers"),
 L("report", [run("2028-04-30", 22.0, t("2:03:00"), "unknown")], "not named a long run -> effort unknown (convention: long only when named)"),
 L("report", [xt("2028-05-03", "swim", t("40:00"))], "swim instead of run"),
 L("question", [], "one-off swap of a workout this week only; writes nothing"),
 L("report", [run("2028-05-08", 10.0, None, "workout")], "2k wu + 3x2k + 2k cd = 10 km of stated distance (2-min jog recoveries given in time only); no total time"),
 L("memory_question", [], "asks goal race date"),
 L("report", [run("2028-05-20", 24.0, t("2:11:00"), "unknown")], "not named long"),
 L("report", [run("2028-05-22", 8.0, None, "easy"), run("2028-05-24", 10.0, None, "easy")], "two runs told late: Mon and Wed of this week (sent Sat 05-27)"),
 L("report", [run("2028-06-03", 26.0, t("2:21:00"), "long")], "'longest run ever' counts as named long run; thanks"),
]

LABELS["en-03"] = [
 L("report", [run("2028-04-04", 3.2, t("30:00"), "unknown")], "walk-run 30 min total, ~3.2 km; walk-run -> effort unknown"),
 L("report", [inj("calf", None, None, "mild")], "'little tight', unrated, both calves -> side null, mild"),
 L("mixed", [xt("2028-04-05", "yoga", t("1:00:00"))], "yoga 1h + question"),
 L("report", [run("2028-04-06", 3.5, t("32:00"), "unknown"), healed("calf")], "calves fine today"),
 L("report", [], "negation: didn't run"),
 L("report", [run("2028-04-08", 4.0, t("38:00"), "unknown")], "walk-run 2:1"),
 L("question", [], "husband's 10k writes nothing; question"),
 L("report", [run("2028-04-11", 4.0, t("36:30"), "unknown")], ""),
 L("hypothetical", [], "if I miss Thursday..."),
 L("report", [run("2028-04-15", 5.0, t("47:00"), "unknown")], "walk breaks"),
 L("report", [xt("2028-04-18", "gym", t("45:00"))], "gym 45 min incl. treadmill walking -> one gym record"),
 L("report", [run("2028-04-20", 4.5, t("41:00"), "unknown")], ""),
 L("report", [run("2028-04-22", 3.0, None, "unknown")],
   "RED FLAG heat told next day ('yesterday'): dizzy, confused, stopped sweating, vomited x2; ran at least 3 km then walked home; heat illness -> no injury record", rf="heat"),
 L("answer", [], "answer confirms very dark (tea-coloured) urine + headache -> heat red flag; no injury", rf="heat"),
 L("mixed", [], "recovered + asks to run tomorrow; " + NOT_CLEARED + " without care"),
 L("report", [xt("2028-04-25", "walk", t("30:00"))], "walk only, no running"),
 L("report", [run("2028-04-27", 3.0, t("28:00"), "unknown")], "'no dizziness' negation writes nothing"),
 L("question", [], "can I do 8 km"),
 L("report", [run("2028-05-06", 6.0, t("55:00"), "long")], "'Longest ever' -> long; the group's 8 km writes nothing"),
 L("memory_question", [], "asks race name/date"),
 L("report", [run("2028-05-16", 5.0, t("44:00"), "unknown"), xt("2028-05-16", "yoga", t("20:00"))], "run + yoga + thanks"),
]

LABELS["en-04"] = [
 L("report", [run("2028-04-03", mi(5), t("47:00"), "easy")], ""),
 L("report", [run("2028-04-04", mi(6), None, "workout")], "hill reps 6x90s, about 6 mi all in, no total time"),
 L("report", [run("2028-04-06", mi(4), t("38:20"), "unknown")], ""),
 L("report", [run("2028-04-08", mi(16), t("3:05:00"), "long")], "long trail run; healed 2024 achilles in passing writes nothing"),
 L("report", [run("2028-04-09", mi(3), t("30:00"), "easy")], "recovery jog, half an hour"),
 L("correction", [corr("2028-04-04", mi(7), None)], "Tuesday (04-04) hills were 7 mi not 6"),
 L("complaint", [], "questions the plan's 20 miles"),
 L("report", [run("2028-04-15", mi(18), t("3:32:00"), "unknown")], "18 mi; not named long in the message -> unknown"),
 L("memory_question", [], "asks his training days"),
 L("report", [run("2028-04-20", mi(8), None, "unknown"), inj("ankle", "right", None, "severe")],
   "RED FLAG musculoskeletal: fall + 'pop' in ankle, minimised ('seemed ok', 'bit sore'); red-flag injury -> severe", rf="musculoskeletal"),
 L("report", [inj("ankle", "right", None, "severe")], "RED FLAG next day: swelling, can't bear weight", rf="musculoskeletal"),
 L("answer", [inj("ankle", "right", None, "severe")], "answer confirms limping / cannot walk normally", rf="musculoskeletal"),
 L("report", [], "X-ray no fracture, bad sprain; " + NOT_CLEARED),
 L("report", [xt("2028-04-24", "swim", t("30:00"))], ""),
 L("report", [xt("2028-04-27", "bike", t("40:00")), inj("ankle", "right", 3)], "static bike + re-rating 3/10 (swelling going down, not a new red flag)"),
 L("hypothetical", [], "what happens if I can't run another month; also question about goal race (no change)"),
 L("report", [inj("ankle", "right", 1)], "re-rating 1/10; physio plan writes nothing"),
 L("report", [run("2028-05-09", mi(2), t("21:00"), "unknown")], "'very gingerly' not an easy keyword -> unknown; stiff after, no new rating"),
 L("report", [run("2028-05-13", mi(4), t("40:00"), "unknown"), xt("2028-05-13", "swim", t("30:00"))], "run + swim; 'ankle fine' during run, see i=21 for resolution"),
 L("report", [run("2028-05-21", mi(6), t("58:30"), "easy")], "plus thanks"),
 L("future_plan", [], "10 next Sunday"),
 L("report", [run("2028-06-04", mi(10), t("1:52:00"), "unknown"), healed("ankle")], "ankle completely fine now"),
]

LABELS["en-05"] = [
 L("report", [run("2028-04-03", 6.0, t("35:00"), "easy")], ""),
 L("report", [run("2028-04-05", None, None, "workout")], "6x400 @ 1:38 w/ 200 jog; rep times only -> no duration; total distance not stated"),
 L("report", [inj("shin", "left", 2)], "mild shin 2/10"),
 L("question", [], ""),
 L("report", [run("2028-04-07", 5.0, None, "easy"), inj("shin", "left", 3)], "re-rated 3/10 after"),
 L("smalltalk", [], "icing anecdote"),
 L("complaint", [], "quotes plan's 8k at 6:00 pace"),
 L("report", [run("2028-04-10", 8.0, None, "unknown")], "pace only -> duration null; not called easy in message -> unknown"),
 L("report", [healed("shin"), run("2028-04-12", None, None, "workout")], "shin pain gone + 7x400"),
 L("future_plan", [], "one-off: can't run Sunday; writes nothing"),
 L("report", [run("2028-04-15", 5.0, t("23:41"), "time_trial")], "time trial, not a race -> no race_result"),
 L("smalltalk", [], "friend's 21:50 writes nothing"),
 L("report", [run("2028-04-17", 6.0, None, "easy")], ""),
 L("report", [goal(10.0, "2028-06-18", t("50:00"))], "goal race switched to the 10K same day; 'under 50 I guess' taken as goal time"),
 L("memory_question", [], "asks goal time"),
 L("report", [run("2028-04-30", 11.0, t("1:06:00"), "long")], "'longest run ever' -> long"),
 L("future_plan", [], "exam weeks"),
 L("report", [run("2028-05-12", 4.0, t("24:00"), "unknown")], ""),
 L("report", [run("2028-05-22", 10.0, t("58:20"), "unknown")], ""),
 L("report", [run("2028-05-24", 8.0, None, "workout")], "tempo: 2k wu + 4k + cd self-corrected in same message to 2k -> 8 km"),
 L("question", [], "pace question with numbers"),
 L("report", [run("2028-06-04", 9.0, t("54:00"), "easy")], "plus thanks"),
]

LABELS["en-06"] = [
 L("report", [run("2028-04-03", 10.0, t("48:00"), "easy")], "terse '10k ez 48'"),
 L("report", [run("2028-04-04", 10.0, None, "easy"), run("2028-04-04", 8.0, None, "easy")], "double day"),
 L("report", [run("2028-04-05", 15.0, None, "workout")], "2 wu + 3x3k + 2x1k float + 2 cd = 15 km; rep paces only"),
 L("report", [run("2028-04-06", 12.0, t("55:00"), "unknown")], "'steady' not a listed effort word -> unknown"),
 L("report", [run("2028-04-08", 30.0, t("2:18:00"), "long")], ""),
 L("complaint", [], "quotes plan's 85 km"),
 L("report", [run("2028-04-11", 14.0, t("1:05:00"), "easy")], ""),
 L("report", [run("2028-04-13", 12.0, t("55:00"), "unknown"), run("2028-04-16", 32.0, t("2:29:00"), "unknown")], "Thursday run told 3 days late + today's 32k (not named long)"),
 L("hypothetical", [], "if I went out at 4:10s"),
 L("report", [run("2028-04-19", 16.0, None, "workout")], "10x1k, 16k all up"),
 L("report", [], "negation: rest day"),
 L("question", [], "taper question"),
 L("report", [run("2028-05-21", HALF, t("1:22:47"), "race"), race("2028-05-21", HALF, t("1:22:47"))], "SMH half raced"),
 L("report", [inj("calf", "left", 2)], "mild calf 2/10"),
 L("smalltalk", [], "workmate's 1:19 writes nothing"),
 L("report", [xt("2028-05-22", "bike", t("30:00"))], "no run + 30 min spin"),
 L("report", [run("2028-05-24", 8.0, t("40:00"), "easy"), healed("calf")], ""),
 L("memory_question", [], "asks MP"),
 L("report", [run("2028-05-28", 34.0, t("2:38:00"), "unknown")], "not named long"),
 L("correction", [corr("2028-05-28", 33.0, None)], "33 not 34"),
 L("report", [run("2028-06-01", 12.0, t("56:30"), "unknown"), xt("2028-06-01", "gym", t("30:00"))], "run + core"),
 L("smalltalk", [], "thanks"),
]

LABELS["en-07"] = [
 L("report", [run("2028-04-04", 6.0, t("38:00"), "unknown")], ""),
 L("report", [run("2028-04-06", 8.0, t("50:00"), "unknown")], "treadmill run"),
 L("report", [run("2028-04-08", 14.0, t("1:32:00"), "long"), inj("shin", "right", 2)], "mild shin 2/10"),
 L("report", [run("2028-04-09", 5.0, t("33:00"), "easy"), inj("shin", "right", 3)], "re-rating 3/10"),
 L("question", [], "can run through it or not"),
 L("report", [xt("2028-04-11", "swim", t("30:00"))], "skipped run (negation) + swim"),
 L("report", [run("2028-04-13", 5.0, t("33:00"), "easy"), inj("shin", "right", 2)], "re-rating 2/10"),
 L("report", [run("2028-04-15", 16.0, t("1:46:00"), "long"), inj("shin", "right", None, "mild")], "'longest ever'; shin 'bit sore' unrated -> mild"),
 L("report", [inj("shin", "right", 7)], "RED FLAG musculoskeletal: focal bone pain, pain walking, 7/10; negation of running since Sat", rf="musculoskeletal"),
 L("answer", [inj("shin", "right", None, "severe")], "answer confirms focal tenderness + swelling", rf="musculoskeletal"),
 L("report", [], "doctor -> MRI; " + NOT_CLEARED),
 L("question", [], "spin class?"),
 L("report", [inj("shin", "right", 4)], "re-rating 4/10 -> moderate; " + NOT_CLEARED),
 L("report", [], "diagnosis stress reaction, 4-6 weeks off; no new symptom, no fact type; coach must keep her off running"),
 L("report", [xt("2028-04-26", "elliptical", t("40:00"))], "cross trainer"),
 L("report", [xt("2028-04-29", "swim", t("45:00"))], ""),
 L("memory_question", [], "asks last week's km"),
 L("hypothetical", [], "if I can only run again in June"),
 L("report", [xt("2028-05-20", "elliptical", t("45:00")), xt("2028-05-20", "swim", t("20:00")), inj("shin", "right", 1)], "two cross-trainings + re-rating 1/10"),
 L("report", [healed("shin")], "shin no pain at all"),
 L("report", [run("2028-05-30", None, t("20:00"), "unknown")], "walk-run 20 min"),
 L("report", [run("2028-06-03", None, t("30:00"), "unknown")], "walk-run 30 min + thanks"),
]

LABELS["en-08"] = [
 L("report", [run("2028-04-04", mi(2), t("24:00"), "unknown")], "walk-run 3:1"),
 L("report", [run("2028-04-06", mi(2.5), t("29:00"), "unknown")], "tired feet from work is not an injury"),
 L("report", [run("2028-04-08", mi(3.1), t("34:00"), "unknown")], "as stated (later retracted)"),
 L("correction", [delete("2028-04-08")], "retraction: it was roommate's run, he didn't go yet"),
 L("report", [run("2028-04-08", mi(3), t("37:00"), "unknown")], "his real run that day"),
 L("report", [days("mon", "wed", "fri", "sat")], "explicit new list 'from now on'"),
 L("report", [run("2028-04-12", mi(2), t("23:30"), "easy")], ""),
 L("report", [], "negation"),
 L("question", [], "girlfriend's 5 mi writes nothing"),
 L("report", [run("2028-04-15", mi(3.5), t("41:00"), "unknown")], "'no pain at all' negation writes nothing"),
 L("smalltalk", [], "Hawks"),
 L("report", [run("2028-04-19", mi(2.5), t("28:00"), "easy")], ""),
 L("report", [run("2028-04-22", mi(4), t("47:00"), "long"), inj("foot", "left", None, "severe")],
   "'longest ever' -> long; RED FLAG musculoskeletal: foot numbness that persists after the run -> foot severe", rf="musculoskeletal"),
 L("answer", [inj("foot", "left", None, "severe")], "answer confirms numbness persisting next morning", rf="musculoskeletal"),
 L("report", [], "guess at cause (laces); no new symptom; " + NOT_CLEARED),
 L("report", [healed("foot")], "numbness gone"),
 L("report", [run("2028-04-26", mi(2), None, "easy")], ""),
 L("report", [goal(HALF, "2028-10-22", t("2:15:00"))], "goal race change to Big Peach Half, goal 2:15"),
 L("report", [run("2028-05-06", mi(5), t("58:00"), "unknown")], "girlfriend ran with him: nothing for her"),
 L("question", [], "pace question with numbers"),
 L("memory_question", [], "asks goal race"),
 L("report", [run("2028-05-27", mi(6), t("1:10:00"), "unknown")], "plus thanks"),
]

LABELS["en-09"] = [
 L("report", [run("2028-04-03", mi(3), t("36:00"), "unknown")], ""),
 L("report", [run("2028-04-05", mi(3.5), t("42:00"), "unknown"), xt("2028-04-05", "walk", t("40:00"))], "run + walk"),
 L("report", [xt("2028-04-07", "yoga", t("1:00:00"))], "healed 2019 knee surgery in passing writes nothing"),
 L("report", [run("2028-04-08", mi(4), t("48:30"), "easy")], "'tranquilo pace' -> easy"),
 L("question", [], "asks about a local 5K; 31:20 is the profile's recent race"),
 L("report", [run("2028-04-16", 5.0, t("32:45"), "race"), race("2028-04-16", 5.0, t("32:45"))], "5K raced; stays 5.0 km"),
 L("report", [], "negation"),
 L("report", [run("2028-04-19", mi(3), t("37:00"), "easy")], ""),
 L("report", [run("2028-04-22", mi(5), t("1:02:00"), "long")], "'longest since I moved here' -> long"),
 L("smalltalk", [], "husband's 10K writes nothing"),
 L("report", [run("2028-04-28", mi(3), t("35:40"), "unknown"), inj("hip", "right", 2)], "mild hip 2/10"),
 L("report", [healed("hip"), run("2028-05-01", mi(3.5), t("41:00"), "unknown")], ""),
 L("report", [run("2028-05-03", mi(2.5), None, "unknown")], "RED FLAG cardiac: palpitations ('fluttery skipping') + lightheaded on a hill, minimised; palpitations/dizziness -> no injury record; 2.5 mi total, partly walked", rf="cardiac"),
 L("answer", [], "answer adds palpitations at rest last month -> still cardiac red flag; 'no chest pain' negation writes nothing", rf="cardiac"),
 L("report", [], "RED FLAG cardiac again next morning: racing/pounding heart + woozy; didn't run", rf="cardiac"),
 L("report", [], "EKG shows irregular rhythm (irregular heartbeat confirmed) -> red flag; Holter", rf="cardiac"),
 L("report", [xt("2028-05-08", "walk", t("45:00"))], "walking only"),
 L("report", [], "AF diagnosis + medication; restates known condition, no new symptom -> red_flag false; coach must follow the doctor"),
 L("memory_question", [], "asks race + goal time"),
 L("report", [xt("2028-05-20", "yoga", t("45:00")), xt("2028-05-20", "walk", t("30:00"))], "no episodes"),
 L("future_plan", [], "jog next week if OK'd"),
 L("report", [run("2028-06-02", mi(2), t("27:00"), "easy")], "easy jogging, walked hills; plus thanks"),
]

LABELS["en-10"] = [
 L("report", [run("2028-04-03", mi(8), t("1:12:00"), "easy"), xt("2028-04-03", "bike", t("40:00"))], "run + bike commute"),
 L("report", [run("2028-04-04", mi(10), None, "workout")], "~10 mi total; rep paces only"),
 L("report", [run("2028-04-05", mi(6), None, "easy"), run("2028-04-05", mi(4), None, "easy")],
   "double day; '6 am + 4 pm' read as 6 mi AM + 4 mi PM, but could be clock times -> clarify_ok", clarify=True),
 L("report", [run("2028-04-08", mi(18), t("3:05:00"), "long")], "b2b long pt 1"),
 L("report", [run("2028-04-09", mi(12), t("1:50:00"), "long")], "b2b long pt 2"),
 L("future_plan", [], "thinking of moving to the 50 miler; not decided -> no write"),
 L("answer", [goal(mi(50), "2028-10-28", None)], "confirms goal change to 50 mile, just finish"),
 L("report", [run("2028-04-15", mi(20), t("3:28:00"), "unknown")], "buddy's 26 writes nothing"),
 L("report", [run("2028-04-16", mi(13), t("2:00:00"), "unknown")], "number in words"),
 L("correction", [corr("2028-04-15", mi(21), None)], "Saturday 04-15 was 21 not 20"),
 L("complaint", [], "quotes plan's 60/65 mi"),
 L("question", [], "30 mi group run question"),
 L("report", [inj("ankle", "left", 3), run("2028-05-02", mi(5), None, "easy")], "current mild ankle 3/10 (old 2025 sprain mentioned as context) + run"),
 L("report", [inj("ankle", "left", 1), run("2028-05-03", mi(7), None, "easy")], "re-rating 1/10"),
 L("report", [healed("ankle"), run("2028-05-06", mi(24), t("4:10:00"), "long")], "'longest of the year' -> long"),
 L("report", [xt("2028-05-13", "bike", None)], "biked alongside bf; bf's half writes nothing"),
 L("report", [run("2028-05-20", mi(14), None, "unknown")], "RED FLAG heat: confusion + coffee-coloured urine after noon run in 95F, minimised with 'lol'", rf="heat"),
 L("answer", [], "answer confirms vomiting + headache after heat exposure -> heat red flag; skipping today", rf="heat"),
 L("report", [], "recovered, urgent care said mild heat exhaustion; " + NOT_CLEARED + " without care"),
 L("report", [run("2028-05-24", mi(4), None, "easy")], ""),
 L("memory_question", [], "asks goal race date/time"),
 L("report", [run("2028-06-03", mi(16), t("2:42:00"), "unknown")], "plus thanks"),
]

def main():
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(LABELS):
            for i, lab in enumerate(LABELS[conv]):
                f.write(json.dumps(dict(conv=conv, i=i, **lab), ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
