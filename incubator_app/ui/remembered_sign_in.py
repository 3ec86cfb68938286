""" "Remember me on this computer": the sign-in token lives in the operating system's keyring
(Windows Credential Manager, macOS Keychain, Secret Service), one per database.

The database keeps only the token's SHA-256 (services/administration/remember.py), so neither
the settings file nor the database alone signs anyone in. Without a real keyring (a headless
Linux with no Secret Service) "remember me" is not offered: there is no fallback to a file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from incubator_app.services.administration.remember import revoke_remember_token

if TYPE_CHECKING:
    from incubator_app.ui.ops import Operations

SERVICE = "incubator-app"
#: keyring's own backends rank 1 and up; the fail and null ones, and keyrings.alt's files
#: (plain or weakly encrypted), rank lower.
MIN_PRIORITY = 1


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(backend.priority) >= MIN_PRIORITY
    except Exception:  # noqa: BLE001 - a backend that cannot rank itself is not trusted
        return False


def keyring_available() -> bool:
    """True when a real keyring can keep the token."""
    try:
        return _usable(keyring.get_keyring())
    except Exception:  # noqa: BLE001 - no keyring, whatever the reason
        return False


def stored_token(db_key: str) -> str | None:
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, db_key) or None
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask for the password
        return None


def store_token(db_key: str, token: str) -> bool:
    if not keyring_available():
        return False
    try:
        keyring.set_password(SERVICE, db_key, token)
    except Exception:  # noqa: BLE001
        return False
    return True


def delete_token(db_key: str) -> None:
    try:
        if keyring_available() and keyring.get_password(SERVICE, db_key) is not None:
            keyring.delete_password(SERVICE, db_key)
    except Exception:  # noqa: BLE001 - nothing to delete, or the keyring is gone
        pass


def forget_this_computer(db_key: str, ops: Operations | None) -> None:
    """Ends this computer's remembered sign-in: out of the keyring, revoked in the database."""
    token = stored_token(db_key)
    delete_token(db_key)
    if token is not None and ops is not None:
        ops.run(lambda session: revoke_remember_token(session, token))
