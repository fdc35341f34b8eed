"""CredentialStore on file backends in tmp_path; the real user keyring is never touched."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null
from keyring.compat import properties
from keyrings.alt.file import PlaintextKeyring

from orga_app.sync.credentials import FALLBACK_FILE_NAME, CredentialStore
from orga_app.sync.openevent import TokenPair

SERVER = "https://api.example.test"
TOKENS = TokenPair("tok-access-7Qx2", "tok-refresh-9Zk4")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for an OS keyring (its module is not keyrings.alt, fail or null)."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        # Not viable for keyring's own detection: every KeyringBackend subclass registers
        # itself, and this double must never be picked up by other tests' keyring lookups.
        raise RuntimeError("test double")

    def __init__(self, *, broken: bool = False) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.broken = broken

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise keyring.errors.KeyringLocked("locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


def file_backend(path: Path) -> keyring.backend.KeyringBackend:
    backend = PlaintextKeyring()
    backend.file_path = str(path / "test-keyring.cfg")
    return backend  # type: ignore[no-any-return]


@pytest.fixture
def store(tmp_path: Path) -> CredentialStore:
    return CredentialStore(tmp_path, backend=file_backend(tmp_path))


def test_round_trip(store: CredentialStore) -> None:
    assert store.load(SERVER, "ada@example.org") is None
    store.save(SERVER, "ada@example.org", TOKENS)
    assert store.load(SERVER, "ada@example.org") == TOKENS
    assert store.load(SERVER + "/", " Ada@Example.org ") == TOKENS
    assert store.load("https://other.example.test", "ada@example.org") is None
    assert store.load(SERVER, "bob@example.org") is None
    store.delete(SERVER, "ada@example.org")
    assert store.load(SERVER, "ada@example.org") is None
    store.delete(SERVER, "ada@example.org")  # logging out twice is fine


def test_without_refresh_token(store: CredentialStore) -> None:
    store.save(SERVER, "ada@example.org", TokenPair("only-access", None))
    assert store.load(SERVER, "ada@example.org") == TokenPair("only-access", None)


@pytest.mark.parametrize("garbage", ["not json", "[]", '{"refresh": "x"}', '{"access": 5}'])
def test_unreadable_entry_means_login_again(tmp_path: Path, garbage: str) -> None:
    backend = MemoryKeyring()
    backend.set_password("orga-app:" + SERVER, "ada@example.org", garbage)
    store = CredentialStore(tmp_path, backend=backend)
    assert store.load(SERVER, "ada@example.org") is None


def test_os_keyring_is_used_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os_keyring = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: os_keyring)
    store = CredentialStore(tmp_path)
    store.save(SERVER, "ada@example.org", TOKENS)
    assert not store.uses_fallback
    assert "MemoryKeyring" in store.backend_description
    assert ("orga-app:" + SERVER, "ada@example.org") in os_keyring.items
    assert not (tmp_path / FALLBACK_FILE_NAME).exists()


def _raise() -> keyring.backend.KeyringBackend:
    raise RuntimeError("no D-Bus")


@pytest.mark.parametrize(
    "detected",
    [
        fail.Keyring,
        null.Keyring,
        PlaintextKeyring,  # keyrings.alt in the home dir: not ours to use
        chainer.ChainerBackend,  # here it chains keyrings.alt only
        _raise,
    ],
)
def test_fallback_file_in_data_dir(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    detected: object,
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", detected)
    data_dir = tmp_path / "data"
    with caplog.at_level(logging.WARNING, logger="orga_app.sync"):
        store = CredentialStore(data_dir)
        store.save(SERVER, "ada@example.org", TOKENS)
    assert store.uses_fallback
    path = data_dir / FALLBACK_FILE_NAME
    assert str(path) in store.backend_description
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert any("No OS keyring" in r.getMessage() for r in caplog.records)
    assert CredentialStore(data_dir).load(SERVER, "ada@example.org") == TOKENS
    assert "tok-" not in caplog.text


def test_loosened_fallback_file_is_tightened_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    store = CredentialStore(tmp_path)
    store.save(SERVER, "ada@example.org", TOKENS)
    path = tmp_path / FALLBACK_FILE_NAME
    path.chmod(0o644)
    store.save(SERVER, "ada@example.org", TOKENS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_locked_os_keyring_falls_back_on_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: MemoryKeyring(broken=True))
    store = CredentialStore(tmp_path)
    assert not store.uses_fallback
    with caplog.at_level(logging.WARNING, logger="orga_app.sync"):
        store.save(SERVER, "ada@example.org", TOKENS)
    assert store.uses_fallback
    assert store.load(SERVER, "ada@example.org") == TOKENS
    assert "tok-" not in caplog.text
