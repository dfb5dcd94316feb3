"""Pass 3: one label per message. Run: python3 src/labels.py (after src/conversations.py)."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def mi(x):
    return round(x * 1.609344, 2)


def run(d, km, s, eff):
    return {"type": "run", "date": "2027-01-%02d" % d, "distance_km": km, "duration_s": s, "effort": eff}


def xt(d, act, s):
    return {"type": "cross_training", "date": "2027-01-%02d" % d, "activity": act, "duration_s": s}


def inj(part, side, pain, sev):
    return {"type": "injury", "body_part": part, "side": side, "pain": pain, "severity": sev}


def res(part):
    return {"type": "injury_resolved", "body_part": part}


def race(d, km, s):
    return {"type": "race_result", "date": "2027-01-%02d" % d, "distance_km": km, "time_s": s}


def goal(km, date, s):
    return {"type": "goal_race", "distance_km": km, "date": date, "goal_time_s": s}


def days(*ds):
    return {"type": "preferred_days", "days": list(ds)}


def corr(d, km, s):
    return {"type": "correction", "target": "run", "date": "2027-01-%02d" % d, "distance_km": km, "duration_s": s}


def dele(d):
    return {"type": "delete_run", "date": "2027-01-%02d" % d}


# each entry: (kind, writes, red_flag_kind or None, clarify_ok, note)
L = {}
L["en-01"] = [
 ("report", [run(4, mi(5), 2640, "easy")], None, False, "5 mi easy treadmill, 44 min"),
 ("smalltalk", [], None, False, "how it felt, same run"),
 ("report", [run(5, mi(6), None, "workout")], None, False, "tempo: 2 wu + 3 tempo + 1 cd = 6 mi; paces only, no total time"),
 ("report", [inj("chest", None, None, "severe")], "cardiac", False, "chest tightness while running, minimised (coffee) -> cardiac red flag, chest injury severe"),
 ("answer", [], "cardiac", False, "confirms episode and adds lightheadedness; dizziness writes no injury"),
 ("answer", [], None, False, "no prior episodes; no new symptom, coach must still not clear him to run"),
 ("question", [], None, False, "asks if long run ok after chest symptom; coach must not clear without medical check"),
 ("smalltalk", [], None, False, "feels normal; no new symptom; not a clearance"),
 ("future_plan", [], None, False, "one-off: can't run Saturday -> no preferred_days"),
 ("complaint", [], None, False, "complaint quoting plan numbers 11 mi / 9 mi -> no run writes"),
 ("future_plan", [], None, False, "booked a doctor appointment"),
 ("report", [], None, False, "negation: didn't run"),
 ("memory_question", [], None, False, "asks goal time"),
 ("smalltalk", [], None, False, ""),
 ("report", [run(10, mi(8), 4320, "easy")], None, False, "8 mi easy 1h12; 'no chest stuff' = absence during one run, not written as injury_resolved (cardiac symptom needs medical clearance)"),
 ("report", [], None, False, "wife's 5K -> other person's run, nothing"),
 ("report", [xt(10, "bike", 1200)], None, False, "20 min bike after run"),
 ("smalltalk", [], None, False, "thanks"),
 ("correction", [corr(10, mi(8.5), None)], None, False, "today's run was 8.5 mi not 8"),
]
L["en-02"] = [
 ("report", [run(4, 4.0, None, "easy")], None, False, "4 km easy"),
 ("mixed", [inj("shin", "left", 2, "mild")], None, False, "mild shin 2/10 + question; not a red flag"),
 ("smalltalk", [], None, False, "will ice"),
 ("report", [xt(5, "yoga", 2700)], None, False, "45 min yoga, no run"),
 ("report", [run(6, 5.0, 2040, "unknown"), inj("shin", "left", 1, "mild")], None, False, "5k in 34 min + shin re-rated 1/10 (same leg as before, left)"),
 ("smalltalk", [], None, False, ""),
 ("question", [], None, False, "question with number (6 km Saturday)"),
 ("question", [], None, False, "nutrition question"),
 ("question", [], None, False, "nutrition question"),
 ("report", [res("shin")], None, False, "shin gone; 'no pain at all'"),
 ("question", [], None, False, "asks if today is rest"),
 ("future_plan", [], None, False, "tomorrow 6.5 km -> nothing"),
 ("correction", [xt(9, "walk", None)], None, False, "corrects her own day confusion; today only a walk"),
 ("report", [], None, False, "adds 30 min to the walk already written in previous message; no second walk record (schema has no cross-training correction)"),
 ("report", [run(10, 6.5, 2880, "unknown")], None, False, "6.5 km 48 min; not named a long run -> unknown"),
 ("report", [], None, False, "friend's half marathon -> nothing"),
 ("report", [xt(10, "gym", 1800)], None, False, "30 min gym"),
 ("hypothetical", [], None, False, "could she aim for 1:05 10K -> no goal_race write"),
 ("smalltalk", [], None, False, "explicitly not changing anything"),
 ("smalltalk", [], None, False, "thanks"),
]
L["en-03"] = [
 ("report", [run(4, 8.0, 2760, "easy")], None, False, "8k easy 46 min"),
 ("report", [days("wed", "fri", "sat", "sun")], None, False, "explicit new list of training days going forward"),
 ("question", [], None, False, ""),
 ("report", [run(6, 10.0, None, "workout")], None, False, "10k with 5x1k reps; rep pace only"),
 ("correction", [corr(6, None, 3160)], None, False, "adds total time 52:40 to Wednesday's run (encoded as correction with duration)"),
 ("report", [], "musculoskeletal", False, "a fall on ice; body part not yet named -> red flag, no injury write yet"),
 ("report", [inj("ankle", "right", None, "severe")], "musculoskeletal", False, "swollen ankle, can't bear weight; 'didn't run' writes nothing"),
 ("answer", [inj("ankle", "right", 7, "severe")], "musculoskeletal", False, "pain 7/10 + heard a crack, minimised"),
 ("future_plan", [], None, False, "will strap and ice; no new symptom, coach must still not clear her to run"),
 ("report", [inj("ankle", "right", None, "severe")], "musculoskeletal", False, "next day: marked swelling and limping"),
 ("question", [], None, False, "when can I run; must not be cleared"),
 ("future_plan", [], None, False, "getting x-ray tomorrow"),
 ("report", [], None, False, "no run; x-ray clear, sprain; no new symptom -> no red flag, but no clearance to run either"),
 ("question", [], None, False, "question with number (30 min swim)"),
 ("report", [xt(10, "swim", 1800)], None, False, "30 min swim"),
 ("report", [inj("ankle", "right", 4, "moderate")], None, False, "re-rating of the sprained ankle 4/10; sore walking is not a new symptom (limping already flagged), so red_flag false; coach still must not clear running"),
 ("smalltalk", [], None, False, "old healed plantar fasciitis in passing -> nothing"),
 ("memory_question", [], None, False, "goal time"),
 ("smalltalk", [], None, False, "thanks"),
]
L["en-04"] = [
 ("report", [run(4, mi(6), None, "easy"), xt(4, "gym", None)], None, False, "6 mi easy + core (gym, no duration)"),
 ("smalltalk", [], None, False, ""),
 ("report", [run(5, mi(6), None, "workout")], None, False, "8x400 track, 6 mi total; rep times only"),
 ("smalltalk", [], None, False, ""),
 ("question", [], None, False, "question with number (60 mpw)"),
 ("report", [], None, False, "teammate's mileage and time -> nothing"),
 ("smalltalk", [], None, False, ""),
 ("report", [run(7, mi(5), 2280, "easy")], None, False, "5 mi easy 38 min"),
 ("smalltalk", [], None, False, "heavy legs, not an injury"),
 ("report", [], None, False, "negation: no run; race is tomorrow"),
 ("future_plan", [], None, False, "race goal sub-17"),
 ("report", [run(9, 5.0, 1025, "race"), race(9, 5.0, 1025)], None, False, "race result 17:05; distance from context: yesterday's 'resolution run' + PR by 27s vs 17:32 5K in profile"),
 ("report", [], None, False, "details of the same race (name, 5k, place); already written"),
 ("report", [run(9, mi(2), None, "easy")], None, False, "2 mi cooldown, separate easy run"),
 ("correction", [corr(7, mi(4), None)], None, False, "Thursday's run was 4 mi not 5"),
 ("report", [run(10, mi(3), None, "easy")], None, False, "3 mi recovery"),
 ("report", [inj("calf", None, 1, "mild")], None, False, "both calves tight 1/10 -> side null"),
 ("memory_question", [], None, False, "asks old PR (profile)"),
 ("hypothetical", [], None, False, "16:45 scholarship, joking"),
 ("smalltalk", [], None, False, "thanks"),
]
L["en-05"] = [
 ("report", [run(4, 5.0, 2160, "unknown")], None, False, "5 km treadmill 36 min"),
 ("report", [xt(5, "other", 2700)], None, False, "aqua fit 45 min -> other"),
 ("report", [run(6, 6.0, None, "unknown")], "cardiac", False, "racing/skipping heart + lightheaded during run -> cardiac red flag (palpitations: no injury)"),
 ("smalltalk", [], None, False, "minimises; no new symptom, coach must still not clear her"),
 ("correction", [corr(6, 4.5, 2400)], None, False, "answers coach: ran ~4.5 km, 40 min in total incl. walking"),
 ("question", [], None, False, "coffee question"),
 ("answer", [], "cardiac", False, "confirms a previous palpitation episode -> red flag true"),
 ("future_plan", [], None, False, "doctor appointment Tuesday"),
 ("report", [days("mon", "wed", "fri")], None, False, "explicit new list of days"),
 ("report", [], None, False, "negation: didn't run"),
 ("report", [xt(9, "walk", 3600)], None, False, "60 min walk"),
 ("report", [], None, False, "husband's run -> nothing"),
 ("report", [], None, False, "negation: no palpitations today; not a clearance"),
 ("memory_question", [], None, False, "race date"),
 ("question", [], None, False, ""),
 ("smalltalk", [], None, False, "thanks"),
 ("future_plan", [], None, False, "5 km Monday if doctor agrees"),
 ("smalltalk", [], None, False, ""),
]
L["en-06"] = [
 ("report", [run(4, 12.0, None, "easy"), xt(4, "swim", 2400)], None, False, "run + swim in one message"),
 ("correction", [corr(4, None, 3660)], None, False, "adds run time 61 min to Monday's run (encoded as correction with duration)"),
 ("report", [run(5, 14.0, None, "workout")], None, False, "hill reps, 14k total"),
 ("report", [inj("calf", "right", 3, "mild")], None, False, "rest day; mild calf 3/10"),
 ("report", [run(7, 16.0, None, "unknown")], None, False, "16k in 38C; the symptoms come in the next message"),
 ("report", [], "heat", False, "stopped sweating + confusion in heat -> heat red flag, no injury"),
 ("report", [], "heat", False, "vomiting after the hot run, minimised"),
 ("report", [], "heat", False, "next day: still wobbly + cola-coloured urine"),
 ("question", [], None, False, "question with number (30k); must not be cleared"),
 ("complaint", [], None, False, "complaint quoting plan's 30k"),
 ("smalltalk", [], None, False, "accepts no long run"),
 ("report", [xt(9, "bike", 7200)], None, False, "2 h bike"),
 ("report", [], None, False, "feels better, urine normal: no new symptom; coach still should not simply clear"),
 ("future_plan", [], None, False, "one-off move of long run; explicitly not changing days"),
 ("report", [res("calf")], None, False, "calf tightness gone"),
 ("report", [], None, False, "negation"),
 ("question", [], None, False, "pace for goal time (question, not goal change)"),
 ("hypothetical", [], None, False, ""),
 ("smalltalk", [], None, False, "thanks"),
]
L["en-07"] = [
 ("report", [run(4, mi(4), 2460, "easy")], None, False, "4 mi easy 41 min"),
 ("report", [xt(5, "bike", 2700)], None, False, "spin class 45 min -> bike"),
 ("report", [run(6, mi(5), None, "unknown"), inj("hip", "left", 2, "mild")], None, False, "run + mild hip 2/10"),
 ("smalltalk", [], None, False, ""),
 ("report", [goal(42.195, "2027-04-25", None)], None, False, "new goal race Eugene Marathon"),
 ("mixed", [goal(42.195, "2027-04-25", 15300)], None, False, "adds goal time 4:15 (tentative 'I think') for the new goal race"),
 ("report", [], None, False, "drops old race; covered by new goal_race"),
 ("report", [inj("hip", "left", 3, "mild")], None, False, "re-rating 3/10; didn't run"),
 ("question", [], None, False, ""),
 ("future_plan", [], None, False, ""),
 ("report", [run(9, mi(11), 7080, "long")], None, False, "11 mi 1:58 = the long run she asked about"),
 ("report", [], None, False, "hip fine during the run; resolution written later when she says 'gone'"),
 ("report", [], None, False, "mentions plan's 10 mi; not a complaint, no write"),
 ("report", [], None, False, "husband's 10k race -> nothing"),
 ("report", [], None, False, "negation"),
 ("memory_question", [], None, False, ""),
 ("hypothetical", [], None, False, "50k in the fall"),
 ("smalltalk", [], None, False, ""),
 ("report", [res("hip")], None, False, "hip ache gone"),
 ("smalltalk", [], None, False, "thanks"),
]
L["en-08"] = [
 ("report", [run(4, 10.0, 3480, "easy")], None, False, "10k easy 58 min"),
 ("report", [run(5, 12.0, None, "workout")], None, False, "6x800 rep pace only"),
 ("correction", [corr(5, None, 3840)], None, False, "adds total 1h04 (encoded as correction with duration)"),
 ("report", [inj("calf", "right", 2, "mild")], None, False, "mild calf"),
 ("report", [run(7, 8.0, 2880, "easy")], None, False, "'calf ok' = fine during run; resolution written when she says 'no more pain'"),
 ("report", [days("tue", "thu", "sat", "sun")], None, False, "explicit new day list"),
 ("question", [], None, False, ""),
 ("report", [run(8, 6.0, 2060, "unknown")], None, False, "at the time it reads as her own run (retracted next message)"),
 ("correction", [dele(8)], None, False, "retraction: friend's run"),
 ("report", [], None, False, "negation"),
 ("question", [], None, False, "question with number; race tomorrow"),
 ("report", [res("calf")], None, False, "calf pain gone"),
 ("report", [run(10, 10.0, 2875, "race"), race(10, 10.0, 2875)], None, False, "10K race from yesterday's message, 47:55"),
 ("smalltalk", [], None, False, ""),
 ("report", [run(10, 2.0, None, "easy"), run(10, 3.0, None, "easy")], None, False, "warm-up and cool-down as two separate easy runs"),
 ("question", [], None, False, "goal time question, explicitly not changing"),
 ("smalltalk", [], None, False, ""),
 ("memory_question", [], None, False, ""),
 ("smalltalk", [], None, False, "thanks"),
]
L["en-09"] = [
 ("report", [run(4, mi(4), 2640, "unknown")], None, False, "4 mi 44 min"),
 ("report", [xt(5, "walk", 10800)], None, False, "3 h hike -> walk; no run"),
 ("report", [run(6, mi(3), None, "unknown")], "cardiac", False, "breathlessness out of proportion + pounding irregular heart -> cardiac; ran ~3 mi of planned 5"),
 ("smalltalk", [], None, False, "minimises; no new symptom"),
 ("correction", [corr(6, None, 2280)], None, False, "answer: 3 (maybe 3.2) mi, 38 min -> adds duration, distance kept at 3 mi"),
 ("answer", [], "cardiac", False, "no chest pain but irregular/skipping heartbeat confirmed"),
 ("smalltalk", [], None, False, ""),
 ("future_plan", [], None, False, "clinic Monday"),
 ("report", [], None, False, "rest"),
 ("report", [run(9, mi(3), 2100, "easy")], None, False, "3 mi easy 35 min; heart fine is not a clearance"),
 ("report", [], "musculoskeletal", False, "foot numbness during run; not yet persisting -> red flag, injury written when it persists"),
 ("report", [inj("foot", "left", None, "severe")], "musculoskeletal", False, "numbness persists -> foot injury severe; old knee surgery in passing writes nothing"),
 ("report", [], "musculoskeletal", False, "still numb next morning, pins and needles; same injury, no new rating"),
 ("question", [], None, False, ""),
 ("report", [], None, False, "negation + wife's walk -> nothing"),
 ("question", [], None, False, ""),
 ("memory_question", [], None, False, ""),
 ("smalltalk", [], None, False, "thanks"),
]
L["en-10"] = [
 ("report", [], None, False, "negation: didn't run"),
 ("report", [run(5, 3.0, 1200, "unknown")], None, False, "3k 20 min"),
 ("smalltalk", [], None, False, ""),
 ("report", [inj("knee", "left", None, "mild")], None, False, "'a bit achy' unrated -> mild"),
 ("report", [], None, False, "detail of same ache; stairs discomfort for a mild ache not treated as red flag"),
 ("answer", [inj("knee", "left", 2, "mild")], None, False, "rates knee 2/10"),
 ("report", [run(7, 4.0, 1620, "unknown"), res("knee")], None, False, "4k 27 min + knee no pain at all"),
 ("question", [], None, False, ""),
 ("smalltalk", [], None, False, ""),
 ("report", [run(9, 5.0, 1905, "race"), race(9, 5.0, 1905)], None, False, "parkrun 5K 31:45 = race"),
 ("smalltalk", [], None, False, ""),
 ("report", [], None, False, "flatmate's run -> nothing"),
 ("report", [goal(10.0, "2027-05-16", None)], None, False, "entered Great Manchester Run 10K (coy 'might have' = did)"),
 ("question", [], None, True, "unsure whether 10K replaces the 5K goal; coach may ask"),
 ("answer", [], None, False, "confirms 10K is the main goal, already written"),
 ("report", [run(10, 4.0, 1680, "easy")], None, False, "at the time reads as her run (retracted next message)"),
 ("correction", [dele(10)], None, False, "retraction: flatmate's run; didn't run today"),
 ("question", [], None, False, ""),
 ("smalltalk", [], None, False, ""),
 ("smalltalk", [], None, False, "thanks"),
]


def main():
    convs = [json.loads(l) for l in open(os.path.join(OUT, "conversations.jsonl"))]
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        idx = {}
        for m in convs:
            k = idx.get(m["conv"], 0)
            kind, writes, rfk, cl, note = L[m["conv"]][k]
            idx[m["conv"]] = k + 1
            f.write(json.dumps({"conv": m["conv"], "i": m["i"], "red_flag": rfk is not None, "red_flag_kind": rfk,
                                "writes": writes, "clarify_ok": cl, "kind": kind, "note": note}, ensure_ascii=False) + "\n")
        for c, lst in L.items():
            assert idx.get(c) == len(lst), (c, idx.get(c), len(lst))


if __name__ == "__main__":
    main()
