"""`andes import-sheets USERS_CSV RUNS_CSV`: bring the old Google Sheets into the store.

Wiring (entrypoints/cli.py)::

    from entrypoints import cli_import
    cli_import.add_parser(sub, container_factory=_container)

The handler needs a container with ``.runners()`` and ``.runs()`` providers.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

import attrs

from application.migration.import_sheets import DEFAULT_COUNTRY_CODE, ImportSheets, SheetFormatError

EXIT_OK = 0
EXIT_ROWS_REFUSED = 1      # imported, but some rows were refused or the store check failed
EXIT_UNREADABLE = 2        # a file is missing or is not a sheet of runners / runs


def import_sheets_command(args: argparse.Namespace, container: Any, out=None) -> int:
    out = out or sys.stdout
    # The store's own repositories when there is one: with the dual-write mirror on, the runners'
    # and runs' providers also append to the old sheet, and what comes from it must not go back.
    store = container.store() if hasattr(container, "store") else None
    use_case = ImportSheets(runners=store.runners if store else container.runners(),
                            runs=store.runs if store else container.runs(),
                            country_code=getattr(args, "country_code", DEFAULT_COUNTRY_CODE))
    try:
        report = use_case(args.users_csv, args.runs_csv, dry_run=args.dry_run)
    except (OSError, SheetFormatError) as error:
        print(f"import-sheets: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        fields = attrs.asdict(report, filter=lambda a, _: a.name not in ("runners_by_phone", "run_keys"))
        print(json.dumps(fields | {"ok": report.ok}, ensure_ascii=False, indent=2), file=out)
    else:
        print(report.summary(), file=out)
    return EXIT_OK if report.ok else EXIT_ROWS_REFUSED


def add_parser(subparsers, container_factory: Callable[[], Any] | None = None) -> argparse.ArgumentParser:
    """Add the ``import-sheets`` subcommand.

    The parsed namespace gets ``handler(args, container) -> int`` and, when ``container_factory``
    is given, ``func(args) -> int`` that builds the container first (the style of entrypoints/cli.py).
    """
    p = subparsers.add_parser(
        "import-sheets",
        help="import runners and runs from the old Google Sheets (CSV exports); safe to run again",
        description="Runners are matched by phone (created or updated); a run already stored (same runner, "
                    "date, distance and duration) is skipped. Refused rows are listed with their sheet row "
                    "number. Dates are day first (01/03/2024 is 1 March) or ISO.",
    )
    p.add_argument("users_csv", metavar="USERS_CSV", help="the runners sheet (phone/telefono, name/nombre, ...)")
    p.add_argument("runs_csv", metavar="RUNS_CSV", help="the runs sheet (phone, date/fecha, distance_km, ...)")
    p.add_argument("--dry-run", action="store_true", help="check the files and report, write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--country-code", default=DEFAULT_COUNTRY_CODE, metavar="CC",
                   help=f"for national numbers with a leading 0 (default {DEFAULT_COUNTRY_CODE}, Ecuador)")
    p.set_defaults(handler=import_sheets_command)
    if container_factory is not None:
        p.set_defaults(func=lambda args: import_sheets_command(args, container_factory()))
    return p
