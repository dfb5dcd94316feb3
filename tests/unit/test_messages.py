"""The message catalogue: both languages say the same things, in the words runners use."""
from __future__ import annotations

import string

import pytest

from application import messages
from application.understanding.intents import ASKABLE
from domain.conversation import Intent


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_phrases_with_the_same_placeholders():
    es, en = messages.CATALOGUES["es"], messages.CATALOGUES["en"]
    assert es.PHRASES.keys() == en.PHRASES.keys()
    assert es.REASONS.keys() == en.REASONS.keys()
    for key in es.PHRASES:
        assert _fields(es.PHRASES[key]) == _fields(en.PHRASES[key]), key


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_intent_the_coach_may_ask_about_has_a_button_title_whatsapp_accepts(language):
    for intent in ASKABLE:
        title = messages.say(language, f"intent_label_{intent.value}")
        assert 0 < len(title) <= 20, (intent, title)    # WhatsApp reply buttons: 20 characters at most


def test_spanish_uses_the_words_of_runners_in_ecuador():
    texts = " ".join([*messages.CATALOGUES["es"].PHRASES.values(),
                      *messages.CATALOGUES["es"].TABLES["SESSION_NAMES"].values()]).lower()
    for banned in ("tirada larga", "si te apetece", "vale", "móvil"):
        assert banned not in texts, banned


def test_a_missing_language_falls_back_to_spanish():
    assert messages.say("pt", "confirm_save_anyway") == messages.say("es", "confirm_save_anyway")
    assert Intent.CLARIFY not in ASKABLE
