"""The main window: sidebar navigation between pages, menus, status bar."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from incubator_app import clock
from incubator_app.ui.changes import INCUBATOR_PROFILE
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.icons import icon
from incubator_app.ui.messages import role_label
from incubator_app.ui.pages import PAGES, PageSpec
from incubator_app.ui.pages.base import Page
from incubator_app.ui.widgets import is_alive

if TYPE_CHECKING:  # the window's module stays free of SQLAlchemy (see sqlite_path below)
    from incubator_app.ui.context import AppContext
    from incubator_app.ui.settings import AppSettings


def sqlite_path(url: object) -> Path | None:
    """db.engine.sqlite_path, imported when called: importing this module must not import
    SQLAlchemy, so that a start-up can paint the window before opening the database."""
    from incubator_app.db.engine import sqlite_path as path_of

    return path_of(url)  # type: ignore[arg-type]


SIDEBAR_STYLE = """
QListWidget#sidebar {
    background: palette(window);
    border: none;
    border-right: 1px solid palette(mid);
    padding: 8px 0;
    outline: 0;
}
QListWidget#sidebar::item {
    padding: 8px 12px;
    margin: 1px 8px;
    border-radius: 6px;
}
QListWidget#sidebar::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QListWidget#sidebar::item:hover:!selected {
    background: palette(midlight);
}
"""


class MainWindow(QMainWindow):
    #: Asks the application to close this session and open another database (path or URL).
    open_database_requested = Signal(str)
    #: Asks the application to forget the remembered user and show the login again.
    logout_requested = Signal()
    #: Emitted once the window has closed (the application then ends or switches database).
    closed = Signal()

    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        """The whole window. Without a context it is the start-up shell: sidebar, menus and
        status bar painted before the database opens (SQLAlchemy and the models are not yet
        imported), disabled until `attach` gives it the signed-in session."""
        super().__init__(parent)
        self.context: AppContext | None = None
        self._settings = context.settings if context is not None else settings
        self._pages: dict[str, Page] = {}
        self._help_window: QWidget | None = None
        self._session_actions: list[QAction] = []
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app", "#2f6f5e"))
        self.setMinimumSize(QSize(720, 480))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(236)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        highlight = self.palette().highlightedText().color()
        normal = self.palette().windowText().color()
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon, normal, highlight), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.statusBar().setStyleSheet("QStatusBar QLabel { padding: 0 8px; }")
        self._restore_geometry()
        if context is not None:
            self.attach(context)
        else:
            central.setEnabled(False)
            for action in self._session_actions:
                action.setEnabled(False)
            self.opening_label = QLabel(self.tr("Opening the database…"))
            self.opening_label.setObjectName("statusOpening")
            self.statusBar().addWidget(self.opening_label)

    def attach(self, context: AppContext) -> None:
        """Gives the window its signed-in session: title, status bar, then the last page."""
        self.context = context
        self._settings = context.settings
        # Qt appends the application display name ("Incubator") to the title itself.
        self.setWindowTitle(context.profile.name if context.profile else "")
        context.bus.changed.connect(self._profile_changed)
        opening = getattr(self, "opening_label", None)
        if opening is not None:
            self.statusBar().removeWidget(opening)
            opening.deleteLater()
            self.opening_label = None
        self._build_status_bar()
        self.centralWidget().setEnabled(True)
        for action in self._session_actions:
            action.setEnabled(True)
        # Offers expire and free places are offered while the app is open (no server needed).
        from incubator_app.ui.events.ticker import EventTicker

        self._event_ticker = EventTicker(context, self)
        # The outbox goes out in the background when an SMTP server is set (status bar: its state).
        from incubator_app.ui.administration.outbox_sender import OutboxSender

        self._outbox_sender = OutboxSender(context, self)
        self.statusBar().insertPermanentWidget(0, self._outbox_sender.label)
        self.sidebar.currentRowChanged.connect(self._show_row)
        keys = [spec.key for spec in PAGES]
        last = context.settings.last_page
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    # Pages -------------------------------------------------------------------
    @property
    def current_page_key(self) -> str | None:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @property
    def current_page(self) -> Page | None:
        key = self.current_page_key
        return self._pages.get(key) if key else None

    def show_page(self, key: str) -> None:
        for row, spec in enumerate(PAGES):
            if spec.key == key:
                self.sidebar.setCurrentRow(row)
                return
        raise KeyError(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = PAGES[row]
        page = self._pages.get(spec.key) or self._create_page(spec)
        self.stack.setCurrentWidget(page)
        self.context.settings.last_page = spec.key

    def _create_page(self, spec: PageSpec) -> Page:
        # Imported on first display: heavy pages must not slow down start-up.
        module = importlib.import_module(spec.module)
        page: Page = getattr(module, spec.class_name)(self.context)
        page.setObjectName(f"page_{spec.key}")
        self._pages[spec.key] = page
        self.stack.addWidget(page)
        return page

    def open_entrepreneur(self, entrepreneur_id: int) -> None:
        """Shows the entrepreneurs page with this record open (quick search, dashboard...)."""
        self.show_page("entrepreneurs")
        self._pages["entrepreneurs"].open_record(entrepreneur_id)

    def show_filtered(self, key: str, **filters: object) -> None:
        """Shows a page narrowed to `filters` (dashboard tiles); see Page.apply_filters."""
        self.show_page(key)
        self._pages[key].apply_filters(**filters)

    def quick_search(self) -> None:
        from incubator_app.ui.quick_search import open_quick_search

        open_quick_search(self)

    def log_coaching_session(self) -> None:
        from incubator_app.ui.coaching.log_dialog import open_log_session_dialog

        open_log_session_dialog(self, entrepreneur_id=None)

    # Menus -------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
        *,
        session: bool = True,
    ) -> QAction:
        """A menu action; `session=False` for the few that work before sign-in (Quit, Help)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        if session:
            self._session_actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(
            self._action(
                self.tr("&Open a database…"),
                self._open_database,
                QKeySequence.StandardKey.Open,
                "openDatabaseAction",
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Co&nnect to a shared database…"),
                self._connect_to_server,
                None,
                "connectServerAction",
            )
        )
        self.backup_action = self._action(
            self.tr("&Back up the database…"), self._backup, None, "backupAction"
        )
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("Log a &coaching session…"),
                self.log_coaching_session,
                "Ctrl+Shift+N",
                "logSessionAction",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Log out"), self.logout_requested.emit))
        # Windows has no standard Quit key: Ctrl+Q everywhere, as users of other apps expect.
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quitAction", session=False)
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        for text, key, method in (
            (self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
            (self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
            (self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
            (self.tr("Select &all"), QKeySequence.StandardKey.SelectAll, "selectAll"),
        ):
            edit_menu.addAction(
                self._action(text, lambda _=False, m=method: self._to_focus(m), key)
            )
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                self.tr("P&references…"),
                lambda: self.show_page("settings"),
                QKeySequence.StandardKey.Preferences,
            )
        )

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.page_actions: list[QAction] = []
        for number, spec in enumerate(PAGES, start=1):
            action = self._action(
                spec.title.replace("&", "&&"),  # "Services & bookings": a literal "&"
                lambda _=False, k=spec.key: self.show_page(k),
                _page_key(number, spec.key),
                f"goto_{spec.key}",
            )
            self.page_actions.append(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(
                self.tr("&Quick search…"), self.quick_search, "Ctrl+K", "quickSearchAction"
            )
        )
        view_menu.addAction(
            self._action(self.tr("&Refresh"), self._refresh, QKeySequence.StandardKey.Refresh)
        )
        view_menu.addAction(
            self._action(
                self.tr("&Full screen"),
                self._toggle_full_screen,
                QKeySequence.StandardKey.FullScreen,
            )
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        # Application-wide: they also work in a record window on top of the main window.
        for text, slot, key, name in (
            (
                self.tr("&User guide"),
                lambda: self.show_help(),
                QKeySequence.StandardKey.HelpContents,
                "help",
            ),
            (self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/", "shortcuts"),
        ):
            action = self._action(text, slot, key, f"{name}Action")
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About Incubator…"), self.show_about))
        help_menu.addAction(self._action(self.tr("About &Qt…"), QApplication.aboutQt))

    def _to_focus(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def _refresh(self) -> None:
        page = self.current_page
        if page is not None:
            page.reload()

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # Status bar --------------------------------------------------------------
    def _build_status_bar(self) -> None:
        db = self.context.db
        path = sqlite_path(db.url)
        shown = path.name if path else db.url.render_as_string(hide_password=True)
        self.db_label = QLabel(self.tr("Database: {name}").format(name=shown))
        self.db_label.setObjectName("statusDatabase")
        self.db_label.setToolTip(db.display_name)
        actor = self.context.actor
        self.user_label = QLabel(
            self.tr("{name} ({role})").format(
                name=actor.display_name or actor.login, role=role_label(actor.role)
            )
        )
        self.user_label.setObjectName("statusUser")
        status = self.statusBar()
        # Every save is confirmed here too (and briefly over the window it was made in).
        self.context.ops.saved.connect(lambda text: status.showMessage(text, 5_000))
        status.addPermanentWidget(self.db_label)
        status.addPermanentWidget(_separator())
        status.addPermanentWidget(self.user_label)
        if self.context.profile is not None and self.context.profile.is_demo:
            demo = QLabel(self.tr("Demo"))
            demo.setObjectName("statusDemo")
            demo.setStyleSheet(
                "QLabel { background: #fff4d6; color: #5a4500; border-radius: 4px;"
                " padding: 1px 8px; }"
            )
            status.addPermanentWidget(demo)

    def _profile_changed(self, kinds: set[str]) -> None:
        if INCUBATOR_PROFILE in kinds and self.context.profile is not None:
            self.setWindowTitle(self.context.profile.name)

    # Actions -----------------------------------------------------------------
    def _open_database(self) -> None:
        start = str(sqlite_path(self.context.db.url) or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            start,
            self.tr("Incubator databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database_requested.emit(path)

    def _connect_to_server(self) -> None:
        from incubator_app.ui.server_connection_dialog import ServerConnectionDialog

        dialog = ServerConnectionDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.user.text().strip():
                self.context.settings.set_server_login(
                    dialog.server_key(), dialog.user.text().strip()
                )
            self.open_database_requested.emit(dialog.url_text())

    def _backup(self) -> None:
        db = self.context.db
        source = sqlite_path(db.url)
        stamp = clock.today().isoformat()
        if source is not None:
            word = self.tr("backup", "file name of a backup copy")
            suggested = f"{source.stem}-{word}-{stamp}.zip"
            filters = self.tr("Incubator backups: database and documents (*.zip)")
        else:
            suggested = f"{db.url.database}-{stamp}.sql"
            filters = self.tr("SQL files (*.sql)")
        settings = self.context.settings
        dest, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            start_path(settings, FileKind.BACKUPS, suggested),
            filters,
        )
        if dest:
            remember_folder(settings, FileKind.BACKUPS, dest)
            self.backup_to(Path(dest))

    def backup_to(self, dest: Path):
        """Backs up through the worker thread; returns the Operation (tests wait on it)."""
        from incubator_app.db.backup import backup_database

        url = self.context.db.url
        return self.context.ops.run(
            lambda: backup_database(url, dest),
            session=False,
            parent=self,
            label=self.tr("Backing up the database…"),
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backup saved: {path}").format(path=path), 10_000
            ),
        )

    def show_help(self, page_key: str | None = None):
        """The user guide at `page_key` (default: the page on show, or the section about the
        active window, e.g. a record); one window, raised."""
        from incubator_app.ui.help.guide import WINDOW_SECTIONS
        from incubator_app.ui.help.help_window import HelpWindow

        if not is_alive(self._help_window):
            self._help_window = HelpWindow(self)
            self._help_window.resize(self._help_window.sizeHint())
        section = None
        active = QApplication.activeWindow()
        if page_key is None and active is not None and active.objectName() in WINDOW_SECTIONS:
            page_key, section = WINDOW_SECTIONS[active.objectName()]
        self._help_window.show_page(page_key or self.current_page_key or PAGES[0].key, section)
        self._help_window.show()
        self._help_window.raise_()
        self._help_window.activateWindow()
        return self._help_window

    def show_shortcuts(self):
        from incubator_app.ui.help.shortcuts_dialog import open_shortcuts_dialog

        return open_shortcuts_dialog(self)

    def show_about(self) -> QDialog:
        from incubator_app.ui.about_dialog import AboutDialog

        box = AboutDialog(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # Window state ------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self._settings
        geometry = settings.window_geometry if settings is not None else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1120, 720)
        state = settings.window_state if settings is not None else None
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        settings = self._settings
        if settings is not None and self.context is not None:
            settings.window_geometry = self.saveGeometry()
            settings.window_state = self.saveState()
            settings.sync()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _page_key(number: int, key: str) -> str | None:
    """Ctrl+1 … Ctrl+9 for the first nine pages; Settings, the last, always Ctrl+0 (users learn
    it once, and it does not move when a page is added); pages beyond the ninth go by menu."""
    if key == "settings":
        return "Ctrl+0"
    return f"Ctrl+{number}" if number <= 9 else None
