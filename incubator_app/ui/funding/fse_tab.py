"""The record window's ESF+ (FSE+) tab: the participant questionnaires at entry, within four
weeks after leaving and six months after leaving (services/funding/fse/questionnaires.py).

One form; the "Questionnaire" choice switches between the three moments. The optional
characteristics can be answered only when the person's consent to the FSE+ questionnaires is
recorded; each offers "Declined to answer". Every field is reachable with the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.errors import DomainError
from incubator_app.models.vocabulary import FseAnswer, FseMoment, IscedLevel, LabourStatus
from incubator_app.services.funding.fse.questionnaires import (
    EXIT_WINDOW,
    SENSITIVE_FIELDS,
    SIX_MONTHS,
    FseRecord,
    fse_record,
    record_questionnaire,
    update_questionnaire,
)
from incubator_app.ui.changes import FUNDING
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.money_text import day_text
from incubator_app.ui.widgets import FieldError, qdate_of


def moment_labels() -> dict[FseMoment, str]:
    return {
        FseMoment.ENTRY: QCoreApplication.translate("FseTab", "At entry"),
        FseMoment.EXIT: QCoreApplication.translate("FseTab", "On leaving (within 4 weeks)"),
        FseMoment.SIX_MONTHS: QCoreApplication.translate("FseTab", "Six months after leaving"),
    }


def labour_labels() -> dict[LabourStatus, str]:
    return {
        LabourStatus.UNEMPLOYED: QCoreApplication.translate("FseTab", "Unemployed (not long-term)"),
        LabourStatus.LONG_TERM_UNEMPLOYED: QCoreApplication.translate(
            "FseTab", "Long-term unemployed"
        ),
        LabourStatus.INACTIVE: QCoreApplication.translate("FseTab", "Inactive"),
        LabourStatus.EMPLOYED: QCoreApplication.translate(
            "FseTab", "Employed, including self-employed"
        ),
        LabourStatus.DECLINED: QCoreApplication.translate("FseTab", "Declined to answer"),
    }


def education_labels() -> dict[IscedLevel, str]:
    return {
        IscedLevel.ISCED_0_2: QCoreApplication.translate(
            "FseTab", "Lower secondary or less (ISCED 0–2)"
        ),
        IscedLevel.ISCED_3_4: QCoreApplication.translate(
            "FseTab", "Upper or post-secondary (ISCED 3–4)"
        ),
        IscedLevel.ISCED_5_8: QCoreApplication.translate("FseTab", "Tertiary (ISCED 5–8)"),
        IscedLevel.DECLINED: QCoreApplication.translate("FseTab", "Declined to answer"),
    }


def answer_labels() -> dict[FseAnswer, str]:
    return {
        FseAnswer.YES: QCoreApplication.translate("FseTab", "Yes"),
        FseAnswer.NO: QCoreApplication.translate("FseTab", "No"),
        FseAnswer.DECLINED: QCoreApplication.translate("FseTab", "Declined to answer"),
    }


class FseTab(QWidget):
    def __init__(self, context: AppContext, entrepreneur_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fseTab")
        self.context = context
        self.entrepreneur_id = entrepreneur_id
        self.record: FseRecord | None = None

        self.moment = QComboBox()
        self.moment.setObjectName("fseMoment")
        for m, text in moment_labels().items():
            self.moment.addItem(text, m.value)
        self.status = QLabel()
        self.status.setObjectName("fseStatus")
        self.status.setWordWrap(True)
        self.answered_on = QDateEdit()
        self.answered_on.setObjectName("fseAnsweredOn")
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setDisplayFormat("dd/MM/yyyy")
        self.age = QLabel()
        self.age.setObjectName("fseAge")

        def combo(name: str, labels: dict, empty: str) -> QComboBox:
            box = QComboBox()
            box.setObjectName(name)
            box.addItem(empty, None)
            for value, text in labels.items():
                box.addItem(text, value.value)
            return box

        not_answered = QCoreApplication.translate("FseTab", "Not answered")
        self.labour = combo("fseLabour", labour_labels(), not_answered)
        self.education = combo("fseEducation", education_labels(), not_answered)
        self.sensitive = {
            f: combo(f"fse_{f}", answer_labels(), QCoreApplication.translate("FseTab", "Not asked"))
            for f in SENSITIVE_FIELDS
        }
        yes_no = {
            True: QCoreApplication.translate("FseTab", "Yes"),
            False: QCoreApplication.translate("FseTab", "No"),
        }
        self.results: dict[str, QComboBox] = {}
        for f in (
            "job_searching",
            "in_education",
            "gained_qualification",
            "employed",
            "improved_situation",
        ):
            box = QComboBox()
            box.setObjectName(f"fse_{f}")
            box.addItem(QCoreApplication.translate("FseTab", "Not known"), None)
            for value, text in yes_no.items():
                box.addItem(text, value)
            self.results[f] = box
        self.consent_note = QLabel(
            QCoreApplication.translate(
                "FseTab",
                "These questions need the person's consent to the FSE+ questionnaires: "
                "record it in their consents first. Each may be declined.",
            )
        )
        self.consent_note.setObjectName("fseConsentNote")
        self.consent_note.setWordWrap(True)

        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Quest&ionnaire"), self.moment)
        form.addRow(self.status)
        form.addRow(self.tr("&Answered on"), self.answered_on)
        form.addRow(self.tr("Age at entry"), self.age)
        form.addRow(self.tr("&Labour-market status"), self.labour)
        form.addRow(self.tr("&Education level"), self.education)
        form.addRow(self.consent_note)
        sensitive_labels = {
            "disability": self.tr("Disa&bility"),
            "third_country_national": self.tr("Third-country &national"),
            "foreign_background": self.tr("&Foreign background"),
            "minority": self.tr("Minorit&y (incl. marginalised communities)"),
            "homeless": self.tr("Homeless or housing e&xclusion"),
            "rural_area": self.tr("Lives in a r&ural area"),
        }
        for f, box in self.sensitive.items():
            form.addRow(sensitive_labels[f], box)
        result_labels = {
            "job_searching": self.tr("&Job searching"),
            "in_education": self.tr("In education or trainin&g"),
            "gained_qualification": self.tr("&Obtained a qualification"),
            "employed": self.tr("In &employment, incl. self-employment"),
            "improved_situation": self.tr("Impro&ved labour-market situation"),
        }
        for f, box in self.results.items():
            form.addRow(result_labels[f], box)

        self.save_button = QPushButton(self.tr("Record the ans&wers"))
        self.save_button.setObjectName("fseSave")
        self.save_button.clicked.connect(self.save)
        self.error = FieldError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.moment.currentIndexChanged.connect(lambda _i: self._show_moment())
        self.reload()

    # --------------------------------------------------------------------------------

    def current_moment(self) -> FseMoment:
        return FseMoment(self.moment.currentData())

    def reload(self) -> None:
        with self.context.db.session() as session:
            self.record = fse_record(session, self.entrepreneur_id, actor=self.context.actor)
        self._show_moment()

    def _set(self, box: QComboBox, value) -> None:
        value = value.value if hasattr(value, "value") else value
        box.setCurrentIndex(max(0, box.findData(value)))

    def _show_moment(self) -> None:
        record = self.record
        if record is None:
            return
        moment = self.current_moment()
        q = record.questionnaires.get(moment)
        entry = moment is FseMoment.ENTRY
        asked = {
            "improved_situation": moment is FseMoment.SIX_MONTHS,
            **dict.fromkeys(
                ("job_searching", "in_education", "gained_qualification", "employed"), not entry
            ),
        }
        for widget in (self.labour, self.education, self.age):
            self.form.setRowVisible(widget, entry)
        self.form.setRowVisible(self.consent_note, entry and not record.consent)
        for box in self.sensitive.values():
            self.form.setRowVisible(box, entry)
            box.setEnabled(record.consent)
        for f, box in self.results.items():
            self.form.setRowVisible(box, asked[f])
        answered = q.answered_on if q else self._suggested_date(moment)
        self.answered_on.setDate(qdate_of(answered))
        self._set(self.labour, q.labour_status if q else None)
        self._set(self.education, q.education if q else None)
        for f, box in self.sensitive.items():
            self._set(box, getattr(q, f) if q else None)
        for f, box in self.results.items():
            self._set(box, getattr(q, f) if q else None)
        if record.birth_year:
            year = record.questionnaires.get(FseMoment.ENTRY) or q
            year = year.answered_on.year if year else clock.today().year
            text = QCoreApplication.translate("FseTab", "{age} years (birth year {year})")
            self.age.setText(text.format(age=year - record.birth_year, year=record.birth_year))
        else:
            self.age.setText(
                QCoreApplication.translate("FseTab", "Unknown: no birth year in the profile")
            )
        self.status.setText(self._status_text(moment, q is not None))
        self.save_button.setText(
            self.tr("Correct the ans&wers") if q else self.tr("Record the ans&wers")
        )
        self.error.clear_error()

    def _suggested_date(self, moment: FseMoment) -> date:
        today = clock.today()
        exit_date = self.record.exit_date if self.record else None
        if moment is FseMoment.ENTRY or exit_date is None:
            return today
        due = exit_date if moment is FseMoment.EXIT else exit_date + SIX_MONTHS
        return min(due, today)

    def _status_text(self, moment: FseMoment, done: bool) -> str:
        record = self.record
        assert record is not None
        if done:
            return QCoreApplication.translate("FseTab", "Answered.")
        if moment is FseMoment.ENTRY:
            return QCoreApplication.translate("FseTab", "Not answered yet.")
        if record.exit_date is None:
            return QCoreApplication.translate(
                "FseTab", "Asked after the person leaves: no exit recorded yet."
            )
        start = record.exit_date if moment is FseMoment.EXIT else record.exit_date + SIX_MONTHS
        return QCoreApplication.translate("FseTab", "Due from {start} to {end}.").format(
            start=day_text(start), end=day_text(start + EXIT_WINDOW)
        )

    def answers(self) -> dict:
        moment = self.current_moment()
        if moment is FseMoment.ENTRY:
            values = {"labour_status": self.labour.currentData(),
                      "education": self.education.currentData()}  # fmt: skip
            if self.record and self.record.consent:
                values |= {f: box.currentData() for f, box in self.sensitive.items()}
            return values
        fields = [f for f in self.results if f != "improved_situation"]
        if moment is FseMoment.SIX_MONTHS:
            fields.append("improved_situation")
        return {f: self.results[f].currentData() for f in fields}

    def save(self) -> None:
        moment = self.current_moment()
        existing = self.record.questionnaires.get(moment) if self.record else None
        answered_on = self.answered_on.date().toPython()
        try:
            with self.context.db.session() as session:
                if existing is None:
                    record_questionnaire(session, self.entrepreneur_id, moment,
                                         answered_on=answered_on, actor=self.context.actor,
                                         **self.answers())  # fmt: skip
                else:
                    update_questionnaire(session, existing.id,
                                         expected_version=existing.version_id,
                                         actor=self.context.actor, answered_on=answered_on,
                                         **self.answers())  # fmt: skip
        except DomainError as exc:
            self.error.show_error(inline_error_text(exc, self._field_labels()) or str(exc))
            return
        self.context.bus.notify({FUNDING})
        self.reload()

    def _field_labels(self) -> dict[str, str]:
        labels = {"answered_on": self.tr("Answered on"), "moment": self.tr("Questionnaire")}
        for name, widget in (*self.sensitive.items(), *self.results.items()):
            label = self.form.labelForField(widget)
            if label is not None:
                labels[name] = label.text().replace("&", "")
        return labels
