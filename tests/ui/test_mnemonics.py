"""No two Alt+letter mnemonics collide among the widgets a window shows together, in French and
in English: the main window on every page and every tab (with its menu bar), a record window on
each of its tabs, and the dialogs. (Alt+T once meant both « Téléphone » and the History tab.)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from sqlalchemy import text

from incubator_app import clock
from incubator_app.db.migrate import open_database
from incubator_app.demo import generate_demo
from incubator_app.services.administration.setup import get_incubator_profile
from incubator_app.ui.app import install_translators
from incubator_app.ui.changes import ChangeBus
from incubator_app.ui.context import AppContext
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.ops import Operations
from incubator_app.ui.pages import PAGES
from incubator_app.ui.startup import first_admin
from incubator_app.ui.windowed_model import ROW_ID_ROLE

pytestmark = pytest.mark.ui


def mnemonic(text: str) -> str:
    """ "Alt+T" for "&Téléphone", "" without one (Qt's own reading: "&&" is a literal "&")."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Mnemonic -> descriptions of the widgets of `window` that show it now."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = mnemonic(text)
        if key:
            found[key].append(f"{what} « {text} »")

    for widget in [window, *window.findChildren(QWidget)]:
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return found


class Clashes:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.found: list[str] = []
        self.checked = 0

    def check(self, window: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.checked += 1
        for key, widgets in sorted(visible_mnemonics(window).items()):
            if len(widgets) > 1:
                self.found.append(f"[{self.lang}] {where}: {key} → {', '.join(widgets)}")

    def check_menus(self, bar: QMenuBar, where: str) -> None:
        """The items of each menu of the bar, shown together when it opens."""
        for title in bar.actions():
            menu = title.menu()
            found: dict[str, list[str]] = defaultdict(list)
            for action in menu.actions():
                key = mnemonic(action.text())
                if key and action.isVisible():
                    found[key].append(f"« {action.text()} »")
            self.checked += 1
            for key, items in sorted(found.items()):
                if len(items) > 1:
                    menu_name = f"{where} › {title.text()}"
                    self.found.append(f"[{self.lang}] {menu_name}: {key} → {', '.join(items)}")

    def walk(self, window: QWidget, where: str, root: QWidget | None = None) -> None:
        """Checks `window` now, then on every tab of the tab widgets under `root` (nested ones
        in their own tab only)."""
        root = root or window
        self.check(window, where)
        for tabs in _outer_tab_widgets(root):
            if not _shown(tabs, window):
                continue
            start = tabs.currentIndex()
            for index in range(tabs.count()):
                if not tabs.isTabVisible(index) or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                self.walk(window, f"{where} › {tabs.tabText(index)}", tabs.widget(index))
            tabs.setCurrentIndex(start)

    def report(self) -> str:
        return "\n".join(self.found)


def _outer_tab_widgets(root: QWidget) -> list[QTabWidget]:
    """Tab widgets under `root` that are not inside another tab widget under `root`."""
    result = []
    for tabs in root.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        nested = False
        while parent is not None and parent is not root:
            if isinstance(parent, QTabWidget):
                nested = True
                break
            parent = parent.parentWidget()
        if not nested:
            result.append(tabs)
    return result


@pytest.fixture
def demo_context(qapp, tmp_path: Path, settings) -> Iterator[AppContext]:
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, scale="small", seed=1, reference_date=clock.today())
    db = open_database(str(path))
    actor = first_admin(db)
    assert actor is not None
    with db.session() as session:
        profile = get_incubator_profile(session)
    bus = ChangeBus()
    ops = Operations(db.sessions, bus)
    yield AppContext(db, actor, profile, settings, ops, bus)
    assert ops.shutdown()
    db.dispose()


def _settle(qtbot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=10_000)
    QApplication.processEvents()


def _new_window(qtbot, action: Callable[[], object], context: AppContext) -> QWidget:
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    action()
    found: list[QWidget] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isWindow() and w.isVisible() and id(w) not in before
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=10_000)
    _settle(qtbot, context)
    return found[0]


def _close(window: QWidget) -> None:
    if isinstance(window, QDialog):
        window.reject()
    window.close()
    QApplication.processEvents()


def _constructed_dialogs(context: AppContext, window: QWidget, tmp_path: Path):
    """Dialogs opened from a selection deep in a page: built directly, as their pages do."""
    from incubator_app.services.administration.users import list_users
    from incubator_app.ui.administration.account_dialogs import PasswordDialog
    from incubator_app.ui.directory.actor_window import ActorWindow, PickDialog
    from incubator_app.ui.directory.dedupe_dialog import DedupeDialog
    from incubator_app.ui.directory.listing_import import ListingImportDialog
    from incubator_app.ui.funding.event_rule_dialog import EventRuleDialog
    from incubator_app.ui.login_dialog import LoginDialog
    from incubator_app.ui.milestones.dialogs import (
        AchieveDialog,
        DoneDialog,
        MilestoneDialog,
        PlanDialog,
        ReassignDialog,
    )
    from incubator_app.ui.milestones.follow_up_dialogs import AnswerDialog, CallDialog
    from incubator_app.ui.welcome_dialog import WelcomeDialog

    today = clock.today()
    with context.db.session() as session:
        user = list_users(session, actor=context.actor)[0]
        actor_id = session.execute(text("SELECT min(id) FROM directory_actor")).scalar_one()
    return [
        ("directory actor", ActorWindow(context, actor_id, window)),
        ("import a listing", ListingImportDialog(context, window)),
        ("directory duplicates", DedupeDialog(context, window)),
        ("link a person", PickDialog(context, "x", lambda s, t: [], None, window)),
        ("link an actor", PickDialog(context, "x", lambda s, t: [], [("a", "b")], window)),
        ("milestone", MilestoneDialog(window, new=True, today=today)),
        ("milestone achieved", AchieveDialog(window, "Premier devis", today)),
        ("plan from a template", PlanDialog(window, ["CAPE"], today)),
        ("action done", DoneDialog(window, "Envoyer le devis", today)),
        ("reassign the action", ReassignDialog(window, [(1, "Cédric Robin")], None)),
        ("new password", PasswordDialog(context, user, parent=window)),
        ("login", LoginDialog(context.ops, context.settings, "demo", incubator_name="Couveuse")),
        ("welcome", WelcomeDialog(context.ops, tmp_path / "welcome-demo.sqlite3")),
        ("follow-up call", CallDialog("Hélène Durand — 12", window)),
        ("follow-up answer", AnswerDialog("Hélène Durand — 12", today, window)),
        (
            "events by rule",
            EventRuleDialog(context, 1, (today.replace(month=1, day=1), today), [], [], window),
        ),
    ]


@pytest.mark.parametrize("lang", ["fr", "en", "it", "es"])
def test_no_mnemonic_collides_in_any_window(qtbot, qapp, demo_context, lang, tmp_path) -> None:
    install_translators(qapp, lang)
    context = demo_context
    clashes = Clashes(lang)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    for spec in PAGES:
        window.show_page(spec.key)
        _settle(qtbot, context)
        clashes.walk(window, spec.title)

    clashes.check_menus(window.menuBar(), "menus")
    pages = window._pages
    people = pages["entrepreneurs"]
    window.show_page("entrepreneurs")
    _settle(qtbot, context)
    record_id = people.table.model().index(0, 0).data(ROW_ID_ROLE)
    editor = people.open_record(record_id)
    qtbot.waitExposed(editor)
    _settle(qtbot, context)
    clashes.walk(editor, "record window")
    editor.close()

    new_record = people.create_record()
    qtbot.waitExposed(new_record)
    _settle(qtbot, context)
    clashes.walk(new_record, "new entrepreneur")
    new_record.close()

    services = pages["services"]
    dialogs: list[tuple[str, Callable[[], object]]] = [
        ("quick search", window.quick_search),
        ("log a coaching session", window.log_coaching_session),
        ("import", people._import),
        ("booking", lambda: services.bookings.new_booking()),
        ("recurring booking", lambda: services.bookings.new_recurring()),
        ("quick usage", lambda: services.usage.open_quick_entry()),
        ("monthly charge", lambda: services.usage.open_monthly_charge()),
        ("service", lambda: services.catalogue.new_service()),
        ("revenue", lambda: services.revenue.open_entry()),
        ("new account", lambda: pages["settings"].accounts.new_account()),
        ("publish a listing", lambda: pages["exchange"].listings.open_publish_dialog()),
        ("user guide", window.show_help),
        ("keyboard shortcuts", window.show_shortcuts),
    ]
    for name, action in dialogs:
        opened = _new_window(qtbot, action, context)
        clashes.walk(opened, name)
        _close(opened)

    for name, dialog in _constructed_dialogs(context, window, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qtbot, context)
        clashes.walk(dialog, name)
        _close(dialog)

    assert clashes.checked > 40
    assert not clashes.found, "mnemonics used twice in one window:\n" + clashes.report()
