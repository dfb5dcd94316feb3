"""PostgreSQL 0006: a database at 0005 keeps its runs; "race: …" notes become runs.is_race."""
import pytest

from adapters.postgres import (
    PostgresRunnerRepository,
    PostgresRunRepository,
    apply_migrations,
    load_migrations,
)
from domain.runner import Units

pytestmark = pytest.mark.integration


def test_0006_moves_race_notes_into_is_race(postgres_empty_pool):
    migrations = load_migrations()
    assert [m.version for m in migrations][:6] == [1, 2, 3, 4, 5, 6]
    apply_migrations(postgres_empty_pool, migrations[:5])
    with postgres_empty_pool.connection() as conn:
        conn.execute("INSERT INTO users (id, phone) VALUES ('u1', '+593990000001')")
        for i, notes in enumerate(["race: 10k de Guayaquil, 34:50", "race", "fondo suave", None, "race:   "]):
            conn.execute("INSERT INTO runs (id, user_id, run_date, distance_km, notes) VALUES (%s, 'u1', %s, 10, %s)",
                         [f"r{i}", f"2024-03-0{i + 1}", notes])

    assert 6 in apply_migrations(postgres_empty_pool)
    runs = {r.id: r for r in PostgresRunRepository(postgres_empty_pool).for_runner("u1")}
    assert (runs["r0"].is_race, runs["r0"].notes) == (True, "10k de Guayaquil, 34:50")
    assert (runs["r1"].is_race, runs["r1"].notes) == (True, None)
    assert (runs["r2"].is_race, runs["r2"].notes) == (False, "fondo suave")
    assert (runs["r3"].is_race, runs["r3"].notes) == (False, None)
    assert (runs["r4"].is_race, runs["r4"].notes) == (True, None)
    runner = PostgresRunnerRepository(postgres_empty_pool).get("u1")
    assert (runner.units, runner.has_race, runner.run_days) == (Units.KM, None, None)
