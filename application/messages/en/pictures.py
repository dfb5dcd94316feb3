"""English words of the pictures (progress card, plan picture), reminders and the calendar feed.
No emoji in what is drawn (the card's font has none); captions and chat messages may have them."""

PHRASES: dict[str, str] = {
 'card_title': 'Your progress, {name}',
 'card_title_nameless': 'Your progress',
 'card_subtitle': 'Last {weeks} weeks · as of {day}',
 'card_volume': 'Weekly volume ({unit})',
 'card_fitness': 'Fitness (VDOT)',
 'card_prediction': 'At this fitness: {race} in {time}',
 'card_no_trend': 'Log runs with their time to see your fitness trend',
 'card_empty': 'No runs logged yet',
 'tile_longest': 'Longest run',
 'tile_sessions': 'Block sessions',
 'tile_no_plan': 'No active plan',
 'tile_race_days': '{days} days',
 'tile_race_day_one': '1 day',
 'tile_race_today': 'Today!',
 'tile_race_label': 'To your {race}',
 'tile_race_label_nameless': 'To race day',
 'tile_no_race': 'No race set',
 'card_caption': '📈 Your progress over the last weeks',
 'plan_title': 'Your plan: {start} – {end}',
 'plan_subtitle': '{distance} in 14 days · VDOT {vdot}',
 'plan_week_total': 'Week: {distance}',
 'plan_caption': '🗓️ Your 14-day block',
 'picture_saved': '🖼️ Picture saved at: {path}',
}
