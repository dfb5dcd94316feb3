"""``application.ports.pictures.PictureRenderer`` on matplotlib (Agg): the progress card and the plan
picture as PNG for a phone (1080 px wide). matplotlib is the well-kept plotting library for bar and
line charts; Pillow would need every axis, tick and label drawn by hand."""
from __future__ import annotations

from adapters.pictures.plan_picture import render_plan_picture
from adapters.pictures.progress_card import render_progress_card
from application.ports.pictures import PlanPicture, ProgressCard


class MatplotlibPictures:
    """Thread-safe: each render builds its own Figure (no pyplot state)."""

    def progress_card(self, card: ProgressCard) -> bytes:
        return render_progress_card(card)

    def plan_picture(self, plan: PlanPicture) -> bytes:
        return render_plan_picture(plan)
