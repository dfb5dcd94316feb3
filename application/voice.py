"""The coach's words, in Spanish and English. One place, so the tone stays the same everywhere."""
from __future__ import annotations

_PHRASES: dict[str, dict[str, str]] = {
    # --- onboarding
    "welcome": {
        "es": "¡Hola! Soy Andes, tu entrenador de running 🏔️. Te voy a hacer unas preguntas rápidas para "
              "armar un plan a tu medida. ¿Cómo te llamas?",
        "en": "Hi! I'm Andes, your running coach 🏔️. A few quick questions so I can build a plan that fits "
              "you. What's your name?",
    },
    "ask_name": {"es": "¿Cómo te llamas?", "en": "What's your name?"},
    "ask_age": {"es": "Mucho gusto, {name}. ¿Cuántos años tienes?", "en": "Nice to meet you, {name}. How old are you?"},
    "ask_goal_race": {
        "es": "¿Para qué distancia quieres entrenar? 5k, 10k, media maratón o maratón.",
        "en": "What distance are you training for? 5k, 10k, half marathon or marathon.",
    },
    "ask_weekly_frequency": {
        "es": "¿Cuántos días por semana puedes correr? (de 1 a 7)",
        "en": "How many days a week can you run? (1 to 7)",
    },
    "ask_fitness_level": {
        "es": "¿Cómo describirías tu nivel: principiante, intermedio o avanzado?",
        "en": "How would you describe your level: beginner, intermediate or advanced?",
    },
    "ask_injury_history": {
        "es": "¿Has tenido lesiones o tienes alguna molestia ahora? (o escribe «ninguna»)",
        "en": "Any injuries in the past, or anything bothering you now? (or write \"none\")",
    },
    "ask_motivation": {
        "es": "Última: ¿qué te motiva a correr? ¿Tienes una carrera en mente?",
        "en": "Last one: what motivates you to run? Any race in mind?",
    },
    "onboarding_done": {
        "es": "¡Listo, {name}! Tengo tu perfil: objetivo {goal}, {frequency} días por semana, nivel {level}. "
              "Cuéntame cada carrera que hagas (por ejemplo «hoy corrí 8 km en 45 min») y pídeme tu plan "
              "cuando quieras.",
        "en": "All set, {name}! Your profile: goal {goal}, {frequency} days a week, {level} level. Tell me "
              "about every run (e.g. \"ran 5 miles in 42:30\") and ask me for your plan whenever you like.",
    },
    "not_understood_age": {
        "es": "No logré leer tu edad. Escríbela en números, por ejemplo «34».",
        "en": "I couldn't read your age. Please write it as a number, e.g. \"34\".",
    },
    "not_understood_goal_race": {
        "es": "No reconocí la distancia. Elige una: 5k, 10k, media maratón o maratón.",
        "en": "I didn't recognise the distance. Pick one: 5k, 10k, half marathon or marathon.",
    },
    "not_understood_weekly_frequency": {
        "es": "Necesito un número de días entre 1 y 7, por ejemplo «4».",
        "en": "I need a number of days between 1 and 7, e.g. \"4\".",
    },
    "not_understood_fitness_level": {
        "es": "Dime si eres principiante, intermedio o avanzado.",
        "en": "Tell me if you're a beginner, intermediate or advanced.",
    },
    "not_understood_name": {
        "es": "¿Cómo quieres que te llame? Escribe solo tu nombre.",
        "en": "What should I call you? Just write your name.",
    },
    "invalid_answer": {"es": "Mmm, {reason}. ¿Me lo escribes de nuevo?", "en": "Hmm, {reason}. Could you write it again?"},
    # --- runs
    "run_logged": {
        "es": "✅ Registré tu carrera del {day}: {distance} km{time}{pace}.",
        "en": "✅ Logged your run on {day}: {distance} km{time}{pace}.",
    },
    "run_needs_distance": {
        "es": "¡Bien por salir a correr! ¿Cuántos kilómetros hiciste y en cuánto tiempo? "
              "Por ejemplo: «8 km en 45 min».",
        "en": "Nice work getting out there! How far did you run and how long did it take? "
              "For example: \"5 miles in 42:30\".",
    },
    "run_refused": {
        "es": "No pude registrar esa carrera: {reason}. ¿Me la escribes de nuevo?",
        "en": "I couldn't log that run: {reason}. Could you send it again?",
    },
    "run_ache_noted": {
        "es": "Anoté la molestia en {parts}. Si sigue, bajamos la intensidad: dime si duele al caminar.",
        "en": "I noted the {parts} discomfort. If it persists we'll ease off: tell me if it hurts to walk.",
    },
    "runs_count": {
        "es": "Llevas {count} carreras registradas.",
        "en": "You have {count} runs logged.",
    },
    "runs_count_one": {
        "es": "Es tu primera carrera registrada. ¡A por más!",
        "en": "That's your first run logged. Many more to come!",
    },
    "longest_run": {
        "es": "🎉 ¡Es tu carrera más larga registrada! (antes: {previous:g} km)",
        "en": "🎉 That's your longest run logged! (before: {previous:g} km)",
    },
    "fastest_pace": {
        "es": "⚡ ¡Tu ritmo más rápido en {min_km:g} km o más! (antes: {previous}/km)",
        "en": "⚡ Your fastest pace over {min_km:g} km or more! (before: {previous}/km)",
    },
    "week_km": {"es": "Llevas {km:g} km esta semana.", "en": "That's {km:g} km this week."},
    "first_plan_offer": {
        "es": "Con esto ya puedo armarte un plan de 14 días. ¿Lo creamos?",
        "en": "That's enough for me to build your 14-day plan. Shall we?",
    },
    # --- plans
    "plan_header": {
        "es": "📋 Tu plan del {start} al {end} ({km} km, VDOT {vdot}):",
        "en": "📋 Your plan from {start} to {end} ({km} km, VDOT {vdot}):",
    },
    "plan_none": {
        "es": "Aún no tienes un plan activo. ¿Te armo uno de 14 días?",
        "en": "You don't have an active plan yet. Shall I build a 14-day one?",
    },
    "today_session": {"es": "Hoy toca: {session}", "en": "Today: {session}"},
    "tomorrow_session": {"es": "Mañana toca: {session}", "en": "Tomorrow: {session}"},
    "plan_ended": {
        "es": "Tu bloque terminó el {end}. ¿Armamos el siguiente?",
        "en": "Your block ended on {end}. Shall we build the next one?",
    },
    # --- paces
    "paces": {
        "es": "Con tu VDOT {vdot} tus ritmos son (min/km):\n• Suave: {easy}\n• Maratón: {marathon}\n"
              "• Umbral: {threshold}\n• Intervalos: {interval}\n• Repeticiones: {repetition}",
        "en": "With your VDOT of {vdot} your paces are (min/km):\n• Easy: {easy}\n• Marathon: {marathon}\n"
              "• Threshold: {threshold}\n• Interval: {interval}\n• Repetition: {repetition}",
    },
    "predictions": {"es": "Tiempos estimados: {times}", "en": "Predicted times: {times}"},
    # --- injuries
    "injury_recorded": {
        "es": "Siento lo de tu {part} 😕. Lo anoté como molestia {severity}. {advice}",
        "en": "Sorry about your {part} 😕. I noted it as a {severity} issue. {advice}",
    },
    "injury_advice_mild": {
        "es": "Por ahora nada de series ni cuestas: solo rodajes suaves, y si duele al correr, para.",
        "en": "For now no intervals or hills: easy runs only, and stop if it hurts while running.",
    },
    "injury_advice_moderate": {
        "es": "Cambiemos la carrera por bici, natación o elíptica unos días, sin impacto.",
        "en": "Let's swap running for bike, swim or elliptical for a few days: no impact.",
    },
    "injury_advice_severe": {
        "es": "Descansa y consulta a un fisioterapeuta o médico antes de volver a correr.",
        "en": "Rest, and see a physio or doctor before running again.",
    },
    "injury_plan_adapted": {
        "es": "Ajusté tu plan por la lesión:", "en": "I adjusted your plan for the injury:",
    },
    "injury_resolved": {
        "es": "¡Qué buena noticia que tu {part} esté mejor! 💪 Volvemos poco a poco.",
        "en": "Great news that your {part} is better! 💪 We'll build back gradually.",
    },
    "injury_ask_part": {
        "es": "Siento que tengas dolor. ¿Dónde exactamente? (rodilla, tobillo, gemelo…)",
        "en": "Sorry you're in pain. Where exactly? (knee, ankle, calf…)",
    },
    # --- progress
    "progress_none": {
        "es": "Aún no tengo carreras tuyas en los últimos {days} días. ¡Cuéntame la próxima!",
        "en": "I have no runs from you in the last {days} days yet. Tell me about the next one!",
    },
    # --- memory
    "memory_header": {"es": "Esto es lo que recuerdo:", "en": "Here's what I remember:"},
    "memory_none": {
        "es": "No encuentro nada de eso en lo que hemos hablado.",
        "en": "I can't find anything about that in what we've talked about.",
    },
    # --- profile
    "profile_updated": {"es": "Actualicé tu perfil: {changes}.", "en": "Updated your profile: {changes}."},
    "profile_nothing": {
        "es": "¿Qué quieres cambiar? Puedo actualizar tu objetivo, días por semana, nivel o nombre.",
        "en": "What would you like to change? I can update your goal, days per week, level or name.",
    },
    # --- small talk and fallbacks
    "greeting": {
        "es": "¡Hola, {name}! ¿Cómo te fue hoy? Cuéntame tu carrera o pregúntame por tu plan.",
        "en": "Hi {name}! How did it go today? Tell me about your run or ask about your plan.",
    },
    "thanks": {"es": "¡A ti! Aquí estoy cuando me necesites 🏃", "en": "Anytime! I'm here when you need me 🏃"},
    "help": {
        "es": "Puedo:\n• Registrar tus carreras: «hoy corrí 8 km en 45 min, RPE 6»\n• Darte tu plan de 14 días: "
              "«mi plan» o «qué toca hoy»\n• Decirte tus ritmos: «¿a qué ritmo corro?»\n• Tu progreso: «¿cómo voy?»\n"
              "• Adaptar el plan si te duele algo: «me duele la rodilla»\n• Recordar lo que me contaste.",
        "en": "I can:\n• Log your runs: \"ran 5 miles in 42:30, RPE 6\"\n• Give you your 14-day plan: \"my plan\" "
              "or \"what's today\"\n• Tell you your paces: \"what pace should I run?\"\n• Your progress: \"how am "
              "I doing?\"\n• Adapt the plan if something hurts: \"my knee hurts\"\n• Remember what you told me.",
    },
    "unknown": {
        "es": "No estoy seguro de haberte entendido. Puedes contarme una carrera («corrí 5 km en 30 min»), "
              "pedir tu plan, tus ritmos o tu progreso.",
        "en": "I'm not sure I got that. You can tell me about a run (\"ran 5 km in 30 min\"), or ask for "
              "your plan, your paces or your progress.",
    },
}

# Domain rule violations, by DomainError.code, in the runner's words.
_REASONS: dict[str, dict[str, str]] = {
    "distance_not_positive": {"es": "una distancia de {km:g} km no es posible, tiene que ser mayor que cero",
                              "en": "a distance of {km:g} km isn't possible, it has to be more than zero"},
    "distance_too_long": {"es": "{km:g} km en una sola carrera es más de {limit} km",
                          "en": "{km:g} km in a single run is more than {limit} km"},
    "duration_not_positive": {"es": "el tiempo tiene que ser mayor que cero",
                              "en": "the time has to be more than zero"},
    "rpe_out_of_range": {"es": "el esfuerzo percibido (RPE) va de 1 a 10, y me dijiste {rpe:g}",
                         "en": "perceived effort (RPE) goes from 1 to 10, and you said {rpe:g}"},
    "pace_impossible": {"es": "{km:g} km en {minutes} min sería un ritmo de {pace}/km, más rápido que "
                              "cualquier humano: revisa la distancia y el tiempo",
                        "en": "{km:g} km in {minutes} min would be a {pace}/km pace, faster than any human: "
                              "check the distance and the time"},
    "age_out_of_range": {"es": "{age} años está fuera del rango de 10 a 100",
                         "en": "{age} years is outside the 10 to 100 range"},
    "frequency_out_of_range": {"es": "{days} días por semana está fuera del rango de 1 a 7",
                               "en": "{days} days a week is outside the 1 to 7 range"},
}


def reason(language: str, error) -> str:
    """A DomainError explained in the runner's language (its English reason when no phrase fits)."""
    template = _REASONS.get(getattr(error, "code", ""), {}).get(language)
    if not template:
        return getattr(error, "reason", str(error))
    try:
        return template.format(**error.params)
    except (KeyError, ValueError):
        return error.reason


SESSION_NAMES = {
    "easy": {"es": "rodaje suave", "en": "easy run"},
    "long": {"es": "tirada larga", "en": "long run"},
    "threshold": {"es": "umbral", "en": "threshold"},
    "intervals": {"es": "intervalos", "en": "intervals"},
    "repetition": {"es": "repeticiones", "en": "repetitions"},
    "marathon_pace": {"es": "ritmo maratón", "en": "marathon pace"},
    "cross_training": {"es": "entrenamiento cruzado", "en": "cross-training"},
    "rest": {"es": "descanso", "en": "rest"},
}
GOAL_NAMES = {
    "5k": {"es": "5k", "en": "5k"}, "10k": {"es": "10k", "en": "10k"},
    "half": {"es": "media maratón", "en": "half marathon"}, "marathon": {"es": "maratón", "en": "marathon"},
}
LEVEL_NAMES = {
    "beginner": {"es": "principiante", "en": "beginner"},
    "intermediate": {"es": "intermedio", "en": "intermediate"},
    "advanced": {"es": "avanzado", "en": "advanced"},
}
SEVERITY_NAMES = {
    "mild": {"es": "leve", "en": "mild"}, "moderate": {"es": "moderada", "en": "moderate"},
    "severe": {"es": "fuerte", "en": "severe"},
}
FIELD_NAMES = {
    "name": {"es": "nombre", "en": "name"}, "age": {"es": "edad", "en": "age"},
    "goal_race": {"es": "objetivo", "en": "goal"}, "weekly_frequency": {"es": "días por semana", "en": "days a week"},
    "fitness_level": {"es": "nivel", "en": "level"}, "motivation": {"es": "motivación", "en": "motivation"},
    "injury_history": {"es": "lesiones", "en": "injuries"}, "timezone": {"es": "zona horaria", "en": "timezone"},
    "language": {"es": "idioma", "en": "language"},
}
RACE_NAMES = {"1500m": {"es": "1500 m", "en": "1500 m"}, "mile": {"es": "milla", "en": "mile"},
              **{k: v for k, v in GOAL_NAMES.items()}}
WEEKDAYS = {
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def say(language: str, key: str, **values) -> str:
    phrase = _PHRASES[key]
    return phrase.get(language, phrase["es"]).format(**values)


def name_of(table: dict[str, dict[str, str]], value, language: str) -> str:
    value = getattr(value, "value", value)
    return table.get(value, {}).get(language, str(value))


def short_date(day, language: str) -> str:
    return f"{WEEKDAYS.get(language, WEEKDAYS['es'])[day.weekday()]} {day.day}/{day.month}"
