"""The coach's general phrases in English: runs, plans, injuries, progress, small talk."""

PHRASES: dict[str, str] = {'invalid_answer': 'Hmm, {reason}. Could you write it again?',
 'run_logged': '✅ Logged your run on {day}: {distance}{time}{pace}.',
 'run_needs_distance': 'Nice work getting out there! How far did you run and how long did it take? For '
                       'example: "5 miles in 42:30".',
 'run_refused': "I couldn't log that run: {reason}. Could you send it again?",
 'run_ache_noted': "I noted the discomfort in {parts}. If it persists we'll ease off: tell me if it hurts to "
                   'walk.',
 'runs_count': 'You have {count} runs logged.',
 'runs_count_one': "That's your first run logged. Many more to come!",
 'longest_run': "🎉 That's your longest run logged! (before: {previous})",
 'fastest_pace': '⚡ Your fastest pace over {min_km} or more! (before: {previous})',
 'week_km': "That's {km} this week.",
 'week_km_then': 'That week came to {km}.',
 'first_plan_offer': "That's enough for me to build your 14-day plan. Shall we?",
 'plan_header': '📋 Your plan from {start} to {end} ({km} {u}, VDOT {vdot}):',
 'plan_none': "You don't have an active plan yet. Shall I build a 14-day one?",
 'today_session': 'Today: {session}',
 'tomorrow_session': 'Tomorrow: {session}',
 'plan_ended': 'Your block ended on {end}. Shall we build the next one?',
 'paces': 'With your VDOT of {vdot} your paces are (min/{unit}):\n'
          '• Easy: {easy}\n'
          '• Marathon: {marathon}\n'
          '• Threshold: {threshold}\n'
          '• Interval: {interval}\n'
          '• Repetition: {repetition}',
 'pace_zone_easy': 'easy',
 'pace_zone_marathon': 'marathon',
 'pace_zone_threshold': 'threshold',
 'pace_zone_interval': 'interval',
 'pace_zone_repetition': 'repetition',
 'pace_check_easy_faster': '{asked} is faster than your easy pace ({range}). Easy days build the base; running '
                           'them faster adds fatigue, not fitness, so ease off a little.',
 'pace_check_easy_within': '{asked} is right in your easy range ({range}) 👍',
 'pace_check_easy_slower': "{asked} is slower than your easy range ({range}), and that's fine: heat, hills or "
                           "altitude slow easy runs down. If it's always like that, a recent race or time trial "
                           "will let me fine-tune your paces.",
 'pace_check_faster': '{asked} is faster than your {zone} pace ({range}). Faster adds strain without adding what '
                      'the session is for: hit the pace.',
 'pace_check_within': '{asked} is right on your {zone} pace ({range}) 👍',
 'pace_check_slower': "{asked} is slower than your {zone} pace ({range}). If it's hard to hold, tell me how your "
                      "last session or a recent race went and we'll adjust.",
 'predictions': 'Predicted times: {times}',
 'injury_recorded': 'Sorry about {part} 😕. I noted it as a {severity} issue. {advice}',
 'injury_advice_mild': 'For now no intervals or hills: easy runs only, and stop if it hurts while running.',
 'injury_advice_moderate': "Let's swap running for bike, swim or elliptical for a few days: no impact.",
 'injury_advice_severe': 'Rest, and see a physio or doctor before running again.',
 'injury_plan_adapted': 'I adjusted your plan for the injury:',
 'injury_and_sessions': 'With {part} ({severity}): {advice} Once it has been quiet for a few days, the faster '
                        'sessions come back.',
 'injury_resolved': "Great news that {part} is better! 💪 We'll build back gradually.",
 'injury_ask_part': "Sorry you're in pain. Where exactly? (knee, ankle, calf…)",
 'progress_none': 'I have no runs from you in the last {days} days yet. Tell me about the next one!',
 'memory_header': "Here's what I remember:",
 'memory_none': "I can't find anything about that in what we've talked about.",
 'profile_updated': 'Updated your profile: {changes}.',
 'profile_nothing': 'What would you like to change? I can update your goal, days per week, level or name.',
 'greeting': 'Hi {name}! How did it go today? Tell me about your run or ask about your plan.',
 'thanks': "Anytime! I'm here when you need me 🏃",
 'help': 'I can:\n'
         '• Log your runs: "ran 8 km in 45 min", "6x1000 at 3:25 with 2 min rest", "40 min bike"\n'
         '• Fix or delete one: "oops, it was 6 km not 8", "delete my last run"\n'
         '• Your plan to race day: "my plan", "what\'s today?", "should I run today?"\n'
         '• Your race and your week: "my half is on March 15", "I prefer Monday, Wednesday and Saturday"\n'
         '• Your paces and progress: "what pace should I run?", "how did my week go?"\n'
         '• Running questions: "what\'s a tempo run?", "what should I eat before a long run?"\n'
         '• Adapt the plan if something hurts: "my right knee hurts"\n'
         '• Remember what you told me: "what did I say about my knee?"',
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

GOAL_NAMES: dict[str, str] = {'5k': '5k', '10k': '10k', 'half': 'half marathon', 'marathon': 'marathon', '10mi': '10 miles'}
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
