"""What the PostgreSQL schema itself guarantees, migrations, and behaviour under concurrency."""
from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import psycopg
import pytest

import adapters.postgres.plans as plans_module
from adapters.postgres import (
    MigrationError,
    PostgresChatBuffer,
    PostgresInjuryRepository,
    PostgresPlanRepository,
    PostgresProgressSummaryRepository,
    PostgresRunnerRepository,
    PostgresRunRepository,
    PostgresStore,
    applied_versions,
    apply_migrations,
    create_pool,
    load_migrations,
)
from adapters.postgres.codec import to_jsonb
from adapters.postgres.migrations import Migration
from adapters.system_clock import SystemClock
from application.ports import ProgressSummaryRecord
from domain.conversation import Message, Role
from domain.injury import Side
from domain.plan import PlanNote
from domain.run import Run
from domain.runner import Runner
from tests.contract.repositories import a_plan

pytestmark = pytest.mark.integration

TABLES = {"users", "runs", "training_plans", "conversations", "injuries", "progress_summaries",
          "chat_buffer", "inbox", "cross_training", "schema_migrations",
          "outbound_messages", "unreachable_runners",          # 0007: WhatsApp deliveries
          "outbox",                                            # 0009: replies stored before they are sent
          "coach_preferences",                                 # 0012: reminders and the calendar key (issue 25)
          "strava_links", "strava_events"}                     # 0013: Strava sync (issue 24)


def tables(pool) -> set[str]:
    with pool.connection() as conn:
        return {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}


def a_runner(pool, phone="+593991112233") -> Runner:
    runner = Runner(phone=phone, name="Ana")
    PostgresRunnerRepository(pool).save(runner)
    return runner


# --- migrations -------------------------------------------------------------------------------

def test_migrations_apply_in_order_and_rerunning_is_a_no_op(postgres_empty_pool):
    shipped = [m.version for m in load_migrations()]
    assert shipped == sorted(shipped) and shipped[0] == 1

    assert apply_migrations(postgres_empty_pool) == shipped
    rows = applied_versions(postgres_empty_pool)
    assert [v for v, _, _ in rows] == shipped
    assert tables(postgres_empty_pool) == TABLES

    assert apply_migrations(postgres_empty_pool) == []
    assert apply_migrations(postgres_empty_pool) == []
    assert applied_versions(postgres_empty_pool) == rows
    assert tables(postgres_empty_pool) == TABLES


def test_processes_starting_together_apply_each_migration_once(postgres_url, postgres_schema):
    start = threading.Barrier(4)

    def start_up(_):
        with psycopg.connect(postgres_url, options=f"-c search_path={postgres_schema}") as conn:
            start.wait()
            return apply_migrations(conn)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(start_up, range(4)))

    applied = sorted(v for r in results for v in r)
    assert applied == [m.version for m in load_migrations()]


def test_a_migration_edited_after_it_was_applied_is_refused(postgres_empty_pool):
    apply_migrations(postgres_empty_pool)
    first, *rest = load_migrations()
    edited = Migration(first.version, first.name, first.sql + "\n-- edited\n")
    with pytest.raises(MigrationError, match="changed after it was applied"):
        apply_migrations(postgres_empty_pool, [edited, *rest])


def test_a_later_migration_is_applied_on_its_own(postgres_empty_pool):
    apply_migrations(postgres_empty_pool)
    extra = Migration(999, "add_shoe", "ALTER TABLE runs ADD COLUMN shoe text;")
    assert apply_migrations(postgres_empty_pool, [*load_migrations(), extra]) == [999]
    assert apply_migrations(postgres_empty_pool, [*load_migrations(), extra]) == []


def test_a_failing_migration_leaves_nothing_behind(postgres_empty_pool):
    apply_migrations(postgres_empty_pool)
    broken = Migration(998, "broken", "CREATE TABLE half_done (id int); SELECT no_such_function();")
    with pytest.raises(psycopg.Error):
        apply_migrations(postgres_empty_pool, [*load_migrations(), broken])
    assert "half_done" not in tables(postgres_empty_pool)
    assert 998 not in [v for v, _, _ in applied_versions(postgres_empty_pool)]


def test_old_injuries_and_plans_load_after_0008_with_the_new_fields_empty(postgres_empty_pool):
    before = [m for m in load_migrations() if m.version < 8]
    assert [m.version for m in load_migrations() if m.version >= 8][:1] == [8]
    assert apply_migrations(postgres_empty_pool, before) == [m.version for m in before]
    sessions = a_plan("u1", date(2024, 3, 4)).sessions
    with postgres_empty_pool.connection() as conn:
        assert "pain" not in {r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'injuries'")}
        conn.execute("INSERT INTO users (id, phone) VALUES ('u1', '+593990000001')")
        conn.execute("INSERT INTO injuries (id, user_id, body_part, severity, reported_on) "
                     "VALUES ('i1', 'u1', 'rodilla', 'moderate', '2024-03-02')")
        conn.execute("INSERT INTO training_plans (id, user_id, start_date, end_date, vdot, sessions, adaptations) "
                     "VALUES ('p1', 'u1', '2024-03-04', '2024-03-17', 45, %s, '[\"menos volumen\"]')",
                     [to_jsonb(sessions)])

    assert 8 in apply_migrations(postgres_empty_pool)
    injuries, plans = PostgresInjuryRepository(postgres_empty_pool), PostgresPlanRepository(postgres_empty_pool)
    [knee] = injuries.for_runner("u1")
    assert (knee.id, knee.severity.value, knee.reported_on) == ("i1", "moderate", date(2024, 3, 2))
    assert (knee.side, knee.since, knee.pain, knee.pain_walking, knee.swelling, knee.sharp_pain) == (
        None, None, None, None, None, None)
    plan = plans.active_for("u1")
    assert (plan.adaptations, plan.notes, plan.race_date, plan.sessions) == (["menos volumen"], [], None, sessions)

    knee.side, knee.pain, knee.sharp_pain = Side.LEFT, 2, False
    injuries.update(knee)
    assert injuries.for_runner("u1") == [knee]
    plan.notes, plan.race_date = [PlanNote("race_in_days", {"days": "40"})], date(2024, 4, 28)
    plans.activate(plan)
    assert plans.active_for("u1") == plan


def test_migrating_a_schema_that_does_not_exist_says_so(postgres_url):
    pool = create_pool(postgres_url, schema="no_such_schema_for_andes", timeout=5)
    try:
        with pytest.raises(MigrationError, match="create it first"):
            apply_migrations(pool)
    finally:
        pool.close()


def test_schema_names_are_checked_before_they_reach_the_server(postgres_url):
    with pytest.raises(ValueError):
        create_pool(postgres_url, schema="x -c role=admin")


# --- what the database refuses ------------------------------------------------------------------

def test_the_indexes_exist(postgres_pool):
    with postgres_pool.connection() as conn:
        indexes = dict(conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()").fetchall())
    for name in ("users_phone_idx", "runs_user_date_idx", "conversations_user_time_idx", "plans_user_active_idx",
                 "runs_long_idx", "runs_hard_effort_idx"):
        assert name in indexes
    assert "UNIQUE" in indexes["plans_user_active_idx"] and "WHERE active" in indexes["plans_user_active_idx"]
    assert "UNIQUE" in indexes["users_phone_idx"]
    assert "WHERE (distance_km >= (15" in indexes["runs_long_idx"]
    assert "WHERE (perceived_effort >= 8)" in indexes["runs_hard_effort_idx"]


def test_the_database_refuses_two_active_plans(postgres_pool):
    runner = a_runner(postgres_pool)
    insert = """INSERT INTO training_plans (id, user_id, start_date, end_date, vdot, sessions, active)
                VALUES (%s, %s, '2024-03-04', '2024-03-17', 45, '[]', true)"""
    with postgres_pool.connection() as conn:
        conn.execute(insert, ["p1", runner.id])
    with pytest.raises(psycopg.errors.UniqueViolation, match="plans_user_active_idx"):
        with postgres_pool.connection() as conn:
            conn.execute(insert, ["p2", runner.id])


@pytest.mark.parametrize("column, value, constraint", [
    ("distance_km", -3, "runs_distance_positive"),
    ("distance_km", 0, "runs_distance_positive"),
    ("duration_s", 0, "runs_duration_positive"),
    ("perceived_effort", 14, "runs_effort_scale"),
    ("perceived_effort", 0, "runs_effort_scale"),
])
def test_the_database_refuses_impossible_runs(postgres_pool, column, value, constraint):
    runner = a_runner(postgres_pool)
    row = {"distance_km": 5, "duration_s": 1800, "perceived_effort": 5, column: value}
    with pytest.raises(psycopg.errors.CheckViolation, match=constraint):
        with postgres_pool.connection() as conn:
            conn.execute(
                "INSERT INTO runs (id, user_id, run_date, distance_km, duration_s, perceived_effort) "
                "VALUES ('r1', %s, '2024-03-01', %s, %s, %s)",
                [runner.id, row["distance_km"], row["duration_s"], row["perceived_effort"]])


@pytest.mark.parametrize("column, value, constraint", [
    ("pain", 11, "injuries_pain_scale"),
    ("pain", -1, "injuries_pain_scale"),
    ("side", "izquierda", "injuries_side_known"),
])
def test_the_database_refuses_impossible_triage(postgres_pool, column, value, constraint):
    runner = a_runner(postgres_pool)
    with pytest.raises(psycopg.errors.CheckViolation, match=constraint), postgres_pool.connection() as conn:
        conn.execute(f"INSERT INTO injuries (id, user_id, body_part, severity, {column}) "
                     "VALUES ('i1', %s, 'rodilla', 'mild', %s)", [runner.id, value])


def test_a_run_needs_a_stored_runner_and_goes_with_it(postgres_pool):
    runs = PostgresRunRepository(postgres_pool)
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        runs.add(Run(runner_id="nobody", date=date(2024, 3, 1), distance_km=5))

    runner = a_runner(postgres_pool)
    runs.add(Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=5))
    PostgresPlanRepository(postgres_pool).activate(a_plan(runner.id, date(2024, 3, 4)))
    with postgres_pool.connection() as conn:
        conn.execute("DELETE FROM users WHERE id = %s", [runner.id])
        left = conn.execute("SELECT (SELECT count(*) FROM runs) + (SELECT count(*) FROM training_plans)").fetchone()
    assert left == (0,)


# --- atomicity and concurrency --------------------------------------------------------------------

def test_activate_is_all_or_nothing(postgres_pool, monkeypatch):
    plans = PostgresPlanRepository(postgres_pool)
    runner = a_runner(postgres_pool)
    old = a_plan(runner.id, date(2024, 3, 4))
    plans.activate(old)

    monkeypatch.setattr(plans_module, "_UPSERT", "INSERT INTO no_such_table VALUES (%(id)s)")
    with pytest.raises(psycopg.errors.UndefinedTable):
        plans.activate(a_plan(runner.id, date(2024, 3, 18)))
    assert plans.active_for(runner.id).id == old.id   # the deactivation was rolled back


def test_simultaneous_activations_leave_exactly_one_active_plan(postgres_pool):
    plans = PostgresPlanRepository(postgres_pool)
    runner = a_runner(postgres_pool)
    candidates = [a_plan(runner.id, date(2024, 3, 4), vdot=40 + i) for i in range(8)]
    start = threading.Barrier(4)

    def activate(plan):
        if plan.vdot < 44:
            start.wait()
        plans.activate(plan)

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(activate, candidates))   # re-raises any failure

    history = plans.history(runner.id)
    assert len(history) == 8
    assert sum(p.active for p in history) == 1
    assert plans.active_for(runner.id).id == history[0].id


def test_simultaneous_claims_of_a_summary_succeed_once(postgres_pool):
    summaries = PostgresProgressSummaryRepository(postgres_pool)
    runner = a_runner(postgres_pool)
    record = ProgressSummaryRecord(runner.id, "biweekly", date(2024, 3, 1), date(2024, 3, 14), "48 km")
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: summaries.claim(record), range(8)))
    assert sorted(results) == [False] * 7 + [True]


# --- operations ------------------------------------------------------------------------------------

def test_phone_numbers_stay_out_of_info_logs(postgres_pool, caplog):
    caplog.set_level(logging.DEBUG)
    repo = PostgresRunnerRepository(postgres_pool)
    runner = a_runner(postgres_pool, phone="+593987654321")
    repo.by_phone("593987654321")
    with pytest.raises(ValueError) as refused:
        repo.save(Runner(phone="+593987654321"))
    assert "987654321" not in str(refused.value)
    assert not [r for r in caplog.records if "987654321" in r.getMessage()]
    assert runner.id


def test_an_unreachable_server_fails_the_tests_with_a_clear_message(postgres_connect):
    with pytest.raises(pytest.fail.Exception, match="PostgreSQL is not reachable at 127.0.0.1:1"):
        postgres_connect("postgresql://postgres@127.0.0.1:1/test")


def test_the_store_connects_migrates_and_closes(postgres_url, postgres_schema):
    store = PostgresStore.connect(postgres_url, schema=postgres_schema, max_size=2)
    try:
        assert store.ping()
        assert [v for v, _, _ in applied_versions(store.pool)] == [m.version for m in load_migrations()]
        runner = Runner(phone="+593991112233")
        store.runners.save(runner)
        assert store.inbox().pending() == []
        assert store.chat_buffer(SystemClock()).recent(runner.id) == []
    finally:
        store.close()
    assert store.pool.closed


def test_the_chat_buffer_keeps_20_under_simultaneous_appends(postgres_pool):
    buffer = PostgresChatBuffer(postgres_pool, SystemClock())
    messages = [Message(runner_id="ana", role=Role.RUNNER, text=f"m{i}", at=SystemClock().now()) for i in range(40)]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(buffer.append, messages))
    assert len(buffer.recent("ana")) == 20
    with postgres_pool.connection() as conn:
        conn.execute("UPDATE chat_buffer SET stored_at = stored_at - interval '25 hours'")
    assert buffer.purge_expired() == 20


def test_options_in_the_url_are_kept(postgres_url, postgres_schema):
    sep = "&" if "?" in postgres_url else "?"
    pool = create_pool(f"{postgres_url}{sep}options=-c%20search_path%3D{postgres_schema}", timeout=5)
    try:
        with pool.connection() as conn:
            assert conn.execute("SELECT current_schema(), current_setting('TimeZone')").fetchone() == (
                postgres_schema, "UTC")
    finally:
        pool.close()
