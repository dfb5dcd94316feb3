"""The repository, chat-buffer, inbox and outbox contracts (tests/contract) against PostgreSQL."""
import pytest

from adapters.postgres import (
    PostgresChatBuffer,
    PostgresConversationLog,
    PostgresCrossTrainingRepository,
    PostgresInbox,
    PostgresInjuryRepository,
    PostgresPlanRepository,
    PostgresProgressSummaryRepository,
    PostgresRunnerRepository,
    PostgresRunRepository,
    PostgresUnitOfWork,
)
from adapters.postgres.outbox import PostgresOutbox
from tests.contract.chat_buffer import *  # noqa: F401,F403
from tests.contract.inbox import *  # noqa: F401,F403
from tests.contract.outbox import *  # noqa: F401,F403
from tests.contract.outbox import OutboxBackend
from tests.contract.repositories import *  # noqa: F401,F403
from tests.contract.repositories import Backend

pytestmark = pytest.mark.integration


@pytest.fixture
def backend(postgres_pool):
    return Backend(
        name="postgres", runners=PostgresRunnerRepository(postgres_pool), runs=PostgresRunRepository(postgres_pool),
        plans=PostgresPlanRepository(postgres_pool), injuries=PostgresInjuryRepository(postgres_pool),
        conversations=PostgresConversationLog(postgres_pool),
        summaries=PostgresProgressSummaryRepository(postgres_pool),
        cross_training=PostgresCrossTrainingRepository(postgres_pool), uow=PostgresUnitOfWork(postgres_pool))


@pytest.fixture
def make_chat_buffer(postgres_pool):
    return lambda clock: PostgresChatBuffer(postgres_pool, clock)


@pytest.fixture
def make_inbox(postgres_pool):
    return lambda clock: PostgresInbox(postgres_pool, clock)


@pytest.fixture
def make_inbox_in_unit(postgres_pool):
    return lambda clock: (PostgresInbox(postgres_pool, clock), PostgresUnitOfWork(postgres_pool))


@pytest.fixture
def outbox_backend(postgres_pool):
    return OutboxBackend(PostgresOutbox(postgres_pool), PostgresInbox(postgres_pool), PostgresUnitOfWork(postgres_pool))
