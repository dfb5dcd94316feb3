"""What does the runner want? Keyword rules good enough for the offline coach."""
from __future__ import annotations

import re
from datetime import date

from application.understanding.body import body_parts_in, mentions_pain, says_recovered
from application.understanding.run_report import RunReport, parse_run_report
from application.understanding.text import fold, has_any
from domain.conversation import Intent

_PLAN = ("plan", "planes", "entrenamiento", "entrenamientos", "rutina", "programa", "calendario",
         "que hago hoy", "que hago manana", "que toca", "toca hoy", "toca manana", "sesion de hoy",
         "training", "schedule", "workout", "what should i do", "what do i do", "today's session",
         "todays session", "next session", "proxima sesion", "bloque", "block")
_NEW_PLAN = ("nuevo plan", "otro plan", "genera", "generar", "crea", "crear", "hazme", "arma", "armar",
             "new plan", "create", "make me", "build", "generate", "renueva", "renovar", "renew",
             "adapta", "adaptar", "adapt", "ajusta", "ajustar", "adjust", "quiero un plan",
             "i want a plan", "dame un plan", "give me a plan", "crear mi plan", "create my plan")
_PROGRESS = ("progreso", "como voy", "resumen", "estadisticas", "cuantos km", "cuanto he corrido",
             "kilometraje", "avance", "progress", "how am i doing", "summary", "stats", "how much have i",
             "how many km", "mileage", "mis carreras", "my runs", "historial", "history")
_PACE = ("ritmo", "ritmos", "pace", "paces", "vdot", "zonas", "zones", "a que velocidad", "how fast",
         "tiempo en", "predict", "prediccion", "cuanto haria", "what time")
_MEMORY = ("que hablamos", "que te dije", "que te conte", "recuerdas", "te acuerdas", "te habia dicho",
           "what did we talk", "what did i say", "what did i tell", "do you remember", "remember when",
           "what have i told", "lo que te dije")
_GREETING = ("hola", "buenas", "buenos dias", "buenas tardes", "buenas noches", "hello", "hi", "hey",
             "good morning", "good evening", "que tal")
_HELP = ("ayuda", "help", "que puedes hacer", "what can you do", "como funciona", "how does this work",
         "comandos", "commands", "menu")
_THANKS = ("gracias", "thanks", "thank you", "genial", "perfecto", "ok", "vale", "listo", "great")
_PROFILE = ("cambia mi", "cambiar mi", "actualiza", "actualizar", "mi objetivo", "mi meta", "ahora quiero",
            "ya no quiero", "dias por semana", "veces por semana", "days a week", "times a week",
            "change my", "update my", "my goal", "now i want", "me llamo", "my name is", "tengo anos",
            "mi nivel", "my level", "llamame", "call me")


def classify(text: str, today: date) -> tuple[Intent, RunReport]:
    """The intent of a message, and the run report read from it (useful for several intents)."""
    f = fold(text)
    report = parse_run_report(text, today)
    if has_any(f, _MEMORY):
        return Intent.MEMORY_QUESTION, report
    if report.mentions_running and report.distance_km is not None and not f.rstrip().endswith("?"):
        return Intent.LOG_RUN, report
    if has_any(f, ("corri", "trote", "trotar", "sali a correr", "fui a correr", "ran", "jogged")) \
            and not f.rstrip().endswith("?"):
        return Intent.LOG_RUN, report   # a run with no distance: the coach asks for it
    if (mentions_pain(text) or says_recovered(text)) and body_parts_in(text):
        return Intent.INJURY_REPORT, report
    if re.match(r"\W*(gracias|muchas gracias|thanks|thank you)\b", f) and "?" not in f:
        return Intent.SMALL_TALK, report
    if has_any(f, _PROFILE):
        return Intent.PROFILE_UPDATE, report
    if has_any(f, _PACE):
        return Intent.PACE_QUESTION, report
    if has_any(f, _PROGRESS):
        return Intent.PROGRESS, report
    if has_any(f, _PLAN) or has_any(f, _NEW_PLAN):
        return Intent.PLAN_REQUEST, report
    if has_any(f, _HELP):
        return Intent.HELP, report
    if has_any(f, _GREETING):
        return Intent.GREETING, report
    if has_any(f, _THANKS):
        return Intent.SMALL_TALK, report
    return Intent.UNKNOWN, report


def wants_new_plan(text: str) -> bool:
    return has_any(fold(text), _NEW_PLAN)
