"""Test-wide set-up: Qt renders offscreen and nothing touches the user's real data or keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A test never reads or writes the developer's own keyring: the file backend in a temp dir is used.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
