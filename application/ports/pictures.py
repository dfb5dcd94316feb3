"""The pictures port: a progress card and a plan picture, drawn as PNG for a phone screen.

The application words everything (labels, titles, the runner's units) in the runner's language;
the renderer only draws: it knows no language and no coaching rule. Values are already in the
runner's units (km or mi). Session kinds come as ``domain.plan.SessionKind`` values ("easy",
"long"…) so the renderer can colour them consistently.
"""
from __future__ import annotations

from typing import Protocol

import attrs


@attrs.frozen
class Tile:
    """One headline number of the card: "14 km" over "longest run"."""
    value: str
    label: str


@attrs.frozen
class ProgressCard:
    title: str                                   # "Tu progreso, Ana"
    subtitle: str                                # the date and the period
    volume_title: str                            # "Volumen semanal (km)"
    weeks: tuple[tuple[str, float], ...]         # (week label, volume in the runner's units), oldest first
    fitness_title: str                           # "VDOT (forma física)"
    fitness: tuple[tuple[str, float], ...]       # (week label, VDOT), oldest first; () without timed runs
    fitness_note: str                            # the prediction, or why there is no trend yet
    tiles: tuple[Tile, ...]                      # longest run, sessions done / planned, race countdown
    empty_note: str = ""                         # shown over the empty chart when there are no runs yet
    footer: str = "Andes"


@attrs.frozen
class PlanDay:
    day_label: str                               # "7/12" or "Dec 7"
    kind: str                                    # SessionKind value
    kind_label: str                              # "Rodaje suave"
    detail: str                                  # "8 km · 6:10–6:40" ("" for rest)
    today: bool = False
    past: bool = False


@attrs.frozen
class PlanPicture:
    title: str                                   # "Tu plan: 7/12 – 20/12"
    subtitle: str                                # total volume and VDOT
    weekdays: tuple[str, ...]                    # seven column headers, Monday first
    days: tuple[PlanDay, ...]                    # the 14 days, from the block's start
    first_weekday: int                           # weekday (0 = Monday) of days[0]
    week_totals: tuple[str, ...]                 # "Semana 1: 32 km", one per calendar row
    legend: tuple[tuple[str, str], ...]          # (kind value, its name) for the kinds shown
    footer: str = "Andes"


class PictureRenderer(Protocol):
    """Draws the pictures as PNG bytes (about 1080 px wide). Raises on failure: callers degrade to
    text."""
    def progress_card(self, card: ProgressCard) -> bytes: ...
    def plan_picture(self, plan: PlanPicture) -> bytes: ...


@attrs.frozen
class Picture:
    """A picture on its way to the runner, worded but not drawn: drawing it (``content``, with the
    renderer: ``application.training.pictures.DrawPictures.draw``) costs far more than the reply's
    words, so it is drawn when it is sent, after them (issue 23): the worker's sender draws it from
    the outbox (``OutboxMessage.picture``) and WhatsApp shows it as an ``image`` message with the
    caption; the terminal chat draws it once the words are printed and saves it to a file."""
    content: ProgressCard | PlanPicture
    caption: str
    kind: str                                    # "progress_card" | "plan_picture"
