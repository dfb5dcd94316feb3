"""Running words: a question with none of them (nor a topic's term) must be very close to a topic.

Why: multilingual-e5-small puts any two short questions at a cosine of ~0.8-0.9, so "¿cómo aprendo
inglés rápido?" lands as near the hills topic as some real running questions do. Requiring one
running word (or a near-copy of an example question) drops such false answers at no cost to
questions that name their subject. Accent-free, lower case, whole words.
"""
from __future__ import annotations

RUNNING_WORDS: frozenset[str] = frozenset((
    "correr", "corro", "corri", "corre", "corres", "corriendo", "corrido", "corrida", "trote", "trotar",
    "troto", "trotas", "trotando", "entreno", "entrenos", "entrenar", "entrenamiento", "entrenando",
    "carrera", "carreras", "maraton", "media", "5k", "10k", "15k", "21k", "42k", "km", "kms",
    "kilometros", "kilometraje", "ritmo", "ritmos", "salida", "salidas", "fondo", "rodaje", "series",
    "intervalos", "pista", "cuestas", "zancada", "zancadas", "pasos", "piernas", "pierna", "gemelo",
    "gemelos", "pantorrilla", "musculo", "musculos", "pie", "pies", "rodilla", "tobillo", "cadera",
    "zapatos", "zapatillas", "gel", "geles", "pulso", "pulsaciones", "calentar", "estirar", "hidratarme",
    "hidratacion", "run", "runs", "running", "runner", "runners", "ran", "race", "races", "racing",
    "marathon", "half", "training", "train", "workout", "workouts", "mileage", "miles", "mile", "jog",
    "jogging", "track", "pace", "paces", "stride", "strides", "step", "steps", "legs", "leg", "calf",
    "muscle", "muscles", "foot", "feet", "knee", "ankle", "hip", "shoes", "gels", "warmup", "warm",
    "stretch", "hydration", "carbo",
))
