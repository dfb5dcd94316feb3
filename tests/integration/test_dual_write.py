"""Phase 3 — dual-write: a runner onboarded and their runs logged in Andes (on PostgreSQL) reach the
old bot's Google Sheet through the Sheets API (the fake), and the nightly validation agrees."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from dependency_injector import providers

from adapters.postgres import PostgresStore
from tests.coach_harness import ONBOARDING_ES, memory_container, onboard
from tests.integration.fake_graph_api import ServerThread
from tests.integration.fake_sheets_api import FakeSheetsAPI

pytestmark = pytest.mark.integration

PHONE = "+593991234567"
USERS = [["Teléfono", "Nombre", "Edad", "Objetivo", "Nivel", "Registro completo"]]
RUNS = [["Fecha", "Teléfono", "Distancia", "Tiempo", "Esfuerzo", "Molestias", "Competencia"]]
CHAT = [["Fecha", "Teléfono", "Quién", "Mensaje"]]


@pytest.fixture
def sheets(tmp_path):
    fake = FakeSheetsAPI()
    with ServerThread(fake.app) as server:
        fake.url = server.url
        key = tmp_path / "sa.json"
        account = fake.service_account()
        key.write_text(json.dumps(account))
        fake.add_spreadsheet("old-bot", "Bot", {"Usuarios": USERS, "Carreras": RUNS, "Conversaciones": CHAT},
                             shared_with=(account["client_email"],))
        fake.key_file = str(key)
        yield fake


def test_new_runners_and_runs_are_appended_to_the_old_sheet_and_the_night_check_agrees(tmp_path, postgres_pool,
                                                                                       sheets):
    container, clock = memory_container(
        tmp_path, embeddings="hashing", sheets_mirror=True, sheets_spreadsheet_id="old-bot",
        google_application_credentials=sheets.key_file, sheets_api_base=sheets.url)
    container.store.override(providers.Object(PostgresStore(postgres_pool)))
    reply = container.reply_to_runner()
    onboard(reply, PHONE, ONBOARDING_ES)
    reply(PHONE, "hoy corrí 8 km en 45 min, me siento bien")
    reply(PHONE, "ayer hice 12 km en 1h 05")
    mirror = container.sheets_mirror()
    assert mirror.flush(20)

    users = sheets.values("old-bot", "Usuarios")
    assert len(users) == 2 and users[1][0] == PHONE and users[1][1] and users[1][5] == "sí"
    runs = sheets.values("old-bot", "Carreras")
    assert sorted(float(r[2]) for r in runs[1:]) == [8.0, 12.0]
    assert all(r[1] == PHONE for r in runs[1:])
    assert not any(method == "POST" and path.endswith(":append") and "Conversaciones" in path
                   for method, path in sheets.requests)

    # The nightly check, as the workers' periodic job runs it, after 03:00 in Ecuador.
    clock.now = lambda: datetime(2026, 11, 25, 8, 30, tzinfo=timezone.utc)     # type: ignore[method-assign]
    report = container.nightly_validation()()
    assert report is not None and report.ok, report.text()
    assert [(r.sheet.runs, r.store.runs) for r in report.runners] == [(2, 2)]
    assert (tmp_path / "migration" / "validation-2026-11-25.txt").exists()
    mirror.close()


def test_without_the_mirror_nothing_is_wrapped_or_written(tmp_path, postgres_pool, sheets):
    container, _ = memory_container(tmp_path, embeddings="hashing")
    store = PostgresStore(postgres_pool)
    container.store.override(providers.Object(store))
    assert container.sheets_mirror() is None and container.runs() is store.runs
    assert container.nightly_validation() is None


def test_a_mirror_whose_key_cannot_be_read_is_off_and_the_coach_still_answers(tmp_path, postgres_pool, caplog):
    container, _ = memory_container(tmp_path, embeddings="hashing", sheets_mirror=True,
                                    sheets_spreadsheet_id="old-bot",
                                    google_application_credentials=str(tmp_path / "missing.json"))
    store = PostgresStore(postgres_pool)
    container.store.override(providers.Object(store))

    _, reply = container.reply_to_runner()(PHONE, "Hola")

    assert reply.text and container.sheets_mirror() is None and container.runs() is store.runs
    assert "the dual-write mirror is off" in caplog.text and "GOOGLE_APPLICATION_CREDENTIALS" in caplog.text
