"""The kiosk operator PIN: salted PBKDF2 hashes and a wrong-try lockout. Pure Python, no Qt.

Stored format: ``pbkdf2$<iterations>$<salt hex>$<hash hex>`` (SHA-256). The iteration count is
part of the stored text, so raising the default later keeps old PINs working.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

SCHEME = "pbkdf2"
DEFAULT_ITERATIONS = 200_000
SALT_BYTES = 16
MIN_DIGITS = 4
MAX_DIGITS = 8
MAX_TRIES = 5
LOCKOUT_SECONDS = 30.0  # the first lockout; each further round of wrong tries doubles it
MAX_LOCKOUT_SECONDS = 3600.0


def is_valid_pin(pin: str) -> bool:
    """4 to 8 ASCII digits: typeable on the kiosk's own PIN pad."""
    return MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isascii() and pin.isdigit()


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def hash_pin(pin: str, *, iterations: int = DEFAULT_ITERATIONS, salt: bytes | None = None) -> str:
    if not is_valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    if iterations < 1:
        raise ValueError("iterations must be positive")
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches; False for a wrong PIN and for a damaged or empty stored value."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        return False
    try:
        iterations = int(parts[1])
        salt = bytes.fromhex(parts[2])
        expected = bytes.fromhex(parts[3])
    except ValueError:
        return False
    if iterations < 1 or not salt or not expected:
        return False
    # compare_digest: the time taken does not tell how many leading bytes were right
    return hmac.compare_digest(_derive(pin, salt, iterations), expected)


class PinAttempts:
    """Counts wrong PINs. Every `max_tries` in a row lock the pad: `lockout` seconds the first
    time, twice as long for each further round, at most `max_lockout`; a right PIN starts over.

    Without the escalation 5 tries per 30 s would let someone at the kiosk try every 4-digit PIN
    in about 17 hours; with it, after the first hour they get 5 tries an hour.
    """

    def __init__(
        self,
        *,
        max_tries: int = MAX_TRIES,
        lockout: float = LOCKOUT_SECONDS,
        max_lockout: float = MAX_LOCKOUT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_tries = max_tries
        self.lockout = lockout
        self.max_lockout = max_lockout
        self._clock = clock
        self.failures = 0
        self._rounds = 0  # lockouts since the last right PIN
        self._locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds until the pad accepts PINs again (0 when it does now)."""
        return max(0.0, self._locked_until - self._clock())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.max_tries:
            self.failures = 0
            self._rounds += 1
            # the exponent is capped so that endless rounds cannot overflow the float
            doubled = self.lockout * 2 ** min(self._rounds - 1, 32)
            self._locked_until = self._clock() + min(doubled, self.max_lockout)

    def succeeded(self) -> None:
        self.failures = 0
        self._rounds = 0
        self._locked_until = 0.0
