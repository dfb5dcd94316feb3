"""``ReportStore`` on a folder: the validation reports as text files (``$ANDES_DATA_DIR/migration``)."""
from __future__ import annotations

import os
from pathlib import Path


class ReportFolder:
    def __init__(self, folder: str | Path):
        self._folder = Path(folder)

    def exists(self, name: str) -> bool:
        return (self._folder / name).exists()

    def write(self, name: str, text: str) -> str:
        self._folder.mkdir(parents=True, exist_ok=True)
        path = self._folder / name
        partial = path.with_suffix(path.suffix + ".partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)            # a reader never sees half a report
        return str(path)
