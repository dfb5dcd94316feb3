"""Reading requests for pictures, session reminders and the calendar feed (issue 25).

Whole words on folded text (no accents, lower case), as runners write: "muestrame mi progreso",
"mandame el grafico", "show me my progress"; "recuerdame a las 6 am", "avisame 7 de la noche",
"no me recuerdes", "stop reminders"; "agrega mi plan al calendario", "add my plan to my calendar".
A message that is not one of these gives None, and the coach reads it as before.
"""
from __future__ import annotations

import re

import attrs

from application.understanding.text import fold, has_any

PROGRESS_CARD = "progress_card"
PLAN_PICTURE = "plan_picture"

_SHOW = ("muestrame", "muestreme", "muestra", "mostrar", "ensename", "ensenar", "mandame", "manda", "enviame",
         "envia", "pasame", "dame", "quiero ver", "ver", "veamos", "show", "show me", "send me", "see",
         "let me see", "view")
_PROGRESS = ("progreso", "progresos", "avance", "avances", "evolucion", "grafico", "grafica", "graficos",
             "tarjeta", "resumen visual", "estadisticas", "progress", "chart", "stats", "progress card")
_PROGRESS_QUESTIONS = ("como voy", "como vengo", "como estoy progresando", "how am i doing", "how am i progressing")
_PLAN = ("mi plan", "el plan", "plan", "mi bloque", "my plan", "the plan", "my block")
_PICTURE = ("imagen", "foto", "picture", "image", "pic", "grafico", "visual")
_CALENDAR = ("calendario", "calendar", "ical", "ics", "google calendar", "agenda")
_CALENDAR_ADD = ("agrega", "agregar", "agregame", "anade", "anadir", "pon", "poner", "ponme", "sincroniza",
                 "sincronizar", "suscribir", "link", "enlace", "add", "put", "sync", "subscribe", "export",
                 "exporta", "exportar", "meter", "mete", "quiero")
_REVOKE = ("revoca", "revocar", "cambia", "cambiar", "nuevo enlace", "otro enlace", "anula", "anular", "borra",
           "revoke", "reset", "new link", "invalidate")
_REMINDER_OFF = ("no me recuerdes", "no me recuerdes mas", "deja de recordarme", "sin recordatorios",
                 "no quiero recordatorios", "quita los recordatorios", "quitar recordatorios",
                 "desactiva los recordatorios", "desactivar recordatorios", "apaga los recordatorios",
                 "para los recordatorios", "no mas recordatorios", "stop reminders", "stop reminding me",
                 "don't remind me", "dont remind me", "no reminders", "turn off reminders", "no more reminders",
                 "disable reminders")
_REMINDER_ON = ("recuerdame", "recordarme", "recordatorio", "recordatorios", "avisame", "remind me", "reminder",
                "reminders")
_ABOUT_REMINDERS = ("recordatorio", "recordatorios", "entreno", "entrenos", "entrenamiento", "entrenamientos",
                    "sesion", "sesiones", "reminder", "reminders", "workout", "workouts", "session", "sessions",
                    "activa", "activar", "turn on")
_CLOCK = re.compile(r"(?<!\d)(\d{1,2})(?:\s*[:h.]\s*(\d{2})|\s+y\s+(media|cuarto))?\s*"
                    r"(am|pm|a\s?m|p\s?m|de la manana|de la tarde|de la noche|en la manana|en la tarde|"
                    r"en la noche|hrs|h)?(?!\w)")
_AFTERNOON = ("pm", "p m", "de la tarde", "de la noche", "en la tarde", "en la noche")
_MORNING = ("am", "a m", "de la manana", "en la manana")


def picture_request(text: str) -> str | None:
    """``PROGRESS_CARD`` or ``PLAN_PICTURE`` when the runner asks to see one; None otherwise."""
    folded = fold(text or "")
    if has_any(folded, _CALENDAR):
        return None                                   # "agrega mi plan al calendario": the feed
    if has_any(folded, _PROGRESS_QUESTIONS) and not re.search(r"como (voy|vengo) a\b", folded):
        return PROGRESS_CARD                          # "¿cómo voy?", not "¿cómo voy a hacer las series?"
    if has_any(folded, _PROGRESS) and (has_any(folded, _SHOW) or len(folded.split()) <= 3):
        return PROGRESS_CARD
    if has_any(folded, _PLAN) and (has_any(folded, _PICTURE) or has_any(folded, _SHOW)):
        return PLAN_PICTURE
    return None


def calendar_request(text: str) -> str | None:
    """"link" (add my plan to my calendar), "revoke" (a new link; the old one stops working), or None."""
    folded = fold(text or "")
    if not has_any(folded, _CALENDAR):
        return None
    if has_any(folded, _REVOKE):
        return "revoke"
    if has_any(folded, _CALENDAR_ADD) or has_any(folded, _PLAN) or len(folded.split()) <= 3:
        return "link"
    return None


@attrs.frozen
class ReminderChange:
    on: bool
    hour: int | None = None        # None: keep the runner's time
    minute: int = 0


def reminder_request(text: str) -> ReminderChange | None:
    """"no me recuerdes" → off; "recuérdame a las 6 am" → on at 06:00; "activa los recordatorios" →
    on at the runner's time. None when the message is not about reminders."""
    folded = fold(text or "").replace("’", "'")
    if has_any(folded, _REMINDER_OFF):
        return ReminderChange(on=False)
    if not has_any(folded, _REMINDER_ON):
        return None
    clock = _clock(folded)
    if clock is None:
        # "recuérdame estirar" is not about session reminders: without a time, only words about them.
        return ReminderChange(on=True) if has_any(folded, _ABOUT_REMINDERS) else None
    return ReminderChange(on=True, hour=clock[0], minute=clock[1])


def _clock(folded: str) -> tuple[int, int] | None:
    """The first time of day in the text: "6 am", "18:30", "5 y media de la mañana", "7 de la noche",
    "a las 6" (taken as
    written: 6 = 06:00; evening sessions' runners write "7 pm" or "19")."""
    for match in _CLOCK.finditer(folded):
        hour, marker = int(match.group(1)), (match.group(4) or "").strip()
        minute = int(match.group(2)) if match.group(2) else {"media": 30, "cuarto": 15}.get(match.group(3) or "", 0)
        if hour > 23 or minute > 59:
            continue
        before = folded[:match.start()]
        if not marker and not re.search(r"(a las|a la|at|las|para las|tipo)\s*$", before):
            continue                                   # a bare number ("2 recordatorios") is no time
        if marker in _AFTERNOON and hour < 12:
            hour += 12
        elif marker in _MORNING and hour == 12:
            hour = 0
        return hour, minute
    return None


_MORE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:km|k|kms|mi|millas|miles|min|mins|minutos|minutes|hrs?|horas)(?!\w)")
_MORE_WORDS = ("corri", "corrí", "hice", "trote", "entrene", "ran", "run", "did", "duele", "dolor", "molestia",
               "lesion", "hurts", "pain", "injury", "sore")


def says_more(text: str) -> bool:
    """Whether a settings request comes with something else for the coach ("recuérdame a las 6 y hoy
    corrí 8 km", "no me recuerdes, me duele la rodilla"): then the coach answers that too."""
    folded = fold(text or "")
    return bool(_MORE.search(folded)) or has_any(folded, _MORE_WORDS)
