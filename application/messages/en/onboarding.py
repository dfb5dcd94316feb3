"""Onboarding in English: the questions, their quick answers, and the re-asks that say what is expected."""

PHRASES: dict[str, str] = {
    'welcome': "Hi! I'm Andes, your running coach 🏔️. A few quick questions so I can build a plan that fits "
               "you. What's your name?",
    'ask_name': "What's your name?",
    'ask_age': 'Nice to meet you, {name}. How old are you?',
    'ask_race': 'Do you have a race in mind? Tell me which one and the date, e.g. "Quito half marathon, '
                'March 15". If not, "no race".',
    'ask_race_date': 'When is the race? E.g. "March 15" or "in April". If you don\'t know yet, write "not sure".',
    'ask_goal_race': 'What distance are you training for? 5k, 10k, 15k, 10 miles, half, marathon or any distance in km.',
    'ask_goal_time': 'Do you have a goal time for the race? E.g. "1:50" or "under 50 min". If not, "not sure".',
    'ask_weekly_frequency': 'How many days a week can you run? (1 to 7)',
    'ask_fitness_level': 'How would you describe your level: beginner, intermediate or advanced?',
    'ask_weekly_km': 'How many km do you run a week now, roughly? (write "0" if you are just starting)',
    'ask_longest_run_km': 'What was your longest run in the last month, in {unit}?',
    'ask_recent_race': 'Did you run a race or a time trial in the last few months? Tell me the distance, the time '
                       'and when, e.g. "10k in 52:30 three weeks ago". If not, "no".',
    'ask_schedule': 'Which days do you prefer to run, and which one for the long run? E.g. "Monday, Wednesday '
                    'and Saturday, long run on Saturday". If any day works, "any day".',
    'ask_injury_history': 'Last one: any injuries or surgeries in the past, or anything bothering you now? '
                          '(or write "none")',
    'ask_injury_which': 'Which one? Tell me the part and when, e.g. "knee surgery in 2023" or '
                        '"my heel has hurt for a week".',
    'onboarding_done': 'All set, {name}! Your profile: goal {goal}, {frequency} days a week, {level} level. '
                       'Tell me about every run (e.g. "ran 5 miles in 42:30") and ask me for your plan whenever '
                       'you like.',
    'onboarding_race_line': 'Your race: {race} on {date}.',
    'recent_race_noted': 'Noted your race: {distance} km in {time}.',
    'not_understood_name': 'What should I call you? Just write your name.',
    'not_understood_age': 'I couldn\'t read your age. Please write it as a number, e.g. "34".',
    'not_understood_race': 'I couldn\'t read the race. Tell me which one and the date, e.g. "Chicago Marathon, '
                           'October 11", or "no race".',
    'not_understood_race_date': 'I need the race date, e.g. "March 15" or "in April". If you don\'t know yet, '
                                'write "not sure".',
    'race_date_past': 'That date has passed. When is your next race? E.g. "March 15", or "no race".',
    'not_understood_goal_race': "I didn't catch the distance. Tell me like \"15k\", \"10 miles\", \"half\" or \"a 25 km trail\".",
    'not_understood_goal_time': 'I couldn\'t read the time. Write it like "1:50" (hours:minutes) or "50 min", '
                                'or "not sure".',
    'not_understood_weekly_frequency': 'I need a number of days between 1 and 7, e.g. "4".',
    'not_understood_fitness_level': "Tell me if you're a beginner, intermediate or advanced.",
    'not_understood_weekly_km': 'I need a number of km a week, e.g. "25". A rough figure is fine; "0" if you are '
                                'just starting.',
    'not_understood_longest_run_km': 'I need the km of your longest run, e.g. "12".',
    'not_understood_recent_race': 'I need the distance and the time, e.g. "5k in 24:30" or "10k in 52 min a month '
                                  'ago". If you didn\'t run one, write "no".',
    'not_understood_schedule': 'Tell me the days, e.g. "Tuesday, Thursday and Sunday, long run on Sunday", or '
                               '"any day".',
    'distance_out_of_range': "Hmm, {km:g} km doesn't look right. Could you write it again?",
    'race_month_kept': "I'll take {date} as the race date; when you know the exact day, tell me and I'll adjust the plan.",
    'race_date_noted': 'Noted the race date: {date}. And do you have a goal time? E.g. "1:50", or "not sure".',
    'unit_km': 'km',
    'unit_miles': 'miles',
    'goal_general_fitness': 'general fitness (no race)',
    'onboarding_ache_noted': "Noted the ache in {part} ({severity}): your plan will take it into account, and I'll check how it goes.",
    'onboarding_question_later': "Good question 🙂 I'll answer it as soon as we're done here: just a few questions I need for your plan.",
    'onboarding_noted': 'Got it 👍',
    'button_no_race': 'No race',
    'button_skip': 'Not sure',
    'button_no': 'No',
    'button_any_day': 'Any day',
    'button_beginner': 'Beginner',
    'button_intermediate': 'Intermediate',
    'button_advanced': 'Advanced',
}
