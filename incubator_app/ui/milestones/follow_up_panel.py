"""The "Follow-up" tab of the Milestones page: the follow-up campaign of a month (people due
6/12/24/36 months after their exit, and the FSE+ exit and six-month questionnaires), with
their contact details; send the e-mail through the outbox (one per person, a reminder when
they were already written to), log a call, record the answer (which closes the checkpoint).
Staff and administrators (contact details); the same filters-above, actions-below shape as
the other tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from incubator_app.services.entrepreneurs.follow_up_answers import record_follow_up_answer
from incubator_app.services.entrepreneurs.follow_up_campaign import (
    CHECKPOINT_LABELS,
    CHECKPOINTS,
    DEFAULT_REMINDER_DAYS,
    CampaignListSource,
    CampaignRow,
    log_follow_up_call,
    send_follow_up_emails,
)
from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.context import AppContext
from incubator_app.ui.flow_layout import labelled
from incubator_app.ui.milestones.follow_up_dialogs import AnswerDialog, CallDialog
from incubator_app.ui.milestones.panels import LATE, _combo, _Panel, _short, _table
from incubator_app.ui.table_headers import fit_header_titles
from incubator_app.ui.windowed_model import Column, WindowedTableModel

translate = QCoreApplication.translate


def checkpoint_label(code: str) -> str:
    context, source = CHECKPOINT_LABELS[code]
    return translate(context, source)


class FollowUpPanel(_Panel):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("followUpMonth")
        self.month_edit.setDisplayFormat("MM/yyyy")
        self.month_edit.setDate(QDate(self.today_provider()))
        self.month_edit.dateChanged.connect(self.refresh)
        self.filters.addWidget(labelled(self.tr("M&onth:"), self.month_edit))
        self.checkpoint_combo = _combo(
            "followUpCheckpoint",
            [(self.tr("All"), None), *((checkpoint_label(c), c) for c in CHECKPOINTS)],
        )
        self._filter(self.tr("Chec&kpoint:"), self.checkpoint_combo)
        self.state_combo = _combo(
            "followUpState",
            [
                (self.tr("Not answered"), "open"),
                (self.tr("Reminder due"), "reminder"),
                (self.tr("Answered"), "answered"),
                (self.tr("All"), "all"),
            ],
        )
        self._filter(self.tr("Disp&lay:"), self.state_combo)
        self.reminder_spin = QSpinBox()
        self.reminder_spin.setObjectName("reminderDays")
        self.reminder_spin.setRange(1, 366)
        self.reminder_spin.setValue(DEFAULT_REMINDER_DAYS)
        self.reminder_spin.setSuffix(self.tr(" days"))
        self.reminder_spin.valueChanged.connect(self.refresh)
        self.filters.addWidget(labelled(self.tr("Reminder dela&y:"), self.reminder_spin))
        self.filters.addWidget(self.count_label)
        late = lambda r: LATE if r.needs_reminder else None  # noqa: E731
        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Due on"), lambda r: _short(r.due_on), "due_on"),
                Column(self.tr("Name"), lambda r: f"{r.first_name} {r.last_name}", "name"),
                Column(
                    self.tr("Checkpoint"), lambda r: checkpoint_label(r.checkpoint), "checkpoint"
                ),
                Column(self.tr("E-mail"), lambda r: r.email or "", tooltip=lambda r: r.email),
                Column(self.tr("Phone"), lambda r: r.phone or ""),
                Column(self.tr("Contacted on"), self._last_contact, "last_contact"),
                Column(
                    self.tr("State"),
                    self._state,
                    "answered_on",
                    foreground=late,
                    tooltip=self._attempts,
                ),
            ],
            parent=self,
        )
        self.model.count_changed.connect(
            lambda n: self.count_label.setText(self.tr("%n person(s)", "", n))
        )
        self.table = _table("followUpTable", self.model)
        # Several people at once for the e-mail.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.body.addWidget(self.table, 1)
        for col, width in enumerate((82, 130, 95, 140, 100, 95)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_header_titles(self.table)
        buttons = QHBoxLayout()
        self.email_button = QPushButton(self.tr("Se&nd e-mails"))
        self.email_button.setObjectName("followUpEmailButton")
        self.call_button = QPushButton(self.tr("Log a &call…"))
        self.call_button.setObjectName("followUpCallButton")
        self.answer_button = QPushButton(self.tr("Save the re&ply…"))
        self.answer_button.setObjectName("followUpAnswerButton")
        self.person_button = QPushButton(self.tr("&Go to the person"))
        self.person_button.setObjectName("followUpPersonButton")
        for button in (self.email_button, self.call_button, self.answer_button, self.person_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.email_button.clicked.connect(self.send_emails)
        self.call_button.clicked.connect(self.log_call)
        self.answer_button.clicked.connect(self.record_answer)
        self.person_button.clicked.connect(self.open_person)
        # Enter or a double click on a row records the answer.
        self.table.activated.connect(lambda _index: self.record_answer())

    def _last_contact(self, r: CampaignRow) -> str:
        if r.last_contact_at is None:
            return ""
        return QLocale().toString(r.last_contact_at.astimezone().date(), "dd/MM/yyyy")

    def _state(self, r: CampaignRow) -> str:
        if r.answered_on is not None:
            return self.tr("Answered {date}").format(date=_short(r.answered_on))
        if r.needs_reminder:
            return self.tr("Reminder due")
        return self.tr("Contacted") if r.attempts else self.tr("To contact")

    def _attempts(self, r: CampaignRow) -> str:
        return self.tr("%n e-mail(s) or call(s) so far", "", r.attempts)

    def set_filters(self, *, state: str = "open", month: date | None = None) -> None:
        for widget in (self.state_combo, self.month_edit):
            widget.blockSignals(True)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state)))
        self.month_edit.setDate(QDate(month or self.today_provider()))
        for widget in (self.state_combo, self.month_edit):
            widget.blockSignals(False)
        self.refresh()

    def source(self) -> CampaignListSource:
        state = self.state_combo.currentData()
        return CampaignListSource(
            self.context.actor,
            month=self.month_edit.date().toPython(),
            checkpoint=self.checkpoint_combo.currentData(),
            answered={"open": False, "reminder": False, "answered": True}.get(state),
            reminders_only=state == "reminder",
            reminder_days=self.reminder_spin.value(),
        )

    def refresh(self) -> None:
        self.model.set_source(self.source())

    def selected(self) -> CampaignRow | None:
        return self._row(self.table, self.model)

    def selected_rows(self) -> list[CampaignRow]:
        rows = [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        return [r for r in rows if r is not None]

    def send_emails(self) -> None:
        rows = [r for r in self.selected_rows() if not r.answered]
        if not rows:
            return
        names = ", ".join(f"{r.first_name} {r.last_name}" for r in rows[:5])
        if len(rows) > 5:
            names += "…"
        question = self.tr("Put {n} follow-up e-mail(s) in the outbox ({names})?").format(
            n=len(rows), names=names
        )
        if QMessageBox.question(self, self.tr("Follow-up e-mails"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        targets = [(r.entrepreneur_id, r.checkpoint) for r in rows]
        actor = self.context.actor
        self.context.ops.run(
            lambda s: send_follow_up_emails(s, targets, actor=actor),
            label=self.tr("Writing the e-mails…"),
            parent=self,
            on_done=lambda _ids: self.refresh(),
            changes={ENTREPRENEUR},
        )

    def _who(self, r: CampaignRow) -> str:
        return f"{r.first_name} {r.last_name} — {checkpoint_label(r.checkpoint)}"

    def log_call(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = CallDialog(f"{self._who(row)}\n{row.phone or ''}", self)
        if not dialog.exec():
            return
        reached, note = dialog.reached.isChecked(), dialog.note.toPlainText()
        actor = self.context.actor
        self.context.ops.run(
            lambda s: log_follow_up_call(
                s, row.entrepreneur_id, row.checkpoint, reached=reached, note=note, actor=actor
            ),
            label=self.tr("Saving the call…"),
            parent=self,
            on_done=lambda _id: self.refresh(),
            changes={ENTREPRENEUR},
        )

    def record_answer(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.checkpoint_id is None:
            QMessageBox.information(
                self,
                self.tr("FSE+ questionnaire"),
                self.tr(
                    "The FSE+ answers are recorded in the person's FSE+ questionnaire: "
                    "open the person and its FSE+ tab."
                ),
            )
            return
        dialog = AnswerDialog(self._who(row), self.today_provider(), self)
        if not dialog.exec():
            return
        answer = dialog.answer()
        actor = self.context.actor
        self.context.ops.run(
            lambda s: record_follow_up_answer(
                s, row.checkpoint_id, answer, expected_version=row.version_id, actor=actor
            ),
            label=self.tr("Saving the answer…"),
            parent=self,
            on_done=lambda _v: self.refresh(),
            changes={ENTREPRENEUR},
        )

    def open_person(self) -> None:
        row = self.selected()
        if row is not None:
            self.window().open_entrepreneur(row.entrepreneur_id)
