#!/usr/bin/env python3
"""Pass 2: runner-side messages and onboarding profiles for en-01..en-10.

Week: Mon 2027-06-07 .. Sun 2027-06-13. sent_at = runner's local time with the
UTC offset that zone has on that date (computed with zoneinfo, so daylight time
is right: northern zones are on summer time in June, Sydney is not).
Writes ../conversations.jsonl and ../profiles.jsonl.
"""
import json, os, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def inj(part, side, note, current=False):
    return {"body_part": part, "side": side, "note": note, "current": current}

C = []  # list of (profile, [(local 'YYYY-MM-DD HH:MM', text, after_coach)])

# ---------------------------------------------------------------- en-01
C.append(({
    "conv": "en-01", "lang": "en", "name": "Jake Morales", "age": 17, "timezone": "America/Chicago", "units": "mi",
    "goal_race": {"distance_km": 5.0, "name": "Red White & Blue 5K", "date": "2027-07-04", "goal_time": "0:22:00"},
    "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "beginner",
    "weekly_km": 12, "longest_run_km": 5,
    "recent_race": {"distance_km": 5.0, "time": "0:24:50", "month": "2026-10"},
    "injuries_at_start": []}, [
    ("2027-06-07 07:40", "ran 3 miles this morning it was easy", None),
    ("2027-06-07 07:43", "like 27 min", "Nice start to the week Jake! How long did the 3 miles take?"),
    ("2027-06-07 16:10", "whats the workout tmrw", None),
    ("2027-06-08 08:15", "5 mi in 36 min 🔥🔥", None),
    ("2027-06-08 08:31", "wait nvm ignore that thats my boy tylers run it synced to my strava somehow lol", None),
    ("2027-06-08 08:32", "i didnt run today", None),
    ("2027-06-08 19:04", "tyler ran 5 in 36 can i get that fast by july", None),
    ("2027-06-09 15:05", "going for 4 now", None),
    ("2027-06-09 20:48", "did the 4 it was like 98 out lol. threw up after and got super dizzy, kinda stopped sweating at the end which was weird", None),
    ("2027-06-09 20:56", "ya im ok just tired n my head hurts. idk i was kinda out of it for a bit my mom said i wasnt making sense",
     "Jake, vomiting, dizziness and stopping sweating in that heat are signs of heat illness. Are you OK now? Any confusion or headache?"),
    ("2027-06-09 20:58", "its fine tho lol dont tell me to go to the er", None),
    ("2027-06-10 10:20", "feel normal today. can i run tmrw", None),
    ("2027-06-10 10:23", "pee is normal now. mom made me drink like a gallon",
     "Glad you feel better. What colour is your pee today, and did anyone check you over last night?"),
    ("2027-06-11 18:00", "didnt run", None),
    ("2027-06-12 06:50", "5 mi done at 6am way better when its not 100 degrees", None),
    ("2027-06-12 06:52", "40:12 felt good", "Much smarter timing! How long did it take and how did it feel?"),
    ("2027-06-12 06:53", "actually 40:21 i typod", None),
    ("2027-06-13 12:00", "is 7:05 a mile ok for my 5k or is that too slow", None),
    ("2027-06-13 12:01", "whats my goal time again i forgot lol", None),
    ("2027-06-13 12:30", "ok bet. thx coach", None),
    ("2027-06-13 12:32", "if its hot like wed should i just do treadmill", None),
]))

# ---------------------------------------------------------------- en-02
C.append(({
    "conv": "en-02", "lang": "en", "name": "Priya Raman", "age": 34, "timezone": "Asia/Kolkata", "units": "km",
    "goal_race": {"distance_km": 21.0975, "name": "Hyderabad Half Marathon", "date": "2027-08-22", "goal_time": "1:58:00"},
    "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate",
    "weekly_km": 35, "longest_run_km": 16,
    "recent_race": {"distance_km": 10, "time": "0:56:40", "month": "2027-05"},
    "injuries_at_start": [inj("other", "right", "IT band syndrome 2025, healed", False)]}, [
    ("2027-06-07 06:45", "Good morning coach 🙏 Done with easy 6k today, 38 min. Left shin is paining slightly, maybe 2/10, nothing major", None),
    ("2027-06-07 06:47", "Should I ice it or just leave?", None),
    ("2027-06-07 21:10", "My office is changing hybrid days from next week only, so Mon Wed Fri I have to go to Whitefield office, 1.5 hr commute 😩", None),
    ("2027-06-08 07:20", "Intervals done ✅ 2k wu, 6x800 @ 4:40, 4:38, 4:41, 4:36, 4:35, 4:30 with 400 jog, 2k cd. Total 10.5k on watch. Last one I pushed 😅", None),
    ("2027-06-08 07:22", "Shin didn't bother me at all during reps 👍", None),
    ("2027-06-09 06:30", "Morning 5k easy done, 32:10", None),
    ("2027-06-09 19:45", "Went again in evening with Arjun, he wanted company. 4k very slow shakeout. He did his 10k, I joined only for last 4 😄", None),
    ("2027-06-09 19:47", "Is it ok to do two runs in a day or I'm overdoing?", None),
    ("2027-06-10 07:05", "Shin is better today, 1/10 only. Rest day as per plan na", None),
    ("2027-06-10 13:20", "Ok so final office days have come. Can we change my running days to Tue, Thu, Sat and Sun? Mon Wed Fri are impossible now", None),
    ("2027-06-10 13:21", "From this week itself if possible", None),
    ("2027-06-11 06:40", "Shin pain completely gone 🙌", None),
    ("2027-06-11 06:41", "Did 30 min yoga also yesterday evening, forgot to tell", None),
    ("2027-06-11 20:00", "Plan says 16k with last 3 at HM pace on Sat. What is my HM pace exactly? 5:35?", None),
    ("2027-06-12 08:55", "Long run done!! 16.2k in 1h42 🥵 last 3 at 5:33, 5:30, 5:29", None),
    ("2027-06-12 08:57", "Bengaluru weather was lovely only, 22 degrees and drizzle", None),
    ("2027-06-12 09:00", "Can I go to 18k next Saturday? Hyderabad route has that flyover near the end so I want to practise", None),
    ("2027-06-12 09:02", "And how far is the race exactly, 21 or 21.1? Arjun says 21.2 😂", None),
    ("2027-06-13 07:15", "Easy 8k recovery, 50:30. Legs heavy but fine", None),
    ("2027-06-13 07:17", "Next week I'll try the 18 if you say ok", None),
    ("2027-06-13 07:20", "Also what was my 10k time I told you when we started? I want to compare", None),
    ("2027-06-13 07:21", "Thank you coach for everything 🙏", None),
]))

# ---------------------------------------------------------------- en-03
C.append(({
    "conv": "en-03", "lang": "en", "name": "Margaret O'Sullivan", "age": 64, "timezone": "Europe/Dublin", "units": "km",
    "goal_race": {"distance_km": 10, "name": "Vhi Women's 10K", "date": "2027-09-05", "goal_time": None},
    "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
    "weekly_km": 15, "longest_run_km": 6,
    "recent_race": {"distance_km": 5.0, "time": "0:38:10", "month": "2027-04"},
    "injuries_at_start": [inj("knee", "left", "arthroscopy 2019, no problems since", False)]}, [
    ("2027-06-07 10:30", "Good morning! I did my run-walk this morning along the Dodder, 2 minutes running and 1 minute walking, 5 km in 40 minutes. Lovely morning for it. Maggie x", None),
    ("2027-06-07 10:33", "There was a steep hill up at Rathfarnham and I walked most of it, I hope that's allowed!", None),
    ("2027-06-08 11:15", "Went for a swim at the leisure centre today, 30 minutes of slow breaststroke. My knee (the one I had the scope on years ago) was grand.", None),
    ("2027-06-08 11:16", "Rest day from the running as per the plan.", None),
    ("2027-06-09 09:05", "Dear coach, I meant to mention, on Monday going up that hill I got a tightness across my chest, like a band pulled tight. It went off after a few minutes when I walked. I'm sure it's nothing, probably just the cold air. Going out again this morning, 5 km same as Monday.", None),
    ("2027-06-09 09:21", "Well now that you ask, it happened twice before on hills in May, the same thing. A bit breathless with it too but I put that down to age! No pain in the arm.",
     "Maggie, thank you for telling me. Chest tightness while exercising needs a doctor to check it before you run again. Has this happened before? Any pain in your arm or jaw, or shortness of breath?"),
    ("2027-06-09 09:25", "I'll stay in so, I won't go out this morning.", None),
    ("2027-06-09 18:40", "My daughter made me ring the GP, I have an appointment next Tuesday. She is fussing!", None),
    ("2027-06-10 10:00", "Would it be alright to do the parkrun on Saturday if I walk the hills? I feel perfectly fine today.", None),
    ("2027-06-10 10:05", "No tightness at all since Monday.", None),
    ("2027-06-11 09:00", "I see the plan has 3 x 10 minutes running for Saturday. That seems an awful lot for me, I've never run 10 minutes without a walk break!", None),
    ("2027-06-11 20:30", "Actually Saturday is out anyway, I have the grandchildren all day. So no parkrun this week.", None),
    ("2027-06-12 21:00", "What a day! Two grandchildren under five, I'm more tired than after any run.", None),
    ("2027-06-13 11:10", "Went for a walk with my friend Bríd, 45 minutes, nice and easy, no bother at all.", None),
    ("2027-06-13 11:12", "Bríd is training for the same 10k, she ran 8 km on Friday, she's flying!", None),
    ("2027-06-13 11:15", "Remind me, what date is the 10k? I have it written on the calendar at home but I'm at Bríd's.", None),
    ("2027-06-13 11:16", "And did I tell you a time I wanted? I can't remember what I said.", None),
    ("2027-06-13 11:30", "Thank you, you're very good. I'll let you know what the GP says on Tuesday.", None),
    ("2027-06-13 19:00", "One more thing, is 38 minutes for the parkrun good for my age? The girl at the results said it was.", None),
    ("2027-06-13 19:02", "If the GP says all is well, could I do 3 runs next week instead of 2?", None),
]))

# ---------------------------------------------------------------- en-04
C.append(({
    "conv": "en-04", "lang": "en", "name": "Tom Whitaker", "age": 45, "timezone": "Europe/London", "units": "mi",
    "goal_race": {"distance_km": 42.195, "name": "Chester Marathon", "date": "2027-10-03", "goal_time": "3:45:00"},
    "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
    "weekly_km": 28, "longest_run_km": 15,
    "recent_race": {"distance_km": 21.0975, "time": "1:49:20", "month": "2026-10"},
    "injuries_at_start": [inj("achilles", "right", "Achilles tendinopathy 2024, sorted", False)]}, [
    ("2027-06-07 19:30", "Evening. 6 miles easy after work, bit knackered but fine. Left foot a bit achy on top, 3/10 maybe. New shoes prob", None),
    ("2027-06-07 19:32", "about 58 min", "Good stuff Tom. How long did the 6 take you?"),
    ("2027-06-07 19:33", "Achilles is behaving btw, no bother since last year", None),
    ("2027-06-08 20:15", "Tempo done. 1 mile wu, 4 @ 7:55ish, 1 cd. Foot didn't like it much tbh, 4/10 after", None),
    ("2027-06-08 20:17", "Gonna ice it and see", None),
    ("2027-06-09 07:10", "Just looked at Sunday. 16 miles?? Mate I've never done more than 15 and that was in March. Bit much innit", None),
    ("2027-06-09 07:12", "Not running today anyway, rest day", None),
    ("2027-06-10 12:40", "Foot's worse to be honest. There's one spot on top, sort of the middle, if I press it it really hurts. Limping a bit going up the ladders at work. Id say 7/10 walking round", None),
    ("2027-06-10 12:56", "bit swollen yeah, compared to the right one",
     "Tom, pain in one spot on top of the foot that hurts to press and makes you limp can be a stress fracture. Is there any swelling?"),
    ("2027-06-10 13:00", "Don't really fancy the doctors, it's just a bruise probably", None),
    ("2027-06-11 18:30", "Same as yesterday really. If I strap it up can I still do the long one Sunday? Could drop it to 12", None),
    ("2027-06-11 18:32", "Also new shift pattern from next week, so it'll have to be Mon Wed Fri Sun for runs from now on", None),
    ("2027-06-12 09:00", "Booked in at the walk-in centre Monday morning. Wife's orders", None),
    ("2027-06-12 14:20", "Went on the bike instead, 40 min to my mum's and back, foot ok on the bike", None),
    ("2027-06-12 14:22", "Chris from the club did 20 miles today the nutter", None),
    ("2027-06-13 10:00", "Not doing the long one, you win", None),
    ("2027-06-13 10:02", "what was my target time for Chester again? 3:45 or 3:40?", None),
    ("2027-06-13 10:05", "If it is a stress fracture how long am I out for? Roughly", None),
    ("2027-06-13 10:06", "and would I still make Chester, it's October 3rd", None),
    ("2027-06-13 16:40", "cheers for the help this week mate", None),
]))

# ---------------------------------------------------------------- en-05
C.append(({
    "conv": "en-05", "lang": "en", "name": "Danielle Kowalski", "age": 28, "timezone": "America/Denver", "units": "mi",
    "goal_race": {"distance_km": 80.47, "name": "Silver Rush 50", "date": "2027-07-17", "goal_time": "10:30:00"},
    "days_per_week": 6, "preferred_days": ["mon", "tue", "thu", "fri", "sat", "sun"], "level": "advanced",
    "weekly_km": 50, "longest_run_km": 24,
    "recent_race": {"distance_km": 42.195, "time": "3:21:05", "month": "2027-05"},
    "injuries_at_start": [inj("foot", "left", "plantar fasciitis 2025, healed", False)]}, [
    ("2027-06-07 06:20", "am 8 easy done 1:08, legs ok", None),
    ("2027-06-07 18:45", "pm 4 recovery w roomie, like 38 min. she did 6 i bailed at 4 lol", None),
    ("2027-06-08 07:30", "track: 2 wu, 5x1mi @ 6:24 6:26 6:22 6:25 6:19 w 2' jog, 2 cd. ~10.5 total. HR stayed under 175 til the last one", None),
    ("2027-06-08 07:31", "that last one hurt lmao", None),
    ("2027-06-09 17:00", "no run today. 45 min spin on the trainer + 30 yoga", None),
    ("2027-06-10 11:15", "10 mi trail w 2000ft vert, 1:52. left PF totally quiet which i love (had it in 2025)", None),
    ("2027-06-10 11:20", "q: how much vert should i be doing/wk for silver rush, like 6k ft? 8k?", None),
    ("2027-06-11 08:00", "ok big news kind of... work is sending me to a conference in chicago july 12-18 so silver rush is dead 😭", None),
    ("2027-06-11 08:03", "switching to blue sky 50k oct 2. goal sub 4:45", None),
    ("2027-06-11 08:04", "does that change this wk or just the long stuff", None),
    ("2027-06-11 19:00", "rest day. racing the sunrise 10k tmrw for fun, gonna go like 6:40s and see", None),
    ("2027-06-12 10:10", "40:12!!! 2nd AG 🥈", None),
    ("2027-06-12 10:12", "splits 6:34 6:29 6:27 6:30 6:25 6:20 + kick. negative split baby", None),
    ("2027-06-12 10:30", "wait correction on thurs, strava says 11.0 not 10. forgot to stop it before the last road bit lol", None),
    ("2027-06-12 15:00", "if i only did 4 days/wk for the 50k would that be enough? hypothetically, summer is nuts", None),
    ("2027-06-13 07:00", "LR going out now, 14 easy", None),
    ("2027-06-13 09:20", "LR done: 14.1 mi 2:05:40, easy, legs a lil dead from yday but fine", None),
    ("2027-06-13 09:22", "right hammy a bit tight like 2/10, prob the race", None),
    ("2027-06-13 09:25", "whats my wkly total this week? i lost track", None),
    ("2027-06-13 12:00", "also roomie ran her first half today 1:58 so proud", None),
    ("2027-06-13 12:01", "ty coach ✌️", None),
]))

# ---------------------------------------------------------------- en-06
C.append(({
    "conv": "en-06", "lang": "en", "name": "Tan Wei Ling", "age": 39, "timezone": "Asia/Singapore", "units": "km",
    "goal_race": {"distance_km": 21.0975, "name": "Standard Chartered Singapore Marathon (Half)", "date": "2027-12-05", "goal_time": "2:10:00"},
    "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "intermediate",
    "weekly_km": 30, "longest_run_km": 15,
    "recent_race": {"distance_km": 10, "time": "1:02:30", "month": "2026-11"},
    "injuries_at_start": [inj("ankle", "right", "sprain 2023, fine now", False)]}, [
    ("2027-06-07 08:45", "Morning coach! 7km East Coast Park done, 47min. Shiok 😊", None),
    ("2027-06-07 08:46", "humidity damn high tho", None),
    ("2027-06-08 21:30", "today no run, kids sick sian 😩", None),
    ("2027-06-08 21:32", "tmr can only run lunchtime, 12-1. can or not?", None),
    ("2027-06-09 13:40", "done 10km at lunch 1h08, very hot today 33 degree", None),
    ("2027-06-09 13:42", "alamak after that i sit at bus stop very giddy, almost pengsan. Colleague gave me 100plus", None),
    ("2027-06-09 14:10", "still a bit giddy. pee just now very dark like teh o 😅 and i took wrong MRT direction just now, very blur",
     "Wei Ling, please get somewhere cool and sip water. Are you still dizzy? Any confusion, headache or nausea? When did you last pee and what colour was it?"),
    ("2027-06-09 14:12", "i ok la dont worry", None),
    ("2027-06-09 21:00", "feeling better now after dinner and lots of water", None),
    ("2027-06-10 07:30", "Sat cannot run, Jayden got school sports day", None),
    ("2027-06-10 07:31", "can shift to Sun?", None),
    ("2027-06-11 19:15", "gym 40 min, legs and core only", None),
    ("2027-06-11 19:16", "no run today, listen to u", None),
    ("2027-06-11 19:20", "how much water should i drink if run 10k in the heat? 500ml enough?", None),
    ("2027-06-12 12:00", "sports day until now, i stand under the sun 4 hours lol", None),
    ("2027-06-12 12:02", "my husband ran 15km this morning with his kakis, showing off", None),
    ("2027-06-13 06:50", "Run 8km this morning, easy 55min, early so cooler. All ok, no giddy 👍", None),
    ("2027-06-13 06:52", "tmr i plan 12k before work", None),
    ("2027-06-13 06:53", "this week i run how many km ah? 🤔", None),
    ("2027-06-13 06:55", "and my race is Dec right? the half", None),
    ("2027-06-13 07:00", "ok thank u coach 🙏", None),
]))

# ---------------------------------------------------------------- en-07
C.append(({
    "conv": "en-07", "lang": "en", "name": "Marcus Bell", "age": 51, "timezone": "America/Toronto", "units": "km",
    "goal_race": {"distance_km": 10, "name": "Toronto Waterfront 10K", "date": "2027-10-17", "goal_time": "0:55:00"},
    "days_per_week": 3, "preferred_days": ["tue", "thu", "sat"], "level": "beginner",
    "weekly_km": 18, "longest_run_km": 8,
    "recent_race": None,
    "injuries_at_start": [inj("hamstring", "right", "strain 2016, healed", False),
                          inj("back", None, "lower back gets stiff now and then, nothing ongoing", False)]}, [
    ("2027-06-07 07:10", "Morning coach... hot one coming in Toronto this week apparently. 30 degrees by Wednesday!!", None),
    ("2027-06-07 07:12", "Rest day today right?", None),
    ("2027-06-08 06:55", "Did my 5k before school. 33 minutes and change... slow but DONE haha", None),
    ("2027-06-08 17:30", "Right calf is a bit tight this afternoon... like 3 out of 10. Standing all day teaching doesn't help", None),
    ("2027-06-09 19:00", "Didn't run today, not scheduled anyway haha", None),
    ("2027-06-09 19:02", "My wife says I should get a foam roller for the calf... worth it??", None),
    ("2027-06-10 06:50", "5k again this morning... calf better, 2/10 maybe. 31:40!! Faster than Tuesday", None),
    ("2027-06-10 18:30", "Walked the dog for 50 min after supper, she's 11 so it's a slow one haha", None),
    ("2027-06-11 07:30", "Oh I forgot to say... Wednesday night I went to a spin class with my wife, 45 min. Thought I was going to die", None),
    ("2027-06-11 07:32", "ALSO Tuesday wasn't 5k, my watch said 6.1 when I actually looked. The route is longer than I thought", None),
    ("2027-06-11 07:35", "Plan has me doing 3 runs of 6k again next week... bit boring if I'm honest... can we mix it up?", None),
    ("2027-06-11 07:36", "Like what if I did the half marathon instead of the 10k? Same weekend. Too crazy for an old guy??", None),
    ("2027-06-12 08:40", "8k done!!! 52:30. Longest run in 10 years. Legs are JELLY", None),
    ("2027-06-12 08:41", "Calf was fine the whole way", None),
    ("2027-06-12 08:43", "Back's a bit stiff but that's just my back, always been like that", None),
    ("2027-06-13 10:15", "Calf is totally gone today... no tightness at all", None),
    ("2027-06-13 10:17", "What pace would I need for 55 min in the 10k? I forget how the math works", None),
    ("2027-06-13 10:18", "That IS my goal right, 55?", None),
    ("2027-06-13 10:20", "My buddy Dave ran the Toronto 10k last year in 49 and he's 60. SHOWOFF", None),
    ("2027-06-13 10:30", "Thanks coach... see you Tuesday", None),
]))

# ---------------------------------------------------------------- en-08
C.append(({
    "conv": "en-08", "lang": "en", "name": "Chloe Nguyen", "age": 24, "timezone": "Australia/Sydney", "units": "km",
    "goal_race": {"distance_km": 42.195, "name": "Sydney Marathon", "date": "2027-08-29", "goal_time": "4:00:00"},
    "days_per_week": 4, "preferred_days": ["mon", "wed", "sat", "sun"], "level": "intermediate",
    "weekly_km": 40, "longest_run_km": 24,
    "recent_race": {"distance_km": 21.0975, "time": "1:52:10", "month": "2027-05"},
    "injuries_at_start": [inj("shin", "left", "shin splints 2025, gone", False)]}, [
    ("2027-06-07 15:20", "hey coach, off nights finally 🥱 did 8km easy this arvo, 48 mins, legs heavy af but good", None),
    ("2027-06-07 15:22", "on nights again wed thurs fri so heads up", None),
    ("2027-06-08 20:00", "no run today, slept til 2pm lol", None),
    ("2027-06-09 10:45", "did the 3x2km session before shift. 2k wu, 3x2k @ 4:55, 4:52, 4:49 w 90s jog, 2k cd. ~11.5km all up, 58 min", None),
    ("2027-06-09 10:47", "why does the plan have 32km on sat?? thats heaps, ive only ever done 24 and im on nights", None),
    ("2027-06-10 09:00", "home from shift, dead. not running today obvs", None),
    ("2027-06-11 09:30", "doing parkrun tmrw at Centennial, reckon i can go sub 24?", None),
    ("2027-06-12 09:05", "23:41 PB!!!!! 🥳🥳 parkrun", None),
    ("2027-06-12 09:07", "my mate Jess ran it too, 27:10, her first one", None),
    ("2027-06-12 17:40", "ok not ideal. went for a bushwalk this arvo w Jess and rolled my right ankle on a rock. heard a pop and its swollen heaps. cant really put weight on it 😬", None),
    ("2027-06-12 17:50", "not really, hopping. jess drove me home. its fine im a nurse lol ill RICE it",
     "Oh no Chloe. A pop, fast swelling and not being able to put weight on it need an X-ray today. Can you take 4 steps on it at all?"),
    ("2027-06-12 17:52", "pain maybe 6/10 sitting, 9 when i try to stand", None),
    ("2027-06-13 08:30", "ankle like a balloon this morning, bruising down the side of my foot. still cant walk on it properly", None),
    ("2027-06-13 08:35", "going to get it xrayed at work later, one of the docs will look", None),
    ("2027-06-13 08:40", "even if its just a sprain i reckon the full marathon is cooked. can we switch me to the half? same day, aug 29", None),
    ("2027-06-13 08:41", "1:50 would be nice lol", "Of course. Do you want a goal time for the half?"),
    ("2027-06-13 08:45", "what was my half time again from may? i told u at the start", None),
    ("2027-06-13 15:30", "xray done. no fracture they think but prob bad sprain, moon boot for a week 🙄", None),
    ("2027-06-13 15:32", "if its a sprain can i run in 2 weeks?", None),
    ("2027-06-13 15:35", "thanks for being on it yesterday ❤️", None),
]))

# ---------------------------------------------------------------- en-09
C.append(({
    "conv": "en-09", "lang": "en", "name": "Ryan Park", "age": 38, "timezone": "America/Los_Angeles", "units": "mi",
    "goal_race": {"distance_km": 21.0975, "name": "Seattle Half Marathon", "date": "2027-11-28", "goal_time": "1:45:00"},
    "days_per_week": 4, "preferred_days": ["mon", "tue", "thu", "sat"], "level": "intermediate",
    "weekly_km": 25, "longest_run_km": 11,
    "recent_race": {"distance_km": 10, "time": "0:48:15", "month": "2027-03"},
    "injuries_at_start": []}, [
    ("2027-06-07 06:30", "5 miles easy this morning, 45:10. Rainy. Classic.", None),
    ("2027-06-07 06:31", "Is 9:00/mi too slow for easy or fine?", None),
    ("2027-06-08 18:50", "Tempo done: 2 mi wu, 3 @ 7:40, 7:38, 7:44, 1 mi cd", None),
    ("2027-06-08 18:51", "Felt harder than it should've tbh", None),
    ("2027-06-09 12:15", "Random q, maybe nothing. Yesterday during the 2nd tempo mile my heart started doing this fluttery skipping thing and I got pretty lightheaded, had to stop and put my hands on my knees for a minute. Then it settled and I finished. Normal?", None),
    ("2027-06-09 12:31", "Once before in April I think, shorter. Watch showed 212 at that point which seemed wrong lol, I'm usually ~175 max on tempos",
     "Thanks for telling me, Ryan. That needs a doctor's look before any more hard running. Has it happened before? Did your watch catch your heart rate?"),
    ("2027-06-09 12:32", "No chest pain or anything though", None),
    ("2027-06-09 12:33", "Can I still do easy runs in the meantime?", None),
    ("2027-06-10 08:00", "Booked a cardiology consult for the 22nd, earliest they had", None),
    ("2027-06-10 08:02", "Saturday's out anyway, driving my kid to camp in Wenatchee", None),
    ("2027-06-10 20:10", "My wife ran 10k tonight in 52 flat and won't stop talking about it 😂", None),
    ("2027-06-11 12:45", "Walked 30 min at lunch, nothing more, as ordered", None),
    ("2027-06-11 12:46", "Plan still says 8 mi long run Sunday and 4x1mi next Tuesday, I assume those are off?", None),
    ("2027-06-12 21:00", "Long day. 6 hours round trip. Kid was thrilled to see us leave lmao", None),
    ("2027-06-13 09:00", "Did a very easy 3 mi jog with the dog, kept HR under 140, zero weirdness", None),
    ("2027-06-13 09:01", "like 31 mins", "Glad it was calm. How long were you out?"),
    ("2027-06-13 09:03", "What's my goal for Seattle again, 1:45? Feels far off right now", None),
    ("2027-06-13 09:05", "If the cardiologist says it's fine, do I lose much fitness in 2 weeks of easy only?", None),
    ("2027-06-13 09:10", "Also fyi my left knee clicked on the stairs today, no pain, just a click", None),
    ("2027-06-13 09:12", "appreciate you", None),
]))

# ---------------------------------------------------------------- en-10
C.append(({
    "conv": "en-10", "lang": "en", "name": "Sam Becker", "age": 31, "timezone": "America/Guayaquil", "units": "mi",
    "goal_race": {"distance_km": 21.0975, "name": "Media Maratón de Quito", "date": "2027-07-25", "goal_time": "2:00:00"},
    "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
    "weekly_km": 20, "longest_run_km": 10,
    "recent_race": {"distance_km": 15, "time": "1:28:40", "month": "2026-12"},
    "injuries_at_start": [inj("knee", "left", "runner's knee 2024, resolved", False)]}, [
    ("2027-06-07 06:15", "4 mi around la Carolina this am, felt like death lol. 2850m is no joke even after 8 months here", None),
    ("2027-06-07 06:16", "41 min ish", "Altitude is real! How long did it take?"),
    ("2027-06-07 06:18", "just altitude, nothing wrong, legs fine", None),
    ("2027-06-08 18:20", "did 6 this evening w some downhill on the way back from Guápulo, left knee a little tweaky on the descent, like a 1", None),
    ("2027-06-08 18:22", "same knee as 2024 but that was way worse, this is nothing", None),
    ("2027-06-09 07:00", "ok schedule: school moved my classes to tue/thu evenings and sundays... so can we do mon wed fri sat for runs from now on?", None),
    ("2027-06-09 07:02", "starting today", None),
    ("2027-06-09 18:00", "bueno, 5 mi easy, 50:20. knee quiet", None),
    ("2027-06-10 12:30", "some guys at work are doing the Cotopaxi trail 25k in july, like 2 weeks before the half. if i did that as a training run would it mess me up?", None),
    ("2027-06-10 12:32", "not gonna lol just asking", None),
    ("2027-06-11 17:45", "5 mi + 30 min yoga after. chévere", None),
    ("2027-06-11 17:50", "honestly thinking about the guayaquil marathon in october instead of the quito half. sea level!! 😂", None),
    ("2027-06-12 09:40", "long run done, 9 mi in an hour and a half. legs ok at the end for once", None),
    ("2027-06-12 09:45", "ok decided. switching to guayaquil full, oct 3. no time goal, just wanna finish my first marathon", None),
    ("2027-06-12 09:46", "is that enough time? 16 weeks", None),
    ("2027-06-12 09:50", "oh and thursday i did 3 mi w the school running club, forgot to tell u. like 30 min", None),
    ("2027-06-13 08:00", "wait i checked strava, yesterday was 8.5 not 9. gps was doing weird stuff in the park", None),
    ("2027-06-13 08:02", "the hour and a half is right tho", None),
    ("2027-06-13 08:05", "knee no pain at all now btw", None),
    ("2027-06-13 08:07", "whats my longest run been with you so far? trying to figure out how far from 26 i am lol", None),
    ("2027-06-13 08:10", "my roommate thinks im crazy, she did one marathon in 2019 and quit running lol", None),
    ("2027-06-13 08:12", "anyway gracias coach ya nos vemos", None),
]))


def main():
    conv_lines, prof_lines = [], []
    for prof, msgs in C:
        tz = ZoneInfo(prof["timezone"])
        prev = None
        for i, (local, text, after) in enumerate(msgs):
            dt = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
            assert prev is None or dt > prev, (prof["conv"], i)
            prev = dt
            conv_lines.append({"conv": prof["conv"], "i": i, "lang": "en",
                               "sent_at": dt.isoformat(timespec="seconds"), "text": text,
                               "after_coach": after})
        prof_lines.append(prof)
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for r in conv_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for r in prof_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(prof_lines), "profiles,", len(conv_lines), "messages")


if __name__ == "__main__":
    main()
