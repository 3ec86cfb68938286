"""Pick an exchange member by typing a few letters, matched by the app's one rule
(services/text_match.py: accents and case ignored, every word the start of a word, so `lea`
finds `Léa Martin`): an editable combo over every active member, filled once per reload (a few
thousand names), whose popup lists the matches.

With `groupable` set, `+` typed after a name (no name has one) asks to add that member to a
group (`add_requested`): the Record tab uses it for a workshop given to several members. The
`+` is caught in the text itself, so it works whether or not the completion list is open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from incubator_app.services.exchange.accounts import MemberChoice
from incubator_app.services.text_match import text_matches


class MemberPicker(QComboBox):
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        # The matches are already filtered by the app's rule: show them all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(15)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a name…"))
        # Set by a caller that listens to add_requested; otherwise "+" is typed as usual.
        self.groupable = False
        self.lineEdit().textEdited.connect(self._typed)

    def matching_labels(self) -> list[str]:
        """The members the popup offers for the text typed."""
        return [self._matches.item(r).text() for r in range(self._matches.rowCount())]

    def _typed(self, text: str) -> None:
        if self.groupable and "+" in text:
            self._add_requested(text)
            return
        self._matches.clear()
        if not text.strip():
            return
        for index in range(self.count()):
            label = self.itemText(index)
            if text_matches(text, [label]):
                self._matches.appendRow(QStandardItem(label))
        if self._matches.rowCount():
            self.completer().complete()

    def _add_requested(self, text: str) -> None:
        typed = text.replace("+", "").strip()
        self.completer().popup().hide()
        account_id = self.unique_match(typed)
        if account_id is not None:
            self.select(account_id)
        else:
            self.setEditText(typed)
        self.add_requested.emit()

    def unique_match(self, text: str) -> int | None:
        """The member named exactly so (any case), else the only member the text matches
        ("hadd" → Inès Haddad), else None."""
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        found = [i for i in range(self.count()) if text_matches(text, [self.itemText(i)])]
        return self.itemData(found[0]) if len(found) == 1 else None

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
        """The member whose name is typed (exactly, any case), else the only member matching
        the typed text, or None."""
        return self.unique_match(self.currentText().strip())
