"""Pick an exchange member by typing a few letters (any part of the name, any case): an
editable combo over every active member, filled once per reload (a few thousand names).

`+` typed after a name (no name has one) asks to add that member to a group
(`add_requested`): the Record tab uses it for a workshop given to several members."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
        self.lineEdit().installEventFilter(self)

    def _is_plus(self, event: QEvent) -> bool:
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text() == "+"
            and self.groupable
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.lineEdit() and self._is_plus(event):
            self.add_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._is_plus(event):
            self.add_requested.emit()
            return
        super().keyPressEvent(event)

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
