"""Small dialogs of the milestones and action items views. They collect values; the caller
saves them through the services (and shows errors in `error` without closing)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import MilestoneStatus
from incubator_app.ui.milestones.timeline_strip import status_label
from incubator_app.ui.widgets import FieldError, today_qdate


def date_edit(day: date | None, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(day) if day else today_qdate())
    return edit


def as_date(edit: QDateEdit) -> date:
    return edit.date().toPython()


# Literal (context, text) calls: lupdate collects only those (a helper hid these titles).
translate = QCoreApplication.translate


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = FieldError()
        self.error.setObjectName("dialogError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class MilestoneDialog(_FormDialog):
    """Title, due date, status, achieved on, evidence (a new milestone: title and date)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str = "",
        due_on: date | None = None,
        status: MilestoneStatus = MilestoneStatus.PLANNED,
        achieved_on: date | None = None,
        evidence: str | None = None,
        new: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(
            translate("MilestoneDialogs", "New milestone")
            if new
            else translate("MilestoneDialogs", "Edit milestone"),
            parent,
        )
        self.setObjectName("milestoneDialog")
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("titleEdit")
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.due_edit = date_edit(due_on or today, "dueEdit")
        self.form.addRow(self.tr("&Due on:"), self.due_edit)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        for s in MilestoneStatus:
            self.status_combo.addItem(status_label(s), s)
        self.status_combo.setCurrentIndex(list(MilestoneStatus).index(status))
        self.achieved_edit = date_edit(achieved_on or today, "achievedEdit")
        self.evidence_edit = QPlainTextEdit(evidence or "")
        self.evidence_edit.setObjectName("evidenceEdit")
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setFixedHeight(70)
        if not new:
            self.form.addRow(self.tr("&Status:"), self.status_combo)
            self.form.addRow(self.tr("&Achieved on:"), self.achieved_edit)
            self.form.addRow(self.tr("&Evidence:"), self.evidence_edit)
        self.status_combo.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.achieved_edit.setEnabled(self.status() is MilestoneStatus.ACHIEVED)

    def status(self) -> MilestoneStatus:
        return self.status_combo.currentData()

    def values(self) -> dict[str, object]:
        status = self.status()
        return {
            "title": self.title_edit.text(),
            "due_on": as_date(self.due_edit),
            "status": status,
            "achieved_on": as_date(self.achieved_edit)
            if status is MilestoneStatus.ACHIEVED
            else None,
            "evidence": self.evidence_edit.toPlainText(),
        }


class AchieveDialog(_FormDialog):
    """Marks a milestone achieved: the date (today by default) and optional evidence."""

    def __init__(self, parent: QWidget | None, title: str, today: date) -> None:
        super().__init__(translate("MilestoneDialogs", "Milestone achieved"), parent)
        self.setObjectName("achieveDialog")
        self.form.addRow(self.tr("Milestone:"), _label(title))
        self.date_edit = date_edit(today, "achievedEdit")
        self.form.addRow(self.tr("&Achieved on:"), self.date_edit)
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setObjectName("evidenceEdit")
        self.evidence_edit.setPlaceholderText(self.tr("A document, a link, a sentence…"))
        self.form.addRow(self.tr("&Evidence:"), self.evidence_edit)


class PlanDialog(_FormDialog):
    """Creates the milestones of a programme's template from a start date."""

    def __init__(
        self, parent: QWidget | None, programmes: list[str], start: date, default: str = ""
    ) -> None:
        super().__init__(translate("MilestoneDialogs", "Plan from a template"), parent)
        self.setObjectName("planDialog")
        self.programme_combo = QComboBox()
        self.programme_combo.setObjectName("programmeCombo")
        self.programme_combo.addItems(programmes)
        if default in programmes:
            self.programme_combo.setCurrentText(default)
        self.form.addRow(self.tr("&Programme:"), self.programme_combo)
        self.start_edit = date_edit(start, "startEdit")
        self.form.addRow(self.tr("&Start of the contract:"), self.start_edit)


class DoneDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, text: str, today: date) -> None:
        super().__init__(translate("MilestoneDialogs", "Action done"), parent)
        self.setObjectName("doneDialog")
        self.form.addRow(self.tr("Action:"), _label(text))
        self.date_edit = date_edit(today, "doneEdit")
        self.form.addRow(self.tr("&Done on:"), self.date_edit)


class ReassignDialog(_FormDialog):
    def __init__(
        self, parent: QWidget | None, coaches: list[tuple[int, str]], current: int | None
    ) -> None:
        super().__init__(translate("MilestoneDialogs", "Reassign the action"), parent)
        self.setObjectName("reassignDialog")
        self.coach_combo = QComboBox()
        self.coach_combo.setObjectName("coachCombo")
        self.coach_combo.addItem(self.tr("Nobody in particular"), None)
        for coach_id, name in coaches:
            self.coach_combo.addItem(name, coach_id)
        index = self.coach_combo.findData(current)
        self.coach_combo.setCurrentIndex(max(0, index))
        self.form.addRow(self.tr("&Assign to:"), self.coach_combo)

    def coach_id(self) -> int | None:
        return self.coach_combo.currentData()


def _label(text: str) -> QWidget:
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SubmittedDialog(_FormDialog):
    """Marks a grant's report sent to the funder: the date (today by default)."""

    def __init__(self, parent: QWidget | None, text: str, today: date) -> None:
        super().__init__(translate("MilestoneDialogs", "Report sent"), parent)
        self.setObjectName("submittedDialog")
        self.form.addRow(self.tr("Report:"), _label(text))
        self.date_edit = date_edit(today, "submittedEdit")
        self.form.addRow(self.tr("&Sent on:"), self.date_edit)
