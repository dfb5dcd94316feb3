#!/usr/bin/env python3
"""Generate conversations.jsonl and profiles.jsonl for the English blind set v13-en.

Pass 2 of the set: the runner's side of the week Mon 2027-03-15 .. Sun 2027-03-21,
written from briefs.md. Labels are produced separately by gen_labels.py.
Run:  python3 src/gen_conversations.py   (from the set folder)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# UTC offsets for the week 2027-03-15..21 (checked with zoneinfo; US/Canada already on DST
# since 2027-03-14, UK/Ireland still on GMT until 2027-03-28).
PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Maya Thompson", "age": 34, "timezone": "America/Chicago",
     "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Wisconsin Marathon", "date": "2027-05-01", "goal_time": "3:55:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 28, "longest_run_km": 16,
     "recent_race": {"distance_km": 21.0975, "time": "1:52:40", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "other", "side": "left", "note": "IT band syndrome 2024, sorted with PT", "current": False}]},
    {"conv": "en-02", "lang": "en", "name": "Gary Kowalski", "age": 65, "timezone": "America/New_York",
     "units": "mi",
     "goal_race": {"distance_km": 5.0, "name": "Pittsburgh 5K", "date": "2027-05-01", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
     "weekly_km": 9, "longest_run_km": 4,
     "recent_race": None,
     "injuries_at_start": [
         {"body_part": "achilles", "side": "right", "note": "achilles tendinitis 2022, healed", "current": False},
         {"body_part": "knee", "side": "left", "note": "arthroscopy 2015", "current": False}]},
    {"conv": "en-03", "lang": "en", "name": "Daniel Tan", "age": 29, "timezone": "Asia/Singapore",
     "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Marina Bay Half Marathon", "date": "2027-05-16", "goal_time": "1:45:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 40, "longest_run_km": 18,
     "recent_race": {"distance_km": 10, "time": "0:47:55", "month": "2026-12"},
     "injuries_at_start": [{"body_part": "foot", "side": "left", "note": "plantar fasciitis 2025, healed", "current": False}]},
    {"conv": "en-04", "lang": "en", "name": "Siobhán Byrne", "age": 38, "timezone": "Europe/Dublin",
     "units": "km",
     "goal_race": {"distance_km": 42.195, "name": "Cork City Marathon", "date": "2027-06-06", "goal_time": "3:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 45, "longest_run_km": 24,
     "recent_race": {"distance_km": 21.0975, "time": "1:46:30", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "ankle", "side": "right", "note": "sprain 2023, healed", "current": False}]},
    {"conv": "en-05", "lang": "en", "name": "Jake Morrison", "age": 17, "timezone": "America/Chicago",
     "units": "mi",
     "goal_race": {"distance_km": 10.0, "name": "Capitol 10K", "date": "2027-04-11", "goal_time": "0:34:30"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "fri", "sat"], "level": "advanced",
     "weekly_km": 40, "longest_run_km": 12,
     "recent_race": {"distance_km": 5, "time": "0:16:42", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "shin", "side": "left", "note": "shin splints freshman year", "current": False}]},
    {"conv": "en-06", "lang": "en", "name": "Chloe Wilson", "age": 45, "timezone": "Australia/Perth",
     "units": "km",
     "goal_race": {"distance_km": 12.0, "name": "HBF Run for a Reason 12K", "date": "2027-05-23", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["tue", "thu", "sat"], "level": "beginner",
     "weekly_km": 12, "longest_run_km": 6,
     "recent_race": {"distance_km": 5, "time": "0:35:48", "month": "2027-02"},
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "runner's knee 2019, fine now", "current": False}]},
    {"conv": "en-07", "lang": "en", "name": "Tom Hargreaves", "age": 52, "timezone": "Europe/London",
     "units": "mi",
     "goal_race": {"distance_km": 80.47, "name": "Lakeland 50", "date": "2027-07-24", "goal_time": "11:30:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "fri", "sat", "sun"], "level": "advanced",
     "weekly_km": 45, "longest_run_km": 24,
     "recent_race": {"distance_km": 42.195, "time": "3:05:12", "month": "2026-04"},
     "injuries_at_start": [
         {"body_part": "foot", "side": "left", "note": "plantar fasciitis 2021", "current": False},
         {"body_part": "hamstring", "side": "right", "note": "hamstring tear 2019", "current": False}]},
    {"conv": "en-08", "lang": "en", "name": "Arjun Mehta", "age": 31, "timezone": "Asia/Kolkata",
     "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "TCS World 10K Bengaluru", "date": "2027-05-16", "goal_time": "0:48:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 15,
     "recent_race": {"distance_km": 10, "time": "0:51:20", "month": "2026-05"},
     "injuries_at_start": []},
    {"conv": "en-09", "lang": "en", "name": "Emily Chen", "age": 24, "timezone": "America/Vancouver",
     "units": "km",
     "goal_race": {"distance_km": 50.0, "name": "Sun Mountain 50K", "date": "2027-05-15", "goal_time": "5:45:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 65, "longest_run_km": 35,
     "recent_race": {"distance_km": 25, "time": "2:38:10", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "other", "side": "right", "note": "IT band 2025", "current": False}]},
    {"conv": "en-10", "lang": "en", "name": "Rachel Goldberg", "age": 42, "timezone": "America/Guayaquil",
     "units": "mi",
     "goal_race": {"distance_km": 10.0, "name": "Carrera de las Iglesias 10K", "date": "2027-04-18", "goal_time": "0:58:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate",
     "weekly_km": 16, "longest_run_km": 8,
     "recent_race": {"distance_km": 10, "time": "1:00:45", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "ankle", "side": "left", "note": "rolled it on cobblestones 2025, healed", "current": False}]},
]

OFFSETS = {
    "en-01": "-05:00", "en-02": "-04:00", "en-03": "+08:00", "en-04": "+00:00", "en-05": "-05:00",
    "en-06": "+08:00", "en-07": "+00:00", "en-08": "+05:30", "en-09": "-07:00", "en-10": "-05:00",
}

# Each message: (local time "MM-DD HH:MM", text, after_coach or None)
CONVS = {}

CONVS["en-01"] = [
    ("03-15 07:12", "morning!! 🌞 today's a rest day right? legs still kinda heavy from sat lol", None),
    ("03-15 12:40", "also random q but is 8:50 pace too fast for my long runs? my garmin keeps yelling at me that im in zone 3", None),
    ("03-15 19:05", "no run today like u said, just walked to work and back, like 40 min total", None),
    ("03-16 18:55", "ok track done 🥵 1 mi wu, 6x800 @ 3:48-3:52 w 400 jog, 1 mi cd. 5.5 mi total, 47:20 on the watch", None),
    ("03-16 18:57", "right knee kinda twingy on the last 2 reps, like a 2/10, prob nothing", None),
    ("03-17 08:05", "eh its fine, maybe a 1? no swelling. stairs ok",
     "Morning Maya! How's the right knee today? Any swelling, or pain on stairs?"),
    ("03-17 13:10", "did a 45 min spin class at lunch w my coworker, thats ok on a rest day right??", None),
    ("03-17 20:30", "OMG my husband ran his first 10k tonight!!! 58 min, so proud of him 😭😭", None),
    ("03-18 06:45", "heads up i cant do saturday this week, sisters baby shower in milwaukee 🍼 so ill do the long run sunday instead", None),
    ("03-18 19:10", "easy 5 mi done, 46:30 👌 perfect weather for once", None),
    ("03-18 19:12", "tmrw ill prob do 3 easy shakeout if i can drag myself out of bed", None),
    ("03-19 12:15", "ok so i looked at next week and the plan has 18 mi next sat?? thats 2 more than ive ever done and its 6 wks out, feels like a lot ngl", None),
    ("03-19 12:16", "like can i just do 16 again", None),
    ("03-19 21:40", "didnt end up doing the shakeout lol. work was insane", None),
    ("03-20 16:30", "no run today obvi, shower was so cute tho 🥹", None),
    ("03-21 11:50", "LONG RUN DONE 🙌 16 mi in 2:28:40. lakefront was windy af", None),
    ("03-21 11:52", "fueled w 3 gels at 5/9/13, felt good til mile 14 then meh", None),
    ("03-21 14:20", "wait strava finally synced and it says 15.6 not 16 😩 watch must be off. so 15.6", None),
    ("03-21 14:21", "oh and the knee is totally gone btw, nothing since weds", None),
    ("03-21 17:30", "did 30 min of yin yoga after, hips were screaming lol", None),
    ("03-21 20:10", "whats my goal time again for wisconsin? i forget if we said 3:55 or 4", None),
    ("03-21 20:11", "and its may 1st right", None),
]

CONVS["en-02"] = [
    ("03-15 06:40", "Good morning. Did my walk run this morning. Three miles, run 2 min walk 1 min. Took 41 minutes.", None),
    ("03-15 06:42", "Achilles felt fine. That was my trouble spot back in 22 but it hasn't bothered me in years.", None),
    ("03-15 19:30", "Question for you. My neighbor says I should be running every day to get ready. Is 3 days a week enough for a 5K at my age?", None),
    ("03-16 10:15", "Rest day today. Did 20 min on the stationary bike at the Y and some stretching.", None),
    ("03-17 08:20", "Went out for 4 miles this morning on the hills by Frick Park. Cold, 28 degrees. Had some tightness in my chest going up the big hill on Beechwood, stopped a minute and it eased off. Probably the cold air. Finished in 52 min.", None),
    ("03-17 08:31", "It's gone now. Felt like a band squeezing. Maybe went into my left shoulder a little. I was more winded than usual, had to walk the rest of that hill which I never do.",
     "Gary, I want to ask about that chest tightness. Did it spread to your arm, jaw or back? Were you short of breath or sweaty? Is it completely gone now?"),
    ("03-17 12:05", "I don't really want to go sit in the ER for nothing. Wife is making me call the doctor though. I feel fine now honestly.",
     "Please don't wait on this — chest tightness with exercise needs to be checked by a doctor today. If it comes back, call 911."),
    ("03-18 09:40", "Called Dr. Patel. She wants me in Monday for an EKG and a stress test. Said no running until then.", None),
    ("03-18 09:42", "So I guess no run Saturday? Can I at least walk?", None),
    ("03-18 18:00", "Didn't run today, just so you know.", None),
    ("03-19 15:10", "My grandson Tyler ran a 5K today at his school fun run. 24 minutes! Kid is fast.", None),
    ("03-19 15:12", "Maybe someday I'll be that quick lol.", None),
    ("03-20 09:30", "Walked 2 miles with the dog instead of running, about 35 minutes. No chest trouble at all.", None),
    ("03-20 16:00", "What's my race again, is it the 5K on May 1st? Want to tell my sister so she can come watch.", None),
    ("03-21 10:00", "Feeling good. Honestly think I could've done my run yesterday. If the test Monday comes back clean can I do 4 miles Wednesday?", None),
    ("03-21 10:05", "Also I peeked at next week and it has 4 x 5 min run intervals. That seems like a lot for me, I'm used to 2 min.", None),
    ("03-21 10:08", "One more thing. Going forward can we do Tuesday, Thursday and Sunday? Mondays and Wednesdays I'm watching the grandkids now.", None),
    ("03-21 19:00", "Thank you for looking out for me coach. Wife says thanks too. - Gary", None),
]

CONVS["en-03"] = [
    ("03-15 21:15", "coach today rest day right? legs quite sian after sat long run", None),
    ("03-16 06:50", "morning run done. 2k wu, 5x1k @ 4:38-4:42 w 90s jog, 2k cd. total ~10k lah, 52min", None),
    ("03-16 06:52", "humid like crazy, 29deg at 6am walao", None),
    ("03-16 12:30", "wait sorry i only did 4 reps not 5, stopped after 4 cos too humid. so like 9k total", None),
    ("03-17 07:30", "did 8k easy at ECP, 44:10. then swam 1.5km at the condo pool after, like 35 min. shiok", None),
    ("03-17 12:00", "is 5:10 pace ok for my easy runs or too fast? my friend say should be 6 plus", None),
    ("03-18 06:40", "double day today. morning 6k easy 33 min", None),
    ("03-18 20:45", "evening 5k easy w running club at marina barrage, 28:30. legs ok", None),
    ("03-18 20:47", "oh ya the right calf bit tight, like 2/10, nothing serious", None),
    ("03-19 07:10", "rest day, did 45 min gym, legs n core", None),
    ("03-19 13:00", "tmr long run 18k, planning to start 8am can or not? or too late", None),
    ("03-20 13:40", "alamak today quite bad. started late 9am, ran 16k only instead of 18, 1h32. super hot, no shade at the end", None),
    ("03-20 13:42", "around 14k i felt super dizzy and my skin was like dry, i think i stopped sweating?? then vomited at the void deck when i reached home", None),
    ("03-20 13:55", "now ok la lying under aircon. drank 100plus. still a bit blur, my gf say i was talking nonsense just now 😅",
     "Daniel, that sounds like heat illness. Are you still dizzy or confused right now? Can you drink and keep fluids down?"),
    ("03-20 19:30", "feeling better now, ate some porridge. can run tmr morning or not? plan says 6k recovery", None),
    ("03-21 09:10", "didnt run today. my pee this morning was super dark, like teh colour", None),
    ("03-21 09:12", "calf is fine now btw, 0", None),
    ("03-21 15:00", "my gf did 21k at the rail corridor today, 2h15, so proud of her", None),
    ("03-21 15:05", "what was my target time for marina bay again? 1:45 or 1:50", None),
    ("03-21 15:06", "with this heat maybe should change to 1:50? what u think", None),
    ("03-21 21:00", "ok thanks coach, will rest properly this time 🙏", None),
]

CONVS["en-04"] = [
    ("03-15 07:05", "Morning coach. Quick one, plan says 10k easy tomorrow but I've a staff meeting at 7.30, could I do it this evening instead?", None),
    ("03-15 21:10", "Did the 10k this evening in the end, 55:40, nice and easy. Left shin a bit grumbly after, 2/10 maybe", None),
    ("03-16 08:00", "Bit sore going down the stairs, 3/10. Sort of along the inside of the shin, not one spot I think",
     "How's the left shin this morning? Is the soreness spread along the bone or in one spot?"),
    ("03-16 19:40", "Took today off like you said. Did 30 mins on the bike in the garage instead", None),
    ("03-17 12:30", "Shin's better today, a 2. Colleague of mine did the Dublin half in 1:38 at the weekend, I'm raging jealous lol", None),
    ("03-18 18:50", "Did 6k easy, 34 mins. Shin was sound for the first few k then started nagging, 4/10 by the end tbh", None),
    ("03-18 18:52", "Is it ok to do the 24k on Sunday if it's like this? Don't want to lose fitness, the marathon's only 11 wks out", None),
    ("03-19 08:15", "Ugh. Walking to the car this morning and it's really sore now. There's one spot about a hand above my ankle on the inside, if I press it I nearly hit the roof. Limping a bit tbh", None),
    ("03-19 08:25", "Walking about a 7. Bit puffy maybe, hard to tell",
     "That's important, thank you. On a scale of 0-10 how bad is it just walking right now? Any swelling?"),
    ("03-19 13:00", "Would a brace help? I've a few of those yokes from when I did my ankle years ago", None),
    ("03-19 20:30", "GP can't see me til Tuesday. Feck it.", None),
    ("03-20 10:00", "Didn't run obviously. Went for a swim instead, forty minutes, shin didn't mind that at all", None),
    ("03-20 10:02", "So I suppose the 24k is off tomorrow?", None),
    ("03-20 21:00", "Honestly if it's a stress fracture what does that mean for June? Would I still make the start line?", None),
    ("03-21 11:00", "Not running today. Still limping on it, hurts a fair bit on the stairs", None),
    ("03-21 11:05", "What did I say my marathon goal time was? 3:45? Feels a long way off now", None),
    ("03-21 11:06", "If I have to push to a later marathon is there one in the autumn you'd suggest?", None),
    ("03-21 19:00", "Cheers for all the help this week, you're very good", None),
]

CONVS["en-05"] = [
    ("03-15 16:45", "yo coach practice was 6 mi easy today ~45 min", None),
    ("03-15 16:46", "also coach gomez said we got a meet saturday, im running the 1600 and prob the 3200 💀", None),
    ("03-16 06:15", "double today. shakeout 2 mi before school like 16 min", None),
    ("03-16 17:30", "afternoon was 8x400 @ 68-70 w 200 jog. 1.5 wu 1.5 cd. legs cooked 😭", None),
    ("03-16 17:32", "left calf lowkey tight, like a 2", None),
    ("03-17 07:00", "is it bad that i ran 40 mi last week and the plan only has 36 this week?? feel like im losing fitness fr", None),
    ("03-17 17:10", "5 easy today 38 min. calf like a 3 now ngl", None),
    ("03-18 16:50", "rested today cuz calf. just foam rolled and did like 20 min bike at the gym", None),
    ("03-18 16:52", "can i still race sat if its like a 2-3? its the last meet before district", None),
    ("03-19 16:30", "calf feels fine today fr, no pain at all. did 3 mi shakeout 23 min", None),
    ("03-20 13:20", "MEET RECAP: 1600 in 4:41 🔥🔥 PR by 3 sec", None),
    ("03-20 13:22", "3200 was rough tho, 10:18, died the last 2 laps", None),
    ("03-20 13:25", "my teammate marcus ran 4:29 in the 1600 lol hes insane", None),
    ("03-20 20:00", "ok so big news. coach gomez wants me to skip capitol 10k and focus on the 3200 at regionals, apr 24. goal is sub 10 🙏 can u change it", None),
    ("03-21 09:00", "no run today, church + fam stuff. sunday is my off day anyway", None),
    ("03-21 09:05", "wait what was my old goal for the 10k? 34:30 right?", None),
    ("03-21 09:07", "if i went 4:35 in the 1600 what would that be for the 3200 lol", None),
    ("03-21 18:00", "oh correction the 5 easy on wed was actually 6, forgot i did an extra loop round the school", None),
    ("03-21 18:02", "thx coach 🫡", None),
]

CONVS["en-06"] = [
    ("03-15 19:00", "Hi coach! Not a run day today but did 20 min of yoga off youtube 🧘‍♀️", None),
    ("03-16 06:30", "Morning! Did my run/walk before it got too hot, 4 min run 1 min walk x 6 so 30 min total, 4.2km on the garmin. Felt heaps better than last week 😊", None),
    ("03-16 12:10", "Quick q - my daughter reckons I need proper running shoes, I'm still in my old gym ones. Does it matter that much?", None),
    ("03-17 17:45", "Went for a walk along the river with my sister this arvo, bout an hour", None),
    ("03-17 17:47", "also my left heel is a bit sore in the mornings, first few steps, maybe 3/10. goes away after", None),
    ("03-18 06:15", "Can't do today, hubby's car's broken down and I'm doing the school run 🙄 Could I go tomorrow instead?", None),
    ("03-19 06:20", "Did it! 5km run walk, 36:30. Already 27 degrees at 6am 😅", None),
    ("03-19 06:22", "heel's only a 1 this morning", None),
    ("03-19 18:00", "Parkrun tomorrow at Claisebrook!! Bit nervous. Should I run walk it or try and run the whole thing?", None),
    ("03-20 09:10", "PARKRUN DONE 🎉 34:52!! new PB by nearly a minute", None),
    ("03-20 09:12", "my daughter came too and did 27 min, she's 15 and hasn't trained a day in her life 🙄😂", None),
    ("03-20 09:20", "Ran the whole thing except the hill near the end, walked maybe 30 sec",
     "Amazing, Chloe! Did you run the whole way or use walk breaks?"),
    ("03-20 15:00", "Also I reckon I need to change my days. Work's changed my roster, can we do Mon, Wed and Sat from now on?", None),
    ("03-21 08:00", "Heel's fine today, no pain at all 👍", None),
    ("03-21 08:05", "How far should I be going by now for the 12k? Plan says 6k next week, is that enough?", None),
    ("03-21 08:06", "when's the run for a reason again, 23 may?", None),
    ("03-21 16:00", "No run today, just pottered round the garden 😂", None),
    ("03-21 16:02", "If I walked some of the 12k would that still count lol", None),
    ("03-21 20:00", "Thanks heaps for everything this week, feeling really good about it", None),
]

CONVS["en-07"] = [
    ("03-15 07:30", "Morning. Recovery 6 miles this morning, 52 mins, very steady.", None),
    ("03-15 07:31", "Right hamstring a touch tight, 2/10, the old tear side. Nothing I'm worried about.", None),
    ("03-16 19:15", "10 miles tonight with 3 x 2 miles at tempo (6:55, 6:52, 6:49), 90s jogs. 1:12:40 all in.", None),
    ("03-17 08:50", "Run commute both ways today. 5.2 there this morning in 43 mins.", None),
    ("03-17 08:52", "Also last night was 10.5 not 10, forgot the jog to the track.", None),
    ("03-17 18:40", "And 5.2 back, 45 odd mins. Bag was heavy.", None),
    ("03-18 12:00", "Plan's got me down for 22 miles with 4000ft of climb on Sunday, the day after a race. Bit much isn't it?", None),
    ("03-18 21:30", "No run today, work do. Two pints, no more, honest.", None),
    ("03-19 07:00", "Hamstring's down to a 1.", None),
    ("03-19 07:02", "Easy 4 shakeout, legs feel fine for tomorrow.", None),
    ("03-20 15:40", "Kinder fell race done. 9.5 miles, 1:41:22, 23rd of 180. Good run til the last descent.", None),
    ("03-20 15:42", "Took a proper tumble coming off the edge, went down hard on my left side. Wrist's swollen up a fair bit and my knee's cut to ribbons but I finished so can't be that bad.", None),
    ("03-20 15:55", "Can move it but gripping the kettle hurts, maybe 6/10. Little finger and ring finger a bit tingly, probably just bashed it.",
     "Sorry to hear that, Tom. Can you move the wrist and grip normally? Any numbness or tingling in the hand?"),
    ("03-20 21:00", "Ice on it, couple of ibuprofen. Wife's unimpressed.", None),
    ("03-21 08:30", "Little finger's still numb this morning and the wrist's a lovely shade of purple. I'll do an easy 10 today instead of the 22 and rest it tomorrow.", None),
    ("03-21 08:45", "Right, fair enough. A&E it is. Daughter's driving me.",
     "Tom, please don't run today. Numbness that's still there the next morning plus a swollen, purple wrist after a fall needs an X-ray today."),
    ("03-21 14:30", "Back from A&E. They think it might be a scaphoid fracture, cast on for now, fracture clinic Tuesday. Bloody hell.", None),
    ("03-21 14:32", "Can I still run with a cast on? Legs are fine.", None),
    ("03-21 14:35", "And remind me what the date is for Lakeland, want to work out how long I've got.", None),
    ("03-21 20:00", "Hamstring's completely fine now by the way. Silver linings.", None),
    ("03-21 20:01", "Cheers for the help.", None),
]

CONVS["en-08"] = [
    ("03-15 08:30", "Hi coach good morning. Sunday long run I forgot to update, did 14k in 1hr 21min at Cubbon park", None),
    ("03-15 08:31", "Today rest only na?", None),
    ("03-16 06:45", "Tempo done. 2k warmup, 5k @ 4:50 pace, 1.5k cooldown. Total 8.5k in 44 min", None),
    ("03-16 06:47", "one thing, during the tempo around 3k my heart was beating very weird, like fluttering and skipping, watch showed 198 suddenly. I slowed down and it settled after 1-2 min", None),
    ("03-16 07:10", "No chest pain. Little bit lightheaded for some seconds. Happened once last year also, I ignored",
     "Arjun, thanks for telling me. When it happened did you feel dizzy, faint, short of breath or any chest pain? Has it happened before?"),
    ("03-16 19:00", "Actually I am feeling totally fine now. Is it ok to do the intervals Thursday? 6x800 @ 4:30 as per plan", None),
    ("03-17 08:50", "Also I did 12k on Monday evening, forgot to tell", None),
    ("03-17 09:00", "Sorry sorry ignore that 12k, that was my friend's strava I was seeing. I didn't run Monday itself", None),
    ("03-17 09:05", "And the Sunday long run was 13k not 14k, checked now", None),
    ("03-17 09:10", "My colleague did 21k on Sunday in 1:55, he is saying I should also do half marathon instead of 10k 😅", None),
    ("03-17 21:00", "no run today. did 40 mins gym, upper body + core", None),
    ("03-17 21:02", "what pace for easy runs kindly tell, 6:00 is ok?", None),
    ("03-18 07:30", "didnt do intervals, you said avoid hard stuff so did easy 5k only, 30 min", None),
    ("03-18 07:31", "no heart issue today, all normal", None),
    ("03-18 18:00", "Booked cardiologist appointment for Monday 22nd, Dr. Rao at Narayana", None),
    ("03-19 07:00", "this saturday not possible, cousin's wedding in Mysore. will be back sunday night", None),
    ("03-20 23:40", "Yesterday at the sangeet I was dancing and again the heart started racing, and I almost fainted, had to sit down, my aunt gave me water. Everyone was saying it is the heat and dancing", None),
    ("03-21 10:30", "Ok ok I will go to emergency today only, my brother is driving. Feeling ok now though",
     "Arjun, nearly fainting with a racing heart needs to be checked today, not Monday. Is someone with you who can take you to a hospital?"),
    ("03-21 20:00", "They did ECG and some blood test, they think it is something called SVT. Cardiologist tomorrow. No running till then they said", None),
    ("03-21 20:05", "What is my target time for TCS 10k? 48 min right? Will I make it now?", None),
    ("03-21 20:10", "Also I am thinking to change the goal to the Hyderabad half in august if doctor says ok. Just thinking only", None),
    ("03-21 20:12", "Thank you coach for being strict 🙏", None),
]

CONVS["en-09"] = [
    ("03-15 07:10", "morning ✨ recovery day, did 30 min yoga + foam rolling", None),
    ("03-15 07:12", "also whats the plan for tmrw, still the hill repeats?", None),
    ("03-16 06:30", "didnt sleep great tbh, is it ok to do the hill reps at like 80%?", None),
    ("03-16 18:30", "hill repeats done on pipeline rd 🏔️ 2.5k wu, 8x90s hard uphill w jog down, 2.5k cd. ~11k, 1:02", None),
    ("03-17 06:45", "easy 10k on the seawall 53:20, legs a bit crunchy but fine", None),
    ("03-17 12:00", "ok BIG NEWS i got into broken arrow 46k off the waitlist!!! june 20. i wanna make that the goal instead of sun mountain, can we switch? 😭🏔️", None),
    ("03-17 12:02", "no time goal, just wanna finish strong lol", None),
    ("03-18 19:00", "double today: 8k easy this morning 44 min, then 6k w the run club tonight 33 min", None),
    ("03-18 19:02", "my bf did his first 50k on the weekend tho, 7h something, so proud 💛", None),
    ("03-19 09:00", "rest day, no run. quick q is 35k too much for sat if broken arrow is in june? plan says 28", None),
    ("03-20 14:20", "ugh. long run at seymour, ~24k of the planned 28, felt a pop in my left calf on a steep downhill around 22k and could barely push off after. hobbled/walked the last 2k out. 3h05 total", None),
    ("03-20 14:40", "walking is like a 6, cant really do a single leg calf raise, theres a lump kinda swollen mid calf",
     "Emily, a pop in the calf needs care. Can you walk on it? Can you go up on your toes on that leg? Any swelling or bruising?"),
    ("03-20 18:00", "honestly its prob just a bad cramp right? i had something like this in 2022 and it was fine after a week", None),
    ("03-21 09:00", "woke up and theres purple bruising going down toward my ankle 😬 cant really put full weight on it, hopping to the bathroom lol", None),
    ("03-21 09:05", "walk-in clinic opens at 10, gonna go", None),
    ("03-21 14:30", "update: they think its a grade 2 gastroc tear, crutches for a few days, physio referral", None),
    ("03-21 14:32", "so realistically is broken arrow still doable?? its 13 wks away", None),
    ("03-21 14:35", "also wait whats my goal now, did u switch it to broken arrow or is it still sun mountain", None),
    ("03-21 14:40", "correction btw the sat run was more like 25k not 24, strava finally synced", None),
    ("03-21 20:00", "thx for being so on it this week 💛", None),
]

CONVS["en-10"] = [
    ("03-15 18:20", "hey! forgot to tell u, i did 5 miles on saturday at la carolina, 52 min", None),
    ("03-15 18:22", "today 3 easy in parque metropolitano, 33 min. hills + altitude = 🫠 a little out of breath on the climbs but thats normal for here", None),
    ("03-16 07:00", "is 10:30/mi ok for easy at 9300 ft? feels slow af but my HR says otherwise", None),
    ("03-16 20:00", "my roommate did the pichincha hike today, 5 hours, shes dead lol", None),
    ("03-17 06:30", "intervals this am: 1 mi wu, 5 x 3 min hard / 2 min easy, 1 mi cd. 4.5 mi total, 45:10", None),
    ("03-17 06:32", "left foot arch kinda achy after, 2/10", None),
    ("03-17 19:00", "also did a zumba class lol, 50 min. chévere", None),
    ("03-18 07:45", "arch is a 3 today. should i skip fri?", None),
    ("03-18 12:10", "ok so thinking about it more, the 10k is in 4 wks and i kinda want a bigger goal. theres a half in cuenca june 13, medio maraton de cuenca. can we switch my goal to that? aiming for like 2:15", None),
    ("03-18 12:12", "also my schedule at work changed, can we do tue thu sat sun from now on instead of mon wed fri sun", None),
    ("03-19 07:30", "didnt run today, arch still a bit meh (2)", None),
    ("03-19 17:00", "wait actually scratch what i said monday about saturday's run, that was my roommate's strava 🤦‍♀️ i was sick in bed saturday", None),
    ("03-20 08:40", "6 mi long run done!! 1h08. ran down to el ejido and back, the cobblestones are my nemesis (rolled my ankle on them in 2025 lol)", None),
    ("03-20 08:42", "arch totally fine, no pain today 🙌", None),
    ("03-20 13:00", "the plan says 7 mi next weekend and 8 the one after, is that enough for a half in june?", None),
    ("03-21 09:15", "3 easy w my running group, 34 min. then tacos 🌮", None),
    ("03-21 09:17", "correction it was 3.5 not 3, we did an extra loop", None),
    ("03-21 11:00", "remind me what days im running now? i already forgot lol", None),
    ("03-21 11:01", "and whats my goal time for cuenca", None),
    ("03-21 19:00", "if i flew back to denver for the bolder boulder in may would that mess things up?", None),
    ("03-21 19:05", "ok gracias coach, buenas noches 😴", None),
]


def main():
    conv_lines = []
    for prof in PROFILES:
        c = prof["conv"]
        off = OFFSETS[c]
        prev = None
        for i, (ts, text, after) in enumerate(CONVS[c]):
            md, hm = ts.split(" ")
            sent_at = "2027-%sT%s:00%s" % (md, hm, off)
            assert prev is None or sent_at > prev, (c, i)
            prev = sent_at
            conv_lines.append({"conv": c, "i": i, "lang": "en", "sent_at": sent_at,
                               "text": text, "after_coach": after})
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for line in conv_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("conversations:", len(PROFILES), "messages:", len(conv_lines))


if __name__ == "__main__":
    main()
