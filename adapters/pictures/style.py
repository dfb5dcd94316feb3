"""What both pictures share: the canvas, the palette and the font.

matplotlib's object API (``Figure`` + the Agg canvas) rather than ``pyplot``: no global figure
registry, so renders on several threads never share state, and nothing needs closing.
DejaVu Sans ships with matplotlib and covers Spanish (á é í ó ú ñ ü ¿ ¡); no label carries an emoji
(the font has none, and a missing glyph would print as a box).
"""
from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")   # no display: the pictures are files, never windows

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

WIDTH_PX = 1080           # WhatsApp shows an image full width on a phone: ~360 dp at 3x
DPI = 100
FONT = "DejaVu Sans"

INK = "#1b2a3a"           # text
MUTED = "#5f6f80"         # secondary text
GRID = "#e3e8ee"
PAPER = "#ffffff"
BAND = "#16324f"          # the header band: Andes night blue
ACCENT = "#e76f51"        # the current week, the trend line
BAR = "#7aa6c2"           # earlier weeks
TILE = "#f2f5f8"

# A colour per session kind (domain.plan.SessionKind values): easy days calm, quality days warm.
KIND_COLOURS = {
    "easy": "#8ecae6",
    "long": "#219ebc",
    "threshold": "#f4a261",
    "intervals": "#e76f51",
    "repetition": "#d62828",
    "marathon_pace": "#f6bd60",
    "cross_training": "#b5e48c",
    "rest": "#edf1f5",
    "race": "#9b5de5",
}


def figure(height_px: int) -> Figure:
    fig = Figure(figsize=(WIDTH_PX / DPI, height_px / DPI), dpi=DPI, facecolor=PAPER)
    FigureCanvasAgg(fig)
    fig.set_layout_engine(None)
    return fig


def png(fig: Figure) -> bytes:
    """The figure as PNG. zlib level 1: the fastest, a card of flat colours still ~150 KB, far under
    WhatsApp's 5 MB image limit."""
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, facecolor=fig.get_facecolor(),
                pil_kwargs={"compress_level": 1})
    return out.getvalue()


def text_colour(background: str) -> str:
    """Ink or white, whichever reads better on ``background`` (relative luminance, WCAG)."""
    r, g, b = (int(background[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return INK if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55 else PAPER
