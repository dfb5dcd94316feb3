#!/usr/bin/env python3
"""Pass 2: the runners' side of the week Mon 2027-05-10 .. Sun 2027-05-16.

Writes ../conversations.jsonl and ../profiles.jsonl.
Each message: (MM-DD, HH:MM local, text, after_coach or None).
Written from briefs.md only; no labels are consulted here.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------- profiles
PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Jake Morrison", "age": 34, "timezone": "America/Denver",
     "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Boulder Half Marathon", "date": "2027-09-19",
                   "goal_time": "1:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 25, "longest_run_km": 11,
     "recent_race": {"distance_km": 10, "time": "0:47:50", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "other", "side": "right",
                            "note": "IT band syndrome in 2024, healed", "current": False}]},
    {"conv": "en-02", "lang": "en", "name": "Priya Nair", "age": 29, "timezone": "Asia/Kolkata",
     "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Bengaluru 10K Challenge", "date": "2027-08-15",
                   "goal_time": None},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "beginner",
     "weekly_km": 15, "longest_run_km": 7,
     "recent_race": None,
     "injuries_at_start": []},
    {"conv": "en-03", "lang": "en", "name": "Siobhán Kelly", "age": 45, "timezone": "Europe/Dublin",
     "units": "km",
     "goal_race": {"distance_km": 42.195, "name": "Dublin Marathon", "date": "2027-10-31",
                   "goal_time": "3:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 45, "longest_run_km": 24,
     "recent_race": {"distance_km": 21.0975, "time": "1:47:20", "month": "2027-03"},
     "injuries_at_start": [{"body_part": "foot", "side": "left",
                            "note": "plantar fasciitis 2025, healed", "current": False}]},
    {"conv": "en-04", "lang": "en", "name": "Marcus Bennett", "age": 17, "timezone": "America/Toronto",
     "units": "km",
     "goal_race": {"distance_km": 5.0, "name": "Beaches 5K", "date": "2027-06-20",
                   "goal_time": "0:17:30"},
     "days_per_week": 4, "preferred_days": ["mon", "tue", "thu", "sat"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 14,
     "recent_race": {"distance_km": 5, "time": "0:18:12", "month": "2027-04"},
     "injuries_at_start": [{"body_part": "ankle", "side": "right",
                            "note": "sprained playing basketball in 2025, healed", "current": False}]},
    {"conv": "en-05", "lang": "en", "name": "Linda Park", "age": 65, "timezone": "America/Phoenix",
     "units": "mi",
     "goal_race": {"distance_km": 5.0, "name": "Scottsdale Turkey Trot 5K", "date": "2027-11-25",
                   "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "fri"], "level": "beginner",
     "weekly_km": 8, "longest_run_km": 3,
     "recent_race": None,
     "injuries_at_start": [
         {"body_part": "hip", "side": "right", "note": "hip bursitis 2023, healed", "current": False},
         {"body_part": "knee", "side": "left", "note": "osteoarthritis, mild stiffness", "current": True}]},
    {"conv": "en-06", "lang": "en", "name": "Tom Hargreaves", "age": 52, "timezone": "Australia/Brisbane",
     "units": "km",
     "goal_race": {"distance_km": 50.0, "name": "Glasshouse Mountains 50K", "date": "2027-09-11",
                   "goal_time": "5:30:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "fri", "sat", "sun"], "level": "advanced",
     "weekly_km": 70, "longest_run_km": 38,
     "recent_race": {"distance_km": 42.195, "time": "3:28:40", "month": "2026-07"},
     "injuries_at_start": [{"body_part": "achilles", "side": "left",
                            "note": "achilles tendinopathy 2024, healed", "current": False}]},
    {"conv": "en-07", "lang": "en", "name": "Tan Wei Ling", "age": 38, "timezone": "Asia/Singapore",
     "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Standard Chartered Singapore Half Marathon",
                   "date": "2027-12-04", "goal_time": "2:10:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 16,
     "recent_race": {"distance_km": 10, "time": "1:01:30", "month": "2027-02"},
     "injuries_at_start": []},
    {"conv": "en-08", "lang": "en", "name": "Dan Whitaker", "age": 41, "timezone": "America/Guayaquil",
     "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Medio Maratón de Quito", "date": "2027-06-06",
                   "goal_time": "1:50:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate",
     "weekly_km": 20, "longest_run_km": 13,
     "recent_race": {"distance_km": 21.0975, "time": "1:41:05", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "hamstring", "side": "right",
                            "note": "strain 2022, healed", "current": False}]},
    {"conv": "en-09", "lang": "en", "name": "Emma Clarke", "age": 26, "timezone": "Europe/London",
     "units": "mi",
     "goal_race": {"distance_km": 10.0, "name": "ASICS London 10K", "date": "2027-07-11",
                   "goal_time": "0:38:30"},
     "days_per_week": 5, "preferred_days": ["mon", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 40, "longest_run_km": 16,
     "recent_race": {"distance_km": 10, "time": "0:39:12", "month": "2027-03"},
     "injuries_at_start": [{"body_part": "hamstring", "side": "right",
                            "note": "high hamstring tendinopathy 2025, healed", "current": False}]},
    {"conv": "en-10", "lang": "en", "name": "Ryan O'Connell", "age": 55, "timezone": "America/Chicago",
     "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Chicago Marathon", "date": "2027-10-10",
                   "goal_time": "3:59:59"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 18,
     "recent_race": {"distance_km": 8, "time": "0:38:20", "month": "2027-03"},
     "injuries_at_start": [
         {"body_part": "knee", "side": "left", "note": "meniscus scope 2019, healed", "current": False},
         {"body_part": "calf", "side": "right", "note": "calf strain 2026, healed", "current": False}]},
]

# UTC offsets in force in mid-May 2027 for each runner's zone.
OFFSET = {
    "en-01": "-06:00",  # America/Denver, MDT
    "en-02": "+05:30",  # Asia/Kolkata
    "en-03": "+01:00",  # Europe/Dublin, IST (summer)
    "en-04": "-04:00",  # America/Toronto, EDT
    "en-05": "-07:00",  # America/Phoenix, MST all year
    "en-06": "+10:00",  # Australia/Brisbane, AEST all year
    "en-07": "+08:00",  # Asia/Singapore
    "en-08": "-05:00",  # America/Guayaquil
    "en-09": "+01:00",  # Europe/London, BST
    "en-10": "-05:00",  # America/Chicago, CDT
}

# ---------------------------------------------------------------- conversations
C = {}

C["en-01"] = [
    ("05-10", "07:45", "morning coach ☕ whats on this week? gonna actually hit all 4 days this time lol", None),
    ("05-10", "12:30", "did a lunch lift at the gym, mostly legs, like 45 min. is that ok the day before a tempo??", None),
    ("05-11", "06:10", "ok tempo time. 1 mi wu, 3 @ 7:50, 1 cd right?", None),
    ("05-11", "07:20", "done. 5 mi total, 41:30ish. tempo splits 7:52 7:48 7:45 🔥 weird thing tho, during the 2nd tempo mile my heart kinda fluttered/skipped a few beats and i got lightheaded for like a minute, had to slow down. prob the triple espresso lol", None),
    ("05-11", "07:34", "tbh yeah its happened like twice this month, both on harder runs. no chest pain, didnt pass out. goes away when i slow down",
     "Has that fluttering happened before? Any chest pain or fainting?"),
    ("05-11", "09:02", "i mean i feel totally fine now. can i still do thursdays run or nah", None),
    ("05-12", "18:40", "rest day obv, didnt run. wife just finished her first half marathon 2:14!! so proud of her 😭", None),
    ("05-12", "18:45", "she wants me to do the denver marathon with her in october now lol. thinking about it", None),
    ("05-13", "06:55", "easy 5 this morning, 44 min, felt good, no flutter at all 👍", None),
    ("05-13", "07:00", "also booked a cardiologist appt for the 24th since u keep bugging me lol", None),
    ("05-13", "20:15", "ok its official, signed up for the denver marathon oct 17. thats my goal race now, forget boulder. goal is like 3:50 i guess", None),
    ("05-13", "20:17", "is 3:50 realistic off a 47:50 10k?", None),
    ("05-14", "12:10", "rest day. does the plan change now that its a full?", None),
    ("05-15", "10:45", "RACED the cherry creek 10k this morning!! 46:58 PR 🎉🎉 legs are toast", None),
    ("05-15", "10:47", "heart was fine btw before u ask 😂", None),
    ("05-15", "10:50", "splits were 7:40 7:32 7:35 7:30 7:28 7:31 then kicked the last bit", None),
    ("05-16", "08:30", "skipping the sunday run, legs are dead. took the dog out for a walk tho like 30 min", None),
    ("05-16", "08:32", "whats my goal race again and what pace am i supposed to be training at", None),
    ("05-16", "19:05", "thanks for everything this week coach 🙏 talk tmrw", None),
]

C["en-02"] = [
    ("05-10", "06:40", "Good morning! Done with today's run 🙌 5 km in 36 min, easy pace. It was already 29 degrees at 6 😅", None),
    ("05-10", "06:42", "my right knee felt a tiny bit weird in the last km, like 2/10. nothing major", None),
    ("05-11", "21:10", "tmrw i have a client call 7-9am so i'll have to run at lunch. should be fine na?", None),
    ("05-12", "14:20", "ok that was a mistake 🥵🥵 ran 4k at 1pm, it was like 38 degrees. got super dizzy at the end, everything was spinning and i threw up near the bus stop 🙈", None),
    ("05-12", "14:35", "ya back in office AC. drinking water. still bit dizzy and headache but ok ok",
     "Are you somewhere cool now? Are you drinking, and has the dizziness gone?"),
    ("05-12", "14:37", "knee was ok today btw, maybe 1/10", None),
    ("05-13", "08:15", "so this morning my pee was really dark, like cola colour 😬 is that normal after yesterday??", None),
    ("05-13", "08:16", "not running today obviously", None),
    ("05-13", "19:30", "should i be taking ORS or electrolytes? how much water per day in this heat", None),
    ("05-14", "07:00", "didn't run today either, resting like u said. feeling normal now, pee is normal colour", None),
    ("05-14", "07:02", "btw my roommate did 8k this morning in 50 min, she's so fast 😭 will i ever get to that?", None),
    ("05-14", "21:45", "7.2 km 47:10 avg pace 6:33 🔥🔥", None),
    ("05-14", "21:47", "omg ignore that 🙈 that was Ananya's strava, copy pasted the wrong thing", None),
    ("05-15", "05:50", "can we change my days? only mornings before 7 work now and only tue thu sat sun, office timings changed", None),
    ("05-15", "06:55", "did 4k super early, 28 min, felt ok! much cooler at 5:45. drank ORS before", None),
    ("05-15", "06:57", "no dizziness at all 👍", None),
    ("05-16", "07:30", "5k done ✅ 35:40. knee totally fine now, zero pain", None),
    ("05-16", "07:31", "what was my race again? the 10k in august right? which date", None),
    ("05-16", "07:33", "and if i can't do sat next week because of my cousin's wedding, should i do friday instead?", None),
    ("05-16", "20:00", "thank you coach!! this week was scary but learnt my lesson 🙏", None),
]

C["en-03"] = [
    ("05-10", "19:30", "Hi coach, quick one. Rest day today as planned but my left shin has been a bit tender since Sunday's long run. I'd say 2 out of 10, only really when I press on it. Probably nothing but thought I'd mention it.", None),
    ("05-10", "19:33", "Plantar fasciitis was the last thing that stopped me and that's long gone thank God, so I'm a bit paranoid!", None),
    ("05-11", "07:05", "Is it ok to do the intervals tonight with the shin or should I swap it for an easy one?", None),
    ("05-11", "20:50", "Did the session. 2k warm up, 5 x 1km at 4:55 with 90 sec jog, 2k cool down. About 10k all in, 55 minutes. Reps were 4:58, 4:54, 4:55, 4:52, 4:50 so I'm delighted with that. Shin was a 3/10 after, bit more sore than yesterday.", None),
    ("05-12", "17:15", "Swam 40 mins in Markievicz instead of running, shin felt grand in the water", None),
    ("05-12", "17:16", "My husband Declan is doing the Great Ireland Run next month, he ran 8k today in 42 mins and is insufferable about it 😂", None),
    ("05-13", "13:05", "Right so the shin is worse. It's one spot on the inside of the bone about a hand above the ankle, really sore when I press it. I was limping going up the stairs to my classroom this morning. Honestly a 7 now.", None),
    ("05-13", "13:25", "Yes it woke me last night actually, throbbing. Bit of swelling too I think, it looks puffy compared to the right one.",
     "Does it hurt at rest or at night, and is there any swelling?"),
    ("05-13", "13:27", "Not running tonight obviously. Will I be ok for Saturday's long run do you think?", None),
    ("05-13", "21:00", "Booked in with the GP tomorrow at 10.", None),
    ("05-14", "12:40", "GP thinks it could be a stress reaction, she's sending me for an MRI next week. No running till then she said. Feck.", None),
    ("05-14", "12:45", "Anyway I wouldn't have made Saturday's long run either way, Aoife has a camogie match in Kilkenny so I'm driving.", None),
    ("05-14", "12:50", "And to be honest the plan had me doing 28k on Sunday after a 45k week, that's a big jump is it not? No wonder my shin is cross with me", None),
    ("05-15", "09:30", "Can I do anything at all? Bike? Pool? Going a bit mad here", None),
    ("05-15", "18:10", "Did 30 mins on the bike in the gym this morning, zero pain on the shin while doing it. Then stood on the sideline for two hours in Kilkenny which it did not love 🙄 maybe a 4 tonight.", None),
    ("05-15", "18:12", "If it is a stress fracture would I still make Dublin in October?", None),
    ("05-16", "10:00", "Swam 45 mins this morning, 1800m. Shin about a 3 today.", None),
    ("05-16", "10:02", "Out of curiosity, if I have to pull out of Dublin what would you think of Valencia in December instead?", None),
    ("05-16", "10:05", "What was my half time again from March? I want to tell Declan I'm still faster than him 😄", None),
    ("05-16", "10:30", "Thanks a million for the help this week, really appreciate it.", None),
]

C["en-04"] = [
    ("05-10", "16:50", "track done 🔥", None),
    ("05-10", "16:51", "6x400 avg 78 w 200 jog, 2k wu 2k cd so like 7.5k total", None),
    ("05-10", "16:55", "my friend jay ran 16:40 in the 5k at the meet sat. insane", None),
    ("05-11", "18:20", "8k easy", None),
    ("05-11", "18:22", "wait nvm it was 9 not 8, forgot the loop to the store", None),
    ("05-11", "18:23", "like 45 min", None),
    ("05-12", "07:10", "is 78s per 400 fast enough for 17:30", None),
    ("05-13", "11:15", "10k this morning w the team. around 6k my left foot went numb, like pins n needles on top", None),
    ("05-13", "11:16", "its still numb rn and that was like 4 hrs ago lol", None),
    ("05-13", "11:30", "ya still numb on top. i can move it fine and walk normal",
     "Is it numb right now? Any weakness, or trouble lifting the front of your foot?"),
    ("05-13", "11:32", "laces were super tight tho maybe thats it", None),
    ("05-13", "21:00", "not doing anything tmrw obv", None),
    ("05-14", "07:30", "foot is better, like 80% feeling back. still tingly on the big toe side", None),
    ("05-14", "07:31", "coach said see the athletic therapist at school so im going at lunch", None),
    ("05-14", "15:10", "therapist said prob a nerve thing from the laces + tight calf. no running till sunday at least", None),
    ("05-15", "10:00", "no run today 😤", None),
    ("05-15", "10:01", "bruh can i at least bike", None),
    ("05-15", "16:30", "biked 40 min w my dad, foot didnt go numb 👍", None),
    ("05-16", "12:00", "theres a 3000m at the school meet thursday, can i race it if the foot is fine? wanna go under 9:50", None),
    ("05-16", "12:02", "also whats my 5k goal again lol 17:30 or 17:45", None),
    ("05-16", "12:05", "k thx", None),
]

C["en-05"] = [
    ("05-10", "06:35", "Good morning! I did my walk-run this morning, 1 minute running and 2 minutes walking. 2.5 miles in 40 minutes. Hubby came along on his bike 🙂", None),
    ("05-10", "06:37", "My left knee was a little stiff at the start, the arthritis, maybe a 2. Loosened up after the first mile.", None),
    ("05-10", "15:00", "Question for you, is it alright to take ibuprofen before my runs for the knee?", None),
    ("05-12", "07:10", "Walk-run done, 2 miles, about 34 minutes. It was already 84 degrees when we finished, we need to go earlier!", None),
    ("05-12", "07:12", "I did have a funny tightness across my chest during one of the running bits, like a band squeezing. Went away when I walked. I think it was just the heat, no big deal.", None),
    ("05-12", "07:30", "Now that you mention it my left arm felt a bit heavy for a minute. I was sweaty but it was hot out. I feel fine now, really.",
     "Did the tightness spread anywhere, like your arm, jaw or back? Were you short of breath or sweaty?"),
    ("05-12", "07:45", "I'm a retired nurse, I know the signs, I don't want to make a fuss 🙂", None),
    ("05-12", "19:20", "Okay okay, my daughter made me call the doctor. They want me to come in tomorrow for an ECG.", None),
    ("05-13", "16:00", "ECG was normal but they are sending me for a stress test on the 20th. No running until then they said, walking is ok.", None),
    ("05-13", "16:05", "I went to water aerobics this morning too, 45 minutes, took it gentle.", None),
    ("05-13", "16:08", "Since I'm doing water aerobics Monday, Wednesday and Friday from now on, can we move my walking days to Tuesday, Thursday and Saturday?", None),
    ("05-14", "08:00", "Walked 2 miles with Bill this morning, no running, nice and flat. No chest trouble at all.", None),
    ("05-14", "08:02", "His sister did Pat's Run last month, 4.2 miles, and she's 70! Gives me hope 😄", None),
    ("05-14", "12:00", "What should my heart rate be when I walk?", None),
    ("05-15", "07:00", "Rest day, I didn't do anything today except gardening.", None),
    ("05-15", "07:05", "Can you remind me what race I signed up for? I told my friend Carol but I couldn't remember the date.", None),
    ("05-15", "07:10", "If the stress test is fine, could I go back to the 1 minute/2 minute plan right away or should I start over?", None),
    ("05-16", "06:30", "Walked 3 miles in 58 minutes with Bill, my longest walk ever! Knee no pain at all today.", None),
    ("05-16", "06:32", "Oh I made a mistake earlier, Wednesday was 2.25 miles not 2, I checked the app on my phone.", None),
    ("05-16", "06:35", "Thank you for looking after me this week. Linda", None),
]

C["en-06"] = [
    ("05-11", "05:15", "Morning mate. Hills this morning up Mt Coot-tha, 8 x 2 min hard with jog down recoveries. 14k all up, 1:15.", None),
    ("05-11", "05:17", "Legs are cooked but in a good way", None),
    ("05-12", "18:30", "Rode to work and back, fifty min total on the bike. Then ten k easy in the arvo along the river, 52 min. Double dipping 💪", None),
    ("05-12", "18:31", "Oh and forgot to say, Monday I did a recovery jog, eight k, nothing flash, about 45 min", None),
    ("05-13", "19:00", "Not on the plan but did a yoga class with the missus tonight, 1 hour. Hamstrings are tighter than a fish's backside", None),
    ("05-13", "19:02", "What's the go with salt tabs for the 50? I reckon I cramped at the Gold Coast cause I didn't take any", None),
    ("05-14", "06:00", "Skipped today, plan said 8 easy but work's flat out. Saturday long run still on.", None),
    ("05-14", "06:02", "Honestly why's the plan got 32k on the Saturday then 18k on the Sunday? Back to backs are fine but a 50k weekend four months out seems heaps", None),
    ("05-15", "14:40", "Bit of drama. Rolled my right ankle at about 25k coming down the Glass House trail, went down hard on the rocks. Heard a crack. Hobbled the last 7k out to the car park. Total was 32k in 3:40 but the last bit was more of a limp than a run", None),
    ("05-15", "14:55", "Nah can't put weight on it now it's cooled down. Swollen like a grapefruit and going purple. 8 outta 10 when I try to stand",
     "Can you put weight on it now? Is it swollen? Pain out of 10?"),
    ("05-15", "15:00", "Ice and feet up for now. She'll be right probably", None),
    ("05-15", "20:30", "Mate of mine did the Kokoda 50k last month in 6 hours flat with a dodgy knee, so don't write me off yet 😂", None),
    ("05-16", "07:10", "Didn't sleep much, throbbing all night. Still can't weight bear, Jen's driving me to get it x-rayed at the hospital this morning", None),
    ("05-16", "11:45", "X-ray says avulsion fracture of the fibula, moon boot for 4-6 weeks. Bugger.", None),
    ("05-16", "11:47", "So what does that mean for Glasshouse? Sept 11 is what, 17 weeks away", None),
    ("05-16", "11:50", "If I can't get the training in could I do the 30k instead of the 50? They run one the same day", None),
    ("05-16", "12:05", "What's my longest run on the books with you, 38k was it?", None),
    ("05-16", "12:30", "Righto, decision made. Dropping down to the Glasshouse 30k, same day Sept 11. Just want to get round, no time goal", None),
    ("05-16", "12:32", "Can I still ride the bike with the boot on?", None),
    ("05-16", "18:00", "Thanks mate, appreciate you keeping me honest. Catch ya tomorrow", None),
]

C["en-07"] = [
    ("05-10", "22:40", "hi coach, v busy week, month-end closing 😩 will try my best", None),
    ("05-11", "21:30", "ok did 6km at east coast park just now, 40min. easy pace. v humid", None),
    ("05-11", "21:31", "calf a bit tight, like 1/10 only", None),
    ("05-12", "07:05", "ran 8k this morning 51min 💪", None),
    ("05-12", "07:20", "eh sorry ignore that, wrong chat. that one was my husband's run for the family group lol. i didn't run today", None),
    ("05-12", "07:22", "he ran 8k once and now he thinks he can do the half with me 🙄", None),
    ("05-13", "22:15", "treadmill at office gym 5k, 33min, then some weights 20min", None),
    ("05-13", "22:16", "calf ok already. no more tight", None),
    ("05-13", "22:20", "coach, change my race. my company sponsoring a team for the Gold Coast half marathon on 4 July, so that one is the new target. target 2:05. is that ok with 7 weeks only?", None),
    ("05-14", "23:00", "sian, still at office. no run today", None),
    ("05-14", "23:02", "sunday got a 10k race, ShePower. registered long ago. should i go all out or just run easy?", None),
    ("05-15", "10:00", "today also cannot, cousin's wedding lunch. skip ok?", None),
    ("05-15", "10:05", "what pace i should start at tmr? my last 10k was 1:01 something right?", None),
    ("05-16", "09:40", "DONE!! 58:47 for the 10k 🥳🥳 PB by more than 2 min", None),
    ("05-16", "09:42", "v hot and humid, HR super high the whole way, like 180+ but i felt ok lah. sweated buckets", None),
    ("05-16", "09:43", "no dizzy no nothing, drank at every station", None),
    ("05-16", "09:45", "my friend Jas did 52 min she's crazy fast", None),
    ("05-16", "14:00", "legs v sore now haha. calf fine, quads like 3/10", None),
    ("05-16", "14:02", "tomorrow rest or can jog a bit?", None),
    ("05-16", "21:30", "thanks coach! see u tues", None),
]

C["en-08"] = [
    ("05-10", "07:30", "buenos días coach! 4 miles easy around La Carolina this morning, 42 min. altitude is kicking my butt dude, that's like 10:30 pace lol. at sea level that'd be 8:45", None),
    ("05-10", "07:32", "how long till i adapt to 2850m?", None),
    ("05-10", "21:10", "oh and did like 20 min of yoga off youtube tonight, hips are tight", None),
    ("05-11", "19:00", "walked up to the teleférico with some coworkers after school, maybe an hour and a half? not a run just walking", None),
    ("05-12", "07:50", "ok something weird happened. going up toward Guápulo i got crazy out of breath, way way more than i should for an easy pace, like gasping. had to sit on the curb and my vision went grey for a few secs, thought i was gonna pass out. did 5 miles total, walked a chunk of the end", None),
    ("05-12", "08:05", "no chest pain, heart was pounding but i think normal pounding? just couldn't get air. feel ok now, bit of a headache",
     "Any chest pain or pressure, or a racing or irregular heartbeat? How do you feel now?"),
    ("05-12", "08:07", "probably just the altitude right? everyone here says it takes weeks", None),
    ("05-13", "12:15", "btw yesterday was actually 4.5 not 5, checked strava, it autopaused when i sat down", None),
    ("05-13", "12:17", "saw the school nurse, she checked my sats, 91% which she says is normal-ish for Quito. wants me to see a doctor if it happens again", None),
    ("05-13", "12:20", "can't run friday btw, we have the school's día de la familia thing all day", None),
    ("05-13", "18:40", "what's the plan say for sunday? please don't say 10 miles lol", None),
    ("05-14", "17:00", "ok i see it. 10 miles at 9:45 pace at 2850m?? dude, 2 days after i almost passed out? that's a lot", None),
    ("05-14", "17:05", "my buddy Andrés ran 10 miles here last weekend like it was nothing, these quiteños are built different", None),
    ("05-15", "10:30", "thinking of hiking Rucu Pichincha tmrw instead of the long run, is that dumb?", None),
    ("05-16", "15:20", "did the Rucu hike! 4 hours up and down, made it to 4,680m 🏔️ took it slow, no breathing issues except normal huffing", None),
    ("05-16", "15:22", "no dizziness no grey vision, promise 😅", None),
    ("05-16", "15:25", "when's my race again? june 6? and what was my goal time, 1:50?", None),
    ("05-16", "15:28", "honestly if the altitude keeps wrecking me i might just jog the half for fun and not race it. thoughts?", None),
    ("05-16", "20:00", "hey one more thing, can we change my days? mon wed fri sun isn't working w the school schedule, tuesday thursday saturday sunday would be way better", None),
    ("05-16", "20:02", "gracias coach, chévere talking to you", None),
]

C["en-09"] = [
    ("05-10", "09:15", "Post nights so knackered but got 6 easy in, 48 mins. Regent's Park loop x2", None),
    ("05-10", "09:17", "what's the plan for wed? track or tempo?", None),
    ("05-11", "20:00", "Rota's changed for the next few months so can we do tues, wed, fri, sat and sun from now on? mon and thu are clinic days", None),
    ("05-12", "08:10", "5 easy this am before work, 41 min", None),
    ("05-12", "20:45", "and track tonight w the club: 6 x 1k @ 3:45, 3:44, 3:46, 3:43, 3:42, 3:40 on 90s jog. 2 mi wu 1.5 cd. about 8 mi all in", None),
    ("05-12", "20:47", "proper happy with that, last one felt smooth", None),
    ("05-13", "13:00", "left calf a bit tight today, 2/10, prob from the spikes", None),
    ("05-13", "13:02", "is 6:05/mi right for tempo or should it be quicker? feels a bit slow", None),
    ("05-13", "19:00", "didn't run today, clinic day", None),
    ("05-14", "07:30", "30 min yoga, calf more like 1/10 now", None),
    ("05-14", "07:33", "no run today, resting before parkrun", None),
    ("05-14", "07:35", "if I go sub 18 tomorrow does that change my 10k target?", None),
    ("05-15", "10:05", "parkrun done, 18:11 at Hackney Marshes, 3rd woman 🙌 windy af on the back straight", None),
    ("05-15", "10:07", "legs felt heavy from wed tbh", None),
    ("05-15", "10:10", "housemate ran Brighton marathon last month in 3:29 and has been unbearable since", None),
    ("05-16", "11:30", "long run ✅ 13 mi in 1:38, kept it chatty. calf totally gone, no tightness at all", None),
    ("05-16", "11:32", "what's my 10k PB on file? think i told u 39:12", None),
    ("05-16", "11:35", "also the plan has 50 mi next week?? with 3 night shifts? no chance", None),
    ("05-16", "11:40", "next sat I might do the Hackney half as a training run instead of parkrun, thoughts?", None),
    ("05-16", "11:41", "cheers", None),
]

C["en-10"] = [
    ("05-10", "21:30", "HEY COACH... back from Dallas finally. no run today, travel day. plane food 🤢", None),
    ("05-11", "06:15", "6 miles easy on the treadmill at the Y... 55 min. knees felt good 👍", None),
    ("05-11", "06:17", "the meniscus thing from 2019 hasnt bugged me in years knock on wood", None),
    ("05-12", "12:00", "Question... for the 6x800 tmrw the plan says 3:40 per rep which seems FAST for a 4 hr guy??", None),
    ("05-12", "18:30", "wife did her 5 mile loop tonight in 50 min, shes getting quicker than me lol", None),
    ("05-13", "07:10", "Ok so... bad news. Doing the 800s at the high school track, on number 5 I felt a POP in my right calf like somebody kicked me from behind. stopped right away", None),
    ("05-13", "07:12", "limping pretty good walking back to the car... cant go up on my toes on that side", None),
    ("05-13", "07:25", "7 maybe. worse when i walk. bit swollen yeah",
     "On a scale of 0-10 how bad is the pain right now? Any swelling or bruising?"),
    ("05-13", "07:30", "had a calf strain on this same leg last year and it wasnt this bad", None),
    ("05-13", "12:00", "icing it at my desk. wrapped it with an ACE bandage", None),
    ("05-14", "08:00", "Woke up with a big purple bruise down by the ankle... calf swollen and tight. pain's down to a 6 but still limping", None),
    ("05-14", "08:05", "got an appt with the sports med doc monday the 17th", None),
    ("05-14", "19:00", "not running obviously... what can I do to keep fitness, can I swim?", None),
    ("05-15", "09:00", "Been thinking... even if its a small tear Im not gonna be marathon ready by Oct 10. FORGET CHICAGO. switching to the Indianapolis Monumental half, Nov 6. Goal 1:50.", None),
    ("05-15", "09:05", "the plan still had 20 miles on the 29th btw... glad Im not doing THAT one", None),
    ("05-15", "14:00", "swam 20 min at the Y, just pulling with a buoy, no kicking. calf ok in the pool", None),
    ("05-16", "10:00", "Sunday... usually my long run day 😢 no run again", None),
    ("05-16", "10:02", "what did you have down as my Shamrock time? 38 something?", None),
    ("05-16", "10:05", "if the doc says its just a strain how soon could I run again?", None),
    ("05-16", "10:10", "thanks coach... youre the only one who listens to me whine lol 👍", None),
]


def main():
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(C):
            for i, (md, hm, text, after) in enumerate(C[conv]):
                row = {"conv": conv, "i": i, "lang": "en",
                       "sent_at": f"2027-{md}T{hm}:00{OFFSET[conv]}",
                       "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(PROFILES), "profiles,", sum(len(v) for v in C.values()), "messages")


if __name__ == "__main__":
    main()
