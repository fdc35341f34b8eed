"""Tokens in the OS keyring; a private file in the data dir only where no keyring exists.

Tokens never touch the database, the settings file or a log line. On machines without a usable
OS keyring (headless Linux, kiosks) the fallback is keyrings.alt's plain file, kept inside the
app's data dir with mode 0600, and a warning says so.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

logger = logging.getLogger("orga_app.sync")

FALLBACK_FILE_NAME = "credentials.cfg"


@dataclass(frozen=True)
class TokenPair:
    """Access and refresh token (a server type without refresh keeps only the access one).
    ``repr`` hides both so they never end up in a log."""

    access: str = field(repr=False)
    refresh: str | None = field(default=None, repr=False)


def _is_os_keyring(backend: keyring.backend.KeyringBackend) -> bool:
    """True for a real OS keyring; False for fail/null and for keyrings.alt's files (those
    live in the user's home, outside our data dir and its permissions)."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    return not type(backend).__module__.startswith("keyrings.alt")


def _detect_os_keyring() -> keyring.backend.KeyringBackend | None:
    try:
        found = keyring.get_keyring()
    except Exception as exc:
        logger.warning("Looking for the OS keyring failed (%s)", type(exc).__name__)
        return None
    if isinstance(found, chainer.ChainerBackend):
        # The chainer writes to its highest-priority member; use that member only if it is real.
        members = sorted(found.backends, key=lambda b: b.priority, reverse=True)
        return next((member for member in members if _is_os_keyring(member)), None)
    return found if _is_os_keyring(found) else None


def _service(server: str) -> str:
    return "orga-app:" + server.strip().rstrip("/")


def _username(email: str) -> str:
    return email.strip().lower()


class CredentialStore:
    """Save, load and delete one token pair per (server, email).

    ``backend`` forces a keyring backend (tests pass one pointing at a temp dir); without it
    the OS keyring is used when there is one, else the file fallback in ``data_dir``.
    """

    def __init__(
        self, data_dir: Path, *, backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        self._data_dir = data_dir
        self._uses_fallback = False
        if backend is None:
            backend = _detect_os_keyring()
        if backend is None:
            backend = self._fallback_backend()
        self._backend = backend

    def _fallback_backend(self) -> keyring.backend.KeyringBackend:
        self._data_dir.mkdir(parents=True, exist_ok=True)
        backend = PlaintextKeyring()
        backend.file_path = str(self._fallback_path)
        self._uses_fallback = True
        logger.warning(
            "No OS keyring available; login tokens are kept in %s (readable only by this user)",
            self._fallback_path,
        )
        return backend  # type: ignore[no-any-return]

    @property
    def _fallback_path(self) -> Path:
        return self._data_dir / FALLBACK_FILE_NAME

    @property
    def uses_fallback(self) -> bool:
        return self._uses_fallback

    @property
    def backend_description(self) -> str:
        if self._uses_fallback:
            return f"file {self._fallback_path} (unencrypted, readable only by this user)"
        return f"keyring: {self._backend.name}"

    def _switch_to_fallback(self) -> None:
        if not self._uses_fallback:
            self._backend = self._fallback_backend()

    def _tighten_fallback_file(self) -> None:
        # keyrings.alt sets 0600 only when it creates the file; keep it so if it was loosened.
        if self._uses_fallback and self._fallback_path.exists():
            self._fallback_path.chmod(0o600)

    def save(self, server: str, email: str, tokens: TokenPair) -> None:
        secret = json.dumps({"access": tokens.access, "refresh": tokens.refresh})
        try:
            self._backend.set_password(_service(server), _username(email), secret)
        except keyring.errors.KeyringError as exc:
            if self._uses_fallback:
                raise
            # a locked or vanished keyring daemon: keep the login working rather than fail.
            # No traceback: its source lines would show where the secret sits.
            logger.warning("The OS keyring refused to store the tokens (%s)", type(exc).__name__)
            self._switch_to_fallback()
            self._backend.set_password(_service(server), _username(email), secret)
        self._tighten_fallback_file()

    def load(self, server: str, email: str) -> TokenPair | None:
        try:
            secret = self._backend.get_password(_service(server), _username(email))
        except keyring.errors.KeyringError as exc:
            logger.warning("The keyring could not be read (%s)", type(exc).__name__)
            return None
        if secret is None:
            return None
        try:
            stored = json.loads(secret)
            access, refresh = stored["access"], stored.get("refresh")
        except (ValueError, KeyError, TypeError, AttributeError):
            logger.warning("Stored tokens for %s are unreadable; a new login is needed", server)
            return None
        if not isinstance(access, str) or not (refresh is None or isinstance(refresh, str)):
            logger.warning("Stored tokens for %s are unreadable; a new login is needed", server)
            return None
        return TokenPair(access, refresh)

    def delete(self, server: str, email: str) -> None:
        """Forget the tokens; deleting what is not there is fine (logout twice)."""
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(_service(server), _username(email))
        self._tighten_fallback_file()
