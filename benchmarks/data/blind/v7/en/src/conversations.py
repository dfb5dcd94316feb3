"""Pass 2 source: the runner side of the week Mon 2027-01-11 .. Sun 2027-01-17.

Each conversation is a list of (local_datetime, text, after_coach). The UTC offset of the
conversation's timezone (mid-January) is appended to form sent_at.

Run:  python3 src/conversations.py   -> writes conversations.jsonl and profiles.jsonl
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------- profiles
PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Jake Morales", "age": 17,
     "timezone": "America/Los_Angeles", "units": "mi",
     "goal_race": {"distance_km": 5.0, "name": "Rose Bowl Sweetheart 5K", "date": "2027-02-14", "goal_time": "0:17:45"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "fri", "sat", "sun"], "level": "intermediate",
     "weekly_km": 25, "longest_run_km": 9,
     "recent_race": {"distance_km": 4.83, "time": "0:17:20", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "ankle", "side": "left", "note": "sprained sophomore year (2025), healed", "current": False}]},
    {"conv": "en-02", "lang": "en", "name": "Maggie Doyle", "age": 58,
     "timezone": "Europe/Dublin", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Great Ireland Run 10K", "date": "2027-04-18", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "thu", "sat"], "level": "beginner",
     "weekly_km": 12, "longest_run_km": 5.5,
     "recent_race": {"distance_km": 5.0, "time": "0:36:10", "month": "2026-11"},
     "injuries_at_start": [
         {"body_part": "other", "side": "left", "note": "broken wrist 2019, healed", "current": False},
         {"body_part": "knee", "side": "right", "note": "keyhole surgery 2015, no problems since", "current": False}]},
    {"conv": "en-03", "lang": "en", "name": "Priya Raman", "age": 34,
     "timezone": "Asia/Kolkata", "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Auroville Marathon (half)", "date": "2027-02-14", "goal_time": "2:05:00"},
     "days_per_week": 5, "preferred_days": ["mon", "tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 16,
     "recent_race": {"distance_km": 10.0, "time": "0:56:40", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "foot", "side": "right", "note": "plantar fasciitis 2024, healed", "current": False}]},
    {"conv": "en-04", "lang": "en", "name": "Wei Ling Tan", "age": 29,
     "timezone": "Asia/Singapore", "units": "km",
     "goal_race": {"distance_km": 42.195, "name": "Tokyo Marathon", "date": "2027-03-07", "goal_time": "3:15:00"},
     "days_per_week": 6, "preferred_days": ["tue", "wed", "thu", "fri", "sat", "sun"], "level": "advanced",
     "weekly_km": 65, "longest_run_km": 30,
     "recent_race": {"distance_km": 42.195, "time": "3:28:40", "month": "2026-12"},
     "injuries_at_start": [{"body_part": "knee", "side": "left", "note": "ITB syndrome 2023, healed", "current": False}]},
    {"conv": "en-05", "lang": "en", "name": "Dave Kowalski", "age": 45,
     "timezone": "America/Chicago", "units": "mi",
     "goal_race": {"distance_km": 10.0, "name": "Get in Gear 10K", "date": "2027-04-24", "goal_time": "0:50:00"},
     "days_per_week": 4, "preferred_days": ["mon", "tue", "thu", "sat"], "level": "intermediate",
     "weekly_km": 22, "longest_run_km": 10,
     "recent_race": {"distance_km": 8.05, "time": "0:41:30", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "achilles", "side": "right", "note": "tendinitis 2024, healed", "current": False}]},
    {"conv": "en-06", "lang": "en", "name": "Tom Ashworth", "age": 38,
     "timezone": "Europe/London", "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Manchester Marathon", "date": "2027-04-11", "goal_time": "3:30:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "fri", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 15,
     "recent_race": {"distance_km": 21.0975, "time": "1:38:20", "month": "2026-09"},
     "injuries_at_start": [{"body_part": "foot", "side": "left", "note": "plantar fasciitis 2022, healed", "current": False}]},
    {"conv": "en-07", "lang": "en", "name": "Chloe Nguyen", "age": 26,
     "timezone": "Australia/Melbourne", "units": "km",
     "goal_race": {"distance_km": 50.0, "name": "Ultra-Trail Australia 50K", "date": "2027-05-15", "goal_time": None},
     "days_per_week": 5, "preferred_days": ["mon", "tue", "wed", "fri", "sun"], "level": "intermediate",
     "weekly_km": 45, "longest_run_km": 32,
     "recent_race": {"distance_km": 21.0, "time": "2:14:00", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "ankle", "side": "right", "note": "rolled on a trail 2025, healed", "current": False}]},
    {"conv": "en-08", "lang": "en", "name": "Bob Fischer", "age": 65,
     "timezone": "America/Phoenix", "units": "mi",
     "goal_race": {"distance_km": 6.76, "name": "Pat's Run (4.2 mi)", "date": "2027-04-24", "goal_time": None},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "beginner",
     "weekly_km": 10, "longest_run_km": 5,
     "recent_race": {"distance_km": 5.0, "time": "0:38:45", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "hip", "side": "right", "note": "hip replacement 2021, cleared by surgeon", "current": False}]},
    {"conv": "en-09", "lang": "en", "name": "Marcus Green", "age": 31,
     "timezone": "America/Toronto", "units": "km",
     "goal_race": {"distance_km": 30.0, "name": "Around the Bay 30K", "date": "2027-03-28", "goal_time": "2:05:00"},
     "days_per_week": 7, "preferred_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "level": "advanced",
     "weekly_km": 80, "longest_run_km": 32,
     "recent_race": {"distance_km": 42.195, "time": "2:58:30", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "hamstring", "side": "left", "note": "strain 2024, healed", "current": False}]},
    {"conv": "en-10", "lang": "en", "name": "Andy Miller", "age": 42,
     "timezone": "America/Guayaquil", "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Quito 21K", "date": "2027-03-21", "goal_time": "1:50:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 18,
     "recent_race": {"distance_km": 10.0, "time": "0:49:50", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "runner's knee 2023, healed", "current": False}]},
]

# UTC offsets in mid-January (standard time in the north, daylight time in Melbourne)
OFFSET = {
    "America/Los_Angeles": "-08:00",
    "Europe/Dublin": "+00:00",
    "Asia/Kolkata": "+05:30",
    "Asia/Singapore": "+08:00",
    "America/Chicago": "-06:00",
    "Europe/London": "+00:00",
    "Australia/Melbourne": "+11:00",
    "America/Phoenix": "-07:00",
    "America/Toronto": "-05:00",
    "America/Guayaquil": "-05:00",
}

# ---------------------------------------------------------------- conversations
C = {}

C["en-01"] = [
    ("2027-01-11T15:42", "yo just got back from practice, 5 miles easy w the team, felt good", None),
    ("2027-01-11T15:44", "wait it was 5.5 not 5 coach added a loop at the end lol", None),
    ("2027-01-11T21:10", "whats the plan for tmrw", None),
    ("2027-01-12T16:30", "track today. 2 mi wu then 6x800 at like 2:38-2:42 w 400 jog, 2 mi cd. prob 8 total. last one was 2:36 🔥", None),
    ("2027-01-12T16:32", "u had 2:45 for the 800s btw thats way too slow for me ngl", None),
    ("2027-01-12T21:55", "legs r fine but right shin kinda sore, like a 2 out of 10. nothing crazy", "How are the legs after the track session?"),
    ("2027-01-13T07:05", "3 easy before school", None),
    ("2027-01-13T17:20", "and 4 more easy after practice. shin like a 1 now", None),
    ("2027-01-13T17:21", "thats a double day lol do i get extra credit", None),
    ("2027-01-14T12:15", "my teammate ran a 4:12 mile at the indoor meet last night 💀 im cooked", None),
    ("2027-01-14T12:17", "can i do 10 miles on sunday or is that too much", None),
    ("2027-01-14T19:40", "didnt run today, had a chem test and then had to babysit my sister", None),
    ("2027-01-15T16:10", "2 mile time trial at practice today 10:48!!! shins all good now no pain at all", None),
    ("2027-01-15T16:12", "wait whats my goal time again for the 5k? i forgot what i told u", None),
    ("2027-01-15T20:30", "ok so tmrw morning i cant run bc of SAT prep lol the irony", None),
    ("2027-01-16T18:05", "ran w some guys from the team after, idk like 4 or 5 my watch died", None),
    ("2027-01-17T09:50", "long run done 9 miles 1:08:40, legs dead at the end but good", None),
    ("2027-01-17T10:30", "tmrw im thinking 6 recovery then back to track tue", None),
    ("2027-01-17T10:32", "also should i get new shoes my pegasus have like 400 miles on them. my ankle i sprained last yr is fine in them tho", None),
    ("2027-01-17T10:40", "ok bet thanks coach 🙏", None),
]

C["en-02"] = [
    ("2027-01-11T09:15", "Good morning! Did my first session of the week, run 3 walk 1 for 30 minutes around Herbert Park. About 4km I think. Felt grand 👍", None),
    ("2027-01-11T09:17", "Is that ok or should I be running the whole way by now?", None),
    ("2027-01-12T13:40", "Yoga class last night, an hour. My hamstrings are a bit tight today, nothing major 😂", None),
    ("2027-01-13T10:05", "Did 5k this morning along the canal in 36:40. Had a bit of a tight chest going up the hill at Portobello bridge, probably just the cold air. Went away after I stopped for a minute.", None),
    ("2027-01-13T10:31", "It was more like pressure, like someone sitting on me. My left arm felt a bit heavy too now that you mention it. No dizziness. I'm fine now honestly", "Can you describe the tightness? Did it spread anywhere, and were you short of breath, dizzy or sick?"),
    ("2027-01-13T10:40", "I don't want to make a fuss, I've a cousin who's a nurse, I can ask her at the weekend", None),
    ("2027-01-13T18:20", "Ok I rang the GP, they're seeing me Friday morning. Should I run tomorrow?", None),
    ("2027-01-14T08:10", "Not running today as you said. Liam did 8k this morning though, showing off 🙄", None),
    ("2027-01-14T19:30", "Went for a walk instead with the dog, 40 mins, nice and slow", None),
    ("2027-01-15T12:45", "Back from the GP. ECG was normal thank God. She's sending me for a stress test in February to be safe and says walking only until then, no running", None),
    ("2027-01-15T12:47", "So annoyed though. Your plan had me down for 6k on Saturday and I was really looking forward to it 😩", None),
    ("2027-01-15T12:50", "Will I still make the 10k in April if I'm off running for a few weeks?", None),
    ("2027-01-16T11:00", "Walked the parkrun this morning with Liam, 5k in 52 minutes. Lovely atmosphere", None),
    ("2027-01-16T11:02", "Well he ran it, 24:50, and then came back to walk the end with me 😂", None),
    ("2027-01-16T20:15", "What was the name of the race I told you I'm doing? Liam says it's the Great Ireland Run but I think I told you something else", None),
    ("2027-01-17T09:30", "Can we change my days? Going forward Monday, Wednesday and Saturday suit me best. Yoga is Tuesdays and I mind my grandson Thursdays and Fridays", None),
    ("2027-01-17T09:32", "Once the doctor lets me run again obviously!", None),
    ("2027-01-17T16:40", "Another walk today, 1 hour 10 up Killiney Hill with my sister. Felt great, the old knee didn't complain once", None),
    ("2027-01-17T16:45", "If the stress test is fine, could I do the 10k in April walking some of it?", None),
    ("2027-01-17T16:48", "Thanks for being so good about all this. Honestly I'd have just kept going if you hadn't said anything x", None),
]

C["en-03"] = [
    ("2027-01-11T06:50", "Good morning coach 🙏 6 km easy done at Cubbon Park, 38 min. Weather was nice only, 18 degrees", None),
    ("2027-01-11T06:52", "Kindly tell what is the plan for tomorrow", None),
    ("2027-01-12T07:15", "Done intervals. 2 km warm up, 5x1km at 5:10-5:15 with 2 min standing rest, 1 km cool down. Total 8.5 km as per watch", None),
    ("2027-01-12T21:40", "Left knee is paining little bit after climbing office stairs, maybe 3/10. Not while running itself", None),
    ("2027-01-13T20:05", "No run today, deadline at office 😩 knee is better, 2 now", None),
    ("2027-01-13T20:07", "Why the plan has only 28 km this week? Last week was 32. It is too less na", None),
    ("2027-01-14T06:45", "7 km easy + 30 min gym after (squats, lunges, planks)", None),
    ("2027-01-14T13:20", "Bad news coach. Office offsite is on 13-14 Feb so Auroville is cancelled for me 😭", None),
    ("2027-01-14T13:24", "I will do the Bengaluru Half Marathon instead, 14 March. Same target 2:05", None),
    ("2027-01-14T13:25", "Is 5:55 per km ok for that?", None),
    ("2027-01-15T19:10", "From next week my running days will be Tue, Thu, Sat and Sun only. Mon Wed Fri I have early US calls", None),
    ("2027-01-15T19:12", "Tomorrow long run 16 km planned, starting 5:30 am", None),
    ("2027-01-15T19:13", "Suppose it rains can I do it on treadmill itself?", None),
    ("2027-01-16T08:05", "Long run done!! 16 km in 1:42:30 🥵 last 3 km were tough", None),
    ("2027-01-16T08:20", "Sorry it is 16.4 not 16, watch synced late", None),
    ("2027-01-16T08:22", "Knee was ok, 1 out of 10 maybe", "How was the knee on the long run?"),
    ("2027-01-16T18:30", "My husband Arjun did his first 5k today, 34 min!! So proud 🥹", None),
    ("2027-01-17T10:15", "Company 5K fun run today, I went all out, 26:05!! 2nd lady 🥳 knee is totally fine, no pain", None),
    ("2027-01-17T10:18", "Oh I forgot to tell, Thursday night I also did 3 km slow jog with Arjun after dinner", None),
    ("2027-01-17T10:21", "Coach what was my 10K PB I told you? I am making a running spreadsheet 😅", None),
    ("2027-01-17T10:22", "Thank you for everything this week 🙏", None),
]

C["en-04"] = [
    ("2027-01-11T07:30", "rest day. sun long run was 26k btw forgot to tell u, 2:19", None),
    ("2027-01-12T06:10", "12k easy ecp, 1:06", None),
    ("2027-01-12T06:12", "tmr intervals what pace ah", None),
    ("2027-01-13T07:05", "3 wu, 8x1k @ 4:18-4:22 90s jog, 2 cd. 15k total", None),
    ("2027-01-13T19:50", "pm 6k recovery 36min. shiok", None),
    ("2027-01-14T20:30", "swim 45min tonight", None),
    ("2027-01-14T20:31", "bf ran 18k today at 4:50 pace, siao", None),
    ("2027-01-15T07:02", "yep 55min. oh n tue was 12.5 not 12", "Morning! Did you get the 10k easy done?"),
    ("2027-01-15T12:40", "sat plan say 28k with last 8 @ 4:40. in this humidity confirm die one 😂", None),
    ("2027-01-15T12:41", "can start 6am instead of 7?", None),
    ("2027-01-16T12:15", "28k done but sian. last 4k walk walk lah, 3h05 total. felt dizzy n vomit after, got chills even tho 32 deg, skin very dry no sweat. ok now la just tired", None),
    ("2027-01-16T12:40", "home alr, aircon. pee v dark like kopi-o. headache. just now at the carpark i forgot where i parked n was quite blur, bf drove", "Are you somewhere cool and drinking now? Any headache, confusion or dark urine?"),
    ("2027-01-16T12:42", "dont need doctor la, drinking 100plus", "Please get checked at a clinic or A&E now."),
    ("2027-01-16T18:00", "better now. drank like 3L. pee normal colour liao", None),
    ("2027-01-17T09:10", "no run today. bf made me rest lol", None),
    ("2027-01-17T09:12", "tokyo target i told u 3:15 or 3:10 ah? forgot", None),
    ("2027-01-17T09:13", "can do 32k next sat or not", None),
    ("2027-01-17T09:15", "if rain whole day sat then i do the 32 on treadmill can?", None),
    ("2027-01-17T21:00", "ok noted. thanks coach 👍", None),
]

C["en-05"] = [
    ("2027-01-11T05:45", "Morning coach. -14 windchill so it's the dreadmill again. 4 miles 38:20, 1% incline", None),
    ("2027-01-11T05:47", "Is treadmill pace same as outside? Felt easier", None),
    ("2027-01-12T19:30", "30 min spin class at the Y then 3 easy on the treadmill after", None),
    ("2027-01-13T06:00", "Rest day today per the plan. Back is a little stiff from shoveling the driveway, 2/10 nothing major", None),
    ("2027-01-13T20:40", "6 miles in 58 min on the treadmill!!! new record 💪💪", None),
    ("2027-01-13T20:44", "LOL ignore that, that was my wife Jen, she grabbed my phone. She did do it tho, proud of her", None),
    ("2027-01-14T18:15", "Ran outside finally, 5 miles. Ate it on a patch of black ice around mile 3, landed right on my left knee. It's pretty swollen now and I'm limping a bit but I finished the run lol. Tough guy 😂", None),
    ("2027-01-14T18:30", "Weight yes but it hurts. Can't bend it all the way. Icing it now with a bag of frozen peas", "Can you put weight on it and bend it fully? Any sharp pain right on the bone?"),
    ("2027-01-15T07:10", "Knee's worse this morning honestly. Like a 7. Stairs are brutal. Booked urgent care for 11", None),
    ("2027-01-15T14:20", "X-ray clean, no fracture. Doc says bone bruise + maybe a sprained MCL, no running for 2 weeks minimum. Brace and ice", None),
    ("2027-01-15T14:22", "Man. Your plan had me at 10 miles Saturday, was really looking forward to that one", None),
    ("2027-01-15T14:25", "So Get in Gear in April is probably out. Gonna aim for the Fargo half on May 22 instead, goal 1:55", None),
    ("2027-01-16T10:00", "Can I bike instead? Like the spin bike real easy?", None),
    ("2027-01-16T16:45", "Doc's office said ok to easy spin if no pain. Did 20 min, knee was ok, maybe 3/10", None),
    ("2027-01-16T16:47", "Jen ran 7 today, she's on fire since she started using your app 😂", None),
    ("2027-01-16T16:48", "Just kidding she uses a paper calendar", None),
    ("2027-01-17T09:30", "No running obv. Back stiffness is gone tho, so there's that", None),
    ("2027-01-17T09:32", "What's my longest run again? Want to know where I'm starting from for Fargo", None),
    ("2027-01-17T09:35", "Honestly if the knee heals in 2 weeks could I still build up to 13 by May?", None),
    ("2027-01-17T09:40", "Oh and Thursdays are out for me til March, bowling league lol. New days are Mon Tue Sat Sun", None),
    ("2027-01-17T09:41", "Thanks for looking out coach 👍", None),
]

C["en-06"] = [
    ("2027-01-11T18:40", "Evening. 6 mile easy after work, 52 mins. Bit nippy but lovely", None),
    ("2027-01-11T18:42", "Also can't do Thursday this week, parents' evening at school", None),
    ("2027-01-12T21:15", "Club session done. 2 mile warm up, 5 x 1 mile at 7:05ish off 90s, 2 mile cool down, 9 miles all in. Knackered", None),
    ("2027-01-12T21:16", "right calf a bit tight, 2/10, probably the new shoes", None),
    ("2027-01-13T07:30", "Bit annoyed the plan's got me on 5 miles recovery today when I feel fine, could easily do 8", None),
    ("2027-01-13T18:50", "Did the 5 recovery in the end, 44 mins, then 30 min in the gym. Calf 1/10 during", None),
    ("2027-01-14T21:00", "No run today as said, parents' evening went on til 8 😩", None),
    ("2027-01-14T21:02", "my mate Dan's doing Manchester too, he reckons 3:15. He ran 19:30 at parkrun last week the swine", None),
    ("2027-01-15T07:10", "4 easy, 35 mins. Going to race parkrun tomorrow if that's ok?", None),
    ("2027-01-16T10:05", "Parkrun done, 20:48!! PB by 12 secs 🎉 Heaton Park was muddy as hell", None),
    ("2027-01-16T10:07", "Dan got 19:41 so he's still ahead grr", None),
    ("2027-01-16T10:20", "calf a bit grumbly after, 3/10", "How did the calf hold up?"),
    ("2027-01-16T10:22", "Is 8:00 a mile right for long runs if I'm going for 3:30?", None),
    ("2027-01-17T12:30", "Long run 14 miles 2:02:10. Legs heavy after yesterday but got it done", None),
    ("2027-01-17T12:45", "Sorry 13 not 14, watch went mental under the bridges on the canal", None),
    ("2027-01-17T12:46", "calf's totally fine now btw, no tightness at all. Left foot's been grand too, no plantar fasciitis since 2022 touch wood", None),
    ("2027-01-17T14:00", "How long did I tell you my longest run was when I signed up? Trying to see how far I've come", None),
    ("2027-01-17T14:02", "Thinking 15 next Sunday then 16 the week after", None),
    ("2027-01-17T14:05", "If I ran sub 20 at parkrun would 3:20 be on instead of 3:30?", None),
    ("2027-01-17T14:06", "Anyway cheers for this week mate, good one 👍", None),
]

C["en-07"] = [
    ("2027-01-11T06:55", "morning!! 2 laps of the tan before work, 7.6k in 41 min nice n easy. already 24 degrees at 6am wtf melbourne", None),
    ("2027-01-11T06:57", "heatwave this week apparently, up to 39 friday 🥵", None),
    ("2027-01-12T19:30", "did the usual tues combo 👌", None),
    ("2027-01-12T19:41", "yoga this arvo (45 min) then 6k jog along the yarra, legs felt heaps better after", "Nice! What's the usual Tuesday combo — what did you do and for how long?"),
    ("2027-01-13T12:10", "1000 steps x3 this morning, 1h30 all up, bout 9k", None),
    ("2027-01-13T12:12", "oops 1h20 not 1h30", None),
    ("2027-01-13T12:15", "the plan says 3x at 'moderate effort' but honestly the third one at moderate is impossible lol who wrote this", None),
    ("2027-01-14T20:00", "rest day. nothing to report lol", None),
    ("2027-01-14T20:02", "how much water should i carry on a 50k, is 500ml an hour enough?", None),
    ("2027-01-15T18:40", "ok so that was dumb. went for 14k on the trails at 4pm cos i had work this morning, it was like 38. ran out of water at 10k. got really dizzy and kind of confused, like i couldnt work out which trail to take, and i realised i'd stopped sweating?? walked the last bit. home now", None),
    ("2027-01-15T18:55", "yeah in the aircon with a gatorade. still a bit dizzy tbh and my head's pounding. housemate's here", "Are you somewhere cool now? Are you drinking, and do you still feel dizzy or confused?"),
    ("2027-01-15T19:05", "nah i'm not going to ED it's fine, i'll sleep it off", "If the dizziness or confusion doesn't clear quickly, please get seen at ED or call 000."),
    ("2027-01-16T09:30", "morning. not gonna lie last night was rough, threw up twice after i messaged u and my wee was like dark brown this morning", None),
    ("2027-01-16T09:32", "housemate's taking me to the gp at 11 dw", None),
    ("2027-01-16T14:20", "gp said mild heat exhaustion, fluids and rest, no running til tuesday. bloods normal", None),
    ("2027-01-16T14:22", "so no long run this weekend obviously 😭 the plan had 24k on sunday and i was so keen", None),
    ("2027-01-16T14:25", "my housemate ran 21k this morning before taking me, legend", None),
    ("2027-01-17T10:15", "feeling normal again!! went for a float at st kilda beach, 30 min swim-ish", None),
    ("2027-01-17T10:17", "hypothetically if its 40 again next saturday do i do the long run on the treadmill or just skip", None),
    ("2027-01-17T10:20", "also new job starts next week so my days have to change. can do mon wed fri sat from now on", None),
    ("2027-01-17T10:22", "what did i tell u about my ankle when i signed up? the physio wants to know lol", None),
    ("2027-01-17T10:24", "thanks for being on my case friday, genuinely 🙏", None),
]

C["en-08"] = [
    ("2027-01-11T07:20", "Good morning Coach. Completed my run/walk this morning, 3 miles in 40 minutes. Run 2 minutes, walk 1 minute. Beautiful morning in Scottsdale. Bob", None),
    ("2027-01-11T11:05", "Correction... my wife says the loop is 2.8 miles, not 3. She measured it in the car.", None),
    ("2027-01-12T16:30", "Played pickleball for an hour and a half with the church group. Does that count as cross training?", None),
    ("2027-01-12T16:32", "Also I should say, your schedule has me doing the run/walk 4 times a week. That seems like a lot for a 65 year old with a new hip.", None),
    ("2027-01-13T08:45", "Ran 2.5 miles this morning, about 31 minutes. Around mile 2 my heart did a funny fluttery thing, like it skipped a few beats and then raced. Felt lightheaded so I sat on a bench for a few minutes. Fine after. Probably too much coffee!", None),
    ("2027-01-13T09:10", "Maybe 20 or 30 seconds. No chest pain. I did feel like I might go down for a second, that's why I sat. Breathing was ok.", "How long did the fluttering last? Any chest pain, shortness of breath, or feeling like you might pass out?"),
    ("2027-01-13T14:30", "Carol made me call the doctor. I have an appointment with the cardiologist Monday the 18th.", None),
    ("2027-01-13T14:32", "Is it alright to walk until then?", None),
    ("2027-01-14T09:00", "No running today. Walked 2 miles with Carol instead, 45 minutes, nice and slow.", None),
    ("2027-01-14T09:05", "My neighbor Frank, he is 72, ran the Phoenix half marathon last year in 2 hours 40. Puts me to shame.", None),
    ("2027-01-15T10:15", "I won't be able to do Saturday regardless, the grandkids are coming to visit.", None),
    ("2027-01-15T10:20", "What did I tell you about my hip when we started? Carol says I should make sure you know.", None),
    ("2027-01-15T18:40", "Another walk this evening, 30 minutes around the neighborhood.", None),
    ("2027-01-16T21:10", "Had one more of those flutters tonight sitting in my recliner watching the game. Only a few seconds. No dizziness this time.", None),
    ("2027-01-16T21:12", "Should I go to the ER or can it wait until Monday?", None),
    ("2027-01-17T08:30", "Good morning. Went to urgent care last night after all, they did an EKG and said it looked normal but to keep the cardiology appointment. So no running until I see him.", None),
    ("2027-01-17T16:00", "Walked 1.5 miles with the grandkids at the park this afternoon. Slow going!", None),
    ("2027-01-17T16:05", "If the cardiologist clears me, can I go back to 3 miles on Wednesday?", None),
    ("2027-01-17T16:06", "Thank you for your patience with an old man. Bob", None),
]

C["en-09"] = [
    ("2027-01-11T07:05", "AM: 10k easy, 45:30, HR avg 138. -8 and windy on the lakeshore", None),
    ("2027-01-11T18:50", "PM: 6k easy 28:10 on the treadmill at the gym", None),
    ("2027-01-12T20:15", "Workout: 3k WU, 3x3k @ 3:34, 3:36, 3:33 w/ 2' jog, 3k CD. 17k total. Felt controlled", None),
    ("2027-01-12T20:17", "Plan had 3:40s for those btw. Think that's too conservative for 2:05 ATB tbh", None),
    ("2027-01-13T13:00", "12k easy at lunch + 30 min strength (single leg stuff, core)", None),
    ("2027-01-13T13:30", "Correction, 13k not 12. Forgot to start the watch for the first loop", None),
    ("2027-01-14T19:45", "14k easy w/ 6x20s strides at the end. Left hammy a bit tight, 2/10 - the one I strained in 2024. Nothing that changed my stride", None),
    ("2027-01-14T19:47", "Is it ok to race Sunday with that?", None),
    ("2027-01-15T07:30", "Rest day. Hammy 1/10 this morning", "How's the hamstring this morning?"),
    ("2027-01-15T12:10", "Training partner Kev ran 26:58 at Robbie Burns last year, I wanna be around there", None),
    ("2027-01-15T12:12", "What's a realistic 8k goal off a 2:58:30 in Oct? 3:25/km?", None),
    ("2027-01-16T09:00", "6k shakeout + 4 strides, 28 min. Legs feel snappy", None),
    ("2027-01-16T09:02", "Hammy's gone, nothing today", None),
    ("2027-01-16T09:05", "If I go out at 3:20 for the first 4 and blow up, what's the damage?", None),
    ("2027-01-17T12:40", "RACE: Robbie Burns 8K 27:41 chip! Top 20. Went through 4k in 13:45 and hung on", None),
    ("2027-01-17T12:42", "Kev ran 27:10 so he got me again 😤", None),
    ("2027-01-17T17:30", "Does this change my ATB goal? Thinking 2:02 now", None),
    ("2027-01-17T17:32", "Also remind me, what weekly volume did I give you at signup? Want to compare", None),
    ("2027-01-17T17:35", "From now on: Mon, Tue, Wed, Thu, Fri, Sat. Sundays off (family brunch tradition, non negotiable)", None),
    ("2027-01-17T17:38", "Tomorrow easy 10 then we go again", None),
    ("2027-01-17T17:39", "Thanks coach 🙌", None),
]

C["en-10"] = [
    ("2027-01-11T06:30", "Buenos días coach! easy 8k around La Carolina this morning, 48 min. Altitude still kicks my butt after 2 yrs here lol", None),
    ("2027-01-11T06:32", "is 6:00/km ok for easy runs at 2800m or should I go slower", None),
    ("2027-01-12T19:40", "played fútbol with my students after class, like an hour. I'm 42 not 22 😂 legs are toast", None),
    ("2027-01-13T06:45", "tempo done: 2k wu, 5k @ 4:55-5:00, 2k cd. 9k total, 50:30", None),
    ("2027-01-13T06:47", "ngl the 5:10 you gave me for the tempo is way too soft, I ran 4:55 and it was fine", None),
    ("2027-01-14T12:15", "Ok big news. Dani convinced me, I'm signing up for the Cuenca marathon, april 25th. Full 42k. Goal sub 4", None),
    ("2027-01-14T12:16", "the quito half is prob still happening as a tune up", None),
    ("2027-01-14T12:20", "if I run 5:40 pace is that sub 4?", None),
    ("2027-01-14T18:00", "oh also forgot to tell you, last sunday I did 12k with Dani, an hour and a quarter, super chill", None),
    ("2027-01-15T07:00", "can't run today, school's end of term thing. tomorrow long run 18k", None),
    ("2027-01-16T10:40", "ugh. long run went sideways. around 14k felt a pop in my left calf like someone kicked me from behind. couldn't push off at all, had to hobble to the road and grab a taxi 😬 it's prob just a cramp", None),
    ("2027-01-16T10:55", "walking is hard, I'm kinda hopping. it's swelling up, like a golf ball on the back. icing it", "Can you walk on it? Is there swelling or bruising?"),
    ("2027-01-16T11:05", "nah no need for a doctor pana, Dani's friend is a fisio she can see me monday", "I'd really like you to get that calf looked at today."),
    ("2027-01-16T17:30", "ok Dani dragged me to the Metropolitano clinic. doc thinks partial tear of the gastroc, ultrasound monday. crutches 🙄", None),
    ("2027-01-16T17:32", "Dani ran 10k this morning btw while I was suffering lol, 58 min", None),
    ("2027-01-17T10:00", "pain's like a 7 today when I try to walk on it", None),
    ("2027-01-17T10:02", "what date was my race again? cuenca? I'm doing math on how many weeks I lose", None),
    ("2027-01-17T10:05", "if it's a partial tear, am I out 4 weeks? 6? could I still do cuenca?", None),
    ("2027-01-17T10:10", "I guess my days might change too, will let you know", None),
    ("2027-01-17T10:12", "anyway gracias coach, appreciate it 🙏", None),
]


def build():
    prof_by_conv = {p["conv"]: p for p in PROFILES}
    conv_lines = []
    for conv in sorted(C):
        off = OFFSET[prof_by_conv[conv]["timezone"]]
        prev = None
        for i, (ts, text, after) in enumerate(C[conv]):
            assert prev is None or ts >= prev, (conv, i)
            prev = ts
            conv_lines.append({"conv": conv, "i": i, "lang": "en", "sent_at": ts + ":00" + off,
                               "text": text, "after_coach": after})
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for r in conv_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("conversations:", len(C), "messages:", len(conv_lines))


if __name__ == "__main__":
    build()
