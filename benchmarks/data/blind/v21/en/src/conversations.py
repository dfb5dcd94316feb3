#!/usr/bin/env python3
"""Pass 2: the runner's side of the week Mon 2027-11-15 .. Sun 2027-11-21.

Generates ../profiles.jsonl and ../conversations.jsonl.
Each message is (day-of-November, "HH:MM" local time, text, after_coach or None).
sent_at gets the real UTC offset of the persona's timezone via zoneinfo.
"""
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Jake Moreno", "age": 34, "timezone": "America/Denver", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Houston Half Marathon", "date": "2028-01-16", "goal_time": "1:38:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 25, "longest_run_km": 12,
     "recent_race": {"distance_km": 10, "time": "0:44:50", "month": "2027-09"},
     "injuries_at_start": [{"body_part": "other", "side": "right", "note": "IT band syndrome 2025, healed", "current": False}]},
    {"conv": "en-02", "lang": "en", "name": "Priya Nair", "age": 29, "timezone": "Asia/Kolkata", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Cubbon Park 10K", "date": "2028-01-09", "goal_time": None},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "beginner",
     "weekly_km": 12, "longest_run_km": 6,
     "recent_race": None,
     "injuries_at_start": [{"body_part": "ankle", "side": "right", "note": "sprain playing badminton in college, healed", "current": False}]},
    {"conv": "en-03", "lang": "en", "name": "Marcus Bell", "age": 41, "timezone": "America/Chicago", "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Austin Marathon", "date": "2028-02-13", "goal_time": "3:25:00"},
     "days_per_week": 5, "preferred_days": ["mon", "wed", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 15,
     "recent_race": {"distance_km": 21.0975, "time": "1:36:40", "month": "2027-10"},
     "injuries_at_start": [{"body_part": "foot", "side": "left", "note": "plantar fasciitis 2023, healed", "current": False}]},
    {"conv": "en-04", "lang": "en", "name": "Chloe Watson", "age": 23, "timezone": "Australia/Sydney", "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Canberra Half Marathon", "date": "2028-04-09", "goal_time": "1:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 18,
     "recent_race": {"distance_km": 14, "time": "1:12:30", "month": "2027-08"},
     "injuries_at_start": [{"body_part": "shin", "side": "left", "note": "shin splints 2024, healed", "current": False}]},
    {"conv": "en-05", "lang": "en", "name": "Daniel Hughes", "age": 38, "timezone": "America/Guayaquil", "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Maratón de Quito", "date": "2028-06-04", "goal_time": None},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 22, "longest_run_km": 11,
     "recent_race": {"distance_km": 15, "time": "1:24:10", "month": "2026-12"},
     "injuries_at_start": []},
    {"conv": "en-06", "lang": "en", "name": "Megan Walsh", "age": 45, "timezone": "America/New_York", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Hyannis Half Marathon", "date": "2028-02-27", "goal_time": "2:05:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "intermediate",
     "weekly_km": 20, "longest_run_km": 10,
     "recent_race": {"distance_km": 21.0975, "time": "2:11:05", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "foot", "side": "right", "note": "plantar fasciitis 2022, healed", "current": False},
                           {"body_part": "hip", "side": "left", "note": "hip bursitis 2021, healed", "current": False}]},
    {"conv": "en-07", "lang": "en", "name": "Aoife Byrne", "age": 31, "timezone": "Europe/Dublin", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Streets of Dublin 10K", "date": "2028-01-30", "goal_time": "0:55:00"},
     "days_per_week": 3, "preferred_days": ["tue", "thu", "sat"], "level": "beginner",
     "weekly_km": 20, "longest_run_km": 10,
     "recent_race": None,
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "patellofemoral pain 2024, healed", "current": False}]},
    {"conv": "en-08", "lang": "en", "name": "Ethan Park", "age": 17, "timezone": "America/Toronto", "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Chilly Half Marathon", "date": "2028-03-05", "goal_time": "1:22:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 55, "longest_run_km": 18,
     "recent_race": {"distance_km": 6, "time": "0:20:05", "month": "2027-11"},
     "injuries_at_start": [{"body_part": "achilles", "side": "left", "note": "achilles tendinitis 2026, healed", "current": False}]},
    {"conv": "en-09", "lang": "en", "name": "Tan Wei Ling", "age": 36, "timezone": "Asia/Singapore", "units": "km",
     "goal_race": {"distance_km": 102, "name": "Tarawera Ultramarathon 102K", "date": "2028-02-12", "goal_time": "13:30:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 80, "longest_run_km": 50,
     "recent_race": {"distance_km": 50, "time": "5:52:30", "month": "2027-09"},
     "injuries_at_start": [{"body_part": "other", "side": "right", "note": "IT band 2024, healed", "current": False},
                           {"body_part": "foot", "side": "left", "note": "plantar fasciitis 2025, healed", "current": False}]},
    {"conv": "en-10", "lang": "en", "name": "Graham Pike", "age": 65, "timezone": "Europe/London", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Bath Half Marathon", "date": "2028-03-12", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
     "weekly_km": 12, "longest_run_km": 6,
     "recent_race": {"distance_km": 10, "time": "1:02:40", "month": "2027-05"},
     "injuries_at_start": [{"body_part": "achilles", "side": "left", "note": "achilles tendinopathy 2025, healed", "current": False},
                           {"body_part": "knee", "side": "right", "note": "arthroscopy 2019, old", "current": False}]},
]

C = {}

C["en-01"] = [
    (15, "06:52", "morning. did 5 easy before work, left calf kinda tight tho. like 2/10. should i skip tmrw?", None),
    (15, "07:10", "fine while running, tight after sitting at my desk lol", "How did the calf feel during the run compared to after?"),
    (16, "18:45", "track done 🔥 1.5 wu, 6x800 @ 3:05ish w 400 jog, 1.5 cd. 7 mi total", None),
    (16, "18:47", "splits 3:07 3:04 3:05 3:03 3:06 3:01", None),
    (16, "21:30", "actually watch says 6.5 not 7, the wu loop was shorter than i thought", None),
    (17, "07:15", "ok real talk the plan has my easy pace at 8:40/mi. thats basically walking lol. can i just do 8:00", None),
    (17, "07:16", "calf is like a 1 today btw", None),
    (17, "12:20", "also can i do 14 on sunday instead of 12? feel like i need the miles for houston", None),
    (18, "19:05", "tempo: 2 wu + 4 @ 7:05 + 1 cd. 7 mi in 55 min. felt smooth tbh", None),
    (18, "19:06", "last tempo mile was 6:58 oops", None),
    (19, "08:30", "my gf ran her first 5k last night!! 29:50 at the thursday fun run, so proud of her", None),
    (19, "08:34", "ok also schedule change. new standups at 7am tue/thu so from now on mon wed fri sun pls", None),
    (19, "08:41", "ya just shift everything", "Got it. Do you want me to move the whole week around those days, long run on Sunday?"),
    (20, "10:15", "didnt run today, took the rest day. legs feel good", None),
    (20, "10:16", "whats my goal time for houston again? 1:38 or 1:40", None),
    (20, "21:02", "if its super windy tmrw should i do loops instead of the out and back", None),
    (21, "11:40", "13 miles done in 1:52:30 🙌 long run felt great", None),
    (21, "11:42", "calf totally fine now, no pain at all", None),
    (21, "11:45", "avg 8:39/mi lol guess the easy pace thing wasnt so crazy", None),
    (21, "12:10", "thx coach good week", None),
]

C["en-02"] = [
    (15, "06:40", "Good morning! Did my walk-run today 🙂 5 km in 38 min, 2 min run 1 min walk", None),
    (15, "06:41", "felt really good actually, not too tired", None),
    (16, "19:30", "Did 45 min yoga today, no running as per plan", None),
    (16, "19:32", "Also is 7:30 per km ok for beginner? My office friend says I'm too slow 😅", None),
    (17, "07:05", "Today I tried running the whole way without walking!! 4 km in 29 min. near the end my chest felt tight like someone pressing on it and I got bit lightheaded so I sat on the footpath for a while. fine now tho 😊 so happy I didn't walk", None),
    (17, "07:40", "maybe 5 min? and yes everything went kind of grey for a sec, I thought I'll faint. but it passed na", "Thanks for telling me. How long did the chest pressure last, and did you feel like you might faint?"),
    (17, "07:42", "it's probably because I didn't eat breakfast only", None),
    (18, "16:20", "Hmm weird thing, at my desk just now my heart was racing and like skipping beats, for maybe 10 min. I wasn't doing anything. Too much chai? 😂", None),
    (18, "16:22", "can I still run tomorrow morning? don't want to break the streak", None),
    (18, "21:45", "no never. only yesterday and today", "Have you ever had anything like this before?"),
    (19, "07:30", "Didn't run today, amma told me to rest and she's the boss 🙃", None),
    (19, "07:33", "if doctor says ok can I do 6 km on Sunday? or start again with walk-run", None),
    (20, "13:10", "Went to the doctor. ECG was normal, BP ok. She wants me to do a stress test (TMT) on Tuesday and no running till then", None),
    (20, "13:12", "so no running this weekend I guess 😔", None),
    (20, "13:15", "btw my colleague Rohan ran a half marathon in Mysuru today, 2:05!! crazy", None),
    (21, "07:50", "Went for a slow walk in Cubbon park instead, 40 min. felt ok, no chest stuff", None),
    (21, "07:52", "when is my race again? 9th jan right?", None),
    (21, "07:53", "will I still be ready if I miss one week 😟", None),
    (21, "20:30", "thank you for being so patient with me 🙏", None),
    (21, "20:31", "will update after tuesday test", None),
]

C["en-03"] = [
    (15, "17:20", "6 easy this morning in 52 min, and 30 min legs at the gym after school. squats are humbling at 41 lol", None),
    (16, "06:10", "Woke up with a stuffy nose and sore throat, classic teacher life. Should I run with a head cold? Nothing in the chest", None),
    (16, "06:35", "no fever, just snotty", "Any fever or body aches?"),
    (16, "20:00", "Skipped it today anyway, didnt run. Feeling a bit better tonight", None),
    (17, "18:30", "8 miles today w/ 5 @ MP. splits 7:52, 7:49, 7:50, 7:47, 7:51. 1.5 wu 1.5 cd. felt solid even w the cold", None),
    (17, "18:33", "Also gotta say that 18 miler on the plan for next Sunday looks nuts. Im at 15 longest and you want 18 the week after a race??", None),
    (18, "06:05", "4 easy on the treadmill, 34 min. Too dark and windy outside", None),
    (18, "20:15", "My wife ran 10k with her club tonight in 55:12, she's getting fast. Dont tell her I said that", None),
    (18, "20:16", "haha", None),
    (19, "19:40", "Gonna do 2 easy tmrw morning before the race as a warmup, then the 10k", None),
    (19, "19:42", "what pace should I go out at? shooting for sub 43", None),
    (19, "19:50", "And if it snows Sunday should I do the long run on the treadmill or just tough it out", None),
    (20, "11:05", "RACE DONE. 42:18!! PR by almost a minute 🎉🎉", None),
    (20, "11:07", "Lincoln Park Turkey Chase 10k. did the 2 mi warmup before. Went out 6:50 and hung on for dear life", None),
    (20, "11:09", "old plantar fascia didnt make a peep, that thing used to wreck me back in 23", None),
    (20, "11:30", "legs are toast but happy", "Awesome!! How are you feeling?"),
    (21, "09:45", "8 slow recovery miles, 1:16. left hamstring a little tight, maybe a 2", None),
    (21, "09:46", "How many miles did I do this week total? Lost track", None),
    (21, "09:50", "thanks for the help this week coach", None),
    (21, "16:00", "meh same, 2. nothing crazy", "How's the hamstring now?"),
]

C["en-04"] = [
    (15, "10:15", "hey! finished nights this morning 😴 went for a swim at bronte after, 45 mins. no run today", None),
    (15, "10:16", "water was freezing but heaps good for the legs", None),
    (16, "06:40", "10k easy done 56:20 🏃‍♀️ got out before the heat", None),
    (16, "06:41", "is it normal my HR was 165 on an easy run? 🤔", None),
    (17, "20:45", "12km this arvo, it was stinking hot (36 ugh) but had to go at 3 cos of shift. so slow lol", None),
    (18, "09:30", "ok so kinda weird, after the run yesterday arvo i got really dizzy like the world was spinning and i was kinda confused, couldnt remember which street i was on for a sec. and i think id stopped sweating towards the end?? then i spewed when i got home and my wee was like really dark 🙈 prob just dehydrated lol im a nurse i know the drill", None),
    (18, "09:50", "bit of a headache still and wee still darkish tbh. been smashing hydralyte", "How are you feeling today? Any headache, and is your urine back to a normal colour?"),
    (18, "09:52", "can i still do my sat long run? 16k", None),
    (18, "14:00", "yeah keeping it down fine", "Are you able to keep fluids down now?"),
    (19, "08:10", "update: headache gone, wee normal colour now 👍", None),
    (19, "08:12", "also heads up cant run saturday, picked up a double shift. just this week", None),
    (19, "08:15", "if its under 30 sun can i do a short one? like 8k easy", None),
    (20, "22:30", "didnt run today obvs, work was chaos", None),
    (20, "22:32", "oh and the wed run was actually 11k not 12, my watch died and i guessed lol", None),
    (21, "07:45", "8k easy this morning, 48 min, felt fine, no dizziness at all 😊", None),
    (21, "07:46", "went super early, was like 22 degrees", None),
    (21, "07:50", "my housemate ran a half this morning in 1:52!! cheered her at the finish after my run", None),
    (21, "07:52", "reckon we push the long run to next weekend?", None),
    (21, "12:00", "whats my goal time again for canberra? 1:45?", None),
    (21, "12:01", "ta coach ❤️", None),
]

C["en-05"] = [
    (15, "07:30", "Hey coach, question thats been bugging me. I live at like 2,850 m here in Quito. How much should altitude slow my pace? My easy runs feel way harder than back in Portland", None),
    (15, "07:31", "like im running 10:30s and breathing like its 8:30", None),
    (16, "07:50", "5 easy in La Carolina this morning, 47 min. right knee was a bit achy on the downhills, nothing major", None),
    (16, "08:00", "kinda outside/front? hard to say. goes away when im walking on flat", "Where exactly on the knee is it?"),
    (17, "18:20", "Rest day today. Knee is maybe a 3 today, stairs at work bug it a little", None),
    (17, "18:22", "should I ice it or is that old school now", None),
    (18, "06:45", "4 mi easy, 39 min. knee was like a 2 during, fine after", None),
    (18, "06:47", "Oh man I never told you about Monday! Did 7 mi in the Metropolitano, took like 1h10, hills for days", None),
    (18, "21:30", "Ok been thinking. A full marathon at this altitude by June feels like too much, especially w the knee thing. What if I did the Cuenca half instead?", None),
    (18, "21:38", "Yeah lets do it. Cuenca half, April 16th. Would love to go under 1:55", "Do you want me to switch your goal race? What's the date, and do you have a goal time?"),
    (19, "12:00", "chévere, feels better already lol", None),
    (19, "12:05", "tomorrow im gonna try the 6 with strides you had, hopefully knee behaves", None),
    (20, "07:20", "6 mi done, 6x1 min pickups in the middle. 55:40. Knee zero pain today 🙌", None),
    (20, "07:22", "think the knee thing is gone", None),
    (20, "16:00", "my buddy Andrés ran the Últimos Días 15k last year in 1:05 which is insane at this altitude", None),
    (21, "10:30", "No run today, did the ciclopaseo with my daughter instead, like 2 hours on the bike from Carolina down south and back. Shes 9 and crushed me", None),
    (21, "10:32", "gonna do the long run tomorrow instead, maybe 10 mi", None),
    (21, "10:35", "what do you have down about my knee? just wanna make sure u have it right", None),
    (21, "10:36", "also my last race was the 15k right? 1:24 something", None),
    (21, "20:00", "thanks man, really appreciate it", None),
]

C["en-06"] = [
    (15, "06:10", "Good morning! 4 miles easy, 41 minutes. Right shin was a little sore, maybe a 3/10. Probably the new shoes?", None),
    (15, "06:12", "It's the front/inside of the shin, kind of along the edge.", None),
    (16, "12:30", "Schedule update: year-end close at work is starting and Mon/Wed/Fri mornings are basically gone until January. Can we switch my running days to Tue, Thu, Sat, Sun? Starting this week.", None),
    (16, "12:32", "Ugh sorry that's a lot of info lol", None),
    (17, "19:15", "Snuck in 5 miles after work on the treadmill, 52 min. Shin got more sore as I went, maybe a 4 by the end.", None),
    (17, "21:40", "Correction, treadmill said 4.5 not 5. I was rounding in my head 🙃", None),
    (18, "08:05", "Okay so the shin is worse today. It's one spot on the bone now, if I press on it it's like a 7. Walking down the stairs at the office hurts and I'm kind of limping. Can I still do Saturday's 8 if I take today off?", None),
    (18, "08:40", "Tried hopping, ow, yes it hurts. And yes it's one spot, about the size of a quarter.", "Does it hurt to hop on that leg, and is the pain in one spot you could cover with a fingertip?"),
    (18, "08:42", "I really don't want to miss this weekend though.", None),
    (19, "07:00", "Didn't run today obviously.", None),
    (19, "07:05", "Honestly though, I think the plan ramped me too fast. I was at 15 mi a week and it had me at 20 two weeks later. That's 33%!", None),
    (19, "07:06", "Not blaming you. Ok maybe a little lol", None),
    (20, "09:30", "Did 30 min on the elliptical at the gym, no pain at all on it, which is weird", None),
    (20, "09:32", "If it IS a stress fracture how long would I be out? Would Hyannis still be possible?", None),
    (21, "10:00", "Update: went to urgent care yesterday afternoon after the gym. X-ray was clear but the PA said it could be a stress reaction and ordered an MRI for Tuesday. Crutches 'if needed' lol", None),
    (21, "10:02", "Shin's still sore walking around, like a 5 today", None),
    (21, "10:05", "So what's the plan for this week? Just elliptical?", None),
    (21, "10:10", "Also what was my half time from last fall? I want to see how far off my Hyannis goal it was", None),
    (21, "10:12", "My sister in law ran the Philly half today in 1:58, so jealous", None),
    (21, "19:00", "Thanks for talking me off the ledge this week.", None),
]

C["en-07"] = [
    (15, "19:40", "Hiya! No run today but did a spin class after work, 45 mins, absolutely wrecked 😅", None),
    (16, "07:55", "6k easy this morning along the canal, 38 mins. Left hip a wee bit niggly, like a 2, nothing major", None),
    (16, "07:56", "Grand otherwise", None),
    (17, "12:45", "Quick q, is 5:30/km realistic for the 10k in January?? That'd be 55 min", None),
    (17, "12:47", "My sister ran the Dublin marathon last month in 3:48 and now shes insufferable 😂", None),
    (17, "18:00", "ya grand, barely notice it", "How's the hip today?"),
    (18, "07:30", "Did the intervals 🔥 5x400 at like 2:05 each with 200 walk, plus warm up and cool down, 5k total. Deadly", None),
    (18, "07:31", "hip maybe a 1 if I'm being picky", None),
    (19, "20:10", "Parkrun tomorrow! Marlay park. Gonna try and go under 27", None),
    (19, "20:12", "Should I eat before or is it grand to go on empty? It's at 9", None),
    (20, "10:20", "26:41!!!!! PB by 40 seconds 😭😭 I'm buzzing", None),
    (20, "10:22", "jogged there and back too, about 1.5k each way", None),
    (20, "10:23", "and no hip at all, think that's gone 🙌", None),
    (20, "15:30", "ok so hear me out. the girls from run club are all doing Ballycotton 10 mile in March and I want in. Can we make that my goal instead of the 10k? It's Sunday 12th March", None),
    (20, "15:45", "no clue, just wanna get round and not die 😂", "Love it. Do you have a goal time in mind for Ballycotton?"),
    (20, "15:46", "is that too big a jump from 10k? be honest", None),
    (21, "12:30", "No run today. Bit hungover from my friend's 30th 🙈 didn't even attempt it", None),
    (21, "12:32", "what was my pb again, want to put it in my insta bio lol", None),
    (21, "12:33", "and what days am I running next week?", None),
    (21, "12:40", "thanks a mil ❤️", None),
]

C["en-08"] = [
    (15, "16:30", "10k easy 45 min", None),
    (15, "16:31", "legs kinda heavy from the weekend ngl", None),
    (16, "17:45", "10x400 in 68-70 w 200 jog. 3k wu 2k cd", None),
    (16, "17:46", "last one was 66 💀", None),
    (16, "21:10", "12k easy 50 min", None),
    (16, "21:14", "wait nvm thats my teammates run it showed up on my strava feed lol ignore", None),
    (17, "16:20", "8k easy + core", None),
    (17, "16:22", "can i start doing doubles? like everyone on the team does", None),
    (18, "07:05", "6k am before school", None),
    (18, "18:30", "6k again after practice. both easy", None),
    (18, "18:31", "first double 😤", None),
    (19, "15:40", "cant run sat btw, going to ottawa for my grandmas bday. back sun morning", None),
    (19, "15:41", "just this sat", None),
    (20, "20:00", "bro 5 hrs in the car 💀", None),
    (21, "11:30", "went on the don valley trails this morning, slipped on wet leaves and fell, felt like a pop in my right ankle. it swelled up like a golf ball lol prob just rolled it. got like 9k in before", None),
    (21, "11:31", "kinda hobbled home", None),
    (21, "11:50", "not really, i can kinda hop. like 8 when i try to stand on it", "Can you put weight on that foot and walk normally? How bad is the pain, 0-10?"),
    (21, "11:52", "do u think ill be good for practice tmrw", None),
    (21, "11:53", "my mom is making me ice it", None),
    (21, "14:10", "ok were going to urgent care", None),
    (21, "14:11", "whats my goal time for chilly again lol", None),
]

C["en-09"] = [
    (15, "06:55", "12km E done. 1:08", None),
    (15, "06:56", "humid like crazy. HR 155 for E pace, sian", None),
    (16, "07:10", "AM 10k E 58min", None),
    (16, "20:40", "PM track: 2k wu, 6x1k @ 4:30 r90s, 2k cd. total ~10k", None),
    (16, "20:41", "reps 4:31 4:29 4:30 4:28 4:30 4:26", None),
    (17, "20:15", "45min gym at lunch, 8k E after work. done for the day", None),
    (18, "07:30", "rest day. husband finished his first 21k yesterday 2:14, so proud lah", None),
    (18, "07:32", "left glute/hip slightly tight, 2/10. foam rolled", None),
    (18, "07:35", "can I do 45km LR next sat or too much", None),
    (19, "13:00", "bad news. Tarawera cannot make it, work project in Feb. deferred my entry to 2029", None),
    (19, "13:02", "switching to HK100 instead. 22 Jan. target 14h", None),
    (19, "13:10", "ya can. already registered", "Got it, HK100 on 22 Jan with a 14h target. That's three weeks earlier than Tarawera, ok?"),
    (20, "07:00", "5k shakeout, 30min", None),
    (20, "07:01", "race tmr, coastal trail 25k. just training race, not going all out", None),
    (21, "11:45", "Coastal trail 25k done 2:48:10, 3rd F 🥉", None),
    (21, "11:46", "HR was high whole way bcos humidity, legs dead after 18k", None),
    (21, "11:47", "hip fine, no issue", None),
    (21, "19:30", "see plan next week 90km?? after race? too much leh", None),
    (21, "19:32", "last 50k was 5:52 right? can check", None),
    (21, "19:35", "tq coach", None),
]

C["en-10"] = [
    (15, "10:20", "Good morning. 3 miles round the Downs this morning in 36 minutes. Felt fine, nice and steady. Regards, Graham", None),
    (16, "08:40", "Right knee a touch stiff on the stairs this morning (the one they scoped in 2019), nothing to speak of.", None),
    (16, "15:00", "Took the dog out for a 40 minute walk today instead. Question... is porridge a good idea before a run or does it sit too heavy?", None),
    (17, "11:45", "Did 4 m this morning. Something odd on the hill up from the Suspension Bridge... heart went all over the place, fluttering and thumping, and I had to stop. Couldn't get my breath back for a good few minutes, far more than normal. A bit dizzy too. Probably the cold air. Finished it walking.", None),
    (17, "12:30", "No chest pain as such. Heartbeat feels normal now, though it skipped a few times while I was having lunch.", "Thank you for telling me. Did you have any chest pain or pressure, and is your heartbeat normal now?"),
    (17, "12:32", "Shall I still do Saturday?", None),
    (17, "20:10", "Still getting the odd skipped beat this evening, sitting in the chair. Margaret is fussing.", None),
    (18, "09:15", "Margaret has insisted and I've booked the GP for Monday morning. No run today of course. Would a gentle walk be alright in the meantime?", None),
    (18, "09:16", "I should say I did have a similar flutter once last year but it went away and I never mentioned it to anyone.", None),
    (19, "14:30", "30 minute walk with the dog. No problems at all, no fluttering.", None),
    (19, "14:35", "Will do.", "Keep walks gentle and stop if anything comes back. If you get chest pain or feel faint, call 999."),
    (20, "09:00", "Volunteering at Ashton Court parkrun this morning as a marshal, so no running. Wasn't going to anyway.", None),
    (20, "12:00", "Another thing. Our daughter has gone back to work so we're collecting the grandchildren from school Mondays, Wednesdays and Fridays. Could we make my running days Tuesday, Thursday and Sunday from now on?", None),
    (20, "12:05", "Once the GP clears me, naturally.", None),
    (20, "12:10", "If he says it's fine, could I go up to 5 miles next week? I was hoping to be at 8 by Christmas.", None),
    (21, "10:30", "Margaret ran her first parkrun yesterday while I was marshalling... 34:20. I'm very proud.", None),
    (21, "10:35", "Remind me, what was my time at the Bristol 10K in May? I've forgotten.", None),
    (21, "10:36", "And the Bath Half is the 12th of March, isn't it?", None),
    (21, "10:40", "I must say the plan had me down for 5 miles on Saturday, which seemed a lot for me at the moment anyway.", None),
    (21, "18:00", "Thank you for your help this week. I'll let you know what the GP says. Regards, Graham", None),
]


def main():
    tz_of = {p["conv"]: p["timezone"] for p in PROFILES}
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(C):
            tz = ZoneInfo(tz_of[conv])
            prev = None
            for i, (day, hm, text, after) in enumerate(C[conv]):
                h, m = map(int, hm.split(":"))
                dt = datetime(2027, 11, day, h, m, tzinfo=tz)
                assert prev is None or dt > prev, (conv, i)
                prev = dt
                rec = {"conv": conv, "i": i, "lang": "en", "sent_at": dt.isoformat(),
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
