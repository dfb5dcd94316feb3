"""The pool lends connections without a ping and still survives connections that died idle
(PostgreSQL restarted, an operator ended them), and a unit of work costs one round trip per read."""
import itertools
from datetime import date, datetime, timedelta, timezone

import psycopg
import pytest

from adapters.postgres import (
    PostgresConversationLog,
    PostgresPlanRepository,
    PostgresRunnerRepository,
    PostgresRunRepository,
    PostgresUnitOfWork,
    create_pool,
)
from adapters.postgres.migrations import apply_migrations
from domain.conversation import Message, Role
from domain.run import Run
from domain.runner import Runner
from tests.contract.repositories import a_plan
from tests.round_trips import RoundTrips

pytestmark = pytest.mark.integration


@pytest.fixture
def pool(postgres_url, postgres_schema):
    pool = create_pool(postgres_url, schema=postgres_schema, min_size=3, max_size=3, timeout=5)
    apply_migrations(pool)
    pool.wait(timeout=5)
    yield pool
    pool.close()


def _terminate_every_connection(pool, admin) -> int:
    """End the backends of all the pool's connections, as a server restart would (waiting until each
    has exited, as the connections of a restarted server have by the time they are used again)."""
    pids = []
    held = [pool.getconn() for _ in range(3)]
    try:
        for conn in held:
            pids.append(conn.info.backend_pid)
            conn.rollback()
    finally:
        for conn in held:
            pool.putconn(conn)
    for pid in pids:
        admin.execute("SELECT pg_terminate_backend(%s, 5000)", [pid])
    return len(pids)


def test_a_call_after_every_pooled_connection_was_terminated_still_works(pool, postgres_admin):
    runners = PostgresRunnerRepository(pool)
    runner = Runner(phone="+593990000001", name="Ana")
    runners.save(runner)
    assert _terminate_every_connection(pool, postgres_admin) == 3
    assert runners.get(runner.id).name == "Ana"          # outside a unit
    assert _terminate_every_connection(pool, postgres_admin) == 3
    with PostgresUnitOfWork(pool):                        # inside one
        assert runners.get(runner.id).name == "Ana"
        runner.name = "Ana Lucía"
        runners.save(runner)
    assert runners.get(runner.id).name == "Ana Lucía"


def test_a_connection_lost_midway_fails_that_unit_only(pool, postgres_admin):
    runners = PostgresRunnerRepository(pool)
    runner = Runner(phone="+593990000002", name="Eva")
    runners.save(runner)
    with pytest.raises(psycopg.OperationalError):
        with PostgresUnitOfWork(pool):
            runners.get(runner.id)
            # Statements already ran in this transaction: it cannot be replayed, it fails.
            postgres_admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE pid <> pg_backend_pid() AND state LIKE 'idle in transaction%%' "
                                   "AND datname = current_database() AND query LIKE 'SELECT id, phone%%'")
            runners.get(runner.id)
    assert runners.get(runner.id).name == "Eva"


@pytest.fixture
def trips():
    with RoundTrips() as counter:
        yield counter


def test_inside_a_unit_a_read_is_one_round_trip_and_the_unit_adds_begin_and_commit(pool, trips):
    runners, runs = PostgresRunnerRepository(pool), PostgresRunRepository(pool)
    runner = Runner(phone="+593990000003", name="Luz")
    runners.save(runner)
    trips.count = 0
    with PostgresUnitOfWork(pool):
        runners.get(runner.id)
        runs.for_runner(runner.id, since=date(2024, 1, 1))
        runs.on_day(runner.id, date(2024, 1, 2))
    assert trips.count == 2 + 3          # BEGIN, three reads, COMMIT
    trips.count = 0
    with PostgresUnitOfWork(pool):
        runs.add(Run(runner_id=runner.id, date=date(2024, 1, 2), distance_km=5))
    assert trips.count == 2 + 1          # BEGIN, INSERT, COMMIT: the unit makes it atomic, no savepoint
    trips.count = 0
    runners.get(runner.id)
    runs.for_runner(runner.id)
    assert trips.count == 2              # outside a unit a read is one statement in autocommit
    trips.count = 0
    runs.add(Run(runner_id=runner.id, date=date(2024, 1, 3), distance_km=6))
    assert trips.count == 1              # and so is a write of one statement


def test_a_nested_unit_that_fails_undoes_only_what_it_wrote(pool):
    """A tool call inside a message's unit is a nested unit: its failure must not spoil the rest."""
    runners, runs = PostgresRunnerRepository(pool), PostgresRunRepository(pool)
    ana = Runner(phone="+593990000011", name="Ana")
    runners.save(ana)
    for lazy in (False, True):
        with PostgresUnitOfWork(pool, lazy=lazy):
            with pytest.raises(RuntimeError), PostgresUnitOfWork(pool, lazy=lazy):
                runs.add(Run(runner_id=ana.id, date=date(2024, 2, 1), distance_km=7))
                raise RuntimeError("the tool failed")
            runs.add(Run(runner_id=ana.id, date=date(2024, 2, 2), distance_km=9))
            with PostgresUnitOfWork(pool, lazy=lazy):
                runs.add(Run(runner_id=ana.id, date=date(2024, 2, 3), distance_km=10))
        assert sorted(r.distance_km for r in runs.for_runner(ana.id)) == [9, 10]
        for run in runs.for_runner(ana.id):
            runs.delete(run.id)


def test_a_nested_unit_takes_its_savepoint_at_its_first_write_and_never_releases_it(pool, trips):
    """Issue 23: a tool call that only reads costs no round trip; one that writes, its SAVEPOINT.
    Savepoints of the same depth shadow each other: a later failure undoes only its own writes."""
    runners, runs = PostgresRunnerRepository(pool), PostgresRunRepository(pool)
    ana = Runner(phone="+593990000014", name="Ana")
    runners.save(ana)
    trips.count = 0
    with PostgresUnitOfWork(pool):
        with PostgresUnitOfWork(pool):
            runs.for_runner(ana.id)
        assert trips.count == 1 + 1                  # BEGIN, the read: no SAVEPOINT, no RELEASE
        with PostgresUnitOfWork(pool):
            runs.add(Run(runner_id=ana.id, date=date(2024, 3, 1), distance_km=5))
        assert trips.count == 2 + 1                  # + SAVEPOINT and INSERT, in one pipeline
        with pytest.raises(RuntimeError), PostgresUnitOfWork(pool):
            runs.add(Run(runner_id=ana.id, date=date(2024, 3, 2), distance_km=6))
            with PostgresUnitOfWork(pool):          # nested twice: both savepoints at this write
                runs.add(Run(runner_id=ana.id, date=date(2024, 3, 3), distance_km=7))
            raise RuntimeError("the second tool failed")
        with pytest.raises(RuntimeError), PostgresUnitOfWork(pool):
            with PostgresUnitOfWork(pool):
                runs.add(Run(runner_id=ana.id, date=date(2024, 3, 4), distance_km=8))
                raise RuntimeError("the inner one failed")
    assert sorted(r.distance_km for r in runs.for_runner(ana.id)) == [5]


def test_a_pipelined_write_that_fails_raises_inside_its_nested_unit_and_is_undone_alone(pool):
    """A write sent in a pipeline with its savepoint (runs.add) still fails where it was made: the tool
    call's unit rolls back to its savepoint and the message's unit goes on."""
    runners, runs = PostgresRunnerRepository(pool), PostgresRunRepository(pool)
    ana = Runner(phone="+593990000015", name="Ana")
    runners.save(ana)
    with PostgresUnitOfWork(pool):
        runs.add(Run(runner_id=ana.id, date=date(2024, 4, 1), distance_km=5))
        with pytest.raises(psycopg.errors.ForeignKeyViolation), PostgresUnitOfWork(pool):
            runs.add(Run(runner_id="nobody", date=date(2024, 4, 2), distance_km=6))
        runs.add(Run(runner_id=ana.id, date=date(2024, 4, 3), distance_km=7))
    assert sorted(r.distance_km for r in runs.for_runner(ana.id)) == [5, 7]


def test_activating_a_plan_in_a_tool_call_is_one_round_trip(pool, trips):
    """The runner's lock, the old plan's deactivation and the new plan, with the tool call's savepoint."""
    runners, plans = PostgresRunnerRepository(pool), PostgresPlanRepository(pool)
    ana = Runner(phone="+593990000016", name="Ana")
    runners.save(ana)
    first = a_plan(ana.id, date(2024, 5, 6), vdot=40.0)
    plans.activate(first)
    second = a_plan(ana.id, date(2024, 5, 20), vdot=41.0)
    with PostgresUnitOfWork(pool):
        trips.count = 0
        with PostgresUnitOfWork(pool):
            plans.activate(second)
        assert trips.count == 1
    assert plans.active_for(ana.id).id == second.id
    assert [p.id for p in plans.history(ana.id)] == [second.id, first.id]


_SAID = itertools.count()


def _said(runner_id: str, text: str) -> Message:
    at = datetime(2026, 12, 1, tzinfo=timezone.utc) + timedelta(minutes=next(_SAID))
    return Message(runner_id=runner_id, role=Role.RUNNER, text=text, at=at)


def test_the_conversation_log_goes_with_the_commit(pool, trips):
    """The message's log is written with the unit's COMMIT (one exchange for both); a read on the
    unit's connection before the end sends it first and sees it; a unit that fails writes none."""
    runners, log = PostgresRunnerRepository(pool), PostgresConversationLog(pool)
    ana = Runner(phone="+593990000017", name="Ana")
    runners.save(ana)
    trips.count = 0
    with PostgresUnitOfWork(pool):
        log.append(_said(ana.id, "hola"), _said(ana.id, "¿qué tal?"))
    assert trips.count == 1 + 1                  # BEGIN; the INSERT and the COMMIT
    assert [m.text for m in log.for_runner(ana.id)] == ["hola", "¿qué tal?"]
    with PostgresUnitOfWork(pool):
        log.append(_said(ana.id, "corrí 5 km"))
        assert [m.text for m in log.for_runner(ana.id)][-1] == "corrí 5 km"
    with pytest.raises(RuntimeError), PostgresUnitOfWork(pool):
        log.append(_said(ana.id, "no quedó"))
        raise RuntimeError("the reply failed")
    for lazy in (True, False):
        with PostgresUnitOfWork(pool, lazy=lazy):    # inside a tool call: written at once
            with PostgresUnitOfWork(pool, lazy=lazy):
                log.append(_said(ana.id, f"en la herramienta {lazy}"))
            with pytest.raises(RuntimeError), PostgresUnitOfWork(pool, lazy=lazy):
                log.append(_said(ana.id, "deshecho"))
                raise RuntimeError("the tool failed")
    with PostgresUnitOfWork(pool, lazy=True):        # a lazy unit whose only write was held
        log.append(_said(ana.id, "perezoso"))
    assert [m.text for m in log.for_runner(ana.id)][2:] == [
        "corrí 5 km", "en la herramienta True", "en la herramienta False", "perezoso"]


def test_a_held_write_that_fails_fails_the_commit(pool):
    runners, log = PostgresRunnerRepository(pool), PostgresConversationLog(pool)
    ana = Runner(phone="+593990000018", name="Ana")
    with pytest.raises(psycopg.errors.ForeignKeyViolation), PostgresUnitOfWork(pool):
        runners.save(ana)
        log.append(_said("nobody", "hola"))
    assert runners.get(ana.id) is None


def test_a_caught_unique_phone_leaves_the_unit_usable(pool):
    runners = PostgresRunnerRepository(pool)
    runners.save(Runner(phone="+593990000012", name="Ana"))
    eva = Runner(phone="+593990000013", name="Eva")
    with PostgresUnitOfWork(pool):
        runners.save(eva)
        clash = Runner(phone="+593990000012", name="Otra")
        with pytest.raises(ValueError, match="phone already belongs"):
            runners.save(clash)
        eva.name = "Eva María"
        runners.save(eva)
    assert runners.get(eva.id).name == "Eva María"


# --- a lazy unit (LLM mode): no connection held until the first write ---------------------------

def _connections_lent(pool) -> int:
    stats = pool.get_stats()
    return stats["pool_size"] - stats["pool_available"]


def test_a_lazy_unit_holds_no_connection_until_it_writes_then_commits_as_one(pool):
    runners, runs = PostgresRunnerRepository(pool), PostgresRunRepository(pool)
    ana = Runner("+593991110001", name="Ana")
    runners.save(ana)
    unit = PostgresUnitOfWork(pool, lazy=True)
    with unit:
        assert runners.get(ana.id).name == "Ana"          # a read: on a connection of its own
        assert _connections_lent(pool) == 0                 # nothing held while "the model thinks"
        runs.add(Run(runner_id=ana.id, date=date(2026, 11, 20), distance_km=8, duration_s=2700))
        assert _connections_lent(pool) == 1                 # the first write took one for the unit
        [run] = runs.for_runner(ana.id)                     # and later reads see what it wrote
        assert run.distance_km == 8
    assert _connections_lent(pool) == 0
    assert len(runs.for_runner(ana.id)) == 1


def test_a_lazy_unit_that_fails_after_writing_leaves_nothing(pool):
    runners, runs = PostgresRunnerRepository(pool), PostgresRunRepository(pool)
    ana = Runner("+593991110001", name="Ana")
    runners.save(ana)
    with pytest.raises(RuntimeError), PostgresUnitOfWork(pool, lazy=True):
        runs.add(Run(runner_id=ana.id, date=date(2026, 11, 20), distance_km=8, duration_s=2700))
        ana.name = "Ana María"
        runners.save(ana)
        raise RuntimeError("the worker died")
    assert runs.for_runner(ana.id) == [] and runners.get(ana.id).name == "Ana"
    with PostgresUnitOfWork(pool, lazy=True):               # a unit that only reads commits nothing
        assert runners.get(ana.id) is not None
    assert _connections_lent(pool) == 0
