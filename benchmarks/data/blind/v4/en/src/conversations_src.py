"""Runner side of the week Mon 2026-11-30 .. Sun 2026-12-06 (pass 2).

Each message: (local date, local HH:MM, text, after_coach or None).
The UTC offset is computed from the profile's timezone by build.py.
"""

MON, TUE, WED, THU, FRI, SAT, SUN = ("2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03",
                                     "2026-12-04", "2026-12-05", "2026-12-06")

CONVERSATIONS = {}

# ---------------------------------------------------------------- en-01 Jake, Denver, miles
CONVERSATIONS["en-01"] = [
    (MON, "06:45", "morning. rest day but did 45 min of weights at the gym before work 🏋️", None),
    (MON, "12:10", "q - what should my tempo pace be for thurs? plan says 7 mi w 3 @ tempo", None),
    (TUE, "07:20", "6 miles easy done, 54:30. legs felt good, bit chilly lol 28 degrees", None),
    (TUE, "07:22", "right knee kinda achy first mile, like a 2/10. still a lil there now", None),
    (WED, "06:55", "correction on yesterday, strava says 6.2 not 6. same time", None),
    (WED, "18:40", "no run today obv its wed. did 20 min of yoga off youtube tho", None),
    (WED, "18:42", "my buddy mike ran 20 miles today in the snow, guy is insane lol", None),
    (THU, "07:35", "tempo done. 7 mi total 58:10, 3 @ 7:50ish. weird thing tho like halfway thru the tempo part my chest "
                   "got tight, kinda like pressure, so i backed off and jogged it in. prob just the cold air lol. knee was fine btw", None),
    (THU, "07:52", "maybe 5 min? went away once i slowed down. didnt spread anywhere. i was breathing hard but it was a tempo so idk",
     "How long did the chest tightness last, and did it spread to your arm, jaw or back? Any shortness of breath or dizziness?"),
    (THU, "12:30", "feel totally normal now. not going to the ER for a cold air thing lol. ill call my dr tmrw maybe",
     "Chest pressure during exercise needs to be checked by a doctor before you run hard again. Can you get seen today?"),
    (FRI, "06:50", "called my dr, they can see me monday 8am", None),
    (FRI, "06:52", "so can i still do the long run sat? plan says 14 mi. or drop it to 10?", None),
    (FRI, "19:30", "also the plan has me at 32 mi next week?? thats a big jump from 25, feels like a lot", None),
    (SAT, "09:15", "ok skipped the long run. didnt run at all today, wife wouldve killed me 😅", None),
    (SAT, "09:17", "walked the dog tho, like 3 mi, hour ish", None),
    (SAT, "16:00", "whats my goal race again and what time did i say i wanted", None),
    (SAT, "16:05", "ok yeah. if dr clears me monday could i still go for 3:45 or am i cooked", None),
    (SUN, "08:30", "gonna do like 20 min on the bike trainer in the garage, super easy. thats ok right?", None),
    (SUN, "10:40", "did the bike, 25 min easy. zero issues", None),
    (SUN, "10:42", "thx for looking out this week man 🙏", None),
    (SUN, "18:00", "tmrw after the dr ill do 4 easy if they say im good", None),
]

# ---------------------------------------------------------------- en-02 Priya, Bengaluru, km
CONVERSATIONS["en-02"] = [
    (MON, "06:40", "Good morning! 🙏 Done with my run today. 4 km in Cubbon Park, took 28 mins", None),
    (MON, "06:42", "Slight pain in left shin only, maybe 2 out of 10. Is it normal?", None),
    (MON, "21:10", "Also I got side stitch in 2nd km, had to walk for 1 min. what to do for that", None),
    (TUE, "07:30", "Did 45 min yoga class today, no run as per plan", None),
    (TUE, "07:31", "Shin is bit better, 1/10 now", None),
    (WED, "13:05", "Can I do 5k tomorrow instead of 4? Feeling good 😊", None),
    (WED, "13:07", "Also what should I eat before morning run, I usually have 2 idlis and coffee is it ok", None),
    (THU, "06:55", "5 km done!! First time 5 without stopping 🥳 36:10", None),
    (THU, "06:56", "shin no pain at all today", None),
    (THU, "19:20", "Kindly note, my office is going hybrid from next week so I can run only Tue Thu Sat Sun from now on. "
                   "Mon Wed Fri not possible", None),
    (FRI, "08:10", "No run today, rest day na", None),
    (FRI, "08:12", "My friend Ananya is doing her first half marathon on Sunday, 21k! I am so nervous for her 😅", None),
    (FRI, "22:00", "If I join her run club on saturdays they do 8 km, would that be too much for me?", None),
    (SAT, "07:45", "Went with the run club only for the walking part 😂 walked 6 km, 1 hr 10 min", None),
    (SAT, "07:47", "They were running 6:30 pace, very fast for me. my pace is like 7:15 na?", None),
    (SUN, "06:30", "Sunday run - 6 km with 2 walk breaks, 45 mins. Longest ever!!", None),
    (SUN, "06:32", "Legs tired but no pain anywhere", None),
    (SUN, "11:00", "Ananya finished in 2:31!! so proud 🥹", None),
    (SUN, "11:02", "what's my 10k race date again? May na?", None),
    (SUN, "11:05", "Thank you coach for this week 🙏🙏", None),
    (SUN, "11:06", "Tuesday I will do 5 km again ok?", None),
]

# ---------------------------------------------------------------- en-03 Siobhan, Dublin, km
CONVERSATIONS["en-03"] = [
    (MON, "19:45", "Hi! So I didn't get out today, parent teacher meetings till 7 😩 will try for tomorrow morning", None),
    (TUE, "07:05", "Grand, got out before school, 8k easy in 44 mins. Dark as anything at 6am!", None),
    (TUE, "07:07", "Left calf a bit tight the last couple of k, nothing major", None),
    (TUE, "16:30", "Q about the plan, it has me doing 5x1k at 4:50 on Thursday?? I've never gone under 5 min/k in my life. Seems mad", None),
    (WED, "18:50", "Swam 1500m at the leisure centre after work, about 40 mins, and then a 20 min walk home", None),
    (WED, "18:52", "Calf about a 2 today", None),
    (THU, "07:20", "Did the intervals but at 5:05s instead, felt class. 9k total, 50:15 with warm up and cool down", None),
    (THU, "07:21", "oh and I'm after doing something mad... I've entered the FULL Connemara marathon instead of the half!! "
                   "Same day, 11th April. No time goal, just want to finish it", None),
    (THU, "20:00", "Is that enough time to train for a full from where I am? Longest I've done is 16k", None),
    (FRI, "12:40", "My sister did her first 10k in the Phoenix Park this morning, 1:05, delighted for her", None),
    (FRI, "12:42", "Calf is grand now btw, no tightness at all", None),
    (FRI, "21:15", "Going to do Marlay parkrun tomorrow and try to properly race it, any tips?", None),
    (SAT, "10:05", "PARKRUN PB!!! 24:12 🎉🎉 absolutely emptied myself", None),
    (SAT, "10:06", "Dead legs now but worth it 😂", None),
    (SAT, "17:00", "What does 24:12 mean for a marathon roughly? Like what pace could I do?", None),
    (SUN, "09:40", "Ah no. Was walking down to the seafront for the long run, frost on the steps and I went over on my right "
                   "ankle. Heard a pop. Its swelling up like a golf ball and I can barely put weight on it", None),
    (SUN, "09:55", "About a 7 if I stand on it. Hobbled back to the car with my husband holding me up. Ice on it now",
     "Oh no, I'm sorry! On a scale of 0-10 how bad is the pain, and can you walk on it at all?"),
    (SUN, "10:00", "Probably just a sprain sure, I'll be grand by Tuesday?", None),
    (SUN, "13:30", "Husband's making me go to A&E in the Beacon, ugh. Will let you know", None),
    (SUN, "19:40", "Back. No break thank god, bad sprain. They said no running for 2 weeks at least", None),
    (SUN, "19:42", "So does that mess up the marathon plan? 😢", None),
]

# ---------------------------------------------------------------- en-04 Marcus, Sydney, km
CONVERSATIONS["en-04"] = [
    (MON, "05:50", "Morning coach. 10k recovery jog round the bay, 58 min. Legs bit heavy after sat", None),
    (TUE, "19:10", "Hills tonight, 8 x 90s up Bondi Rd, 14k all up, took an hour fifteen. Hammered", None),
    (WED, "06:30", "Ocean pool swim 2km this morning, 45min. 8k easy after work tonight", None),
    (WED, "20:05", "Done the 8. 46 mins", None),
    (WED, "20:07", "Correction on yesterday, watch says 15.2k not 14", None),
    (THU, "12:15", "Rest day. Achilles used to flare up this time of year back in 2022, touch wood all good now 🤞", None),
    (THU, "12:20", "Plan says 35k Sat. Mate I did 38 three weeks ago, why so low? Can I bump it to 40?", None),
    (FRI, "17:40", "Forecast's 36 up in the mountains tomorrow. How much should I be drinking per hour in that? I usually take 500ml", None),
    (FRI, "17:42", "Missus ran the Kiama half last month in 2:05, she reckons I'm mad going out in this", None),
    (SAT, "15:30", "Back at the car. Long run done, 31k on the Six Foot Track section, 4:10. Ran out of water at about 24k. "
                   "Bit loopy the last hour tbh, stopped sweating which was weird, chucked up at the car. Stinking hot out there", None),
    (SAT, "15:45", "Sitting in the car with the aircon, Robbo's with me. Head's still a bit foggy. Had a wee, looked like strong tea, dark brown",
     "Marcus, confusion + no sweating + vomiting in the heat can be heat stroke. Are you somewhere cool, with someone? "
     "Are you still confused or vomiting? What colour is your urine?"),
    (SAT, "16:30", "Drinking heaps, feeling a bit better. Robbo's driving me home", None),
    (SAT, "21:00", "Home, showered, no more spewing. Dunno what happened, I've run hotter than that", None),
    (SUN, "06:40", "Slept 10 hrs. Can I do my 20k easy this morning or nah?", None),
    (SUN, "06:42", "pee's normal colour again fwiw", None),
    (SUN, "09:10", "Didn't run. Took the dog for an easy walk instead, 40 min", None),
    (SUN, "09:12", "If I'd carried 2 bladders instead of 1 would that have been enough? Trying to work out what went wrong", None),
    (SUN, "14:00", "What did I tell you my Six Foot goal was? Sub 5:30 wasn't it?", None),
    (SUN, "14:05", "Tomorrow I'll do 8k recovery if I feel right", None),
    (SUN, "14:06", "Cheers mate", None),
]

# ---------------------------------------------------------------- en-05 Tyler, Toronto, km
CONVERSATIONS["en-05"] = [
    (MON, "16:20", "yo just did 10k easy after school, like 48 min", None),
    (MON, "16:21", "right knee kinda sore ngl, like 3/10", None),
    (MON, "21:45", "also is it bad if i run in basketball shoes lol my runners r soaked", None),
    (TUE, "18:10", "practice today was 6x400 in 72s, 8k total w wu/cd", None),
    (TUE, "18:11", "knee a 2 now", None),
    (TUE, "18:12", "can i start running 400s in 70 or is that too fast for my 8k goal", None),
    (WED, "07:00", "bro its snowing so hard 💀 no run today", None),
    (WED, "15:30", "wait actually did 30 min on the treadmill at the Y, 5k ish", None),
    (WED, "15:32", "if i doubled today would that be bad? like another 5 tonight", None),
    (THU, "17:50", "our school coach moved practice to tues/thurs for good so can u change my days to mon tue thu sat sun", None),
    (THU, "17:52", "practice was 12k steady, 55 min. knee is fine now no pain fr", None),
    (THU, "17:55", "jayden ran 9:05 for 3k at practice lowkey insane", None),
    (FRI, "16:00", "rest day. my legs r cooked", None),
    (FRI, "16:05", "theres an indoor meet at york tmrw, coach put me in the 3000. goal is sub 9:50", None),
    (SAT, "14:40", "9:48 in the 3000!!!! PR by like 15 sec 😤😤", None),
    (SAT, "14:41", "placed 4th in my heat lol", None),
    (SAT, "14:43", "ok so what does 9:48 mean for my 8k? can i still do 28:30", None),
    (SUN, "11:20", "easy 14k w the boys, 1h08", None),
    (SUN, "11:21", "what was my old 5k pr again? i think i told u when i signed up", None),
    (SUN, "11:25", "next week i wanna hit 50k total is that ok", None),
    (SUN, "11:26", "thx coach 🙏", None),
]

# ---------------------------------------------------------------- en-06 Linda, Phoenix, miles
CONVERSATIONS["en-06"] = [
    (MON, "06:15", "Good morning! Did my 3 miles this morning, run 4 min walk 1 min. 41:30. Beautiful sunrise over Camelback 😊", None),
    (TUE, "10:30", "Water aerobics class today, 45 minutes. My friends think I'm crazy training for a half at 65!", None),
    (TUE, "10:32", "Is 13 min/mile too slow for my long runs? The young ones at the club go much faster", None),
    (WED, "06:40", "4 miles today, 52:30, felt strong!", None),
    (THU, "08:05", "I wanted to mention something. Yesterday toward the end of my run my heart started fluttering and racing "
                   "and felt like it was skipping. I got lightheaded and had to sit on a bench for a few minutes. It passed. "
                   "Probably too much coffee! I feel fine today", None),
    (THU, "08:20", "No chest pain. A little short of breath while it was happening. I didn't black out but things went a bit "
                   "grey for a second. It happened once last spring too but shorter",
     "Thank you for telling me, Linda. Did you have any chest pain or pressure, shortness of breath, or did you black out? "
     "Has this ever happened before?"),
    (THU, "09:00", "As a retired nurse I know I should get it checked 🙄 I'll call Dr. Patel's office", None),
    (THU, "14:30", "Dr. Patel can see me next Tuesday. They want me to wear a heart monitor. Can I still do my run tomorrow if I go slow?", None),
    (FRI, "07:30", "OK, no run today like you said. Did a 2 mile walk around the neighborhood instead, about 40 min, nice and slow", None),
    (FRI, "07:32", "No fluttering at all 👍", None),
    (FRI, "16:00", "My husband Bob did his first 5K this morning at the Scottsdale fun run! 38 minutes! I'm so proud of him", None),
    (SAT, "09:10", "What was the date of my half again? January something? I need to book the hotel", None),
    (SAT, "09:15", "If the doctor says it's fine, will I still have enough time to get up to 10 miles before the race?", None),
    (SAT, "12:00", "Walked 2.5 miles with my grandson Eli at the zoo today, he's 6 so lots of stopping lol. Maybe an hour and a half", None),
    (SAT, "12:02", "My right hip is a bit sore from all the walking, maybe a 2", None),
    (SUN, "07:45", "Hip is fine this morning, no soreness", None),
    (SUN, "07:50", "Your plan had me doing 6 miles today. I know I shouldn't but I feel so good, it's hard to sit still!", None),
    (SUN, "07:52", "Not running though. Just did yoga on the patio, 30 min", None),
    (SUN, "18:00", "Bob wants to do the Rock n Roll 5K the same weekend as my half. Is that a good first race for him?", None),
    (SUN, "18:05", "Thank you for being so careful with me this week. Linda", None),
]

# ---------------------------------------------------------------- en-07 Rachel, Singapore, km
CONVERSATIONS["en-07"] = [
    (MON, "20:30", "Hi coach, rest day today. Sian, work until 8pm", None),
    (TUE, "06:50", "Ran 10km this morning at East Coast Park, 4 x 1km at HM pace 5:35. 1:01:20 total. Very humid 🥵", None),
    (TUE, "06:52", "Plan says 12km on Thu but race on Sunday leh. Not too much meh?", None),
    (WED, "12:45", "Lunchtime yoga 1 hour. Left hamstring abit tight, like 2/10", None),
    (WED, "12:47", "Should I still do the Thursday run or rest? Don't want to kena injury before Sunday", None),
    (THU, "06:40", "Did 8km easy instead of 12, 48min. Hamstring ok, 1/10", None),
    (THU, "21:00", "My colleague Jun Wei says must carb load 3 days. Is that true? How many grams?", None),
    (FRI, "19:30", "Collected my race pack at the expo. Half marathon Sunday 5am flag off!! Target sub 2 hrs, can or not?", None),
    (SAT, "07:10", "Shakeout 3km done 20min. Hamstring totally no issue already 👍", None),
    (SAT, "21:30", "Going to sleep now, alarm 3am 😴 nervous", None),
    (SUN, "08:15", "Finished!!! 2:04:51. Not sub 2 but ok lah, so humid. Felt quite dizzy after the finish line and vomited near the medal area 😅", None),
    (SUN, "08:25", "Still abit dizzy when I stand up. Drank 100plus but threw up again. Thinking ok",
     "Congrats Rachel! But dizziness and vomiting in that heat need attention. Are you still dizzy, are you thinking "
     "clearly, and can you keep fluids down?"),
    (SUN, "08:40", "Ok going to the medical tent, my husband bringing me", None),
    (SUN, "11:30", "They gave me drip, say mild heat exhaustion. Already feel much better", None),
    (SUN, "11:32", "Husband did the 10km in 58:02, first time he beat me on anything 🙄😂", None),
    (SUN, "15:00", "Ok thinking about it, I don't think I will be ready for Tokyo in March. Change my goal to Gold Coast Marathon "
                   "4 July instead. Still want 4:10", None),
    (SUN, "15:02", "What was the 10k time I gave you when I signed up? Want to compare", None),
    (SUN, "15:05", "If I had run slower the first 10km would I still vomit ah?", None),
    (SUN, "20:00", "When can start running again? Thinking Wed 6km easy", None),
    (SUN, "20:01", "Thanks coach, really appreciate 🙏", None),
]

# ---------------------------------------------------------------- en-08 Dave, Leeds, miles
CONVERSATIONS["en-08"] = [
    (MON, "18:30", "Evening. 5 mile easy after work, 46 mins. Right shin a bit sore, 3/10 maybe", None),
    (MON, "18:32", "probably the new trainers tbh", None),
    (MON, "18:33", "also what should my easy pace be, im doing about 9:10 a mile", None),
    (TUE, "07:15", "No run today, rest day. Shin's the same", None),
    (WED, "19:00", "Did 4 miles anyway, 37 min. Shin was a 4 by the end", None),
    (WED, "19:02", "plan says 6 tomorrow, can i do that with the shin or drop it to 3?", None),
    (THU, "13:10", "Did 12 miles this morning in 1:40, cracking pace 💪", None),
    (THU, "13:25", "wait ignore that, that was Gaz's run on Strava, had his phone open 🤦‍♂️ I didn't run today", None),
    (THU, "13:27", "Gaz is doing London too, he's way ahead of me lol", None),
    (FRI, "17:45", "Shin's got worse mate. There's one spot on the bone about 4 inch above the ankle that kills when I press it. "
                   "Limping a bit on the job today, going down stairs is about a 7", None),
    (FRI, "18:00", "Hurts walking to the van yeah. Bit of throbbing in bed last night. Not really swollen",
     "That needs a proper look. Does it hurt when you walk normally, or at night when you're resting? Any swelling?"),
    (FRI, "18:05", "So parkrun's off tomorrow then I take it 😩", None),
    (SAT, "09:30", "Didn't do parkrun. Stood and watched with a coffee, Gaz did 22:10", None),
    (SAT, "09:32", "Remind me what I told you my marathon target was? Sub 4 or 3:45?", None),
    (SAT, "14:00", "If it is a stress fracture how long am I out? Be honest", None),
    (SUN, "11:00", "Went to the walk-in centre at St James's. They reckon could be a stress reaction, sending me for an x-ray Tuesday", None),
    (SUN, "11:02", "Did 30 mins on the bike at the gym after, no pain at all on the bike", None),
    (SUN, "11:05", "Your plan's got me doing a 20 miler in January, is that still happening or what", None),
    (SUN, "11:07", "Also I'm swapping to Mon Wed Fri Sun from next week, new contract means I'm working Saturdays", None),
    (SUN, "11:10", "Cheers for the help this week", None),
]

# ---------------------------------------------------------------- en-09 Charlie, Quito, miles
CONVERSATIONS["en-09"] = [
    (MON, "06:30", "buenos días coach! easy 4 at La Carolina, 42 min. the usual", None),
    (MON, "06:35", "q: since i live at 2800m should my easy pace be like 30 sec slower than at sea level? i used to do 9:30s back in Portland", None),
    (TUE, "07:10", "yoga class today, 1 hr, mi pana dragged me there lol", None),
    (TUE, "19:00", "oops monday was 4.5 not 4, forgot the loop around the lake", None),
    (WED, "17:30", "5 mi trail at Parque Metropolitano, 58 min. breathing was brutal on the climbs but thats normal up here", None),
    (WED, "17:32", "my wife did 6 miles today with her running group, shes crushing it", None),
    (THU, "07:00", "no run today, exams all week and im proctoring at 7", None),
    (THU, "20:00", "new schedule at school starts next week, can we switch my running days to mon wed fri sat? tues/thurs are dead for me now", None),
    (FRI, "19:45", "did the teleférico run today, up at like 4000m. 3 miles, took forever, an hour ish", None),
    (SAT, "08:10", "so yesterday up at the top something weird happened. got super dizzy and couldnt catch my breath, like way worse "
                   "than normal even for that altitude, and my heart was pounding kinda irregular, had to sit on a rock for 10 min. "
                   "chuta i was scared. fine now tho", None),
    (SAT, "08:25", "no chest pain. didnt pass out but almost. heart felt a bit skippy again last night lying in bed actually",
     "Thanks for telling me, Charlie. That combination needs a doctor. Did you have any chest pain or pressure, or did you "
     "faint? Has your heart felt irregular since?"),
    (SAT, "08:30", "im sure its just the altitude, i went up too fast", None),
    (SAT, "11:00", "skipping my run today. wife is making me go to the hospital monday", None),
    (SAT, "11:02", "can i at least do an easy 3 tmrw on flat ground?", None),
    (SUN, "09:00", "ok didnt run. went for a walk in the park instead, 45 min, super chill", None),
    (SUN, "09:02", "no dizziness or anything on the walk 👍", None),
    (SUN, "09:05", "hey whats my goal race again and when is it? i might need to rethink it honestly", None),
    (SUN, "09:10", "if the dr says its my heart is cotopaxi off?", None),
    (SUN, "16:00", "ok decision made, dropping Cotopaxi, too high. new goal is the 10K in Guayaquil on march 14, sea level lol. no time goal", None),
    (SUN, "16:02", "gracias coach, this week was a lot", None),
]

# ---------------------------------------------------------------- en-10 Emily, Chicago, miles
CONVERSATIONS["en-10"] = [
    (MON, "20:45", "hiii ok so its like 19 degrees out and i am NOT running outside lol", None),
    (TUE, "07:30", "treadmill 2.5 miles in 30 min, hated every second 😭", None),
    (TUE, "07:31", "right hip kinda achy after, like 2/10", None),
    (TUE, "12:10", "why does the plan say my easy pace is 12:30/mile?? that feels sooo slow, i did 12 min miles today and it was fine", None),
    (WED, "18:00", "kinda?? 😅", "Did you get your run in today?"),
    (WED, "18:01", "hip is like a 1 now", None),
    (WED, "18:02", "cant run thursday btw i have my qual exam 😬 can i do friday instead", None),
    (THU, "21:30", "EXAM DONE. passed!!! 🥳", None),
    (THU, "21:31", "no run obviously lol", None),
    (FRI, "07:15", "ran outside!! 3 miles on the lakefront, took forty minutes w a stop at the light", None),
    (FRI, "07:16", "my throat kinda burns from the cold air tho is that normal", None),
    (FRI, "07:17", "hip didnt hurt at all 🙌", None),
    (FRI, "17:00", "ok so my roommate sarah ran 8 miles today and now i feel lazy lol", None),
    (FRI, "17:05", "ok wait i did something. signed up for the Chicago Spring Half on may 23!!! i want to do it under 2:30", None),
    (FRI, "17:06", "is that crazy? longest ive ever done is 5", None),
    (SAT, "10:20", "also can we switch my days to mon wed sat? my lab schedule changed for next semester, tue thu are impossible", None),
    (SAT, "12:45", "did 4 today!! 4 miles, 48:20, treadmill again bc of snow", None),
    (SAT, "12:47", "wait sorry it was 3.5 not 4, i misread the screen", None),
    (SAT, "20:00", "what did i tell u my longest run was when i signed up? i forget lol", None),
    (SUN, "11:00", "no run today, brunch w friends 🥞", None),
    (SUN, "11:02", "if i ran mon tue wed in a row next week bc of my schedule would that be bad", None),
    (SUN, "11:05", "tmrw ill do 3 easy before lab", None),
    (SUN, "11:06", "ty coach ur the best", None),
]
