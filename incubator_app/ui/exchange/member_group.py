"""One side of a transfer: a member picker, and the members already added to that side (a
workshop given to several members). Type a name then `+` (or the + button) to add it and type
the next; the member still in the picker when the exchange is recorded counts too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from incubator_app.ui.exchange.member_picker import MemberPicker


class MemberGroup(QWidget):
    # Shown by the tab in its error line: the typed name is no member.
    invalid = Signal(str)
    changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = MemberPicker()
        self.picker.setObjectName(object_name)
        self.picker.groupable = True
        self.picker.add_requested.connect(self.add_current)
        self.add_button = QToolButton()
        self.add_button.setObjectName(f"{object_name}Add")
        self.add_button.setText("+")
        self.add_button.setToolTip(
            self.tr("Add this member and type another one (or type + after the name)")
        )
        self.add_button.setAccessibleName(self.tr("Add another member"))
        self.add_button.clicked.connect(self.add_current)
        # Out of the Tab chain: from the keyboard, "+" after the name does it.
        self.add_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.picker.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.list_label = QLabel()
        self.list_label.setObjectName(f"{object_name}Group")
        self.list_label.setWordWrap(True)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        group = QHBoxLayout()
        group.setContentsMargins(0, 0, 0, 0)
        group.addWidget(self.list_label, 1)
        group.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(group)
        self.setFocusProxy(self.picker)
        self._members: list[tuple[int, str]] = []
        self._refresh()

    def add_current(self) -> None:
        account_id = self.picker.selected_id()
        if account_id is None:
            self.invalid.emit(self.tr("Choose the member from the list, then add them."))
            return
        if all(account_id != a for a, _ in self._members):
            self._members.append((account_id, self.picker.currentText().strip()))
        self.picker.setCurrentIndex(-1)
        self.picker.setEditText("")
        self.picker.setFocus()
        self._refresh()

    def clear(self) -> None:
        self._members.clear()
        self._refresh()

    def members(self) -> list[tuple[int, str]]:
        """The added members, then the one in the picker if it is a member not added yet."""
        out = list(self._members)
        current = self.picker.selected_id()
        if current is not None and all(current != a for a, _ in out):
            out.append((current, self.picker.currentText().strip()))
        return out

    def typed_but_unknown(self) -> bool:
        return bool(self.picker.currentText().strip()) and self.picker.selected_id() is None

    def _refresh(self) -> None:
        names = [name for _, name in self._members]
        self.list_label.setText(
            self.tr("%n member(s) added: ", "", len(names)) + ", ".join(names) if names else ""
        )
        self.list_label.setVisible(bool(names))
        self.clear_button.setVisible(bool(names))
        self.changed.emit()
