"""What the coach answers to one message."""
from __future__ import annotations

import attrs

from application.ports import Button
from application.ports.pictures import Picture
from domain.conversation import Intent

# Buttons the coach offers; a pressed button comes back as its title text.
CREATE_PLAN = {"es": Button("plan:create", "Crear mi plan"), "en": Button("plan:create", "Create my plan")}
SHOW_PROGRESS = {"es": Button("progress:show", "¿Cómo voy?"), "en": Button("progress:show", "How am I doing?")}
SHOW_TODAY = {"es": Button("plan:today", "¿Qué toca hoy?"), "en": Button("plan:today", "What's today?")}


@attrs.define
class CoachReply:
    text: str
    intent: Intent
    buttons: tuple[Button, ...] = ()
    tools_used: list[str] = attrs.field(factory=list)
    degraded: bool = False           # answered by the offline coach because the LLM failed
    pictures: tuple[Picture, ...] = ()   # sent after the text, as images with a caption (issue 25)
