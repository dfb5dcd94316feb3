"""The runner's side of the week 2027-02-15 .. 2027-02-21, one list per conversation.

Each message: (local "YYYY-MM-DD HH:MM", text, after_coach or None).
OFFSETS gives each runner's UTC offset in force that week.
"""

OFFSETS = {
    "en-01": "-07:00",  # Denver, MST
    "en-02": "+05:30",  # Bengaluru, IST
    "en-03": "+00:00",  # Dublin, GMT in winter
    "en-04": "+11:00",  # Sydney, AEDT (summer time)
    "en-05": "-06:00",  # Chicago, CST
    "en-06": "-08:00",  # Vancouver, PST
    "en-07": "+00:00",  # Manchester, GMT
    "en-08": "-05:00",  # Quito, ECT (no DST)
    "en-09": "-05:00",  # Toronto, EST
    "en-10": "-06:00",  # Austin, CST
}

CONVS = {}

# ---------------------------------------------------------------- en-01 Maya, Denver, miles
CONVS["en-01"] = [
    ("2027-02-15 07:45", "hey! just got off a 12hr night shift 😵‍💫 no run today obviously lol. whats on for tmrw?", None),
    ("2027-02-16 10:20", "did 4 mi easy this morning, 38:10. legs felt kinda heavy but ok", None),
    ("2027-02-16 10:22", "oh and my right shin is a lil tender, like 2/10. prob just the new shoes", None),
    ("2027-02-16 19:05", "kinda along the inside, not one spot. goes away once im warmed up",
     "Is the tenderness along the inside edge of the shin, or in one specific spot on the bone?"),
    ("2027-02-17 13:30", "working tonight again ugh. is 9:15 pace ok on the treadmill for easy or should i go slower?", None),
    ("2027-02-17 13:31", "also correction yesterday was 4.5 not 4. forgot the loop back to my car 🙃", None),
    ("2027-02-18 09:50", "ok workout done!! 1 mi wu, 4x800 at 3:55 3:52 3:50 3:49 w 400 jog, 1 mi cd. ~5 mi total. shin was maybe a 3 during the reps", None),
    ("2027-02-18 09:52", "that last 800 tho 🔥🔥", None),
    ("2027-02-18 20:15", "my husband ran 5 miles tonight and now he thinks hes gonna beat me at horsetooth lmao", None),
    ("2027-02-19 08:10", "ugh got called in to cover saturday day shift so i cant run sat. can i just do my long run today instead?", None),
    ("2027-02-19 08:40", "like a 2. fine walking around", "How's the shin feeling this morning, 0-10?"),
    ("2027-02-19 17:30", "didnt do the long run, was wiped after errands. did 3 easy on the treadmill, 29 min", None),
    ("2027-02-20 21:40", "made it thru the shift. can i do 11 miles tmrw or is that too big a jump from 10?", None),
    ("2027-02-20 21:41", "also whats my goal time for horsetooth again? i forget what we set lol", None),
    ("2027-02-21 11:25", "so long run was supposed to be 10 but i had to stop at 6. shin got really sharp around mile 5, like one spot right on the bone. had to call my husband to come get me, limping pretty bad now", None),
    ("2027-02-21 11:26", "prob just shin splints right? gonna ice it", None),
    ("2027-02-21 12:05", "like a 7 when i walk. and yeah if i press on one spot its super sharp. stairs are the worst",
     "I'm sorry — on a scale of 0-10 how bad is it when you walk, and does it hurt if you press on one specific spot of the bone?"),
    ("2027-02-21 12:07", "i really dont want to lose time before the race 😩", None),
    ("2027-02-21 18:30", "ok icing it. no chance i can run tues right?", None),
    ("2027-02-21 18:31", "thx for the help this week btw 🙏", None),
]

# ---------------------------------------------------------------- en-02 Priya, Bengaluru, km
CONVS["en-02"] = [
    ("2027-02-15 06:55", "Good morning! Done with today's run 🙂 5km in 34 mins at Cubbon park. Bit humid but ok", None),
    ("2027-02-15 06:57", "Is it ok if I do yoga tomorrow? It is non running day na", None),
    ("2027-02-16 19:30", "Did 45 min yoga this evening. My hamstrings are sooo inflexible haha", None),
    ("2027-02-17 06:40", "What pace should I run for 10k? Is 6:30 per km ok or too fast for me?", None),
    ("2027-02-17 07:50", "Ran 4km only today, left knee was paining little bit after 3km. Maybe 2 out of 10", None),
    ("2027-02-17 07:52", "Office cab is coming, bye 🏃‍♀️", None),
    ("2027-02-17 21:10", "Front side, around the kneecap. Office stairs were ok only",
     "Where exactly is the knee pain — front, inside or outside? Does it hurt on stairs?"),
    ("2027-02-18 20:15", "Went to gym today, did 30 mins cycling and some leg exercises. Knee feels better now, 1/10", None),
    ("2027-02-18 20:17", "My roommate did 21km last Sunday in 2hr 10min!! She is inspiring me yaar", None),
    ("2027-02-19 07:10", "Ok so big news. I want to do half marathon instead of the 10k 😅 My roommate is running the Bengaluru half on 16 May and I want to do it with her. Can we change my goal?", None),
    ("2027-02-19 07:12", "No target time, just want to finish it happily 😊",
     "Exciting! Do you have a time in mind for the half, or is the goal to finish?"),
    ("2027-02-19 07:15", "Will I be ready in 3 months? I only ran 7km max till now", None),
    ("2027-02-19 18:45", "Didn't run today, too much work. Sorry coach 🙈", None),
    ("2027-02-20 07:30", "Made up for it! 6.5 km today in 44:20, knee 0 pain 💪", None),
    ("2027-02-20 18:00", "Played badminton with cousins in the evening also, 1 hour", None),
    ("2027-02-20 18:02", "My old ankle from college didn't trouble at all, good sign", None),
    ("2027-02-21 10:30", "Sundays are very difficult for me, family lunch and all. Can we make my running days Mon Wed Fri Sat from now?", None),
    ("2027-02-21 10:33", "If I miss one Friday because of office offsite will it spoil the whole plan?", None),
    ("2027-02-21 10:35", "Next week I will try 8 km on Saturday", None),
    ("2027-02-21 10:36", "Thank you so much, you are very helpful 🙏", None),
]

# ---------------------------------------------------------------- en-03 Liam, Dublin, km
CONVS["en-03"] = [
    ("2027-02-15 08:05", "Morning. Rest day today as planned, legs are grand. What's the story for tomorrow?", None),
    ("2027-02-15 08:07", "Also is the long run this week 26 or 28? I've lost the plot with the changes", None),
    ("2027-02-16 19:40", "10k easy done, 55 mins, lashing rain the whole way ☔", None),
    ("2027-02-16 19:42", "Did 20 mins of core in the sitting room after, herself was not impressed with the mat in the way", None),
    ("2027-02-17 07:10", "Tempo this morning. 2k warm up, 5k at 4:45s, 2k cool down. Felt strong", None),
    ("2027-02-17 07:12", "Achilles didn't make a peep either, that was the one that wrecked 2025 for me", None),
    ("2027-02-18 12:30", "Have to say the 5:40 pace for the easy 12 today is painfully slow, I'd nearly be walking. Can I not do them at 5:15?", None),
    ("2027-02-18 12:32", "And if I did do it at 5:15 would that mess up Saturday?", None),
    ("2027-02-18 19:55", "Did the 12 at about 5:25 in the end, compromise 😉 1h05ish", None),
    ("2027-02-19 08:20", "Calves a bit tight this morning, 2/10 maybe, nothing major", None),
    ("2027-02-19 08:22", "The missus did the parkrun in Marlay last Saturday in 27:30, delighted with herself", None),
    ("2027-02-19 08:25", "Thinking I'll head out a bit earlier tomorrow, 8ish, before the rain comes in", None),
    ("2027-02-20 13:15", "Long one done, 26k in 2:22. Bit of a strange one though, going up the hill in the Phoenix Park around 20k I got a tightness across my chest and couldn't get my breath right. Walked a bit and it eased off. Probably the cold air, it was about 2 degrees", None),
    ("2027-02-20 13:50", "No, nothing in the arm or jaw. Like a band across the chest, maybe 5 mins. Never had it before to be honest",
     "Thanks for telling me. Did the tightness spread anywhere (arm, jaw, back), and how long did it last?"),
    ("2027-02-20 13:52", "Calves are fine now by the way", None),
    ("2027-02-20 20:30", "Ya I'll ring the GP Monday if it happens again, I don't want to be making a fuss over nothing", None),
    ("2027-02-21 09:10", "Feel grand today honestly. Any reason I can't do the easy 8 tomorrow?", None),
    ("2027-02-21 09:12", "Remind me what I ran Dublin in? I think I told you when I signed up", None),
    ("2027-02-21 10:00", "Went for a 40 min walk with the dog instead of sitting around", None),
    ("2027-02-21 17:00", "Ok fine, booked the GP for Tuesday morning. Herself insisted anyway 🙄", None),
    ("2027-02-21 17:02", "Thanks for looking out", None),
]

# ---------------------------------------------------------------- en-04 Jess, Sydney, km
CONVS["en-04"] = [
    ("2027-02-15 06:40", "morning!! 10k easy done before uni, 46 min, felt heaps good ☀️", None),
    ("2027-02-15 17:50", "+ 6k shakeout this arvo w the club, like 29 min", None),
    ("2027-02-16 20:10", "track sesh: 3k wu, 8x400 off 200 jog - 69, 68, 70, 68, 67, 68, 68, 66 🔥 then 2k cd. ~10k all up", None),
    ("2027-02-17 14:35", "bit cooked. had to do my 14k at lunch bc of pracs and it was like 35 degrees 🥵", None),
    ("2027-02-17 14:37", "felt super dizzy the last couple k and chucked up twice when i got home. still got a headache and kinda foggy tbh", None),
    ("2027-02-17 15:05", "had like 500ml the whole run. honestly i stopped sweating near the end, skin was all dry and hot. and i got a bit lost on the way home which is so dumb i run that loop every week. pee is really dark",
     "That sounds like heat illness — how much did you drink, are you sweating and peeing normally, and did you feel confused at all?"),
    ("2027-02-17 15:07", "im fine tho just lying down w the aircon lol", None),
    ("2027-02-17 19:30", "ok drank heaps, feeling more normal now. still a bit headachey", None),
    ("2027-02-18 07:15", "didnt run this morning, took ur advice. feel heaps better", None),
    ("2027-02-18 07:16", "if its 38 again next week should i just do treadmill?", None),
    ("2027-02-19 06:50", "8k easy on the treadmill at the gym in aircon, 40:30. all good no dizziness", None),
    ("2027-02-19 06:52", "hammy's a bit niggly tho, left one, like 2/10", None),
    ("2027-02-20 09:40", "paced my housemate at parkrun and she got a PB 24:12 🥹 jogged the whole thing w her obv", None),
    ("2027-02-20 16:00", "did a 45 min swim at icebergs this arvo to flush the legs", None),
    ("2027-02-20 16:02", "hammy's fine now, didnt notice it at all", None),
    ("2027-02-21 08:20", "long run 18k 1:21:40 along the coast, started at 6 to beat the heat. took 2 bottles + electrolytes 💧", None),
    ("2027-02-21 08:22", "is that enough for the 10k or should i be going longer? like could i do 22 next sunday", None),
    ("2027-02-21 08:25", "oh and uni timetable changed, wednesdays are full day pracs now. so can my days be mon tue thu fri sat sun", None),
    ("2027-02-21 08:27", "whats my 10k goal time again? 36:30 or 36 flat?", None),
    ("2027-02-21 08:30", "cheers for looking after me this week fr 🫶", None),
]

# ---------------------------------------------------------------- en-05 Marcus, Chicago, miles
CONVS["en-05"] = [
    ("2027-02-15 05:40", "Treadmill this morning. 4 miles, 42 min. Easy.", None),
    ("2027-02-15 05:41", "Knee is fine. No pain at all.", None),
    ("2027-02-16 18:20", "Spin class at the Y tonight, 45 min. Legs are toast.", None),
    ("2027-02-17 21:10", "Missed today. Client deadlines. Tax season has officially started.", None),
    ("2027-02-18 06:00", "The plan says 7 miles at 10:30 pace today. With tax season that's not happening at 5am. Can we be realistic?", None),
    ("2027-02-18 06:02", "I'll do 5 tonight after work.", None),
    ("2027-02-18 20:45", "Did 5. 53:10. Treadmill again, it's snowing.", None),
    ("2027-02-19 07:30", "Forgot to mention, I also ran 3 miles at lunch on Tuesday. Around 31 min on the office gym treadmill.", None),
    ("2027-02-19 07:32", "Race tomorrow. Frostbite 5K in Lincoln Park. Goal is sub 28.", None),
    ("2027-02-19 07:33", "Should I run today at all or rest?", None),
    ("2027-02-20 11:15", "27:41. PR by 40 seconds!! Cold as hell, 9 degrees.", None),
    ("2027-02-20 11:17", "Heart rate got up to 174 at the end. Is that too high at 52?", None),
    ("2027-02-20 11:20", "Also kind of nearly passed out right after the finish. Everything went grey and I had to sit down on the curb for a few minutes. Probably because I skipped breakfast.", None),
    ("2027-02-20 12:05", "No chest pain. Heart was pounding but that's normal after a race right? Feel fine now, had a bagel.",
     "Thanks for telling me. Did you have any chest pain, a pounding or irregular heartbeat, or trouble breathing with it? How do you feel now?"),
    ("2027-02-20 12:07", "My wife ran the 10K, 58:20. She's faster than me now lol", None),
    ("2027-02-20 20:00", "Don't worry about the grey-out thing. I'm fine.", None),
    ("2027-02-21 09:30", "Recovery jog 3 miles with the dog. 34 min. Felt ok.", None),
    ("2027-02-21 09:32", "Remind me how many days a week we agreed on? And which ones?", None),
    ("2027-02-21 09:40", "Let's change it. Mon Wed Sat Sun works better through April 15.", None),
    ("2027-02-21 09:41", "Thanks.", None),
]

# ---------------------------------------------------------------- en-06 Sophie, Vancouver, km
CONVS["en-06"] = [
    ("2027-02-15 17:45", "ok practice was brutal 💀 4x1k at 4:05 4:03 4:01 3:58 w 2 min rest, like 2k wu and 2k cd", None),
    ("2027-02-15 17:46", "last one sub 4 lets goooo", None),
    ("2027-02-16 21:30", "didnt run today had a chem test and i studied all day 😭", None),
    ("2027-02-16 21:31", "wait whats my sun run goal again lol i forgot what i put", None),
    ("2027-02-17 16:50", "easy 6k w the team ~33 min", None),
    ("2027-02-17 16:52", "my left foot kinda hurts on top tho like a 2", None),
    ("2027-02-18 07:30", "cant do practice today bio lab goes till 5 ugh", None),
    ("2027-02-18 21:00", "its like a 3 now?? but hopping is fine and it doesnt hurt when i press anywhere its just kinda achy on top",
     "How's the foot? Does it hurt to hop on it, or when you press on one spot?"),
    ("2027-02-18 21:02", "ngl i think my laces r too tight lol", None),
    ("2027-02-19 16:15", "shakeout 4k + strides, foot felt ok", None),
    ("2027-02-19 16:17", "race tmrw!! lost lagoon 5k 😬 what pace should i go out at if i want sub 19", None),
    ("2027-02-20 11:40", "19:12 😭😭 so close. went out too fast first k was 3:35 lol", None),
    ("2027-02-20 11:41", "3rd in u18 tho so 🥉", None),
    ("2027-02-20 11:43", "if i ran sub 19 would that mean im on track for sub 40 at sun run?", None),
    ("2027-02-20 20:00", "foot doesnt hurt at all anymore btw", None),
    ("2027-02-21 10:30", "recovery jog w my dad 5k, he kept going and did 10k lol hes training for his first half", None),
    ("2027-02-21 10:32", "oh wait it was more like 6k not 5 we did the whole seawall loop", None),
    ("2027-02-21 10:35", "coach moved practice so its mon tue thu + sat now, can u change my days to those", None),
    ("2027-02-21 10:36", "also do i run tmrw or is it rest after the race", None),
    ("2027-02-21 10:40", "ty!! 🫶", None),
]

# ---------------------------------------------------------------- en-07 Tom, Manchester, miles
CONVS["en-07"] = [
    ("2027-02-15 19:10", "Evening. 6 mile easy done, 54 mins. Bit nippy out", None),
    ("2027-02-15 19:12", "Forgot to say, Sat just gone I jogged parkrun with my lad, 31 mins. His first one 😁", None),
    ("2027-02-16 07:05", "Sorry last night was 5 mile not 6. Strava cut out and I guessed", None),
    ("2027-02-16 12:30", "Is 8:20 a mile about right for easy pace if I'm after 3:45 at Manchester?", None),
    ("2027-02-17 19:45", "Tempo done. 2 mile warm up, 3 mile at 7:50s, 1 mile cool down. Proper blowing by the end but buzzing", None),
    ("2027-02-17 19:47", "Old hamstring behaved itself too, no twinges", None),
    ("2027-02-18 21:20", "Disaster. Went out for my 5 on the canal and only managed 2 mile before I went flying on black ice. Went right over on my right ankle and heard a pop. It's come up like a tennis ball. Hobbled back", None),
    ("2027-02-18 21:40", "Can barely put any weight on it tbh, hopping round the kitchen. No numbness just throbbing, 8/10",
     "Ouch. Can you put weight on it and take 4 steps? Any numbness or tingling?"),
    ("2027-02-18 21:42", "Bag of frozen peas on it now", None),
    ("2027-02-19 08:15", "Still can't walk on it properly this morning, limping badly. Missus is making me go A&E", None),
    ("2027-02-19 14:30", "Back from A&E. X-ray clear, nothing broken thank god. Bad sprain, they said no running 2-3 weeks and strapped it up", None),
    ("2027-02-19 14:32", "Gutted. Is Manchester still on? That's 7 weeks Sunday", None),
    ("2027-02-19 14:35", "If I can't do the full I might drop to the half in May instead", None),
    ("2027-02-20 10:00", "Pain's down to about a 4 today with the strapping. Walking a bit better", None),
    ("2027-02-20 10:02", "Can I get on the turbo? Bike's in the garage", None),
    ("2027-02-21 11:00", "Did 30 mins on the turbo, easy spin, ankle didn't mind", None),
    ("2027-02-21 11:02", "Also 20 mins upper body with the dumbbells", None),
    ("2027-02-21 11:05", "What was my marathon target again? Be honest is it still realistic", None),
    ("2027-02-21 11:10", "Cheers for the help mate, appreciate it", None),
    ("2027-02-21 18:00", "My lad did junior parkrun this morning, 2k in 9:40, proud dad moment 🥲", None),
]

# ---------------------------------------------------------------- en-08 Grant, Quito, km
CONVS["en-08"] = [
    ("2027-02-15 18:30", "No run today, rest day. Graded 60 essays though, which is basically an ultra", None),
    ("2027-02-16 06:50", "8k easy around La Carolina, 48 min. Traffic smog was brutal this morning", None),
    ("2027-02-16 06:52", "4 years at 2800m and I'm still not used to it lol", None),
    ("2027-02-17 17:40", "Hill repeats on the road up to Guápulo. 3k wu, 10x90s hard up / jog down, 2k cd. Whole thing took an hour and a quarter", None),
    ("2027-02-18 19:00", "Gym session, an hour. Squats, deadlifts, lunges, the usual", None),
    ("2027-02-18 19:05", "Question: a few guys at school are doing the Cotopaxi 50K in June and they've roped me in. Thinking I swap Pasochoa for that as my main race. Thoughts?", None),
    ("2027-02-19 06:30", "Ok decided. Cotopaxi 50K on June 5 is the goal now, Pasochoa becomes a training run. No time goal, it's my first 50", None),
    ("2027-02-19 13:10", "6k easy this morning before school, 36 min, then swam 40 min at lunch in the school pool. Chévere", None),
    ("2027-02-19 13:12", "Is back to back Sat/Sun a good idea for a 50K? Like 20k Sat and 15k Sun?", None),
    ("2027-02-20 15:20", "Rucu Pichincha from the teleférico, 18k in 2h45. Up to 4,600m. Totally gassed on the climb but that's normal up there, breathing like a freight train lol", None),
    ("2027-02-20 15:22", "Right knee grumbled on the descent, 2/10, nothing crazy", None),
    ("2027-02-20 15:25", "Also the plan said 22k for today, which at 4000m+ with 1200m of climbing is basically a fantasy. Can we count vert somehow?", None),
    ("2027-02-21 08:45", "Weird one. Left foot, the outside 3 toes went numb on the way down yesterday and they're still numb this morning. Kind of pins and needles. Loosened the laces, didn't help", None),
    ("2027-02-21 08:47", "Knee's fine, like a 1", None),
    ("2027-02-21 09:20", "Not spreading. Can walk on my heels fine, just feels like the toes are still asleep",
     "Is the numbness spreading, and is there any weakness — can you lift your toes and walk on your heels normally?"),
    ("2027-02-21 12:30", "Family walk in Parque Metropolitano, 2 hours, kids complained the whole time", None),
    ("2027-02-21 12:32", "My wife jogged part of it and says she did 5k, I'm not counting that one", None),
    ("2027-02-21 12:35", "Remind me what my long run was supposed to be next Saturday?", None),
    ("2027-02-21 12:40", "And if the toes are still numb tomorrow can I do the easy 8 anyway?", None),
    ("2027-02-21 12:41", "Gracias coach 🙏", None),
]

# ---------------------------------------------------------------- en-09 Linda, Toronto, km
CONVS["en-09"] = [
    ("2027-02-15 10:15", "Good morning! Did my walk-run at the community centre track. 1 minute running, 2 minutes walking, for 30 minutes. About 3.5 km I think.", None),
    ("2027-02-15 10:17", "My left calf is a bit sore, maybe a 2 out of 10. Nothing to worry about I'm sure.", None),
    ("2027-02-15 10:20", "The knee they operated on back in 2015 didn't bother me at all, which is nice.", None),
    ("2027-02-16 14:00", "Aquafit class this morning with my friend Carol, 45 minutes. Calf is fine today!", None),
    ("2027-02-17 11:30", "Walk run done, 35 mins today. I tried 90 seconds running and 2 minutes walking. It felt harder...", None),
    ("2027-02-17 11:32", "Is 90 seconds too much of a jump from 1 minute?", None),
    ("2027-02-18 09:10", "Something a bit strange happened yesterday that I should mention... during the last running bit my heart started fluttering and racing, like it was skipping beats. I felt lightheaded so I sat on a bench. It went away after a few minutes. I feel fine today.", None),
    ("2027-02-18 09:40", "Maybe 2 or 3 minutes. No chest pain. I was a bit short of breath but I'd been running. I did feel like I might pass out for a moment, which is why I sat down.",
     "Thank you for telling me. How long did it last, and did you have any chest pain, shortness of breath, or feel like you might faint?"),
    ("2027-02-18 09:42", "I don't want to make a fuss, I'm 63 not 93 😄", None),
    ("2027-02-18 16:30", "I called my doctor's office. They can see me Tuesday.", None),
    ("2027-02-19 08:00", "I did not run today as you suggested.", None),
    ("2027-02-19 08:02", "My grandson ran 10k on his treadmill yesterday in 50 minutes, he's 19 and thinks it's easy!", None),
    ("2027-02-19 08:05", "Could I still do a gentle walk on Saturday? Just walking, no running.", None),
    ("2027-02-20 13:20", "Walked 40 minutes around High Park with Carol. Felt perfectly fine, no fluttering.", None),
    ("2027-02-20 13:22", "What date is my race again? I wrote it down somewhere but can't find it.", None),
    ("2027-02-20 13:25", "If the doctor says everything is fine, how soon could I start the running bits again?", None),
    ("2027-02-21 10:00", "Sorry, I made a mistake on Wednesday. It was 40 minutes of walk-run, not 35. I looked at my watch again.", None),
    ("2027-02-21 10:05", "Also I'd like to change my days. Mondays are my volunteer day at the library from March. Could we do Tuesday, Thursday and Saturday?", None),
    ("2027-02-21 10:07", "And I'll skip aquafit this Tuesday because of the doctor.", None),
    ("2027-02-21 10:10", "Thank you for being so patient with me. Linda", None),
]

# ---------------------------------------------------------------- en-10 Kevin, Austin, miles
CONVS["en-10"] = [
    ("2027-02-15 07:20", "am: 8 mi ez 1:02 ✅", None),
    ("2027-02-15 18:40", "pm: 4 mi shakeout 33 min, legs ok", None),
    ("2027-02-16 08:15", "workout: 2 wu, 6x1mi @ 5:52 5:55 5:50 5:51 5:49 5:47 w/ 90s jog, 2 cd. ~12.5 total 🔥", None),
    ("2027-02-16 08:17", "last rep felt smooth ngl. 5:45s next time?", None),
    ("2027-02-17 19:30", "10 mi easy on shoal creek 1:18 + 40 min lift after", None),
    ("2027-02-18 06:45", "actually yday was 11 not 10, forgot i added the lake loop lol. time was right", None),
    ("2027-02-18 12:10", "14 mi 1:45:20 ✅🏃‍♂️", None),
    ("2027-02-18 12:14", "wait ignore that lol that was jake's strava, copied the wrong screenshot. mine was 8 ez this morning, 1:03", None),
    ("2027-02-18 12:16", "left hip flexor a lil tight, like 2/10", None),
    ("2027-02-19 07:00", "4 mi shakeout + 6 strides. hip's fine now", None),
    ("2027-02-19 07:02", "racing the austin half sunday as a tune up, thinking low 1:17. dumb or fine 9 wks out from hill country?", None),
    ("2027-02-19 07:04", "also thinking bout switching to the 100k at hill country instead of the 50 mi. same day. idk yet", None),
    ("2027-02-20 09:00", "no run today, full rest. legs need it before tmrw", None),
    ("2027-02-20 09:02", "whats the plan for pacing? 5:50s the whole way or negative split", None),
    ("2027-02-20 21:30", "my gf did her first 5 mi run today, 50 min!! so hyped for her", None),
    ("2027-02-21 10:05", "1:16:45 🎉🎉 PR by 40s. went thru 10k in 36:20 and held on. + 3 mi cd after", None),
    ("2027-02-21 10:07", "hot af at the end tho, 78 degrees by 9am lol. drank at every station, felt fine", None),
    ("2027-02-21 15:30", "ok decided, im doing the 100k at hill country. same date apr 24. goal sub 11 hrs", None),
    ("2027-02-21 15:32", "whats my longest run been so far this block? i think 26?", None),
    ("2027-02-21 15:35", "u can make saturday my rest day permanently btw. so mon tue wed thu fri sun", None),
]
