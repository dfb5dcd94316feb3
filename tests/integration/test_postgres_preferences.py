"""Issue 25's storage on PostgreSQL: the coach preferences contract (migration 0012)."""
import pytest

from adapters.postgres.preferences import PostgresPreferencesRepository
from adapters.postgres.runners import PostgresRunnerRepository
from tests.contract.preferences import *  # noqa: F401,F403

pytestmark = pytest.mark.integration


@pytest.fixture
def preferences_store(postgres_pool):
    return PostgresRunnerRepository(postgres_pool), PostgresPreferencesRepository(postgres_pool)
