"""Runs from the watch (files and Strava), in English (issue 24)."""

PHRASES: dict[str, str] = {
    'activity_logged': '✅ {summary}',
    'activity_logged_on': '✅ {day}: {summary}',
    'activity_completed': '✅ I completed your {day} run with your watch data: {summary}',
    'activity_updated': '✏️ I updated your {day} run from Strava: {summary}',
    'activity_deleted': '🗑️ You deleted your {day} run on Strava ({distance} km): I deleted it here too.',
    'activity_summary': '{distance} {unit} in {time} ({pace}/{unit})',
    'activity_summary_untimed': '{distance} {unit} (the file has no times, so I have no pace)',
    'activity_climb': '+{gain} m',
    'activity_hr': 'avg HR {hr}',
    'activity_fastest_km': 'fastest km: #{index} ({pace})',
    'activity_fastest_mile': 'fastest mile: #{index} ({pace})',
    'activity_intervals': 'Reps: {laps}',
    'activity_note_race_evidence': '🏁 Saved as a race: it counts towards your fitness (VDOT).',
    'activity_note_easy_at_threshold': '⚠️ Heads up: this was an easy run, but your average HR ({hr}) was at '
                                       'threshold (≥ {limit} for your age). Easy runs should feel truly easy: '
                                       "that's where the base is built without tiring you for the workouts.",
    'activity_note_altitude': '⛰️ With +{gain} m of climbing at {altitude} m of altitude, that pace is worth '
                              '~{flat}/{unit} on flat ground at sea level.',
    'activity_note_altitude_only': '⛰️ At {altitude} m of altitude, that pace is worth ~{flat}/{unit} at sea level.',
    'activity_unreadable_not_an_activity': "That file isn't a workout I can read 🤔. Send me the .fit, .gpx "
                                           'or .tcx from your watch or app (zipped is fine, as Garmin and '
                                           'Strava export them).',
    'activity_unreadable_corrupt': "I couldn't read that file: it looks damaged or incomplete 😕. Could you "
                                   'export it again and send it?',
    'activity_unreadable_empty': 'The file arrived empty 😕. Could you send it again?',
    'activity_unreadable_too_big': "That file is too big to be a workout (max {mb} MB). Send me just that "
                                   "run's .fit, .gpx or .tcx.",
    'activity_unreadable_no_distance': "That file has no distance or GPS track, so I can't log it. If you "
                                       'like, write me the distance and time.',
    'activity_download_failed': "I couldn't download your file from WhatsApp 😕. Could you send it again?",
    'activity_not_a_run': "That file is a {sport} activity, not a run: I won't add it to your running km. "
                          "Tell me the minutes if you'd like it logged as cross-training.",
    'activity_sport_cycling': 'bike',
    'activity_sport_swimming': 'swim',
    'activity_sport_walking': 'walking',
    'activity_sport_other': 'other sport',
    'activity_needs_profile': 'Before I log files from your watch I need to get to know you a little: '
                              'say "hi" and we start 🙂.',
    'activity_rejected': "I didn't log that file: {reason}.",
    'strava_not_set_up': "Strava isn't switched on for this coach yet. Meanwhile, send me your run's .fit, "
                         ".gpx or .tcx file here and I'll log it.",
    'strava_connect_link': '🔗 To connect Strava open this link and accept (valid for {minutes} minutes):\n{url}\n'
                           'From then on every run you upload to Strava reaches me by itself.',
    'strava_connected': '✅ Strava connected! From now on every run you upload reaches me by itself.',
    'strava_disconnected': "You disconnected Strava: I no longer receive your activities or keep your keys. "
                           'Your logged runs stay here.',
}

REASONS: dict[str, str] = {
    'activity_not_a_run': 'it is a {sport} activity, not a run',
}
