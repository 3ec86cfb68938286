"""A person's password for a shared PostgreSQL server, kept in the operating system's keyring
(never in QSettings or a file): one entry per server/database and login. Without a real
keyring nothing is kept and the password is asked at every start."""

from __future__ import annotations

import keyring

from incubator_app.ui.remembered_sign_in import keyring_available

SERVICE = "incubator-app-server"


def _key(server: str, login: str) -> str:
    return f"{login}@{server}"


def stored_password(server: str, login: str) -> str | None:
    if not login or not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, _key(server, login)) or None
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask for the password
        return None


def store_password(server: str, login: str, password: str) -> bool:
    if not keyring_available():
        return False
    try:
        keyring.set_password(SERVICE, _key(server, login), password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget_password(server: str, login: str) -> None:
    try:
        if keyring_available() and keyring.get_password(SERVICE, _key(server, login)):
            keyring.delete_password(SERVICE, _key(server, login))
    except Exception:  # noqa: BLE001 - nothing to delete, or the keyring is gone
        pass
