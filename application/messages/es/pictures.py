"""Spanish words of the pictures (progress card, plan picture), reminders and the calendar feed.
No emoji in what is drawn (the card's font has none); captions and chat messages may have them."""

PHRASES: dict[str, str] = {
 'card_title': 'Tu progreso, {name}',
 'card_title_nameless': 'Tu progreso',
 'card_subtitle': 'Últimas {weeks} semanas · al {day}',
 'card_volume': 'Volumen semanal ({unit})',
 'card_fitness': 'Forma física (VDOT)',
 'card_prediction': 'Con esta forma: {race} en {time}',
 'card_no_trend': 'Registra entrenos con su tiempo para ver tu forma física',
 'card_empty': 'Aún no hay entrenos registrados',
 'tile_longest': 'Tirada más larga',
 'tile_sessions': 'Sesiones del bloque',
 'tile_no_plan': 'Sin plan activo',
 'tile_race_days': '{days} días',
 'tile_race_day_one': '1 día',
 'tile_race_today': '¡Hoy!',
 'tile_race_label': 'Para tu {race}',
 'tile_race_label_nameless': 'Para tu carrera',
 'tile_no_race': 'Sin carrera fijada',
 'card_caption': '📈 Tu progreso de las últimas semanas',
 'plan_title': 'Tu plan: {start} – {end}',
 'plan_subtitle': '{distance} en 14 días · VDOT {vdot}',
 'plan_week_total': 'Semana: {distance}',
 'plan_caption': '🗓️ Tu bloque de 14 días',
 'picture_saved': '🖼️ Imagen guardada en: {path}',
}
