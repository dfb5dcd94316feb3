"""Values to and from SQLite, and the embedded store's file."""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger(__name__)


CHAT_BUFFER_SIZE = 20
CHAT_BUFFER_TTL = timedelta(hours=24)
DATABASE_FILENAME = "andes.sqlite3"


def default_database_path(data_dir: str | Path | None = None) -> Path:
    """``<data_dir>/andes.sqlite3``, ``~/.andes/andes.sqlite3`` by default."""
    base = Path(data_dir).expanduser() if data_dir else Path.home() / ".andes"
    return base / DATABASE_FILENAME


class _SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


# --- values <-> SQLite ----------------------------------------------------------------------

def _ts(value: datetime | None) -> str | None:
    """Timestamps as fixed-width ISO text in UTC, so that text order is time order."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.isoformat(timespec="microseconds")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _flag(value: bool | None) -> int | None:
    """A nullable boolean as SQLite's 0/1 (NULL stays NULL: "not asked" is not "no")."""
    return None if value is None else int(value)
