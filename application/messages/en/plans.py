"""Plans, paces, injuries in the plan and the goal race, in English."""

PHRASES: dict[str, str] = {
    'note_frequency_unknown': "I don't know how many days a week you can run, so I planned {days}.",
    'note_level_unknown': "Since I don't know your level yet, I'm starting with a beginner block; we'll adjust it.",
    'note_no_goal': "With no goal distance, this is a general-fitness block; tell me your goal and I'll focus it.",
    'note_progression_cycle': 'With no race ahead we train in 4-week cycles: 3 weeks building and 1 lighter '
                              'week to absorb it.',
    'note_volume_assumed': "I don't know your weekly km yet, so I'm starting at about {km} km; tell me your "
                           "weekly km and I'll adjust.",
    'note_last_block_progress': 'Last block you ran {done} of {planned} km ({pct}%): we add a little load, '
                                'never more than 10% a week.',
    'note_last_block_hold': 'Last block you ran {done} of {planned} km ({pct}%), or the easy runs felt hard: '
                            'we hold the load before adding more.',
    'note_last_block_repeat': 'Last block you ran {done} of {planned} km ({pct}%): we repeat the same load '
                              'before building.',
    'note_last_block_step_back': 'Last block you ran {done} of {planned} km ({pct}%): we come back with less '
                                 'volume and build gradually.',
    'note_fewer_runs': "With this weekly volume, running every one of your days doesn't make sense: I planned "
                       "fewer runs so each one counts.",
    'note_post_race_recovery': 'You raced {km} km on {day}: {rest_days} day(s) of rest or easy cycling/swimming, '
                               'and that week at {pct}% of your volume, all easy.',
    'note_run_walk': "We start with run/walk (1–2 min running, 1 min walking): that's how you get to 30 minutes "
                     "of running without getting hurt.",
    'session_post_race_rest': 'Rest after the race: walk, or easy cycling/swimming if you feel like it.',
    'session_run_walk': '{km} {u} alternating 2 min easy running and 1 min walking ({easy}/{u} when running).',
    'note_post_race_easy': 'You raced {km} km on {day}: {days} days of easy running before workouts return '
                           '(one easy day per 3 km raced).',
    'note_down_week': 'Week {week} is lighter (≈80%): every 3–4 weeks your body absorbs the load.',
    'note_taper': 'Your taper for the race on {race_day} starts: less volume, the same intensity, so you '
                  'arrive fresh.',
    'note_injury_no_running': 'With {part_side}{flags_text} there is no running: I replaced {cancelled} runs '
                              'with rest and gentle, pain-free mobility.',
    'note_injury_see_professional': "Please see a doctor or physiotherapist about {part_side} before running "
                                    "again; once they clear you, we'll build back step by step.",
    'note_injury_walk_run': 'For {part_side}: cross-training this week with two walk/jog tests; next week, '
                            'short easy jogs. Each session only if pain stays at 2/10 or less and is no worse '
                            'the next morning.',
    'note_injury_easy_only': 'For the niggle in {part_side}: easy runs only (no intervals or threshold), a '
                             'shorter long run and less volume. If running pain goes above 2/10, stop '
                             'and tell me.',
    'note_injury_skip_race': "With {part_side}, skip the race on {day}: racing hurt risks months out; there will be other races.",
    'note_moved': 'I moved the {kind} from {day} to {to}, in place of an easy run: no two hard days in a row.',
    'note_dropped': "We drop the {kind} from {day}: missed work isn't made up by cramming; the plan goes on.",
    'note_nothing_to_move': 'There was no run to move on {day}.',
    'injury_part_unknown': 'the injured area',
    'part_no_side': 'your {part}',
    'part_side_right_f': 'your right {part}',
    'part_side_right_m': 'your right {part}',
    'part_side_left_f': 'your left {part}',
    'part_side_left_m': 'your left {part}',
    'part_side_both_f': 'both {part}s',
    'part_side_both_m': 'both {part}s',
    'flags_intro': ' ({flags})',
    'flag_swelling': 'swelling',
    'flag_pain_walking': 'pain when walking',
    'flag_sharp_pain': 'sharp pain',
    'purpose_easy': 'Aerobic base and recovery.',
    'purpose_long': 'Endurance and confidence for the distance.',
    'purpose_threshold': 'Raise your threshold: hold a demanding pace for longer.',
    'purpose_intervals': 'Improve your VO2max.',
    'purpose_repetition': 'Speed and running economy.',
    'purpose_marathon_pace': 'Get your body used to marathon pace.',
    'purpose_race': 'Enjoy it!',
    'purpose_rest': 'Your body absorbs the training.',
    'purpose_cross_training': 'Keep fit without impact.',
    'session_easy': '{km} {u} at a comfortable pace ({easy}/{u}): you should be able to talk.',
    'session_long_mp': 'Long run of {km} {u}: {warm} {u} easy ({easy}/{u}), then the last {work} {u} at '
                       'marathon pace ({mp}/{u}). Carry water and practise your race fuelling.',
    'session_long': 'Long run of {km} {u}, easy and steady ({easy}/{u}). Carry water if it goes past an hour.',
    'session_threshold': '{warm} {u} easy, {reps} × {rep} {u} at threshold pace ({pace}/{u}) with {rec} min jog '
                         'between, {cool} {u} easy.',
    'session_threshold_m': '{warm} {u} easy, {reps} × {rep_m} m at threshold pace ({pace}/{u}) with {rec} min '
                           'jog between, {cool} {u} easy.',
    'session_intervals': '{warm} {u} easy, {reps} × {rep_m} m at {pace}/{u} with {rec} min jog, {cool} {u} easy.',
    'session_repetition': '{warm} {u} easy, {reps} × {rep_m} m fast and relaxed at {pace}/{u}, {rec} min easy jog '
                          'or walk between, {cool} {u} easy.',
    'session_marathon_pace': '{warm} {u} easy, {work} {u} at marathon pace ({pace}/{u}), {cool} {u} easy.',
    'session_race': 'Race day! {km} {u}. Start controlled and save something for the finish.',
    'session_race_day': 'Race day! {km} {u}. Start controlled and save something for the finish.',
    'session_logged': 'You already ran {km} {u} today ✅. Now recover: water, food and rest.',
    'session_walk_run': 'Walk/jog test (up to {km} {u}): alternate 1 min jogging and 1 min walking, only if '
                        'walking is pain-free and jogging stays at 2/10 or less. If it hurts, 30 min of bike '
                        'or elliptical.',
    'session_return_run': 'Easy test jog, up to {km} {u} ({easy}/{u} or slower), only if pain stays at 2/10 or '
                          'less and is no worse the next morning.',
    'session_mobility': "No running. If it doesn't hurt, 10–15 min of gentle mobility or a short walk. Follow "
                        "your doctor's or physio's advice.",
    'session_cross_training_injury': '30–40 min of bike, swim or elliptical, pain-free.',
    'session_cross_training': '30–40 min of bike, swim or elliptical, no impact.',
    'session_easy_instead_quality': '{km} {u} easy ({easy}/{u}) instead of the workout, to protect the injury.',
    'session_long_shortened': 'Shorter long run: {km} {u} easy ({easy}/{u}), to spare the injury.',
    'session_post_race_easy': '{km} {u} easy ({easy}/{u}): you are still recovering from the race.',
    'session_moved_prefix': 'Moved here because you missed it: ',
    'session_missed': 'Missed: we move on.',
    'session_rest': 'Day off. 10–15 min of mobility or an easy walk are fine.',
    # The season at a glance and the goal's fitness (application.training.season).
    'season_none': "I don't have your race with a date yet: tell me which one and when (e.g. \"Chicago "
                   "Marathon on October 11\") and I'll show you the whole season.",
    'season_header': '🗓️ Your season to {goal} ({race_day}), {weeks} weeks:',
    'season_phase': '• {phase}: {start} – {end}',
    'season_phase_base': 'Base (easy running, a little short speed)',
    'season_phase_build': 'Build (threshold and intervals, the long run grows)',
    'season_phase_peak': 'Race-specific (work at race pace)',
    'season_phase_taper': 'Taper (less volume, some pace)',
    'season_phase_progression': 'Progression',
    'season_phase_recovery': 'Recovery',
    'season_peak': 'Biggest week: the week of {day}, about {km} {u}.',
    'season_longest': 'Longest run: {km} {u}, the week of {day}.',
    'season_taper': 'The taper starts on {day}: less volume, some pace, so you arrive fresh.',
    'season_note': "It's a projection: each 14-day block adapts to what you actually run.",
    'goal_fitness_realistic': 'Your {goal_time} goal needs a VDOT of {target}; you are at {vdot} today. With {weeks} '
                              'weeks it is realistic (you can get to ~{reachable}).',
    'goal_fitness_reached': "Your {goal_time} goal needs a VDOT of {target} and you're already at {vdot}: today "
                            "you'd run {predicted}. Let's train to get there in shape.",
    'goal_fitness_unrealistic': "Your {goal_time} goal needs a VDOT of {target} and you're at {vdot} today: that's "
                                "{gap} points, more than {weeks} weeks can add (~{reachable}). Plainly: I'd aim "
                                "for {aim}; if training goes better, we'll revisit it.",
    'goal_fitness_no_goal': "At today's fitness you'd run {predicted}; with {weeks} weeks of good training, aim for "
                            "~{aim}.",
    'goal_fitness_paces': "You train at today's paces: threshold {threshold}/{u}, marathon pace {marathon}/{u}, easy "
                          "{easy}/{u}. They go up when a race or a time trial shows it.",
    'progress_vdot_race': 'VDOT {vdot}, from your {distance} race in {time} ({day}).',
    'progress_vdot_all_out': 'VDOT {vdot}, from your all-out {distance} in {time} ({day}).',
    'progress_vdot_rpe_effort': 'VDOT {vdot}, from your hard {distance} in {time} ({day}).',
    # Where the VDOT comes from (VdotEstimate.code).
    'vdot_race': 'I worked out your VDOT of {vdot} from your race: {km} km in {time} ({pace}/km) on {day}. It is '
                 'the best picture of your current fitness.',
    'vdot_all_out': 'I worked out your VDOT of {vdot} from your all-out effort (10/10): {km} km in {time} '
                    '({pace}/km) on {day}.',
    'vdot_hard_effort': "I don't have a recent race, so I used your best hard effort: {km} km in {time} "
                        "({pace}/km) on {day}, at effort {rpe}/10. A workout isn't a race, so I took "
                        "{discount_pct}% off: VDOT {vdot}.",
    'vdot_rpe_effort': "I used your hard effort of {km} km in {time} ({pace}/km) on {day}, at effort {rpe}/10. "
                       "It wasn't all out (≈{share_pct}% of your VO2max), so it points to a VDOT of {vdot}.",
    'vdot_easy_floor': 'Your recent runs were comfortable, so they only tell me your VDOT is at least {vdot} '
                       '(from {km} km in {time}, {pace}/km). A race or a timed effort will let me fine-tune it.',
    'vdot_easy_pace': 'I read your usual runs, like {km} km in {time} ({pace}/km), as your easy pace: that points '
                      'to a VDOT of {vdot}. A race or a timed effort will let me fine-tune it.',
    'vdot_floor_over_effort': 'Your {km} km in {time} ({pace}/km) shows you are at least at VDOT {vdot}, above '
                              'your hard effort ({effort_vdot}), so I use that.',
    'vdot_older_race': "The latest race I have is more than six months old ({km} km in {time} on {day}): I start "
                       "from its VDOT, {vdot}, not a higher one. Once you log a race or a timed effort, I'll "
                       "fine-tune your paces.",
    'vdot_default': "I don't have a race or recent timed runs yet, so I start from a cautious VDOT of {vdot}. Once "
                    "you log a race or a timed effort, I'll fine-tune your paces.",
    'vdot_time_off': "I took it down to {kept_pct}% for {days_off} days without running (Daniels' "
                     "table for time off).",
    'vdot_rejected': "I left out {count} log(s) too fast to be real (a distance or time typo?): if it really was "
                     "that fast, tell me and I'll count it.",
    'pace_note_easy_too_fast': 'Your easy runs are at {typical}/km, faster than your easy range '
                               '({fast}–{slow}/km). Easy days build the aerobic base; running them faster adds '
                               'fatigue, not fitness.',
    'pace_note_easy_slower_than_range': 'Your easy runs are at {typical}/km, slower than the range '
                                        '({fast}–{slow}/km). That is normal with heat, hills or altitude; if it is '
                                        'always so, a recent race or time trial will let me fine-tune your paces.',
    'race_plan_header': '🏁 Your {goal}: with your VDOT of {vdot} the estimated time is {predicted}.',
    'race_plan_no_goal': "I'd aim for {target}.",
    'race_plan_goal_within_reach': 'Your goal of {goal_time} is within reach: go for it.',
    'race_plan_goal_ambitious': 'Your goal of {goal_time} is very demanding for your current fitness '
                                '({predicted}): start at the estimated pace and, if you feel good past halfway, '
                                'push.',
    'race_plan_even': 'Even pace all the way: {pace}/km.',
    'race_plan_negative': 'A faster second half: the first half at {first}/km, the second at {second}/km.',
    'race_plan_split_mi': 'mile {mi}: {elapsed}',
    'race_plan_split': 'km {km}: {elapsed}',
}

SESSION_NAMES: dict[str, str] = {'easy': 'easy run',
                                 'long': 'long run',
                                 'threshold': 'threshold',
                                 'intervals': 'intervals',
                                 'repetition': 'repetitions',
                                 'marathon_pace': 'marathon pace',
                                 'cross_training': 'cross-training',
                                 'rest': 'rest',
                                 'race': 'race'}
