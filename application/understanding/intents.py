"""What does the runner want? The intent classifier's guess, checked against what the slots say.

The classifier (application.understanding.classifier, over the multilingual embedder) generalises
to wordings nobody listed; the slot readers then veto a guess the message cannot carry out (a
"log run" with no run done in it). Below the classifier's confidence the coach asks which of its
best guesses was meant instead of guessing wrong: a wrong action is worse than a question.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Protocol

import attrs

from application.messages import CATALOGUES
from application.understanding.text import fold, has_any
from domain.conversation import Intent

log = logging.getLogger(__name__)

# Intents the coach can be asked to choose between in a clarifying question (not reply-only ones).
ASKABLE = tuple(i for i in Intent if i not in (Intent.ONBOARDING, Intent.CLARIFY, Intent.UNKNOWN, Intent.RED_FLAG))


class IntentGuessLike(Protocol):
    intent: Intent
    confidence: float
    alternatives: tuple[tuple[Intent, float], ...]

    @property
    def is_confident(self) -> bool: ...


class Classifier(Protocol):
    def classify(self, text: str) -> IntentGuessLike: ...


@attrs.frozen
class Understanding:
    intent: Intent
    confidence: float
    alternatives: tuple[Intent, ...] = ()     # the next best guesses, best first
    confident: bool = True

    @property
    def guesses(self) -> tuple[Intent, ...]:
        """Up to three intents to offer in a clarifying question, the best guess first."""
        ordered = [self.intent, *self.alternatives]
        return tuple(i for i in dict.fromkeys(ordered) if i in ASKABLE)[:3]


def _button_intents() -> dict[str, Intent]:
    """A pressed button comes back as its title: map every title, in every language, to its intent."""
    found: dict[str, Intent] = {}
    for catalogue in CATALOGUES.values():
        for key, title in catalogue.PHRASES.items():
            if key.startswith("intent_label_"):
                found[fold(title).strip(" ¿?¡!.")] = Intent(key.removeprefix("intent_label_"))
    for title, intent in (("crear mi plan", Intent.PLAN_REQUEST), ("create my plan", Intent.PLAN_REQUEST),
                          ("que toca hoy", Intent.SESSION_QUERY), ("what's today", Intent.SESSION_QUERY),
                          ("whats today", Intent.SESSION_QUERY), ("como voy", Intent.PROGRESS),
                          ("how am i doing", Intent.PROGRESS)):
        found[title] = intent
    return found


class KnowledgeLike(Protocol):
    def answer(self, question: str, language: str) -> object | None: ...
    def is_off_topic(self, question: str) -> bool: ...


def _evidence(knowledge: KnowledgeLike | None) -> dict[Intent, Callable[[str, date], bool]]:
    """What each intent needs to find in the message to be carried out. When the classifier is
    unsure, the first of its best guesses whose slots are there is taken: "cuánta agua tomo en un
    fondo" is a running question because the knowledge base has the answer; "prefiero lunes y
    jueves" sets the schedule because it names the days."""
    from application.understanding.body import body_parts_in, mentions_pain
    from application.understanding.corrections import parse_correction, parse_deletion
    from application.understanding.cross_training import parse_cross_training
    from application.understanding.race import parse_race
    from application.understanding.run_report import parse_runs
    from application.understanding.schedule import parse_schedule, parse_units

    def race(text: str, today: date) -> bool:
        found = parse_race(text, today)
        return found is not None and (found.race_date is not None or found.goal_time_s is not None
                                      or found.has_race is False)

    def schedule(text: str, today: date) -> bool:
        found = parse_schedule(text)
        return found is not None and bool(found.run_days or found.long_run_day is not None)

    evidence: dict[Intent, Callable[[str, date], bool]] = {
        Intent.LOG_RUN: lambda text, today: any(not r.planned for r in parse_runs(text, today)),
        Intent.LOG_CROSS_TRAINING: lambda text, today: parse_cross_training(text, today) is not None,
        Intent.CORRECT_RUN: lambda text, today: parse_correction(text, today) is not None,
        Intent.DELETE_RUN: lambda text, today: parse_deletion(text, today) is not None,
        Intent.SET_RACE: race,
        Intent.SET_SCHEDULE: schedule,
        Intent.SET_UNITS: lambda text, today: parse_units(text) is not None,
        Intent.INJURY_REPORT: lambda text, today: bool(body_parts_in(text)) and mentions_pain(text),
    }
    for intent, cues in _CUES.items():
        evidence[intent] = _cue_check(cues)
    if knowledge is not None:
        evidence[Intent.RUNNING_QUESTION] = lambda text, today: knowledge.answer(text, "es") is not None
        evidence[Intent.OUT_OF_SCOPE] = lambda text, today: knowledge.is_off_topic(text)
    return evidence


# For intents with no value to read, the words that must be there for an unsure guess to be taken.
_CUES: dict[Intent, tuple[str, ...]] = {
    Intent.PACE_QUESTION: ("ritmo", "ritmos", "pace", "paces", "vdot", "zonas", "zones", "prediccion", "predict",
                           "a que velocidad", "how fast", "tiempo estimado", "que tiempo haria"),
    Intent.SESSION_QUERY: ("toca", "today", "tomorrow", "hoy", "manana", "esta semana", "this week", "next session",
                           "proxima sesion", "proximo entreno", "what's on", "whats on", "que sigue",
                           "programado", "programada", "planificado", "scheduled", "planned", "on the plan",
                           "en el plan", "que tengo", "q tengo", "what do i have", "what have i got",
                           "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "monday",
                           "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    Intent.PLAN_REQUEST: ("plan", "planes", "bloque", "block", "programa", "schedule"),
    Intent.PROGRESS: ("como voy", "como me fue", "progreso", "progress", "how am i doing", "how did", "resumen",
                      "summary", "cuantos km", "how many km", "kilometraje", "mileage", "estadisticas", "stats"),
    Intent.MISSED_SESSION: ("no pude", "no alcance", "no corri", "no entrene", "no sali", "no fui", "me salte",
                            "skipped", "missed", "couldn't", "couldnt", "could not", "didn't run", "didnt run",
                            "hoy nada", "nada hoy", "hoy no", "no run", "no running", "no trot", "rest day", "day off",
                            "dia libre", "descanse", "descanso hoy", "sin correr", "no hubo", "ni corri", "not today",
                            "no workout", "no training", "no entreno", "hoy tampoco", "took the day", "me tome el dia"),
    Intent.SHOULD_I_RUN: ("deberia", "debo correr", "descanso o", "corro hoy", "should i run", "should i rest",
                          "rest or run", "run or rest", "ok to run today", "puedo correr"),
    Intent.MEMORY_QUESTION: ("que hablamos", "que te dije", "que te conte", "recuerdas", "te acuerdas",
                             "what did i tell", "what did i say", "what did we talk", "do you remember"),
    Intent.GREETING: ("hola", "holaa", "holaaa", "buenas", "buenos dias", "hello", "hi", "hey", "good morning",
                      "que tal", "q tal"),
    Intent.SMALL_TALK: ("gracias", "thanks", "thank you", "thx", "ok", "listo", "dale", "perfecto", "genial",
                        "great", "cool", "bacan", "chevere", "👍", "🙌"),
    Intent.HELP: ("ayuda", "help", "que puedes hacer", "what can you do", "como funciona", "how does this work",
                  "menu", "comandos"),
    Intent.INJURY_UPDATE: ("mejor", "peor", "better", "worse", "igual", "same", "ya no", "no longer", "sigue",
                           "still"),
    Intent.PROFILE_UPDATE: ("me llamo", "my name", "llamame", "call me", "anos", "years old", "nivel", "level",
                            "dias por semana", "days a week", "edad", "age", "tengo", "i'm", "im "),
}


SURE = 0.6    # above this the classifier's guess stands even when no cue word is there


class Understand:
    def __init__(self, classifier: Classifier | None, knowledge: KnowledgeLike | None = None):
        self._classifier = classifier
        self._buttons = _button_intents()
        self._evidence = _evidence(knowledge)

    def __call__(self, text: str, today: date) -> Understanding:
        folded = fold(text).strip(" ¿?¡!.")
        if not folded:
            return Understanding(Intent.UNKNOWN, 0.0, confident=False)
        if folded in self._buttons:
            return Understanding(self._buttons[folded], 1.0)
        if self._classifier is None:
            return Understanding(Intent.UNKNOWN, 0.0, confident=False)
        guess = self._classifier.classify(text)
        alternatives = tuple(intent for intent, _ in guess.alternatives)
        understood = Understanding(guess.intent, guess.confidence, alternatives, guess.is_confident)
        check = self._evidence.get(understood.intent)
        if understood.confident:
            if guess.confidence >= SURE or check is None or _holds(check, text, today):
                return understood
            # Confident, but the message holds nothing the intent needs ("mmm 8" as a profile change):
            # fall through to the evidence of the other guesses, or ask.
            understood = attrs.evolve(understood, confident=False)
        for intent in understood.guesses:
            check = self._evidence.get(intent)
            if check is not None and _holds(check, text, today):
                rest = tuple(i for i in understood.guesses if i is not intent)
                return Understanding(intent, guess.confidence, rest, confident=True)
        return understood

    def has_evidence(self, intent: Intent, text: str, today: date) -> bool:
        """The message holds what ``intent`` needs (a run's distance, a race, a day…); True when the
        intent needs nothing in particular."""
        check = self._evidence.get(intent)
        return check is None or _holds(check, text, today)

    def button_intent(self, text: str) -> Intent | None:
        return self._buttons.get(fold(text).strip(" ¿?¡!."))


def _cue_check(cues: tuple[str, ...]) -> Callable[[str, date], bool]:
    def check(text: str, today: date) -> bool:
        return has_any(fold(text), cues)
    return check


def _holds(check: Callable[[str, date], bool], text: str, today: date) -> bool:
    try:
        return bool(check(text, today))
    except Exception:        # a slot reader's bug must not cost the runner an answer: ask instead
        log.exception("slot evidence failed")
        return False


def wants_new_plan(text: str) -> bool:
    """'Crear mi plan', 'hazme un plan nuevo', 'new plan please': build one even if a plan is running."""
    return has_any(fold(text), _NEW_PLAN)


_NEW_PLAN = ("nuevo plan", "plan nuevo", "otro plan", "genera", "generar", "crea", "crear", "hazme", "arma", "armar",
             "new plan", "create", "make me", "build", "generate", "renueva", "renovar", "renew",
             "adapta", "adaptar", "adapt", "ajusta", "ajustar", "adjust", "quiero un plan",
             "i want a plan", "dame un plan", "give me a plan", "crear mi plan", "create my plan")
