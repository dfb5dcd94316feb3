"""The repository, chat-buffer, inbox and outbox contracts against the in-memory adapters and the embedded
SQLite store."""
import pytest

from adapters import in_memory
from adapters import sqlite as sq
from tests.contract.chat_buffer import *  # noqa: F401,F403
from tests.contract.inbox import *  # noqa: F401,F403
from tests.contract.outbox import *  # noqa: F401,F403
from tests.contract.outbox import OutboxBackend
from tests.contract.repositories import *  # noqa: F401,F403
from tests.contract.repositories import Backend


def memory_backend() -> Backend:
    backend = Backend(
        name="memory", runners=in_memory.InMemoryRunnerRepository(), runs=in_memory.InMemoryRunRepository(),
        plans=in_memory.InMemoryPlanRepository(), injuries=in_memory.InMemoryInjuryRepository(),
        conversations=in_memory.InMemoryConversationLog(),
        summaries=in_memory.InMemoryProgressSummaryRepository(),
        cross_training=in_memory.InMemoryCrossTrainingRepository())
    backend.uow = in_memory.InMemoryUnitOfWork(
        backend.runners, backend.runs, backend.plans, backend.injuries, backend.conversations, backend.summaries,
        backend.cross_training)
    return backend


def sqlite_backend(db: sq.SqliteDatabase) -> Backend:
    return Backend(
        name="sqlite", runners=sq.SqliteRunnerRepository(db), runs=sq.SqliteRunRepository(db),
        plans=sq.SqlitePlanRepository(db), injuries=sq.SqliteInjuryRepository(db),
        conversations=sq.SqliteConversationLog(db), summaries=sq.SqliteProgressSummaryRepository(db),
        cross_training=sq.SqliteCrossTrainingRepository(db), uow=sq.SqliteUnitOfWork(db))


@pytest.fixture(params=["memory", "sqlite"])
def backend(request, tmp_path):
    if request.param == "memory":
        yield memory_backend()
        return
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield sqlite_backend(db)
    db.close()


@pytest.fixture(params=["memory", "sqlite"])
def make_chat_buffer(request, tmp_path):
    if request.param == "memory":
        yield in_memory.InMemoryChatBuffer
        return
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield lambda clock: sq.SqliteChatBuffer(db, clock)
    db.close()


@pytest.fixture(params=["memory", "sqlite"])
def make_inbox(request, tmp_path):
    if request.param == "memory":
        yield in_memory.InMemoryInbox
        return
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield lambda clock: sq.SqliteInbox(db, clock)
    db.close()


@pytest.fixture(params=["memory", "sqlite"])
def make_inbox_in_unit(request, tmp_path):
    if request.param == "memory":
        def in_memory_inbox(clock):
            inbox = in_memory.InMemoryInbox(clock)
            return inbox, in_memory.InMemoryUnitOfWork(in_memory.InMemoryRunRepository(), inbox)
        yield in_memory_inbox
        return
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield lambda clock: (sq.SqliteInbox(db, clock), sq.SqliteUnitOfWork(db))
    db.close()


@pytest.fixture(params=["memory", "sqlite"])
def outbox_backend(request, tmp_path):
    if request.param == "memory":
        outbox, inbox = in_memory.InMemoryOutbox(), in_memory.InMemoryInbox()
        yield OutboxBackend(outbox, inbox, in_memory.InMemoryUnitOfWork(in_memory.InMemoryRunRepository(),
                                                                         outbox, inbox))
        return
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield OutboxBackend(sq.SqliteOutbox(db), sq.SqliteInbox(db), sq.SqliteUnitOfWork(db))
    db.close()


# --- Strava (issue 24) ---------------------------------------------------------------------------
from tests.contract.strava import *  # noqa: E402,F401,F403


@pytest.fixture(params=["memory", "sqlite"])
def strava_backend(request, tmp_path):
    if request.param == "memory":
        yield in_memory.InMemoryStravaRepository(), in_memory.InMemoryRunnerRepository()
        return
    from adapters.sqlite.strava import SqliteStravaRepository
    from adapters.token_cipher import TokenCipher
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    yield SqliteStravaRepository(db, TokenCipher.derived_from("secret")), sq.SqliteRunnerRepository(db)
    db.close()
