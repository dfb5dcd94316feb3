#!/usr/bin/env python3
"""Generates ../conversations.jsonl and ../profiles.jsonl (English set v23-en).

Each message is (local time "YYYY-MM-DD HH:MM", text, after_coach or None).
The UTC offset in sent_at is computed from the runner's IANA timezone with zoneinfo,
so daylight-saving changes (US/Canada on Sun 2028-03-12) come out right.
"""
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

MARATHON = 42.195
HALF = 21.0975

PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Marcus Bell", "age": 41, "timezone": "America/Chicago",
     "units": "mi",
     "goal_race": {"distance_km": MARATHON, "name": "Illinois Marathon", "date": "2028-04-29", "goal_time": "3:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 16,
     "recent_race": {"distance_km": HALF, "time": "1:44:10", "month": "2027-10"},
     "injuries_at_start": [{"body_part": "other", "side": "right", "note": "IT band syndrome 2025, healed", "current": False}]},
    {"conv": "en-02", "lang": "en", "name": "Priya Nair", "age": 28, "timezone": "Asia/Kolkata",
     "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "TCS World 10K Bengaluru", "date": "2028-04-23", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["tue", "thu", "sat"], "level": "beginner",
     "weekly_km": 12, "longest_run_km": 5,
     "recent_race": None,
     "injuries_at_start": []},
    {"conv": "en-03", "lang": "en", "name": "Siobhan Kelly", "age": 52, "timezone": "Europe/Dublin",
     "units": "km",
     "goal_race": {"distance_km": HALF, "name": "Great Limerick Run Half Marathon", "date": "2028-05-07", "goal_time": "2:05:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 16,
     "recent_race": {"distance_km": 10.0, "time": "0:55:40", "month": "2027-11"},
     "injuries_at_start": [{"body_part": "foot", "side": None, "note": "plantar fasciitis 2025, healed", "current": False}]},
    {"conv": "en-04", "lang": "en", "name": "Tyler Nguyen", "age": 17, "timezone": "America/Chicago",
     "units": "mi",
     "goal_race": {"distance_km": 10.0, "name": "Capitol 10,000", "date": "2028-04-09", "goal_time": "0:36:30"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "fri", "sat"], "level": "advanced",
     "weekly_km": 35, "longest_run_km": 10,
     "recent_race": {"distance_km": 5.0, "time": "0:17:50", "month": "2027-11"},
     "injuries_at_start": []},
    {"conv": "en-05", "lang": "en", "name": "Grace Tan", "age": 36, "timezone": "Asia/Singapore",
     "units": "km",
     "goal_race": {"distance_km": 100.0, "name": "Sundown Ultramarathon 100K", "date": "2028-05-27", "goal_time": "11:30:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 70, "longest_run_km": 42,
     "recent_race": {"distance_km": MARATHON, "time": "3:28:40", "month": "2027-12"},
     "injuries_at_start": [{"body_part": "foot", "side": "left", "note": "plantar fascia 2024, healed", "current": False}]},
    {"conv": "en-06", "lang": "en", "name": "Dave Whitaker", "age": 65, "timezone": "Europe/London",
     "units": "mi",
     "goal_race": {"distance_km": 10.0, "name": "Harewood House 10K", "date": "2028-05-14", "goal_time": "1:05:00"},
     "days_per_week": 3, "preferred_days": ["tue", "thu", "sat"], "level": "beginner",
     "weekly_km": 12, "longest_run_km": 5,
     "recent_race": {"distance_km": 5.0, "time": "0:31:20", "month": "2027-12"},
     "injuries_at_start": [{"body_part": "knee", "side": "left", "note": "keyhole (arthroscopic) surgery 2019, healed", "current": False}]},
    {"conv": "en-07", "lang": "en", "name": "Chloe Martin", "age": 25, "timezone": "Australia/Sydney",
     "units": "km",
     "goal_race": {"distance_km": HALF, "name": "SMH Half Marathon", "date": "2028-05-21", "goal_time": "1:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 18,
     "recent_race": {"distance_km": 10.0, "time": "0:48:55", "month": "2027-11"},
     "injuries_at_start": []},
    {"conv": "en-08", "lang": "en", "name": "Ben Okafor", "age": 45, "timezone": "America/Toronto",
     "units": "km",
     "goal_race": {"distance_km": MARATHON, "name": "Mississauga Marathon", "date": "2028-05-07", "goal_time": "3:30:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 45, "longest_run_km": 28,
     "recent_race": {"distance_km": HALF, "time": "1:39:20", "month": "2027-09"},
     "injuries_at_start": [{"body_part": "calf", "side": "left", "note": "calf strain 2024, healed", "current": False}]},
    {"conv": "en-09", "lang": "en", "name": "Megan Russo", "age": 30, "timezone": "America/Guayaquil",
     "units": "mi",
     "goal_race": {"distance_km": MARATHON, "name": "Maratón Internacional de Quito", "date": "2028-06-04", "goal_time": None},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate",
     "weekly_km": 22, "longest_run_km": 13,
     "recent_race": {"distance_km": HALF, "time": "2:08:30", "month": "2027-08"},
     "injuries_at_start": []},
    {"conv": "en-10", "lang": "en", "name": "Linda Park", "age": 58, "timezone": "America/Los_Angeles",
     "units": "mi",
     "goal_race": None,
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
     "weekly_km": 8, "longest_run_km": 3,
     "recent_race": None,
     "injuries_at_start": [{"body_part": "other", "side": "right", "note": "wrist fracture 2021 (fall on ice), healed", "current": False}]},
]

C = {}

C["en-01"] = [
    ("2028-03-06 06:45", "morning coach. rest day today right? tax season has me at the office till 9 every night so heads up i might be slow to reply this week", None),
    ("2028-03-06 21:40", "didnt get out today anyway, legs feel fine tho", None),
    ("2028-03-07 06:10", "about to head out for the tempo thing, its 3x2mi @ 8:05 right?", None),
    ("2028-03-07 07:35", "done. 1 mi wu, 3x2 @ 8:07, 8:03, 8:01 w 2 min jog, 1 mi cd. 8.2 total on the watch, 1:11:40. cold af, 19 degrees 🥶", None),
    ("2028-03-08 12:20", "random q. during the last rep yesterday my chest got kinda tight, like a squeezing thing. probably just the cold air right? been fine since", None),
    ("2028-03-08 12:52", "maybe 4-5 min? eased off when i slowed to the jog. little lightheaded but i was going hard so idk. nothing in the arm",
     "How long did the tightness last, and did you feel dizzy or short of breath, or notice it spreading to your arm, neck or jaw?"),
    ("2028-03-08 13:05", "ok ok i hear u. my wife is a nurse she said the same thing lol. ill call my doc but honestly its tax season, can i at least do easy runs till i get in?", None),
    ("2028-03-09 07:00", "didnt run this morning. got an appt tmrw at 4", None),
    ("2028-03-09 19:30", "wife ran 6 miles tonight and i walked the dog 30 min w her for the first bit lol", None),
    ("2028-03-10 17:45", "doc visit done. EKG normal, she wants a stress test next wed but said easy running is ok till then as long as no symptoms. so... easy only?", None),
    ("2028-03-10 17:50", "also can we move my runs to mon wed sat sun until mid april. tue thu are dead for me w clients", None),
    ("2028-03-11 08:05", "so the plan says 18 mi today, thats not happening is it", None),
    ("2028-03-11 08:15", "fine. 10 easy. sigh",
     "Not with the stress test still pending. Keep it to 8-10 easy miles, conversational, and stop straight away if anything comes back in your chest."),
    ("2028-03-11 10:20", "10.3 mi, 1:39:52, super easy, HR never over 145. no chest stuff at all 👍", None),
    ("2028-03-11 10:24", "actually wait lemme check strava... its 10.1. the watch added the bit in the parking lot", None),
    ("2028-03-11 16:00", "how much should i be eating on long runs btw. i usually take 2 gels on anything over 16 and i bonk around mile 15 every time", None),
    ("2028-03-12 09:30", "clocks went forward and i lost an hour of sleep lol. did 4 recovery miles 41 min, legs good", None),
    ("2028-03-12 09:32", "whats my goal time again for illinois? 3:45 or 3:40? i forget what we said", None),
    ("2028-03-12 20:15", "if the stress test comes back clean could we still do the 20 miler next weekend or is that too much", None),
    ("2028-03-12 20:16", "thanks for looking out this week btw 🙏", None),
]

C["en-02"] = [
    ("2028-03-06 08:10", "Good morning coach 😊 weekend was hectic, didn't do anything only. what is the plan this week?", None),
    ("2028-03-06 08:25", "Ok so tmrw is the walk-run 1 min run 1 min walk x 15 na?",
     "Three walk-run sessions this week: Tuesday, Thursday and Saturday. Today is a rest day."),
    ("2028-03-07 06:50", "Done!! 1 min run 1 min walk 15 times, plus 5 min walk warmup. Total 35 min, 3.6 km as per strava", None),
    ("2028-03-07 06:52", "my calves are little tight, like 2/10. normal?", None),
    ("2028-03-08 13:00", "Yoga class at lunch today, 45 mins. calves feel better after", None),
    ("2028-03-09 19:45", "Sorry coach couldn't go in morning, had early standup call 😩 went in evening around office campus, 2 min run 1 min walk x 10. 30 min, 3.4km. it was sooo hot even at 6pm", None),
    ("2028-03-09 19:47", "calves 0 today btw 🙌", None),
    ("2028-03-10 12:30", "my colleague Arjun did 10k in 58 min yesterday 😳 will I ever be that fast lol", None),
    ("2028-03-10 12:40", "also is 8 min/km ok pace for me for the 10k race or too slow? I just want to finish honestly", None),
    ("2028-03-11 16:40", "Did my run at 2:30 today bcoz morning had a family function. It was 34 degrees 🥵 did 4 km walk run, 42 min", None),
    ("2028-03-11 16:42", "felt bit off after. vomited once when I reached home and head is spinning a little. I think something I ate at the function 😅", None),
    ("2028-03-11 16:55", "drinking ORS now. still bit dizzy when I stand up. I wasn't really sweating at the end now that u ask, my skin was dry and hot",
     "Are you able to keep fluids down? Is the dizziness getting better or worse, and were you still sweating at the end of the run?"),
    ("2028-03-11 17:30", "ok my mom is here, she's making me lie down with wet towel. will update", None),
    ("2028-03-12 08:15", "Morning. feeling better, slept 10 hrs. but urine was very dark this morning like tea colour. drinking lots now", None),
    ("2028-03-12 08:20", "can I do my walk-run tomorrow if I feel ok? or should I wait", None),
    ("2028-03-12 08:45", "ok ok I'll go to the clinic near home at 11. not doing anything today promise 🙏",
     "Please get checked by a doctor today, dark urine after yesterday's symptoms needs a proper look. No running until they've seen you."),
    ("2028-03-12 14:10", "doctor said mild dehydration + heat exhaustion, rest 3 days and lots of fluids. no running till wednesday", None),
    ("2028-03-12 14:12", "so can we change my days? I'll run mornings only from now, Mon Wed Fri is better bcoz weekends are always family stuff", None),
    ("2028-03-12 14:13", "and what was the 10k date again? 23rd april?", None),
    ("2028-03-12 14:20", "thank you coach for checking on me yesterday ❤️", None),
]

C["en-03"] = [
    ("2028-03-06 19:30", "Hi coach, grand weekend! Did the long run on Sunday in the end, 14k, bit of a slog into the wind on the seafront. 1:29 or so", None),
    ("2028-03-06 19:32", "Left achilles a bit sore this morning getting out of bed, 3/10 maybe. Eases off once I'm moving", None),
    ("2028-03-07 07:05", "Is it ok to run on it today? the plan has 8k easy", None),
    ("2028-03-07 07:20", "Grand so, will go after school",
     "If it stays at 3/10 or less and eases as you warm up, an easy 8k is fine. Stop if it gets worse during the run."),
    ("2028-03-07 17:50", "8.2k in 52:30, kept it very easy. achilles 2/10 at the start then nothing", None),
    ("2028-03-08 20:10", "Rest day from running but did a swim at the leisure centre, 30 mins of lengths. Lovely", None),
    ("2028-03-09 07:00", "Oh I never told you, Monday I did a 5k jog with the school running club kids at lunch, 35 min, very slow 😂 does that mess up the plan?", None),
    ("2028-03-09 17:40", "Intervals done! 2k warm up, 6 x 800 in 4:10-4:15 with 400 jog, 2k cool down. 11k all in", None),
    ("2028-03-10 08:10", "Achilles fine two mornings in a row now, think it's sorted 🤞", None),
    ("2028-03-10 08:12", "Also I can't do the long run Saturday, I've a school trip to Galway. Can I swap it to Sunday?", None),
    ("2028-03-10 08:30", "Perfect thanks",
     "No problem, move the long run to Sunday and keep Saturday as a rest day."),
    ("2028-03-10 21:15", "Ok big news. Me and the girls from the club are all doing the Cork half instead of Limerick, June 4th. Can you change my goal to that? Aiming for sub 2 this time 💪", None),
    ("2028-03-11 19:40", "No run today obviously, on my feet all day in Galway with 30 kids 😵", None),
    ("2028-03-12 11:30", "Long run done 16k 1:44:20. Legs were heavy the last 3k but ok. My daughter came on the bike with me for the first half", None),
    ("2028-03-12 11:32", "no achilles at all, just general tiredness", None),
    ("2028-03-12 11:35", "what's the longest run going to be in the plan for Cork? I did 18k max before Limerick in 2025 and my plantar fasciitis flared, that's all cleared up now thank god", None),
    ("2028-03-12 11:50", "if I ran 1:58 would that get me anywhere in my age group do you think lol", None),
    ("2028-03-12 11:55", "Also what pace is sub 2 for a half? 5:40?", None),
    ("2028-03-12 20:00", "Just realised the Monday jog with the kids was actually 4k not 5k, the loop is shorter than I thought", None),
    ("2028-03-12 20:02", "Night coach, good week 😊", None),
]

C["en-04"] = [
    ("2028-03-06 16:45", "ran w the team after school 7 mi easy. 52 min", None),
    ("2028-03-06 16:46", "right shin kinda sore ngl like 3/10", None),
    ("2028-03-07 17:10", "workout was 6x1k @ 3:22-3:25 w 90s rest. 7 mi total w wu cd", None),
    ("2028-03-08 07:15", "shin kinda worse this morning. theres one spot on the inside that hurts when i press it. like 5", None),
    ("2028-03-08 07:22", "yea like one spot on the bone. walking is fine. hopping hurts lol didnt try much",
     "Is the pain in one small spot on the bone, or spread along the muscle? Does it hurt to walk or to hop on that leg?"),
    ("2028-03-08 15:30", "coach says we r doing 400s today. can i just do them and see", None),
    ("2028-03-08 18:00", "didnt run. did the bike in the trainer room 40 min instead like u said", None),
    ("2028-03-09 17:00", "bike again 45. shin like 4 today", None),
    ("2028-03-10 07:30", "shin feels way better today fr. like 2. i can race tmrw right?? its just a 5k", None),
    ("2028-03-10 07:45", "bro its a 5k 😭",
     "Focal pain on the bone is the one thing I can't clear you to race on. Please skip tomorrow and get the shin looked at first."),
    ("2028-03-11 11:20", "ok i raced. 17:41. pr by 9 sec 🔥🔥", None),
    ("2028-03-11 11:22", "shin hurt the last mile ngl. now im kinda limping lol its like a 7", None),
    ("2028-03-11 11:40", "can walk but it hurts every step. my moms driving me to urgent care 🙄",
     "Can you put full weight on it and walk normally? Please don't run on it at all."),
    ("2028-03-11 15:10", "they did an xray says nothing broken but might be a stress reaction, need MRI. gotta wear a boot for now 😭😭", None),
    ("2028-03-11 15:12", "how long am i out for a stress reaction usually", None),
    ("2028-03-12 10:00", "can i still do cap 10k?? its april 9", None),
    ("2028-03-12 10:02", "if its just a reaction and not a fracture could i be back in like 3 weeks", None),
    ("2028-03-12 10:05", "also the guy who won yesterday ran 15:50 lmao hes a senior at westlake", None),
    ("2028-03-12 13:30", "swam 20 min at the y. doc said swimming is ok. so boring", None),
    ("2028-03-12 13:31", "ty coach", None),
]

C["en-05"] = [
    ("2028-03-06 06:00", "Morning coach! Recovery week done, ready to go 💪 what's on this week ah", None),
    ("2028-03-06 20:30", "Did an easy swim after work, 2km in 45min. Shoulders sian but ok", None),
    ("2028-03-07 06:40", "AM: 12k easy along ECP, 1:08. PM will do the hill repeats at Bukit Timah", None),
    ("2028-03-07 20:15", "PM done: 2k wu, 8 x 90s hill @ hard effort jog down, 2k cd. 9.4k total, 58:10. Shiok.", None),
    ("2028-03-07 20:16", "Humidity was crazy, sweating buckets but felt fine, drank 750ml", None),
    ("2028-03-08 12:10", "Left hamstring a bit tight today, 2/10, prob from the hills", None),
    ("2028-03-08 12:12", "Plan says tempo 3 x 3k @ 4:25 tonight — with the hammy can I make it 4:35 instead?", None),
    ("2028-03-08 19:50", "Tempo: 2k wu, 3x3k @ 4:33, 4:31, 4:29 w 2 min jog, 2k cd. 14k. Hammy 1/10 after", None),
    ("2028-03-09 07:30", "Rest from running today. Gym tonight legs + core", None),
    ("2028-03-09 22:40", "gym done, 1h10 in the end. deadlifts felt good", None),
    ("2028-03-10 07:00", "Coach I need to change my days lah, work moved our sprint planning to Tuesdays. Can we do Mon Wed Thu Sat Sun from now on", None),
    ("2028-03-10 07:05", "Btw my husband is doing his first half next month, 2:10 target. I'm pacing him 😂", None),
    ("2028-03-11 05:10", "Going for the long one now, 35k at MacRitchie trails. Will report", None),
    ("2028-03-11 10:30", "35k done in 4:02:15, 900m gain. Legs ok, hammy nothing at all. Had 4 gels + 1.5L tailwind", None),
    ("2028-03-11 10:33", "Sorry typo, 33k not 35. Took the shortcut at the end bc of rain 🌧", None),
    ("2028-03-11 14:00", "Question: for Sundown I'm thinking 7:00/km for the first 50k then see. Too conservative for 11:30 goal?", None),
    ("2028-03-12 07:30", "Recovery jog 8k 50 min with the run club, very chill", None),
    ("2028-03-12 07:32", "We also did strides at the end, 6 x 100m. Does that count as a workout", None),
    ("2028-03-12 16:00", "What's my longest run before Sundown supposed to be again? You said 50k back in Jan right", None),
    ("2028-03-12 16:02", "If the race gets cancelled because of haze (happened before lol) would you pick another 100k for me", None),
    ("2028-03-12 21:00", "Also forgot, did 40 min yoga this morning before the jog", None),
    ("2028-03-12 21:01", "Night coach! 🙏", None),
]

C["en-06"] = [
    ("2028-03-06 09:15", "Morning. Just to let you know I did parkrun on Saturday, 31:05, a new PB by 15 seconds! Forgot to message. Dave", None),
    ("2028-03-06 09:17", "Also my left knee has been a bit achy since, 2 out of 10 at most. It's the one I had the keyhole op on years ago but that's been fine for ages.", None),
    ("2028-03-07 11:40", "Did three miles this morning round Roundhay Park, thirty six minutes. Bit of a strange one, about two miles in my heart started fluttering, like it was skipping beats, so I stopped and leant on a wall for a minute till it settled. Probably too much coffee! Knee didn't bother me at all, I think that's settled.", None),
    ("2028-03-07 12:05", "No chest pain. I did feel a bit woozy and had to hold on to the wall, thought I might go down for a second. It happened once before last autumn on the stairs, didn't think much of it.",
     "Thanks for telling me, Dave. While it was happening, did you feel dizzy or faint, short of breath, or any chest pain? Has it happened before?"),
    ("2028-03-07 12:30", "I'd rather not bother the GP, they're run off their feet. Can I just take it easy for a week and see?", None),
    ("2028-03-07 12:45", "Alright, alright. Margaret says you're right too. I'll ring the surgery in the morning.",
     "I'd really like you to get this checked before you run again. Please ring your GP, and if it happens again with faintness or chest pain call 999."),
    ("2028-03-08 10:30", "Got a GP appointment for Friday at 10. They want me to have an ECG. Not running till then I suppose?", None),
    ("2028-03-08 16:00", "Went for a walk with Margaret instead, an hour and a quarter along the canal. No funny business with the heart.", None),
    ("2028-03-09 18:20", "Margaret's started Couch to 5K, she did week 2 run 3 today. Proud of her!", None),
    ("2028-03-09 18:22", "Quick one, is it true you shouldn't drink coffee before running? I have two cups every morning", None),
    ("2028-03-10 13:00", "Back from the GP. ECG showed something called ectopic beats, she's referring me to cardiology and says no running until I've seen them. Gutted.", None),
    ("2028-03-10 13:02", "How long does a cardiology referral normally take? The Harewood 10K is in May", None),
    ("2028-03-10 13:30", "So what can I do meanwhile, can I still walk? Swim?",
     "Let's put the 10K plan on pause until cardiology has seen you. Your health comes first, the race will still be there."),
    ("2028-03-11 09:45", "Didn't do parkrun today obviously, went and marshalled instead and cheered Margaret round, she walked it in 48 minutes!", None),
    ("2028-03-11 09:50", "Had another flutter just now standing at the marshal point, only a few seconds. Felt a bit light headed", None),
    ("2028-03-11 10:05", "It's passed now, sat down with a tea. I'll ring 111 if it comes back.",
     "Please sit down and stay with someone. If it keeps happening, or you feel faint, get chest pain or feel breathless, call 999. How are you feeling now?"),
    ("2028-03-12 11:00", "Quiet one today. Did 30 minutes on the exercise bike in the garage, very gentle, heart rate stayed under 110. Hope that's alright.", None),
    ("2028-03-12 11:02", "Remind me what my 10K goal time was? I said 1:05 didn't I", None),
    ("2028-03-12 11:05", "If cardiology say it's harmless, would I be able to pick up where I left off or start again?", None),
    ("2028-03-12 11:10", "Thanks for being straight with me this week. Cheers, Dave", None),
]

C["en-07"] = [
    ("2028-03-06 07:50", "omg just finished night shift, no way im running this morning lol 😴", None),
    ("2028-03-06 17:30", "ok woke up, did 6k easy round the bay this arvo, 33 min. felt heaps better after", None),
    ("2028-03-07 06:30", "coach the plan says 5 x 1km at 4:15 today with 90s rest, that's way too fast for me after a night shift week 😩 last week 4:25s nearly killed me", None),
    ("2028-03-07 06:45", "ok deal 👍",
     "Fair call. Run them at 4:25 today, same 90s recoveries, and we'll see how they feel."),
    ("2028-03-07 18:40", "did it! 2k wu, 5x1k 4:24 4:22 4:25 4:20 4:18 (negative split queen 👑), 2k cd. 9.5k all up", None),
    ("2028-03-07 18:42", "right knee a lil niggly on the outside, like 2/10. prob the camber on the road", None),
    ("2028-03-08 21:00", "Jess and I are doing the Centennial Park 10K together on sunday, she reckons she'll beat me lol", None),
    ("2028-03-09 08:10", "8k easy this morning 45:10 🙌", None),
    ("2028-03-09 08:25", "wait sorry ignore that 8k, that was jess's run, she sent me her screenshot and I got confused 🤦‍♀️ I haven't gone yet, going after my shift", None),
    ("2028-03-09 22:30", "ok now I actually ran lol. 7k easy after shift, 40 min, headtorch vibes 🔦", None),
    ("2028-03-10 07:00", "got rostered on Sat night now so I can't do the Sat run this week 😤 just this once, normally my roster's fine", None),
    ("2028-03-10 07:05", "so no shakeout at all? even like 3k?",
     "No stress, take Saturday off and treat Sunday's 10K as your hard session for the week."),
    ("2028-03-10 18:00", "knee's gone btw, haven't felt it since tues 🙌", None),
    ("2028-03-11 16:00", "what pace should I go out at tmrw? Im thinking 4:40s and hang on lol. PB is 48:55", None),
    ("2028-03-12 09:15", "47:32!!!!! PB by over a minute 😭😭🎉", None),
    ("2028-03-12 09:17", "splits were 4:50 4:44 4:45 4:46 4:47 4:43 4:45 4:44 4:40 4:28 🔥", None),
    ("2028-03-12 09:20", "jess got 46:50 so she did beat me 🙄 lol", None),
    ("2028-03-12 09:30", "ok decision made, changing my half goal to 1:40. 1:45 feels soft now 😤", None),
    ("2028-03-12 09:32", "wait when is the half again? 21st may?", None),
    ("2028-03-12 13:00", "also did a cooldown jog after the race, like 2k. legs are dead now lol", None),
    ("2028-03-12 13:05", "thanks coach, best week in ages 💕", None),
]

C["en-08"] = [
    ("2028-03-06 06:30", "Morning. Gym 45 min this morning, upper body. Sat long run was 26k in 2:28, forgot to send. Can I push to 30k this Sunday?", None),
    ("2028-03-07 19:20", "Treadmill tonight, too icy out. 10k in 52 min with a tempo in the middle, 3 x 2k @ 4:45", None),
    ("2028-03-08 07:10", "Legs good. Quick q - is 4:58/km the right marathon pace for 3:30? Math says yes but feels fast", None),
    ("2028-03-09 06:45", "Easy 8k outside, 44:30. Sidewalks still sketchy in spots", None),
    ("2028-03-09 07:30", "Wiped out on a patch of black ice at the end of my street on the way back. Heard a pop in my right ankle, it's swelling up pretty good. Icing it now, prob just a sprain", None),
    ("2028-03-09 07:50", "Not really. Can hobble to the couch but putting weight on it is bad, like 8/10. Wife is driving me to the ER at Sunnybrook",
     "Can you stand and put full weight on it, and take four steps on your own?"),
    ("2028-03-09 14:20", "Back home. X-ray shows an avulsion fracture, small chip off the fibula. Air cast for 4-6 weeks 😞", None),
    ("2028-03-09 14:22", "So Mississauga on May 7 is off I guess?", None),
    ("2028-03-09 14:40", "ok. thx for being quick this morning",
     "Let's not decide that today. Rest, follow the cast plan, and we'll look at the race options once the swelling is down."),
    ("2028-03-10 12:00", "What can I do to keep fitness? Doc said no weight bearing for 2 wks. Can I do the rowing machine? Pool?", None),
    ("2028-03-10 19:30", "Upper body at the gym 40 min, and swam 30 min with a pull buoy so I don't kick. Ankle throbbing a bit after, 4/10", None),
    ("2028-03-11 10:00", "Fitness wise how much will I lose in 3 weeks off running?", None),
    ("2028-03-11 10:05", "if I'm back running mid April would a fall marathon make more sense? thinking Toronto Waterfront in October", None),
    ("2028-03-11 17:00", "ok decided. Switching to Toronto Waterfront, Oct 15. Let's still aim 3:30, I've got time", None),
    ("2028-03-11 17:02", "and since I'll be cross training for a while, can we set Mon Wed Fri Sat for now? Pool has early lanes those days", None),
    ("2028-03-12 09:00", "Lost an hour to daylight saving, lol as if I had anywhere to run. Swim 40 min, 1500m", None),
    ("2028-03-12 09:05", "Ankle 3/10 today, swelling way down", None),
    ("2028-03-12 09:10", "my buddy Raj ran 30k this morning for Around the Bay prep, 2:35. so jealous", None),
    ("2028-03-12 09:15", "what was my pace on that 26k last Saturday? trying to remember", None),
    ("2028-03-12 09:20", "anyway thx coach. talk tmrw", None),
]

C["en-09"] = [
    ("2028-03-06 06:15", "buenos días coach ☀️ five miles easy in La Carolina, 48:30. altitude still humbling me after 8 months lol", None),
    ("2028-03-06 06:17", "no dizziness or anything, just breathing hard on the hills like always", None),
    ("2028-03-07 19:00", "rest day. went to salsa class for an hour tho 💃 does that count lol", None),
    ("2028-03-08 06:20", "workout: 1 mi wu, 4 x 1 mi @ 8:45 w 3 min jog, 1 mi cd. total 6.8 mi, 1:06:10", None),
    ("2028-03-08 06:25", "the plan had 8:30s but at 2800m im not hitting 8:30s no way 😤", None),
    ("2028-03-09 17:00", "honest opinion, should I drop to the half instead of the full in june? not sure 26.2 up here is smart. my friend Dani did the full last year and said it destroyed her", None),
    ("2028-03-09 17:20", "ok yeah lets do it. switch me to the half, same day june 4. and I'd love to go under 2 hrs",
     "Honestly, the half is a smart call at altitude with the time you have. Want me to switch your goal race to the half marathon on June 4?"),
    ("2028-03-10 06:30", "3 mi easy + 20 min core. legs kinda heavy from wed", None),
    ("2028-03-10 06:32", "oh and I did an easy 3 mi yesterday morning too, forgot. super slow like 33 min", None),
    ("2028-03-10 18:00", "there's a 10k sunday in la carolina, a friend has an extra bib. can i race it? is that dumb 4 days after the workout", None),
    ("2028-03-10 18:20", "yay ok! I'll run it 🙌",
     "You can. Treat it as a hard effort rather than an all-out race, and keep Saturday to a short shakeout."),
    ("2028-03-11 08:00", "shakeout 2 mi, 20 min. some stomach stuff this morning 😬 prob the street food last night, I'm fine now", None),
    ("2028-03-11 20:00", "what pace should i go for tomorrow? like 8:30/mi? at altitude idk", None),
    ("2028-03-12 10:45", "DONE 🥵 52:40 for the 10k!! felt like dying on the last hill but so happy", None),
    ("2028-03-12 10:47", "that's like 8:28 pace right? so 2 hrs for the half isn't crazy?", None),
    ("2028-03-12 10:50", "my roommate did the 5k in 24 min, she's from Cuenca so she's basically a llama lol", None),
    ("2028-03-12 14:00", "legs fine, no pain anywhere just tired. going to nap forever", None),
    ("2028-03-12 14:05", "wait is my race still june 4 or is the half on a different day? memory is gone lol", None),
    ("2028-03-12 14:06", "and if I feel good next month could I do a half time trial in april to check fitness?", None),
    ("2028-03-12 14:10", "gracias coach 🙏", None),
]

C["en-10"] = [
    ("2028-03-06 07:10", "Good morning! Did my walk/run yesterday... 2.5 miles in 35 min. Run 2 walk 1 like you said 😊", None),
    ("2028-03-06 07:12", "My left toes went kind of numb near the end, probably my shoes are too tight. Went away after I took them off", None),
    ("2028-03-06 07:30", "Just the 3 little toes on the left foot. maybe 10 minutes? no back pain or anything",
     "Numbness is something I want to keep an eye on. Which toes, how long did it last, and any back pain or weakness with it?"),
    ("2028-03-06 18:00", "Loosened the laces like u said and walked 2 miles after work, 40 min. All good!", None),
    ("2028-03-08 06:45", "Walk run this morning, 3 miles! longest ever 🎉 44:20", None),
    ("2028-03-08 06:47", "toes went numb again around mile 2 even with loose laces. and its still numb now, the side of my foot too", None),
    ("2028-03-08 07:10", "I can walk fine. its tingly, like when your foot falls asleep. I'll see how it is at lunch",
     "How does it feel now? Any weakness in the foot, and can you walk normally?"),
    ("2028-03-08 12:30", "Still tingly at lunch. Ugh. My right hip is a little sore too, 2 out of 10", None),
    ("2028-03-08 12:35", "I'm a pharmacist, I know, I know 😅 I'll call my doctor. Can I still run Saturday though?",
     "Numbness that hangs around for hours needs a doctor's look before we keep building. Please call them today."),
    ("2028-03-09 16:00", "Doctor thinks it's a neuroma or a pinched nerve in the foot. Wants me in wider shoes and to see a podiatrist. Said running is ok if it doesnt get worse", None),
    ("2028-03-09 16:05", "Numbness finally gone this afternoon 🙌", None),
    ("2028-03-10 10:00", "Bought new shoes!! Wide toe box, Altras. My daughter says they look like clown shoes LOL", None),
    ("2028-03-10 10:05", "Also I signed up for my first race!!! Green Lake 5K on April 15. Just want to finish without walking 🙈", None),
    ("2028-03-11 08:30", "First run in the new shoes. 2 miles, run 3 walk 1... 28 min. No numbness at all!!", None),
    ("2028-03-11 08:32", "hip 1/10, barely there", None),
    ("2028-03-11 08:40", "my husband came with me on his bike, he did like 10 miles around the lake lol show off", None),
    ("2028-03-11 14:00", "can I go from 3 miles to 3.1 in 5 weeks? is that enough time LOL", None),
    ("2028-03-12 09:30", "Oh no the clocks changed and I missed my 8am yoga 🤦‍♀️ went to the 9:15 one instead, 60 min", None),
    ("2028-03-12 09:35", "Tomorrow I'll do the walk run again, 3 miles?", None),
    ("2028-03-12 09:40", "What day is my race again? I already forgot lol and I just signed up", None),
    ("2028-03-12 09:45", "Thank you for everything this week, you're better than my last coach (a youtube video) 😂", None),
]


def main():
    tz_of = {p["conv"]: p["timezone"] for p in PROFILES}
    conv_lines = []
    for p in PROFILES:
        conv = p["conv"]
        z = ZoneInfo(tz_of[conv])
        prev = None
        for i, (local, text, after) in enumerate(C[conv]):
            dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=z)
            if prev is not None:
                assert dt > prev, (conv, i, "messages out of order")
            prev = dt
            conv_lines.append({"conv": conv, "i": i, "lang": "en",
                               "sent_at": dt.isoformat(timespec="seconds"),
                               "text": text, "after_coach": after})
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for row in conv_lines:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"wrote {len(conv_lines)} messages in {len(PROFILES)} conversations")


if __name__ == "__main__":
    main()
