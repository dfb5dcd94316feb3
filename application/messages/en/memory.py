"""What the coach remembers of a plan (a sentence or two for semantic recall), in English."""

PHRASES: dict[str, str] = {
    'memory_plan': 'Plan {start} to {end}{goal}: {weeks} km a week, VDOT {vdot}; key sessions: {sessions}.',
    'memory_plan_goal': ' for a {goal}',
    'memory_plan_long': 'long run of {km} km',
    'memory_plan_easy_only': 'easy runs only',
    'memory_injury_history': 'Past injuries (told to the previous bot): {text}',
    'memory_plan_adapted': ' Adapted for {parts}.',
}
