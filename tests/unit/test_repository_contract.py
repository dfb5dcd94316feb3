"""The repository contract against the in-memory adapters and the embedded SQLite store."""
import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # the repository root, for `tests.contract`
    sys.path.insert(0, _ROOT)

import pytest  # noqa: E402

from adapters import in_memory  # noqa: E402
from adapters import sqlite_store as sq  # noqa: E402
from tests.contract.repositories import *  # noqa: E402,F401,F403
from tests.contract.repositories import Backend  # noqa: E402


def memory_backend() -> Backend:
    return Backend(
        name="memory", runners=in_memory.InMemoryRunnerRepository(), runs=in_memory.InMemoryRunRepository(),
        plans=in_memory.InMemoryPlanRepository(), injuries=in_memory.InMemoryInjuryRepository(),
        conversations=in_memory.InMemoryConversationLog(),
        summaries=in_memory.InMemoryProgressSummaryRepository(), deduplicator=in_memory.InMemoryDeduplicator())


def sqlite_backend(db: sq.SqliteDatabase) -> Backend:
    return Backend(
        name="sqlite", runners=sq.SqliteRunnerRepository(db), runs=sq.SqliteRunRepository(db),
        plans=sq.SqlitePlanRepository(db), injuries=sq.SqliteInjuryRepository(db),
        conversations=sq.SqliteConversationLog(db), summaries=sq.SqliteProgressSummaryRepository(db),
        deduplicator=sq.SqliteMessageDeduplicator(db))


@pytest.fixture(params=["memory", "sqlite"])
def backend(request, tmp_path):
    if request.param == "memory":
        yield memory_backend()
        return
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield sqlite_backend(db)
    db.close()
