"""The two small dialogs of the follow-up campaign: log a call, record the answer of a
checkpoint. They collect values; the panel saves them through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models.vocabulary import FollowUpSituation, LegalForm, RevenueBand
from incubator_app.services.entrepreneurs.follow_up_answers import MAX_JOBS, FollowUpAnswer
from incubator_app.ui.milestones.dialogs import _FormDialog, as_date, date_edit

translate = QCoreApplication.translate

LEGAL_FORMS = {
    LegalForm.MICRO: QT_TRANSLATE_NOOP("FollowUpDialog", "Micro-enterprise, sole trader"),
    LegalForm.COMPANY: QT_TRANSLATE_NOOP("FollowUpDialog", "Company (SARL, SAS…)"),
    LegalForm.ASSOCIATION: QT_TRANSLATE_NOOP("FollowUpDialog", "Association"),
    LegalForm.COOPERATIVE: QT_TRANSLATE_NOOP("FollowUpDialog", "Cooperative (SCOP, SCIC, CAE)"),
    LegalForm.OTHER: QT_TRANSLATE_NOOP("FollowUpDialog", "Other"),
}
REVENUE_BANDS = {
    RevenueBand.NONE: QT_TRANSLATE_NOOP("FollowUpDialog", "No revenue"),
    RevenueBand.UNDER_10K: QT_TRANSLATE_NOOP("FollowUpDialog", "Under 10 000 €"),
    RevenueBand.FROM_10K_TO_30K: QT_TRANSLATE_NOOP("FollowUpDialog", "10 000 – 30 000 €"),
    RevenueBand.FROM_30K_TO_80K: QT_TRANSLATE_NOOP("FollowUpDialog", "30 000 – 80 000 €"),
    RevenueBand.OVER_80K: QT_TRANSLATE_NOOP("FollowUpDialog", "Over 80 000 €"),
}
SITUATIONS = {
    FollowUpSituation.OWN_BUSINESS: QT_TRANSLATE_NOOP("FollowUpDialog", "Runs their business"),
    FollowUpSituation.SALARIED: QT_TRANSLATE_NOOP("FollowUpDialog", "Salaried job"),
    FollowUpSituation.TRAINING: QT_TRANSLATE_NOOP("FollowUpDialog", "In training"),
    FollowUpSituation.JOB_SEEKING: QT_TRANSLATE_NOOP("FollowUpDialog", "Looking for a job"),
    FollowUpSituation.OTHER: QT_TRANSLATE_NOOP("FollowUpDialog", "Other"),
}


def _choices(name: str, labels: dict) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(translate("FollowUpDialog", "Not asked"), None)
    for code, (context, source) in labels.items():
        combo.addItem(translate(context, source), code.value)
    return combo


class CallDialog(_FormDialog):
    """Log a call in a few keys: reached or not (Space), a note, Enter."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("FollowUpDialog", "Log a call"), parent)
        self.form.addRow(QLabel(who))
        self.reached = QCheckBox(translate("FollowUpDialog", "&Reached the person"))
        self.reached.setObjectName("reachedCheck")
        self.form.addRow(self.reached)
        self.note = QPlainTextEdit()
        self.note.setObjectName("callNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        label = QLabel(translate("FollowUpDialog", "&Note:"))
        label.setBuddy(self.note)
        self.form.addRow(label, self.note)
        self.reached.setFocus()


class AnswerDialog(_FormDialog):
    """The answer of a checkpoint: saving it closes the checkpoint."""

    def __init__(self, who: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(translate("FollowUpDialog", "Record the answer"), parent)
        self.form.addRow(QLabel(who))
        self.active = QComboBox()
        self.active.setObjectName("activeCombo")
        self.active.addItem(translate("FollowUpDialog", "Yes, still active"), True)
        self.active.addItem(translate("FollowUpDialog", "No, stopped"), False)
        self.checked_on = date_edit(today, "answeredOn")
        self.legal_form = _choices("legalFormCombo", LEGAL_FORMS)
        self.revenue_band = _choices("revenueBandCombo", REVENUE_BANDS)
        self.jobs = QSpinBox()
        self.jobs.setObjectName("jobsSpin")
        self.jobs.setRange(-1, MAX_JOBS)
        self.jobs.setSpecialValueText(translate("FollowUpDialog", "Not asked"))
        self.jobs.setValue(-1)
        self.situation = _choices("situationCombo", SITUATIONS)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("answerNote")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        for text, field in (
            (translate("FollowUpDialog", "Business &active:"), self.active),
            (translate("FollowUpDialog", "Answered &on:"), self.checked_on),
            (translate("FollowUpDialog", "&Legal form:"), self.legal_form),
            (translate("FollowUpDialog", "Re&venue:"), self.revenue_band),
            (translate("FollowUpDialog", "&Jobs created:"), self.jobs),
            (translate("FollowUpDialog", "&Situation:"), self.situation),
            (translate("FollowUpDialog", "&Note:"), self.notes),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.active.setFocus()

    def answer(self) -> FollowUpAnswer:
        jobs = self.jobs.value()
        return FollowUpAnswer(
            business_active=bool(self.active.currentData()),
            checked_on=as_date(self.checked_on),
            legal_form=self.legal_form.currentData(),
            revenue_band=self.revenue_band.currentData(),
            jobs_created=None if jobs < 0 else jobs,
            situation=self.situation.currentData(),
            notes=self.notes.toPlainText(),
        )
