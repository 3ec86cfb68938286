"""Typed application settings over QSettings (one place for every key and its type)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from incubator_app.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

ORGANISATION = "incubator_app"
APPLICATION = "incubator_app"


def _db_key(db_url: str) -> str:
    """QSettings treats '/' as a group separator: key databases by a digest of their URL."""
    return hashlib.sha1(db_url.encode("utf-8")).hexdigest()[:16]


class AppSettings:
    """Wraps QSettings with typed properties.

    When INCUBATOR_APP_DATA_DIR is set (tests, portable installs) the settings live in an INI
    file there, so nothing leaks into the user's registry or ~/.config.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            override = os.environ.get("INCUBATOR_APP_DATA_DIR")
            if override:
                path = Path(override) / "settings.ini"
                qsettings = QSettings(str(path), QSettings.Format.IniFormat)
            else:
                qsettings = QSettings(ORGANISATION, APPLICATION)
        self._s = qsettings

    def sync(self) -> None:
        self._s.sync()

    # Language ---------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    # Last database ----------------------------------------------------------
    @property
    def last_database(self) -> str | None:
        value = self._s.value("database/last")
        return str(value) if value else None

    @last_database.setter
    def last_database(self, value: str | None) -> None:
        if value:
            self._s.setValue("database/last", value)
        else:
            self._s.remove("database/last")

    # Shared server: the login last used on each (never the password: that is the keyring's)
    def server_login(self, server: str) -> str:
        return str(self._s.value(f"server_login/{server.replace('/', '|')}", "") or "")

    def set_server_login(self, server: str, login: str) -> None:
        self._s.setValue(f"server_login/{server.replace('/', '|')}", login)

    # Remembered sign-in ---------------------------------------------------------
    def drop_remembered_user(self, db_url: str) -> None:
        """Removes the key older versions wrote (a bare user id): it signs nobody in any more
        (the token is in the keyring, ui/remembered_sign_in.py)."""
        self._s.remove(f"remembered_user/{_db_key(db_url)}")

    # Main window ------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("main_window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("main_window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("main_window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("main_window/state", value)

    @property
    def last_page(self) -> str | None:
        value = self._s.value("main_window/page")
        return str(value) if value else None

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._s.setValue("main_window/page", value)

    # File dialogs -----------------------------------------------------------
    def last_folder(self, kind: str) -> str | None:
        """The folder last used for a kind of file (ui/file_folders.py)."""
        value = self._s.value(f"folders/{kind}")
        return str(value) if value else None

    def set_last_folder(self, kind: str, folder: str) -> None:
        self._s.setValue(f"folders/{kind}", folder)

    # Bookings ---------------------------------------------------------------
    def last_booking_resource(self, db_url: str) -> int | None:
        """The resource the bookings calendar showed last on this database."""
        value = self._s.value(f"bookings/resource/{_db_key(db_url)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_booking_resource(self, db_url: str, service_id: int) -> None:
        self._s.setValue(f"bookings/resource/{_db_key(db_url)}", int(service_id))

    # Coaching ---------------------------------------------------------------
    def last_session_duration(self, user_key: str) -> int | None:
        """Minutes of the last session this user logged (the log dialog's default)."""
        value = self._s.value(f"coaching/last_duration/{_db_key(user_key)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_session_duration(self, user_key: str, minutes: int) -> None:
        self._s.setValue(f"coaching/last_duration/{_db_key(user_key)}", int(minutes))

    def last_session_coach(self, user_key: str) -> int | None:
        """Coach of the last session this user logged (the default of a user who is no coach)."""
        value = self._s.value(f"coaching/last_coach/{_db_key(user_key)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_session_coach(self, user_key: str, coach_id: int) -> None:
        self._s.setValue(f"coaching/last_coach/{_db_key(user_key)}", int(coach_id))
