"""Issue 25's storage on the in-memory and SQLite stores: the coach preferences contract, and the
schema entry that adds them (and the outbox's picture column) to an existing database."""
import pytest

from adapters import in_memory
from adapters import sqlite as sq
from adapters.sqlite.preferences import SqlitePreferencesRepository
from tests.contract.preferences import *  # noqa: F401,F403


@pytest.fixture(params=["memory", "sqlite"])
def preferences_store(request, tmp_path):
    if request.param == "memory":
        yield in_memory.InMemoryRunnerRepository(), in_memory.InMemoryPreferencesRepository()
        return
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield sq.SqliteRunnerRepository(db), SqlitePreferencesRepository(db)
    db.close()


def test_the_issue_25_entry_upgrades_a_database_of_the_version_before(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    [mine] = [i for i, entry in enumerate(sq._MIGRATIONS) if any("coach_preferences" in s for s in entry)]
    with monkeypatch.context() as m:
        m.setattr(sq.schema, "_MIGRATIONS", sq._MIGRATIONS[:mine])
        old = sq.SqliteDatabase(path)
        with old.read() as conn:
            assert "image" not in {r[1] for r in conn.execute("PRAGMA table_info(outbox)")}   # the old schema
        old.close()
    store = sq.SqliteStore(path)
    assert store.db.schema_version == sq.SCHEMA_VERSION
    with store.db.read() as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "image" in columns and "coach_preferences" in tables
    store.close()
