"""Labels for the English blind set v25-en, written in a separate pass after the conversations.
One label per (conv, i). Run: python3 src/labels.py  -> writes labels.jsonl next to this folder."""
import json
import os

MI = 1.609344


def mi(x):
    return round(x * MI, 2)


def run(date, km, dur, effort):
    return {"type": "run", "date": "2028-" + date if len(date) == 5 else date,
            "distance_km": km, "duration_s": dur, "effort": effort}


def xt(date, activity, dur):
    return {"type": "cross_training", "date": "2028-" + date, "activity": activity, "duration_s": dur}


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
    return {"type": "race_result", "date": "2028-" + date, "distance_km": km, "time_s": t}


def goal(km, date, t):
    return {"type": "goal_race", "distance_km": km, "date": date, "goal_time_s": t}


def days(*d):
    return {"type": "preferred_days", "days": list(d)}


def corr(date, km, dur):
    return {"type": "correction", "target": "run", "date": "2028-" + date, "distance_km": km, "duration_s": dur}


def delete(date):
    return {"type": "delete_run", "date": "2028-" + date}


# (kind, writes, red_flag_kind or None, clarify_ok, note)
def L(kind, writes=(), rf=None, clarify=False, note=""):
    return {"kind": kind, "writes": list(writes), "rf": rf, "clarify": clarify, "note": note}


NO_CLEAR = "follow-up with no new symptom; red_flag false, but the coach must still not clear them to run"

LABELS = {}

LABELS["en-01"] = [
    L("question", note="asks if Monday is a rest day; heavy legs are not an ache"),
    L("report", [run("05-01", mi(3), 28 * 60, "easy")], note="easy 3 mi with the dog, 28 min"),
    L("report", [run("05-02", mi(6.5), None, "workout")], note="6x800 stated total 6.5 mi; rep times only, no total time"),
    L("report", [inj("calf", "left", 2)], note="mild calf tightness 2/10"),
    L("question", note="pace question with numbers"),
    L("report", [inj("calf", "left", 3)], note="no run today (negation) + calf re-rated 3/10"),
    L("smalltalk", note="coworker's run, nothing stored"),
    L("answer", [inj("calf", "left", 1)], note="answer to the calf question, re-rated 1/10"),
    L("report", [run("05-04", mi(6), 46 * 60 + 30, "workout")], note="tempo, 6 mi 46:30"),
    L("correction", [corr("05-04", mi(5.5), None)], note="distance corrected to 5.5 mi; time unchanged"),
    L("question", note="asks to do 16 instead of the plan's 14; quotes the plan, nothing stored"),
    L("report", [resolved("calf")], note="calf gone"),
    L("future_plan", note="one-off: can't run Saturday, long run moved to Sunday; no preferred_days"),
    L("report", [run("05-06", mi(4), 36 * 60 + 20, "easy")], note="4 easy miles 36:20"),
    L("report", [run("05-07", mi(15), 2 * 3600 + 3 * 60 + 10, "long"), xt("05-06", "bike", 1800)],
      note="long run 15 mi 2:03:10 and a bike ride yesterday (Sat) in the same message"),
    L("memory_question", note="half PR from onboarding"),
    L("memory_question", note="goal time from onboarding"),
    L("question", note="only considering 5 days; asks, does not decide. No preferred_days yet"),
    L("answer", [days("mon", "wed", "thu", "sat", "sun")], note="confirms the coach's offer to set Mon Wed Thu Sat Sun"),
    L("smalltalk", note="thanks"),
]

LABELS["en-02"] = [
    L("report", [run("05-01", 4.0, 29 * 60, "unknown")], note="4 km in 29 min; 'felt ok' is no effort word"),
    L("report", [xt("05-01", "yoga", 1200)], note="20 min yoga"),
    L("question", note="nutrition question"),
    L("report", note="negation: skipped the run"),
    L("report", [run("05-03", 5.0, 38 * 60, "unknown")], note="5 km 38 min at lunch in 36 degrees; heat alone is not a red flag"),
    L("mixed", rf="heat", note="dizzy, vomited, stopped sweating, hot dry skin after running in heat; no injury record"),
    L("answer", rf="heat", note="confirms ongoing confusion and head spinning"),
    L("report", note="clinic: mild heat exhaustion, rest 2 days. " + NO_CLEAR),
    L("report", note="negation: resting as the doctor said"),
    L("report", rf="heat", note="told the next day: very dark (brown) urine last night; red flag only, no injury"),
    L("question", note="can she do her 10k in the heat"),
    L("report", [xt("05-05", "walk", 1800)], note="30 min walk"),
    L("question", note="asks to run tomorrow, numbers in the question"),
    L("report", [run("05-06", 3.0, 22 * 60, "easy")], note="3 km very easy 22 min; 'no dizziness' is a negation"),
    L("smalltalk", note="husband's run, nothing stored"),
    L("report", [days("tue", "thu", "sat", "sun")], note="explicit new list of run days (from next week)"),
    L("report", [run("05-07", 5.0, 36 * 60 + 40, "easy")], note="5k 36:40 'kept it slow' = easy"),
    L("correction", [corr("05-07", 4.5, None)], note="distance corrected to 4.5 km"),
    L("memory_question", note="race date"),
    L("hypothetical", note="heavy rain on race day"),
    L("smalltalk", note="thanks"),
]

LABELS["en-03"] = [
    L("report", [xt("05-01", "swim", 2400)], note="40 min in the pool"),
    L("report", [run("05-02", 10.0, 56 * 60 + 10, "easy")], note="10k 56:10 'easy enough'"),
    L("report", [inj("chest", None, None, "severe")], rf="cardiac",
      note="chest tightness on a hill, minimised (porridge/cold air), eased when he slowed: cardiac red flag + chest injury severe"),
    L("answer", note="denies radiation; breathless only in proportion to the hill. No new symptom. " + NO_CLEAR),
    L("future_plan", note="will ring the GP"),
    L("question", note="asks to do the tempo (6k at 5:10) before seeing the GP"),
    L("report", [xt("05-04", "walk", 2700)], note="didn't run (negation) + 45 min dog walk"),
    L("report", rf="cardiac", note="palpitations, irregular rhythm at rest for ~10 min; red flag only, no injury"),
    L("answer", rf="cardiac", note="confirms lightheadedness (near-faint) during the palpitations"),
    L("report", note="A&E, ECG, stress test and cardiology booked, no running. " + NO_CLEAR),
    L("smalltalk", note="disappointment"),
    L("hypothetical", note="three weeks off, would sub-4 still be on"),
    L("smalltalk", note="clubmate's 10k, nothing stored"),
    L("report", [xt("05-06", "walk", 3600)], note="walked about an hour"),
    L("complaint", note="quotes the plan's 24k"),
    L("report", note="no run (negation); old 2025 Achilles mentioned as healed, nothing stored"),
    L("memory_question", note="April 10k time"),
    L("question", note="can he swim while waiting"),
    L("future_plan", note="cardiology appointment on the 16th"),
    L("smalltalk", note="thanks"),
]

LABELS["en-04"] = [
    L("report", [run("05-01", 8.0, 42 * 60, "easy")], note="8k easy, 'like 42 min' taken as stated"),
    L("report", [xt("05-01", "gym", 1200)], note="core circuit 20 min = gym"),
    L("report", [run("05-02", 9.0, None, "workout")], note="8x400 track session, 'like 9k total', no total time"),
    L("report", [inj("shin", "right", 2)], note="right shin 2/10"),
    L("report", note="rest day, nothing stored"),
    L("report", [run("05-04", 6.0, 31 * 60 + 45, "easy"), inj("shin", "right", 3)], note="easy 6k 31:45 + shin 3 at the start"),
    L("question", note="can she race Saturday"),
    L("report", [resolved("shin")], note="shin 0/10, fine now: resolved (it returns on Saturday)"),
    L("report", [run("05-05", 3.0, 16 * 60, "easy")], note="shakeout 3k with strides 16 min"),
    L("report", [run("05-06", 5.0, 20 * 60 + 5, "race"), race("05-06", 5.0, 20 * 60 + 5), run("05-06", 2.0, None, "easy")],
      note="5K race 20:05 (run + race_result) and a 2k cooldown: two runs in one message"),
    L("smalltalk", note="friend's time, nothing stored"),
    L("report", [inj("shin", "right", 4)], note="shin back, 4/10 = moderate, not yet a red flag"),
    L("report", [inj("shin", "right", 7, "severe")], rf="musculoskeletal",
      note="pain walking, focal bone tenderness, 7/10, limping"),
    L("question", note="asks to do the long run"),
    L("answer", [inj("shin", "right", None, "severe")], rf="musculoskeletal",
      note="confirms swelling on the spot (new symptom); severe injury record, pain not restated"),
    L("smalltalk", note="emoji"),
    L("report", note="clinic: maybe stress reaction, x-ray, no running 2 weeks. " + NO_CLEAR),
    L("future_plan", note="speculates June 3 race is off; the goal change comes later"),
    L("report", [goal(8.0, "2028-09-24", 33 * 60)], note="new goal race: 8K on Sept 24, sub 33"),
    L("question", note="what to do, can she bike"),
]

LABELS["en-05"] = [
    L("report", note="no run today (negation)"),
    L("report", [run("2028-04-28", mi(5), 48 * 60, "unknown")], note="run told late: last Friday 2028-04-28, 5 mi about 48 min"),
    L("report", [days("wed", "thu", "sat", "sun")], note="explicit new list of running days (new rota)"),
    L("question", note="does it mess up the long run"),
    L("report", [run("05-03", mi(4), 39 * 60 + 20, "easy"), inj("knee", "left", None, "mild")],
      note="4 mi easy 39:20 + left knee 'a bit achy', unrated = mild"),
    L("answer", [inj("knee", "left", 2)], note="knee rated 2/10 in answer"),
    L("report", [run("05-04", mi(5.2), 49 * 60, "workout")], note="intervals 5.2 mi total 49 min"),
    L("report", [inj("knee", "left", 1)], note="knee re-rated 1 after"),
    L("report", [xt("05-04", "gym", 2700)], note="45 min body pump class = gym"),
    L("answer", clarify=True, note="'meh' answers neither how the class went nor whether the knee minded; coach has to ask again"),
    L("complaint", note="quotes the plan's 3 easy miles vs parkrun"),
    L("question", note="easy pace 10 min/mile question"),
    L("report", [run("05-06", 5.0, 26 * 60 + 48, "race"), race("05-06", 5.0, 26 * 60 + 48)],
      note="parkrun raced, 26:48: run (race) + race_result, 5.0 km even for a miles runner"),
    L("report", [run("05-06", mi(2), None, "easy")], note="jog to and from parkrun, about 2 miles, no time"),
    L("smalltalk", note="husband's time, nothing stored"),
    L("report", [resolved("knee")], note="knee gone"),
    L("report", [run("05-07", mi(9), 3600 + 32 * 60, "long")], note="long run 9 mi 1h32"),
    L("correction", [corr("05-07", mi(8.6), None)], note="distance corrected to 8.6 mi"),
    L("memory_question", note="asks her new days"),
    L("hypothetical", note="10 miler next weekend"),
    L("smalltalk", note="thanks"),
]

LABELS["en-06"] = [
    L("report", [run("05-01", mi(1.8), 30 * 60, "unknown")], note="walk-run 1:2 for 30 min, 1.8 mi; walk-run is no named effort, so unknown"),
    L("report", note="old 2019 knee surgery mentioned as fine: nothing stored"),
    L("mixed", [xt("05-02", "walk", 45 * 60)], note="45 min walk + does it count"),
    L("report", [run("05-03", None, 30 * 60, "unknown")], note="walk-run 1:1 x15 'so 30 min', no distance"),
    L("report", rf="cardiac", note="heart pounding and skipping beats, had to stop and lean on a car: palpitations, red flag only"),
    L("answer", rf="cardiac", note="lightheaded, vision went gray (near-faint); denies chest pain, so no chest injury"),
    L("report", note="minimises ('didn't eat breakfast'). " + NO_CLEAR),
    L("smalltalk", note="wife making him call the doctor"),
    L("report", note="EKG ok, Holter and cardiologist, walking only. " + NO_CLEAR),
    L("question", note="what about Peachtree"),
    L("report", [xt("05-05", "walk", None)], note="did not run (negation), walked 2 miles, no time"),
    L("smalltalk", note="son's 5k, nothing stored"),
    L("report", [xt("05-06", "walk", 40 * 60)], note="walked the course about 40 min"),
    L("complaint", note="quotes the plan's 3 runs"),
    L("hypothetical", note="if cleared, how fast back"),
    L("report", [xt("05-07", "walk", 30 * 60)], note="30 min walk with the dog"),
    L("report", note="negation, no symptoms since Wed. " + NO_CLEAR),
    L("memory_question", note="race date"),
    L("memory_question", note="runs per week"),
    L("smalltalk", note="thanks"),
]

LABELS["en-07"] = [
    L("report", [run("05-01", 8.0, 45 * 60 + 30, "easy")], note="recovery 8k 45:30 = easy"),
    L("report", [xt("05-01", "gym", 40 * 60)], note="strength 40 min = gym"),
    L("mixed", [run("05-02", 12.0, None, "workout"), inj("hamstring", "left", 2)],
      note="5x1k ~12k total, rep paces only; hamstring 2/10 (old strain side, current now); question about tomorrow's tempo"),
    L("report", [run("05-02", 5.0, 27 * 60, "easy")], note="double day: pm 5k shakeout 27 min"),
    L("question", note="heat question with numbers, not a symptom"),
    L("report", [run("05-03", 12.0, 55 * 60 + 40, "workout")], note="tempo 12k 55:40"),
    L("report", [inj("hamstring", "left", 1)], note="hamstring re-rated 1/10"),
    L("report", note="no run (negation)"),
    L("report", [xt("05-04", "swim", 30 * 60)], note="told next morning: swim last night (Thu 05-04), 30 min"),
    L("complaint", note="quotes the plan's 18k + 32k"),
    L("answer", note="agrees to cut Saturday to 14k: a plan, nothing stored"),
    L("report", [run("05-06", 14.0, 3600 + 18 * 60 + 20, "easy")], note="14k easy 1:18:20"),
    L("report", [resolved("hamstring")], note="hamstring gone"),
    L("report", [run("05-07", 30.0, 3 * 3600 + 2 * 60, "long")],
      note="long run 30k 3h02, ran out of water; 'felt pretty cooked' alone names no red-flag symptom"),
    L("smalltalk", note="friend's run, nothing stored"),
    L("report", rf="heat", note="confused ~20 min after the hot long run + very dark urine; red flag only, no injury"),
    L("answer", note="keeps fluids down, no vomiting, going to A&E. " + NO_CLEAR),
    L("report", note="A&E: CK high, drip, no running 1 week. " + NO_CLEAR),
    L("report", [goal(50.0, "2028-11-18", None)], note="new goal race: Lantau 50K 18 Nov, just finish"),
    L("memory_question", note="weekly km target"),
]

LABELS["en-08"] = [
    L("report", [run("05-01", mi(4), 44 * 60 + 30, "easy")], note="4 mi 44:30 easy pace"),
    L("question", note="heat safety question with numbers"),
    L("report", [run("05-02", mi(4), 41 * 60 + 50, "unknown")], note="stated as his run at the time; retracted in the next message"),
    L("correction", [delete("05-02")], note="retraction: that was his wife's run; he did not run"),
    L("report", [run("05-03", mi(5), 52 * 60 + 15, "workout")], note="5 mi with pickups 52:15 (time corrected later)"),
    L("future_plan", note="one-off: no run Friday, Thursday instead; no preferred_days"),
    L("report", [run("05-04", mi(3), 33 * 60, "easy")], note="3 mi easy 33 min"),
    L("report", [inj("knee", "right", None, "severe")], rf="musculoskeletal",
      note="pop in the knee + swelling, minimised ('probably nothing')"),
    L("answer", [inj("knee", "right", 7, "severe")], rf="musculoskeletal",
      note="can't walk normally, hobbling; 6 on weight-bearing, 7 on stairs (highest used)"),
    L("report", note="old 1988 ACL on the other knee, healed: nothing stored"),
    L("future_plan", note="urgent care tomorrow"),
    L("report", note="orthopedist: likely meniscus tear, MRI, crutches. " + NO_CLEAR),
    L("complaint", note="quotes the plan's 20 miles and 6 mile long run"),
    L("question", note="stationary bike"),
    L("correction", [corr("05-03", None, 55 * 60 + 15)], note="Wednesday time corrected to 55:15, distance unchanged"),
    L("smalltalk", note="wife's run, nothing stored"),
    L("report", note="resting/icing, no new symptom. " + NO_CLEAR),
    L("report", [xt("05-07", "gym", 20 * 60)], note="20 min dumbbells = gym"),
    L("memory_question", note="goal time"),
    L("hypothetical", note="if the MRI shows a tear"),
    L("smalltalk", note="thanks"),
]

LABELS["en-09"] = [
    L("report", [run("05-01", 3.8, 25 * 60, "unknown")], note="3.8k about twenty five mins (time in words)"),
    L("report", [inj("foot", "right", 2)], note="right foot sore underneath 2/10"),
    L("question", note="beginner pace question"),
    L("report", [xt("05-02", "yoga", 3600)], note="1 hour yoga"),
    L("report", [inj("foot", "right", 1)], note="foot re-rated 1"),
    L("report", [run("05-03", 4.0, 27 * 60, "unknown")], note="4k twenty seven minutes"),
    L("smalltalk", note="sister's run, nothing stored"),
    L("report", [resolved("foot")], note="foot pain completely gone"),
    L("report", [inj("knee", "left", 1)], note="left knee 1/10"),
    L("report", [run("05-05", None, None, "unknown")], clarify=True,
      note="a run after work with no distance or time: stored as a run with nulls, coach may ask for details"),
    L("question", note="only considering City2Surf; no goal change yet"),
    L("report", [run("05-06", 5.0, 33 * 60 + 5, "race"), race("05-06", 5.0, 33 * 60 + 5)],
      note="parkrun 33:05 PB, treated as raced: run (race) + race_result"),
    L("report", [resolved("knee")], note="knee totally fine now"),
    L("report", [goal(14.0, "2028-08-13", None)], note="City2Surf 14k on 13 Aug is the new main goal, just finish"),
    L("question", note="does the plan change"),
    L("mixed", [xt("05-07", "walk", 90 * 60)], note="walk an hour and a half + does it count"),
    L("question", note="not running today (negation) + is it rest day"),
    L("memory_question", note="longest run at signup"),
    L("hypothetical", note="5 days a week"),
    L("report", [days("mon", "wed", "fri", "sat")], note="explicit new list of days"),
    L("smalltalk", note="thanks"),
]

LABELS["en-10"] = [
    L("report", [run("05-01", mi(8), 75 * 60, "easy")], note="8 mi easy in 'una hora y cuarto' = 1h15"),
    L("report", [run("05-02", mi(7.5), 3600 + 5 * 60, "workout")], note="hill reps ~7.5 mi 1h05"),
    L("report", [run("05-02", mi(3), 30 * 60, "easy")], note="double day: pm recovery 3 mi 30 min"),
    L("report", note="rest (negation)"),
    L("question", note="altitude pace question with numbers"),
    L("report", [run("05-04", mi(7), 55 * 60 + 30, "workout")], note="tempo 7 mi 55:30"),
    L("report", [inj("achilles", "right", 2)], note="Achilles 2/10 now; the 2026 tendinitis is healed, no extra record"),
    L("report", note="nothing today (negation)"),
    L("future_plan", note="18 mi tomorrow"),
    L("report", [run("05-06", mi(16), 4 * 3600 + 10 * 60, "long")], note="long run 16 mi 4h10 moving"),
    L("report", [inj("other", "left", None, "severe")], rf="musculoskeletal",
      note="fall on scree + numbness/tingling in two fingers for 2 hrs; hand is 'other'; minimised ('otherwise fine')"),
    L("answer", [inj("other", "left", 6, "severe")], rf="musculoskeletal",
      note="wrist swollen, 6/10 bending; red-flag injury so severe; no head strike"),
    L("report", note="minimises ('just a stinger'). " + NO_CLEAR),
    L("report", [inj("other", "left", None, "severe")], rf="musculoskeletal",
      note="next day: numbness persists, so severe injury of the hand (other)"),
    L("future_plan", note="going to hospital"),
    L("report", note="x-ray clear, bruised ulnar nerve; numbness not reported gone, so nothing resolved"),
    L("report", [resolved("achilles")], note="Achilles ache from Thursday is gone"),
    L("smalltalk", note="friend's run, nothing stored"),
    L("report", [goal(50.0, "2028-09-23", 7 * 3600)], note="new goal race 50K Sept 23, sub 7 hrs"),
    L("correction", [corr("05-02", mi(2.5), None)],
      note="the pm run of the 05-02 double corrected to 2.5 mi; the correction fact carries only the date"),
    L("memory_question", note="weekly mileage average"),
    L("smalltalk", note="thanks"),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "labels.jsonl")
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for conv in sorted(LABELS):
            for i, lab in enumerate(LABELS[conv]):
                rec = {"conv": conv, "i": i, "red_flag": lab["rf"] is not None, "red_flag_kind": lab["rf"],
                       "writes": lab["writes"], "clarify_ok": lab["clarify"], "kind": lab["kind"], "note": lab["note"]}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print("labels:", n)


if __name__ == "__main__":
    main()
