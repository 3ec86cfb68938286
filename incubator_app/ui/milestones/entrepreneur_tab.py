"""The Milestones tab of an entrepreneur's record: the timeline strip, the list, and buttons to
add, edit, mark achieved, remove and plan from a template. Embedded by the entrepreneur
editor as `EntrepreneurMilestonesTab(context, entrepreneur_id, parent)`."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import MilestoneStatus
from incubator_app.services.milestones import records as ms
from incubator_app.ui.changes import MILESTONE
from incubator_app.ui.context import AppContext
from incubator_app.ui.milestones.dialogs import AchieveDialog, MilestoneDialog, PlanDialog, as_date
from incubator_app.ui.milestones.timeline_strip import (
    OVERDUE_COLOUR,
    STATUS_COLOURS,
    MilestoneTimelineStrip,
    status_label,
)


class MilestoneListModel(QAbstractTableModel):
    """A handful of milestones (one entrepreneur's): a plain list is enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ms.MilestoneView] = []
        self._titles = [
            self.tr("Due on"),
            self.tr("Milestone"),
            self.tr("Status"),
            self.tr("Achieved on"),
            self.tr("Evidence"),
        ]

    def set_rows(self, rows: list[ms.MilestoneView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return _short(m.due_on)
            if col == 1:
                return m.title
            if col == 2:
                text = status_label(m.status)
                return self.tr("{status} — overdue").format(status=text) if m.overdue else text
            if col == 3:
                return _short(m.achieved_on) if m.achieved_on else ""
            return m.evidence or ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if m.overdue and col in (0, 2):
                return QColor(OVERDUE_COLOUR)
            if col == 2:
                return QColor(STATUS_COLOURS[m.status]).darker(115)
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return m.evidence
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None


class EntrepreneurMilestonesTab(QWidget):
    def __init__(
        self, context: AppContext, entrepreneur_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entrepreneurMilestonesTab")
        self.context = context
        self.entrepreneur_id = entrepreneur_id
        #: Reference day for "overdue" and default dates; None: the computer's date.
        self.today_override: date | None = None
        self.milestones: list[ms.MilestoneView] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.strip = MilestoneTimelineStrip()
        layout.addWidget(self.strip)
        self.model = MilestoneListModel(self)
        self.table = QTableView()
        self.table.setObjectName("milestoneTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.achieve_button = QPushButton(self.tr("Mark &achieved…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.plan_button = QPushButton(self.tr("Plan &from template…"))
        for name, button in (
            ("addButton", self.add_button),
            ("editButton", self.edit_button),
            ("achieveButton", self.achieve_button),
            ("removeButton", self.remove_button),
            ("planButton", self.plan_button),
        ):
            button.setObjectName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("milestoneSummary")
        buttons.addWidget(self.summary)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_milestone)
        self.edit_button.clicked.connect(self.edit_selected)
        self.achieve_button.clicked.connect(self.achieve_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.plan_button.clicked.connect(self.plan_from_template)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._table_moved)
        self.strip.selection_changed.connect(self._strip_moved)
        self.strip.activated.connect(lambda _id: self.edit_selected())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.activated.connect(self.remove_selected)
        delete.setWhatsThis(self.tr("Remove the selected milestone"))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.edit_selected)
        enter.setWhatsThis(self.tr("Edit the selected milestone"))
        context.bus.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    def today(self) -> date:
        return self.today_override or clock.today()

    # Data ------------------------------------------------------------------------------
    def reload(self) -> None:
        pid, actor, today = self.entrepreneur_id, self.context.actor, self.today()
        self.context.ops.run(
            lambda s: ms.list_milestones(s, pid, actor=actor, today=today),
            parent=self,
            on_done=self._show,
        )

    def _on_changed(self, kinds: set[str]) -> None:
        if MILESTONE in kinds:
            self.reload()

    def _show(self, rows: list[ms.MilestoneView]) -> None:
        selected = self.selected()
        self.milestones = rows
        self.model.set_rows(rows)
        self.strip.set_milestones(rows, self.today())
        achieved = sum(1 for m in rows if m.status is MilestoneStatus.ACHIEVED)
        late = sum(1 for m in rows if m.overdue)
        text = self.tr("{done} of {total} achieved").format(done=achieved, total=len(rows))
        if late:
            text += " · " + self.tr("{n} overdue").format(n=late)
        self.summary.setText(text)
        if selected is not None:
            self._select_id(selected.id)
        self._update_buttons()

    def selected(self) -> ms.MilestoneView | None:
        row = self.table.currentIndex().row()
        return self.milestones[row] if 0 <= row < len(self.milestones) else None

    def _select_id(self, milestone_id: int | None) -> None:
        for row, m in enumerate(self.milestones):
            if m.id == milestone_id:
                self.table.selectRow(row)
                return

    def _table_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        m = self.selected()
        self.strip.select(m.id if m else None)
        self._update_buttons()

    def _strip_moved(self, milestone_id: object) -> None:
        current = self.selected()
        if milestone_id is not None and (current is None or current.id != milestone_id):
            self._select_id(int(milestone_id))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.achieve_button, self.remove_button):
            button.setEnabled(has)

    # Actions ---------------------------------------------------------------------------
    def _run(self, fn, label: str) -> None:
        self.context.ops.run(fn, label=label, parent=self, changes={MILESTONE})

    def add_milestone(self) -> None:
        dialog = MilestoneDialog(self, new=True, today=self.today())
        if not dialog.exec():
            return
        values, pid, actor = dialog.values(), self.entrepreneur_id, self.context.actor
        self._run(
            lambda s: ms.create_milestone(
                s,
                entrepreneur_id=pid,
                title=str(values["title"]),
                due_on=values["due_on"],
                actor=actor,
            ),
            self.tr("Adding the milestone…"),
        )

    def edit_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        dialog = MilestoneDialog(
            self,
            title=m.title,
            due_on=m.due_on,
            status=m.status,
            achieved_on=m.achieved_on,
            evidence=m.evidence,
            today=self.today(),
        )
        if not dialog.exec():
            return
        values, actor = dialog.values(), self.context.actor
        self._run(
            lambda s: ms.save_milestone(
                s, m.id, expected_version=m.version_id, actor=actor, **values
            ),
            self.tr("Saving the milestone…"),
        )

    def achieve_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        dialog = AchieveDialog(self, m.title, self.today())
        if not dialog.exec():
            return
        on, evidence = as_date(dialog.date_edit), dialog.evidence_edit.text()
        self._run(
            lambda s: ms.set_milestone_status(
                s,
                m.id,
                MilestoneStatus.ACHIEVED,
                achieved_on=on,
                evidence=evidence or None,
                expected_version=m.version_id,
                actor=self.context.actor,
            ),
            self.tr("Saving the milestone…"),
        )

    def remove_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the milestone"),
            self.tr("Remove the milestone “{title}”?").format(title=m.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a removal cannot be undone: Enter says no
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.context.actor
        self._run(
            lambda s: ms.delete_milestone(s, m.id, expected_version=m.version_id, actor=actor),
            self.tr("Removing the milestone…"),
        )

    def plan_from_template(self) -> None:
        actor = self.context.actor
        with self.context.db.session() as s:
            programmes = ms.list_programmes(s, actor=actor)
        if not programmes:
            QMessageBox.information(
                self,
                self.tr("Plan from template"),
                self.tr("No milestone template exists yet (Settings)."),
            )
            return
        dialog = PlanDialog(self, programmes, self.today(), ms.DEFAULT_PROGRAMME)
        if not dialog.exec():
            return
        programme, start, pid = (
            dialog.programme_combo.currentText(),
            as_date(dialog.start_edit),
            self.entrepreneur_id,
        )
        self._run(
            lambda s: ms.plan_milestones_from_templates(s, pid, programme, start, actor=actor),
            self.tr("Planning the milestones…"),
        )


def _short(day: date) -> str:
    return QLocale().toString(day, "dd/MM/yyyy")
