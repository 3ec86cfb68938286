"""The Profile tab: every field of an entrepreneur, checked as the user types, with the message
under the field (the same rules as services/entrepreneurs/records.py, so Save is never refused for a
reason the form did not show)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, msg
from incubator_app.models.vocabulary import EducationLevel, Gender
from incubator_app.services.entrepreneurs.records import MIN_BIRTH_YEAR, EntrepreneurView
from incubator_app.services.validation import Validator
from incubator_app.ui.app import language_names
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo, education_label, gender_label
from incubator_app.ui.messages import tr_msg
from incubator_app.ui.widgets import FieldError, today_qdate

NO_DATE = QDate(1900, 1, 1)
TEXT_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "address",
    "postal_code",
    "commune",
    "project_name",
    "target_legal_form",
    "referrer",
)


class ProfileForm(QWidget):
    """Emits `changed` on every edit; `values()` gives the service's field names."""

    changed = Signal()

    def __init__(
        self,
        disciplines: list[tuple[int, str]],
        coaches: list[tuple[int, str]],
        cohorts: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        sites: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self.errors: dict[str, FieldError] = {}
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(16)

        person = QGroupBox(self.tr("Person"))
        person_form = QFormLayout(person)
        for name, label in (
            ("first_name", self.tr("&First name")),
            ("last_name", self.tr("&Last name")),
            ("email", self.tr("&E-mail")),
            ("phone", self.tr("Ph&one")),
            ("address", self.tr("&Address")),
            ("postal_code", self.tr("Postal code")),
            ("commune", self.tr("To&wn")),
        ):
            self._line(person_form, name, label)
        self.birth_year = self._line(person_form, "birth_year", self.tr("&Birth year"))
        self.birth_year.setMaxLength(4)
        self.gender = self._combo(
            person_form,
            "gender",
            self.tr("Gender"),
            [(g.value, gender_label(g)) for g in Gender],
        )
        # The language of the e-mails they receive (events' confirmations, offers…).
        self.language = ChoiceCombo()
        self.language.setObjectName("language")
        for code, name in language_names().items():
            self.language.add(name, code)
        self.language.currentIndexChanged.connect(self._edited)
        self._with_error(person_form, "language", self.tr("E-mail language"), self.language)
        grid.addWidget(person, 0, 0, 2, 1)

        project = QGroupBox(self.tr("Project"))
        project_form = QFormLayout(project)
        self._line(project_form, "project_name", self.tr("Pro&ject"))
        self.discipline = self._combo(
            project_form, "discipline_id", self.tr("D&iscipline"), disciplines
        )
        self.description = QPlainTextEdit()
        self.description.setObjectName("project_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.description.textChanged.connect(self._edited)
        project_form.addRow(self.tr("Description"), self.description)
        self._line(project_form, "target_legal_form", self.tr("Target legal form"))
        grid.addWidget(project, 0, 1)

        follow = QGroupBox(self.tr("Follow-up"))
        follow_form = QFormLayout(follow)
        # Only in a network of two sites or more: a single office never reads "site".
        self.site: ChoiceCombo | None = None
        if sites:
            self.site = self._combo(follow_form, "site_id", self.tr("Site"), sites)
        self.entry_date = self._date(follow_form, "entry_date", self.tr("E&ntry date"), False)
        self.coach = self._combo(
            follow_form, "referent_coach_id", self.tr("Referent coach"), coaches
        )
        self.cohort = self._combo(follow_form, "cohort_id", self.tr("Cohort"), cohorts)
        self._line(follow_form, "referrer", self.tr("Referred by"))
        self.gdpr = self._date(follow_form, "gdpr_consent_on", self.tr("Data consent on"), True)
        grid.addWidget(follow, 1, 1)

        funders = QGroupBox(self.tr("Profile at entry (for funders)"))
        funders_form = QFormLayout(funders)
        self.education = self._combo(
            funders_form,
            "education_level",
            self.tr("Education"),
            [(e.value, education_label(e)) for e in EducationLevel],
        )
        yes_no = [(True, self.tr("Yes")), (False, self.tr("No"))]
        self.job_seeker = self._combo(funders_form, "job_seeker", self.tr("Job seeker"), yes_no)
        self.social_minima = self._combo(
            funders_form, "social_minima", self.tr("Receives social minima"), yes_no
        )
        self.priority_district = self._combo(
            funders_form, "priority_district", self.tr("Lives in a priority district"), yes_no
        )
        grid.addWidget(funders, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)

    # Building -------------------------------------------------------------------------

    def _with_error(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError()
        error.setObjectName(f"{name}_error")
        column.addWidget(error)
        self.errors[name] = error
        form.addRow(label, box)
        form.labelForField(box).setBuddy(widget)

    def _line(self, form: QFormLayout, name: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textChanged.connect(self._edited)
        self.edits[name] = edit
        self._with_error(form, name, label, edit)
        return edit

    def _combo(
        self, form: QFormLayout, name: str, label: str, items: list[tuple[Any, str]]
    ) -> ChoiceCombo:
        combo = ChoiceCombo()
        combo.setObjectName(name)
        combo.add("—")
        for value, text in items:
            combo.add(text, value)
        combo.currentIndexChanged.connect(self._edited)
        self._with_error(form, name, label, combo)
        return combo

    def _date(self, form: QFormLayout, name: str, label: str, optional: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        if optional:
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
        else:
            edit.setDate(today_qdate())
        edit.dateChanged.connect(self._edited)
        self._with_error(form, name, label, edit)
        return edit

    # Values ---------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.validate()
            self.changed.emit()

    @staticmethod
    def _set_combo(combo: ChoiceCombo, value: Any) -> None:
        if hasattr(value, "value") and not isinstance(value, bool):
            value = value.value
        index = combo.index_of(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    def load(self, view: EntrepreneurView | None) -> None:
        self._loading = True
        try:
            for name, edit in self.edits.items():
                if name == "birth_year":
                    edit.setText(str(view.birth_year) if view and view.birth_year else "")
                else:
                    edit.setText((getattr(view, name) or "") if view else "")
            self.description.setPlainText((view.project_description or "") if view else "")
            for combo, field in (
                (self.gender, "gender"),
                (self.discipline, "discipline_id"),
                (self.coach, "referent_coach_id"),
                (self.cohort, "cohort_id"),
                (self.education, "education_level"),
                (self.job_seeker, "job_seeker"),
                (self.social_minima, "social_minima"),
                (self.priority_district, "priority_district"),
            ):
                self._set_combo(combo, getattr(view, field) if view else None)
            if self.site is not None:
                self._set_combo(self.site, view.site_id if view else None)
            self._set_combo(self.language, view.language if view else DEFAULT_LANGUAGE)
            today = clock.today()
            self.entry_date.setDate(QDate(view.entry_date if view else today))
            consent = view.gdpr_consent_on if view else None
            self.gdpr.setDate(QDate(consent) if consent else NO_DATE)
        finally:
            self._loading = False
        self.validate()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in TEXT_FIELDS:
            out[name] = self.edits[name].text().strip() or None
        year = self.birth_year.text().strip()
        out["birth_year"] = int(year) if year.isdigit() else (year or None)
        out["project_description"] = self.description.toPlainText().strip() or None
        out["gender"] = self.gender.value()
        out["discipline_id"] = self.discipline.value()
        out["referent_coach_id"] = self.coach.value()
        out["cohort_id"] = self.cohort.value()
        out["education_level"] = self.education.value()
        out["job_seeker"] = self.job_seeker.value()
        out["social_minima"] = self.social_minima.value()
        out["priority_district"] = self.priority_district.value()
        out["entry_date"] = self.entry_date.date().toPython()
        consent = self.gdpr.date()
        out["gdpr_consent_on"] = None if consent == NO_DATE else consent.toPython()
        if self.site is not None:
            out["site_id"] = self.site.value()
        out["language"] = self.language.value() or DEFAULT_LANGUAGE
        return out

    def validate(self) -> bool:
        """Shows each problem under its field; True when everything can be saved."""
        values = self.values()
        v = Validator()
        v.required("first_name", values["first_name"])
        v.required("last_name", values["last_name"])
        v.email("email", values["email"])
        v.phone("phone", values["phone"])
        code = values["postal_code"]
        v.postal_code("postal_code", code)
        if code and not any(ch.isdigit() for ch in code):
            v.add(
                "postal_code",
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Not a valid postal code: {value}"), value=code
                ),
            )
        year = values["birth_year"]
        today = clock.today()
        if isinstance(year, str):
            v.add("birth_year", msg(QT_TRANSLATE_NOOP("Validation", "A year is expected.")))
        else:
            v.int_range("birth_year", year, MIN_BIRTH_YEAR, today.year)
        entry = values["entry_date"]
        if isinstance(year, int) and entry.year < year:
            v.add(
                "entry_date",
                msg(QT_TRANSLATE_NOOP("Validation", "The entry date comes before the birth year.")),
            )
        consent = values["gdpr_consent_on"]
        if consent is not None and consent > today:
            v.add(
                "gdpr_consent_on",
                msg(QT_TRANSLATE_NOOP("Validation", "Cannot be in the future.")),
            )
        for name, error in self.errors.items():
            message = v.errors.get(name)
            error.show_error(tr_msg(message) if message else "")
        return not v.errors

    def show_service_errors(self, field_errors: dict) -> None:
        for name, message in field_errors.items():
            if name in self.errors:
                self.errors[name].show_error(tr_msg(message))
