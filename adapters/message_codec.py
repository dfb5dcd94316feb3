"""What the inbox and outbox adapters share: buttons as JSON, a picture to draw as JSON, and operator
notes made storable."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import cattrs

from application.ports import Button
from application.ports.pictures import PlanPicture, ProgressCard

NOTE_LIMIT = 1000


def buttons_to_list(buttons: Sequence[Button]) -> list[dict[str, str]]:
    return [{"id": b.id, "title": b.title} for b in buttons]


def buttons_to_json(buttons: Sequence[Button]) -> str:
    return json.dumps(buttons_to_list(buttons), ensure_ascii=False)


def buttons_from_json(value: str | list | None) -> tuple[Button, ...]:
    """From JSON text (SQLite) or already decoded jsonb (psycopg)."""
    items = json.loads(value) if isinstance(value, str) else (value or [])
    return tuple(Button(id=b["id"], title=b["title"]) for b in items)


def storable_note(note: str | None) -> str | None:
    """A quarantine reason or a send error, as every store takes it: a quarantine reason may quote
    the bad input that caused it, and PostgreSQL refuses NUL in text, UTF-8 refuses lone surrogates.
    Capped: it is a note for the operator, not a copy of the message."""
    if note is None:
        return None
    clean = note.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
    return clean[:NOTE_LIMIT]


_PICTURES: dict[str, type[ProgressCard] | type[PlanPicture]] = {"progress_card": ProgressCard,
                                                                  "plan_picture": PlanPicture}
_pictures = cattrs.Converter()


def picture_to_dict(picture: ProgressCard | PlanPicture | None) -> dict[str, Any] | None:
    if picture is None:
        return None
    kind = "progress_card" if isinstance(picture, ProgressCard) else "plan_picture"
    return {"kind": kind, "content": _pictures.unstructure(picture)}


def picture_to_json(picture: ProgressCard | PlanPicture | None) -> str | None:
    found = picture_to_dict(picture)
    return json.dumps(found, ensure_ascii=False) if found is not None else None


def picture_from_json(value: str | dict | None) -> ProgressCard | PlanPicture | None:
    """From JSON text (SQLite) or already decoded jsonb (psycopg)."""
    if value is None:
        return None
    found = json.loads(value) if isinstance(value, str) else value
    return _pictures.structure(found["content"], _PICTURES[found["kind"]])
