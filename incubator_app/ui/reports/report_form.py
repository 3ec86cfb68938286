"""The left side of the Reports page: which report, its parameters, and the Generate button.

`request()` returns a `ReportRequest`, or None after showing what is missing under the form.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.reporting.choices import GrantChoice, grant_choices, sessions_on_day
from incubator_app.ui.app import language_names
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.reports import periods
from incubator_app.ui.reports.jobs import (
    ATTENDANCE,
    ATTENDANCE_MONTH,
    ENTREPRENEUR,
    FUNDER,
    ReportRequest,
)
from incubator_app.ui.widgets import FieldError, qdate_of

DATE_FORMAT = "dd/MM/yyyy"


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class ReportForm(QWidget):
    generate_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = clock.today()
        self.grants: list[GrantChoice] = []
        self._pending_grant: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Captions go above their fields when the column is narrow (a small window).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)

        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for key, text in (
            (ENTREPRENEUR, self.tr("Entrepreneur progress report")),
            (FUNDER, self.tr("Funder report")),
            (ATTENDANCE, self.tr("Attendance sheet")),
            (ATTENDANCE_MONTH, self.tr("Monthly attendance summary")),
        ):
            self.kind.addItem(text, key)
        kind_label = QLabel(self.tr("Rep&ort:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)

        self.picker = EntrepreneurPicker(context, include_archived=True)
        self.picker.setObjectName("entrepreneurSearch")
        self.grant = QComboBox()
        self.grant.setObjectName("grantCombo")
        # As wide as the longest grant: its name is how people recognise it.
        self.grant.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day = _date_edit("sheetDay")
        self.day.setDate(qdate_of(self.today))
        self.session = QComboBox()
        self.session.setObjectName("sessionCombo")
        self.month = QDateEdit()
        self.month.setObjectName("summaryMonth")
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setDate(qdate_of(self.today))
        self.quick = QComboBox()
        self.quick.setObjectName("periodPick")
        self.quick.addItem(self.tr("Custom period"), "")
        for key, text in (
            (periods.THIS_MONTH, self.tr("This month")),
            (periods.LAST_MONTH, self.tr("Last month")),
            (periods.LAST_QUARTER, self.tr("Last quarter")),
            (periods.THIS_YEAR, self.tr("This year")),
            (periods.LAST_YEAR, self.tr("Last year")),
            (periods.GRANT_PERIOD, self.tr("Grant period")),
        ):
            self.quick.addItem(text, key)
        self.start = _date_edit("periodFrom")
        self.end = _date_edit("periodTo")
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end, 1)
        self.end.setAccessibleName(self.tr("To"))
        self.form = form
        for text, field in (
            (self.tr("E&ntrepreneur:"), self.picker),
            (self.tr("Gra&nt:"), self.grant),
            (self.tr("&Day:"), self.day),
            (self.tr("&Session:"), self.session),
            (self.tr("&Month:"), self.month),
            (self.tr("&Period:"), self.quick),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        from_label = QLabel(self.tr("F&rom:"))
        from_label.setBuddy(self.start)
        form.addRow(from_label, self.dates)
        # Each report in the language chosen for it; the incubator's report language first.
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, name in language_names().items():
            self.language.addItem(name, code)
        profile_lang = (context.profile.locale if context.profile else "fr")[:2]
        self.language.setCurrentIndex(max(0, self.language.findData(profile_lang)))
        language_label = QLabel(self.tr("L&anguage:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

        self.comment_label = QLabel(self.tr("Coach's &comment (printed at the end):"))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("coachComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(90)
        self.comment_label.setBuddy(self.comment)
        outer.addWidget(self.comment_label)
        outer.addWidget(self.comment)

        self.error = FieldError()
        self.error.setObjectName("formError")
        outer.addWidget(self.error)
        self.generate = QPushButton(self.tr("&Generate preview"))
        self.generate.setObjectName("generateButton")
        self.generate.setDefault(True)
        self.generate.setToolTip(self.tr("Ctrl+Enter"))
        self.generate.clicked.connect(self.generate_requested)
        outer.addWidget(self.generate)
        outer.addStretch(1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.generate_requested)
            shortcut.setWhatsThis(self.tr("Generate the preview"))

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.quick.activated.connect(self._quick_picked)
        self.grant.currentIndexChanged.connect(self._grant_changed)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.day.dateChanged.connect(self.load_sessions)
        self.set_quick(periods.THIS_YEAR)
        self._kind_changed()

    # --- state ----------------------------------------------------------------------------------

    @property
    def kind_key(self) -> str:
        return self.kind.currentData()

    def set_kind(self, key: str) -> None:
        index = self.kind.findData(key)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        key = self.kind_key
        with_period = key in (ENTREPRENEUR, FUNDER)
        for field, shown in (
            (self.picker, key == ENTREPRENEUR),
            (self.grant, key == FUNDER),
            (self.day, key == ATTENDANCE),
            (self.session, key == ATTENDANCE),
            (self.month, key == ATTENDANCE_MONTH),
            (self.quick, with_period),
            (self.dates, with_period),
        ):
            self.form.setRowVisible(field, shown)
        self.comment_label.setVisible(key == ENTREPRENEUR)
        self.comment.setVisible(key == ENTREPRENEUR)
        grant_item = self.quick.model().item(self.quick.findData(periods.GRANT_PERIOD))
        grant_item.setEnabled(key == FUNDER)
        if key == FUNDER and self.quick.currentData() != periods.GRANT_PERIOD:
            self.set_quick(periods.GRANT_PERIOD)
        elif key != FUNDER and self.quick.currentData() == periods.GRANT_PERIOD:
            self.set_quick(periods.THIS_YEAR)
        if key == ATTENDANCE and self.session.count() == 0:
            self.load_sessions()
        self.error.clear_error()

    def set_quick(self, key: str) -> None:
        self.quick.setCurrentIndex(self.quick.findData(key))
        self._apply_quick()

    def _quick_picked(self, _index: int) -> None:
        self._apply_quick()

    def _apply_quick(self) -> None:
        key = self.quick.currentData()
        if not key:
            return
        grant = self.current_grant
        span = periods.quick_period(
            key, self.today, (grant.period_start, grant.period_end) if grant else None
        )
        if span is None:
            return
        for edit, value in ((self.start, span[0]), (self.end, span[1])):
            edit.blockSignals(True)
            edit.setDate(qdate_of(value))
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.quick.setCurrentIndex(0)  # typed dates: a custom period

    @property
    def current_grant(self) -> GrantChoice | None:
        gid = self.grant.currentData()
        return next((g for g in self.grants if g.id == gid), None)

    def _grant_changed(self) -> None:
        if self.quick.currentData() == periods.GRANT_PERIOD:
            self._apply_quick()

    # --- data from the database -----------------------------------------------------------------

    def load_grants(self) -> None:
        actor = self.context.actor
        self.context.ops.run(
            partial(_grants, actor=actor), label=self.tr("Loading grants…"), parent=self,
            on_done=self._grants_loaded,
        )  # fmt: skip

    def _grants_loaded(self, grants: list[GrantChoice]) -> None:
        wanted = (
            self._pending_grant if self._pending_grant is not None else self.grant.currentData()
        )
        self.grants = grants
        self.grant.blockSignals(True)
        self.grant.clear()
        for g in grants:
            self.grant.addItem(g.label, g.id)
        if not grants:
            self.grant.addItem(self.tr("No grant recorded yet"), None)
        self.grant.blockSignals(False)
        self.select_grant(wanted)

    def select_grant(self, grant_id: int | None) -> None:
        if grant_id is None:
            self._grant_changed()
            return
        index = self.grant.findData(grant_id)
        if index < 0:
            self._pending_grant = grant_id  # grants not loaded yet
            return
        self._pending_grant = None
        self.grant.setCurrentIndex(index)
        self._grant_changed()

    def load_sessions(self) -> None:
        day, actor = _pydate(self.day.date()), self.context.actor
        self.context.ops.run(
            partial(_sessions, day=day, actor=actor), parent=self, on_done=self._sessions_loaded
        )

    def _sessions_loaded(self, sessions) -> None:
        self.session.clear()
        self.session.addItem(self.tr("All sessions of the day (%n)", "", len(sessions)), None)
        for s in sessions:
            start = s.start_time.strftime("%H:%M") if s.start_time else "—"
            self.session.addItem(
                self.tr("{start} — {coach} ({n} participants)").format(
                    start=start, coach=s.coach, n=s.participants
                ),
                s.id,
            )

    # --- the request ----------------------------------------------------------------------------

    def request(self) -> ReportRequest | None:
        key = self.kind_key
        lang = self.language.currentData() or "fr"
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if key in (ENTREPRENEUR, FUNDER) and end < start:
            return self._refuse(self.tr("The period ends before it starts."), self.end)
        if key == ENTREPRENEUR:
            if self.picker.selected_id is None:
                return self._refuse(
                    self.tr("Choose an entrepreneur: type a name, then pick it in the list."),
                    self.picker,
                )
            choice = self.picker.selected
            subject = choice.name if choice else ""
            return ReportRequest(
                ENTREPRENEUR, start, end, entrepreneur_id=self.picker.selected_id,
                comment=self.comment.toPlainText().strip(), locale=lang, subject=subject,
            )  # fmt: skip
        if key == FUNDER:
            grant = self.current_grant
            if grant is None:
                return self._refuse(self.tr("Choose a grant."), self.grant)
            return ReportRequest(
                FUNDER, start, end, grant_id=grant.id, locale=lang, subject=grant.reference
            )
        if key == ATTENDANCE:
            day = _pydate(self.day.date())
            session_id = self.session.currentData()
            subject = f"seance-{session_id}" if session_id else day.isoformat()
            return ReportRequest(
                ATTENDANCE, day=day, session_id=session_id, locale=lang, subject=subject
            )
        month = _pydate(self.month.date()).replace(day=1)
        return ReportRequest(ATTENDANCE_MONTH, month=month, locale=lang)

    def _refuse(self, text: str, field: QWidget) -> None:
        self.error.show_error(text)
        field.setFocus()
        return None


def _grants(session, *, actor):
    return grant_choices(session, actor=actor)


def _sessions(session, *, day, actor):
    return sessions_on_day(session, day, actor=actor)
