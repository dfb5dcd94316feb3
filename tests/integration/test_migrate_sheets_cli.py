"""`andes migrate-sheets` and `andes shadow-report` as an operator runs them, on PostgreSQL."""
from __future__ import annotations

import pytest

from entrypoints import cli
from tests.integration.sheets_data import RUNS, write_csv_folder

pytestmark = pytest.mark.integration


@pytest.fixture
def env(tmp_path, monkeypatch, postgres_url, postgres_schema):
    url = f"{postgres_url}?options=-csearch_path%3D{postgres_schema}"
    for key, value in {"ANDES_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": url, "ANDES_VECTOR_STORE": "memory",
                       "EMBEDDINGS_PROVIDER": "hashing", "LLM_PROVIDER": "offline"}.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def test_migrate_then_validate_then_a_difference_exits_1(env, capsys):
    export = write_csv_folder(env / "export")

    assert cli.main(["migrate-sheets", "--csv", str(export)]) == 0
    first = capsys.readouterr().out
    assert first.startswith("sheets migration OK: Usuarios 3 read/2 imported/1 skipped/0 differing")
    assert "report: " in first

    assert cli.main(["migrate-sheets", "--csv", str(export), "--validate",
                     "--report", str(env / "night.txt")]) == 0
    assert "sheets validation OK" in capsys.readouterr().out
    assert "Per runner (sheet | store):" in (env / "night.txt").read_text(encoding="utf-8")

    # The old bot logged one more run meanwhile (the dual-write period): the validation says so.
    write_csv_folder(export, runs=[*RUNS, ["0992223344", "09/03/2024", "10", "55:00", "", "", ""]])
    assert cli.main(["migrate-sheets", "--csv", str(export), "--validate"]) == 1
    out = capsys.readouterr().out
    assert "sheets validation DIFFERS" in out and "Carreras 7 read/0 imported/2 skipped/1 differing" in out
    assert "runners 1/2 equal" in out


def test_a_folder_that_is_not_the_old_bots_sheet_exits_2(env, capsys):
    (env / "empty").mkdir()
    assert cli.main(["migrate-sheets", "--csv", str(env / "empty")]) == 2
    assert "has no runners tab" in capsys.readouterr().err


def test_shadow_report_runs_without_a_sheet(env, capsys):
    assert cli.main(["shadow-report", "--no-sheet", "--out", str(env / "shadow.txt")]) == 0
    assert "0 messages from 0 runners" in capsys.readouterr().out
