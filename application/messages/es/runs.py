"""Runs, their rules, corrections and cross-training, in Spanish (as runners in Ecuador say it)."""

PHRASES: dict[str, str] = {
    'run_confirm_question': 'Antes de guardarlo: {concerns}. ¿Lo registro así?',
    'run_confirm_yes': 'Sí, regístralo',
    'run_confirm_no': 'No, corrijo',
    'run_corrected': '✏️ Listo, corregí tu entreno del {day}: {distance} km{time}.',
    'run_deleted': '🗑️ Borré tu entreno del {day} ({distance} km).',
    'run_not_found': 'No encontré un entreno {when} para cambiar.',
    'cross_training_logged': '✅ Anoté {minutes} min de {activity}{distance} el {day}. No suma a tus km de trote.',
    'activity_bike': 'bici',
    'activity_swim': 'natación',
    'activity_strength': 'fuerza',
    'sport_walk': 'caminata',
    'sport_hike': 'caminata de montaña',
    'sport_yoga': 'yoga',
    'sport_pilates': 'pilates',
    'sport_elliptical': 'elíptica',
    'sport_rowing': 'remo',
    'sport_football': 'fútbol',
    'sport_dance': 'baile',
    'sport_garden': 'trabajo en el jardín',
    'sport_stretching': 'estiramientos',
    'sport_chores': 'trabajo pesado',
    'activity_other': 'otro deporte',
}

REASONS: dict[str, str] = {
    'run_in_future': 'esa fecha todavía no llega: solo registro entrenos ya hechos',
    'pace_beyond_world_record': '{km:g} km a {pace}/km sería más rápido que el récord mundial para esa distancia '
                                '({record}/km): revisa la distancia y el tiempo',
    'too_many_runs_in_day': '{runs} entrenos el mismo día son demasiados: el máximo es {limit}',
    'day_too_long': '{km:g} km en varios entrenos el mismo día es más de {limit:g} km en un día',
    'day_too_long_in_time': '{hours:g} horas corriendo en un día es más que un día entero',
    'much_longer': '{km:g} km es más del doble de tu entreno más largo ({longest:g} km)',
    'much_faster': 'un ritmo de {pace}/km es un {percent} % más rápido de lo que tu forma predice ({predicted}/km)',
    'possible_duplicate': 'ya tengo un entreno de {km:g} km ese día',
    'run_needs_confirmation': 'ese entreno se sale mucho de lo que has hecho: ¿me confirmas que está bien?',
    'run_not_found': 'no encontré ese entreno',
    'cross_training_activity_unknown': '«{activity}» no es bici, natación ni fuerza',
    'cross_training_minutes_out_of_range': '{minutes:g} minutos no es posible: tiene que ser entre 1 y {limit}',
    'cross_training_distance_not_positive': 'una distancia de {km:g} km no es posible',
    'cross_training_in_future': 'esa fecha todavía no llega: solo anoto lo que ya hiciste',
}
