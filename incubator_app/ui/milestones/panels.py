"""The two tabs of the Milestones page: milestones across entrepreneurs, and action items.
Both are windowed tables (WindowedTableModel over a services/milestone_list source) with
filters above and the frequent actions below, all reachable from the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import MilestoneStatus
from incubator_app.services.coaching.coaches import list_coaches
from incubator_app.services.entrepreneurs.cohorts import list_cohorts
from incubator_app.services.milestones import action_items as ai
from incubator_app.services.milestones import records as ms
from incubator_app.services.milestones.list import (
    ActionItemListSource,
    ActionItemRow,
    MilestoneListSource,
    MilestoneRow,
)
from incubator_app.ui.changes import ACTION_ITEM, MILESTONE
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo
from incubator_app.ui.flow_layout import FlowLayout, labelled
from incubator_app.ui.milestones.dialogs import AchieveDialog, DoneDialog, ReassignDialog, as_date
from incubator_app.ui.milestones.timeline_strip import (
    OVERDUE_COLOUR,
    STATUS_COLOURS,
    status_label,
)
from incubator_app.ui.site_field import fill_site_filter
from incubator_app.ui.table_headers import fit_header_titles
from incubator_app.ui.windowed_model import Column, WindowedTableModel

LATE = QColor(OVERDUE_COLOUR)


def _short(day: date | None) -> str:
    return QLocale().toString(day, "dd/MM/yyyy") if day else ""


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _table(name: str, model: WindowedTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class _Panel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today_provider: Callable[[], date] = clock.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        # The filters wrap onto a second line when the window is narrow.
        self.filters = FlowLayout(spacing=8)
        layout.addLayout(self.filters)
        self.body = layout
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

    def _site_filter(self, name: str) -> ChoiceCombo:
        """The site filter: in a network of two sites or more only (ui/site_field.py)."""
        combo = ChoiceCombo()
        combo.setObjectName(name)
        combo.setAccessibleName(self.tr("Site"))
        fill_site_filter(combo, self.context)
        self.filters.addWidget(combo)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _filter(self, label: str, combo: QComboBox) -> None:
        self.filters.addWidget(labelled(label, combo))
        combo.currentIndexChanged.connect(self.refresh)

    def _people(self) -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
        actor = self.context.actor
        with self.context.db.session() as s:
            coaches = [(c.display_name, c.id) for c in list_coaches(s, actor=actor)]
            cohorts = [(c.name, c.id) for c in list_cohorts(s, include_retired=True, actor=actor)]
        return coaches, cohorts

    def _row(self, table: QTableView, model: WindowedTableModel):
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        raise NotImplementedError


class MilestonesPanel(_Panel):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        coaches, cohorts = self._people()
        self.due_combo = _combo(
            "dueFilter",
            [
                (self.tr("Any time"), None),
                (self.tr("Overdue"), "overdue"),
                (self.tr("Due this month"), "this_month"),
                (self.tr("Next 30 days"), "next_30_days"),
            ],
        )
        self.status_combo = _combo(
            "statusFilter",
            [(self.tr("Open (planned or in progress)"), "open"), (self.tr("Any status"), None)]
            + [(status_label(s), s.value) for s in MilestoneStatus],
        )
        self.coach_combo = _combo("coachFilter", [(self.tr("All coaches"), None), *coaches])
        self.cohort_combo = _combo("cohortFilter", [(self.tr("All cohorts"), None), *cohorts])
        self._filter(self.tr("D&ue:"), self.due_combo)
        self._filter(self.tr("&Status:"), self.status_combo)
        self._filter(self.tr("C&oach:"), self.coach_combo)
        self._filter(self.tr("&Cohort:"), self.cohort_combo)
        self.site_combo = self._site_filter("milestoneSiteFilter")
        self.filters.addWidget(self.count_label)

        late = lambda r: LATE if r.overdue else None  # noqa: E731
        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Due on"), lambda r: _short(r.due_on), "due_on", foreground=late),
                Column(self.tr("Milestone"), lambda r: r.title, "title", tooltip=self._tip),
                Column(self.tr("Entrepreneur"), lambda r: r.entrepreneur_name, "entrepreneur"),
                Column(self.tr("Status"), self._status, "status", foreground=self._status_colour),
                Column(self.tr("Coach"), lambda r: r.coach_name or "", "coach"),
                Column(self.tr("Cohort"), lambda r: r.cohort_name or "", "cohort"),
                Column(self.tr("Achieved on"), lambda r: _short(r.achieved_on), "achieved_on"),
            ],
            parent=self,
        )
        self.model.count_changed.connect(
            lambda n: self.count_label.setText(self.tr("{n} milestones").format(n=n))
        )
        self.table = _table("milestoneTable", self.model)
        self.body.addWidget(self.table, 1)
        for col, width in enumerate((90, 270, 170, 150, 150, 130)):
            self.table.setColumnWidth(col, width)
        fit_header_titles(self.table)

        buttons = QHBoxLayout()
        self.achieve_button = QPushButton(self.tr("Mark &achieved…"))
        self.achieve_button.setObjectName("achieveButton")
        self.achieve_button.setToolTip(self.tr("Ctrl+D"))
        self.open_button = QPushButton(self.tr("O&pen the entrepreneur"))
        self.open_button.setObjectName("openEntrepreneurButton")
        buttons.addWidget(self.achieve_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.achieve_button.clicked.connect(self.achieve_selected)
        self.open_button.clicked.connect(self.open_selected)
        achieve = QShortcut(QKeySequence("Ctrl+D"), self)
        achieve.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        achieve.activated.connect(self.achieve_selected)
        achieve.setWhatsThis(self.tr("Mark the selected milestone achieved"))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

    def _status(self, r: MilestoneRow) -> str:
        text = status_label(r.status)
        return self.tr("{status} — overdue").format(status=text) if r.overdue else text

    def _status_colour(self, r: MilestoneRow) -> QColor:
        return LATE if r.overdue else QColor(STATUS_COLOURS[r.status]).darker(115)

    def _tip(self, r: MilestoneRow) -> str:
        lines = [r.title, r.entrepreneur_name + (f" — {r.project_name}" if r.project_name else "")]
        if r.evidence:
            lines.append(r.evidence)
        return "\n".join(lines)

    def set_filters(
        self,
        *,
        due: str | None = None,
        coach_id: int | None = None,
        cohort_id: int | None = None,
        status: str | None = "open",
    ) -> None:
        """Sets every combo at once, then reloads once."""
        for combo, value in (
            (self.due_combo, due),
            (self.status_combo, status),
            (self.coach_combo, coach_id),
            (self.cohort_combo, cohort_id),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.refresh()

    def source(self) -> MilestoneListSource:
        return MilestoneListSource(
            self.context.actor,
            self.today_provider(),
            due=self.due_combo.currentData(),
            status=self.status_combo.currentData(),
            coach_id=self.coach_combo.currentData(),
            cohort_id=self.cohort_combo.currentData(),
            site_id=self.site_combo.value(),
        )

    def refresh(self) -> None:
        self.model.set_source(self.source())

    def selected(self) -> MilestoneRow | None:
        return self._row(self.table, self.model)

    def achieve_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        dialog = AchieveDialog(self, f"{m.title} — {m.entrepreneur_name}", self.today_provider())
        if not dialog.exec():
            return
        on, evidence, actor = (
            as_date(dialog.date_edit),
            dialog.evidence_edit.text(),
            self.context.actor,
        )
        self.context.ops.run(
            lambda s: ms.set_milestone_status(
                s,
                m.id,
                MilestoneStatus.ACHIEVED,
                achieved_on=on,
                evidence=evidence or None,
                expected_version=m.version_id,
                actor=actor,
            ),
            label=self.tr("Saving the milestone…"),
            parent=self,
            changes={MILESTONE},
        )

    def open_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.window().open_entrepreneur(m.entrepreneur_id)


class ActionItemsPanel(_Panel):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        coaches, _cohorts = self._people()
        self.coaches = [(cid, name) for name, cid in coaches]
        self.state_combo = _combo(
            "stateFilter",
            [
                (self.tr("Open"), "open"),
                (self.tr("Overdue"), "overdue"),
                (self.tr("Done"), "done"),
                (self.tr("All"), "all"),
            ],
        )
        self.assignee_combo = _combo("assigneeFilter", [(self.tr("Anyone"), None), *coaches])
        self._filter(self.tr("&Show:"), self.state_combo)
        self._filter(self.tr("Assigned &to:"), self.assignee_combo)
        self.site_combo = self._site_filter("actionSiteFilter")
        self.filters.addWidget(self.count_label)
        late = lambda r: LATE if r.overdue else None  # noqa: E731
        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Due on"), lambda r: _short(r.due_on), "due_on", foreground=late),
                Column(self.tr("Action"), lambda r: r.text, "text", tooltip=lambda r: r.text),
                Column(self.tr("Entrepreneur"), lambda r: r.entrepreneur_name, "entrepreneur"),
                Column(self.tr("Assigned to"), lambda r: r.assignee_name or "", "assignee"),
                Column(self.tr("State"), self._state, foreground=late),
                Column(self.tr("Done on"), lambda r: _short(r.done_on), "done_on"),
                Column(self.tr("Session"), lambda r: _short(r.session_date)),
            ],
            parent=self,
        )
        self.model.count_changed.connect(
            lambda n: self.count_label.setText(self.tr("{n} action items").format(n=n))
        )
        self.table = _table("actionTable", self.model)
        self.body.addWidget(self.table, 1)
        for col, width in enumerate((90, 300, 170, 150, 80, 90)):
            self.table.setColumnWidth(col, width)
        fit_header_titles(self.table)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Mark &done…"))
        self.done_button.setObjectName("doneButton")
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.setObjectName("reopenButton")
        self.reassign_button = QPushButton(self.tr("Re&assign…"))
        self.reassign_button.setObjectName("reassignButton")
        for button in (self.done_button, self.reopen_button, self.reassign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.reassign_button.clicked.connect(self.reassign_selected)

    def _state(self, r: ActionItemRow) -> str:
        if r.done:
            return self.tr("Done")
        return self.tr("Overdue") if r.overdue else self.tr("Open")

    def set_filters(self, *, state: str = "open", coach_id: int | None = None) -> None:
        for combo, value in ((self.state_combo, state), (self.assignee_combo, coach_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.refresh()

    def source(self) -> ActionItemListSource:
        return ActionItemListSource(
            self.context.actor,
            self.today_provider(),
            state=self.state_combo.currentData(),
            coach_id=self.assignee_combo.currentData(),
            site_id=self.site_combo.value(),
        )

    def refresh(self) -> None:
        self.model.set_source(self.source())

    def selected(self) -> ActionItemRow | None:
        return self._row(self.table, self.model)

    def _run(self, fn, label: str) -> None:
        # Action items show in the coaching views too.
        self.context.ops.run(fn, label=label, parent=self, changes={ACTION_ITEM, MILESTONE})

    def mark_selected_done(self) -> None:
        item = self.selected()
        if item is None or item.done:
            return
        dialog = DoneDialog(self, item.text, self.today_provider())
        if not dialog.exec():
            return
        on, actor = as_date(dialog.date_edit), self.context.actor
        self._run(
            lambda s: ai.mark_action_item_done(
                s, item.id, on, expected_version=item.version_id, actor=actor
            ),
            self.tr("Saving the action…"),
        )

    def reopen_selected(self) -> None:
        item, actor = self.selected(), self.context.actor
        if item is None or not item.done:
            return
        self._run(
            lambda s: ai.reopen_action_item(
                s, item.id, expected_version=item.version_id, actor=actor
            ),
            self.tr("Saving the action…"),
        )

    def reassign_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = ReassignDialog(self, self.coaches, item.assignee_coach_id)
        if not dialog.exec():
            return
        coach_id, actor = dialog.coach_id(), self.context.actor
        self._run(
            lambda s: ai.reassign_action_item(
                s, item.id, coach_id, expected_version=item.version_id, actor=actor
            ),
            self.tr("Reassigning the action…"),
        )


def focus_first_row(table: QTableView) -> None:
    if table.model().rowCount() and not table.currentIndex().isValid():
        table.setCurrentIndex(table.model().index(0, 0))
    table.setFocus(Qt.FocusReason.OtherFocusReason)
