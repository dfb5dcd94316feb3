"""What the coach remembers of a plan (a sentence or two for semantic recall), in Spanish."""

PHRASES: dict[str, str] = {
    'memory_plan': 'Plan del {start} al {end}{goal}: {weeks} km por semana, VDOT {vdot}; sesiones clave: {sessions}.',
    'memory_plan_goal': ' para {goal}',
    'memory_plan_long': 'fondo de {km} km',
    'memory_plan_easy_only': 'solo rodajes suaves',
    'memory_injury_history': 'Lesiones previas (contadas al bot anterior): {text}',
    'memory_plan_adapted': ' Adaptado por {parts}.',
}
