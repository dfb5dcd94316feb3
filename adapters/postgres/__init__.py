"""PostgreSQL adapters for the repository ports (psycopg 3 + psycopg_pool).

Bootstrap::

    store = PostgresStore.connect(os.environ["DATABASE_URL"])   # pool + migrations
    store.runners, store.runs, store.plans, ...; store.chat_buffer(clock); store.inbox(); store.close()

or piece by piece: ``pool = create_pool(url); apply_migrations(pool); PostgresRunnerRepository(pool)``.
"""
from adapters.postgres.chat_buffer import PostgresChatBuffer
from adapters.postgres.conversations import PostgresConversationLog
from adapters.postgres.cross_training import PostgresCrossTrainingRepository
from adapters.postgres.inbox import PostgresInbox
from adapters.postgres.injuries import PostgresInjuryRepository
from adapters.postgres.migrations import MigrationError, applied_versions, apply_migrations, load_migrations
from adapters.postgres.plans import PostgresPlanRepository
from adapters.postgres.pool import create_pool
from adapters.postgres.runners import PostgresRunnerRepository
from adapters.postgres.runs import PostgresRunRepository
from adapters.postgres.store import PostgresStore
from adapters.postgres.summaries import PostgresProgressSummaryRepository
from adapters.postgres.unit_of_work import PostgresUnitOfWork

__all__ = [
    "MigrationError", "PostgresChatBuffer", "PostgresConversationLog", "PostgresCrossTrainingRepository",
    "PostgresInbox", "PostgresInjuryRepository",
    "PostgresPlanRepository", "PostgresProgressSummaryRepository",
    "PostgresRunRepository", "PostgresRunnerRepository", "PostgresStore", "PostgresUnitOfWork", "applied_versions",
    "apply_migrations", "create_pool", "load_migrations",
]
