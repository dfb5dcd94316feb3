"""Red flags: what the coach says first when a message carries a medical warning sign (application.
understanding.safety), and the write policy's questions (application.tools.policy)."""

PHRASES = {
    "sign_when_rest": " en reposo", "sign_when_exercise": " durante el ejercicio",
    "safety_emergency_cardiac": "🛑 {name}para de correr ya. {signs}{when} puede venir del corazón: "
                                "si lo tienes ahora o vuelve, {call} o ve a emergencias (que no manejes tú). "
                                "No vuelvas a correr ni a hacer esfuerzo hasta que te evalúe un médico "
                                "(cardiólogo). Lo dejé anotado y tu plan queda en pausa.",
    "safety_emergency_heat": "🛑 {name}para de correr ya. {signs} con calor puede ser un golpe de calor, una "
                             "emergencia: ve a la sombra, enfríate con agua fría en cuello, axilas y cabeza, y "
                             "{call} o ve a emergencias ahora; que alguien se quede contigo. Nada de "
                             "correr hasta que te vea un médico. Lo dejé anotado y tu plan queda en pausa.",
    "safety_stop_injury": "🛑 {name}para de correr: {signs} en {part} es una señal de alarma. Que te vea un médico "
                          "o fisioterapeuta (traumatólogo) antes de volver a correr; mientras tanto nada de impacto, "
                          "reposo relativo y hielo 15 min. Lo anoté como lesión grave y tu plan queda en pausa.",
    "safety_reminder": "🛑 Recuerda: con lo que me contaste ({what}), nada de correr hasta que te vea un médico.",
    "safety_reminder_emergency": "🛑 Recuerda: con lo que me contaste ({what}), nada de correr ni de esfuerzo hasta "
                                 "que te vea un médico; si vuelve, {call} o ve a emergencias.",
    "safety_appointment": "Qué bueno que ya tienes la cita 🙏. Hasta entonces: nada de correr ni de esfuerzo, y si "
                          "vuelve antes de la cita, {call} o ve a emergencias. Cuéntame qué te dicen.",
    "sign_own_fall": "una caída",
    "call_number": "llama al {number}", "call_local": "llama al número de emergencias",
    "safety_cleared": "¡Qué bueno que te revisaron y te dieron luz verde! 🙌 Volvemos de a poco: esta semana solo "
                      "rodajes suaves y cortos, y si aparece dolor, paras y me cuentas.",
    "safety_easy_cleared": "Buena noticia 🙏 Entonces haz lo que te dijo el médico: solo trotes suaves y cortos, nada "
                           "fuerte, hasta que te diga otra cosa, y si vuelve algún síntoma, para de inmediato y {call}. "
                           "Tu plan queda en pausa hasta que te den el alta completa: cuéntame qué sale en el próximo "
                           "examen.",
    "safety_easy_cleared_body": "Bien que te hiciste ver 🙏 Entonces haz lo que te dijo el médico: solo trotes suaves, y "
                                "si empeora o vuelven las señales de alarma, para y cuéntame. Tu plan sigue suave hasta "
                                "que te den el alta completa.",
    "injury_also_noted": "También anoté {part} como molestia leve.",
    "safety_seen": "Bien hecho en hacerte ver 🙏. Sigue lo que te indicó el médico: nada de correr hasta que te den el "
                   "alta. "
                   "Cuando te la den, cuéntame y retomamos con calma.",
    "sign_chest_pain": "dolor o presión en el pecho", "sign_radiating": "un dolor que se va al brazo o la mandíbula",
    "sign_palpitations": "el corazón acelerado sin bajar", "sign_fainting": "un desmayo o casi desmayo",
    "sign_dizziness": "el mareo", "sign_breathless": "la falta de aire fuera de lo normal",
    "sign_night_breathless": "despertarte sin aire", "sign_confusion": "la confusión",
    "sign_no_sweat": "dejar de sudar con la piel caliente", "sign_vomiting": "el vómito",
    "sign_dark_urine": "la orina muy oscura",
    "sign_heat_chills": "los escalofríos", "sign_heat_headache": "el dolor de cabeza fuerte",
    "sign_sharp": "un dolor agudo", "sign_swelling": "la hinchazón", "sign_cannot_bear_weight": "no poder apoyar",
    "sign_pain_walking": "dolor al caminar", "sign_limping": "cojear", "sign_numbness": "el adormecimiento",
    "sign_pop": "un chasquido (pop)", "sign_bruising": "un moretón",
    "sign_fall": "una caída", "sign_hard_fall": "una caída fuerte", "sign_bone_pain": "un dolor en un punto del hueso",
    "sign_pain_7": "un dolor de {pain}/10",
    "sign_and": " y ",
    # The write policy asks before it writes what it is not sure of.
    "policy_confirm_run": "¿Registro {distance} {day}?",
    "policy_not_written": "No guardé nada: lo leí como pregunta o plan, no como algo que ya hiciste.",
}

REASONS = {
    "write_not_a_fact": "lo leí como una pregunta, un plan o un comentario, no como algo que ya hiciste, así que no "
                        "guardé nada",
    "not_sure_done": "no me queda claro si {km:g} km ya los hiciste o es lo que toca",
}

PHRASES.update({
    "ack_future_plan": "👌 ¡Dale! Cuando lo hagas, cuéntame cómo te fue y lo registro.",
    "ack_complaint": "Te entiendo 🙏. No cambié nada de lo que tienes registrado. El plan sube de a poco (más o "
                     "menos un 10 % por semana) para que llegues sano; si lo sientes muy suave, dime cuánto corres "
                     "normalmente y lo ajusto.",
    "ack_complaint_too_fast": "Te entiendo 🙏. No cambié nada de lo que tienes registrado. Los ritmos del plan "
                              "salen de tu mejor carrera reciente (tu VDOT); si una carrera tuya dice otra cosa, "
                              "cuéntame el tiempo y la fecha y los ajusto con ella. Las series deben sentirse duras "
                              "pero controladas: si no puedes sostener el ritmo, baja 5–10 s por km.",
    "ack_complaint_too_much": "Te entiendo 🙏. No cambié nada de lo que tienes registrado. Si el plan te parece "
                              "demasiado, dime cuánto corres de verdad a la semana y lo bajo: mejor llegar sano a la "
                              "carrera que pasado.",
    "ack_history": "Gracias por contarme 🙏 Lo tengo en cuenta para cuidar esa zona.",
    "ack_skipping_today": "Tranqui, un día sin salir no cambia nada 🙂 Retomamos el plan en la próxima salida, sin "
                          "intentar recuperarlo doblando.",
    "ack_negation": "¡Qué bueno! 💪 Gracias por contarme.",
    "ack_session_move": "Sí, puedes mover esa sesión 👍. Solo evita juntar dos días duros seguidos. Tus días de "
                        "entreno quedan como están.",
    "ack_statement": "👍 Gracias por contarme.",
})

# Memory questions answered from the profile (what the runner told at onboarding and since).
PHRASES.update({
    "profile_memory_race": "🏁 Tu carrera objetivo: {race}, el {date}{goal}.",
    "profile_memory_goal": ", con meta de {time}",
    "profile_memory_no_race": "🏁 Por ahora no tienes una carrera objetivo anotada.",
    "profile_memory_days": "📅 Entrenas: {days}{long}.",
    "profile_memory_long": " (fondo los {day})",
    "profile_memory_injuries": "🩹 Molestias abiertas: {injuries}.",
    "profile_memory_no_injuries": "🩹 No tienes molestias abiertas anotadas.",
    "profile_memory_history": "📝 Lo que me contaste de lesiones antes: {history}.",
    "profile_memory_best": "🏅 Tu mejor marca registrada: {distance} en {time} ({day}).",
    "profile_memory_week": "📊 Esta semana llevas {distance}.",
    "profile_memory_remembered": "Y de lo que hablamos:",
})

PHRASES.update({
    "race_tune_up": "🏁 ¡Bacán, una carrera antes de tu objetivo! La tomo como carrera de preparación; tu objetivo sigue "
                    "siendo {race}, el {date}. ¡Cuéntame cómo te va! Si prefieres que sea tu nueva meta, dime «nueva "
                    "meta: …».",
    "race_goal_time_dropped": "Listo, sin tiempo objetivo: la meta es terminarla bien y disfrutarla. Tu plan sigue hacia el mismo día 👍",
    "race_kept": "🏅 Lo tomo como una carrera que ya corriste, no como nueva meta: tu objetivo sigue siendo {race}, "
                 "el {date}. Si quieres cambiar de objetivo, dime «nueva meta: …».",
})
