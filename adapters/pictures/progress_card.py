"""The progress card: 1080 x 1350 px (4:5, the portrait size WhatsApp shows whole on a phone).

From the top: a header band (who, when), three tiles (longest run, sessions of the block, race
countdown), the weekly volume as bars (the current week in the accent colour) and the fitness trend
(VDOT) as a line with the race prediction under it. Sizes are in points at 100 dpi: a 22 pt label is
~30 px, which a phone shows at ~10 dp — the smallest text on the card.
"""
from __future__ import annotations

from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Rectangle
from matplotlib.ticker import MaxNLocator

from adapters.pictures.style import (
    ACCENT,
    BAND,
    BAR,
    FONT,
    GRID,
    INK,
    MUTED,
    PAPER,
    TILE,
    figure,
    png,
)
from application.ports.pictures import ProgressCard

HEIGHT_PX = 1350


def render_progress_card(card: ProgressCard) -> bytes:
    fig = figure(HEIGHT_PX)
    # Header band.
    fig.patches.append(FancyBboxPatch((0, 0.885), 1, 0.115, boxstyle="square,pad=0", transform=fig.transFigure,
                                      facecolor=BAND, edgecolor="none"))
    fig.text(0.05, 0.948, card.title, fontsize=34, fontweight="bold", color=PAPER, family=FONT, va="center")
    fig.text(0.05, 0.905, card.subtitle, fontsize=20, color="#c9d6e3", family=FONT, va="center")
    _tiles(fig, card)
    _volume(fig, card)
    fig.text(0.05, 0.735, card.volume_title, fontsize=24, fontweight="bold", color=INK, family=FONT)
    fig.text(0.05, 0.345, card.fitness_title, fontsize=24, fontweight="bold", color=INK, family=FONT)
    _fitness(fig, card)
    fig.text(0.05, 0.04, card.fitness_note, fontsize=20, color=INK, family=FONT)
    fig.text(0.95, 0.04, card.footer, fontsize=18, color=MUTED, family=FONT, ha="right", fontweight="bold")
    return png(fig)


def _tiles(fig, card: ProgressCard) -> None:
    tiles = card.tiles[:3]
    if not tiles:
        return
    gap, left, width = 0.025, 0.05, 0.9
    tile_w = (width - gap * (len(tiles) - 1)) / len(tiles)
    for n, tile in enumerate(tiles):
        x = left + n * (tile_w + gap)
        fig.patches.append(FancyBboxPatch((x, 0.775), tile_w, 0.085, boxstyle="round,pad=0,rounding_size=0.012",
                                          transform=fig.transFigure, facecolor=TILE, edgecolor="none"))
        fig.text(x + tile_w / 2, 0.832, tile.value, fontsize=_fit(tile.value, 30, 9), fontweight="bold",
                 color=INK, family=FONT, ha="center", va="center")
        fig.text(x + tile_w / 2, 0.795, tile.label, fontsize=_fit(tile.label, 17, 18), color=MUTED, family=FONT,
                 ha="center", va="center")


def _fit(text: str, size: float, chars: int) -> float:
    """A smaller size for a text longer than ``chars`` characters, so it stays inside its tile."""
    return size if len(text) <= chars else max(12.0, size * chars / len(text))


class _Area:
    """A chart's rectangle in figure fractions, drawn straight on the figure: no Axes (an Axes
    builds tick objects per render, which cost more than the whole card)."""

    def __init__(self, fig, left: float, bottom: float, width: float, height: float, low: float, high: float):
        self.fig, self.left, self.bottom, self.width, self.height = fig, left, bottom, width, height
        self.low, self.high = low, high

    def y(self, value: float) -> float:
        return self.bottom + (value - self.low) / (self.high - self.low) * self.height

    def x(self, slot: float, slots: int) -> float:
        return self.left + (slot + 0.5) / slots * self.width

    def grid(self, ticks, labelled: bool = True) -> None:
        for tick in ticks:
            if self.low <= tick <= self.high:
                y = self.y(tick)
                self.fig.lines.append(Line2D([self.left, self.left + self.width], [y, y], color=GRID, linewidth=1.5,
                                             transform=self.fig.transFigure, zorder=0))
                if labelled:
                    self.fig.text(self.left - 0.015, y, f"{tick:g}", fontsize=18, color=MUTED, family=FONT,
                                  ha="right", va="center")

    def labels(self, names: list[str]) -> None:
        for n, name in enumerate(names):
            self.fig.text(self.x(n, len(names)), self.bottom - 0.018, name, fontsize=16, color=MUTED, family=FONT,
                          ha="center", va="top")


def _ticks(low: float, high: float) -> list[float]:
    return [float(t) for t in MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10]).tick_values(low, high)]


def _volume(fig, card: ProgressCard) -> None:
    values = [w[1] for w in card.weeks]
    top = max(values, default=0.0)
    ticks = _ticks(0, top if top > 0 else 10)
    area = _Area(fig, 0.1, 0.43, 0.85, 0.27, 0.0, max(ticks[-1], top * 1.15) if top > 0 else ticks[-1])
    area.grid(ticks, labelled=False)          # each bar carries its value
    slots = len(values)
    bar_w = area.width / max(slots, 1) * 0.68
    for n, value in enumerate(values):
        if value <= 0:
            continue
        x = area.x(n, slots)
        fig.patches.append(Rectangle((x - bar_w / 2, area.bottom), bar_w, area.y(value) - area.bottom,
                                     transform=fig.transFigure, facecolor=ACCENT if n == slots - 1 else BAR,
                                     edgecolor="none"))
        fig.text(x, area.y(value) + 0.006, f"{value:.0f}", ha="center", va="bottom", fontsize=17, color=INK,
                 family=FONT)
    area.labels([w[0] for w in card.weeks])
    if top <= 0 and card.empty_note:
        fig.text(area.left + area.width / 2, area.bottom + area.height * 0.55, card.empty_note, ha="center",
                 va="center", fontsize=22, color=MUTED, family=FONT)


def _fitness(fig, card: ProgressCard) -> None:
    points = card.fitness
    if not points:
        return
    ys = [p[1] for p in points]
    low, high = min(ys), max(ys)
    pad = max(1.0, (high - low) * 0.35)
    ticks = _ticks(low - pad, high + pad)
    area = _Area(fig, 0.1, 0.11, 0.85, 0.21, ticks[0], ticks[-1])
    area.grid(ticks)
    slots = len(points)
    xs = [area.x(n, slots) for n in range(slots)]
    fig.lines.append(Line2D(xs, [area.y(v) for v in ys], color=ACCENT, linewidth=4, marker="o", markersize=11,
                            markerfacecolor=PAPER, markeredgewidth=3.5, solid_capstyle="round",
                            transform=fig.transFigure))
    fig.text(xs[-1], area.y(ys[-1]) + 0.02, f"{ys[-1]:.1f}", ha="center", va="bottom", fontsize=22,
             fontweight="bold", color=ACCENT, family=FONT)
    area.labels([p[0] for p in points])
