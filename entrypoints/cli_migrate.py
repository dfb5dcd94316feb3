"""`andes migrate-sheets` and `andes shadow-report`: moving off the old Google-Sheets bot.

* ``andes migrate-sheets`` — the old bot's spreadsheet (SHEETS_SPREADSHEET_ID with a service account
  in GOOGLE_APPLICATION_CREDENTIALS, or ``--csv DIR`` / ANDES_SHEETS_CSV_DIR: a folder of CSV exports,
  one per tab) into the store and vector memory, then validated; ``--validate`` only compares.
  Prints the one-line summary, writes the readable report (``--report``, by default
  ``$ANDES_DATA_DIR/migration/``). Exit 0 when nothing differs, 1 when something does, 2 when the
  spreadsheet cannot be read or is not the old bot's.
* ``andes shadow-report`` — what Andes would have said in shadow mode, beside the old bot's answers.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from application.migration.mapping import SheetFormatError
from application.migration.shadow import ShadowReport
from application.ports.sheets import SpreadsheetUnavailable

EXIT_OK = 0
EXIT_DIFFERS = 1
EXIT_UNREADABLE = 2


def _spreadsheet(args: argparse.Namespace) -> Any:
    if getattr(args, "csv", None):
        from adapters.sheets.csv_folder import CsvFolderSpreadsheet
        return CsvFolderSpreadsheet(args.csv)
    return None


def _write(text: str, path: str | None, default: Path) -> Path:
    target = Path(path) if path else default
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def migrate_sheets_command(args: argparse.Namespace, container: Any, out=None) -> int:
    out = out or sys.stdout
    from bootstrap import SettingsError, _migrate_sheets
    try:
        use_case = _migrate_sheets(container.settings(), container.store(), container.vector_memory(),
                                   container.understand(), container.clock(), spreadsheet=_spreadsheet(args))
        report = use_case.validate() if args.validate else use_case.migrate()
    except (SpreadsheetUnavailable, SheetFormatError, SettingsError) as error:
        print(f"migrate-sheets: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    stamp = container.clock().now().strftime("%Y%m%dT%H%M%SZ")
    kind = "validation" if args.validate else "migration"
    where = _write(report.text(), args.report, container.settings().data_path / "migration" / f"{kind}-{stamp}.txt")
    print(report.summary(), file=out)
    print(f"report: {where}", file=out)
    return EXIT_OK if report.ok else EXIT_DIFFERS


def shadow_report_command(args: argparse.Namespace, container: Any, out=None) -> int:
    out = out or sys.stdout
    now = container.clock().now().astimezone(timezone.utc)
    since = (datetime.fromisoformat(args.since).replace(tzinfo=timezone.utc) if args.since
             else now - timedelta(days=args.days))
    spreadsheet = _spreadsheet(args)
    if spreadsheet is None and not args.no_sheet:
        from bootstrap import _spreadsheet as configured
        try:
            spreadsheet = configured(container.settings())
        except SpreadsheetUnavailable as error:
            print(f"shadow-report: the old bot's sheet is not readable ({error}); comparing without it",
                  file=sys.stderr)
    store = container.store()
    review = ShadowReport(store.runners, store.conversations, store.summaries, spreadsheet)(since, now)
    where = _write(review.text(), args.out,
                   container.settings().data_path / "migration" / f"shadow-{now:%Y%m%dT%H%M%SZ}.txt")
    print(review.summary(), file=out)
    print(f"report: {where}", file=out)
    return EXIT_OK


def add_parsers(subparsers, container_factory: Callable[[], Any]) -> None:
    p = subparsers.add_parser(
        "migrate-sheets",
        help="migrate the old bot's Google Sheet (runners, runs, conversations) and validate; safe to run again",
        description="Reads the spreadsheet of SHEETS_SPREADSHEET_ID (a service account key in "
                    "GOOGLE_APPLICATION_CREDENTIALS, the sheet shared with its e-mail) or a folder of CSV "
                    "exports, imports what is missing (runners by phone, runs, chat history with its dates, "
                    "memories), then compares the sheet with the store. Exit 1 when something differs.")
    p.add_argument("--validate", action="store_true", help="only compare the sheet with the store; write nothing")
    p.add_argument("--csv", metavar="DIR", help="a folder of CSV exports, one per tab, instead of the Sheets API")
    p.add_argument("--report", metavar="PATH", help="where to write the readable report")
    p.set_defaults(func=lambda args: _run(migrate_sheets_command, args, container_factory))

    p = subparsers.add_parser("shadow-report",
                              help="what Andes would have said in shadow mode, beside the old bot's answers")
    p.add_argument("--days", type=int, default=1, help="the last N days (default 1)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="from this day (UTC) instead")
    p.add_argument("--csv", metavar="DIR", help="the old bot's sheet as a folder of CSV exports")
    p.add_argument("--no-sheet", action="store_true", help="do not read the old bot's sheet")
    p.add_argument("--out", metavar="PATH", help="where to write the review")
    p.set_defaults(func=lambda args: _run(shadow_report_command, args, container_factory))


def _run(command: Callable[[argparse.Namespace, Any], int], args: argparse.Namespace,
         container_factory: Callable[[], Any]) -> int:
    from bootstrap import close_resources
    container = container_factory()
    try:
        return command(args, container)
    finally:
        close_resources(container)
