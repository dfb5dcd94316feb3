"""A pace the runner asks about, and the training zone it is for: "is 8:30/mi ok for my easy runs?",
"¿6:00 el km está bien pa los rodajes suaves?", "tempo at 4:45 too fast?". The coach answers it against the
runner's own zone (domain.race_day.pace_against_zone), not with a general text about effort."""
from __future__ import annotations

import re

import attrs

from application.understanding.text import fold
from domain.pace import KM_PER_MILE
from domain.runner import Units

_UNIT = r"(?:\s*min)?\s*(?:/\s*|\s(?:a|per|por|el|la|cada)\s+|\s)?(mi|mile|milla|km|k|kilometro)(?!\w)"
_WITH_UNIT = re.compile(rf"(?<![\d:])(\d{{1,2}}):([0-5]\d)(?![:\d]){_UNIT}")
_BARE = re.compile(r"(?<![\d:])(\d{1,2}):([0-5]\d)(?![:\d])(?!\s*(?:am|pm|h\b|hrs?\b|horas?\b))")
_CLOCK_BEFORE = re.compile(r"(?:a las|las|by|desde las|around|tipo)\s*$")
# "easy run at 6:30 tonight?": the hour it is run at, not its pace.
_CLOCK_AFTER = re.compile(r"^\s*(?:tonight|tomorrow|today|this (?:morning|evening|afternoon)|in the (?:morning|"
                          r"evening|afternoon)|de la (?:manana|tarde|noche)|en la (?:manana|tarde|noche)|hoy|manana)"
                          r"(?!\w)")

# The zone a pace is asked for, by the words runners use for it (Daniels' five intensities).
_ZONES = (
    ("easy", re.compile(r"(?<!\w)(?:easy|easies|recovery|long runs?|suaves?|rodajes?|regenerativos?|"
                        r"recuperacion|fondos?|tiradas? largas?|largos?|conversational)(?!\w)")),
    ("marathon", re.compile(r"(?<!\w)(?:marathon pace|mp|ritmo (?:de )?maraton)(?!\w)")),
    ("threshold", re.compile(r"(?<!\w)(?:tempos?|threshold|umbral|t pace|ritmo t)(?!\w)")),
    ("interval", re.compile(r"(?<!\w)(?:intervals?|intervalos?|series|repeats|vo2 ?max|1000s|800s|1k repeats|"
                            r"(?:los|las) (?:1000|800)s?)(?!\w)")),
    ("repetition", re.compile(r"(?<!\w)(?:repeticiones|reps|400s|200s|(?:los|las) (?:400|200)s?)(?!\w)")),
)
# Paces a runner could mean per km or per mile (2:30 to 16:00): anything else is a time of day or a finish.
_PLAUSIBLE = (150, 960)


@attrs.frozen
class AskedPace:
    seconds_per_km: float
    zone: str | None        # a code of domain.race_day.ZONES, or None when no zone is named


def asked_pace(text: str, units: Units) -> AskedPace | None:
    """The pace in a question about paces; a bare "8:30" only when a zone is named with it."""
    folded = fold(text)
    zone = next((code for code, words in _ZONES if words.search(folded)), None)
    m = _WITH_UNIT.search(folded)
    per_mile: bool
    if m:
        per_mile = m.group(3).startswith("mi")
    else:
        m = _BARE.search(folded)
        if m is None or zone is None or _CLOCK_BEFORE.search(folded[:m.start()]) \
                or _CLOCK_AFTER.search(folded[m.end():]):
            return None
        per_mile = units is Units.MILES
    seconds = int(m.group(1)) * 60 + int(m.group(2))
    if not _PLAUSIBLE[0] <= seconds <= _PLAUSIBLE[1]:
        return None
    return AskedPace(seconds / KM_PER_MILE if per_mile else float(seconds), zone)
