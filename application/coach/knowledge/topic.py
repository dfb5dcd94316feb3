"""One entry of the knowledge base: a short bilingual answer and the questions that lead to it."""
from __future__ import annotations

import attrs


@attrs.frozen
class Topic:
    """A running term or general question, answered in Spanish (Ecuador) and English.

    ``es``/``en``: the answer, 2-4 sentences (WhatsApp length). ``pro_es``/``pro_en``: when to see a
    professional (a doctor, physio, dietitian…), always sent with the answer. ``ask_es``/``ask_en``:
    the retrieval keys, written the way runners ask (typos, no accents). ``terms``: exact names
    (accent-free, lower case) that give the topic a small lexical boost ("vdot", "fartlek").
    ``patterns``: regular expressions for what terms cannot list ("6x1000", "10x400").
    ``title_es``/``title_en``: a button label (WhatsApp caps reply buttons at 20 characters).
    """

    id: str
    title_es: str
    title_en: str
    es: str
    en: str
    pro_es: str
    pro_en: str
    ask_es: tuple[str, ...]
    ask_en: tuple[str, ...]
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()   # regular expressions over the normalised question, same boost as terms

    def answer(self, language: str) -> str:
        return self.en if language == "en" else self.es

    def professional(self, language: str) -> str:
        return self.pro_en if language == "en" else self.pro_es

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_es

    @property
    def questions(self) -> tuple[str, ...]:
        return self.ask_es + self.ask_en
