"""From a database argument to a logged-in main window: window, open, first run, login.

The main window paints first, as a shell (sidebar, menus, "Opening the database…"), before
SQLAlchemy, the models and the services are imported: they are imported here, inside the
functions that open the database, after the first paint. Then the login (if any) shows over
the window, and `MainWindow.attach` gives it the session. tests/ui/test_start_imports.py keeps
this module and the main window's free of SQLAlchemy at import time.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from incubator_app.db.paths import data_dir, default_db_path
from incubator_app.errors import DomainError, StorageError
from incubator_app.ui.changes import change_bus
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import tr_msg
from incubator_app.ui.ops import Operations
from incubator_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from incubator_app.db.migrate import Database
    from incubator_app.services.actor import Actor
    from incubator_app.ui.main_window import MainWindow

DEMO_FILE_NAME = "demo.sqlite3"  # the file `./dev.sh app` opens too

if TYPE_CHECKING:
    #: Chooses the user without a dialog (selftest, benchmarks); None falls back to the login.
    ActorPicker = Callable[[Database], Actor | None]


class StartResult(enum.Enum):
    OK = "ok"
    CANCELLED = "cancelled"
    STORAGE_ERROR = "storage_error"


def demo_database_path() -> Path:
    """The demo lives next to the default database, never in the user's own file."""
    return data_dir() / DEMO_FILE_NAME


def first_admin(db: Database) -> Actor | None:
    """The oldest active administrator (selftest and benchmarks log in as them)."""
    from incubator_app.services.actor import Actor
    from incubator_app.services.administration.users import actor_for_user, list_users

    with db.session() as session:
        users = list_users(session, actor=Actor.system())
        admins = sorted((u for u in users if u.role == "admin" and u.active), key=lambda u: u.id)
        return actor_for_user(session, admins[0].id) if admins else None


def remembered_actor(db: Database, settings: AppSettings) -> Actor | None:
    """The person this computer remembers for this database: the token in the keyring must
    match a valid one in the database (not revoked, not expired, account active and not
    locked). The settings file plays no part (an old `remembered_user` key is dropped)."""
    from incubator_app.services.administration.users import sign_in_remembered
    from incubator_app.ui.remembered_sign_in import delete_token, stored_token

    key = db.url.render_as_string(hide_password=True)
    settings.drop_remembered_user(key)
    token = stored_token(key)
    if token is None:
        return None
    with db.session() as session:
        actor = sign_in_remembered(session, token)
    if actor is None:
        delete_token(key)  # revoked or expired: ask for the password from now on
    return actor


class AppController(QObject):
    """Owns the open database, its worker thread and the main window; switches databases."""

    #: The main window has painted its shell, before the database opens (benchmarks time it).
    shell_painted = Signal()

    def __init__(
        self, app: QApplication, settings: AppSettings, *, interactive: bool = True
    ) -> None:
        # No Qt parent: whoever starts the session keeps the controller alive.
        super().__init__()
        self.app = app
        self.settings = settings
        self.interactive = interactive
        self.target: str | None = None
        self.db: Database | None = None
        self.server_changes = None  # colleagues' saves on a shared PostgreSQL database
        self.ops: Operations | None = None
        self.context: AppContext | None = None
        self.window = None
        self._switching = False
        from incubator_app.ui.app import ui_language

        # The language of the login screen, which someone without a language of their own keeps.
        self._start_language = ui_language()
        # We decide when to quit: closing a window to switch databases must not end the app.
        app.setQuitOnLastWindowClosed(False)
        app.aboutToQuit.connect(self.close_session)

    # Opening -----------------------------------------------------------------
    def resolve_target(self, target: str | None) -> str:
        if target:
            return target
        last = self.settings.last_database
        if last and Path(last).is_file():
            return last
        default = default_db_path()
        default.parent.mkdir(parents=True, exist_ok=True)
        return str(default)

    def _report(self, title: str, text: str) -> None:
        if self.interactive:
            QMessageBox.critical(None, title, text)
        else:
            print(f"{title}: {text}", file=sys.stderr)

    def _show_shell(self) -> MainWindow:
        """The main window without a session, shown and painted before anything heavy loads.
        A real display maps the window asynchronously: wait (briefly) until it is exposed so
        the paint happens now, not after the database has opened."""
        from incubator_app.ui.main_window import MainWindow

        if self.window is not None:  # the welcome dialog's demo: the same window goes on
            return self.window
        window = MainWindow(settings=self.settings)
        self.window = window
        window.show()
        deadline = QDeadlineTimer(200)
        handle = window.windowHandle()
        while handle is not None and not handle.isExposed() and not deadline.hasExpired():
            QCoreApplication.processEvents()
        window.repaint()
        self.shell_painted.emit()
        return window

    def _discard_shell(self) -> None:
        if self.window is not None and self.context is None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def start(self, target: str | None, *, pick_actor: ActorPicker | None = None) -> StartResult:
        result = self._start(target, pick_actor=pick_actor)
        if result is not StartResult.OK:
            self._discard_shell()
        return result

    def _start(self, target: str | None, *, pick_actor: ActorPicker | None) -> StartResult:
        target = self.resolve_target(target)
        self._show_shell()
        title = QCoreApplication.translate("Startup", "Cannot open the database")
        from incubator_app.db.engine import sqlite_path
        from incubator_app.db.migrate import open_database
        from incubator_app.services.administration.setup import (
            get_incubator_profile,
            is_initialised,
        )

        try:
            db = self._open_as_person(target) if self.interactive else open_database(target)
            if db is None:
                return StartResult.CANCELLED
        except StorageError as exc:
            self._report(title, tr_msg(exc.message))
            return StartResult.STORAGE_ERROR
        except Exception as exc:  # noqa: BLE001 (a malformed URL, a driver error…)
            self._report(title, f"{type(exc).__name__}: {exc}")
            return StartResult.STORAGE_ERROR
        self.db, self.target = db, target
        self.ops = Operations(db.sessions, change_bus(), self)
        from incubator_app.ui.server_changes import listen_for_changes

        self.server_changes = listen_for_changes(db.engine, change_bus())

        with db.session() as session:
            initialised = is_initialised(session)
            profile = get_incubator_profile(session)
        if not initialised:
            if not self.interactive:
                self._report(
                    title,
                    QCoreApplication.translate(
                        "Startup", "The database {path} has no incubator yet."
                    ).format(path=db.display_name),
                )
                self.close_session()
                return StartResult.STORAGE_ERROR
            from incubator_app.ui.welcome_dialog import WelcomeDialog

            welcome = WelcomeDialog(self.ops, demo_database_path())
            if welcome.exec() != QDialog.DialogCode.Accepted:
                self.close_session()
                return StartResult.CANCELLED
            if welcome.demo_path is not None:
                self.close_session()
                return self._start(str(welcome.demo_path), pick_actor=pick_actor)
            actor = welcome.actor
            with db.session() as session:
                profile = get_incubator_profile(session)
        else:
            actor = pick_actor(db) if pick_actor else None
            actor = actor or self._server_person(db)
            actor = actor or remembered_actor(db, self.settings)
            if actor is None and self.interactive:
                actor = self._login(db, profile)
        if actor is None:
            self.close_session()
            return StartResult.CANCELLED

        self._use_language_of(actor)
        if sqlite_path(db.url) is not None:
            self.settings.last_database = str(sqlite_path(db.url))
        self.context = AppContext(db, actor, profile, self.settings, self.ops, change_bus())
        self._show_main_window()
        return StartResult.OK

    def _open_as_person(self, target: str) -> Database | None:
        """A shared PostgreSQL database named without a user: connect as the person who signs
        in (their own role on the server), with the keyring's password or the one they type;
        a refused password is forgotten and asked again. Anything else opens as before."""
        from incubator_app.db.engine import needs_person, resolve_url, server_key, with_person
        from incubator_app.db.migrate import open_database
        from incubator_app.ui.server_credentials import (
            forget_password,
            store_password,
            stored_password,
        )
        from incubator_app.ui.server_sign_in_dialog import ServerSignInDialog

        url = resolve_url(target)
        if not needs_person(url):
            return open_database(target)
        server = server_key(url)
        login, error = self.settings.server_login(server), ""
        password = stored_password(server, login)
        while True:
            remember = False
            if password is None:
                dialog = ServerSignInDialog(server, login, error)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                login, password = dialog.login.text().strip(), dialog.password.text()
                remember = dialog.remember.isChecked()
            person_url = with_person(url, login, password).render_as_string(hide_password=False)
            try:
                db = open_database(person_url, create=False)
            except StorageError as exc:
                forget_password(server, login)
                password, error = None, tr_msg(exc.message)
                continue
            self.settings.set_server_login(server, login)
            if remember:
                store_password(server, login, password)
            return db

    def _server_person(self, db: Database) -> Actor | None:
        """On a secured server the connection is the person's: no second password."""
        from incubator_app.services.server.sign_in import connected_actor

        with db.session() as session:
            try:
                return connected_actor(session)
            except DomainError:
                return None

    def _use_language_of(self, actor: Actor) -> None:
        """The application speaks the signed-in person's language (their account's, chosen in
        Settings), else the one it started in, unless `--lang` chose one for this run."""
        from incubator_app.ui.app import forced_language, ui_language, use_language

        if forced_language() is None:
            before = ui_language()
            use_language(self.app, actor.language or self._start_language)
            if ui_language() != before and self.window is not None and self.context is None:
                # The shell was painted in the start-up language: a new one speaks theirs.
                self._discard_shell()
                self._show_shell()

    def _login(self, db: Database, profile) -> Actor | None:
        from incubator_app.ui.login_dialog import LoginDialog

        assert self.ops is not None
        dialog = LoginDialog(
            self.ops,
            self.settings,
            db.url.render_as_string(hide_password=True),
            incubator_name=profile.name if profile else "",
            is_demo=bool(profile and profile.is_demo),
        )
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _show_main_window(self) -> None:
        assert self.context is not None and self.window is not None
        window = self.window
        window.attach(self.context)
        window.closed.connect(self._window_closed)
        window.open_database_requested.connect(self.switch_database)
        window.logout_requested.connect(self.log_out)

    # Switching and closing ---------------------------------------------------
    def _window_closed(self) -> None:
        if not self._switching:
            self.close_session()
            self.app.quit()

    def switch_database(self, target: str) -> None:
        previous = self.target
        self._switching = True
        try:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            self.close_session()
        finally:
            self._switching = False
        result = self.start(target)
        if result is StartResult.OK:
            return
        if previous and previous != target and self.start(previous) is StartResult.OK:
            return
        self.app.quit()

    def log_out(self) -> None:
        from incubator_app.ui.remembered_sign_in import forget_this_computer

        if self.context is not None:
            forget_this_computer(self.context.db_key, self.ops)
        if self.target:
            self.switch_database(self.target)

    def close_session(self) -> None:
        """Lets queued writes finish, stops the worker thread, closes the database."""
        if self.ops is not None:
            self.ops.shutdown()
            self.ops.deleteLater()
            self.ops = None
        if self.server_changes is not None:
            self.server_changes.stop()
            self.server_changes = None
        if self.db is not None:
            self.db.dispose()
            self.db = None
        self.context = None
