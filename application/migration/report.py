"""The migration's report: per tab what was read, imported, skipped (with the reason) and what
differs from the store; per runner, the sheet's totals beside the store's (runs, km, last run)."""
from __future__ import annotations

from datetime import date

import attrs


@attrs.frozen
class RowNote:
    row: int          # the sheet's row number: the header is row 1
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@attrs.define
class TabReport:
    tab: str
    read: int = 0                 # non-blank data rows
    imported: int = 0             # new in the store (this run)
    updated: int = 0              # runners already there whose profile changed
    already_there: int = 0        # nothing to do
    skipped: list[RowNote] = attrs.field(factory=list)      # refused, with the reason
    differing: list[RowNote] = attrs.field(factory=list)    # valid rows not as the store has them
    warnings: list[RowNote] = attrs.field(factory=list)
    ignored_columns: list[str] = attrs.field(factory=list)

    def skip(self, row: int, reason: str) -> None:
        self.skipped.append(RowNote(row, reason))

    def line(self) -> str:
        return (f"{self.tab}: {self.read} read, {self.imported} imported, {self.updated} updated, "
                f"{self.already_there} already there, {len(self.skipped)} skipped, {len(self.differing)} differing")

    def text(self) -> str:
        lines = [self.line()]
        lines += [f"  skipped {n}" for n in self.skipped]
        lines += [f"  DIFFERS {n}" for n in self.differing]
        lines += [f"  warning {n}" for n in self.warnings]
        if self.ignored_columns:
            lines.append(f"  columns ignored: {', '.join(self.ignored_columns)}")
        return "\n".join(lines)


@attrs.frozen
class Totals:
    runs: int
    km: float
    last_run: date | None

    def __str__(self) -> str:
        return f"{self.runs} runs, {self.km:.1f} km, last {self.last_run.isoformat() if self.last_run else '-'}"


@attrs.frozen
class RunnerComparison:
    runner: str                   # the phone, masked (…2233): a report is not a place for numbers
    sheet: Totals
    store: Totals

    @property
    def same(self) -> bool:
        return (self.sheet.runs, round(self.sheet.km, 1), self.sheet.last_run) == \
            (self.store.runs, round(self.store.km, 1), self.store.last_run)


@attrs.define
class MigrationReport:
    source: str
    tabs: list[TabReport] = attrs.field(factory=list)
    runners: list[RunnerComparison] = attrs.field(factory=list)
    memories: int = 0            # documents embedded into vector memory by this run
    validate_only: bool = False

    @property
    def differing_runners(self) -> list[RunnerComparison]:
        return [r for r in self.runners if not r.same]

    @property
    def ok(self) -> bool:
        """Nothing differs between the sheet's valid rows and the store (skipped rows are listed,
        not differences: they were never valid)."""
        return not any(t.differing for t in self.tabs) and not self.differing_runners

    def summary(self) -> str:
        """One line for a terminal or a log."""
        mark = "OK" if self.ok else "DIFFERS"
        tabs = "; ".join(f"{t.tab} {t.read} read/{t.imported} imported/{len(t.skipped)} skipped/"
                         f"{len(t.differing)} differing" for t in self.tabs)
        sheet_runs = sum(r.sheet.runs for r in self.runners)
        sheet_km = sum(r.sheet.km for r in self.runners)
        store_runs = sum(r.store.runs for r in self.runners)
        store_km = sum(r.store.km for r in self.runners)
        return (f"sheets {'validation' if self.validate_only else 'migration'} {mark}: {tabs}; runners "
                f"{len(self.runners) - len(self.differing_runners)}/{len(self.runners)} equal "
                f"(runs {sheet_runs} sheet / {store_runs} store, km {sheet_km:.1f} / {store_km:.1f}); "
                f"{self.memories} memories embedded")

    def text(self) -> str:
        """The readable file."""
        parts = [f"Sheets {'validation' if self.validate_only else 'migration'} of {self.source}", "",
                 self.summary(), ""]
        parts += [t.text() for t in self.tabs]
        parts += ["", "Per runner (sheet | store):"]
        for r in sorted(self.runners, key=lambda r: (r.same, r.runner)):
            parts.append(f"  {'  ' if r.same else '≠ '}{r.runner}: {r.sheet} | {r.store}")
        return "\n".join(parts) + "\n"
