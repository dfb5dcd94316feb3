"""The coach's general phrases in English: onboarding, runs, plans, injuries, progress, small talk."""

PHRASES: dict[str, str] = {'welcome': "Hi! I'm Andes, your running coach 🏔️. A few quick questions so I can build a plan that fits "
            "you. What's your name?",
 'ask_name': "What's your name?",
 'ask_age': 'Nice to meet you, {name}. How old are you?',
 'ask_goal_race': 'What distance are you training for? 5k, 10k, half marathon or marathon.',
 'ask_weekly_frequency': 'How many days a week can you run? (1 to 7)',
 'ask_fitness_level': 'How would you describe your level: beginner, intermediate or advanced?',
 'ask_injury_history': 'Any injuries in the past, or anything bothering you now? (or write "none")',
 'ask_motivation': 'Last one: what motivates you to run? Any race in mind?',
 'onboarding_done': 'All set, {name}! Your profile: goal {goal}, {frequency} days a week, {level} level. '
                    'Tell me about every run (e.g. "ran 5 miles in 42:30") and ask me for your plan whenever '
                    'you like.',
 'not_understood_age': 'I couldn\'t read your age. Please write it as a number, e.g. "34".',
 'not_understood_goal_race': "I didn't recognise the distance. Pick one: 5k, 10k, half marathon or marathon.",
 'not_understood_weekly_frequency': 'I need a number of days between 1 and 7, e.g. "4".',
 'not_understood_fitness_level': "Tell me if you're a beginner, intermediate or advanced.",
 'not_understood_name': 'What should I call you? Just write your name.',
 'invalid_answer': 'Hmm, {reason}. Could you write it again?',
 'run_logged': '✅ Logged your run on {day}: {distance} km{time}{pace}.',
 'run_needs_distance': 'Nice work getting out there! How far did you run and how long did it take? For '
                       'example: "5 miles in 42:30".',
 'run_refused': "I couldn't log that run: {reason}. Could you send it again?",
 'run_ache_noted': "I noted the {parts} discomfort. If it persists we'll ease off: tell me if it hurts to "
                   'walk.',
 'runs_count': 'You have {count} runs logged.',
 'runs_count_one': "That's your first run logged. Many more to come!",
 'longest_run': "🎉 That's your longest run logged! (before: {previous:g} km)",
 'fastest_pace': '⚡ Your fastest pace over {min_km:g} km or more! (before: {previous}/km)',
 'week_km': "That's {km:g} km this week.",
 'first_plan_offer': "That's enough for me to build your 14-day plan. Shall we?",
 'plan_header': '📋 Your plan from {start} to {end} ({km} km, VDOT {vdot}):',
 'plan_none': "You don't have an active plan yet. Shall I build a 14-day one?",
 'today_session': 'Today: {session}',
 'tomorrow_session': 'Tomorrow: {session}',
 'plan_ended': 'Your block ended on {end}. Shall we build the next one?',
 'paces': 'With your VDOT of {vdot} your paces are (min/km):\n'
          '• Easy: {easy}\n'
          '• Marathon: {marathon}\n'
          '• Threshold: {threshold}\n'
          '• Interval: {interval}\n'
          '• Repetition: {repetition}',
 'predictions': 'Predicted times: {times}',
 'injury_recorded': 'Sorry about your {part} 😕. I noted it as a {severity} issue. {advice}',
 'injury_advice_mild': 'For now no intervals or hills: easy runs only, and stop if it hurts while running.',
 'injury_advice_moderate': "Let's swap running for bike, swim or elliptical for a few days: no impact.",
 'injury_advice_severe': 'Rest, and see a physio or doctor before running again.',
 'injury_plan_adapted': 'I adjusted your plan for the injury:',
 'injury_resolved': "Great news that your {part} is better! 💪 We'll build back gradually.",
 'injury_ask_part': "Sorry you're in pain. Where exactly? (knee, ankle, calf…)",
 'progress_none': 'I have no runs from you in the last {days} days yet. Tell me about the next one!',
 'memory_header': "Here's what I remember:",
 'memory_none': "I can't find anything about that in what we've talked about.",
 'profile_updated': 'Updated your profile: {changes}.',
 'profile_nothing': 'What would you like to change? I can update your goal, days per week, level or name.',
 'greeting': 'Hi {name}! How did it go today? Tell me about your run or ask about your plan.',
 'thanks': "Anytime! I'm here when you need me 🏃",
 'help': 'I can:\n'
         '• Log your runs: "ran 5 miles in 42:30, RPE 6"\n'
         '• Give you your 14-day plan: "my plan" or "what\'s today"\n'
         '• Tell you your paces: "what pace should I run?"\n'
         '• Your progress: "how am I doing?"\n'
         '• Adapt the plan if something hurts: "my knee hurts"\n'
         '• Remember what you told me.',
 'unknown': 'I\'m not sure I got that. You can tell me about a run ("ran 5 km in 30 min"), or ask for your '
            'plan, your paces or your progress.'}

# Domain rule violations, by DomainError.code.
REASONS: dict[str, str] = {'distance_not_positive': "a distance of {km:g} km isn't possible, it has to be more than zero",
 'distance_too_long': '{km:g} km in a single run is more than {limit} km',
 'duration_not_positive': 'the time has to be more than zero',
 'rpe_out_of_range': 'perceived effort (RPE) goes from 1 to 10, and you said {rpe:g}',
 'pace_impossible': '{km:g} km in {minutes} min would be a {pace}/km pace, faster than any human: check the '
                    'distance and the time',
 'age_out_of_range': '{age} years is outside the 10 to 100 range',
 'frequency_out_of_range': '{days} days a week is outside the 1 to 7 range'}

GOAL_NAMES: dict[str, str] = {'5k': '5k', '10k': '10k', 'half': 'half marathon', 'marathon': 'marathon'}
LEVEL_NAMES: dict[str, str] = {'beginner': 'beginner', 'intermediate': 'intermediate', 'advanced': 'advanced'}
SEVERITY_NAMES: dict[str, str] = {'mild': 'mild', 'moderate': 'moderate', 'severe': 'severe'}
FIELD_NAMES: dict[str, str] = {'name': 'name',
 'age': 'age',
 'goal_race': 'goal',
 'weekly_frequency': 'days a week',
 'fitness_level': 'level',
 'motivation': 'motivation',
 'injury_history': 'injuries',
 'timezone': 'timezone',
 'language': 'language'}
RACE_NAMES: dict[str, str] = {'1500m': '1500 m', 'mile': 'mile', '5k': '5k', '10k': '10k', 'half': 'half marathon', 'marathon': 'marathon'}
WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
