"""The coach's replies without a model: runs, the plan day by day, race and week, injuries, conversation."""

PHRASES: dict[str, str] = {
    # --- understanding: asking instead of guessing
    "clarify": "I want to get this right 🙂 What did you mean?",
    "clarify_dropped": "No problem. I'm here whenever you need me.",
    "plan_offer_declined": "OK, no plan for now. Whenever you want one, write \"create my plan\" and we'll build it.",
    "internal_error": "Oops, something went wrong on my side 😅. Nothing was changed; could you send it again?",
    "intent_label_log_run": "Log a run",
    "intent_label_log_cross_training": "Other sport",
    "intent_label_correct_run": "Fix a run",
    "intent_label_delete_run": "Delete a run",
    "intent_label_missed_session": "Missed a session",
    "intent_label_should_i_run": "Should I run?",
    "intent_label_session_query": "What's on?",
    "intent_label_plan_request": "See my plan",
    "intent_label_progress": "My progress",
    "intent_label_pace_question": "My paces",
    "intent_label_set_race": "My goal race",
    "intent_label_set_schedule": "My days",
    "intent_label_set_units": "Km or miles",
    "intent_label_profile_update": "Edit my profile",
    "intent_label_running_question": "Running question",
    "intent_label_injury_report": "Something hurts",
    "intent_label_injury_update": "Injury update",
    "intent_label_memory_question": "What I told you",
    "intent_label_greeting": "Say hi",
    "intent_label_small_talk": "Nothing, thanks",
    "intent_label_help": "What can you do",
    "intent_label_out_of_scope": "Something else",
    # --- runs
    "button_yes_save": "Yes, save it",
    "confirm_save_anyway": "Shall I save it anyway?",
    "confirm_dropped": "OK, I didn't save it. Send it again corrected whenever you like.",
    "run_needs_confirmation": "Before I save your run on {day} ({distance}): {concerns}.",
    "run_planned_not_logged": "Nice! I'll take that as a plan and won't log it yet. Tell me how it went once you've done it.",
    "run_time": " in {time}",
    "race_logged": "🏅 Logged your race on {day}: {distance}{time}{pace}. Congratulations!",
    "intervals_recovery": "rec {time}",
    "intervals_noted": "Reps: {sets}.",
    "pace_faster_than_planned": "You went faster than planned (the target was {target}). Keep easy days easy.",
    "pace_slower_than_planned": "Slower than the target, and that's fine if your body asked for it.",
    "pace_on_target": "Right on the planned pace! 👏",
    "pace_easy_too_fast": "Careful: that's faster than your easy pace. Keep easy days easy.",
    "cross_needs_details": "Nice work! How long (or how far) was it?",
    "cross_refused": "I couldn't log that: {reason}.",
    "minutes": "{minutes} min",
    "cross_logged": "✅ Logged {amount} of {activity} on {day}. It counts apart from your running km.",
    "correction_needs_value": "What should I fix? Tell me the right value, e.g. \"it was 6 km, not 8\".",
    "run_time_added": "⏱️ Added the time: your run on {day} is {run}.",
    "run_fixed": "✏️ Fixed: your run on {day} is now {run} (was {before}).",
    "plan_updated_after_change": "I updated your plan with the change.",
    "run_removed": "🗑️ Deleted your run on {day} ({distance}).",
    "run_missing": "I can't find that run. Which day was it?",
    # --- the plan day by day
    "next_session": "Next up:",
    "next_week_sessions": "Next week:",
    "week_sessions": "Your week:",
    "day_session": "{day}: {session}",
    "weekday_yes": "Yes 👍 {day} is a {weekday}.",
    "weekday_no": "No: {day} is a {weekday}.",
    "weekday_is": "{day} is a {weekday}.",
    "weekday_race_day": "That's your race day 🏁",
    "day_name_0": "Monday", "day_name_1": "Tuesday", "day_name_2": "Wednesday", "day_name_3": "Thursday",
    "day_name_4": "Friday", "day_name_5": "Saturday", "day_name_6": "Sunday",
    "no_session_that_day": "{day} isn't in your current plan.",
    "session_done": "{day}: {session} — ✅ already done ({done}). Now recover!",
    "session_partly_done": "{day}: {session} — {done} logged so far.",
    "ran_on_rest_day": "{day}: it was a rest day and you ran {done}. Take it easy tomorrow.",
    "advice_run_as_planned": "Go for it: today is {session}",
    "advice_easy_instead": "Run, but easy: swap today's session ({session}) for a short easy run.",
    "advice_easy_run": "You can run: an easy 30–40 min run will do you good.",
    "advice_already_done": "You already did today's work ({done}) ✅. Now recover: eat well, hydrate and sleep.",
    "advice_rest_day": "Today is a rest day in your plan. Resting is training too 😉",
    # The same advice for a day ahead ("can I do intervals on Tuesday?").
    "advice_run_as_planned_on_day": "On {day} you have {session}",
    "advice_easy_instead_on_day": "On {day}, run but easy: swap {session} for a short easy run.",
    "advice_easy_run_on_day": "On {day} you can run: an easy 30–40 min run.",
    "advice_rest_day_on_day": "{day} is a rest day in your plan. Resting is training too 😉",
    "advice_rest_on_day": "Better rest on {day}: your body needs days off to absorb the training.",
    "advice_cross_train_on_day": "No running on {day} either because of {part}, unless it is better by then. If it "
                                 "doesn't hurt, easy cycling, swimming or elliptical.",
    "advice_see_professional_on_day": "Not on {day}: with {part} like this, no running until a doctor or physio has "
                                      "seen it.",
    "asked_distance_hold_for_ache": "On {day} the plan says {session}. With your niggle, keep it to that for now: "
                                    "more distance is what an ache doesn't need yet. Once it's gone, we build the distance "
                                    "back up.",
    "asked_distance_as_planned": "Yes: on {day} you have {session}, so {asked} is within the plan 👍.",
    "asked_distance_stretch": "On {day} the plan says {session}. {asked} is a bit more, but reasonable: your longest "
                              "recent run is {longest} and a long run can grow about {step} a week. Up to {cap}, "
                              "easy, and stop if anything hurts.",
    "asked_distance_too_much": "On {day} the plan says {session}. {asked} would be a big jump: your longest recent "
                               "run is {longest}, and a long run grows by about {step} a week at most (Pfitzinger). "
                               "Keep it to {cap} at most, so you reach your race healthy.",
    "asked_distance_second_long_run": "On {day} the plan says {session}. {asked} would make it a second long run, "
                                      "and your week's long run is already in the plan: two in one week is a big "
                                      "jump in load. Keep that day to {cap} at most, easy.",
    "asked_distance_stretch_easy_day": "On {day} the plan says {session}. {asked} is a bit more, but fine: keep it "
                                       "all easy, the week's long effort is your long run.",
    "asked_distance_rest_day": "On {day} your plan has {session}. If you still want to move, keep it a short easy "
                               "run; save {asked} for your long-run day.",
    "asked_distance_as_planned_no_plan": "{asked} on {day} is fine for you 👍.",
    "asked_distance_stretch_no_plan": "{asked} on {day} is reasonable: your longest recent run is {longest}. Up to "
                                      "{cap}, easy.",
    "asked_distance_too_much_no_plan": "{asked} on {day} would be a big jump: your longest recent run is {longest}, "
                                       "and a long run grows by about {step} a week at most. Keep it to {cap} at "
                                       "most.",
    "advice_rest": "Better rest today: your body needs days off to absorb the training.",
    "advice_cross_train": "No running today because of {part}. If it doesn't hurt, do easy cycling, swimming or elliptical.",
    "advice_see_professional": "Not today: with {part} like this, no running. See a doctor or physio before you return.",
    "advice_reason_injury_mild": "Because of your niggle: no intervals or hills, and stop if it hurts while running.",
    "advice_reason_sore": "With sore legs, keep today easy and shorter: the hard work can wait.",
    "advice_reason_very_sore": "If even stairs hurt, no running today: walk, easy cycling or rest. That "
                               "soreness changes how you land, which is how injuries start; in 1–2 days "
                               "you're back with an easy jog.",
    "advice_reason_hard_yesterday": "Yesterday was hard: easy today to recover.",
    "advice_reason_dense_week": "You've run many days in a row: dial the intensity down.",
    "advice_reason_streak": "That's 3 days in a row or more.",
    "missed_but_logged": "You already have {done} logged on {day} ✅. If you didn't get through all of it, no worries: we don't make it up by doubling, we carry on with the plan.",
    "missed_no_plan": "No worries, it happens. You don't have an active plan yet: shall I build one around your days?",
    "missed_nothing_planned": "No worries: there was no session planned that day.",
    "missed_moved": "No worries, it happens 🙂. I moved {session} to {day}, away from other hard days.",
    "missed_dropped": "No worries, it happens 🙂. We'll drop {session}: you don't make it up by doubling. Carry on with the plan.",
    # --- race, week, units
    "race_needs_details": "Which race and when? E.g. \"Quito half marathon on March 15, goal 1:55\".",
    "race_none_set": "Got it: no race for now. I'll build progression cycles (3 weeks building, 1 easier).",
    "race_on": "on {day} (in {weeks} weeks)",
    "race_on_days": "on {day} (in {days} days)",
    "race_goal": "goal {time}",
    "race_set": "🏁 Noted: {race}. Your plan will build towards that day.",
    "race_set_no_date": "🏁 Noted: {race}.",
    "race_ask_date": "What date is the race?",
    "race_place_won": "🎉 Congratulations on your place!",
    "race_nerves": "It's normal for {race} to feel big from here 🙂 You don't have to be ready today: the plan "
                   "builds you up a block at a time, and there are {weeks} weeks to go. If you'd rather aim for a "
                   "shorter race first, tell me and we'll look at it together.",
    "race_nerves_no_race": "It's normal to feel that way 🙂 We go one step at a time, and I'll adjust the plan to "
                           "how you're doing. Tell me what worries you most and we'll look at it.",
    "letdown_injured": "I get it, it's a bummer 😕. What you've built doesn't vanish in a few days: health first, and "
                       "once you're cleared we'll pick it up again, calmly, towards {race}.",
    "letdown": "I get it 😕. One bad day doesn't undo what you've been doing: we carry on with the plan and adjust "
               "whatever needs it.",
    "in_time_injured": "{race} is on {day}: {weeks} weeks to go. If you're cleared in time it can be done: we come back "
                       "gradually, and we'll look at the goal time again once we see how you respond. Health first 🙏",
    "placed_in_category": "🎉 #{n} in your age group: well run!",
    "placed_overall": "🎉 #{n} overall: well run!",
    "race_in_month": "in {month}",
    "month_1": "January", "month_2": "February", "month_3": "March", "month_4": "April", "month_5": "May",
    "month_6": "June", "month_7": "July", "month_8": "August", "month_9": "September", "month_10": "October",
    "month_11": "November", "month_12": "December",
    "goal_change_weighed": "🤔 {race}: that can work.",
    "goal_change_short_build": "Heads-up: that's short to build for from scratch; you'd race it off the fitness "
                               "you have now, with one strong block and the taper.",
    "goal_change_question": "Shall I make it your new goal? I'll rebuild the plan towards that day.",
    "goal_change_ask_date": "Tell me the exact date too.",
    "goal_change_declined": "👌 Sure, we stay with {race} as your goal.",
    "button_goal_change": "Yes, change it",
    "button_goal_keep": "No, keep my goal",
    "schedule_needs_days": "Which days do you prefer to run? E.g. \"Monday, Wednesday and Saturday, long run on Sunday\".",
    "schedule_busy_ask": "📅 Got it, those days are taken. Which days are left for running? For example \"Mon, Wed and "
                         "Sun\", and I'll rework your week.",
    "schedule_set": "📅 Done, you run on: {days}.",
    "long_run_day_set": "Long run on {day}.",
    "units_ask": "Do you prefer kilometres or miles?",
    "units_set_km": "Done, I'll use kilometres.",
    "units_set_mi": "Done, I'll use miles.",
    # --- injuries
    "injury_red_flag": "🛑 With {part} like this (swelling, pain when walking or sharp pain), stop running "
                       "and see a doctor or physio before you return.",
    "injury_no_plan": "When we build your plan, I'll adapt it to this.",
    "injury_triage_intro": "To adjust things properly:",
    "triage_ask_pain": "From 0 to 10, how much does it hurt?",
    "triage_ask_walking": "Does it hurt when you walk?",
    "triage_ask_swelling": "Is it swollen?",
    "triage_ask_side": "Left or right?",
    "injury_update_which": "Which one are you telling me about?",
    "injury_update_none": "I don't have an open injury of yours. If something hurts, tell me where.",
    "injury_better": "Great that {part} is better! 💪 I'll keep it as a {severity} niggle and we'll build back gradually.",
    "injury_better_not_yet": "Good to hear {part} feels better 💪 It stays recorded as {severity} until a doctor or "
                             "physio has checked it: no running or racing before that.",
    "injury_worse": "Sorry {part} is worse. I've raised it to {severity}.",
    "injury_same": "Noted about {part}: {severity}.",
    "injury_see_professional": "If it keeps getting worse, see a doctor or physio.",
    "llm_tangled": "Sorry, I got tangled up with that one 😅. Could you put it another way?",
    # --- progress
    "progress_head": "📈 {start} – {end}: {runs} runs, {distance}",
    "progress_head_one": "📈 {start} – {end}: 1 run, {distance}",
    "progress_pace": "Average pace: {pace}",
    "progress_longest": "Longest run: {distance}",
    "progress_effort": "Average effort (RPE): {rpe}",
    "progress_change": "Volume vs. previous period: {change} %",
    "progress_plan": "Plan completion: {done}/{planned} sessions",
    "progress_cross": "Plus {minutes} min of cross-training (apart from running km).",
    "progress_injuries": "Watch out for: {parts}",
    # --- conversation
    "greeting_named": "Hi {name}! How's it going? Tell me about your run or ask me what's on.",
    "greeting_plain": "Hi! How's it going? Tell me about your run or ask me what's on.",
}
