"""The scale benchmark's lock-up check (benchmarks/scale.py, issue 22): a webhook that refuses every
delivery for minutes fails it; one that is slow but keeps accepting passes."""
from __future__ import annotations

import math

from benchmarks.harness.load import Sent
from benchmarks.scale import longest_stall, no_lock_up


def sent(at: float, accepted_at: float) -> Sent:
    return Sent("593990000001", "hola", f"wamid.{at}", at=at, accepted_at=accepted_at)


def test_the_stall_runs_from_the_first_waiting_delivery_to_the_next_acceptance() -> None:
    deliveries = [sent(0, 0.1), sent(1, 1.1), sent(2, 30), sent(3, 30.5), sent(31, 31.2)]
    assert longest_stall(deliveries) == (28, 2)


def test_time_with_nothing_waiting_is_no_stall() -> None:
    stall, since = longest_stall([sent(0, 0.1), sent(50, 50.25)])
    assert (stall, since) == (0.25, 50)


def test_a_delivery_accepted_while_an_older_one_waits_ends_one_stall_and_begins_the_next() -> None:
    assert longest_stall([sent(0, 5), sent(1, 2)]) == (3, 2)


def test_a_delivery_never_accepted_is_a_stall_to_the_end() -> None:
    stall, since = longest_stall([sent(0, 0.1), sent(1, 0)])
    assert math.isinf(stall) and since == 1


def test_minutes_of_refusals_fail_the_lock_up_goal_and_seconds_do_not() -> None:
    assert not no_lock_up({"never_accepted": 0, "stall_s": 180.0})
    assert not no_lock_up({"never_accepted": 3, "stall_s": 1.0})
    assert no_lock_up({"never_accepted": 0, "stall_s": 12.0})
