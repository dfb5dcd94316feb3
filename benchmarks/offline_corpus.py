"""How well does the offline understanding read runners' messages?

Runs every message of benchmarks/corpus.json (bilingual, Spanish-heavy, the way runners write on
WhatsApp) through ``application.understanding.intents.classify`` and the RunReport it parses, and
compares with what a coach would read:

* intent accuracy: the intent is the expected one;
* field accuracy: for run reports, each expected field (distance_km within 1 %, duration_s within
  1 s, rpe, aches as a set, days_ago) is right. A field expected as null must be absent.

    .venv/bin/python -m benchmarks.offline_corpus            # accuracy and the failures
    .venv/bin/python -m benchmarks.offline_corpus --json     # machine-readable

The corpus is written from how runners talk, not tuned to the parser: a miss is a parser
limitation to fix in application/understanding/, and the case stays.
tests/unit/test_offline_corpus.py fails CI when either accuracy drops below 0.9.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import attrs

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from application.understanding.intents import classify  # noqa: E402
from application.understanding.run_report import RunReport  # noqa: E402

CORPUS = Path(__file__).with_name("corpus.json")
FIELDS = ("distance_km", "duration_s", "rpe", "aches", "days_ago")


@attrs.define
class CaseResult:
    id: str
    text: str
    expected_intent: str
    intent: str
    field_checks: dict[str, tuple[Any, Any, bool]]   # field -> (expected, got, ok)

    @property
    def intent_ok(self) -> bool:
        return self.intent == self.expected_intent

    @property
    def failed_fields(self) -> dict[str, tuple[Any, Any]]:
        return {f: (exp, got) for f, (exp, got, ok) in self.field_checks.items() if not ok}


@attrs.define
class Scores:
    cases: list[CaseResult]

    @property
    def intent_accuracy(self) -> float:
        return sum(c.intent_ok for c in self.cases) / len(self.cases)

    @property
    def fields_checked(self) -> int:
        return sum(len(c.field_checks) for c in self.cases)

    @property
    def field_accuracy(self) -> float:
        checked = self.fields_checked
        right = sum(ok for c in self.cases for _, _, ok in c.field_checks.values())
        return right / checked if checked else 1.0

    def per_intent(self) -> dict[str, tuple[int, int]]:
        table: dict[str, tuple[int, int]] = {}
        for c in self.cases:
            right, total = table.get(c.expected_intent, (0, 0))
            table[c.expected_intent] = (right + c.intent_ok, total + 1)
        return table

    def failures(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.intent_ok or c.failed_fields]


def load_corpus(path: Path = CORPUS) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _got(report: RunReport, field: str, today: date) -> Any:
    if field == "rpe":
        return report.perceived_effort
    if field == "aches":
        return sorted(report.aches)
    if field == "days_ago":
        return (today - report.day).days if report.day else None
    return getattr(report, field)


def _matches(field: str, expected: Any, got: Any) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if field == "distance_km":
        return abs(got - expected) <= 0.01 * expected
    if field == "duration_s":
        return abs(got - expected) <= 1
    if field == "aches":
        return sorted(expected) == sorted(got)
    return got == expected


def evaluate(corpus: dict[str, Any] | None = None) -> Scores:
    corpus = corpus or load_corpus()
    today = date.fromisoformat(corpus["today"])
    results = []
    for case in corpus["cases"]:
        intent, report = classify(case["text"], today)
        checks = {}
        for field in FIELDS:
            if field in case.get("run", {}):
                expected = case["run"][field]
                got = _got(report, field, today)
                checks[field] = (expected, got, _matches(field, expected, got))
        results.append(CaseResult(case["id"], case["text"], case["intent"], intent.value, checks))
    return Scores(results)


def report(scores: Scores) -> str:
    lines = [
        f"Offline understanding on {len(scores.cases)} messages (benchmarks/corpus.json)",
        f"  intent accuracy: {scores.intent_accuracy:.3f} "
        f"({sum(c.intent_ok for c in scores.cases)}/{len(scores.cases)})",
        f"  field accuracy:  {scores.field_accuracy:.3f} "
        f"({round(scores.field_accuracy * scores.fields_checked)}/{scores.fields_checked} run-report fields)",
        "",
        "  by expected intent:",
    ]
    for intent, (right, total) in sorted(scores.per_intent().items()):
        lines.append(f"    {intent:<16} {right}/{total}")
    failures = scores.failures()
    lines += ["", f"  failures ({len(failures)}):" if failures else "  no failures"]
    for c in failures:
        lines.append(f"    [{c.id}] {c.text!r}")
        if not c.intent_ok:
            lines.append(f"        intent: expected {c.expected_intent}, got {c.intent}")
        for field, (expected, got) in c.failed_fields.items():
            lines.append(f"        {field}: expected {expected!r}, got {got!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    scores = evaluate()
    if args.json:
        print(json.dumps({
            "cases": len(scores.cases),
            "intent_accuracy": round(scores.intent_accuracy, 4),
            "field_accuracy": round(scores.field_accuracy, 4),
            "fields_checked": scores.fields_checked,
            "failures": [{"id": c.id, "text": c.text, "expected_intent": c.expected_intent, "intent": c.intent,
                          "fields": {f: {"expected": e, "got": g} for f, (e, g) in c.failed_fields.items()}}
                         for c in scores.failures()],
        }, ensure_ascii=False, indent=2))
    else:
        print(report(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
