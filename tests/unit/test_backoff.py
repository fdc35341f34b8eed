"""Backoff: full jitter within [0, min(cap, base·2^n)], Retry-After honoured, reset."""

from __future__ import annotations

import random

import pytest

from orga_app.sync.scheduler import Backoff


def ceiling(failures: int, base: float = 2.0, cap: float = 300.0) -> float:
    return min(cap, base * 2.0**failures)


@pytest.mark.parametrize("seed", range(20))
def test_delays_stay_within_the_growing_ceiling(seed: int) -> None:
    backoff = Backoff(rng=random.Random(seed))
    for n in range(15):
        delay = backoff.next_delay()
        assert 0.0 <= delay <= ceiling(n)
    assert backoff.failures == 15


def test_defaults_are_base_2_factor_2_cap_300() -> None:
    backoff = Backoff()
    assert (backoff.base, backoff.factor, backoff.cap) == (2.0, 2.0, 300.0)


def test_jitter_spreads_over_the_whole_range() -> None:
    # Full jitter: deep into the backoff, draws still land well below the ceiling.
    draws = []
    for seed in range(200):
        backoff = Backoff(rng=random.Random(seed))
        for _ in range(6):
            backoff.next_delay()
        draws.append(backoff.next_delay())  # seventh failure: ceiling 128 s
    assert max(draws) <= 128.0
    assert min(draws) < 128.0 * 0.1
    assert max(draws) > 128.0 * 0.9


def test_cap_bounds_every_delay() -> None:
    backoff = Backoff(base=2.0, cap=10.0, rng=random.Random(1))
    assert all(backoff.next_delay() <= 10.0 for _ in range(40))


@pytest.mark.parametrize("retry_after", [0.5, 7.0, 45.0])
def test_retry_after_is_a_floor(retry_after: float) -> None:
    for seed in range(30):
        backoff = Backoff(rng=random.Random(seed))
        delay = backoff.next_delay(retry_after)
        assert retry_after <= delay <= max(retry_after, ceiling(0))


def test_retry_after_beyond_the_cap_waits_the_cap() -> None:
    backoff = Backoff(rng=random.Random(3))
    assert backoff.next_delay(retry_after=3600.0) == 300.0


def test_reset_starts_again_at_the_base() -> None:
    backoff = Backoff(rng=random.Random(9))
    for _ in range(10):
        backoff.next_delay()
    backoff.reset()
    assert backoff.failures == 0
    assert backoff.next_delay() <= 2.0
    for seed in range(50):
        fresh = Backoff(rng=random.Random(seed))
        for _ in range(8):
            fresh.next_delay()
        fresh.reset()
        assert fresh.next_delay() <= 2.0
