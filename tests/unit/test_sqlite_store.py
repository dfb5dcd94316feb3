"""The embedded SQLite store beyond the shared contract: the file, its rules, threads, the chat buffer."""
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.in_memory import FixedClock
from adapters.sqlite import (
    SCHEMA_VERSION,
    SqliteChatBuffer,
    SqliteDatabase,
    SqlitePlanRepository,
    SqliteRunnerRepository,
    SqliteRunRepository,
    SqliteStore,
    default_database_path,
)
from domain.conversation import Message, Role
from domain.run import Run
from domain.runner import Runner
from tests.contract.repositories import a_plan

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "andes.sqlite3"


@pytest.fixture
def db(path):
    database = SqliteDatabase(path)
    yield database
    database.close()


@pytest.fixture
def runner(db):
    r = Runner(phone="+593991112233", name="Ana")
    SqliteRunnerRepository(db).save(r)
    return r


def test_the_default_file_lives_in_the_data_dir(tmp_path):
    assert default_database_path() == Path.home() / ".andes" / "andes.sqlite3"
    assert default_database_path(tmp_path) == tmp_path / "andes.sqlite3"


def test_state_survives_closing_and_reopening_the_file(path):
    db = SqliteDatabase(path)
    runner = Runner(phone="+593991112233", name="Ana")
    SqliteRunnerRepository(db).save(runner)
    SqliteRunRepository(db).add(Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=8))
    db.close()

    again = SqliteDatabase(path)
    assert SqliteRunnerRepository(again).by_phone("593991112233").name == "Ana"
    assert len(SqliteRunRepository(again).for_runner(runner.id)) == 1
    again.close()


def test_the_file_uses_wal_and_foreign_keys(db):
    with db.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrating_again_is_a_no_op(path):
    db = SqliteDatabase(path)
    assert db.schema_version == SCHEMA_VERSION
    assert db.migrate() == []
    db.close()
    second = SqliteDatabase(path)          # a second start on the same file
    assert second.migrate() == [] and second.schema_version == SCHEMA_VERSION
    second.close()


def test_an_in_memory_database_works_too():
    db = SqliteDatabase(":memory:")
    SqliteRunnerRepository(db).save(Runner(phone="+593991112233"))
    assert len(SqliteRunnerRepository(db).all()) == 1


# --- rules the file itself enforces ----------------------------------------------------------

def test_the_database_refuses_two_active_plans(db, runner):
    insert = ("INSERT INTO training_plans (id, user_id, start_date, end_date, vdot, sessions, active, created_at) "
              "VALUES (?, ?, '2024-03-04', '2024-03-17', 45, '[]', 1, '2024-03-01')")
    with db.transaction() as conn:
        conn.execute(insert, ["p1", runner.id])
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        with db.transaction() as conn:
            conn.execute(insert, ["p2", runner.id])


@pytest.mark.parametrize("distance, duration, rpe", [(-3, 1800, 5), (0, 1800, 5), (5, 0, 5), (5, 1800, 14)])
def test_the_database_refuses_impossible_runs(db, runner, distance, duration, rpe):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        with db.transaction() as conn:
            conn.execute("INSERT INTO runs (id, user_id, run_date, distance_km, duration_s, perceived_effort, "
                         "created_at) VALUES ('r1', ?, '2024-03-01', ?, ?, ?, '2024-03-01')",
                         [runner.id, distance, duration, rpe])


def test_a_run_needs_a_stored_runner(db):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        SqliteRunRepository(db).add(Run(runner_id="nobody", date=date(2024, 3, 1), distance_km=5))


def test_a_failed_transaction_leaves_nothing_behind(db, runner):
    with pytest.raises(RuntimeError):
        with db.transaction() as conn:
            conn.execute("UPDATE users SET name = 'changed' WHERE id = ?", [runner.id])
            raise RuntimeError("boom")
    assert SqliteRunnerRepository(db).get(runner.id).name == "Ana"


# --- threads ------------------------------------------------------------------------------------

def test_threads_can_write_and_read_at_once(db, runner):
    runs = SqliteRunRepository(db)

    def log_runs(worker):
        for i in range(25):
            runs.add(Run(runner_id=runner.id, date=date(2024, 1, 1) + timedelta(days=i), distance_km=5 + worker))
            runs.for_runner(runner.id, limit=5)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(log_runs, range(8)))
    assert len(runs.for_runner(runner.id)) == 200


def test_simultaneous_activations_leave_exactly_one_active_plan(db, runner):
    plans = SqlitePlanRepository(db)
    start = threading.Barrier(6)

    def activate(i):
        start.wait()
        plans.activate(a_plan(runner.id, date(2024, 3, 4), vdot=40 + i))

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(activate, range(6)))
    history = plans.history(runner.id)
    assert len(history) == 6 and sum(p.active for p in history) == 1


def test_two_stores_on_one_file_see_each_others_writes(path):
    one, two = SqliteDatabase(path), SqliteDatabase(path)
    runner = Runner(phone="+593991112233")
    SqliteRunnerRepository(one).save(runner)
    assert SqliteRunnerRepository(two).get(runner.id) == SqliteRunnerRepository(one).get(runner.id)
    one.close()
    two.close()


# --- property: any valid run survives the file ----------------------------------------------------

texts = st.none() | st.text(max_size=40)


@settings(max_examples=60, deadline=None)
@given(distance=st.floats(min_value=0.01, max_value=250), rpe=st.none() | st.integers(1, 10),
       mood=texts, notes=texts, day=st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_any_valid_run_survives(distance, rpe, mood, notes, day):
    db = SqliteDatabase(":memory:")
    runner = Runner(phone="+593991112233")
    SqliteRunnerRepository(db).save(runner)
    run = Run(runner_id=runner.id, date=day, distance_km=distance, perceived_effort=rpe, mood=mood, notes=notes,
              duration_s=int(distance * 400) + 1, created_at=T0)
    SqliteRunRepository(db).add(run)
    assert SqliteRunRepository(db).for_runner(runner.id) == [run]
    db.close()


# --- chat buffer ------------------------------------------------------------------------------

def said(runner_id, i):
    return Message(runner_id=runner_id, role=Role.RUNNER if i % 2 == 0 else Role.COACH, text=f"m{i}",
                   at=T0 + timedelta(minutes=i))


def test_the_chat_buffer_clears_one_runner_and_survives_a_restart(path):
    db = SqliteDatabase(path)
    buffer = SqliteChatBuffer(db, FixedClock(T0))
    buffer.append(said("ana", 0))
    buffer.append(said("luis", 1))
    buffer.clear("luis")
    db.close()

    again = SqliteDatabase(path)
    buffer = SqliteChatBuffer(again, FixedClock(T0 + timedelta(hours=1)))
    assert [m.text for m in buffer.recent("ana")] == ["m0"]
    assert buffer.recent("luis") == []
    again.close()


def test_the_store_holds_every_repository_on_one_file(path):
    store = SqliteStore(path)
    runner = Runner(phone="+593991112233")
    store.runners.save(runner)
    store.runs.add(Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=5))
    assert store.ping()
    store.chat_buffer(FixedClock(T0)).append(said(runner.id, 0))
    store.close()

    again = SqliteStore(path)
    assert len(again.runs.for_runner(runner.id)) == 1
    assert len(again.chat_buffer(FixedClock(T0)).recent(runner.id)) == 1
    again.close()
