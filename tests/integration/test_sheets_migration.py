"""Phase 2 — the old bot's spreadsheet into PostgreSQL and vector memory, checked, idempotent."""
from datetime import date, datetime, timezone

import pytest

from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import InMemoryVectorMemory
from adapters.postgres import PostgresStore
from adapters.sheets.csv_folder import CsvFolderSpreadsheet
from application.migration.migrate import MigrateSheets
from application.understanding.classifier import IntentClassifier
from application.understanding.intents import Understand
from domain.conversation import Role
from domain.memory import MemoryKind
from tests.integration.sheets_data import write_csv_folder

pytestmark = pytest.mark.integration


class FixedClock:
    def now(self):
        return datetime(2024, 4, 1, 12, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def understand():
    return Understand(IntentClassifier(HashingEmbedder()))


@pytest.fixture
def world(postgres_pool, tmp_path, understand):
    store = PostgresStore(postgres_pool)
    memory = InMemoryVectorMemory(HashingEmbedder(), FixedClock())
    sheet = CsvFolderSpreadsheet(write_csv_folder(tmp_path / "export"))
    migrate = MigrateSheets(sheet, store.runners, store.runs, store.conversations, store_memories=memory.store_many,
                            classify=lambda text, day: understand(text, day).intent, clock=FixedClock(),
                            memory_batch=2)
    return store, memory, migrate


def _tab(report, name):
    return next(t for t in report.tabs if t.tab.startswith(name))


def test_migrates_runners_runs_and_conversations_with_their_dates(world, postgres_pool):
    store, memory, migrate = world

    report = migrate.migrate()

    assert (_tab(report, "Usuarios").imported, len(_tab(report, "Usuarios").skipped)) == (2, 1)
    runs = _tab(report, "Carreras")
    assert (runs.imported, len(runs.skipped)) == (4, 2)
    assert {n.row for n in runs.skipped} == {6, 7}       # a negative distance; an unknown runner
    chats = _tab(report, "Conversaciones")
    assert (chats.imported, len(chats.skipped)) == (7, 3)
    reasons = " | ".join(n.reason for n in chats.skipped)
    assert "date and time 'ayer' is not a date" in reasons        # a relative word dates nothing
    assert "runner unknown" in reasons and "neither the runner" in reasons
    assert report.ok, report.text()

    ana = store.runners.by_phone("+593991112233")
    luis = store.runners.by_phone("+593992223344")
    assert [(r.date, r.distance_km, r.duration_s, r.is_race) for r in store.runs.for_runner(ana.id)] == [
        (date(2024, 3, 10), 21.1, 6750, True), (date(2024, 3, 3), 15.0, 4800, False),
        (date(2024, 3, 1), 8.0, 2700, False)]
    assert [r.distance_km for r in store.runs.for_runner(luis.id)] == [8.047]       # 5 mi
    log = store.conversations.for_runner(ana.id)
    assert [(m.role, m.text) for m in log][:2] == [(Role.RUNNER, "hola"), (Role.COACH, "¡Hola Ana! ¿Cómo te fue hoy?")]
    # 07:45 in Guayaquil (UTC-5) is 12:45 UTC: the date the old bot wrote, in the runner's zone.
    assert log[0].at == datetime(2024, 3, 1, 12, 45, tzinfo=timezone.utc)
    assert log[0].intent is not None and log[1].intent is None

    per_runner = {r.runner.split()[0]: r for r in report.runners}
    assert per_runner["…2233"].sheet == per_runner["…2233"].store
    assert per_runner["…2233"].store.runs == 3 and round(per_runner["…2233"].store.km, 1) == 44.1


def test_what_is_worth_remembering_reaches_vector_memory_as_live_messages_do(world):
    store, memory, migrate = world

    report = migrate.migrate()

    ana = store.runners.by_phone("+593991112233")
    kinds = sorted(d.kind.value for d, _ in memory._docs.values() if d.runner_id == ana.id)
    # 3 runs, the injury history, the knee message; not "hola" (a greeting), not the bot's lines.
    assert kinds == ["conversation", "injury", "run", "run", "run"]
    texts = {d.text for d, _ in memory._docs.values()}
    assert "hola" not in texts and "gracias" not in texts
    assert "Lo siento. ¿Del 0 al 10 cuánto duele?" not in texts
    recalled = memory.retrieve_context(ana.id, "rodilla escaleras", k=1)
    assert recalled[0].document.kind is MemoryKind.CONVERSATION and "escaleras" in recalled[0].document.text
    assert recalled[0].document.created_at == datetime(2024, 3, 1, 13, 2, tzinfo=timezone.utc)
    luis = store.runners.by_phone("+593992223344")
    assert any("Quito" in d.text for d, _ in memory._docs.values() if d.runner_id == luis.id)
    assert report.memories == len(memory._docs)


def test_a_second_migration_adds_nothing(world, postgres_pool):
    store, memory, migrate = world
    migrate.migrate()
    with postgres_pool.connection() as conn:
        before = conn.execute("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM runs), "
                              "(SELECT count(*) FROM conversations)").fetchone()
    memories = len(memory._docs)

    again = migrate.migrate()

    with postgres_pool.connection() as conn:
        after = conn.execute("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM runs), "
                             "(SELECT count(*) FROM conversations)").fetchone()
    assert before == after == (2, 4, 7)
    assert len(memory._docs) == memories
    assert [t.imported for t in again.tabs] == [0, 0, 0]
    assert again.memories == 1          # only the injury history is written again (same id: replaced)
    assert again.ok


def test_validation_finds_what_differs_and_writes_nothing(world, postgres_pool):
    store, memory, migrate = world
    migrate.migrate()
    ana = store.runners.by_phone("+593991112233")
    longest = max(store.runs.for_runner(ana.id), key=lambda r: r.distance_km)
    store.runs.delete(longest.id)
    with postgres_pool.connection() as conn:
        conn.execute("DELETE FROM conversations WHERE message = 'gracias'")

    report = migrate.validate()

    assert not report.ok
    assert [n.row for n in _tab(report, "Carreras").differing] == [4]
    assert [n.row for n in _tab(report, "Conversaciones").differing] == [8]
    changed = [r for r in report.runners if not r.same]
    assert len(changed) == 1 and changed[0].sheet.runs == 3 and changed[0].store.runs == 2
    assert changed[0].sheet.last_run == date(2024, 3, 10) and changed[0].store.last_run == date(2024, 3, 3)
    assert "DIFFERS" in report.summary() and "\n" not in report.summary()
    text = report.text()
    assert "DIFFERS row 4: run not in the store" in text and "≠ …2233" in text
    assert store.runs.get(longest.id) is None          # nothing was written back


class FailingRuns:
    """The run repository, failing once at its ``fail_at``-th insert (the database went away)."""

    def __init__(self, inner, fail_at):
        self.inner, self.fail_at, self.added = inner, fail_at, 0

    def add(self, run):
        self.added += 1
        if self.added == self.fail_at:
            raise ConnectionError("server closed the connection unexpectedly")
        self.inner.add(run)

    def add_many(self, runs):
        for run in runs:
            self.add(run)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_a_migration_that_fails_midway_leaves_no_memory_of_what_rolled_back_and_the_next_finishes(
        postgres_pool, tmp_path, understand):
    store = PostgresStore(postgres_pool)
    memory = InMemoryVectorMemory(HashingEmbedder(), FixedClock())
    sheet = CsvFolderSpreadsheet(write_csv_folder(tmp_path / "export"))

    def migration(runs):
        return MigrateSheets(sheet, store.runners, runs, store.conversations, store_memories=memory.store_many,
                             classify=lambda text, day: understand(text, day).intent, clock=FixedClock(),
                             unit_of_work=store.unit_of_work())

    with pytest.raises(ConnectionError):
        migration(FailingRuns(store.runs, fail_at=3)).migrate()

    with postgres_pool.connection() as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone() == (0,)        # the chunk rolled back
    assert not [d for d, _ in memory._docs.values() if d.kind is MemoryKind.RUN]   # and nothing remembered it

    report = migration(store.runs).migrate()

    assert report.ok and _tab(report, "Carreras").imported == 4
    run_ids = {r.id for runner in store.runners.all() for r in store.runs.for_runner(runner.id)}
    assert {d.id for d, _ in memory._docs.values() if d.kind is MemoryKind.RUN} == run_ids
