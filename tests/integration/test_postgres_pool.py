"""The pool lends connections without a ping and still survives connections that died idle
(PostgreSQL restarted, an operator ended them), and a unit of work costs one round trip per read."""
from datetime import date

import psycopg
import pytest

from adapters.postgres import PostgresRunnerRepository, PostgresRunRepository, PostgresUnitOfWork, create_pool
from adapters.postgres.migrations import apply_migrations
from domain.run import Run
from domain.runner import Runner

pytestmark = pytest.mark.integration


@pytest.fixture
def pool(postgres_url, postgres_schema):
    pool = create_pool(postgres_url, schema=postgres_schema, min_size=3, max_size=3, timeout=5)
    apply_migrations(pool)
    pool.wait(timeout=5)
    yield pool
    pool.close()


def _terminate_every_connection(pool, admin) -> int:
    """End the backends of all the pool's connections, as a server restart would."""
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
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
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


def _round_trips(monkeypatch) -> list[int]:
    """Count the waits on the server: one per round trip (psycopg's Connection.wait)."""
    count = [0]
    original = psycopg.Connection.wait

    def wait(self, gen, *args, **kwargs):
        count[0] += 1
        return original(self, gen, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "wait", wait)
    return count


def test_inside_a_unit_a_read_is_one_round_trip_and_the_unit_adds_begin_and_commit(pool, monkeypatch):
    runners, runs = PostgresRunnerRepository(pool), PostgresRunRepository(pool)
    runner = Runner(phone="+593990000003", name="Luz")
    runners.save(runner)
    count = _round_trips(monkeypatch)
    with PostgresUnitOfWork(pool):
        runners.get(runner.id)
        runs.for_runner(runner.id, since=date(2024, 1, 1))
        runs.on_day(runner.id, date(2024, 1, 2))
    assert count[0] == 2 + 3          # BEGIN, three reads, COMMIT
    count[0] = 0
    with PostgresUnitOfWork(pool):
        runs.add(Run(runner_id=runner.id, date=date(2024, 1, 2), distance_km=5))
    assert count[0] == 2 + 3          # BEGIN, SAVEPOINT + INSERT + RELEASE, COMMIT


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
