"""The one "type a few letters to pick an entrepreneur" field of the app.

Backed by the quick search (`services/entrepreneurs/quick_search.py`): accent- and
case-insensitive, every word a prefix (`cele` finds `Céleste`), never the whole table. Typing
pauses → the first matches
pop up as "Name — Project"; Down/Up move, Enter or a click picks (`picked` fires with an
`EntrepreneurChoice`, `selected_id` holds the id). Enter without the popup picks the only
match, or opens the popup when there are several. Editing the text after a pick drops the
selection (`cleared` fires). `clear_after_pick=True` empties the field after each pick (adding
participants one after the other).

A dialog may also accept text typed but never picked: `services.coaching_lookup.
resolve_entrepreneur(session, picker.text(), selected_id=picker.selected_id, actor=...)`,
called inside the dialog's database job, turns it into an id or says that no single person
matches.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from incubator_app.services.coaching.lookup import (
    EntrepreneurChoice,
    entrepreneur_choices,
    find_entrepreneur_choices,
)
from incubator_app.ui.context import AppContext

SEARCH_DELAY_MS = 150
VISIBLE_MATCHES = 12
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class EntrepreneurPicker(QLineEdit):
    """A line edit with a debounced, database-backed popup of matching entrepreneurs."""

    picked = Signal(object)  # EntrepreneurChoice
    cleared = Signal()  # the picked person was dropped (text edited or emptied)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clear_after_pick: bool = False,
        include_archived: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clear_after_pick = clear_after_pick
        self.include_archived = include_archived
        self.selected: EntrepreneurChoice | None = None
        self.setPlaceholderText(self.tr("Type a few letters of a name or project…"))
        self.setClearButtonEnabled(not clear_after_pick)
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        # The search already matched (accents, any word): show every row it returned.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(VISIBLE_MATCHES)
        self._completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(self._completer)
        self._completer.popup().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._changed)
        self.returnPressed.connect(self._enter)

    # Its placeholder is its only explanation: never narrower than it.
    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        room = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 16
        if self.isClearButtonEnabled():
            room += hint.height()
        return QSize(max(hint.width(), room), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return super().sizeHint().expandedTo(self.minimumSizeHint())

    # What the dialogs read ---------------------------------------------------------------

    @property
    def selected_id(self) -> int | None:
        return self.selected.id if self.selected is not None else None

    @property
    def match_count(self) -> int:
        return self._matches.rowCount()

    def matches(self) -> list[EntrepreneurChoice]:
        return [self._matches.item(r).data(CHOICE_ROLE) for r in range(self.match_count)]

    # Setting it from code ---------------------------------------------------------------

    def set_entrepreneur(self, entrepreneur_id: int | None, label: str | None = None) -> None:
        """Shows this person as picked (None: empties the field). Without `label` the name and
        project are read from the database. Does not emit `picked`."""
        if entrepreneur_id is None:
            self.clear_selection()
            return
        if label is None:
            with self.context.db.session() as session:
                found = entrepreneur_choices(session, [entrepreneur_id], actor=self.context.actor)
            if not found:
                self.clear_selection()
                return
            choice = found[0]
        else:
            choice = EntrepreneurChoice(entrepreneur_id, label, None, None)  # type: ignore[arg-type]
        self._set_text_quietly(choice.label)
        self.selected = choice

    def clear_selection(self) -> None:
        self._set_text_quietly("")
        had = self.selected is not None
        self.selected = None
        if had:
            self.cleared.emit()

    # Searching --------------------------------------------------------------------------

    def search_now(self) -> None:
        """Runs the pending search at once (Enter, tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self._search()

    def _edited(self, text: str) -> None:
        if self._is_match_label(text):  # the popup's highlighted row written into the field
            return
        if self.selected is not None:
            self.selected = None
            self.cleared.emit()
        # Stale matches must not be picked while the new ones are being fetched.
        self._matches.clear()
        self._timer.start()

    def _changed(self, text: str) -> None:
        if not text and self.selected is not None:  # the clear button
            self.selected = None
            self.cleared.emit()

    def _search(self) -> None:
        text = self.text().strip()
        if self.selected is not None or not text:
            self._show([])
            return
        with self.context.db.session() as session:
            found = find_entrepreneur_choices(
                session, text, actor=self.context.actor, include_archived=self.include_archived
            )
        self._show(found)
        if found and self.hasFocus():
            self._completer.setCompletionPrefix("")
            self._completer.complete()

    def _show(self, choices: list[EntrepreneurChoice]) -> None:
        self._matches.clear()
        for choice in choices:
            item = QStandardItem(choice.label)
            item.setData(choice, CHOICE_ROLE)
            item.setData(choice.id, Qt.ItemDataRole.UserRole)
            self._matches.appendRow(item)
        if not choices:
            self._completer.popup().hide()

    def _is_match_label(self, text: str) -> bool:
        return any(self._matches.item(r).text() == text for r in range(self.match_count))

    # Picking ----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        self.pick_row(self._completer.completionModel().mapToSource(index).row())

    def pick_row(self, row: int) -> None:
        item = self._matches.item(row)
        if item is not None:
            self._pick(item.data(CHOICE_ROLE))

    def _enter(self) -> None:
        """Enter without the popup: the only match of what was typed; several open the popup."""
        popup = self._completer.popup()
        if popup.isVisible():
            # Picked here rather than by the completer (which would then find the popup
            # hidden and do nothing more): focus stays in this window on every platform.
            index = popup.currentIndex()
            if index.isValid():
                popup.hide()
                self._activated(index)
            return
        if self.selected is not None:
            return
        if not self.text().strip():
            return
        self._timer.start()
        self.search_now()
        if self.match_count == 1:
            self.pick_row(0)

    def _pick(self, choice: EntrepreneurChoice) -> None:
        # No late query may reopen the popup over the next field (it would swallow Tab).
        self._timer.stop()
        if self.clear_after_pick:
            self.selected = None
            # After QCompleter has written the label into the field.
            QTimer.singleShot(0, lambda: self._set_text_quietly(""))
            self._set_text_quietly("")
        else:
            self.selected = choice
            self._set_text_quietly(choice.label)
            QTimer.singleShot(0, lambda: self._keep_label(choice))
        self.picked.emit(choice)

    def _keep_label(self, choice: EntrepreneurChoice) -> None:
        if self.selected is choice and self.text() != choice.label:
            self._set_text_quietly(choice.label)

    def _set_text_quietly(self, text: str) -> None:
        self.blockSignals(True)
        try:
            self.setText(text)
        finally:
            self.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Some platforms (offscreen, some X11 window managers) deliver the popup's activation
        # after it was hidden again: the dialog would then lose the keyboard. Give it back.
        if (
            watched is self._completer.popup()
            and event.type() == QEvent.Type.WindowActivate
            and not self._completer.popup().isVisible()
        ):
            QTimer.singleShot(0, self._take_keyboard_back)
        return super().eventFilter(watched, event)

    def _take_keyboard_back(self) -> None:
        if self.isVisible() and not self._completer.popup().isVisible():
            self.window().activateWindow()
            self.setFocus()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        # A search still pending would open its popup over the next field.
        if not self._completer.popup().isVisible():
            self._timer.stop()
        super().focusOutEvent(event)
