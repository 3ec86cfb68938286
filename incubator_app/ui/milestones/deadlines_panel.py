"""The "Reporting deadlines" tab of the Milestones page: the reports owed to funders across
grants (services/funding/deadline_list.py), with the same filters-above, actions-below shape as
the milestones and action items tabs. Staff and administrators; a coach does not see it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from incubator_app.services.actor import Permission, can
from incubator_app.services.funding.deadline_list import DeadlineListSource, DeadlineRow
from incubator_app.services.funding.grants import update_grant_deadline
from incubator_app.ui.changes import FUNDING
from incubator_app.ui.context import AppContext
from incubator_app.ui.milestones.dialogs import SubmittedDialog, as_date
from incubator_app.ui.milestones.panels import LATE, _combo, _Panel, _short, _table
from incubator_app.ui.table_headers import fit_header_titles
from incubator_app.ui.windowed_model import Column, WindowedTableModel


class DeadlinesPanel(_Panel):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state_combo = _combo(
            "deadlineFilter",
            [
                (self.tr("Not sent yet"), "pending"),
                (self.tr("Overdue"), "overdue"),
                (self.tr("Due within 30 days"), "soon"),
                (self.tr("Sent"), "submitted"),
                (self.tr("All"), "all"),
            ],
        )
        self._filter(self.tr("&Show:"), self.state_combo)
        self.filters.addWidget(self.count_label)
        late = lambda r: LATE if r.overdue else None  # noqa: E731
        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Due on"), lambda r: _short(r.due_on), "due_on", foreground=late),
                Column(self.tr("Report"), lambda r: r.label, "label", tooltip=lambda r: r.label),
                Column(self.tr("Grant"), self._grant, "grant", tooltip=self._grant),
                Column(self.tr("Funder"), lambda r: r.funder_name, "funder"),
                Column(self.tr("State"), self._state, foreground=late),
                Column(self.tr("Sent on"), lambda r: _short(r.submitted_on), "submitted_on"),
            ],
            parent=self,
        )
        self.model.count_changed.connect(
            lambda n: self.count_label.setText(self.tr("{n} reports").format(n=n))
        )
        self.table = _table("deadlineTable", self.model)
        self.body.addWidget(self.table, 1)
        for col, width in enumerate((90, 180, 210, 150, 90)):
            self.table.setColumnWidth(col, width)
        fit_header_titles(self.table)
        buttons = QHBoxLayout()
        self.sent_button = QPushButton(self.tr("Mark as se&nt…"))
        self.sent_button.setObjectName("sentButton")
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.setObjectName("reopenButton")
        self.grant_button = QPushButton(self.tr("Open the &grant"))
        self.grant_button.setObjectName("grantButton")
        may_change = can(context.actor, Permission.MANAGE_FUNDING)
        for button in (self.sent_button, self.reopen_button):
            button.setVisible(may_change)
        for button in (self.sent_button, self.reopen_button, self.grant_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.sent_button.clicked.connect(self.mark_selected_sent)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.grant_button.clicked.connect(self.open_grant)
        # Enter or a double click on a row opens its grant.
        self.table.activated.connect(lambda _index: self.open_grant())

    def _grant(self, r: DeadlineRow) -> str:
        return f"{r.grant_reference} — {r.grant_title}"

    def _state(self, r: DeadlineRow) -> str:
        if r.submitted_on is not None:
            return self.tr("Sent", "state of one report")
        return self.tr("Overdue", "state of one report") if r.overdue else self.tr("To send")

    def set_filters(self, *, state: str = "pending") -> None:
        self.state_combo.blockSignals(True)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state)))
        self.state_combo.blockSignals(False)
        self.refresh()

    def source(self) -> DeadlineListSource:
        return DeadlineListSource(
            self.context.actor, self.today_provider(), state=self.state_combo.currentData()
        )

    def refresh(self) -> None:
        self.model.set_source(self.source())

    def selected(self) -> DeadlineRow | None:
        return self._row(self.table, self.model)

    def _save(self, row: DeadlineRow, submitted_on) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: update_grant_deadline(
                s, row.id, expected_version=row.version_id, actor=actor, submitted_on=submitted_on
            ),
            label=self.tr("Saving the deadline…"),
            parent=self,
            changes={FUNDING},
        )

    def mark_selected_sent(self) -> None:
        row = self.selected()
        if row is None or row.submitted_on is not None:
            return
        dialog = SubmittedDialog(self, f"{row.label} — {self._grant(row)}", self.today_provider())
        if dialog.exec():
            self._save(row, as_date(dialog.date_edit))

    def reopen_selected(self) -> None:
        row = self.selected()
        if row is not None and row.submitted_on is not None:
            self._save(row, None)

    def open_grant(self) -> None:
        row = self.selected()
        if row is not None:
            self.window().show_filtered("funding", grant_id=row.grant_id)
