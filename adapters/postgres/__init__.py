"""PostgreSQL adapters for the repository ports (psycopg 3 + psycopg_pool).

Bootstrap::

    pool = create_pool(os.environ["DATABASE_URL"])
    apply_migrations(pool)
    runners = PostgresRunnerRepository(pool)
    ...
"""
from adapters.postgres.conversations import PostgresConversationLog
from adapters.postgres.deduplicator import PostgresMessageDeduplicator
from adapters.postgres.injuries import PostgresInjuryRepository
from adapters.postgres.migrations import MigrationError, applied_versions, apply_migrations, load_migrations
from adapters.postgres.plans import PostgresPlanRepository
from adapters.postgres.pool import create_pool
from adapters.postgres.runners import PostgresRunnerRepository
from adapters.postgres.runs import PostgresRunRepository
from adapters.postgres.summaries import PostgresProgressSummaryRepository

__all__ = [
    "MigrationError", "PostgresConversationLog", "PostgresInjuryRepository", "PostgresMessageDeduplicator",
    "PostgresPlanRepository", "PostgresProgressSummaryRepository", "PostgresRunRepository",
    "PostgresRunnerRepository", "applied_versions", "apply_migrations", "create_pool", "load_migrations",
]
