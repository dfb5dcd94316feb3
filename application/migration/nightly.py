"""The dual-write period's nightly check: the validation report once a night.

Run from the workers' periodic job (every few minutes, once across workers); it does its work on the
first tick after ``AT_HOUR`` in Ecuador whose night has no report yet, and keeps the report as
``validation-YYYY-MM-DD.txt`` next to the others. A report that differs is logged as an error with
its one-line summary (what an alert watches); one that matches, at INFO.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from application.migration.report import MigrationReport
from application.ports import Clock
from application.ports.sheets import ReportStore

log = logging.getLogger(__name__)

AT_HOUR = 3                           # 03:00, when the old bot and the runners are quiet
ZONE = ZoneInfo("America/Guayaquil")


class NightlyValidation:
    def __init__(self, validate: Callable[[], MigrationReport], clock: Clock, reports: ReportStore,
                 at_hour: int = AT_HOUR, zone: ZoneInfo = ZONE):
        self._validate = validate
        self._clock = clock
        self._reports = reports
        self._at_hour = at_hour
        self._zone = zone

    def __call__(self) -> MigrationReport | None:
        """The report when it ran now; None when it was not due (or could not run: logged)."""
        local: datetime = self._clock.now().astimezone(self._zone)
        name = f"validation-{local.date().isoformat()}.txt"
        if local.hour < self._at_hour or self._reports.exists(name):
            return None
        try:
            report = self._validate()
        except Exception:
            log.exception("nightly sheets validation could not run (tried again at the next tick)")
            return None
        where = self._reports.write(name, report.text())
        if report.ok:
            log.info("nightly sheets validation: %s (%s)", report.summary(), where)
        else:
            log.error("nightly sheets validation: %s (%s)", report.summary(), where)
        return report
