"""Choosing people of the app (entrepreneurs and contacts, the people of the directory's actors
among them): type a name, an e-mail or an organisation, select one or more (Ctrl, Shift), OK."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from incubator_app.services.cooperation import projects as project_service
from incubator_app.ui.cooperation.project_texts import person_line

KEY_ROLE = Qt.ItemDataRole.UserRole
TYPING_PAUSE_MS = 250


class PeoplePicker(QDialog):
    """`chosen()`: the selected people as ("entrepreneur" | "contact", id)."""

    def __init__(self, context, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.resize(560, 480)
        self.find = QLineEdit()
        self.find.setObjectName("pickerFind")
        self.find.setPlaceholderText(self.tr("name, e-mail or organisation…"))
        self.found = QListWidget()
        self.found.setObjectName("pickerFound")
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search)
        self.find.textChanged.connect(lambda _t: self.timer.start())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Find:"), self.find)
        form.addRow(self.tr("&People:"), self.found)
        form.addRow(buttons)
        self.search()

    def search(self) -> None:
        actor, text = self.context.actor, self.find.text()
        self.context.ops.run(
            lambda s: project_service.find_people(s, text, limit=200, actor=actor),
            parent=self,
            on_done=self._found,
        )

    def _found(self, people) -> None:
        self.found.clear()
        for p in people:
            item = QListWidgetItem(person_line(p))
            item.setData(KEY_ROLE, p.key)
            self.found.addItem(item)

    def chosen(self) -> list[tuple[str, int]]:
        return [tuple(item.data(KEY_ROLE)) for item in self.found.selectedItems()]
