"""Red flags: what the coach says first when a message carries a medical warning sign (application.
understanding.safety), and the write policy's questions (application.tools.policy)."""

PHRASES = {
    "sign_when_rest": " at rest", "sign_when_exercise": " during exercise",
    "safety_emergency_cardiac": "🛑 {name}stop running now. {signs}{when} can come from the heart: if "
                                "you have it now or it comes back, {call} or go to the ER, and don't drive "
                                "yourself. No running or hard effort until a doctor (cardiologist) has checked you. "
                                "I noted it and your plan is on hold.",
    "safety_emergency_heat": "🛑 {name}stop running now. {signs} in the heat can be heat stroke, an emergency: get "
                             "into the shade, cool down with cold water on your neck, armpits and head, and "
                             "{call} now; have someone stay with you. No "
                             "running until a doctor has seen you. I noted it and your plan is on hold.",
    "safety_stop_injury": "🛑 {name}stop running: {signs} in {part} is a warning sign. See a doctor or physio "
                          "before you run again; meanwhile no impact, relative rest and ice for 15 min. I noted it "
                          "as a severe injury and your plan is on hold.",
    "safety_reminder": "🛑 Remember: with what you told me ({what}), no running until a doctor has seen you.",
    "safety_reminder_emergency": "🛑 Remember: with what you told me ({what}), no running or hard effort until a "
                                 "doctor has seen you; if it comes back, {call} or go to the ER.",
    "safety_appointment": "Good that it's booked 🙏. Until then: no running or hard effort, and if it comes back "
                          "before the appointment, {call} or go to the ER. Tell me what they say.",
    "sign_own_fall": "a fall",
    "call_number": "call emergency services ({number})", "call_local": "call your local emergency number",
    "safety_cleared": "Great that you got checked and cleared! 🙌 We'll ease back in: easy, short runs this week, and "
                      "if anything hurts, stop and tell me.",
    "safety_easy_cleared": "Good news 🙏 Then do as your doctor said: short easy runs only, nothing hard, until they "
                           "tell you otherwise, and if a symptom comes back, stop at once and {call}. I'll keep your "
                           "plan on hold until you're fully cleared: tell me what the next test says.",
    "safety_easy_cleared_body": "Good that you got it checked 🙏 Then do as your doctor said: easy runs only, and if it "
                                "gets worse or the warning signs come back, stop and tell me. I'll keep your plan gentle "
                                "until you're fully cleared.",
    "injury_also_noted": "I also noted {part} as a mild niggle.",
    "safety_seen": "Good call getting checked 🙏. Follow what the doctor told you: no running until you're cleared. "
                   "When you are, tell me and we'll ease back in.",
    "sign_chest_pain": "chest pain or pressure", "sign_radiating": "pain spreading to the arm or jaw",
    "sign_palpitations": "a racing heart that won't settle", "sign_fainting": "fainting or nearly fainting",
    "sign_dizziness": "dizziness", "sign_breathless": "breathlessness out of proportion",
    "sign_night_breathless": "waking up breathless", "sign_confusion": "confusion",
    "sign_no_sweat": "no longer sweating with hot skin", "sign_vomiting": "vomiting",
    "sign_dark_urine": "very dark urine",
    "sign_heat_chills": "chills or goosebumps", "sign_heat_headache": "a pounding headache",
    "sign_sharp": "sharp pain", "sign_swelling": "swelling", "sign_cannot_bear_weight": "not being able to bear weight",
    "sign_pain_walking": "pain when walking", "sign_limping": "limping", "sign_numbness": "numbness",
    "sign_pop": "a pop", "sign_bruising": "bruising",
    "sign_fall": "a fall", "sign_hard_fall": "a hard fall", "sign_bone_pain": "pain in one spot of the bone",
    "sign_pain_7": "pain of {pain}/10",
    "sign_and": " and ",
    "policy_confirm_run": "Shall I log {distance} {day}?",
    "policy_not_written": "I didn't save anything: I read that as a question or a plan, not something you did.",
}

REASONS = {
    "write_not_a_fact": "I read it as a question, a plan or a comment, not something you've done, so I saved nothing",
    "not_sure_done": "I'm not sure whether {km:g} km is a run you did or the one that's planned",
}

PHRASES.update({
    "ack_future_plan": "👌 Sounds good! Once you've done it, tell me how it went and I'll log it.",
    "ack_complaint": "I hear you 🙏. I didn't change anything you have logged. The plan builds up gradually (about "
                     "10 % a week) so you get there healthy; if it feels too easy, tell me how much you usually run "
                     "and I'll adjust it.",
    "ack_complaint_too_fast": "I hear you 🙏. I didn't change anything you have logged. The plan's paces come from "
                              "your best recent race (your VDOT); if a race of yours says otherwise, tell me its "
                              "time and date and I'll set them from it. Reps should feel hard but controlled: if you "
                              "can't hold the pace, ease off 5–10 s per km.",
    "ack_complaint_too_much": "I hear you 🙏. I didn't change anything you have logged. If the plan feels like too "
                              "much, tell me how much you really run in a week and I'll bring it down: better to get "
                              "to the race healthy than overcooked.",
    "ack_history": "Thanks for telling me 🙏 I'll keep it in mind and look after that area.",
    "ack_skipping_today": "No worries, one day off changes nothing 🙂 We pick the plan up again next time: don't "
                          "try to make it up by doubling.",
    "ack_negation": "Great to hear! 💪 Thanks for letting me know.",
    "ack_session_move": "Yes, you can move that session 👍. Just avoid two hard days back to back. Your training "
                        "days stay as they are.",
    "ack_statement": "👍 Thanks for letting me know.",
})

PHRASES.update({
    "profile_memory_race": "🏁 Your goal race: {race}, on {date}{goal}.",
    "profile_memory_goal": ", goal time {time}",
    "profile_memory_no_race": "🏁 You don't have a goal race on record yet.",
    "profile_memory_days": "📅 You train on: {days}{long}.",
    "profile_memory_long": " (long run on {day})",
    "profile_memory_injuries": "🩹 Open niggles: {injuries}.",
    "profile_memory_no_injuries": "🩹 No open niggles on record.",
    "profile_memory_history": "📝 What you told me about past injuries: {history}.",
    "profile_memory_best": "🏅 Your best race on record: {distance} in {time} ({day}).",
    "profile_memory_week": "📊 This week you've done {distance}.",
    "profile_memory_remembered": "And from what we talked about:",
})

PHRASES.update({
    "race_tune_up": "🏁 Nice, a race before your goal: I'll take it as a tune-up, and your goal is still {race}, on "
                    "{date}. Tell me how it goes! If you'd rather make it your new goal, say \"new goal: …\".",
    "race_goal_time_dropped": "Done, no goal time: the aim is to finish it strong and enjoy it. Your plan still builds to the same day 👍",
    "race_kept": "🏅 I'm taking that as a race you ran, not a new goal: your goal is still {race}, on {date}. "
                 "If you want to change your goal, tell me \"new goal: …\".",
})
