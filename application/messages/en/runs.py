"""Runs, their rules, corrections and cross-training, in English."""

PHRASES: dict[str, str] = {
    'run_confirm_question': 'Before I save it: {concerns}. Shall I log it as it is?',
    'run_confirm_yes': 'Yes, log it',
    'run_confirm_no': "No, I'll fix it",
    'run_corrected': '✏️ Done, I corrected your run on {day}: {distance} km{time}.',
    'run_deleted': '🗑️ I deleted your run on {day} ({distance} km).',
    'run_not_found': "I couldn't find a run {when} to change.",
    'cross_training_logged': "✅ Noted {minutes} min of {activity}{distance} on {day}. It doesn't count toward your running km.",
    'activity_bike': 'cycling',
    'activity_swim': 'swimming',
    'activity_strength': 'strength',
    'sport_walk': 'walking',
    'sport_hike': 'hiking',
    'sport_yoga': 'yoga',
    'sport_pilates': 'Pilates',
    'sport_elliptical': 'elliptical',
    'sport_rowing': 'rowing',
    'sport_football': 'football',
    'sport_dance': 'dancing',
    'sport_garden': 'garden work',
    'sport_stretching': 'stretching',
    'sport_chores': 'hard work outdoors',
    'activity_other': 'other sport',
}

REASONS: dict[str, str] = {
    'run_in_future': "that date hasn't come yet: I only log runs already done",
    'pace_beyond_world_record': '{km:g} km at {pace}/km would beat the world record pace for that distance '
                                '({record}/km): check the distance and time',
    'too_many_runs_in_day': '{runs} runs on the same day is too many: the most is {limit}',
    'day_too_long': '{km:g} km over several runs on the same day is more than {limit:g} km in a day',
    'day_too_long_in_time': '{hours:g} hours of running in one day is more than a whole day',
    'much_longer': '{km:g} km is more than double your longest run ({longest:g} km)',
    'much_faster': 'a pace of {pace}/km is {percent}% faster than your fitness predicts ({predicted}/km)',
    'possible_duplicate': 'I already have a {km:g} km run that day',
    'run_needs_confirmation': "that run is far from what you've been doing: can you confirm it's right?",
    'run_not_found': "I couldn't find that run",
    'cross_training_activity_unknown': "'{activity}' isn't cycling, swimming or strength",
    'cross_training_minutes_out_of_range': "{minutes:g} minutes isn't possible: it must be between 1 and {limit}",
    'cross_training_distance_not_positive': "a distance of {km:g} km isn't possible",
    'cross_training_in_future': "that date hasn't come yet: I only note what you've already done",
}
