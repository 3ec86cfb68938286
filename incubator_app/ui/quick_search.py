"""Quick search (Ctrl+K): a small dialog that finds entrepreneurs as you type.

Type a name, project, e-mail or town (accents and case do not matter); Up/Down move through the
results, Enter opens the record, Esc closes. The search itself is the core's
`quick_search_entrepreneurs` (well under 100 ms even on a network-sized database), run after a
short pause in typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.entrepreneurs.quick_search import (
    QuickSearchHit,
    quick_search_entrepreneurs,
)
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import show_error
from incubator_app.ui.widgets import is_alive
from incubator_app.ui.windowed_model import Debouncer

DEBOUNCE_MS = 80
HIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STYLE = """
QDialog#quickSearchDialog { background: palette(base); }
QLineEdit#quickSearchInput {
    font-size: 16px; padding: 8px 10px; border: 1px solid palette(mid); border-radius: 6px;
}
QListWidget#quickSearchResults { border: none; outline: 0; }
QListWidget#quickSearchResults::item { padding: 6px 8px; border-radius: 6px; }
QListWidget#quickSearchResults::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
QLabel#quickSearchStatus { color: palette(placeholder-text); padding: 2px 4px; }
"""


def _stage_label(stage) -> str:
    from incubator_app.ui.entrepreneurs.labels import stage_label

    return stage_label(stage)


class QuickSearchDialog(QDialog):
    def __init__(
        self, context: AppContext, open_record: Callable[[int], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._open_record = open_record
        self.setObjectName("quickSearchDialog")
        self.setWindowTitle(self.tr("Quick search"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(560)

        self.input = QLineEdit()
        self.input.setObjectName("quickSearchInput")
        self.input.setPlaceholderText(self.tr("Name, project, e-mail or town…"))
        self.input.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("quickSearchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the line edit
        self.results.setUniformItemSizes(True)
        self.results.setMinimumHeight(320)
        self.status = QLabel()
        self.status.setObjectName("quickSearchStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.input)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self._debouncer = Debouncer(DEBOUNCE_MS, self.search_now, self)
        self.input.textChanged.connect(self._debouncer.poke)
        self.input.installEventFilter(self)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self._show_status(self.tr("Type a name, a project, an e-mail or a town."))

    # Searching -------------------------------------------------------------------------------
    def search_now(self) -> None:
        text = self.input.text()
        self.results.clear()
        if not text.strip():
            self._show_status(self.tr("Type a name, a project, an e-mail or a town."))
            return
        try:
            with self.context.db.session() as session:
                hits = quick_search_entrepreneurs(session, text, actor=self.context.actor)
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            show_error(self, exc)
            return
        for hit in hits:
            self.results.addItem(self._item(hit))
        if hits:
            self.results.setCurrentRow(0)
            self._show_status(self.tr("↑↓ to choose, Enter to open, Esc to close"))
        else:
            self._show_status(self.tr("No entrepreneur matches “%1”.").replace("%1", text.strip()))

    def _item(self, hit: QuickSearchHit) -> QListWidgetItem:
        title = hit.display_name
        if hit.project_name:
            title += f" — {hit.project_name}"
        details = [d for d in (hit.email, hit.commune, _stage_label(hit.stage)) if d]
        if hit.archived:
            details.append(self.tr("archived"))
        item = QListWidgetItem(f"{title}\n{'  ·  '.join(details)}")
        item.setData(HIT_ID_ROLE, hit.id)
        item.setToolTip(title)
        if hit.archived:
            item.setForeground(self.palette().placeholderText())
        return item

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    # Keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._debouncer.flush()
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._debouncer.flush()
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        count = self.results.count()
        if count:
            row = max(0, min(count - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        entrepreneur_id = item.data(HIT_ID_ROLE)
        self.accept()
        self._open_record(int(entrepreneur_id))


def open_quick_search(window) -> QuickSearchDialog:
    """Opens the quick search over `window` (the main window: it opens the chosen record)."""
    existing = getattr(window, "_quick_search_dialog", None)
    # The dialog deletes itself on close: a kept reference may point at a deleted C++ object.
    if isinstance(existing, QuickSearchDialog) and is_alive(existing) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        existing.input.setFocus()
        existing.input.selectAll()
        return existing
    dialog = QuickSearchDialog(window.context, window.open_entrepreneur, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window._quick_search_dialog = dialog
    dialog.resize(620, 420)
    geometry = window.geometry()
    dialog.move(geometry.center().x() - 310, geometry.top() + 80)
    dialog.open()
    dialog.activateWindow()
    dialog.input.setFocus()
    return dialog
