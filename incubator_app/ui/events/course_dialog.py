"""The course (formation) of an event: make the event a module of a new or existing course;
then the course's modules and, for each enrolled person, the hours attended and whether they
completed it; enrol someone in the whole course, cancel an enrolment, print the certificates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.i18n import SUPPORTED_LANGUAGES
from incubator_app.services.events.course_waiting import (
    accept_course_offer,
    course_waiting_list,
    decline_course_offer,
    leave_course_waiting,
)
from incubator_app.services.events.courses import (
    Completion,
    cancel_enrolment,
    course_progress,
    create_course,
    enrol,
    list_courses,
)
from incubator_app.services.events.records import update_event
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.events.register_dialog import RegisterDialog
from incubator_app.ui.events.texts import local, time_left
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column


def completion_label(value: Completion) -> str:
    if value is Completion.COMPLETED:
        return QCoreApplication.translate("CourseDialog", "Completed")
    if value is Completion.ONGOING:
        return QCoreApplication.translate("CourseDialog", "On track")
    if value is Completion.NOT_COMPLETED:
        return QCoreApplication.translate("CourseDialog", "Not completed")
    return QCoreApplication.translate("CourseDialog", "Enrolment cancelled")


def report_language(context: AppContext) -> str:
    """The documents' language: the incubator profile's (as the Reports page's default)."""
    lang = (context.profile.locale if context.profile else "fr")[:2]
    return lang if lang in SUPPORTED_LANGUAGES else "fr"


def hours(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d}" if m else f"{h} h"


#: (parent, default name, ics=False) → chosen path or "" (tests put their own function here).
PathAsker = Callable[..., str]


def ask_pdf_path(parent: QWidget, default_name: str, ics: bool = False) -> str:
    """Where to save a PDF (or, with `ics`, a calendar file)."""
    if ics:
        title = QCoreApplication.translate("CourseDialog", "Save the calendar file as")
        files = QCoreApplication.translate("CourseDialog", "Calendar files (*.ics)")
    else:
        title = QCoreApplication.translate("CourseDialog", "Save the PDF as")
        files = QCoreApplication.translate("CourseDialog", "PDF files (*.pdf)")
    path, _f = QFileDialog.getSaveFileName(parent, title, default_name, files)
    return path


class EnrolDialog(RegisterDialog):
    """The register dialog, enrolling in a whole course (a group moves as one unit; a full
    course puts the person on its waiting list)."""

    def __init__(self, context: AppContext, course_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, course_id, parent)
        self.setWindowTitle(self.tr("Enrol someone in the course"))

    @staticmethod
    def register_job(session, target_id, *, places, actor, **person):
        return enrol(session, target_id, party_size=places, actor=actor, **person)

    def outcome_text(self) -> str:
        if self.outcome is None:
            return ""
        if self.outcome.id is None:
            return self.tr("The course is full: number %1 on its waiting list").replace(
                "%1", str(self.outcome.waiting_position)
            )
        return self.tr("Enrolled in %n module(s)", "", len(self.outcome.registration_ids))


class CourseDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        event_id: int,
        course_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.course_id = course_id
        self.progress = None
        self.ask_path: PathAsker = ask_pdf_path
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.setObjectName("courseDialog")
        self.setWindowTitle(self.tr("Course"))
        self.resize(760, 480)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._attach_page())
        self.stack.addWidget(self._course_page())
        self.error = QLabel()
        self.error.setObjectName("courseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a8431f;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        if course_id is None:
            self.stack.setCurrentIndex(0)
            self._load_courses()
        else:
            self.stack.setCurrentIndex(1)
            self.reload()

    # --- an event without a course --------------------------------------------------------------

    def _attach_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr(
                "This event is not part of a course. Make it a module of an existing course, or "
                "of a new one: people then enrol once for all its modules."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.existing = QComboBox()
        self.existing.setObjectName("existingCourse")
        form.addRow(self.tr("E&xisting course:"), self.existing)
        self.new_title = QLineEdit()
        self.new_title.setObjectName("newCourseTitle")
        self.new_title.setPlaceholderText(self.tr("or the title of a new course"))
        form.addRow(self.tr("New co&urse:"), self.new_title)
        self.percent = QSpinBox()
        self.percent.setObjectName("completionPercent")
        self.percent.setRange(1, 100)
        self.percent.setValue(80)
        self.percent.setSuffix(" %")
        form.addRow(self.tr("&Completed at (hours attended):"), self.percent)
        self.attach_button = QPushButton(self.tr("&Add this event to the course"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.attach)
        form.addRow(self.attach_button)
        return page

    def _load_courses(self) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: list_courses(s, actor=actor), parent=self, on_done=self._courses_loaded
        )

    def _courses_loaded(self, courses) -> None:
        self.existing.clear()
        self.existing.addItem(self.tr("(a new course)"), None)
        for c in courses:
            self.existing.addItem(c.title, c.id)

    def attach(self) -> None:
        actor, event_id = self.context.actor, self.event_id
        existing = self.existing.currentData()
        title, percent = self.new_title.text().strip(), self.percent.value()

        def job(s):
            if existing is not None:
                update_event(s, event_id, {"course_id": existing}, actor=actor)
                return existing
            return create_course(
                s, title=title, completion_percent=percent, event_ids=[event_id], actor=actor
            )

        def done(course_id) -> None:
            self.course_id = course_id
            self.stack.setCurrentIndex(1)
            self.reload()

        self.context.ops.run(
            job, parent=self, on_done=done, on_error=self._inline_error, changes={EVENT}
        )

    # --- the course -------------------------------------------------------------------------------

    def _course_page(self) -> QWidget:
        page = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("courseHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("courseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RowListModel(
            [
                Column(self.tr("Person"), lambda e: e.person),
                Column(self.tr("Attended"), lambda e: hours(e.attended_minutes), align_right=True),
                Column(self.tr("Share"), lambda e: f"{self._percent(e)} %", align_right=True),
                Column(self.tr("To come"), lambda e: hours(e.to_come_minutes), align_right=True),
                Column(self.tr("Completion"), lambda e: completion_label(e.completion)),
                Column(self.tr("Enrolled on"), lambda e: local(e.enrolled_at)[:10]),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("enrolmentTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.enrol_button = QPushButton(self.tr("&Enrol someone…"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(self.open_enrol)
        self.unenrol_button = QPushButton(self.tr("Ca&ncel enrolment…"))
        self.unenrol_button.clicked.connect(self.unenrol)
        self.certificates_button = QPushButton(self.tr("Certificates (&PDF)…"))
        self.certificates_button.setObjectName("certificatesButton")
        self.certificates_button.clicked.connect(self.certificates)
        buttons = QHBoxLayout()
        for b in (self.enrol_button, self.unenrol_button, self.certificates_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # The course's waiting list (course_waiting.py): who waits, and the open offers.
        self.waiting_label = QLabel()
        self.waiting = RowListModel(
            [
                Column(self.tr("Position"), lambda w: str(w.position or ""), align_right=True),
                Column(self.tr("Person"), lambda w: w.person),
                Column(self.tr("Places"), lambda w: str(w.party_size), align_right=True),
                Column(self.tr("Offer"), self._offer_text),
            ],
            self,
        )
        self.waiting_table = QTableView()
        self.waiting_table.setObjectName("courseWaitingTable")
        self.waiting_table.setModel(self.waiting)
        self.waiting_table.verticalHeader().hide()
        self.waiting_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.waiting_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.waiting_table.horizontalHeader().setStretchLastSection(True)
        self.waiting_table.setMaximumHeight(140)
        self.accept_button = QPushButton(self.tr("Accep&t offer"))
        self.accept_button.setObjectName("courseAcceptButton")
        self.accept_button.clicked.connect(lambda: self._answer(accept_course_offer))
        self.decline_button = QPushButton(self.tr("&Decline offer"))
        self.decline_button.clicked.connect(lambda: self._answer(decline_course_offer))
        self.leave_button = QPushButton(self.tr("Remo&ve from the waiting list"))
        self.leave_button.clicked.connect(lambda: self._answer(leave_course_waiting))
        waiting_buttons = QHBoxLayout()
        for b in (self.accept_button, self.decline_button, self.leave_button):
            waiting_buttons.addWidget(b)
        waiting_buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting_table)
        layout.addLayout(waiting_buttons)
        return page

    def _offer_text(self, w) -> str:
        if w.offer_expires_at is None:
            return ""
        return (
            self.tr("offered until %1 (%2 left)")
            .replace("%1", local(w.offer_expires_at))
            .replace("%2", time_left(w.offer_expires_at))
        )

    def _answer(self, answer) -> None:
        index = self.waiting_table.currentIndex()
        if not index.isValid():
            return
        entry_id = self.waiting.row_at(index.row()).id
        actor = self.context.actor
        self.context.ops.run(
            lambda s: answer(s, entry_id, actor=actor),
            parent=self,
            on_done=lambda _r: self.reload(),
            on_error=self._inline_error,
            changes={EVENT},
        )

    def _percent(self, e) -> int:
        return e.percent(self.progress.total_minutes) if self.progress else 0

    def reload(self) -> None:
        actor, course_id = self.context.actor, self.course_id
        self.context.ops.run(
            lambda s: (
                course_progress(s, course_id, actor=actor),
                course_waiting_list(s, course_id, actor=actor),
            ),
            parent=self,
            on_done=self._loaded,
        )

    def _loaded(self, found) -> None:
        progress, waiting = found
        self.waiting.set_rows(list(waiting))
        self.waiting_label.setText(self.tr("Waiting list of the course: %n", "", len(waiting)))
        self.progress = progress
        self.setWindowTitle(progress.title)
        self.heading.setText(progress.title)
        modules = " · ".join(
            f"{local(m.starts_at)[:10]} {m.title}" for m in progress.modules if not m.cancelled
        )
        completed = sum(e.completion is Completion.COMPLETED for e in progress.enrolments)
        self.summary.setText(
            self.tr("%1 modules, %2; completed at %3 % of the hours; %4 of %5 people completed.")
            .replace("%1", str(sum(not m.cancelled for m in progress.modules)))
            .replace("%2", hours(progress.total_minutes))
            .replace("%3", str(progress.completion_percent))
            .replace("%4", str(completed))
            .replace("%5", str(len(progress.enrolments)))
            + "\n"
            + modules
        )
        self.model.set_rows(list(progress.enrolments))
        self.certificates_button.setEnabled(completed > 0)

    def _inline_error(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.setText(text)
        return True

    def _current(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_enrol(self) -> None:
        dialog = EnrolDialog(self.context, self.course_id, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.enrol_dialog = dialog

    def unenrol(self) -> None:
        e = self._current()
        if e is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel enrolment"),
            self.tr("Why? The places in the modules still to come go to their waiting lists."),
        )
        if not ok:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: cancel_enrolment(s, e.enrolment_id, reason=reason or None, actor=actor),
            parent=self,
            on_done=lambda _r: self.reload(),
            on_error=self._inline_error,
            changes={EVENT},
        )

    def certificates(self) -> None:
        path = self.ask_path(self, self.tr("certificates.pdf"))
        if not path:
            return
        actor, course_id = self.context.actor, self.course_id
        locale = report_language(self.context)

        def job(s):
            from incubator_app.reports.event_documents import build_certificates
            from incubator_app.services.reporting.event_attendance import certificates_data

            return build_certificates(
                certificates_data(s, course_id, actor=actor), path, locale=locale
            )

        self.context.ops.run(
            job,
            parent=self,
            on_done=lambda written: self.open_url(QUrl.fromLocalFile(str(written))),
            on_error=self._inline_error,
        )
