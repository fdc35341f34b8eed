"""Test-wide set-up: Qt renders offscreen and nothing touches the user's real data or keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A test never touches the real keyring: with the "fail" backend the credential store falls back
# to its 0600 file inside the (temporary) data dir, and any direct keyring use fails loudly.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

# One private CUPS scheduler for the whole session (tests/badges/cups.py), declared here once:
# a session fixture imported into two conftests is two fixtures, and two cupsds.
from tests.badges.cups import cups_queue  # noqa: F401 - fixture
