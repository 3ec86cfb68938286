"""Pieces of the log dialog: the participant list with attended boxes, topic chips, and the
inline action items with due-date quick picks."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.coaching.lookup import EntrepreneurChoice
from incubator_app.services.coaching.recurrence import NewActionItem
from incubator_app.services.coaching.sessions import Participant

CHIP_STYLE = """
QPushButton[chip="true"] {
    border: 1px solid palette(mid); border-radius: 12px; padding: 3px 12px;
    background: palette(base);
}
QPushButton[chip="true"]:checked {
    background: #2f6f5e; color: white; border-color: #2f6f5e;
}
QPushButton[chip="true"]:focus { border: 2px solid palette(highlight); }
"""


class ParticipantList(QListWidget):
    """Participants with an "attended" box each; Delete removes the selected one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(96)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self,
            self.remove_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        ).setWhatsThis(self.tr("Remove the selected participant"))
        self.itemChanged.connect(lambda _i: self.changed.emit())

    def add(self, choice: EntrepreneurChoice, attended: bool = True, *, single: bool) -> None:
        if single:
            self.clear()
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == choice.id:
                return
        item = QListWidgetItem(choice.label)
        item.setData(Qt.ItemDataRole.UserRole, choice.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked)
        item.setToolTip(self.tr("Ticked: attended"))
        self.addItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.takeItem(row)
            self.changed.emit()

    def participants(self) -> list[Participant]:
        return [
            Participant(
                int(self.item(r).data(Qt.ItemDataRole.UserRole)),
                self.item(r).checkState() == Qt.CheckState.Checked,
            )
            for r in range(self.count())
        ]

    def names(self) -> list[str]:
        return [self.item(r).text() for r in range(self.count())]


class TopicChips(QWidget):
    """One checkable chip per topic of the configurable list (Space toggles the focused one)."""

    def __init__(self, topics: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHIP_STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        self.chips: dict[int, QPushButton] = {}
        for n, (topic_id, label) in enumerate(topics):
            chip = QPushButton(label)
            chip.setProperty("chip", True)
            chip.setCheckable(True)
            chip.setAutoDefault(False)
            chip.setObjectName(f"topicChip{topic_id}")
            grid.addWidget(chip, n // 4, n % 4)
            self.chips[topic_id] = chip

    def selected(self) -> list[int]:
        return [tid for tid, chip in self.chips.items() if chip.isChecked()]

    def set_selected(self, ids: list[int] | tuple[int, ...]) -> None:
        for tid, chip in self.chips.items():
            chip.setChecked(tid in ids)


class ActionItemsEditor(QWidget):
    """Text and Add on one line, the due date with its quick picks (+1 week, +2 weeks,
    +1 month) on the next (so the editor fits a narrow dialog), the list below (Delete removes
    the selected item). Tab goes text → due date → quick picks → Add."""

    def __init__(self, session_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = session_day
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        self.text = QLineEdit()
        self.text.setObjectName("actionText")
        self.text.setPlaceholderText(self.tr("Next step agreed… (Enter adds it)"))
        self.text.setMinimumWidth(200)
        self.text.returnPressed.connect(self.add_current)
        first.addWidget(self.text, 1)
        due_label = QLabel(self.tr("Due:"))
        second.addWidget(due_label)
        self.due = QDateEdit()
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        due_label.setBuddy(self.due)
        second.addWidget(self.due)
        self.quick: list[QPushButton] = []
        for text, delta in (
            (self.tr("+1 &week"), relativedelta(weeks=1)),
            (self.tr("+2 w&eeks"), relativedelta(weeks=2)),
            (self.tr("+1 mont&h"), relativedelta(months=1)),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, d=delta: self._pick(d))
            second.addWidget(button)
            self.quick.append(button)
        second.addStretch(1)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        first.addWidget(self.add_button)
        layout.addLayout(first)
        layout.addLayout(second)
        self.items = QListWidget()
        self.items.setObjectName("actionItems")
        self.items.setMaximumHeight(80)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.items,
            lambda: self.items.takeItem(self.items.currentRow()),
            context=Qt.ShortcutContext.WidgetShortcut,
        ).setWhatsThis(self.tr("Remove the selected action"))
        layout.addWidget(self.items)
        self.set_session_day(session_day)

    def set_session_day(self, day: date) -> None:
        self._day = day
        self.due.setDate(QDate(day + relativedelta(weeks=2)))

    def _pick(self, delta: relativedelta) -> None:
        self.due.setDate(QDate(self._day + delta))

    def add_current(self) -> None:
        text = self.text.text().strip()
        if not text:
            return
        due = self.due.date().toPython()
        item = QListWidgetItem(f"{text} — {due.strftime('%d/%m/%Y')}")
        item.setData(Qt.ItemDataRole.UserRole, (text, due))
        self.items.addItem(item)
        self.text.clear()

    def action_items(self) -> list[NewActionItem]:
        # Text typed but not added yet still counts: users forget to press Add.
        self.add_current()
        return [
            NewActionItem(*self.items.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.items.count())
        ]
