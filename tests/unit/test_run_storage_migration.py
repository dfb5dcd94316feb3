"""The "runs" SQLite schema entry: a file written by the schema before it keeps its runs; "race: …" notes become Run.is_race."""
from datetime import date

from adapters import sqlite as sq
from domain.runner import Units


def test_the_runs_schema_entry_moves_race_notes_into_is_race_and_adds_the_runner_fields(tmp_path, monkeypatch):
    path = tmp_path / "andes.sqlite3"
    [mine] = [i for i, entry in enumerate(sq._MIGRATIONS) if any("ADD COLUMN is_race" in s for s in entry)]
    with monkeypatch.context() as m:
        m.setattr(sq.schema, "_MIGRATIONS", sq._MIGRATIONS[:mine])
        old = sq.SqliteDatabase(path)
        assert old.schema_version == mine
        with old.transaction() as conn:
            conn.execute("INSERT INTO users (id, phone, created_at, updated_at) VALUES ('u1', '+593990000001', "
                         "'2024-03-01T00:00:00', '2024-03-01T00:00:00')")
            for i, notes in enumerate(["race: 10k de Guayaquil, 34:50", "race", "fondo suave", None,
                                       "race:   "]):
                conn.execute("INSERT INTO runs (id, user_id, run_date, distance_km, notes, created_at) "
                             "VALUES (?, 'u1', ?, 10, ?, ?)", [f"r{i}", f"2024-03-0{i + 1}", notes,
                                                               f"2024-03-0{i + 1}T10:00:00"])
        old.close()

    store = sq.SqliteStore(path)
    assert store.db.schema_version == sq.SCHEMA_VERSION > mine
    runs = {r.id: r for r in store.runs.for_runner("u1")}
    assert (runs["r0"].is_race, runs["r0"].notes) == (True, "10k de Guayaquil, 34:50")
    assert (runs["r1"].is_race, runs["r1"].notes) == (True, None)
    assert (runs["r2"].is_race, runs["r2"].notes) == (False, "fondo suave")
    assert (runs["r3"].is_race, runs["r3"].notes) == (False, None)
    assert (runs["r4"].is_race, runs["r4"].notes) == (True, None)
    runner = store.runners.get("u1")
    assert (runner.units, runner.has_race, runner.run_days) == (Units.KM, None, None)
    assert store.runs.on_day("u1", date(2024, 3, 1))[0].id == "r0"
    store.close()
