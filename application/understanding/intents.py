"""What does the runner want? The intent classifier's guess, checked against what the slots say.

The classifier (application.understanding.classifier, over the multilingual embedder) generalises
to wordings nobody listed; the slot readers then veto a guess the message cannot carry out (a
"log run" with no run done in it). Below the classifier's confidence the coach asks which of its
best guesses was meant instead of guessing wrong: a wrong action is worse than a question.
"""
from __future__ import annotations

from datetime import date
from typing import Protocol

import attrs

from application.messages import CATALOGUES
from application.understanding.text import fold
from domain.conversation import Intent

# Intents the coach can be asked to choose between in a clarifying question (not reply-only ones).
ASKABLE = tuple(i for i in Intent if i not in (Intent.ONBOARDING, Intent.CLARIFY, Intent.UNKNOWN))


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


class Understand:
    def __init__(self, classifier: Classifier | None):
        self._classifier = classifier
        self._buttons = _button_intents()

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
        return Understanding(guess.intent, guess.confidence, alternatives, guess.is_confident)

    def button_intent(self, text: str) -> Intent | None:
        return self._buttons.get(fold(text).strip(" ¿?¡!."))


def wants_new_plan(text: str) -> bool:
    """'Crear mi plan', 'hazme un plan nuevo', 'new plan please': build one even if a plan is running."""
    from application.understanding.text import has_any
    return has_any(fold(text), _NEW_PLAN)


_NEW_PLAN = ("nuevo plan", "plan nuevo", "otro plan", "genera", "generar", "crea", "crear", "hazme", "arma", "armar",
             "new plan", "create", "make me", "build", "generate", "renueva", "renovar", "renew",
             "adapta", "adaptar", "adapt", "ajusta", "ajustar", "adjust", "quiero un plan",
             "i want a plan", "dame un plan", "give me a plan", "crear mi plan", "create my plan")
