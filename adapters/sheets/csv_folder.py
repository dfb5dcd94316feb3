"""``Spreadsheet`` on a folder of CSV files, one per tab (``Usuarios.csv``, ``Carreras.csv``,
``Conversaciones.csv``): File → Download → CSV of each tab, for a migration without network or
credentials. Comma, semicolon or tab separated; UTF-8 with or without a BOM. Appends (the mirror's)
add lines to the file."""
from __future__ import annotations

import csv
import io
import threading
from collections.abc import Sequence
from pathlib import Path

from application.ports.sheets import SpreadsheetUnavailable


class CsvFolderSpreadsheet:
    def __init__(self, folder: str | Path):
        self._folder = Path(folder)
        self._lock = threading.Lock()
        if not self._folder.is_dir():
            raise SpreadsheetUnavailable(f"{self._folder} is not a folder of CSV exports", retryable=False)

    @property
    def name(self) -> str:
        return str(self._folder)

    def _file(self, tab: str) -> Path:
        path = self._folder / f"{tab}.csv"
        if not path.is_file():
            raise SpreadsheetUnavailable(f"no {tab}.csv in {self._folder}", retryable=False)
        return path

    def tab_names(self) -> list[str]:
        return sorted(p.stem for p in self._folder.glob("*.csv"))

    def read_tab(self, tab: str) -> list[list[str]]:
        text = self._file(tab).read_text(encoding="utf-8-sig")
        first_line = text.split("\n", 1)[0]
        delimiter = max([",", ";", "\t"], key=first_line.count)
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))

    def header(self, tab: str) -> list[str]:
        rows = self.read_tab(tab)
        return rows[0] if rows else []

    def append_rows(self, tab: str, rows: Sequence[Sequence[str]]) -> None:
        path = self._file(tab)
        with self._lock:
            first_line = path.read_text(encoding="utf-8-sig").split("\n", 1)[0]
            delimiter = max([",", ";", "\t"], key=first_line.count)
            with open(path, "a", encoding="utf-8", newline="") as f:
                csv.writer(f, delimiter=delimiter).writerows(rows)
