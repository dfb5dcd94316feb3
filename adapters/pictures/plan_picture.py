"""The plan picture: the 14-day block as a two-week calendar, 1080 x 1350 px.

Seven columns, Monday first, as a wall calendar; a block that starts mid-week leaves the days before
its start blank and runs into a third row. Each day is a tile in its session kind's colour with the
kind, the distance and the pace; today is outlined, past days faded. Under each row, that week's
volume; at the bottom, the legend of the kinds shown.
"""
from __future__ import annotations

import textwrap

from matplotlib.patches import FancyBboxPatch

from adapters.pictures.style import BAND, FONT, INK, KIND_COLOURS, MUTED, PAPER, figure, png, text_colour
from application.ports.pictures import PlanPicture

HEIGHT_PX = 1350
LEFT, RIGHT = 0.03, 0.97
GAP = 0.008


def render_plan_picture(plan: PlanPicture) -> bytes:
    fig = figure(HEIGHT_PX)
    fig.patches.append(FancyBboxPatch((0, 0.885), 1, 0.115, boxstyle="square,pad=0", transform=fig.transFigure,
                                      facecolor=BAND, edgecolor="none"))
    fig.text(0.05, 0.948, plan.title, fontsize=34, fontweight="bold", color=PAPER, family=FONT, va="center")
    fig.text(0.05, 0.905, plan.subtitle, fontsize=20, color="#c9d6e3", family=FONT, va="center")
    column_w = (RIGHT - LEFT - GAP * 6) / 7
    for n, name in enumerate(plan.weekdays[:7]):
        fig.text(LEFT + n * (column_w + GAP) + column_w / 2, 0.855, name, fontsize=18, fontweight="bold",
                 color=MUTED, family=FONT, ha="center", va="center")
    rows = (plan.first_weekday + len(plan.days) + 6) // 7
    top, bottom = 0.835, 0.135
    row_total_h = (top - bottom) / max(rows, 2)
    tile_h = row_total_h - 0.042
    for index, day in enumerate(plan.days):
        slot = plan.first_weekday + index
        row, column = divmod(slot, 7)
        x = LEFT + column * (column_w + GAP)
        y = top - row * row_total_h - tile_h
        colour = KIND_COLOURS.get(day.kind, "#dddddd")
        fig.patches.append(FancyBboxPatch(
            (x, y), column_w, tile_h, boxstyle="round,pad=0,rounding_size=0.01", transform=fig.transFigure,
            facecolor=colour, edgecolor=INK if day.today else "none", linewidth=5 if day.today else 0,
            alpha=0.45 if day.past else 1.0))
        ink = text_colour(colour)
        fig.text(x + 0.012, y + tile_h - 0.018, day.day_label, fontsize=17, fontweight="bold", color=ink,
                 family=FONT, va="top", alpha=0.6 if day.past else 1.0)
        label = textwrap.wrap(day.kind_label, 9, break_long_words=False)[:2]
        fig.text(x + column_w / 2, y + tile_h * 0.52, "\n".join(label),
                 fontsize=_fit(label, 16, 9), fontweight="bold", color=ink, family=FONT, ha="center", va="center",
                 linespacing=1.1, alpha=0.6 if day.past else 1.0)
        if day.detail:
            fig.text(x + column_w / 2, y + 0.02, day.detail, fontsize=_fit(day.detail.split("\n"), 14, 10),
                     color=ink, family=FONT, ha="center", va="bottom", linespacing=1.15,
                     alpha=0.6 if day.past else 1.0)
    for row, total in enumerate(plan.week_totals[:rows]):
        y = top - row * row_total_h - tile_h - 0.022
        fig.text(RIGHT, y, total, fontsize=17, color=MUTED, family=FONT, ha="right", va="center")
    _legend(fig, plan)
    fig.text(0.95, 0.03, plan.footer, fontsize=18, color=MUTED, family=FONT, ha="right", fontweight="bold")
    return png(fig)


def _legend(fig, plan: PlanPicture) -> None:
    x, y = 0.05, 0.085
    for kind, name in plan.legend:
        if x > 0.8:
            x, y = 0.05, y - 0.035
        fig.patches.append(FancyBboxPatch((x, y - 0.01), 0.025, 0.02, boxstyle="round,pad=0,rounding_size=0.004",
                                          transform=fig.transFigure, facecolor=KIND_COLOURS.get(kind, "#dddddd"),
                                          edgecolor="none"))
        fig.text(x + 0.033, y, name, fontsize=16, color=INK, family=FONT, va="center")
        x += 0.05 + 0.0135 * len(name)


def _fit(lines: list[str], size: float, chars: int) -> float:
    """A smaller size when the longest line has more than ``chars`` characters (the tile's width)."""
    longest = max((len(line) for line in lines), default=0)
    return size if longest <= chars else max(10.0, size * chars / longest)
