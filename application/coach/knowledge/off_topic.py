"""Messages that are not about running: anchors that keep the knowledge base from answering them.

E5 scores every short question fairly close to every other (~0.8-0.9), so an absolute threshold
alone lets "recomiéndame una película" through. A question whose nearest anchor here beats its best
topic (by less than a margin) is not answered. They cover common off-topic kinds (entertainment,
food, tech, money, school, travel, news, errands) and must stay apart from the held-out off-topic
set in benchmarks/knowledge_questions.py.
"""
from __future__ import annotations

OFF_TOPIC_ANCHORS: tuple[str, ...] = (
    "cual es la mejor pelicula de este ano", "como cocino un arroz con menestra", "quien es el presidente del ecuador",
    "cuanto es 25 por 4", "como instalo whatsapp en mi celular", "que hora es en madrid",
    "recomiendame una serie de netflix", "como saco el pasaporte", "me prestas plata",
    "como hago una tabla en excel", "quien gano el mundial", "cuentame un chiste",
    "how do i cook pasta", "what's the capital of japan", "can you help me with my homework",
    "what's the best phone to buy", "who is the best football player", "how do i invest in stocks",
    "translate this to french", "what should i name my dog", "what is the meaning of life",
    "book me a flight", "write an email to my boss", "what's the news today",
)
