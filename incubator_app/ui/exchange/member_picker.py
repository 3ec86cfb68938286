"""Pick an exchange member by typing a few letters (any part of the name, any case): an
editable combo over every active member, filled once per reload (a few thousand names).

With `groupable` set, `+` typed after a name (no name has one) asks to add that member to a
group (`add_requested`): the Record tab uses it for a workshop given to several members. The
`+` is caught in the text itself, so it works whether or not the completion list is open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from incubator_app.services.exchange.accounts import MemberChoice


class MemberPicker(QComboBox):
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a name…"))
        # Set by a caller that listens to add_requested; otherwise "+" is typed as usual.
        self.groupable = False
        self.lineEdit().textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        if not self.groupable or "+" not in text:
            return
        typed = text.replace("+", "").strip()
        self.completer().popup().hide()
        account_id = self.unique_match(typed)
        if account_id is not None:
            self.select(account_id)
        else:
            self.setEditText(typed)
        self.add_requested.emit()

    def unique_match(self, text: str) -> int | None:
        """The member named exactly so (any case), else the only one whose name contains the
        text ("hug" → Hugo Morel), else None."""
        if not text:
            return None
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return self.itemData(exact)
        found = self.model().match(
            self.model().index(0, 0),
            Qt.ItemDataRole.DisplayRole,
            text,
            2,
            Qt.MatchFlag.MatchContains,
        )
        return self.itemData(found[0].row()) if len(found) == 1 else None

    def set_members(self, members: Sequence[MemberChoice]) -> None:
        current = self.selected_id()
        self.blockSignals(True)
        self.clear()
        for m in members:
            self.addItem(m.label, m.id)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)
        if current is not None:
            self.select(current)

    def select(self, account_id: int) -> None:
        index = self.findData(account_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def selected_id(self) -> int | None:
        """The member whose name is typed (exactly, any case), or None."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return None if index < 0 else self.itemData(index)
