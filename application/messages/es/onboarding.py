"""Onboarding in Spanish: the questions, their quick answers, and the re-asks that say what is expected."""

PHRASES: dict[str, str] = {
    'welcome': '¡Hola! Soy Andes, tu entrenador de running 🏔️. Te voy a hacer unas preguntas rápidas para armar '
               'un plan a tu medida. ¿Cómo te llamas?',
    'ask_name': '¿Cómo te llamas?',
    'ask_age': 'Mucho gusto, {name}. ¿Cuántos años tienes?',
    'ask_race': '¿Tienes una carrera en mente? Dime cuál y la fecha, por ejemplo «media maratón de Quito, '
                '15 de marzo». Si no, «no tengo carrera».',
    'ask_race_date': '¿Qué fecha es la carrera? Por ejemplo «15 de marzo» o «en abril». Si aún no sabes, '
                     'escribe «no sé».',
    'ask_goal_race': '¿Para qué distancia quieres entrenar? 5k, 10k, 15k, media maratón, maratón o la distancia que sea en km.',
    'ask_goal_time': '¿Tienes un tiempo objetivo para la carrera? Por ejemplo «1:50» o «bajar de 50 min». '
                     'Si no, «no sé».',
    'ask_weekly_frequency': '¿Cuántos días por semana puedes correr? (de 1 a 7)',
    'ask_fitness_level': '¿Cómo describirías tu nivel: principiante, intermedio o avanzado?',
    'ask_weekly_km': '¿Cuántos km corres por semana ahora, más o menos? (escribe «0» si recién empiezas)',
    'ask_longest_run_km': '¿Cuál fue tu salida más larga del último mes, en {unit}?',
    'ask_recent_race': '¿Hiciste alguna carrera o prueba de tiempo en los últimos meses? Dime la distancia, el '
                       'tiempo y cuándo, por ejemplo «10k en 52:30 hace 3 semanas». Si no, «no».',
    'ask_schedule': '¿Qué días prefieres entrenar y cuál para el fondo? Por ejemplo «lunes, miércoles y '
                    'sábado, fondo el sábado». Si te da igual, «me da igual».',
    'ask_injury_history': 'Última: ¿has tenido lesiones u operaciones, o tienes alguna molestia ahora? '
                          '(o escribe «ninguna»)',
    'ask_injury_which': '¿Cuál? Cuéntame qué parte y cuándo, por ejemplo «me operé la rodilla en 2023» o '
                        '«me duele el talón desde hace una semana».',
    'onboarding_done': '¡Listo, {name}! Tengo tu perfil: objetivo {goal}, {frequency} días por semana, nivel '
                       '{level}. Cuéntame cada entreno que hagas (por ejemplo «hoy corrí 8 km en 45 min») y '
                       'pídeme tu plan cuando quieras.',
    'onboarding_race_line': 'Tu carrera: {race} el {date}.',
    'recent_race_noted': 'Anoté tu carrera: {distance} km en {time}.',
    'not_understood_name': '¿Cómo quieres que te llame? Escribe solo tu nombre.',
    'not_understood_age': 'No logré leer tu edad. Escríbela en números, por ejemplo «34».',
    'not_understood_race': 'No logré leer la carrera. Dime cuál y la fecha, por ejemplo «10k de Guayaquil, '
                           '4 de octubre», o «no tengo carrera».',
    'not_understood_race_date': 'Necesito la fecha de la carrera, por ejemplo «15 de marzo» o «en abril». '
                                'Si aún no sabes, escribe «no sé».',
    'race_date_past': 'Esa fecha ya pasó. ¿Cuándo es tu próxima carrera? Por ejemplo «15 de marzo», o «no tengo '
                      'carrera».',
    'not_understood_goal_race': 'No entendí la distancia. Dímela así: «15k», «10 millas», «media maratón» o «trail de 25 km».',
    'not_understood_goal_time': 'No logré leer el tiempo. Escríbelo como «1:50» (horas:minutos) o «50 min», '
                                'o «no sé».',
    'not_understood_weekly_frequency': 'Necesito un número de días entre 1 y 7, por ejemplo «4».',
    'not_understood_fitness_level': 'Dime si eres principiante, intermedio o avanzado.',
    'not_understood_weekly_km': 'Necesito un número de km por semana, por ejemplo «25». Un aproximado sirve; '
                                '«0» si recién empiezas.',
    'not_understood_longest_run_km': 'Necesito los km de tu salida más larga, por ejemplo «12».',
    'not_understood_recent_race': 'Necesito la distancia y el tiempo, por ejemplo «5k en 24:30» o «10k en '
                                  '52 min hace un mes». Si no hiciste ninguna, escribe «no».',
    'not_understood_schedule': 'Dime los días, por ejemplo «martes, jueves y domingo, fondo el domingo», o '
                               '«me da igual».',
    'distance_out_of_range': 'Mmm, {km:g} km no me cuadra. ¿Me lo escribes de nuevo?',
    'race_month_kept': 'Tomo el {date} como fecha de la carrera; cuando sepas el día exacto, dímelo y ajusto el plan.',
    'race_date_noted': 'Anoté la fecha de la carrera: {date}. ¿Y tienes un tiempo objetivo? Por ejemplo «1:50», o «no sé».',
    'unit_km': 'km',
    'unit_miles': 'millas',
    'goal_general_fitness': 'ponerte en forma (sin carrera)',
    'onboarding_ache_noted': 'Anoté la molestia en {part} ({severity}): tu plan la va a tener en cuenta, y te voy a preguntar cómo sigue.',
    'onboarding_question_later': 'Buena pregunta 🙂 Te la respondo apenas terminemos: son pocas preguntas y las necesito para armar tu plan.',
    'onboarding_noted': '¡Anotado! 👍',
    'button_no_race': 'No tengo carrera',
    'button_skip': 'No sé',
    'button_no': 'No',
    'button_any_day': 'Me da igual',
    'button_beginner': 'Principiante',
    'button_intermediate': 'Intermedio',
    'button_advanced': 'Avanzado',
}
