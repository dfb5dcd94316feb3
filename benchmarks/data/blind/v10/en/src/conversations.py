"""The runner's side of the week Mon 2027-02-01 .. Sun 2027-02-07 for en-01 .. en-10.

Each message: (local datetime without offset, text, after_coach or None).
The offset is the persona's UTC offset in February 2027.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "conversations.jsonl")

OFFSETS = {
    "en-01": "-06:00",  # America/Chicago (CST)
    "en-02": "+05:30",  # Asia/Kolkata
    "en-03": "+00:00",  # Europe/Dublin (winter = GMT)
    "en-04": "+11:00",  # Australia/Sydney (AEDT, daylight time in Feb)
    "en-05": "-07:00",  # America/Denver (MST)
    "en-06": "-08:00",  # America/Vancouver (PST)
    "en-07": "+08:00",  # Asia/Singapore
    "en-08": "+00:00",  # Europe/London (GMT)
    "en-09": "-05:00",  # America/New_York (EST)
    "en-10": "-05:00",  # America/Guayaquil (no DST)
}

CONVS = {}

# ---------------------------------------------------------------- en-01 Jake, Austin, miles
CONVS["en-01"] = [
    ("2027-02-01T16:45", "yo just got back from practice. 6x400 at like 1:28-1:31 w 400 jog between, 2 mi wu 1 cd so prob like five miles total", None),
    ("2027-02-01T16:47", "was that too fast for 400s?? coach at school said 1:30 is the goal ngl i went out kinda hot on the first one", None),
    ("2027-02-02T07:05", "legs kinda dead this morning lol", None),
    ("2027-02-02T17:30", "easy 4 after school, 34 min, felt fine", None),
    ("2027-02-02T17:32", "oh and my mom did her first 5k today lol shes so proud 😂", None),
    ("2027-02-03T12:10", "we have a mile time trial tmrw at practice. should i run today or rest", None),
    ("2027-02-03T12:40", "ok ill do like 2 easy. legs r better", "If you run today keep it short and easy, 20-25 min. How are the legs feeling?"),
    ("2027-02-03T18:20", "did 2.5 easy w my dog 🐕", None),
    ("2027-02-04T17:10", "MILE TRIAL 5:38 😤😤 pr by 9 sec", None),
    ("2027-02-04T17:14", "left knee kinda achy on the outside after tho. like a 2/10", None),
    ("2027-02-04T17:15", "is that IT band? i had shin splints sophomore yr but never knee stuff", None),
    ("2027-02-05T07:30", "no run today rest day. knee still like 2", None),
    ("2027-02-05T16:00", "hey whats my goal race again and when, i forgot the date lol", None),
    ("2027-02-05T16:05", "ok so like 5 weeks. can i run it at 5:55 pace? thats like 18:25 right", None),
    ("2027-02-06T09:50", "long run done 7 miles 58:40 🥵", None),
    ("2027-02-06T09:52", "knee didnt hurt at all today btw", None),
    ("2027-02-06T09:55", "wait it was 7.2 my watch was paused at a light", None),
    ("2027-02-07T11:00", "sunday = no run right? plan says rest but i feel good fr", None),
    ("2027-02-07T17:20", "ok went on a walk w my mom like 40 min", "Yes, rest today. A 20-30 min walk is fine if you want to move."),
    ("2027-02-07T20:00", "also i cant do tues next week we have a band concert", None),
    ("2027-02-07T20:01", "thx coach 🙏", None),
]

# ---------------------------------------------------------------- en-02 Priya, Bengaluru, km
CONVS["en-02"] = [
    ("2027-02-01T06:50", "Good morning coach! Forgot to tell you, on Saturday I did 12 km in 1:14 itself, easy pace 😊", None),
    ("2027-02-01T06:52", "Also yesterday 5k in 31:20", None),
    ("2027-02-01T07:30", "Sorry coach kindly ignore the 5k, that was my sister's run, she sent me her strava screenshot and I got confused 🙈", None),
    ("2027-02-01T19:10", "One thing, office has shifted all my meetings. Can we make my run days Monday Wednesday Friday and Sunday from now on? Tue/Thu are impossible now", None),
    ("2027-02-02T07:15", "Did 45 min yoga in the morning. No run as per new schedule", None),
    ("2027-02-03T06:40", "Tempo done: 2k warm up, 4k at 5:35/km, 1.5k cool down. Total 7.5k in 47 min", None),
    ("2027-02-03T06:42", "Right hip slightly paining on the outer side, maybe 3 out of 10. Should I be worried?", None),
    ("2027-02-03T06:55", "No no, walking is fine only. Just a bit when I lift the leg to wear my shoes", "Does it hurt when you walk or climb stairs?"),
    ("2027-02-03T13:00", "What should I eat before a long run? I usually have only black coffee and go", None),
    ("2027-02-04T19:30", "Gym today, 40 mins legs and core. Hip was better, like 1/10", None),
    ("2027-02-05T06:30", "Easy 6k done, 38:50, hip no issues at all", None),
    ("2027-02-05T06:35", "Coach my plan says 16 km on Sunday. Last week was only 12. Isn't 16 too much of a jump?", None),
    ("2027-02-05T06:40", "If I do 14 instead is it fine?", None),
    ("2027-02-06T10:00", "My husband is asking if he can join for the long run. He ran 10k last month in 55 min, he will be too fast for me no? 😅", None),
    ("2027-02-06T10:05", "Also what is my half marathon goal time? I think we said 2:05?", None),
    ("2027-02-07T08:45", "Long run done! 14.2 km, 1:31:05. Last 2 km were tough but finished 💪", None),
    ("2027-02-07T08:47", "Had one gel at 8 km like you said, it helped", None),
    ("2027-02-07T08:50", "Hip is totally fine, but left calf is little tight. Not pain exactly, just tight", None),
    ("2027-02-07T17:00", "Next week I am thinking to try a 10k time trial on Wednesday, is that ok?", None),
    ("2027-02-07T17:05", "Thank you coach, have a good evening 🙏", None),
]

# ---------------------------------------------------------------- en-03 Maggie, Dublin, km
CONVS["en-03"] = [
    ("2027-02-01T10:15", "Morning! Did my walk-run in the Park this morning, 1 min run 2 min walk, 8 rounds plus the warm up walk. About 35 minutes all in, maybe 3.5k. Grand altogether.", None),
    ("2027-02-01T10:17", "Knee was no bother either, that's the one I had the scope on years ago.", None),
    ("2027-02-02T14:30", "Went to the pool with my friend Bernie, did about 30 mins of lengths, breaststroke mostly. Bernie did 40 lengths, showing off!", None),
    ("2027-02-03T09:40", "Did the walk-run again but had to cut it short. About 15 minutes in my heart went all fluttery, like it was skipping, and I went a bit light headed so I sat on the bench for a while. Probably just the cold air, it was freezing. Walked home after, slowly.", None),
    ("2027-02-03T09:55", "Once before at Christmas walking up the hill to Mass but it passed. No chest pain, just the flutter and a bit dizzy. I'm fine now honestly", "I'm glad you stopped. Has this happened before? Any chest pain or shortness of breath?"),
    ("2027-02-03T10:10", "I don't want to be making a fuss. Can I do my Friday one as normal?", None),
    ("2027-02-03T18:00", "My daughter says I should ring the doctor. Honestly she worries too much about me", None),
    ("2027-02-04T11:20", "Ok I rang the GP, she's seeing me Monday morning and wants me to wear some monitor thing for a day. So no running till then I suppose 😞", None),
    ("2027-02-04T11:30", "Oh I forgot to say, last night watching the telly it did the flutter again for a minute or two. I told the GP that too.", None),
    ("2027-02-04T11:32", "Am I allowed walk at least? Just gentle around the estate", None),
    ("2027-02-05T10:00", "Went for a gentle walk with Paddy, 40 minutes, all flat. Felt perfectly fine, no flutters.", None),
    ("2027-02-05T10:05", "Paddy did the parkrun last week in 31 minutes and he's 63 so I've a lot to live up to!", None),
    ("2027-02-06T09:30", "Couldn't have gone anyway this morning, I'm minding the grandchildren all day, so no great loss", None),
    ("2027-02-06T20:15", "What was the name of that 10k I signed up for? Paddy's asking and I can't remember the date", None),
    ("2027-02-06T20:20", "April is a long way off. If the doctor says it's nothing, could I still be ready for it, or would I be better going for a 5k instead?", None),
    ("2027-02-07T12:00", "Another walk today, an hour and a quarter along the seafront in Clontarf, bit windy. Felt grand.", None),
    ("2027-02-07T12:02", "Calves a bit stiff from the walk but nothing at all really", None),
    ("2027-02-07T12:05", "Will you remind me Monday evening to tell you what the GP said?", None),
    ("2027-02-07T12:06", "Thanks for being so kind this week. Maggie x", None),
]

# ---------------------------------------------------------------- en-04 Tom, Sydney, km
CONVS["en-04"] = [
    ("2027-02-01T05:40", "Morning mate. 10k easy before work, 54 min. Already 26 degrees at 5am ffs", None),
    ("2027-02-01T05:42", "what pace should i be doing easy runs in this heat? plan says 5:30s but no chance in hell", None),
    ("2027-02-02T19:10", "no run today, on the tools 11 hrs. legs are cooked", None),
    ("2027-02-03T05:50", "intervals done. 2k wu, 5 x 1k off 90s jog @ 4:35 4:33 4:36 4:30 4:38, 2k cd. bout 11k total", None),
    ("2027-02-03T05:52", "left achilles a bit tight after, thats the one that gave me grief back in 23. 2/10 nothing major", None),
    ("2027-02-04T20:30", "bit of a shocker today. went for 12k at lunch cos thats the only time i had, was 37 out. round 8k i stopped sweating and got all muddled, couldnt work out which way home lol. only made it bout 9k. chucked up near the servo and Kel came and got me in the ute. all good now just tired", None),
    ("2027-02-04T20:40", "yeah drinking heaps of water now, kept it down. bit of a headache but heads clear. reckon ill be right for tmrw", "Tom, that sounds like heat illness. Are you drinking and keeping fluids down? Any headache or confusion now?"),
    ("2027-02-05T06:15", "mate my piss is dark as this morning, like brown. normal after a big day on site tho right?", None),
    ("2027-02-05T06:20", "can i still do parkrun tmrw? its only 5k", None),
    ("2027-02-05T17:40", "lighter now, been smashing the hydralyte. ate a big feed at lunch", "How's your urine colour now, and have you been able to eat?"),
    ("2027-02-06T09:15", "parkrun done 22:45 🙌 only 22 degrees at 8 so went for it, 3rd in my age group", None),
    ("2027-02-06T09:17", "Kel did her first parkrun too, 34 mins, stoked for her", None),
    ("2027-02-06T09:20", "achilles no worries today", None),
    ("2027-02-06T09:25", "can't do the long run sunday, got the cricket with the boys. can i do it monday arvo instead?", None),
    ("2027-02-06T14:00", "what was my marathon goal again? 3:45 or 3:40? Kel reckons i said 3:40 at the pub lol", None),
    ("2027-02-06T14:05", "if im on track for 3:45 what should my long run pace be", None),
    ("2027-02-07T07:00", "did a short 5k shakeout this morning before it got hot, easy, 28 mins", None),
    ("2027-02-07T07:02", "no headaches or anything, all back to normal", None),
    ("2027-02-07T21:30", "big week next week. tmrw arvo ill do the long one, 24k, and wed intervals again", None),
    ("2027-02-07T21:31", "cheers mate 🍻", None),
]

# ---------------------------------------------------------------- en-05 Dave, Denver, miles
CONVS["en-05"] = [
    ("2027-02-01T07:30", "Good morning. Snowed 6 inches overnight so I did 45 minutes on the treadmill instead, 5.2 miles at 1% incline. Easy effort.", None),
    ("2027-02-01T07:32", "Also 30 min of strength work after, mostly hips and core per the PT's old routine.", None),
    ("2027-02-02T13:15", "Trail run at Green Mountain today. 10.4 miles, 2 hrs 6 min, about 1800 ft of climbing. Felt strong on the ups, careful on the icy downhills.", None),
    ("2027-02-02T13:20", "Question: for the 50K, should I be practicing eating solid food on these longer runs, or are gels sufficient?", None),
    ("2027-02-03T16:45", "Well, that was dumb. Slipped on black ice on the driveway getting the mail, went down hard on my right hip. It's swollen up pretty good and I'm limping. Hurts like hell when I put weight on it, I'd say 7 out of 10. Icing it now.", None),
    ("2027-02-03T16:50", "Frankly I'm more annoyed about missing tomorrow's run than anything.", None),
    ("2027-02-03T17:05", "I can walk but it's a hobble. Barb wants to take me to urgent care. I suppose I'll go.", "Dave, with a hard fall, swelling and pain on weight-bearing, please get it checked today. Can you walk at all?"),
    ("2027-02-04T10:30", "X-ray was clear, no fracture. Doc says deep bruise of the hip, maybe a week or two before running. Pain down to about 4 today.", None),
    ("2027-02-04T10:35", "So what CAN I do? Bike? Pool? I'm going stir crazy already.", None),
    ("2027-02-05T11:00", "Did forty minutes on the stationary bike, low resistance. Hip grumbled a bit at first then settled, 3/10.", None),
    ("2027-02-05T11:05", "My son ran 14 miles this morning up in Boulder in the snow. Show-off.", None),
    ("2027-02-06T09:00", "Been thinking. The 50K on May 1 is probably too aggressive now. Change my goal race to the Bear Chase 50K on September 25th instead. Same goal time, 5:30.", None),
    ("2027-02-06T09:05", "And I'd like to switch my training days to Mon, Tue, Thu, Sat and Sun going forward. Wednesdays are grandkid day now.", None),
    ("2027-02-06T16:00", "Swam 20 minutes this afternoon, first time in a pool in years. Hip felt fine in the water.", None),
    ("2027-02-07T08:30", "Tried a very easy 1 mile walk/jog around the block to test the hip. Jogged maybe half of it. 2/10, no limp.", None),
    ("2027-02-07T08:35", "Was that OK or should I have waited longer?", None),
    ("2027-02-07T08:40", "Correction, just synced the watch: it was 1.3 miles, 17 minutes.", None),
    ("2027-02-07T14:00", "Remind me what my longest run was before all this? I want to know where I'm restarting from.", None),
    ("2027-02-07T14:05", "If I'm back running by the 15th, could I still build to a 20-miler by mid-March?", None),
    ("2027-02-07T14:10", "Thanks for the help this week. Much appreciated.", None),
]

# ---------------------------------------------------------------- en-06 Sarah, Vancouver, km
CONVS["en-06"] = [
    ("2027-02-01T08:20", "just got off a night shift 😵‍💫 did a quick 5k on the way home, 27 min, pouring rain obv", None),
    ("2027-02-01T08:22", "ok so big news my manager changed the rota 🙃 im on nights wed-fri now permanently so can we switch my run days to mon tue sat sun? still 4 days", None),
    ("2027-02-02T14:10", "slept till 1 lol. heading out for the tempo now, plan says 3k wu + 5k @ 4:50 + 2k cd right?", None),
    ("2027-02-02T15:45", "done!! tempo splits 4:52 4:49 4:50 4:47 4:45 🔥 10k total, 52:40 w the wu/cd", None),
    ("2027-02-02T15:47", "left shin a lil sore on the inside tho, like 2/10", None),
    ("2027-02-02T15:48", "had shin splints on the right in nursing school, this feels diff, more like a tight muscle", None),
    ("2027-02-03T17:30", "ok random q before my shift, can i drink coffee 1 hr before a long run or will my stomach hate me", None),
    ("2027-02-03T17:32", "also is 18k too much for sat if my longest has been 18? like should i just go 20?", None),
    ("2027-02-04T07:55", "shin like a 3 this morning after being on my feet 12 hrs 😩", None),
    ("2027-02-04T07:56", "didnt run obv, its not a run day anymore lol", None),
    ("2027-02-05T08:10", "my coworker Jess ran the First Half on sunday in 1:41 and now she wants to run with me lol shes way faster", None),
    ("2027-02-05T08:15", "ok so hear me out. Jess convinced me. i want to switch from the half to the FULL at BMO. same day may 2. no time goal, just wanna finish 😅", None),
    ("2027-02-05T08:16", "is 3 months enough for a full if my longest is 18k??", None),
    ("2027-02-06T10:30", "long run 19k!! 1:49:30 ☔ so wet lol", None),
    ("2027-02-06T10:33", "wait no 18.6, strava cut the corner when i went under the bridge", None),
    ("2027-02-06T10:35", "shin didnt hurt at all 🙌", None),
    ("2027-02-06T18:00", "also did 30 min of yin yoga after, felt amazing", None),
    ("2027-02-07T09:00", "easy 6k this morning w Jess, 35 min, she was chatting the whole time lol", None),
    ("2027-02-07T16:00", "then did a 25 min recovery jog this afternoon bc Jess said double days are good for marathon training?? is that true lol", None),
    ("2027-02-07T16:05", "wait whats my goal race now, did the full thing save?", None),
    ("2027-02-07T16:06", "thank uuu 💕", None),
]

# ---------------------------------------------------------------- en-07 Wei Ling, Singapore, km
CONVS["en-07"] = [
    ("2027-02-01T06:45", "Morning coach, 8km easy done at MacRitchie, 50min. Very humid today sian", None),
    ("2027-02-01T21:15", "Evening went run club also, 6km at 6:10 pace, chit chat pace only", None),
    ("2027-02-01T21:17", "Is it ok to do double like that? Tmr should rest right?", None),
    ("2027-02-02T12:30", "Rest day today. Went swimming at lunch 30 min though, can right?", None),
    ("2027-02-03T07:10", "Track session: 8 x 400 at 1:50-1:53, 200 jog. Plus 2km warm up and 2km cool down. Legs damn heavy", None),
    ("2027-02-03T07:12", "Right knee bit pain going down stairs after, maybe 2/10 only", None),
    ("2027-02-04T20:00", "Coach the plan say Sat 28km long run but Sat is CNY leh, reunion dinner Fri then visiting relatives whole day. Confirm cannot", None),
    ("2027-02-04T20:05", "And Sunday got the Reservoir 10K race already registered. So long run when?", None),
    ("2027-02-04T20:10", "Knee better today, 1/10", None),
    ("2027-02-05T06:30", "Easy 10km before all the cooking, 1h02", None),
    ("2027-02-05T06:32", "My husband run 21km this morning also, first time he go so far! 2h14 👏", None),
    ("2027-02-05T06:35", "Knee no more pain liao", None),
    ("2027-02-06T23:00", "Gong xi fa cai coach! 🍊🍊 No run today, eat until cannot move", None),
    ("2027-02-06T23:02", "For tmr race what pace should I go? I'm thinking 5:15/km, too fast or not?", None),
    ("2027-02-06T23:05", "If it rains tmr should I still race hard or just jog?", None),
    ("2027-02-07T09:40", "Race done!! 52:18 for the 10K, PB by 1 min 😭😭 shiok", None),
    ("2027-02-07T09:42", "Garmin say 10.2 but official is 10K right", None),
    ("2027-02-07T09:45", "Did 1.5km cool down jog after with my club kakis", None),
    ("2027-02-07T14:00", "So Tokyo still 4:15 target ah? Or after today can aim 4:05?", None),
    ("2027-02-07T14:05", "Also from next week I want to run Tue Thu Sat Sun instead, Monday run club moving to Thursday", None),
    ("2027-02-07T14:06", "Thank you ah coach 🙏", None),
]

# ---------------------------------------------------------------- en-08 Chris, London, miles
CONVS["en-08"] = [
    ("2027-02-01T19:20", "alright coach, 6 miles after work, 52 mins. shin bit sore at the end, left one, like 3/10", None),
    ("2027-02-01T19:22", "prob just shin splints innit, had them before when i played footy", None),
    ("2027-02-02T07:45", "rest day. shin feels alright when im sat down", None),
    ("2027-02-02T12:30", "quick q whats the difference between tempo and threshold, plan says 'threshold 3 x 10 min' tmrw", None),
    ("2027-02-03T20:10", "did the threshold. 1 mi wu, 3 x 10 min @ 7:20/mi w 2 min jog, 1 mi cd. shin was grim by the end tbh, like a 5", None),
    ("2027-02-03T20:12", "gonna ice it and crack on", None),
    ("2027-02-04T08:40", "mate its worse. theres one spot on the inside of the bone about a hand up from my ankle thats proper sore if i press it, and walking to the bus i was limping a bit. like 6 walking 8 if i hop", None),
    ("2027-02-04T08:48", "yeah can walk on it, just hurts. its not broken lol id know", "That pattern (one sore spot on the bone, pain walking, worse hopping) can be a stress fracture. Please stop running and get it seen. Can you put full weight on it?"),
    ("2027-02-04T08:50", "brightons in 3 weeks tho, cant i just tape it and run easy", None),
    ("2027-02-04T21:00", "booked the gp for tmrw afternoon", None),
    ("2027-02-05T17:30", "gp thinks prob a stress reaction, sending me for an mri. no running for at least 4-6 weeks she said 😭😭", None),
    ("2027-02-05T17:32", "so brighton is off obviously. gutted", None),
    ("2027-02-05T17:40", "can we change my race to hackney half instead, 16 may? still wanna go sub 1:45", None),
    ("2027-02-06T11:00", "can i at least go gym? upper body and that", None),
    ("2027-02-06T15:20", "did 45 min upper body at the gym, no legs dw 😂", None),
    ("2027-02-06T15:22", "mate from work did parkrun today in 19 min flat, sickening", None),
    ("2027-02-07T10:30", "shins a bit better today, 3 walking, no limp", None),
    ("2027-02-07T10:32", "could i swim or bike while i wait for the mri?", None),
    ("2027-02-07T10:35", "whats my 10k pb again, the one i told u when i signed up", None),
    ("2027-02-07T10:40", "cheers for not letting me be an idiot x", None),
]

# ---------------------------------------------------------------- en-09 Marcus, Brooklyn, miles
CONVS["en-09"] = [
    ("2027-02-01T06:10", "5 easy. 42:30. cold af", None),
    ("2027-02-01T06:11", "plan has 7 tmrw w 4 @ tempo. what pace is tempo for me", None),
    ("2027-02-02T07:40", "tempo: 1.5 wu, 4 @ 7:12 7:08 7:10 7:05, 1.5 cd. 7 total", None),
    ("2027-02-03T12:15", "random but yesterday during the tempo had this weird tight pressure feeling in my chest for like the 3rd mile. eased off when i slowed down for the cd. prob the cold air? it was 19 degrees", None),
    ("2027-02-03T12:22", "no arm stuff. was a little lightheaded at the end of the 3rd mile i guess. fine now. stressful week at work", "Marcus, chest pressure during exertion needs a doctor before your next run. Any shortness of breath, dizziness, or pain spreading to your arm or jaw?"),
    ("2027-02-03T12:25", "do i really need a dr? ive had exercise induced asthma since college", None),
    ("2027-02-03T21:00", "didnt run today", None),
    ("2027-02-04T08:00", "wife made me call. seeing my pcp tmrw at 3. happy?", None),
    ("2027-02-04T08:02", "can i do an easy 4 this am tho. easy easy", None),
    ("2027-02-04T18:30", "k. did 45 min on the peloton instead, super easy zone 2", None),
    ("2027-02-05T17:45", "pcp did an ekg, said it looks normal but wants a stress test before i do hard stuff. scheduled for the 16th. easy running ok she said", None),
    ("2027-02-05T17:47", "so do i skip the long run sat? plan says 12", None),
    ("2027-02-06T09:30", "did 8 super easy w my running group. 1:14. no chest stuff at all", None),
    ("2027-02-06T09:32", "jenna from the group ran 18 today training for tokyo, insane", None),
    ("2027-02-06T09:35", "btw moving my runs. new days are tue wed sat sun starting next week, mondays are impossible w trial prep", None),
    ("2027-02-06T14:00", "if the stress test is fine can i still go for 1:38 at the half?", None),
    ("2027-02-06T14:02", "whats my half again, march 21?", None),
    ("2027-02-07T08:15", "yesterday was 8.3 not 8 checked strava", None),
    ("2027-02-07T08:16", "no run today, brunch w the inlaws. pray for me", None),
    ("2027-02-07T20:00", "thx for being on me about the dr thing. genuinely", None),
]

# ---------------------------------------------------------------- en-10 Emma, Quito, km
CONVS["en-10"] = [
    ("2027-02-01T06:05", "Morning! 5k round La Carolina before class, 33:10. The altitude still kills me on the hills haha", None),
    ("2027-02-01T06:07", "Also forgot to tell you about Friday, did 4k easy with my flatmate", None),
    ("2027-02-01T18:30", "Is it normal to be this much slower here than in the UK? At home I'd do 5k in like 29 min", None),
    ("2027-02-02T07:00", "oh and yesterday was actually 5.4k not 5, I checked it on the map", None),
    ("2027-02-02T19:00", "Salsa class tonight for an hour 💃 does that count as cross training lol", None),
    ("2027-02-03T06:15", "Walk-run this morning, 3 min run 1 min walk, 40 minutes total, probably 6k?", None),
    ("2027-02-03T06:17", "Right foot arch a bit sore, like a 2. New shoes I think", None),
    ("2027-02-04T12:30", "didn't run today, marking exams all day 😩", None),
    ("2027-02-04T12:35", "There's a 5k in Parque La Carolina on Sunday, my school is doing it as a team. Can I race it or does it mess up the plan?", None),
    ("2027-02-04T12:50", "Foot's fine now, no pain at all ☺️", "You can race it, just make Saturday a rest day. How's the foot?"),
    ("2027-02-05T06:20", "Easy 4k, 27 min, nice and slow", None),
    ("2027-02-05T06:22", "My flatmate Dani did 12k up Pichincha yesterday, she's a machine", None),
    ("2027-02-06T10:00", "Resting as instructed! Just walked to the market and back, maybe half an hour", None),
    ("2027-02-06T10:05", "What pace should I start at tomorrow? I'm thinking 6:15/km", None),
    ("2027-02-07T10:45", "DONE!! 31:40 for the 5k 🎉🎉 first race since uni", None),
    ("2027-02-07T10:50", "Bueno now I'm hooked. I want to change my goal from the 10k in March to the Quito 15K on 25 April. I'd like to aim for under 1:45", None),
    ("2027-02-07T10:52", "Is that crazy? Be honest", None),
    ("2027-02-07T16:00", "How many km have I done this week? I've lost track", None),
    ("2027-02-07T16:05", "And if I do the 15k, could I still run the March 10k as a training run?", None),
    ("2027-02-07T16:07", "Gracias coach! x", None),
]


def rows():
    for conv in sorted(CONVS):
        off = OFFSETS[conv]
        for i, (ts, text, after) in enumerate(CONVS[conv]):
            yield {"conv": conv, "i": i, "lang": "en", "sent_at": ts + ":00" + off,
                   "text": text, "after_coach": after}


def main():
    n = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    print("wrote", OUT, n)


if __name__ == "__main__":
    main()
