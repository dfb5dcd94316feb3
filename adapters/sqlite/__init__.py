"""The embedded store: every repository port in one local SQLite file (stdlib ``sqlite3``),
a module per repository as in ``adapters/postgres``.

For ``andes chat`` without servers: state lives in ``~/.andes/andes.sqlite3`` (see
``default_database_path``). One connection shared by all threads behind a lock
(``check_same_thread=False``), WAL journal so a second process can read while one writes, and
the same rules as PostgreSQL: foreign keys, CHECK constraints, and a partial unique index that
allows one active plan per runner.

Bootstrap::

    store = SqliteStore(default_database_path(data_dir))
    store.runners, store.runs, store.plans, ...; store.chat_buffer(clock); store.close()

or piece by piece: ``db = SqliteDatabase(path); SqliteRunnerRepository(db); SqliteChatBuffer(db, clock)``.
"""
from adapters.sqlite.chat_buffer import SqliteChatBuffer  # noqa: F401
from adapters.sqlite.codec import (  # noqa: F401
    CHAT_BUFFER_SIZE,
    CHAT_BUFFER_TTL,
    DATABASE_FILENAME,
    _day,
    _flag,
    _SystemClock,
    _ts,
    default_database_path,
)
from adapters.sqlite.conversations import SqliteConversationLog  # noqa: F401
from adapters.sqlite.cross_training import SqliteCrossTrainingRepository  # noqa: F401
from adapters.sqlite.database import SqliteDatabase, _rows  # noqa: F401
from adapters.sqlite.deliveries import SqliteDeliveryLog  # noqa: F401
from adapters.sqlite.inbox import SqliteInbox  # noqa: F401
from adapters.sqlite.injuries import _INJURY_COLUMNS, _INJURY_FLAGS, SqliteInjuryRepository, _injury  # noqa: F401
from adapters.sqlite.outbox import SqliteOutbox  # noqa: F401
from adapters.sqlite.plans import _PLAN_SELECT, SqlitePlanRepository, _plan  # noqa: F401
from adapters.sqlite.runners import _RUNNER_COLUMNS, _RUNNER_SELECT, SqliteRunnerRepository, _ids, _runner  # noqa: F401
from adapters.sqlite.runs import _RUN_SELECT, SqliteRunRepository, _run_params  # noqa: F401
from adapters.sqlite.schema import _MIGRATIONS, SCHEMA_VERSION  # noqa: F401
from adapters.sqlite.store import SqliteStore  # noqa: F401
from adapters.sqlite.summaries import SqliteProgressSummaryRepository  # noqa: F401
from adapters.sqlite.unit_of_work import SqliteUnitOfWork  # noqa: F401
