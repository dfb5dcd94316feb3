"""Body parts and pain words runners use, in Spanish and English."""
import re

from application.understanding.text import fold
from domain.injury import body_part_name

# folded word -> canonical Spanish body part (Spanish is the product's first language;
# the coach translates when it answers in English).
BODY_PARTS = {
    "rodilla": "rodilla", "rodillas": "rodilla", "knee": "rodilla", "knees": "rodilla",
    "tobillo": "tobillo", "tobillos": "tobillo", "ankle": "tobillo", "ankles": "tobillo",
    "gemelo": "gemelo", "gemelos": "gemelo", "pantorrilla": "gemelo", "pantorrillas": "gemelo",
    "calf": "gemelo", "calves": "gemelo",
    "espinilla": "espinilla", "espinillas": "espinilla", "shin": "espinilla", "shins": "espinilla",
    "periostitis": "espinilla",
    "cadera": "cadera", "hip": "cadera", "hips": "cadera",
    "espalda": "espalda", "lumbar": "espalda", "back": "espalda",
    "pie": "pie", "pies": "pie", "foot": "pie", "feet": "pie", "fascia": "pie", "plantar": "pie",
    "talon": "talón", "heel": "talón",
    "isquio": "isquiotibial", "isquios": "isquiotibial", "isquiotibial": "isquiotibial",
    "isquiotibiales": "isquiotibial", "hamstring": "isquiotibial", "hamstrings": "isquiotibial",
    "cuadriceps": "cuádriceps", "quad": "cuádriceps", "quads": "cuádriceps",
    "aquiles": "tendón de Aquiles", "achilles": "tendón de Aquiles",
    "muslo": "muslo", "thigh": "muslo", "gluteo": "glúteo", "gluteos": "glúteo", "glute": "glúteo",
    "hombro": "hombro", "shoulder": "hombro", "cuello": "cuello", "neck": "cuello",
}


PAIN_WORDS = ("duele", "duelen", "dolor", "dolia", "dolio", "molesta", "molestan", "molestia",
              "molestias", "lesion", "lesionado", "lesionada", "hurt", "hurts", "hurting", "pain",
              "painful", "sore", "ache", "aches", "aching", "injury", "injured", "tendinitis",
              "esguince", "sprain", "inflamada", "inflamado", "swollen", "hinchada", "hinchado")
SEVERE_WORDS = ("no puedo caminar", "no puedo apoyar", "can't walk", "cannot walk", "cant walk",
                "hinchada", "hinchado", "swollen", "fractura", "fracture", "muchisimo", "insoportable",
                "unbearable", "esguince", "sprain", "no puedo correr", "can't run", "cannot run")
MODERATE_WORDS = ("bastante", "mucho", "fuerte", "a lot", "really", "badly", "cojeando", "limping",
                  "cada paso", "every step", "tuve que parar", "had to stop", "me detuve", "stopped")
MILD_WORDS = ("un poco", "poquito", "leve", "ligera", "ligero", "a bit", "a little", "slight",
              "slightly", "mild", "molestia", "molesta")
RECOVERED_WORDS = ("ya no me duele", "ya no duele", "ya no me molesta", "no longer hurts",
                   "doesn't hurt anymore", "doesnt hurt anymore", "no me duele", "recuperad",
                   "ya estoy bien", "recovered", "healed", "sane", "se me paso", "feels fine now")


def body_parts_in(text: str) -> list[str]:
    found: list[str] = []
    for word in re.findall(r"\w+", fold(text)):
        part = BODY_PARTS.get(word)
        if part and part not in found:
            found.append(part)
    return found


def mentions_pain(text: str) -> bool:
    f = fold(text)
    return any(re.search(rf"(?<!\w){w}(?!\w)", f) for w in PAIN_WORDS)


def severity_words(text: str) -> str:
    """'severe' | 'moderate' | 'mild' from how the runner describes it (mild when unsure)."""
    f = fold(text)
    if any(w in f for w in SEVERE_WORDS):
        return "severe"
    if any(w in f for w in MODERATE_WORDS):
        return "moderate"
    return "mild"


def says_recovered(text: str) -> bool:
    f = fold(text)
    return any(w in f for w in RECOVERED_WORDS)


part_name = body_part_name
