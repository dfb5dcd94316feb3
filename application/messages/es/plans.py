"""Planes, ritmos, lesiones en el plan y la carrera objetivo, en español (Ecuador): «rodaje suave»,
«fondo» para la salida larga, «series», «umbral»; una «carrera» es solo una competencia."""

PHRASES: dict[str, str] = {
    # Why the block is as it is (TrainingPlan.notes codes).
    'note_frequency_unknown': 'No sé cuántos días por semana puedes correr, así que planifiqué {days}.',
    'note_level_unknown': 'Como aún no sé tu nivel, empiezo con un bloque de principiante y lo ajustamos.',
    'note_no_goal': 'Sin una distancia objetivo, el bloque es de forma general; dime tu meta y lo enfoco.',
    'note_progression_cycle': 'Sin carrera a la vista entrenamos en ciclos de 4 semanas: 3 subiendo la carga '
                              'y 1 más suave para asimilarla.',
    'note_volume_assumed': 'Como no sé cuántos km corres por semana, empiezo con unos {km} km; dime tus km '
                           'semanales y lo ajusto.',
    'note_last_block_progress': 'El bloque pasado hiciste {done} de {planned} km ({pct} %): subimos un poco la '
                                'carga, nunca más de un 10 % por semana.',
    'note_last_block_hold': 'El bloque pasado hiciste {done} de {planned} km ({pct} %), o los rodajes suaves se '
                            'sintieron duros: mantenemos la carga antes de subir.',
    'note_last_block_repeat': 'Del bloque pasado hiciste {done} de {planned} km ({pct} %): repetimos la misma '
                              'carga antes de subir.',
    'note_last_block_step_back': 'Del bloque pasado hiciste {done} de {planned} km ({pct} %): volvemos con menos '
                                 'volumen y subimos poco a poco.',
    'note_fewer_runs': 'Con este volumen semanal no tiene sentido salir todos tus días: planifiqué menos salidas '
                       'para que cada una valga la pena.',
    'note_post_race_recovery': 'Corriste {km} km de carrera el {day}: {rest_days} día(s) de descanso o bici/nado '
                               'suave, y esa semana al {pct} % del volumen, todo suave.',
    'note_run_walk': 'Empezamos con trote y caminata (1–2 min trotando, 1 min caminando): así se llega a correr '
                     '30 minutos seguidos sin lesionarse.',
    'session_post_race_rest': 'Descanso tras la carrera: camina o haz bici o natación suave si quieres.',
    'session_run_walk': '{km} {u} alternando 2 min trotando suave y 1 min caminando ({easy}/{u} al trotar).',
    'note_post_race_easy': 'Corriste {km} km de carrera el {day}: {days} días solo de rodajes suaves antes de '
                           'volver a las series (un día suave por cada 3 km de carrera).',
    'note_down_week': 'La semana {week} es más suave (≈80 %): cada 3–4 semanas el cuerpo asimila la carga.',
    'note_taper': 'Empieza la puesta a punto para tu carrera del {race_day}: menos volumen, la misma '
                  'intensidad, para llegar fresco.',
    'note_injury_no_running': 'Por {part_side}{flags_text} no corremos: cambié {cancelled} salidas por descanso '
                              'y movilidad suave sin dolor.',
    'note_injury_see_professional': 'Por favor, consulta a un médico o fisioterapeuta por {part_side} antes de '
                                    'volver a correr; cuando te den el alta, volvemos poco a poco.',
    'note_injury_walk_run': 'Por {part_side}: esta semana entrenamiento cruzado y dos pruebas de caminar y '
                            'trotar; la próxima, trotes suaves cortos. Cada sesión solo si el dolor no pasa de '
                            '2/10 y al día siguiente no está peor.',
    'note_injury_easy_only': 'Por la molestia en {part_side}: solo rodajes suaves (sin series ni umbral), fondo '
                             'más corto y menos volumen. Si al correr el dolor pasa de 2/10, para y cuéntame.',
    'note_injury_skip_race': 'Por {part_side} no corras la carrera del {day}: llegar lesionado arriesga meses; habrá otras carreras.',
    'note_moved': 'Moví {kind} del {day} al {to}, en lugar de un rodaje suave: no se acumulan dos días duros.',
    'note_dropped': 'Quitamos {kind} del {day}: no se recupera amontonándolo; seguimos con el plan.',
    'note_nothing_to_move': 'El {day} no había una salida que mover.',
    'injury_part_unknown': 'la zona lesionada',
    'part_no_side': 'tu {part}',
    'part_side_right_f': 'tu {part} derecha',
    'part_side_right_m': 'tu {part} derecho',
    'part_side_left_f': 'tu {part} izquierda',
    'part_side_left_m': 'tu {part} izquierdo',
    'part_side_both_f': 'las dos ({part})',
    'part_side_both_m': 'los dos ({part})',
    'flags_intro': ' ({flags})',
    'flag_swelling': 'hinchazón',
    'flag_pain_walking': 'dolor al caminar',
    'flag_sharp_pain': 'dolor punzante',
    # One day of the plan.
    'purpose_easy': 'Base aeróbica y recuperación.',
    'purpose_long': 'Resistencia y confianza para la distancia.',
    'purpose_threshold': 'Subir el umbral: sostener un ritmo exigente más tiempo.',
    'purpose_intervals': 'Mejorar tu VO2máx.',
    'purpose_repetition': 'Velocidad y economía de carrera.',
    'purpose_marathon_pace': 'Acostumbrar el cuerpo al ritmo de tu maratón.',
    'purpose_race': '¡A disfrutarla!',
    'purpose_rest': 'El cuerpo asimila el entrenamiento.',
    'purpose_cross_training': 'Mantener la forma sin impacto.',
    'session_easy': '{km} {u} a ritmo cómodo ({easy}/{u}): deberías poder conversar.',
    'session_long_mp': 'Fondo de {km} {u}: {warm} {u} suaves ({easy}/{u}) y los últimos {work} {u} a ritmo '
                       'maratón ({mp}/{u}). Lleva agua y prueba tu hidratación de carrera.',
    'session_long': 'Fondo de {km} {u} suaves y constantes ({easy}/{u}). Lleva agua si pasas de una hora.',
    'session_threshold': '{warm} {u} suaves, {reps} × {rep} {u} a ritmo umbral ({pace}/{u}) con {rec} min de trote '
                         'entre cada uno, {cool} {u} suaves.',
    'session_threshold_m': '{warm} {u} suaves, {reps} × {rep_m} m a ritmo umbral ({pace}/{u}) con {rec} min de '
                           'trote entre cada uno, {cool} {u} suaves.',
    'session_intervals': '{warm} {u} suaves, {reps} × {rep_m} m a {pace}/{u} con {rec} min de trote, '
                         '{cool} {u} suaves.',
    'session_repetition': '{warm} {u} suaves, {reps} × {rep_m} m rápidos y sueltos a {pace}/{u}, recuperando '
                          '{rec} min trotando o caminando, {cool} {u} suaves.',
    'session_marathon_pace': '{warm} {u} suaves, {work} {u} a ritmo de maratón ({pace}/{u}), {cool} {u} suaves.',
    'session_race': '¡Día de carrera! {km} {u}. Sal controlado los primeros km y guarda fuerzas para el final.',
    'session_race_day': '¡Día de carrera! {km} {u}. Sal controlado los primeros km y guarda fuerzas para el final.',
    'session_logged': 'Ya corriste hoy {km} {u} ✅. Ahora a recuperar: agua, comida y descanso.',
    'session_walk_run': 'Prueba de caminar y trotar (hasta {km} {u}): alterna 1 min trotando y 1 min caminando, '
                        'solo si caminas sin dolor y al trotar no pasa de 2/10. Si duele, 30 min de bici o '
                        'elíptica.',
    'session_return_run': 'Trote suave de prueba, hasta {km} {u} ({easy}/{u} o más lento), solo si el dolor no pasa '
                          'de 2/10 y al día siguiente no está peor.',
    'session_mobility': 'Sin correr. Si no duele, 10–15 min de movilidad suave o una caminata corta. Sigue las '
                        'indicaciones de tu médico o fisioterapeuta.',
    'session_cross_training_injury': '30–40 min de bici, natación o elíptica, sin dolor.',
    'session_cross_training': '30–40 min de bici, natación o elíptica, sin impacto.',
    'session_easy_instead_quality': '{km} {u} suaves ({easy}/{u}) en lugar de la sesión de calidad, para cuidar '
                                    'la lesión.',
    'session_long_shortened': 'Fondo acortado: {km} {u} suaves ({easy}/{u}), para no cargar la lesión.',
    'session_post_race_easy': '{km} {u} suaves ({easy}/{u}): aún recuperas de la carrera.',
    'session_moved_prefix': 'Movida aquí porque no la hiciste: ',
    'session_missed': 'No se hizo: seguimos adelante.',
    'session_rest': 'Día libre. Puedes hacer 10–15 min de movilidad o una caminata suave.',
    # The season at a glance and the goal's fitness (application.training.season).
    'season_none': 'Aún no tengo tu carrera con fecha: dime cuál es y cuándo (por ejemplo «15k de Quito el 5 de '
                   'abril») y te muestro la temporada completa.',
    'season_header': '🗓️ Tu temporada hacia {goal} ({race_day}), {weeks} semanas:',
    'season_phase': '• {phase}: {start} – {end}',
    'season_phase_base': 'Base (rodajes suaves, algo de velocidad corta)',
    'season_phase_build': 'Construcción (umbral e intervalos, el fondo crece)',
    'season_phase_peak': 'Específica (trabajo a ritmo de carrera)',
    'season_phase_taper': 'Afinamiento (menos volumen, algo de ritmo)',
    'season_phase_progression': 'Progresión',
    'season_phase_recovery': 'Recuperación',
    'season_peak': 'Semana más fuerte: la del {day}, unos {km} {u}.',
    'season_longest': 'Fondo más largo: {km} {u}, la semana del {day}.',
    'season_taper': 'El afinamiento empieza el {day}: bajas volumen y mantienes algo de ritmo para llegar fresco.',
    'season_note': 'Es una proyección: cada bloque de 14 días se ajusta a lo que realmente corres.',
    'goal_fitness_realistic': 'Tu objetivo de {goal_time} pide un VDOT de {target}; hoy estás en {vdot}. Con {weeks} '
                              'semanas es realista (puedes llegar a ~{reachable}).',
    'goal_fitness_reached': 'Tu objetivo de {goal_time} pide un VDOT de {target} y ya estás en {vdot}: hoy harías '
                            '{predicted}. A entrenar para llegar bien.',
    'goal_fitness_unrealistic': 'Tu objetivo de {goal_time} pide un VDOT de {target} y hoy estás en {vdot}: son '
                                '{gap} puntos, más de lo que se gana en {weeks} semanas (~{reachable}). Te lo digo '
                                'claro: yo apuntaría a {aim}; si los entrenos van mejor, lo revisamos.',
    'goal_fitness_no_goal': 'Con tu forma de hoy harías {predicted}; con {weeks} semanas de buen entreno, apunta a '
                            '~{aim}.',
    'goal_fitness_paces': 'Entrenas a tus ritmos de hoy: umbral {threshold}/{u}, ritmo maratón {marathon}/{u}, suave '
                          '{easy}/{u}. Suben cuando una carrera o una prueba lo demuestre.',
    'progress_vdot_race': 'VDOT {vdot}, de tu carrera de {distance} en {time} ({day}).',
    'progress_vdot_all_out': 'VDOT {vdot}, de tu esfuerzo a tope de {distance} en {time} ({day}).',
    'progress_vdot_rpe_effort': 'VDOT {vdot}, de tu entreno fuerte de {distance} en {time} ({day}).',
    # Where the VDOT comes from (VdotEstimate.code).
    'vdot_race': 'Calculé tu VDOT de {vdot} con tu carrera: {km} km en {time} ({pace}/km) el {day}. Es la mejor '
                 'referencia de tu forma actual.',
    'vdot_all_out': 'Calculé tu VDOT de {vdot} con tu esfuerzo a tope (10/10): {km} km en {time} ({pace}/km) el '
                    '{day}.',
    'vdot_hard_effort': 'No tengo una carrera reciente, así que usé tu mejor esfuerzo fuerte: {km} km en {time} '
                        '({pace}/km) el {day}, con esfuerzo {rpe}/10. Un entreno no es una carrera, así que le '
                        'resté un {discount_pct} %: VDOT {vdot}.',
    'vdot_rpe_effort': 'Usé tu esfuerzo fuerte de {km} km en {time} ({pace}/km) el {day}, con esfuerzo {rpe}/10. '
                       'No fue a tope (≈{share_pct} % de tu VO2max), así que corresponde a un VDOT de {vdot}.',
    'vdot_easy_floor': 'Tus salidas recientes fueron cómodas, así que solo me dicen que tu VDOT es al menos {vdot} '
                       '(de {km} km en {time}, {pace}/km). Con una carrera o una prueba cronometrada lo afino.',
    'vdot_easy_pace': 'Tomo tus salidas, como {km} km en {time} ({pace}/km), como tu ritmo suave de siempre: '
                      'corresponde a un VDOT de {vdot}. Con una carrera o una prueba cronometrada lo afino.',
    'vdot_floor_over_effort': 'Tu salida de {km} km en {time} ({pace}/km) muestra que estás al menos en VDOT '
                              '{vdot}, más que tu esfuerzo fuerte ({effort_vdot}), así que uso ese valor.',
    'vdot_older_race': 'Tu carrera más reciente que tengo es de hace más de medio año ({km} km en {time} el {day}): '
                       'parto de su VDOT, {vdot}, y no de uno más alto. Cuando registres una carrera o una prueba '
                       'cronometrada, ajusto tus ritmos.',
    'vdot_default': 'Aún no tengo una carrera ni entrenos recientes con su tiempo, así que parto de un VDOT '
                    'prudente de {vdot}. Cuando registres una carrera o una prueba cronometrada, ajusto tus ritmos.',
    'vdot_time_off': 'Le bajé a {kept_pct} % por {days_off} días sin correr (tabla de Daniels tras una pausa).',
    'vdot_rejected': 'No usé {count} registro(s) demasiado rápidos para ser reales (¿un error de distancia o de '
                     'tiempo?): si fue así de verdad, dime y lo confirmo.',
    # Paces vs the runner's own easy runs.
    'pace_note_easy_too_fast': 'Tus rodajes suaves van a {typical}/km, más rápido que tu rango suave '
                               '({fast}–{slow}/km). Los días suaves construyen la base aeróbica; ir más rápido '
                               'suma cansancio, no forma.',
    'pace_note_easy_slower_than_range': 'Tus rodajes suaves van a {typical}/km, más lentos que el rango '
                                        '({fast}–{slow}/km). Es normal con calor, cuestas o altura (en la Sierra '
                                        'hay menos oxígeno); si siempre es así, con una carrera o prueba reciente '
                                        'afino tus ritmos.',
    # The goal race.
    'race_plan_header': '🏁 Tu {goal}: con tu VDOT {vdot} el tiempo estimado es {predicted}.',
    'race_plan_no_goal': 'Te propongo ir a por {target}.',
    'race_plan_goal_within_reach': 'Tu objetivo de {goal_time} está a tu alcance: vamos a por él.',
    'race_plan_goal_ambitious': 'Tu objetivo de {goal_time} es muy exigente para tu forma actual ({predicted}): '
                                'sal al ritmo estimado y, si pasada la mitad te sientes bien, aprieta.',
    'race_plan_even': 'Ritmo parejo todo el camino: {pace}/km.',
    'race_plan_negative': 'Segunda mitad más rápida: la primera mitad a {first}/km, la segunda a {second}/km.',
    'race_plan_split_mi': 'milla {mi}: {elapsed}',
    'race_plan_split': 'km {km}: {elapsed}',
}

SESSION_NAMES: dict[str, str] = {'easy': 'rodaje suave',
                                 'long': 'fondo',
                                 'threshold': 'umbral',
                                 'intervals': 'series',
                                 'repetition': 'repeticiones',
                                 'marathon_pace': 'ritmo de maratón',
                                 'cross_training': 'entrenamiento cruzado',
                                 'rest': 'descanso',
                                 'race': 'carrera'}
