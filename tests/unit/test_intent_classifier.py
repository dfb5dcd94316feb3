"""The intent classifier (application/understanding/classifier.py), its bank and the corpus splits."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

import application.understanding.classifier as classifier_module
from adapters.hashing_embedder import HashingEmbedder
from application.understanding.classifier import (
    DATA_DIR,
    IntentClassifier,
    IntentGuess,
    LabelledExample,
    load_examples,
    normalize,
)
from benchmarks.understanding import (
    CORPUS_PATH,
    TEST_PATH,
    read_jsonl,
    run_fields_mismatches,
    split,
)
from domain.conversation import Intent

NOT_IN_BANK = {Intent.ONBOARDING, Intent.CLARIFY, Intent.UNKNOWN, Intent.RED_FLAG}   # reply-only intents

FIXTURE = [
    LabelledExample("hoy corri 10 km en 55 min", Intent.LOG_RUN, "es"),
    LabelledExample("ayer trote 8 km", Intent.LOG_RUN, "es"),
    LabelledExample("ran 5 km today in 30 min", Intent.LOG_RUN, "en"),
    LabelledExample("did 12 km yesterday", Intent.LOG_RUN, "en"),
    LabelledExample("hola", Intent.GREETING, "es"),
    LabelledExample("buenos dias", Intent.GREETING, "es"),
    LabelledExample("hello there", Intent.GREETING, "en"),
    LabelledExample("hi coach", Intent.GREETING, "en"),
    LabelledExample("borra mi ultimo entreno", Intent.DELETE_RUN, "es"),
    LabelledExample("elimina la corrida de ayer", Intent.DELETE_RUN, "es"),
    LabelledExample("delete my last run", Intent.DELETE_RUN, "en"),
    LabelledExample("remove yesterday's run", Intent.DELETE_RUN, "en"),
]


class CountingEmbedder(HashingEmbedder):
    """A hashing embedder that counts the texts it embeds."""
    def __init__(self) -> None:
        super().__init__()
        self.queries = 0
        self.documents = 0

    def embed_query(self, text: str) -> list[float]:
        self.queries += 1
        return super().embed_query(text)

    def embed_documents(self, texts):  # type: ignore[no-untyped-def]
        self.documents += len(texts)
        return super().embed_documents(texts)


def small_classifier(**kwargs) -> IntentClassifier:  # type: ignore[no-untyped-def]
    return IntentClassifier(HashingEmbedder(), examples=FIXTURE, cache_dir=None, **kwargs)


# --- classify --------------------------------------------------------------------------------

def test_classifies_close_paraphrases_of_its_examples_in_both_languages():
    classifier = small_classifier()
    assert classifier.classify("hoy corrí 7 km").intent is Intent.LOG_RUN
    assert classifier.classify("ran 9 km yesterday").intent is Intent.LOG_RUN
    assert classifier.classify("Hola!! 👋").intent is Intent.GREETING
    assert classifier.classify("please delete my last run").intent is Intent.DELETE_RUN


def test_a_guess_has_a_probability_and_best_first_alternatives_without_itself():
    guess = small_classifier().classify("borra el entreno de ayer")
    assert guess.intent is Intent.DELETE_RUN
    assert 0.0 < guess.confidence <= 1.0
    probabilities = [guess.confidence] + [p for _, p in guess.alternatives]
    assert probabilities == sorted(probabilities, reverse=True)
    assert guess.intent not in [i for i, _ in guess.alternatives]
    assert len(guess.alternatives) <= 3
    assert sum(probabilities) <= 1.0 + 1e-5
    assert guess.top(3)[0] is Intent.DELETE_RUN


def test_the_threshold_decides_whether_the_coach_is_confident():
    assert small_classifier(threshold=0.0).classify("hola").is_confident
    unsure = small_classifier(threshold=1.01).classify("hola")
    assert not unsure.is_confident and unsure.threshold == 1.01
    assert IntentGuess(Intent.HELP, 0.5, (), 0.4).is_confident
    assert not IntentGuess(Intent.HELP, 0.3, (), 0.4).is_confident


def test_empty_or_blank_text_is_unknown_and_not_confident():
    for text in ("", "   ", "\n"):
        guess = small_classifier().classify(text)
        assert guess.intent is Intent.UNKNOWN and not guess.is_confident


def test_accents_case_and_stretched_letters_do_not_change_the_guess():
    classifier = small_classifier()
    a = classifier.probabilities(["Hoy corrí 10 KM"])[0]
    b = classifier.probabilities(["hoy corri 10 km"])[0]
    assert np.allclose(a, b)
    assert normalize("  Holaaaa   Coach  ") == "holaa coach"
    assert normalize("Bacán, ÑAÑO 👍") == "bacan, nano ok"


# --- the bank cache ----------------------------------------------------------------------------

def _write_bank(path: Path, examples: list[LabelledExample]) -> None:
    path.write_text("".join(json.dumps({"text": e.text, "intent": e.intent.value, "lang": e.lang}) + "\n"
                            for e in examples), encoding="utf-8")


def test_the_bank_is_embedded_once_then_read_from_the_cache_and_recomputed_when_stale(tmp_path, monkeypatch):
    bank = tmp_path / "intent_examples.jsonl"
    _write_bank(bank, FIXTURE)
    monkeypatch.setattr(classifier_module, "BANK_PATH", bank)

    first = CountingEmbedder()
    expected = IntentClassifier(first, cache_dir=tmp_path).classify("delete my last run")
    assert first.documents + first.queries >= len(FIXTURE)     # the whole bank was embedded
    assert (tmp_path / "intent_examples.countingembedder.npz").exists()

    classifier_module._TRAINED.clear()   # as a new process would: read the file
    second = CountingEmbedder()
    guess = IntentClassifier(second, cache_dir=tmp_path).classify("delete my last run")
    assert second.documents == 0 and second.queries == 2         # the probe and the message only
    assert guess.intent is expected.intent and guess.confidence == pytest.approx(expected.confidence)

    _write_bank(bank, FIXTURE + [LabelledExample("ayuda", Intent.HELP, "es")])
    classifier_module._TRAINED.clear()
    third = CountingEmbedder()
    assert Intent.HELP in IntentClassifier(third, cache_dir=tmp_path).labels
    assert third.documents + third.queries > len(FIXTURE)     # stale: embedded again


def test_a_second_classifier_of_the_process_reuses_the_trained_model():
    first = CountingEmbedder()
    IntentClassifier(first, examples=FIXTURE, cache_dir=None).warm_up()
    again = CountingEmbedder()
    IntentClassifier(again, examples=FIXTURE, cache_dir=None).warm_up()
    assert again.queries == 1 and again.documents == 0   # the probe only


def test_the_shipped_hashing_cache_is_fresh_for_the_bank(tmp_path):
    shutil.copy(DATA_DIR / "intent_examples.hashingembedder.npz", tmp_path)
    classifier_module._TRAINED.clear()
    embedder = HashingEmbedder()   # the cache is keyed by the embedder's class: no counting subclass
    embedded: list[str] = []
    original = embedder.embed_query
    embedder.embed_query = lambda text: embedded.append(text) or original(text)  # type: ignore[method-assign]
    embedder.embed_documents = lambda texts: pytest.fail("the bank was embedded again")  # type: ignore[method-assign]
    IntentClassifier(embedder, cache_dir=tmp_path).warm_up()
    assert len(embedded) == 1, \
        "stale cache: run `python -m benchmarks.understanding split` to rebuild it"


def test_custom_examples_never_touch_the_cache(tmp_path):
    IntentClassifier(HashingEmbedder(), examples=FIXTURE, cache_dir=tmp_path).warm_up()
    assert list(tmp_path.iterdir()) == []


# --- the bank and the splits ---------------------------------------------------------------------

def test_the_bank_covers_every_intent_but_the_state_ones_in_both_languages():
    examples = load_examples()
    for intent in set(Intent) - NOT_IN_BANK:
        of_intent = [e for e in examples if e.intent is intent]
        assert len(of_intent) >= 30, intent
        assert {e.lang for e in of_intent} == {"es", "en"}, intent
    assert not {e.intent for e in examples} & NOT_IN_BANK


def _same_words(text: str) -> str:
    """What the classifier sees, punctuation aside: "¿Qué toca hoy?" and "que toca hoy" are one text."""
    return re.sub(r"[^\w]+", " ", normalize(text)).strip()


def test_the_test_split_is_not_in_the_train_bank():
    train = {_same_words(e.text) for e in load_examples()}
    test = {_same_words(r["text"]) for r in read_jsonl(TEST_PATH)}
    assert len(test) == len(read_jsonl(TEST_PATH)) and not train & test


def test_the_splits_on_disk_are_the_seeded_split_of_the_corpus():
    corpus = read_jsonl(CORPUS_PATH)
    train, test = split(corpus)
    assert [r["text"] for r in train] == [e.text for e in load_examples()]
    assert test == read_jsonl(TEST_PATH)
    assert len(corpus) >= 700 and 0.25 < len(test) / len(corpus) < 0.35
    assert split(corpus) == (train, test)   # reproducible


def test_every_run_report_in_the_corpus_has_the_scored_fields():
    for row in read_jsonl(CORPUS_PATH):
        assert ("runs" in row) == (row["intent"] == "log_run"), row["text"]
        for run in row.get("runs", []):
            assert {"day_offset", "is_race"} <= run.keys()
            assert {"distance_km", "duration_s", "pace_s_per_km", "intervals"} & run.keys(), row["text"]


def test_run_fields_scoring_reads_days_races_and_intervals():
    from datetime import date
    expected = [{"distance_km": 10.0, "duration_s": 3300, "day_offset": -1, "is_race": False}]
    good = {"distance_km": 10.0, "duration_s": 3300, "day": date(2026, 11, 23), "is_race": False}
    assert run_fields_mismatches(expected, [good]) == []
    assert run_fields_mismatches(expected, [dict(good, day=date(2026, 11, 24))])
    assert run_fields_mismatches(expected, [good, good])


# --- with the real model (the shipped cache) -------------------------------------------------------

@pytest.fixture(scope="module")
def e5_classifier(tmp_path_factory):
    from adapters.e5_embedder import E5Embedder
    cache = tmp_path_factory.mktemp("cache")
    shutil.copy(DATA_DIR / "intent_examples.e5embedder.npz", cache)
    embedder = E5Embedder(symmetric=True)
    classifier = IntentClassifier(embedder, cache_dir=cache)
    calls = {"documents": 0}
    original = embedder.embed_documents

    def counting(texts):  # type: ignore[no-untyped-def]
        calls["documents"] += len(texts)
        return original(texts)

    embedder.embed_documents = counting  # type: ignore[method-assign]
    classifier.warm_up()
    return classifier, calls


def test_the_shipped_cache_is_fresh_for_the_bank(e5_classifier):
    _, calls = e5_classifier
    assert calls["documents"] == 0, "stale cache: run `python -m benchmarks.understanding` to rebuild it"


@pytest.mark.parametrize("text, intent", [
    ("oye y hoy que me toca?", Intent.SESSION_QUERY),
    ("whats on the plan for today", Intent.SESSION_QUERY),
    ("quiero bajar de 3:30 en la maraton de quito", Intent.SET_RACE),
    ("i'd love to break 4 hours in the marathon", Intent.SET_RACE),
    ("is running every day bad for you?", Intent.RUNNING_QUESTION),
    ("el jueves pienso correr 12 km", Intent.SHOULD_I_RUN),
    ("ayer corri 9 km en 50 minutos", Intent.LOG_RUN),
    ("me confundi, fueron 7 km no 9", Intent.CORRECT_RUN),
    ("hoy nade media hora", Intent.LOG_CROSS_TRAINING),
    ("gracias coach!!", Intent.SMALL_TALK),
])
def test_e5_reads_new_messages(e5_classifier, text, intent):
    classifier, _ = e5_classifier
    guess = classifier.classify(text)
    assert guess.intent is intent, (guess.intent, guess.confidence, guess.alternatives)
