"""The running knowledge base: its content, its retrieval with the bundled E5 embedder, its mechanics."""
from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from adapters.e5_embedder import E5Embedder
from application.coach.knowledge import TOPICS, KnowledgeAnswer, KnowledgeBase, Topic
from application.coach.knowledge.text import normalise
from application.messages import en as en_catalogue
from application.messages import es as es_catalogue
from application.messages import say
from benchmarks.knowledge_questions import HELD_OUT, OFF_TOPIC

# Questions never used as keys nor in the benchmark, written before the keys were tuned.
UNSEEN: list[tuple[str, str, str]] = [
    ("oye q es eso de correr en umbral", "es", "tempo_threshold"),
    ("what even is a tempo run lol", "en", "tempo_threshold"),
    ("cuantos km maximo para el fondo si hago 30 a la semana", "es", "long_run"),
    ("how far should my longest run be", "en", "long_run"),
    ("vdot q significa", "es", "vdot"),
    ("what's vdot", "en", "vdot"),
    ("intervalos de 3 minutos cuanto recupero", "es", "intervals"),
    ("how much rest between 800s intervals", "en", "intervals"),
    ("mi cadencia es de 170 esta bien?", "es", "cadence"),
    ("do i really need 180 steps a minute", "en", "cadence"),
    ("que es un farlek", "es", "fartlek"),
    ("cada cuanto debo cambiar mis zapatos de correr", "es", "shoe_life"),
    ("my shoes have 600 miles should i replace them", "en", "shoe_life"),
    ("cuanta agua debo llevar para correr 2 horas", "es", "hydration"),
    ("how much should i drink during a half marathon", "en", "hydration"),
    ("cuantos geles llevo para la maraton de guayaquil", "es", "fuel_during"),
    ("do i need gels for a 2 hour run", "en", "fuel_during"),
    ("como calentar antes de una carrera de 5k", "es", "warm_up"),
    ("how do i warm up properly", "en", "warm_up"),
    ("cuantas horas hay que dormir para rendir", "es", "sleep"),
    ("is 6 hours of sleep enough for a runner", "en", "sleep"),
    ("es malo correr dos dias seguidos?", "es", "consecutive_days"),
    ("is running 2 days in a row bad", "en", "consecutive_days"),
    ("q son los strides", "es", "strides"),
    ("how long is a taper for a half", "en", "taper"),
    ("me duelen las canillas al correr q hago", "es", "shin_splints"),
    ("my knee hurts on long runs", "en", "knee_pain"),
    ("en quito me canso mas rapido por la altura?", "es", "altitude"),
    ("is it ok to run on a treadmill instead of outside", "en", "treadmill"),
    ("puedo salir a trotar si esta lloviendo", "es", "rain"),
    ("zona 2 que es", "es", "heart_rate_zones"),
    ("el rodaje es lo mismo q trotar suave?", "es", "easy_run"),
    ("que ejercicios de fuerza hago en casa para correr", "es", "strength"),
    ("what should i eat before a long run", "en", "pre_run_meal"),
]

PROFESSIONALS_ES = re.compile(r"médic|fisioterapeuta|nutricionista|podólogo|dermatólogo|cardiólogo|psicólogo|"
                              r"traumatólogo|entrenador de fuerza")
PROFESSIONALS_EN = re.compile(r"doctor|physio|dietitian|podiatrist|dermatologist|cardiologist|psychologist|"
                              r"medical|strength coach")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    base = KnowledgeBase(E5Embedder(symmetric=True))   # the embedder bootstrap builds by default
    base.warm_up()
    return base


def _keys() -> set[str]:
    return {normalise(question) for topic in TOPICS for question in topic.questions}


# --- content ----------------------------------------------------------------------------------

def test_there_are_at_least_45_topics_with_unique_ids() -> None:
    assert len(TOPICS) >= 45
    assert len({topic.id for topic in TOPICS}) == len(TOPICS)


def _sentences(text: str) -> int:
    # Sentence ends: ". " or the final full stop; decimals ("2.5", "1,5") and "e.g." do not end one.
    return len(re.findall(r"[.!?](?:\s|$)", text.replace("e.g.", "eg")))


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.id)
def test_every_topic_has_both_languages_a_professional_sentence_and_phrasings(topic: Topic) -> None:
    for answer in (topic.es, topic.en):
        assert 2 <= _sentences(answer) <= 4, answer
        assert len(answer) <= 450, f"{topic.id}: {len(answer)} characters is too long for WhatsApp"
    assert PROFESSIONALS_ES.search(topic.pro_es), topic.pro_es
    assert PROFESSIONALS_EN.search(topic.pro_en), topic.pro_en
    assert len(topic.ask_es) >= 3 and len(topic.ask_en) >= 3
    assert 0 < len(topic.title_es) <= 20 and 0 < len(topic.title_en) <= 20   # WhatsApp button labels


def test_spanish_is_the_way_runners_in_ecuador_speak() -> None:
    forbidden = re.compile(r"\b(tirada larga|si te apetece|vosotros|os|coger|zumo|plátano)\b")
    for topic in TOPICS:
        assert not forbidden.search(f"{topic.es} {topic.pro_es}".lower()), topic.id


def test_the_answer_text_carries_the_professional_sentence_in_the_asked_language(kb: KnowledgeBase) -> None:
    text = kb.text_of("shin_splints", "es")
    assert text.startswith("El dolor en la parte interna de la canilla")
    assert "fractura por estrés" in text
    assert "stress fracture" in kb.text_of("shin_splints", "en")
    assert kb.text_of("shin_splints", "fr") == text   # unknown languages fall back to Spanish


def test_held_out_and_test_questions_are_not_retrieval_keys() -> None:
    keys = _keys()
    held_out = [question for questions in HELD_OUT.values() for question in questions]
    leaked = [q for q in held_out + [q for q, _, _ in UNSEEN] + list(OFF_TOPIC) if normalise(q) in keys]
    assert not leaked
    assert set(HELD_OUT) == {topic.id for topic in TOPICS}   # the benchmark covers every topic
    assert not {normalise(q) for q, _, _ in UNSEEN} & {normalise(q) for q in held_out}


def test_the_knowledge_phrases_exist_in_both_catalogues() -> None:
    keys = {"knowledge_answer", "knowledge_not_found", "knowledge_clarify", "out_of_scope", "out_of_scope_medical"}
    assert keys <= es_catalogue.PHRASES.keys() and keys <= en_catalogue.PHRASES.keys()
    assert say("es", "out_of_scope").startswith("Soy tu entrenador de running")
    assert "running coach" in say("en", "out_of_scope")


# --- retrieval with the bundled E5 embedder -------------------------------------------------

# Cosines closer than this may come out in either order on another CPU: the bundled E5 computes in
# 4-bit arithmetic whose rounding depends on the SIMD width (AVX2, AVX-512, NEON). Measured in issue
# 22: "what should i eat before a long run" put pre_run_meal 0.011 ahead of fuel_during here and
# 0.0007 behind it on an AVX-512 machine. Within this margin the test does not pick a winner: the
# expected topic must be the answer or the first alternative offered (a button the runner presses).
# How often the first pick is right is measured by benchmarks/retrieval_quality.py, not here.
EMBEDDER_TIE = 0.02


@pytest.mark.parametrize(("question", "language", "topic"), UNSEEN, ids=[q for q, _, _ in UNSEEN])
def test_unseen_questions_find_their_topic(kb: KnowledgeBase, question: str, language: str, topic: str) -> None:
    found = kb.answer(question, language)
    ranked = kb.rank(question)
    assert found is not None, ranked[:3]
    if found.topic != topic:         # only a near tie, with the expected topic offered next
        scores = dict(ranked)
        assert scores[found.topic] - scores[topic] < EMBEDDER_TIE, ranked[:3]
        assert found.alternatives[0][0] == topic, ranked[:3]
    assert found.text == kb.text_of(found.topic, language)
    assert found.language == language


def test_the_issue_examples_are_answered(kb: KnowledgeBase) -> None:
    tempo = kb.answer("what's a tempo run?", "en")
    assert tempo is not None and tempo.topic == "tempo_threshold"
    assert "comfortably hard" in tempo.text and "doctor" in tempo.text
    two_days = kb.answer("is it ok to run two days in a row?", "en")
    assert two_days is not None and two_days.topic == "consecutive_days"
    assert two_days.text.startswith("Yes, running two days in a row is fine")


@pytest.mark.parametrize("question", ["como preparo un ceviche de camaron", "quien canta la cancion de la novela",
                                      "how do i renew my driving licence", "que me recomiendas para invertir"])
def test_questions_that_are_not_about_running_get_no_answer(kb: KnowledgeBase, question: str) -> None:
    assert kb.answer(question, "es") is None
    assert kb.is_off_topic(question)
    assert kb.suggestions(question, "es") == []   # no buttons about running topics either


def test_alternatives_and_suggestions_come_best_first(kb: KnowledgeBase) -> None:
    found = kb.answer("que hago la semana antes de mi carrera", "es")
    assert found is not None
    scores = [found.score] + [score for _, score in found.alternatives]
    assert scores == sorted(scores, reverse=True) and len(found.alternatives) == 3
    assert {found.topic} | {t for t, _ in found.alternatives} >= {"taper", "race_day"}
    suggestions = kb.suggestions("que hago la semana antes de mi carrera", "es")
    assert suggestions[0] == (found.topic, kb.topic(found.topic).title_es)


# --- mechanics, with a deterministic embedder ----------------------------------------------

class WordEmbedder:
    """One dimension per vocabulary word: the cosine is the share of words two texts have in common."""

    VOCABULARY = ("fartlek", "vdot", "sleep", "water", "what", "is")

    def __init__(self) -> None:
        self.documents_calls = 0
        self.queries = 0

    @property
    def dimension(self) -> int:
        return len(self.VOCABULARY) + 1

    def _vector(self, text: str) -> list[float]:
        words = normalise(text).split()
        return [float(word in words) for word in self.VOCABULARY] + [0.01]

    def embed_query(self, text: str) -> list[float]:
        self.queries += 1
        return self._vector(text)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        self.documents_calls += 1
        return [self._vector(text) for text in texts]


def _topic(topic_id: str, *questions: str, terms: tuple[str, ...] = ()) -> Topic:
    return Topic(id=topic_id, title_es=topic_id, title_en=topic_id, es=f"{topic_id} es.", en=f"{topic_id} en.",
                 pro_es="Consulta a un médico.", pro_en="See a doctor.", ask_es=questions, ask_en=(), terms=terms)


def _small_kb(embedder: WordEmbedder) -> KnowledgeBase:
    topics = [_topic("fartlek", "what is fartlek", terms=("fartlek",)), _topic("vdot", "what is vdot", terms=("vdot",)),
              _topic("sleep", "sleep"), _topic("water", "water")]
    return KnowledgeBase(embedder, topics=topics, threshold=0.9, anchors=())


def test_keys_are_embedded_once_and_each_question_once() -> None:
    embedder = WordEmbedder()
    kb = _small_kb(embedder)
    assert embedder.documents_calls == 0           # nothing is embedded until the first question
    for _ in range(3):
        kb.answer("what is vdot", "en")
    assert embedder.documents_calls == 1 and embedder.queries == 3


def test_a_question_already_embedded_is_not_embedded_again() -> None:
    embedder = WordEmbedder()
    kb = _small_kb(embedder)
    found = kb.answer("what is vdot", "en", query_vector=embedder._vector("what is vdot"))
    assert found is not None and found.topic == "vdot" and embedder.queries == 0


def test_below_the_threshold_there_is_no_answer() -> None:
    kb = _small_kb(WordEmbedder())
    assert kb.answer("vdot", "en") is None          # cosine 0.58 (+ the term's boost) is below 0.9
    assert kb.answer("what is vdot", "en") is not None
    kb.threshold = 0.5
    # "what is" is as near fartlek as vdot (0.82) but names no running word nor term: not answered
    assert kb.answer("what is", "en") is None
    assert kb.answer("what is fartlek", "en") is not None


def test_a_named_term_breaks_a_tie() -> None:
    kb = _small_kb(WordEmbedder())
    kb.threshold = 0.5
    found = kb.answer("what is fartlek or vdot", "en")   # the same cosine to both; both named
    assert found is not None and found.is_ambiguous
    found = kb.answer("fartlek what is", "es")
    assert isinstance(found, KnowledgeAnswer)
    assert (found.topic, found.text, found.title) == ("fartlek", "fartlek es.\n\n🩺 Consulta a un médico.", "fartlek")
    assert not found.is_ambiguous
