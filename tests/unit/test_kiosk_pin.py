"""Kiosk PIN hashing and the wrong-try lockout (pure Python)."""

from __future__ import annotations

import pytest

from orga_app.ui.kiosk_pin import PinAttempts, hash_pin, is_valid_pin, verify_pin


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_hash_round_trip_and_format() -> None:
    stored = hash_pin("2468", iterations=1000)
    scheme, iterations, salt, digest = stored.split("$")
    assert (scheme, iterations) == ("pbkdf2", "1000")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("", stored)


def test_same_pin_gets_a_different_salt_each_time() -> None:
    a, b = hash_pin("1234", iterations=10), hash_pin("1234", iterations=10)
    assert a != b
    assert verify_pin("1234", a) and verify_pin("1234", b)


def test_known_vector_with_fixed_salt() -> None:
    import hashlib

    salt = bytes(range(16))
    stored = hash_pin("0000", iterations=7, salt=salt)
    assert stored.split("$")[3] == hashlib.pbkdf2_hmac("sha256", b"0000", salt, 7).hex()


@pytest.mark.parametrize(
    "stored", ["", "1234", "pbkdf2$x$00$00", "pbkdf2$10$zz$00", "sha1$10$00$00", "pbkdf2$0$00$00"]
)
def test_damaged_stored_values_never_verify(stored: str) -> None:
    assert not verify_pin("1234", stored)


PIN_CASES = [("1234", True), ("12345678", True), ("123", False), ("123456789", False),
             ("12a4", False), ("١٢٣٤", False)]  # fmt: skip


@pytest.mark.parametrize(("pin", "ok"), PIN_CASES)
def test_pin_rules(pin: str, ok: bool) -> None:
    assert is_valid_pin(pin) is ok
    if not ok:
        with pytest.raises(ValueError):
            hash_pin(pin, iterations=1)


def test_five_wrong_tries_lock_then_unlock_after_the_lockout() -> None:
    clock = Clock()
    attempts = PinAttempts(max_tries=5, lockout=30, clock=clock)
    for _ in range(4):
        attempts.failed()
        assert attempts.locked_for() == 0
    attempts.failed()
    assert attempts.locked_for() == 30
    clock.t += 29
    assert attempts.locked_for() == pytest.approx(1)
    clock.t += 1
    assert attempts.locked_for() == 0
    attempts.failed()  # the count starts again after a lockout
    assert attempts.locked_for() == 0


def test_success_resets_the_count() -> None:
    attempts = PinAttempts(max_tries=3, clock=Clock())
    attempts.failed()
    attempts.failed()
    attempts.succeeded()
    attempts.failed()
    attempts.failed()
    assert attempts.locked_for() == 0


def wrong_round(attempts: PinAttempts) -> float:
    for _ in range(attempts.max_tries):
        attempts.failed()
    return attempts.locked_for()


def test_each_further_wrong_round_doubles_the_lockout_up_to_an_hour() -> None:
    clock = Clock()
    attempts = PinAttempts(max_tries=5, lockout=30, clock=clock)
    seen = []
    for _ in range(9):
        seen.append(wrong_round(attempts))
        clock.t += seen[-1]  # wait it out, then try again
    assert seen == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_a_right_pin_resets_the_escalation() -> None:
    clock = Clock()
    attempts = PinAttempts(max_tries=5, lockout=30, clock=clock)
    for _ in range(3):
        clock.t += wrong_round(attempts)
    attempts.succeeded()
    assert wrong_round(attempts) == 30
