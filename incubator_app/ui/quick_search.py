"""Quick search (Ctrl+K): a small dialog that finds entrepreneurs and contacts as you type.

Type a name, project, e-mail, organisation or town (accents and case do not matter); Up/Down
move through the results, Enter opens the record (an entrepreneur's on the Entrepreneurs page, a
contact's window), Esc closes. The searches are the core's `quick_search_entrepreneurs` (well
under 100 ms even on a network-sized database) and `quick_search_contacts` (the contacts who are
not erased, by name, e-mail or organisation), run after a short pause in typing.
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

from incubator_app.services.contacts.quick_search import ContactHit, quick_search_contacts
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
HIT_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ENTREPRENEUR = "entrepreneur"
CONTACT = "contact"

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
        self,
        context: AppContext,
        open_record: Callable[[int], None],
        parent: QWidget | None,
        open_contact: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._open_record = open_record
        self._open_contact = open_contact
        self.setObjectName("quickSearchDialog")
        self.setWindowTitle(self.tr("Quick search"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(560)

        self.input = QLineEdit()
        self.input.setObjectName("quickSearchInput")
        self.input.setPlaceholderText(self.tr("Name, project, e-mail, organisation or town…"))
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
        self._show_status(self._hint())

    def _hint(self) -> str:
        return self.tr("Type a name, a project, an e-mail, an organisation or a town.")

    # Searching -------------------------------------------------------------------------------
    def search_now(self) -> None:
        text = self.input.text()
        self.results.clear()
        if not text.strip():
            self._show_status(self._hint())
            return
        try:
            with self.context.db.session() as session:
                hits = quick_search_entrepreneurs(session, text, actor=self.context.actor)
                contacts = (
                    quick_search_contacts(session, text, actor=self.context.actor)
                    if self._open_contact is not None
                    else []
                )
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            show_error(self, exc)
            return
        for hit in hits:
            self.results.addItem(self._item(hit))
        for contact in contacts:
            self.results.addItem(self._contact_item(contact))
        if hits or contacts:
            self.results.setCurrentRow(0)
            self._show_status(self.tr("↑↓ to choose, Enter to open, Esc to close"))
        else:
            self._show_status(
                self.tr("No entrepreneur or contact matches “%1”.").replace("%1", text.strip())
            )

    def _item(self, hit: QuickSearchHit) -> QListWidgetItem:
        title = hit.display_name
        if hit.project_name:
            title += f" — {hit.project_name}"
        details = [d for d in (hit.email, hit.commune, _stage_label(hit.stage)) if d]
        if hit.archived:
            details.append(self.tr("archived"))
        item = QListWidgetItem(f"{title}\n{'  ·  '.join(details)}")
        item.setData(HIT_ID_ROLE, hit.id)
        item.setData(HIT_KIND_ROLE, ENTREPRENEUR)
        item.setToolTip(title)
        if hit.archived:
            item.setForeground(self.palette().placeholderText())
        return item

    def _contact_item(self, hit: ContactHit) -> QListWidgetItem:
        details = [self.tr("contact"), *(d for d in (hit.email, hit.organisation) if d)]
        item = QListWidgetItem(f"{hit.display_name}\n{'  ·  '.join(details)}")
        item.setData(HIT_ID_ROLE, hit.id)
        item.setData(HIT_KIND_ROLE, CONTACT)
        item.setToolTip(hit.display_name)
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
        record_id = int(item.data(HIT_ID_ROLE))
        self.accept()
        if item.data(HIT_KIND_ROLE) == CONTACT and self._open_contact is not None:
            self._open_contact(record_id)
        else:
            self._open_record(record_id)


def open_contact_window(window, contact_id: int):
    """A contact's window over the main window (from the quick search); the contacts' list of
    the Directory page, when it is open, re-reads what the window changes."""
    from incubator_app.ui.contacts.contact_window import ContactWindow

    contact_window = ContactWindow(window.context, contact_id, window)
    contact_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page = getattr(window, "_pages", {}).get("directory")
    contacts = getattr(page, "contacts", None)
    if contacts is not None:
        contact_window.changed.connect(contacts.reload)
    window._quick_contact_window = contact_window
    contact_window.open()
    return contact_window


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
    dialog = QuickSearchDialog(
        window.context,
        window.open_entrepreneur,
        window,
        open_contact=lambda contact_id: open_contact_window(window, contact_id),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window._quick_search_dialog = dialog
    dialog.resize(620, 420)
    geometry = window.geometry()
    dialog.move(geometry.center().x() - 310, geometry.top() + 80)
    dialog.open()
    dialog.activateWindow()
    dialog.input.setFocus()
    return dialog
