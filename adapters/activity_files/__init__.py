"""Activity files (FIT, GPX, TCX; alone, gzipped or zipped) read into ``ActivityFile``s (issue 24).

``ActivityFiles().read(data, filename)`` is the ``application.ports.activity_files.ActivityFileReader``:
it tells the format by its bytes (FIT's ``.FIT`` signature, XML's root element, a ZIP or a gzip),
never by the name a phone gave it, and hands it to the reader of that format:

* FIT: Garmin's own FIT SDK (``garmin-fit-sdk``), CRC checked;
* GPX: ``gpxpy``;
* TCX: ``tcxreader``.

Each reader only turns a file into samples and the totals the file states; splits, moving time and
elevation are worked out once, in ``domain.activity``.
"""
from adapters.activity_files.reader import ActivityFiles

__all__ = ["ActivityFiles"]
