import pytest

from tests.coach_harness import memory_container


@pytest.fixture
def coach(tmp_path):
    """(container, clock) of a coach on in-memory adapters."""
    return memory_container(tmp_path)
