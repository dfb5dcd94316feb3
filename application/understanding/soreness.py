"""How sore the runner says their legs are: "tengo las piernas destruidas, ni bajar gradas puedo"
(very sore), "ando adolorido" (sore), "dead legs", "super sore, can't do stairs"."""
from __future__ import annotations

import re

from application.understanding.text import fold

_VERY = re.compile(
    r"(?<!\w)(?:piernas? (?:destruidas?|muertas?|rotas?|hechas? (?:pedazos|mierda|polvo))|"
    r"ni (?:bajar|subir) (?:las )?(?:gradas|escaleras)|no puedo (?:bajar|subir) (?:las )?(?:gradas|escaleras)|"
    r"no puedo ni caminar|me cuesta caminar|muy adolorid[oa]s?|super adolorid[oa]s?|"
    r"can'?t (?:walk|do stairs|go down(?:stairs| the stairs)?|take (?:the )?stairs)|legs? (?:are |is )?(?:destroyed|"
    r"wrecked|trashed|shot)|(?:very|super|extremely|really) sore|can barely walk)(?!\w)")
_SORE = re.compile(
    r"(?<!\w)(?:adolorid[oa]s?|agujetas|piernas? (?:cansadas?|pesadas?|cargadas?)|"
    r"sore|dead legs|heavy legs|tired legs|legs? (?:are |feel )?(?:heavy|tired|achy))(?!\w)")


def soreness_in(text: str) -> int:
    """0: nothing said; 1: sore; 2: very sore (walking or stairs hurt)."""
    folded = fold(text)
    if _VERY.search(folded):
        return 2
    return 1 if _SORE.search(folded) else 0
