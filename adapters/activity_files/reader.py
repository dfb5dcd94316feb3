"""Which reader a file goes to, told by its bytes; ZIP and gzip archives opened with care."""
from __future__ import annotations

import gzip
import io
import zipfile

from adapters.activity_files.fit import is_fit, read_fit
from adapters.activity_files.gpx import read_gpx
from adapters.activity_files.tcx import read_tcx
from application.ports.activity_files import MAX_ACTIVITY_BYTES, ActivityFile, UnreadableActivity

ZIP_MAGIC = b"PK\x03\x04"
GZIP_MAGIC = b"\x1f\x8b"
ACTIVITY_SUFFIXES = (".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz")
# How far into an XML file its root element is looked for (after the declaration and comments).
XML_SNIFF_BYTES = 4096


class ActivityFiles:
    """``ActivityFileReader``: FIT, GPX or TCX, alone, gzipped (Strava's bulk export) or zipped
    (Garmin Connect's "export original", one FIT in a ZIP)."""

    def __init__(self, max_bytes: int = MAX_ACTIVITY_BYTES):
        self._max = max_bytes

    def read(self, data: bytes, filename: str | None = None) -> ActivityFile:
        return self._read(data, depth=0)

    def _read(self, data: bytes, depth: int) -> ActivityFile:
        if not data:
            raise UnreadableActivity("empty")
        if len(data) > self._max:
            raise UnreadableActivity("too_big", f"{len(data)} bytes")
        if is_fit(data):
            return read_fit(data)
        if depth < 2 and data.startswith(ZIP_MAGIC):
            return self._read(self._from_zip(data), depth + 1)
        if depth < 2 and data.startswith(GZIP_MAGIC):
            return self._read(self._from_gzip(data), depth + 1)
        head = data[:XML_SNIFF_BYTES].lower()
        if b"<gpx" in head:
            return read_gpx(data)
        if b"<trainingcenterdatabase" in head:
            return read_tcx(data)
        raise UnreadableActivity("not_an_activity", "neither FIT, GPX, TCX nor an archive of one")

    def _from_gzip(self, data: bytes) -> bytes:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as archive:
                out = archive.read(self._max + 1)       # a gzip bomb stops here
        except (OSError, EOFError) as error:
            raise UnreadableActivity("corrupt", f"gzip: {error}") from error
        if len(out) > self._max:
            raise UnreadableActivity("too_big", "uncompressed")
        return out

    def _from_zip(self, data: bytes) -> bytes:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            members = [m for m in archive.infolist() if not m.is_dir()]
            wanted = [m for m in members if m.filename.lower().endswith(ACTIVITY_SUFFIXES)] or members
            if not wanted:
                raise UnreadableActivity("empty", "an empty ZIP")
            member = wanted[0]
            if member.file_size > self._max:          # the size the archive claims…
                raise UnreadableActivity("too_big", "uncompressed")
            with archive.open(member) as handle:
                out = handle.read(self._max + 1)      # …and the size it really inflates to
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, NotImplementedError) as error:
            # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile lacks
            raise UnreadableActivity("corrupt", f"zip: {error}") from error
        if len(out) > self._max:
            raise UnreadableActivity("too_big", "uncompressed")
        return out
