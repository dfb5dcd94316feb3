"""The "storage" SQLite schema entry (issue 10): a file written by the schema before it keeps its
injuries and plans; the new triage columns load as None, a plan's notes as [] and its race day as None."""
import json
import sqlite3
from datetime import date

import pytest

from adapters import sqlite as sq
from adapters.serialization import to_json
from domain.injury import Injury, Side
from domain.plan import PlanNote
from tests.contract.repositories import a_plan


def _entry() -> int:
    [mine] = [i for i, entry in enumerate(sq._MIGRATIONS) if any("ADD COLUMN sharp_pain" in s for s in entry)]
    return mine


def _old_file(path, monkeypatch) -> None:
    """A file at the schema version before the triage entry, with an injury and a plan in it."""
    mine = _entry()
    with monkeypatch.context() as m:
        m.setattr(sq.schema, "_MIGRATIONS", sq._MIGRATIONS[:mine])
        old = sq.SqliteDatabase(path)
        assert old.schema_version == mine
        with old.transaction() as conn:
            columns = {r[1] for r in conn.execute("PRAGMA table_info(injuries)")}
            assert "pain" not in columns                      # really the old schema
            conn.execute("INSERT INTO users (id, phone, created_at, updated_at) VALUES ('u1', '+593990000001', "
                         "'2024-03-01T00:00:00', '2024-03-01T00:00:00')")
            conn.execute("INSERT INTO injuries (id, user_id, body_part, severity, description, reported_on) "
                         "VALUES ('i1', 'u1', 'rodilla', 'moderate', 'duele al bajar', '2024-03-02')")
            plan = a_plan("u1", date(2024, 3, 4))
            conn.execute("""INSERT INTO training_plans (id, user_id, start_date, end_date, vdot, vdot_source,
                                                        sessions, adaptations, active, created_at)
                            VALUES ('p1', 'u1', '2024-03-04', '2024-03-17', 45, '', ?, ?, 1, '2024-03-04T06:00:00')""",
                         [to_json(plan.sessions), json.dumps(["menos volumen"])])
        old.close()


def test_old_injuries_and_plans_load_with_the_new_fields_empty(tmp_path, monkeypatch):
    path = tmp_path / "andes.sqlite3"
    _old_file(path, monkeypatch)

    store = sq.SqliteStore(path)
    assert store.db.schema_version == sq.SCHEMA_VERSION > _entry()
    [knee] = store.injuries.for_runner("u1")
    assert (knee.id, knee.body_part, knee.severity.value, knee.reported_on) == ("i1", "rodilla", "moderate",
                                                                               date(2024, 3, 2))
    assert (knee.side, knee.since, knee.pain, knee.pain_walking, knee.swelling, knee.sharp_pain) == (
        None, None, None, None, None, None)
    plan = store.plans.active_for("u1")
    assert (plan.id, plan.adaptations, plan.notes, plan.race_date) == ("p1", ["menos volumen"], [], None)
    assert plan.sessions == a_plan("u1", date(2024, 3, 4)).sessions

    # And the migrated rows take the new fields.
    knee.side, knee.pain, knee.swelling = Side.RIGHT, 4, False
    store.injuries.update(knee)
    assert store.injuries.for_runner("u1") == [knee]
    plan.notes, plan.race_date = [PlanNote("race_in_days", {"days": "40"})], date(2024, 4, 28)
    store.plans.activate(plan)
    assert store.plans.active_for("u1") == plan
    store.close()


@pytest.mark.parametrize("column, value", [("pain", 11), ("pain", -1), ("side", "izquierda"), ("swelling", 2)])
def test_the_file_refuses_impossible_triage(tmp_path, column, value):
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    with db.transaction() as conn:
        conn.execute("INSERT INTO users (id, phone, created_at, updated_at) VALUES ('u1', '+593990000001', "
                     "'2024-03-01T00:00:00', '2024-03-01T00:00:00')")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"), db.transaction() as conn:
        conn.execute(f"INSERT INTO injuries (id, user_id, body_part, severity, {column}) "
                     "VALUES ('i1', 'u1', 'rodilla', 'mild', ?)", [value])
    db.close()
