"""Type-ahead entrepreneur field: each pause in typing asks the database for the first matches
(never the whole table, which may hold 50,000 people) and shows them in a popup."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from incubator_app.services.report_choices import (
    EntrepreneurChoice,
    entrepreneur_choice,
    search_entrepreneurs,
)
from incubator_app.ui.context import AppContext
from incubator_app.ui.windowed_model import Debouncer

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


class EntrepreneurPicker(QLineEdit):
    """`chosen(id)` fires when the user picks a person; `entrepreneur_id` is None until then."""

    chosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("entrepreneurSearch")
        self.setPlaceholderText(self.tr("Type a name or a project…"))
        self.setClearButtonEnabled(True)
        self.entrepreneur_id: int | None = None
        self.choice: EntrepreneurChoice | None = None
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(self._completer)
        self._generation = 0
        self._debouncer = Debouncer(SEARCH_DELAY_MS, self._search, self)
        self.textEdited.connect(self._edited)

    @property
    def match_count(self) -> int:
        return self._matches.rowCount()

    def _edited(self, _text: str) -> None:
        self.entrepreneur_id = None
        self.choice = None
        self._debouncer.poke()

    def search_now(self) -> None:
        """Runs the pending search at once (Enter, and tests)."""
        self._debouncer.flush()

    def _search(self) -> None:
        text = self.text().strip()
        self._generation += 1
        if not text:
            self._show([])
            return
        actor = self.context.actor
        self.context.ops.run(
            partial(_search, text=text, actor=actor),
            label=self.tr("Searching…"),
            parent=self,
            on_done=partial(self._found, self._generation),
        )

    def _found(self, generation: int, choices: list[EntrepreneurChoice]) -> None:
        if generation != self._generation:  # the user typed on meanwhile
            return
        self._show(choices)
        if choices and self.hasFocus():
            self._completer.complete()

    def _show(self, choices: list[EntrepreneurChoice]) -> None:
        self._matches.clear()
        for choice in choices:
            item = QStandardItem(choice.label)
            item.setData(choice.id, ID_ROLE)
            item.setData(choice, Qt.ItemDataRole.UserRole + 2)
            self._matches.appendRow(item)

    def _picked(self, index: QModelIndex) -> None:
        row = self._completer.completionModel().mapToSource(index).row()
        self.pick_row(row)

    def pick_row(self, row: int) -> None:
        item = self._matches.item(row)
        if item is None:
            return
        self.set_choice(item.data(Qt.ItemDataRole.UserRole + 2))

    def set_choice(self, choice: EntrepreneurChoice | None) -> None:
        self.choice = choice
        self.entrepreneur_id = choice.id if choice else None
        self.setText(choice.label if choice else "")
        if choice is not None:
            self.chosen.emit(choice.id)

    def select_id(self, entrepreneur_id: int) -> None:
        """Shows the person with this id (filters from other pages)."""
        self.context.ops.run(
            partial(_one, entrepreneur_id=entrepreneur_id, actor=self.context.actor),
            parent=self,
            on_done=self.set_choice,
        )


def _search(session, *, text, actor):
    return search_entrepreneurs(session, text, actor=actor)


def _one(session, *, entrepreneur_id, actor):
    return entrepreneur_choice(session, entrepreneur_id, actor=actor)
