"""Respuestas del coach sin modelo: entrenos, el plan día a día, carrera y semana, lesiones, conversación."""

PHRASES: dict[str, str] = {
    # --- understanding: asking instead of guessing
    "clarify": "Quiero entenderte bien 🙂 ¿Qué me quieres decir?",
    "clarify_dropped": "Dale, sin problema. Aquí estoy cuando quieras.",
    "plan_offer_declined": "Dale, sin plan por ahora. Cuando quieras, escríbeme «crear mi plan» y lo armamos.",
    "internal_error": "Uy, algo me falló al procesar eso 😅. No cambié nada; ¿me lo escribes otra vez?",
    "intent_label_log_run": "Registrar entreno",
    "intent_label_log_cross_training": "Otro deporte",
    "intent_label_correct_run": "Corregir un entreno",
    "intent_label_delete_run": "Borrar un entreno",
    "intent_label_missed_session": "No pude entrenar",
    "intent_label_should_i_run": "¿Corro hoy?",
    "intent_label_session_query": "¿Qué toca?",
    "intent_label_plan_request": "Ver mi plan",
    "intent_label_progress": "Mi progreso",
    "intent_label_pace_question": "Mis ritmos",
    "intent_label_set_race": "Mi carrera objetivo",
    "intent_label_set_schedule": "Mis días",
    "intent_label_set_units": "Km o millas",
    "intent_label_profile_update": "Cambiar mi perfil",
    "intent_label_running_question": "Duda de running",
    "intent_label_injury_report": "Tengo una molestia",
    "intent_label_injury_update": "Cómo va mi lesión",
    "intent_label_memory_question": "Lo que te conté",
    "intent_label_greeting": "Saludar",
    "intent_label_small_talk": "Nada, gracias",
    "intent_label_help": "Qué puedes hacer",
    "intent_label_out_of_scope": "Otra cosa",
    # --- runs
    "button_yes_save": "Sí, guárdalo",
    "confirm_save_anyway": "¿Lo guardo igual?",
    "confirm_dropped": "Listo, no lo guardé. Cuando quieras me lo escribes corregido.",
    "run_needs_confirmation": "Antes de guardar tu entreno del {day} ({distance}): {concerns}.",
    "run_planned_not_logged": "¡Bien ahí! Ese lo tomo como plan, no lo registro todavía. "
                              "Cuando lo hagas, cuéntame cómo te fue.",
    "run_time": " en {time}",
    "race_logged": "🏅 Registré tu carrera del {day}: {distance}{time}{pace}. ¡Felicitaciones!",
    "intervals_recovery": "rec {time}",
    "intervals_noted": "Series: {sets}.",
    "pace_faster_than_planned": "Fuiste más rápido de lo planeado (el objetivo era {target}). Los días suaves, suaves.",
    "pace_slower_than_planned": "Más lento que el objetivo, y está bien si el cuerpo lo pedía.",
    "pace_on_target": "¡Justo en el ritmo del plan! 👏",
    "pace_easy_too_fast": "Ojo: ese ritmo es más rápido que tu rodaje suave. Los días fáciles, fáciles.",
    "cross_needs_details": "¡Bien por moverte! ¿Cuánto tiempo (o cuántos km) hiciste?",
    "cross_refused": "No pude anotar ese entreno: {reason}.",
    "minutes": "{minutes} min",
    "cross_logged": "✅ Anoté {amount} de {activity} el {day}. Cuenta aparte de tus km de trote.",
    "correction_needs_value": "¿Qué corrijo? Dime el dato bueno, por ejemplo «fueron 6 km, no 8».",
    "run_time_added": "⏱️ Anoté el tiempo: tu entreno del {day} queda en {run}.",
    "run_fixed": "✏️ Corregido: tu entreno del {day} ahora es de {run} (antes {before}).",
    "plan_updated_after_change": "Actualicé tu plan con el cambio.",
    "run_removed": "🗑️ Borré tu entreno del {day} ({distance}).",
    "run_missing": "No encuentro ese entreno. ¿De qué día era?",
    # --- the plan day by day
    "next_session": "Lo próximo:",
    "next_week_sessions": "La próxima semana:",
    "week_sessions": "Tu semana:",
    "day_session": "{day}: {session}",
    "weekday_yes": "Sí 👍 el {day} es {weekday}.",
    "weekday_no": "No: el {day} es {weekday}.",
    "weekday_is": "El {day} es {weekday}.",
    "weekday_race_day": "Es el día de tu carrera 🏁",
    "day_name_0": "lunes", "day_name_1": "martes", "day_name_2": "miércoles", "day_name_3": "jueves",
    "day_name_4": "viernes", "day_name_5": "sábado", "day_name_6": "domingo",
    "no_session_that_day": "El {day} no está en tu plan actual.",
    "session_done": "{day}: {session} — ✅ ya lo hiciste ({done}). ¡Ahora a recuperar!",
    "session_partly_done": "{day}: {session} — llevas {done} registrados.",
    "ran_on_rest_day": "{day}: era día de descanso y corriste {done}. Mañana tómalo con calma.",
    "advice_run_as_planned": "Dale, hoy toca {session}",
    "advice_easy_instead": "Corre, pero suave: cambia lo de hoy ({session}) por un rodaje suave corto.",
    "advice_easy_run": "Puedes correr: un rodaje suave de 30–40 min te viene bien.",
    "advice_already_done": "Hoy ya cumpliste ({done}) ✅. Ahora toca recuperar: come bien, hidrátate y duerme.",
    "advice_rest_day": "Hoy es día de descanso en tu plan. Descansar también es entrenar 😉",
    # Lo mismo para un día que viene ("¿el martes puedo hacer series?").
    "advice_run_as_planned_on_day": "El {day} te toca {session}",
    "advice_easy_instead_on_day": "El {day} corre, pero suave: cambia {session} por un rodaje suave corto.",
    "advice_easy_run_on_day": "El {day} puedes correr: un rodaje suave de 30–40 min.",
    "advice_rest_day_on_day": "El {day} es día de descanso en tu plan. Descansar también es entrenar 😉",
    "advice_rest_on_day": "Mejor descansa el {day}: el cuerpo también necesita días libres para asimilar.",
    "advice_cross_train_on_day": "El {day} tampoco corras por {part}, salvo que ya esté mejor. Si no duele, bici, "
                                 "natación o elíptica suave.",
    "advice_see_professional_on_day": "El {day} no: con {part} así, nada de correr hasta que te vea un médico o "
                                      "fisioterapeuta.",
    "asked_distance_hold_for_ache": "El {day} el plan dice {session}. Con tu molestia, quédate en eso por ahora: más "
                                    "distancia es justo lo que una molestia no necesita todavía. Cuando se vaya, "
                                    "volvemos a subir la distancia.",
    "asked_distance_as_planned": "Sí: el {day} tienes {session}, así que {asked} está dentro del plan 👍.",
    "asked_distance_stretch": "El {day} el plan dice {session}. {asked} es un poco más, pero razonable: tu salida "
                              "más larga reciente es de {longest} y un fondo puede crecer unos {step} por semana. "
                              "Hasta {cap}, suave, y si algo molesta, cortas.",
    "asked_distance_too_much": "El {day} el plan dice {session}. {asked} sería un salto grande: tu salida más larga "
                               "reciente es de {longest}, y un fondo sube como mucho unos {step} por semana "
                               "(Pfitzinger). Quédate en {cap} como máximo; así llegas sano a tu carrera.",
    "asked_distance_second_long_run": "El {day} el plan dice {session}. {asked} lo volvería otro fondo, y tu fondo "
                                      "de la semana ya está en el plan: dos en una semana suben la carga de golpe. "
                                      "Ese día quédate en {cap} como máximo, suave.",
    "asked_distance_stretch_easy_day": "El {day} el plan dice {session}. {asked} es un poco más, pero va: todo "
                                       "suave, que el esfuerzo largo de la semana es tu fondo.",
    "asked_distance_rest_day": "El {day} tu plan tiene {session}. Si igual quieres moverte, que sea un rodaje suave y "
                               "corto; {asked} guárdalos para tu día de fondo.",
    "asked_distance_as_planned_no_plan": "{asked} el {day} está bien para ti 👍.",
    "asked_distance_stretch_no_plan": "{asked} el {day} es razonable: tu salida más larga reciente es de {longest}. "
                                      "Hasta {cap}, suave.",
    "asked_distance_too_much_no_plan": "{asked} el {day} sería un salto grande: tu salida más larga reciente es de "
                                       "{longest}, y un fondo sube como mucho unos {step} por semana. Quédate en "
                                       "{cap} como máximo.",
    "advice_rest": "Mejor descansa hoy: el cuerpo también necesita días libres para asimilar.",
    "advice_cross_train": "Hoy no corras por {part}. Si no duele, haz bici, natación o elíptica suave.",
    "advice_see_professional": "Hoy no: con {part} así, nada de correr. Consulta a un médico o "
                               "fisioterapeuta antes de volver.",
    "advice_reason_injury_mild": "Por tu molestia, nada de series ni cuestas, y si duele al correr, paras.",
    "advice_reason_sore": "Con las piernas cargadas, hoy solo suave y más corto: la carga fuerte espera.",
    "advice_reason_very_sore": "Si te duele hasta bajar gradas, hoy nada de correr: camina, bici suave o "
                               "descanso. Ese dolor muscular cambia cómo pisas y ahí llegan las lesiones; "
                               "en 1–2 días vuelves con un trote suave.",
    "advice_reason_hard_yesterday": "Ayer fue un día duro: hoy suave para recuperar.",
    "advice_reason_dense_week": "Llevas muchos días seguidos corriendo: bájale la intensidad.",
    "advice_reason_streak": "Llevas 3 días seguidos o más.",
    "missed_but_logged": "El {day} ya tienes {done} registrados ✅. Si no alcanzaste a hacer todo, tranqui: no se recupera doblando, seguimos con el plan.",
    "missed_no_plan": "Tranqui, pasa. Aún no tienes un plan activo: ¿te armo uno que se ajuste a tus días?",
    "missed_nothing_planned": "Tranqui: ese día no tenías entreno en el plan.",
    "missed_moved": "Tranqui, pasa 🙂. Moví {session} al {day}, sin juntarlo con otro día duro.",
    "missed_dropped": "Tranqui, pasa 🙂. Dejamos {session}: no se recupera doblando. Sigues con el plan normal.",
    # --- race, week, units
    "race_needs_details": "¿Qué carrera es y cuándo? Por ejemplo «la media de Quito el 15 de marzo, meta 1:55».",
    "race_none_set": "Listo: sin carrera por ahora. Te armo ciclos de progresión (3 semanas subiendo, 1 suave).",
    "race_on": "el {day} (en {weeks} semanas)",
    "race_on_days": "el {day} (en {days} días)",
    "race_goal": "meta {time}",
    "race_set": "🏁 Anotado: {race}. Tu plan irá hacia ese día.",
    "race_set_no_date": "🏁 Anotado: {race}.",
    "race_ask_date": "¿Qué fecha es la carrera?",
    "race_place_won": "🎉 ¡Felicitaciones por el cupo!",
    "race_nerves": "Es normal que {race} se vea grande desde aquí 🙂 No tienes que estar listo hoy: el plan te va "
                   "subiendo de a poco, bloque a bloque, y faltan {weeks} semanas. Si prefieres apuntar primero a una "
                   "carrera más corta, dime y lo vemos juntos.",
    "race_nerves_no_race": "Es normal sentirse así 🙂 Vamos paso a paso, y voy ajustando el plan a cómo te sientes. "
                           "Cuéntame qué es lo que más te preocupa y lo vemos.",
    "letdown_injured": "Te entiendo, da pena 😕. Lo que construiste no se pierde en unos días: primero la salud, y "
                       "cuando te den luz verde retomamos con calma hacia {race}.",
    "letdown": "Te entiendo 😕. Un mal día no borra lo que vienes haciendo: seguimos con el plan y ajustamos lo que "
               "haga falta.",
    "in_time_injured": "{race} es el {day}: faltan {weeks} semanas. Si te dan el alta a tiempo, se puede: volvemos de a poco, "
                       "y el tiempo meta lo revisamos según cómo respondas. Primero la salud 🙏",
    "placed_in_category": "🎉 ¡Puesto {n} en tu categoría, qué bien corrido!",
    "placed_overall": "🎉 ¡Puesto {n} en la general, qué bien corrido!",
    "race_in_month": "en {month}",
    "month_1": "enero", "month_2": "febrero", "month_3": "marzo", "month_4": "abril", "month_5": "mayo",
    "month_6": "junio", "month_7": "julio", "month_8": "agosto", "month_9": "septiembre", "month_10": "octubre",
    "month_11": "noviembre", "month_12": "diciembre",
    "goal_change_weighed": "🤔 {race}: se puede.",
    "goal_change_short_build": "Ojo: es poco tiempo para prepararla de cero; la correrías con la forma que ya "
                               "tienes, con un bloque fuerte y el afinamiento.",
    "goal_change_question": "¿La pongo como tu nueva meta? Rehago el plan hacia ese día.",
    "goal_change_ask_date": "Dime también la fecha exacta.",
    "goal_change_declined": "👌 Listo, seguimos con {race} como meta.",
    "button_goal_change": "Sí, cámbiala",
    "button_goal_keep": "No, sigo igual",
    "schedule_needs_days": "¿Qué días prefieres entrenar? Por ejemplo «lunes, miércoles y sábado, fondo el domingo».",
    "schedule_busy_ask": "📅 Anotado, esos días estás ocupado. ¿Qué días te quedan para correr? Por ejemplo «lunes, "
                         "miércoles y domingo», y rehago tu semana.",
    "schedule_set": "📅 Listo, entrenas: {days}.",
    "long_run_day_set": "Fondo los {day}.",
    "units_ask": "¿Prefieres kilómetros o millas?",
    "units_set_km": "Listo, te hablo en kilómetros.",
    "units_set_mi": "Listo, te hablo en millas.",
    # --- injuries
    "injury_red_flag": "🛑 Con {part} así (hinchazón, dolor al caminar o dolor punzante) para de correr y "
                       "consulta a un médico o fisioterapeuta antes de volver.",
    "injury_no_plan": "Cuando armemos tu plan, lo adapto a esto.",
    "injury_triage_intro": "Para ajustar bien:",
    "triage_ask_pain": "¿Del 0 al 10 cuánto duele?",
    "triage_ask_walking": "¿Te duele al caminar?",
    "triage_ask_swelling": "¿Está hinchado?",
    "triage_ask_side": "¿Izquierda o derecha?",
    "injury_update_which": "¿De cuál molestia me hablas?",
    "injury_update_none": "No tengo ninguna molestia tuya abierta. Si algo te duele, cuéntame dónde.",
    "injury_better": "¡Qué bien que {part} vaya mejor! 💪 Lo dejo como molestia {severity} y volvemos de a poco.",
    "injury_better_not_yet": "Qué bueno que {part} se sienta mejor 💪 Sigue anotado como {severity} hasta que te vea un "
                             "médico o fisioterapeuta: nada de correr ni competir antes de eso.",
    "injury_worse": "Uy, siento que {part} esté peor. Lo subo a molestia {severity}.",
    "injury_same": "Anotado lo de {part}: molestia {severity}.",
    "injury_see_professional": "Si sigue empeorando, consulta a un médico o fisioterapeuta.",
    "llm_tangled": "Perdona, me enredé con tu mensaje 😅. ¿Me lo escribes de otra forma?",
    # --- progress
    "progress_head": "📈 Del {start} al {end}: {runs} entrenos, {distance}",
    "progress_head_one": "📈 Del {start} al {end}: 1 entreno, {distance}",
    "progress_pace": "Ritmo medio: {pace}",
    "progress_longest": "Salida más larga: {distance}",
    "progress_effort": "Esfuerzo medio (RPE): {rpe}",
    "progress_change": "Volumen vs. periodo anterior: {change} %",
    "progress_plan": "Cumplimiento del plan: {done}/{planned} sesiones",
    "progress_cross": "Además, {minutes} min de entrenamiento cruzado (aparte de los km de trote).",
    "progress_injuries": "Ojo con: {parts}",
    # --- conversation
    "greeting_named": "¡Hola, {name}! ¿Cómo va todo? Cuéntame tu entreno o pregúntame qué toca.",
    "greeting_plain": "¡Hola! ¿Cómo va todo? Cuéntame tu entreno o pregúntame qué toca.",
}
