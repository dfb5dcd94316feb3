"""Generate profiles.jsonl and conversations.jsonl for the v19-en blind set.

Pass 2 of the set: the runner's side of the week Mon 2027-08-30 .. Sun 2027-09-05.
sent_at is built from the runner's local wall-clock time and its IANA zone (zoneinfo),
so UTC offsets are the ones really in force that week.
Run:  python3 src/build_conversations.py   (from the set folder)
"""
import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DAYS = {"mon": dt.date(2027, 8, 30), "tue": dt.date(2027, 8, 31), "wed": dt.date(2027, 9, 1),
        "thu": dt.date(2027, 9, 2), "fri": dt.date(2027, 9, 3), "sat": dt.date(2027, 9, 4),
        "sun": dt.date(2027, 9, 5)}

PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Jake Morrison", "age": 34, "timezone": "America/Denver", "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Front Range Marathon", "date": "2027-10-17", "goal_time": "3:25:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 32, "longest_run_km": 18,
     "recent_race": {"distance_km": 21.0975, "time": "1:36:40", "month": "2027-05"},
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "IT band syndrome 2025, healed", "current": False}]},
    {"conv": "en-02", "lang": "en", "name": "Priya Raman", "age": 29, "timezone": "Asia/Kolkata", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Bengaluru Midnight 10K", "date": "2027-12-12", "goal_time": "1:05:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "beginner",
     "weekly_km": 15, "longest_run_km": 8, "recent_race": None,
     "injuries_at_start": [{"body_part": "ankle", "side": "right", "note": "sprain playing badminton 2023, healed", "current": False}]},
    {"conv": "en-03", "lang": "en", "name": "Siobhan Byrne", "age": 45, "timezone": "Europe/Dublin", "units": "km",
     "goal_race": {"distance_km": 42.195, "name": "Dublin Marathon", "date": "2027-10-31", "goal_time": "3:59:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "sat", "sun"], "level": "intermediate",
     "weekly_km": 40, "longest_run_km": 26,
     "recent_race": {"distance_km": 10, "time": "0:49:55", "month": "2027-06"},
     "injuries_at_start": [{"body_part": "foot", "side": "left", "note": "plantar fasciitis 2024, healed", "current": False}]},
    {"conv": "en-04", "lang": "en", "name": "Marcus Williams", "age": 52, "timezone": "America/New_York", "units": "mi",
     "goal_race": {"distance_km": 5.0, "name": "Atlanta Thanksgiving Day 5K", "date": "2027-11-25", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
     "weekly_km": 8, "longest_run_km": 4, "recent_race": None,
     "injuries_at_start": [{"body_part": "back", "side": None, "note": "lower back disc problem 2019, healed", "current": False}]},
    {"conv": "en-05", "lang": "en", "name": "Tom Hargreaves", "age": 61, "timezone": "Europe/London", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Manchester Half Marathon", "date": "2027-10-10", "goal_time": "1:52:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 22, "longest_run_km": 11,
     "recent_race": {"distance_km": 21.0975, "time": "1:54:20", "month": "2027-04"},
     "injuries_at_start": [{"body_part": "achilles", "side": "left", "note": "achilles tendinopathy 2022, healed", "current": False}]},
    {"conv": "en-06", "lang": "en", "name": "Chloe Nguyen", "age": 17, "timezone": "America/Toronto", "units": "km",
     "goal_race": {"distance_km": 5.0, "name": "City XC Championships", "date": "2027-10-21", "goal_time": "0:19:30"},
     "days_per_week": 5, "preferred_days": ["mon", "tue", "thu", "fri", "sat"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 14,
     "recent_race": {"distance_km": 5, "time": "0:20:12", "month": "2027-05"},
     "injuries_at_start": []},
    {"conv": "en-07", "lang": "en", "name": "Liam O'Connell", "age": 38, "timezone": "Australia/Sydney", "units": "km",
     "goal_race": {"distance_km": 50.0, "name": "UTK 50K", "date": "2027-12-04", "goal_time": "5:30:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 85, "longest_run_km": 45,
     "recent_race": {"distance_km": 42.195, "time": "2:58:30", "month": "2027-07"},
     "injuries_at_start": [{"body_part": "hamstring", "side": "right", "note": "strain 2025, healed", "current": False}]},
    {"conv": "en-08", "lang": "en", "name": "Rachel Tan", "age": 41, "timezone": "Asia/Singapore", "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Standard Chartered Singapore Marathon (half)", "date": "2027-12-05", "goal_time": "2:10:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 18,
     "recent_race": {"distance_km": 10, "time": "0:58:10", "month": "2027-04"},
     "injuries_at_start": [{"body_part": "knee", "side": "left", "note": "ITB pain 2024, healed", "current": False}]},
    {"conv": "en-09", "lang": "en", "name": "Dave Kowalski", "age": 47, "timezone": "America/Chicago", "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Chicago Marathon", "date": "2027-10-10", "goal_time": "3:45:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 38, "longest_run_km": 18,
     "recent_race": {"distance_km": 21.0975, "time": "1:44:05", "month": "2027-06"},
     "injuries_at_start": [{"body_part": "hamstring", "side": "left", "note": "strain 2023, healed", "current": False}]},
    {"conv": "en-10", "lang": "en", "name": "Emily Carter", "age": 33, "timezone": "America/Guayaquil", "units": "mi",
     "goal_race": {"distance_km": 15.0, "name": "Quito 15K", "date": "2027-12-05", "goal_time": "1:45:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "beginner",
     "weekly_km": 14, "longest_run_km": 7,
     "recent_race": {"distance_km": 5, "time": "0:31:40", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "patellofemoral pain 2025, healed", "current": False}]},
]

# (day, "HH:MM", text, after_coach)
C = {}

C["en-01"] = [
    ("mon", "07:12", "morning. rest day today right? legs still heavy from sunday lol", None),
    ("mon", "19:40", "q: is 7:50/mi ok for easy runs or is that too fast? my MP goal is like 7:49 lol", None),
    ("tue", "06:05", "doing the tempo now, 2 wu 4 @ 7:20 1 cd", None),
    ("tue", "07:18", "done. 7 miles 54:10 total. tempo splits 7:22 7:18 7:19 7:15. chest felt kinda tight on the last rep ngl, prob just the altitude + i had like 3 coffees lol", None),
    ("tue", "07:31", "middle of chest, like pressure. didnt go anywhere else. bit out of breath but i was running 7:15s so 🤷 went away like 2 min after i stopped",
     "Tightness in the chest is something I need to take seriously. Where exactly was it, did it spread anywhere, and did you feel short of breath or dizzy?"),
    ("tue", "12:20", "feel totally fine now btw. not gonna cancel thursday over it", None),
    ("wed", "18:45", "ok my sister is a nurse and she said the same thing, get it checked. booked a dr appt for fri morning. can i at least do easy miles til then?", None),
    ("wed", "18:47", "like 4 easy tmrw", None),
    ("thu", "20:10", "didnt run today, took ur advice. walked the dog for 40 min tho", None),
    ("fri", "11:30", "dr visit done. ekg normal, she thinks prob reflux/caffeine but wants me to do a stress test on the 14th. said easy running is fine til then, no hard efforts", None),
    ("fri", "11:32", "so what does that mean for saturday. plan says 20 w/ 8 @ MP which obviously isnt happening now", None),
    ("fri", "19:05", "also my gf ran her first 10k today!! 58:40 so proud of her 🥹", None),
    ("sat", "07:50", "heading out for 12 easy", None),
    ("sat", "09:55", "12.2 in 1:37:30, kept it all under 150 bpm. felt good, no chest stuff at all", None),
    ("sat", "10:02", "wait strava says 12.4, watch cut out at the end. so 12.4", None),
    ("sat", "16:20", "if the stress test comes back clean do u think i can still hit 3:25 or should i bump it to 3:30", None),
    ("sun", "08:30", "whats my race date again? want to book the hotel", None),
    ("sun", "10:40", "6 easy w the gf this morning, super slow like 10 min pace, ~1hr. fun tho", None),
    ("sun", "10:42", "oh and left knee has a tiny twinge going downstairs, like 2/10. prob nothing", None),
    ("sun", "21:00", "thx for this week btw, appreciate u not letting me be dumb about the chest thing", None),
]

C["en-02"] = [
    ("mon", "06:40", "Good morning coach 🙏 did 4k easy today morning itself in Cubbon park, 28 mins. Bit humid but ok", None),
    ("mon", "06:42", "Right knee is paining slightly on the outside, maybe 2/10. Is it ok to continue?", None),
    ("mon", "21:15", "Coach one doubt. My colleague says I should do 10k every day to improve fast. Is that correct?", None),
    ("tue", "07:05", "Not running today na, rest day. Did 30 min yoga though 🧘‍♀️", None),
    ("wed", "06:30", "Better today, 1/10 only", "Good morning Priya! How's the right knee feeling today?"),
    ("wed", "07:20", "Done with intervals. 10 min warm up, then 6 x 400m, was doing around 2:20-2:25 each, 90 sec walk in between. 10 min cool down. Total 5.2k in 41 min. Legs are jelly 😅", None),
    ("wed", "07:22", "Knee didn't bother at all during the reps", None),
    ("thu", "06:50", "Done ✅", None),
    ("thu", "07:15", "Walked 40 min with my mom in the park, she wanted company 😊", "Nice! What did you do this morning?"),
    ("thu", "19:30", "Is 7:00 pace ok for my 10k goal? I think 1:05 needs 6:30 no? 🤔", None),
    ("fri", "06:15", "Coach I can't run today, have early flight to Mumbai for work. Will be back Sunday", None),
    ("fri", "22:40", "Managed 3k on the hotel treadmill 😅 19 min only. Treadmill is so boring", None),
    ("sat", "08:10", "This morning did hotel gym also, some weights, 25 mins", None),
    ("sat", "08:12", "Knee pain gone completely now 🙌", None),
    ("sat", "17:30", "Coach from next week can we change my days? Office has made Mon and Wed WFO and I leave by 7:30. New days Tue Thu Sat Sun pls", None),
    ("sun", "06:00", "Back in Bangalore. Going for 6k now 💪", None),
    ("sun", "07:10", "Done!! 6.3k, 44:50. Last km was tough but finished 💪", None),
    ("sun", "07:12", "Sorry typo, it was 6.8k not 6.3", None),
    ("sun", "07:30", "My husband also came along for first time, he did only 2k and stopped 😂", None),
    ("sun", "19:00", "Coach how many runs have I done this week? Feeling proud 😊", None),
    ("sun", "21:00", "If it rains on Tuesday can I do 20 min skipping instead of the run?", None),
    ("sun", "21:02", "Thank you coach, first full week of training done 🙏", None),
]

C["en-03"] = [
    ("mon", "13:20", "Howya, just off nights so no run this morning, will go later if I'm not dead 😴", None),
    ("mon", "18:50", "Went out in the end, 8k easy round the Phoenix Park, 46 mins. Grand", None),
    ("tue", "20:10", "Quick one - is it mad to do the 10 mile race on Sat when the plan has me doing 28k on Sunday? Or do I do both", None),
    ("wed", "07:40", "Right so did 10k this morning with 5 x 1k at 4:45ish, 2 min jog recoveries. 52 mins all in. Left shin a bit sore after, maybe 3/10, nothing major", None),
    ("wed", "07:42", "Also swam 30 mins last night after work, forgot to say", None),
    ("thu", "21:00", "Shin grand today, like 1/10. Did nothing, rest day, sofa and telly", None),
    ("fri", "08:15", "Should I eat anything different before tomorrow? Usually just have porridge and a coffee", None),
    ("fri", "08:16", "Race is at 11 btw", None),
    ("sat", "14:30", "DONE 🎉 1:17:48 for the 10 mile, PB by over 2 mins!! Savage day, legs in bits now", None),
    ("sat", "14:32", "Jogged 2k warm up before it too", None),
    ("sat", "19:00", "Shin is at me a bit again tbh. Icing it", None),
    ("sun", "09:10", "Ok not great. Shin is properly sore this morning, there's one spot right on the bone about a hand above my ankle that's really tender when I press it. Hurts walking down the stairs. 6/10 I'd say. I know, I know 🙈", None),
    ("sun", "09:25", "Bit puffy yeah. Not limping exactly but I'm kind of favouring it",
     "Pinpoint tenderness on the bone that hurts when you walk can be a bone stress injury. Is there any swelling, and are you limping?"),
    ("sun", "09:27", "Never had shin trouble before, only the PF in the left foot two years ago and that's long gone", None),
    ("sun", "09:30", "So the 28k is off I'm guessing 😩", None),
    ("sun", "09:31", "I'll try get it looked at tomorrow, one of the ortho lads owes me a favour", None),
    ("sun", "12:00", "Could I cycle instead? Or would that annoy it", None),
    ("sun", "12:05", "If it is a stress fracture how long am I out, honestly? Dublin is the 31st", None),
    ("sun", "20:00", "What was my 10k time in June again? Trying to work out if sub 4 is still realistic", None),
    ("sun", "20:02", "Thanks for today anyway, you're very good", None),
]

C["en-04"] = [
    ("mon", "05:45", "Good morning Coach. First day of the school week so I got up early... did the walk run, 1 min run 2 min walk x 10. About 30 minutes total. Probably 1.8 miles", None),
    ("mon", "05:47", "Knees feel fine. Back is fine too, that old disc thing from 2019 hasn't bothered me in years", None),
    ("mon", "20:30", "Question... how long before I can run the whole 3.1 without walking? My nephew says 6 weeks", None),
    ("tue", "19:00", "No run today, had faculty meeting till 6. I did walk around the track at practice with the kids about 45 minutes, I help coach JV football", None),
    ("wed", "16:45", "Going out now after school, it's hot but I got water", None),
    ("wed", "18:10", "Lord have mercy that was rough. Did 2 miles walk/run, 36 min. It was 94 out. Around the end I got real dizzy and kinda confused about which way I was going for a minute, had to sit down on a bench. Weird thing is I wasn't even sweating anymore. Feel ok now, drinking a gatorade", None),
    ("wed", "18:20", "Yes I'm inside with the AC, my wife is here. She's making me lay down lol. I'm alright Coach",
     "Dizziness, confusion and no sweating in that heat are warning signs of heat illness. Are you somewhere cool now, and is anyone with you?"),
    ("thu", "06:30", "Morning. Slept ok but my pee was real dark this morning, like tea color. And a little headache", None),
    ("thu", "06:35", "I'm drinking water. Should I still go to work?", None),
    ("thu", "17:00", "Went to urgent care like my wife said. They said dehydration, maybe heat exhaustion, gave me fluids. Said no exercise in the heat for a few days", None),
    ("thu", "17:02", "Feeling much better now", None),
    ("fri", "19:00", "My daughter ran her cross country meet today, 5K in 22:14!! She's the real runner in the family 😂", None),
    ("sat", "07:00", "Can I do my Saturday run if I go now before it's hot? It's 74 right now", None),
    ("sat", "07:05", "ok I'll just walk today then", None),
    ("sat", "08:15", "Walked 2.5 miles in the neighborhood, 50 min. Took it easy", None),
    ("sat", "08:17", "And no dizziness at all, pee is normal color again", None),
    ("sat", "12:00", "Coach I been thinking, Mondays are tough with school. Can we do Tuesday Thursday Saturday instead from now on", None),
    ("sun", "15:00", "Do you remember how far I been running? I told my pastor I'm up to 3 miles but I don't think that's right 😅", None),
    ("sun", "15:05", "What should I wear for the heat? I been wearing a cotton t shirt", None),
    ("sun", "20:00", "Thank you Coach. This week scared me a little but I'm not quitting", None),
]

C["en-05"] = [
    ("mon", "09:30", "Morning. Rest day as planned. Did spend 40 mins in the garden digging out a tree stump though, does that count? Ha.", None),
    ("tue", "07:45", "5.2 miles this morning along the canal, 49:30. Easy, about 9:30s. Left calf a bit tight for the first mile then eased off.", None),
    ("tue", "07:52", "One gripe. The plan has my long run at 10:15-10:30 per mile. That feels like walking, frankly. Is that really right for a 1:52 half?", None),
    ("wed", "07:00", "No run today, bike day. Might go out with the U3A cycling lot later if the weather holds.", None),
    ("wed", "18:00", "Went out with them in the end. 22 miles, about an hour and three quarters of riding plus a very long cafe stop. Legs fine.", None),
    ("thu", "07:30", "Intervals done. 1 mile warm up, then 6 x 800m at 4:05-4:10, 400m jog between, 1 mile cool down. About 5.5 miles total. Felt strong.", None),
    ("thu", "07:32", "Calf fine today, no tightness whatsoever.", None),
    ("thu", "20:00", "Bit of news. I can't do the Manchester half now, my granddaughter's christening has been moved to that Sunday. Family first. I've entered the Abbey Dash 10K in Leeds on 7 November instead. Would like to go under 50 minutes.", None),
    ("thu", "20:05", "Does that change the plan much? Seems a shame to waste the long runs.", None),
    ("fri", "10:00", "Parkrun tomorrow then. Might have a proper go at it.", None),
    ("sat", "10:20", "Parkrun: 24:51. New PB by 9 seconds! Went off too quick and hung on for dear life.", None),
    ("sat", "10:22", "Is a parkrun a 'race' in your book or a training run? Asking for the records.", None),
    ("sat", "15:00", "My wife did it too, walked it in 48 minutes with her friend. Her first one!", None),
    ("sun", "08:00", "Long run this morning, 10 miles, 1:38:40. Kept it steady.", None),
    ("sun", "08:05", "Sorry, that should be 1:36:40. Fat fingers.", None),
    ("sun", "11:00", "Out of interest, what did I tell you my half PB was? I've forgotten whether it was 1:54 or 1:55.", None),
    ("sun", "11:02", "And what was the old plan for next Sunday? 12 miles wasn't it", None),
    ("sun", "17:00", "If I did the Abbey Dash in 49 minutes, what would that predict for a half?", None),
    ("sun", "17:02", "Just curious. Not changing my mind again, promise.", None),
    ("sun", "21:00", "Right, that's me for the week. Cheers. T", None),
]

C["en-06"] = [
    ("mon", "10:15", "hiii ok so preseason practice started today 😭 we did like 7k easy w the team + strides, took like 40 min", None),
    ("mon", "10:16", "also is it normal to be sore everywhere lol", None),
    ("mon", "21:30", "wait i forgot to say theres a summer series 5k tmrw night, coach says i should race it. is that ok??", None),
    ("tue", "21:50", "RACED 🏃‍♀️💨 19:48!!! pb by 24 sec omg", None),
    ("tue", "21:52", "2nd in my age group lowkey proud", None),
    ("tue", "21:55", "my friend maya ran 18:59 tho 😭 shes insane", None),
    ("wed", "19:00", "rest day. didnt run but did the core circuit thing from practice, like 20 min", None),
    ("thu", "08:00", "tempo today at practice. 2k wu, 3x2k at like 4:10/km w 2 min jog, 2k cd. watch said 11.2 total idk the time", None),
    ("fri", "06:40", "can u move my long run to sunday this week? family cottage saturday and theres no wifi lol and like no trails", None),
    ("fri", "17:30", "easy 6k, practice got cancelled bc of a thunderstorm warning so did it on the treadmill at home 33 min", None),
    ("sat", "11:00", "ok actually there ARE trails at the cottage lol gonna do a short shakeout", None),
    ("sat", "13:20", "ok so i ate it on the trail like 2k in 😭😭 tripped on a root and went down hard, rolled my right ankle. its pretty swollen and kinda purple and i cant really walk on it without limping. my mom has ice on it rn", None),
    ("sat", "13:30", "i can kinda stand on it but it really hurts like 7/10. didnt hear a pop i dont think. my mom says we might go to the hospital in barrie",
     "Oh no, I'm sorry! Can you put any weight on it at all, and did you hear or feel a pop?"),
    ("sat", "19:45", "back from emerg. xray no break!! just a bad sprain. got an air cast thing and crutches for a few days 🙃", None),
    ("sat", "19:47", "so like how long til i can run 😭", None),
    ("sat", "19:48", "wait when is city champs again", None),
    ("sun", "10:00", "ankle still swollen but less purple. hurts like 5 when i try to walk without the crutches", None),
    ("sun", "10:05", "obviously no long run today lol", None),
    ("sun", "10:10", "can i at least bike or swim? theres a pool at the community centre", None),
    ("sun", "20:00", "ok ty for being nice about it 🥲 gonna ice again", None),
]

C["en-07"] = [
    ("mon", "05:20", "Morning mate. 12k recovery before work, 1:02. Legs still a bit cooked from the weekend", None),
    ("tue", "05:10", "AM: 10k easy 55min", None),
    ("tue", "17:45", "PM: hill sesh on the fire trail, 6 x 3min up hard, jog down. 8.4k all up, 52 min. Quads smashed 💀", None),
    ("wed", "06:00", "Rest day. Did 30 min mobility/yoga this morning, gym this arvo", None),
    ("wed", "18:30", "Gym done, 45 min, heavy-ish legs, single leg stuff", None),
    ("thu", "19:00", "Mate I've been thinking. The 50 feels a bit safe. Reckon I'm gonna step up to the 100K at UTK, same weekend. Entries close Friday", None),
    ("thu", "19:02", "Is 13 weeks enough to go from 50 to 100k? be honest", None),
    ("fri", "12:30", "Done, I'm in for the 100 🫡 goal is just to finish in one piece", None),
    ("fri", "17:00", "Easy 8 this arvo, 44 min", None),
    ("sat", "04:45", "Off to Katoomba for the long one. Plan says 42k with 1800m vert, that's heaps for a week with a hill sesh in it", None),
    ("sat", "12:40", "Back. Didn't quite get the 42, did 38.5k, 5:12 moving time, 1650m up. Ran out of water at the 30 mark, bit dumb. Otherwise felt mint", None),
    ("sat", "12:45", "Also rolled the left ankle a bit on the descent near the Golden Stairs, 2/10, walked it off", None),
    ("sat", "20:00", "Missus did the Bay Run half this morning while I was up the mountains, 2:05 haha so proud", None),
    ("sun", "07:00", "Ankle's fine, no pain at all this morning 👍", None),
    ("sun", "07:02", "Only weird thing, the outside of my left foot went kinda numb for the last hour of the long run and it's still a bit numb n tingly this morning. Shoes too tight prob?", None),
    ("sun", "07:30", "Oh forgot to tell ya, Thursday I did 14k at lunch with the lads from work, steady, about 1:10", None),
    ("sun", "09:30", "Recovery jog 6k w the dog 36 min and a swim at the ocean pool after, 20 min", None),
    ("sun", "12:00", "What's my longest run ever according to you? I reckon the 45 in July", None),
    ("sun", "12:05", "If I'd got the full 42 in yesterday would that have been too much now that it's the 100?", None),
    ("sun", "16:00", "Can I make Monday a rest day from now on? So Tue Wed Thu Sat Sun + the doubles. I start at 6 on site Mondays", None),
    ("sun", "16:05", "Cheers legend", None),
]

C["en-08"] = [
    ("mon", "20:30", "Hi coach, back from Bali holiday yesterday. Didn't run at all the whole week, paiseh 😅", None),
    ("mon", "20:32", "Can I just continue the plan from where I left or must restart?", None),
    ("tue", "06:15", "Ran 6km easy at Bishan park, 40min. Legs ok but very humid, sweat like crazy", None),
    ("tue", "12:40", "Coach is 7:30/km too slow for easy? My colleague says slower than 7 is wasting time", None),
    ("wed", "19:30", "Today rest. Went for spin class 45min with my colleagues, very shiok", None),
    ("wed", "19:31", "Oh ya right calf abit tight since yesterday, 2/10 only", None),
    ("thu", "06:50", "Alamak today's run quite scary leh. Was doing the tempo at East Coast, 2km in my heart suddenly go very fast and like skipping beats, watch showed 198 then 120 then 190. Felt a bit lightheaded, had to squat down by the side. After 5 min ok liao so I walked back. Total only 4km lor", None),
    ("thu", "07:05", "No chest pain. Breathless a bit but it was tempo mah. Actually got happen once last year also, during Sundown 10k but shorter. I didn't tell anyone 🙈",
     "That's not something to push through. Did you have any chest pain or shortness of breath, and has this ever happened before?"),
    ("thu", "07:07", "Can still do Saturday long run anot? 16km on plan", None),
    ("thu", "21:00", "Ok I booked polyclinic tomorrow. My husband also nagging 😑", None),
    ("fri", "13:15", "Doctor did ECG, normal. But referring me to cardio for holter monitor, earliest is 14 Sept. She says no hard running until then. Sian", None),
    ("fri", "13:17", "So Saturday cannot do 16k right 😭", None),
    ("sat", "07:30", "Walked 5km at MacRitchie with my husband instead, 1hr. Heart rate all normal. Calf ok already btw", None),
    ("sat", "07:35", "His first time going with me, he complained the whole way 😂 he jogged some parts and says he did 3km", None),
    ("sat", "18:00", "Then the Sundown one last year I did 10k in 1:02 something, you got record?", None),
    ("sun", "08:00", "Did 5km very easy jog with husband, kept HR under 140, 38 min. No funny heartbeat at all", None),
    ("sun", "08:02", "Oops not 5, was 4.5km. Strava auto pause", None),
    ("sun", "12:00", "If the holter come back normal, can I still make 2:10 for the half?", None),
    ("sun", "12:05", "Also my days need to change. From next week I can only do Mon Wed Sat Sun, new project Tues Thurs got early calls", None),
    ("sun", "21:00", "Thank you coach. Bit stressed but ok lah", None),
]

C["en-09"] = [
    ("mon", "06:10", "Morning coach. Monday = rest day. Quick q tho - what's the plan for this week mileage wise? Feels like we jumped a lot", None),
    ("tue", "05:50", "8 mi easy, 1:12:30. Humid as heck. Avg 9:04", None),
    ("wed", "06:05", "Track workout: 2 mi wu, 5 x 1 mile @ 7:55, 7:52, 7:50, 7:49, 7:46 w/ 400 jog, 1.5 cd. ~9.5 mi total", None),
    ("wed", "06:07", "Right calf a little tight after, 2/10, nbd", None),
    ("thu", "12:30", "Skipped today, quarterly close at work is killing me. Can I make it up Fri?", None),
    ("thu", "12:31", "Calf about the same, maybe 3/10 walking around", None),
    ("fri", "05:45", "5 easy on the treadmill before work, 45:20", None),
    ("fri", "05:47", "also 20 min of peloton after bc why not", None),
    ("fri", "20:00", "Plan says 20 tmrw with the last 6 at MP (8:35). Thats a big ask with the calf no? Can I do 18 instead?", None),
    ("sat", "05:30", "ok going for 18, will go easy on the MP part", None),
    ("sat", "10:15", "Well the long run went sideways. Around mile 14 felt a pop in the right calf, like someone kicked me. Tried to jog it and couldnt, pain like 7/10 maybe more. Limped to a gas station and my wife picked me up. So 14 miles in about 2:05", None),
    ("sat", "10:25", "Can walk but limping bad. Bit swollen at the back of the calf. Ice on it now. Prob just a strain right? 🤞",
     "I'm sorry, Dave. A pop with sudden pain that stops you running needs to be checked. Can you walk on it now, and is there swelling or bruising?"),
    ("sat", "10:27", "Chicago is 5 weeks out dude 😩", None),
    ("sat", "19:00", "Went to immediate care. They think grade 2 calf strain maybe. Ultrasound Monday. Crutches for now", None),
    ("sun", "09:00", "Calf is sore but better, like 5/10 walking around the house. Bruise showing up down by the ankle now which is gross", None),
    ("sun", "09:05", "Forgot to mention, tuesday I also did a 3 mile shakeout in the evening with my running club, ~30 min", None),
    ("sun", "09:10", "Also the 8 from tuesday morning was actually 8.3 per garmin", None),
    ("sun", "11:00", "Hypothetically if the ultrasound is fine and Im back running in 2 weeks could I still do Chicago? Even at like 4:15", None),
    ("sun", "11:05", "My brother in law ran the Fox Valley half today, 1:38, I was supposed to be there 🙄", None),
    ("sun", "11:10", "Whats my marathon PR in your records btw? Want to rub it in his face lol", None),
    ("sun", "20:00", "thanks coach. gonna go feel sorry for myself with some deep dish 🍕", None),
]

C["en-10"] = [
    ("mon", "06:30", "buenos días coach! 3 miles easy in La Carolina this morning, 34 min. altitude still kicking my butt lol", None),
    ("mon", "06:32", "also how long until i'm actually adapted to 2850m?? it's been like 4 months", None),
    ("mon", "19:00", "ok random q but should i be taking electrolytes for 4-5 milers or just water", None),
    ("tue", "18:15", "yoga class tonight, 1hr, hot yoga which maybe was a mistake 🥵", None),
    ("wed", "06:40", "workout done!! 1 mi wu, 4x800 at like 4:30-4:40 (so slow up here omg), 400 walk breaks, 1 mi cd. 4 miles total, 48 min", None),
    ("wed", "06:42", "left knee had a teeny twinge on the downhill, 1/10, not the old right knee thing", None),
    ("thu", "12:00", "heads up i can't run friday, it's parent-teacher day at school and i'm there 7 to 7 😩 can i do it saturday instead?", None),
    ("thu", "19:30", "ran 5 with my friend Sofi this evening at Parque Metropolitano, 58 min, hilly af", None),
    ("thu", "19:45", "omg ignore that last one, that was Sofi's run she sent me from her strava 🤦‍♀️ i only did part of it with her and bailed. lemme check my watch", None),
    ("thu", "19:50", "mine was 2.6 mi, 31 min", None),
    ("fri", "21:00", "didn't run today obvs, survived parent day lol. knee twinge gone btw", None),
    ("sat", "07:00", "ok so big news. my friend talked me into the Guayaquil half on oct 24 😅 sea level baby! so that's my main race now, the 15K can just be for fun. want to go sub 2:30", None),
    ("sat", "07:05", "is that even doable from 7 miles as my longest?? that's 13.1 😬", None),
    ("sat", "10:30", "long run done! 7.5 miles, 1h28. walked a couple of the uphills in Guápulo lol", None),
    ("sat", "10:32", "new longest ever 🎉", None),
    ("sat", "15:00", "ugh my stomach was kinda off this afternoon, pretty sure it was the street empanada not the run lol", None),
    ("sun", "09:00", "rest day! did a 2 hr hike on the Pichincha trail from the teleférico with some friends tho, legs r toast", None),
    ("sun", "09:05", "wait did i tell u my 5K time from austin? i forget", None),
    ("sun", "17:00", "also what if i moved to running mon wed sat sun instead, would that work better for the long runs?", None),
    ("sun", "17:10", "actually yeah let's do it. mon wed sat sun from now on 👍", None),
    ("sun", "17:12", "gracias coach!! 🙏", None),
]


def main():
    tzs = {p["conv"]: p["timezone"] for p in PROFILES}
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(C):
            tz = ZoneInfo(tzs[conv])
            prev = None
            for i, (day, hm, text, after) in enumerate(C[conv]):
                h, m = map(int, hm.split(":"))
                local = dt.datetime.combine(DAYS[day], dt.time(h, m), tzinfo=tz)
                assert prev is None or local > prev, (conv, i)
                prev = local
                rec = {"conv": conv, "i": i, "lang": "en", "sent_at": local.isoformat(timespec="seconds"),
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(PROFILES)} profiles, {len(C)} conversations, {n} messages")


if __name__ == "__main__":
    main()
