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


# --- Strava (issue 24) ---------------------------------------------------------------------------
from tests.contract.strava import *  # noqa: E402,F401,F403


@pytest.fixture
def strava_backend(postgres_pool):
    from adapters.postgres.strava import PostgresStravaRepository
    from adapters.token_cipher import TokenCipher
    return PostgresStravaRepository(postgres_pool, TokenCipher.derived_from("secret")), \
        PostgresRunnerRepository(postgres_pool)


def test_strava_tokens_are_encrypted_at_rest(postgres_pool):
    from adapters.postgres.strava import PostgresStravaRepository
    from adapters.token_cipher import TokenCipher
    from application.ports.strava import StravaLink, StravaTokens
    runners = PostgresRunnerRepository(postgres_pool)
    from domain.runner import Runner
    ana = Runner(phone="+593991000009", name="Ana")
    runners.save(ana)
    store = PostgresStravaRepository(postgres_pool, TokenCipher.derived_from("secret"))
    store.save_link(StravaLink(ana.id, "1", StravaTokens("the-access-token", "the-refresh-token", 1, "1")))
    with postgres_pool.connection() as conn:
        [(sealed,)] = conn.execute("SELECT tokens FROM strava_links").fetchall()
    assert "the-access-token" not in sealed and "the-refresh-token" not in sealed
    # another key cannot read them: the link reads as absent, the runner reconnects
    assert PostgresStravaRepository(postgres_pool, TokenCipher.derived_from("rotated")).link_for_runner(ana.id) is None
