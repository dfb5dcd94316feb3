"""The old bot's spreadsheet, as the migration and the dual-write mirror see it.

Two adapters implement ``Spreadsheet``: the Google Sheets API v4 through gspread with a service
account (``adapters.sheets.google``) and a folder of CSV exports, one file per tab, as the offline
alternative (``adapters.sheets.csv_folder``).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from domain.memory import MemoryDocument


class SpreadsheetUnavailable(Exception):
    """The spreadsheet could not be read or written (network, quota, permissions). ``retryable``:
    worth trying again later (a 429 or a 5xx; not a 403 or a missing tab)."""

    def __init__(self, message: str, *, retryable: bool = True, retry_after_s: float | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.retry_after_s = retry_after_s


class Spreadsheet(Protocol):
    @property
    def name(self) -> str:
        """What to call it in a report (the spreadsheet's title, or the folder)."""

    def tab_names(self) -> list[str]: ...

    def read_tab(self, tab: str) -> list[list[str]]:
        """Every row of the tab as displayed (formatted text), the header first; short rows are not
        padded. Raises SpreadsheetUnavailable."""

    def header(self, tab: str) -> list[str]:
        """The tab's first row (the mirror writes its rows in this column order)."""

    def append_rows(self, tab: str, rows: Sequence[Sequence[str]]) -> None:
        """Add rows after the last row of the tab, in order, as if typed (dates stay text).
        Raises SpreadsheetUnavailable."""


class BatchMemory(Protocol):
    """Vector memory that embeds many documents in one call (the migration's conversations)."""

    def store_many(self, documents: Sequence[MemoryDocument]) -> None:
        """Store each document, replacing one of the same id (so a second import adds nothing)."""


class LegacyWebhook(Protocol):
    """The old bot's webhook, fed by Andes in shadow mode (ANDES_MODE=shadow)."""

    async def forward(self, body: bytes) -> None:
        """Post a WhatsApp delivery to the old bot, signed as Meta signs it; retried, never raises."""


class ReportStore(Protocol):
    """Where the migration's reports are kept, by name (a folder)."""

    def exists(self, name: str) -> bool: ...

    def write(self, name: str, text: str) -> str:
        """Keep ``text`` under ``name``; returns where (for the log)."""
