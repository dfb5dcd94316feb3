"""``application.ports.pictures.PictureRenderer`` on matplotlib (Agg): the progress card and the plan
picture as PNG for a phone (1080 px wide). matplotlib is the well-kept plotting library for bar and
line charts; Pillow would need every axis, tick and label drawn by hand.

matplotlib is imported on the first picture, not at start: importing it takes about a second of CPU,
which a process starting up (the webhook, /health) should not wait for."""
from __future__ import annotations

from application.ports.pictures import PlanPicture, ProgressCard


class MatplotlibPictures:
    """Thread-safe: each render builds its own Figure (no pyplot state)."""

    def progress_card(self, card: ProgressCard) -> bytes:
        from adapters.pictures.progress_card import render_progress_card
        return render_progress_card(card)

    def plan_picture(self, plan: PlanPicture) -> bytes:
        from adapters.pictures.plan_picture import render_plan_picture
        return render_plan_picture(plan)
