"""The coach's general phrases in Spanish: runs, plans, injuries, progress, small talk."""

PHRASES: dict[str, str] = {'invalid_answer': 'Mmm, {reason}. ¿Me lo escribes de nuevo?',
 'run_logged': '✅ Registré tu entreno del {day}: {distance}{time}{pace}.',
 'run_needs_distance': '¡Bien por salir a correr! ¿Cuántos kilómetros hiciste y en cuánto tiempo? Por '
                       'ejemplo: «8 km en 45 min».',
 'run_refused': 'No pude registrar ese entreno: {reason}. ¿Me lo escribes de nuevo?',
 'run_ache_noted': 'Anoté la molestia en {parts}. Si sigue, bajamos la intensidad: dime si duele al caminar.',
 'runs_count': 'Llevas {count} entrenos registrados.',
 'runs_count_one': 'Es tu primer entreno registrado. ¡Vamos por más!',
 'longest_run': '🎉 ¡Es tu salida más larga registrada! (antes: {previous})',
 'fastest_pace': '⚡ ¡Tu ritmo más rápido en {min_km} o más! (antes: {previous})',
 'week_km': 'Llevas {km} esta semana.',
 'week_km_then': 'Esa semana sumaste {km}.',
 'first_plan_offer': 'Con esto ya puedo armarte un plan de 14 días. ¿Lo creamos?',
 'plan_header': '📋 Tu plan del {start} al {end} ({km} {u}, VDOT {vdot}):',
 'plan_none': 'Aún no tienes un plan activo. ¿Te armo uno de 14 días?',
 'today_session': 'Hoy toca: {session}',
 'tomorrow_session': 'Mañana toca: {session}',
 'plan_ended': 'Tu bloque terminó el {end}. ¿Armamos el siguiente?',
 'paces': 'Con tu VDOT {vdot} tus ritmos son (min/{unit}):\n'
          '• Suave: {easy}\n'
          '• Maratón: {marathon}\n'
          '• Umbral: {threshold}\n'
          '• Intervalos: {interval}\n'
          '• Repeticiones: {repetition}',
 'pace_zone_easy': 'suave',
 'pace_zone_marathon': 'de maratón',
 'pace_zone_threshold': 'de umbral',
 'pace_zone_interval': 'de intervalos',
 'pace_zone_repetition': 'de repeticiones',
 'pace_check_easy_faster': '{asked} es más rápido que tu ritmo suave ({range}). Los rodajes suaves construyen la '
                           'base; correrlos más rápido suma cansancio, no forma: bájale un poco.',
 'pace_check_easy_within': '{asked} está dentro de tu ritmo suave ({range}) 👍',
 'pace_check_easy_slower': '{asked} es más lento que tu rango suave ({range}), y está bien: con calor, cuestas o '
                           'altura el suave sale más lento. Si siempre te sale así, una carrera o prueba reciente '
                           'me ayuda a afinar tus ritmos.',
 'pace_check_faster': '{asked} es más rápido que tu ritmo {zone} ({range}). Más rápido suma desgaste sin sumar lo '
                      'que busca la sesión: mejor clavar el ritmo.',
 'pace_check_within': '{asked} es justo tu ritmo {zone} ({range}) 👍',
 'pace_check_slower': '{asked} es más lento que tu ritmo {zone} ({range}). Si te cuesta sostenerlo, cuéntame cómo '
                      'te fue en la última sesión o en una carrera reciente y ajustamos.',
 'predictions': 'Tiempos estimados: {times}',
 'injury_recorded': 'Siento lo de {part} 😕. Lo anoté como molestia {severity}. {advice}',
 'injury_advice_mild': 'Por ahora nada de series ni cuestas: solo rodajes suaves, y si duele al correr, '
                       'para.',
 'injury_advice_moderate': 'Cambiemos el trote por bici, natación o elíptica unos días, sin impacto.',
 'injury_advice_severe': 'Descansa y consulta a un fisioterapeuta o médico antes de volver a correr.',
 'injury_plan_adapted': 'Ajusté tu plan por la lesión:',
 'injury_and_sessions': 'Con {part} ({severity}): {advice} Cuando lleve unos días tranquila, vuelven las '
                        'sesiones rápidas.',
 'injury_resolved': '¡Qué buena noticia que {part} esté mejor! 💪 Volvemos poco a poco.',
 'injury_ask_part': 'Siento que tengas dolor. ¿Dónde exactamente? (rodilla, tobillo, gemelo…)',
 'progress_none': 'Aún no tengo entrenos tuyos en los últimos {days} días. ¡Cuéntame el próximo!',
 'memory_header': 'Esto es lo que recuerdo:',
 'memory_none': 'No encuentro nada de eso en lo que hemos hablado.',
 'profile_updated': 'Actualicé tu perfil: {changes}.',
 'profile_nothing': '¿Qué quieres cambiar? Puedo actualizar tu objetivo, días por semana, nivel o nombre.',
 'greeting': '¡Hola, {name}! ¿Cómo te fue hoy? Cuéntame tu entreno o pregúntame por tu plan.',
 'thanks': '¡A ti! Aquí estoy cuando me necesites 🏃',
 'help': 'Puedo:\n'
         '• Registrar tus entrenos: «hoy corrí 8 km en 45 min», «6x1000 a 3:25 rec 2 min», «40 min de bici»\n'
         '• Corregir o borrar uno: «me equivoqué, fueron 6 km no 8», «borra mi último entreno»\n'
         '• Tu plan hasta el día de tu carrera: «mi plan», «¿qué toca hoy?», «¿debería correr hoy?»\n'
         '• Tu carrera y tu semana: «mi media es el 15 de marzo», «prefiero lunes, miércoles y sábado»\n'
         '• Tus ritmos y tu progreso: «¿a qué ritmo corro?», «¿cómo me fue esta semana?»\n'
         '• Dudas de running: «¿qué es el umbral?», «¿qué como antes de un fondo?»\n'
         '• Adaptar el plan si te duele algo: «me duele la rodilla derecha»\n'
         '• Recordar lo que me contaste: «¿qué hablamos de mi rodilla?»',
 'unknown': 'No estoy seguro de haberte entendido. Puedes contarme un entreno («corrí 5 km en 30 min»), '
            'pedir tu plan, tus ritmos o tu progreso.'}

# Domain rule violations, by DomainError.code.
REASONS: dict[str, str] = {'distance_not_positive': 'una distancia de {km:g} km no es posible, tiene que ser mayor que cero',
 'distance_too_long': '{km:g} km en una sola salida es más de {limit} km',
 'duration_not_positive': 'el tiempo tiene que ser mayor que cero',
 'rpe_out_of_range': 'el esfuerzo percibido (RPE) va de 1 a 10, y me dijiste {rpe:g}',
 'pace_impossible': '{km:g} km en {minutes} min sería un ritmo de {pace}/km, más rápido que cualquier '
                    'humano: revisa la distancia y el tiempo',
 'age_out_of_range': '{age} años está fuera del rango de 10 a 100',
 'frequency_out_of_range': '{days} días por semana está fuera del rango de 1 a 7'}

GOAL_NAMES: dict[str, str] = {'5k': '5k', '10k': '10k', 'half': 'media maratón', 'marathon': 'maratón', '10mi': '10 millas'}
LEVEL_NAMES: dict[str, str] = {'beginner': 'principiante', 'intermediate': 'intermedio', 'advanced': 'avanzado'}
SEVERITY_NAMES: dict[str, str] = {'mild': 'leve', 'moderate': 'moderada', 'severe': 'fuerte'}
FIELD_NAMES: dict[str, str] = {'name': 'nombre',
 'age': 'edad',
 'goal_race': 'objetivo',
 'weekly_frequency': 'días por semana',
 'fitness_level': 'nivel',
 'motivation': 'motivación',
 'injury_history': 'lesiones',
 'timezone': 'zona horaria',
 'language': 'idioma'}
RACE_NAMES: dict[str, str] = {'1500m': '1500 m', 'mile': 'milla', '5k': '5k', '10k': '10k', 'half': 'media maratón', 'marathon': 'maratón'}
WEEKDAYS = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']
