"""« Raccourcis clavier » (Ctrl+/): the shortcuts of the current window, read at run time from
its QActions and QShortcuts (only those that work where the user is: the menus, the window,
the page and tabs on show), so the list never drifts from what the keys really do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.ui.pages import page_titles


@dataclass(frozen=True)
class ShortcutEntry:
    keys: str
    description: str
    where: str


def plain_text(text: str) -> str:
    """A menu or button text without its mnemonic marker ("&&" stays a literal "&")."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


#: Qt.Key values from here on are media and browser keys ("Save", "Back"), absent from most
#: keyboards: the standard keys (Ctrl+S, Alt+Left) say enough.
_SPECIAL_KEYS = 0x01000060


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(
        s.toString(native)
        for s in sequences
        if not s.isEmpty() and s[0].key().value < _SPECIAL_KEYS
    )


def _works_here(owner: QObject | None, window: QWidget) -> bool:
    """A shortcut on a hidden page or tab does not fire: leave it out."""
    if owner is window:
        return True
    return isinstance(owner, QWidget) and owner.window() is window and owner.isVisible()


def _where(owner: QObject | None, window: QWidget) -> str:
    node = owner
    titles = page_titles()
    while isinstance(node, QWidget) and node is not window:
        name = node.objectName()
        if name.startswith("page_") and name[5:] in titles:
            return titles[name[5:]]
        node = node.parentWidget()
    return plain_text(window.windowTitle()) or QApplication.applicationDisplayName()


def _menu_rank(menu: QMenu, action: QAction) -> tuple[int, int]:
    """Menus after the page's own shortcuts, in menu bar order, each in its own order."""
    bar_actions = [a for a in menu.parentWidget().actions()] if menu.parentWidget() else []
    position = bar_actions.index(menu.menuAction()) if menu.menuAction() in bar_actions else 99
    return 1 + position, menu.actions().index(action)


def _action_entry(action: QAction, window: QWidget) -> tuple[tuple, ShortcutEntry] | None:
    keys = _keys(action.shortcuts())
    if not keys or not action.isVisible():
        return None
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
    if menus:
        where, rank = plain_text(menus[0].title()), _menu_rank(menus[0], action)
    elif _works_here(action.parent(), window):
        where, rank = _where(action.parent(), window), (0, 0)
    else:
        return None
    text = plain_text(action.text()) or action.toolTip() or action.whatsThis()
    return rank, ShortcutEntry(keys, text.rstrip("…").strip() or _no_description(), where)


def _no_description() -> str:
    return QApplication.translate("ShortcutsDialog", "(no description)")


def _shortcut_entry(shortcut: QShortcut, window: QWidget) -> ShortcutEntry | None:
    keys = _keys(shortcut.keys())
    owner = shortcut.parent()
    if not keys or not shortcut.isEnabled() or not _works_here(owner, window):
        return None
    return ShortcutEntry(keys, shortcut.whatsThis() or _no_description(), _where(owner, window))


def collect_shortcuts(
    window: QWidget, *, global_from: QWidget | None = None
) -> list[ShortcutEntry]:
    """Every shortcut that works in `window` now: the page's and the window's own first, then
    the menus'; `global_from` adds that window's application-wide actions (F1 and Ctrl+/ of the
    main window also work in a record window)."""
    ranked: list[tuple[tuple, ShortcutEntry]] = []
    for shortcut in window.findChildren(QShortcut):
        entry = _shortcut_entry(shortcut, window)
        if entry is not None:
            ranked.append(((0, 0), entry))
    for action in [*window.actions(), *window.findChildren(QAction)]:
        found = _action_entry(action, window)
        if found is not None:
            ranked.append(found)
    if global_from is not None and global_from is not window:
        for action in global_from.findChildren(QAction):
            keys = _keys(action.shortcuts())
            if keys and action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut:
                text = plain_text(action.text()).rstrip("…").strip()
                ranked.append(((50, 0), ShortcutEntry(keys, text, global_from.windowTitle())))
    ranked.sort(key=lambda pair: pair[0])  # stable: the page's in the order they were made
    unique: dict[tuple[str, str], ShortcutEntry] = {}
    for _rank, entry in ranked:
        unique.setdefault((entry.keys, entry.description), entry)
    return list(unique.values())


class ShortcutsDialog(QDialog):
    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = entries
        intro = QLabel(
            self.tr("The shortcuts that work in this window now (the page and tabs on show).")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, entry in enumerate(entries):
            for column, text in enumerate((entry.keys, entry.description, entry.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(660, 640)

    def descriptions(self) -> list[str]:
        return [e.description for e in self.entries]


def open_shortcuts_dialog(main_window: QWidget) -> ShortcutsDialog:
    """For the active window (the main window, or a record window on top of it)."""
    active = QApplication.activeWindow()
    window = active if isinstance(active, QWidget) and active.isVisible() else main_window
    if window.objectName() in ("shortcutsDialog", "helpWindow"):
        window = main_window
    dialog = ShortcutsDialog(collect_shortcuts(window, global_from=main_window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
