"""One event: its details and places, the registrations (attendance ticked with Space, or P for
present and A for absent, which then go to the next row), the
waiting list in its order with the time left on each offer, the actions of staff (register
someone, cancel, accept or decline an offer, move someone in the waiting list with a reason,
change the places, cancel the event), the participants' evaluations (typed in: 1 to 5 on a row
records its satisfaction and moves down, **Evaluation…** adds the comment; or imported from a
form's export) and the e-mails written for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.file_modes import replaced_on_success
from incubator_app.models.vocabulary import RegistrationStatus
from incubator_app.services.events.detail import event_detail, event_mails
from incubator_app.services.events.evaluations import record_evaluation
from incubator_app.services.events.records import cancel_event, change_capacity
from incubator_app.services.events.registrations import (
    accept_offer,
    cancel_registration,
    decline_offer,
    mark_attendance,
    move_in_waiting_list,
)
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.events.course_dialog import (
    CourseDialog,
    PathAsker,
    ask_pdf_path,
    report_language,
)
from incubator_app.ui.events.evaluation_dialogs import EvaluationDialog, ImportEvaluationsDialog
from incubator_app.ui.events.import_dialog import ImportRegistrationsDialog
from incubator_app.ui.events.materials_dialog import MaterialsDialog
from incubator_app.ui.events.register_dialog import RegisterDialog
from incubator_app.ui.events.registrations_model import MARKABLE, RegistrationsModel
from incubator_app.ui.events.texts import kind_label, local, status_label, time_left
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column

S = RegistrationStatus


def safe(title: str) -> str:
    """A file name's part from a title (no separators or reserved characters)."""
    return "".join(c if c.isalnum() or c in " -_'" else " " for c in title).strip()[:60]


class EventWindow(QDialog):
    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.detail = None
        self.ask_path: PathAsker = ask_pdf_path
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.setObjectName("eventWindow")
        self.resize(900, 620)
        self.heading = QLabel()
        self.heading.setObjectName("eventHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("eventSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.model = RegistrationsModel(
            [
                Column(self.tr("Person"), lambda r: r.person),
                Column(self.tr("Places"), lambda r: str(r.party_size), align_right=True),
                Column(self.tr("Status"), lambda r: status_label(r.status)),
                Column(
                    self.tr("Waiting"),
                    lambda r: str(r.waiting_position) if r.waiting_position else "",
                    align_right=True,
                ),
                Column(self.tr("Offer ends"), lambda r: local(r.offer_expires_at)),
                Column(self.tr("Time left"), lambda r: time_left(r.offer_expires_at)),
                Column(self.tr("E-mail"), lambda r: r.email or ""),
                Column(
                    self.tr("Satisfaction"),
                    lambda r: f"{r.satisfaction}/5" if r.satisfaction else "",
                    align_right=True,
                ),
                Column(self.tr("Comment"), lambda r: (r.comment or "").replace("\n", " ")),
            ],
            self._attendance,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("registrationTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

        self.register_button = QPushButton(self.tr("&Register someone…"))
        self.register_button.setObjectName("registerButton")
        self.register_button.clicked.connect(self.open_register)
        self.cancel_button = QPushButton(self.tr("Ca&ncel registration"))
        self.cancel_button.clicked.connect(lambda: self._change(cancel_registration))
        self.accept_button = QPushButton(self.tr("&Accept offer"))
        self.accept_button.clicked.connect(lambda: self._change(accept_offer))
        self.decline_button = QPushButton(self.tr("&Decline offer"))
        self.decline_button.clicked.connect(lambda: self._change(decline_offer))
        self.move_button = QPushButton(self.tr("&Move in waiting list…"))
        self.move_button.clicked.connect(self.move)
        # Attendance at the speed of a register call: P or A marks the row and moves down.
        for key, attended in (("P", True), ("A", False)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda attended=attended: self.mark_current(attended))
        # Evaluations as fast: 1 to 5 records the row's satisfaction (its comment kept), moves down.
        for score in range(1, 6):
            shortcut = QShortcut(QKeySequence(str(score)), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda score=score: self.score_current(score))
        self.sheet_button = QPushButton(self.tr("Attendance &sheet (PDF)…"))
        self.sheet_button.setObjectName("sheetButton")
        self.sheet_button.clicked.connect(self.attendance_sheet)
        self.ics_button = QPushButton(self.tr("Add to &calendar (.ics)…"))
        self.ics_button.setObjectName("icsButton")
        self.ics_button.clicked.connect(self.save_ics)
        self.import_button = QPushButton(self.tr("&Import registrations…"))
        self.import_button.setObjectName("importRegistrationsButton")
        self.import_button.clicked.connect(self.choose_import_file)
        self.materials_button = QPushButton(self.tr("Event &files…"))
        self.materials_button.setObjectName("materialsButton")
        self.materials_button.setToolTip(self.tr("The event's materials for the participants"))
        self.materials_button.clicked.connect(self.open_materials)
        self.course_button = QPushButton(self.tr("C&ourse…"))
        self.course_button.setObjectName("courseButton")
        self.course_button.clicked.connect(self.open_course)
        self.evaluation_button = QPushButton(self.tr("E&valuation…"))
        self.evaluation_button.setObjectName("evaluationButton")
        self.evaluation_button.clicked.connect(self.open_evaluation)
        self.import_evaluations_button = QPushButton(self.tr("Impor&t evaluations…"))
        self.import_evaluations_button.setObjectName("importEvaluationsButton")
        self.import_evaluations_button.clicked.connect(self.choose_evaluations_file)
        self.evaluation_summary = QLabel()
        self.evaluation_summary.setObjectName("evaluationSummary")
        self.evaluation_hint = QLabel(
            self.tr("Evaluation: 1 to 5 on a row records the satisfaction, then next row.")
        )
        self.evaluation_hint.setObjectName("evaluationHint")
        self.evaluation_hint.setWordWrap(True)
        evaluations = QHBoxLayout()
        evaluations.addWidget(self.evaluation_summary)
        evaluations.addSpacing(16)
        evaluations.addWidget(self.evaluation_hint, 1)
        evaluations.addWidget(self.evaluation_button)
        evaluations.addWidget(self.import_evaluations_button)
        self.attendance_hint = QLabel(
            self.tr("Attendance: Space ticks a row; P marks present, A absent, then next row.")
        )
        self.attendance_hint.setObjectName("attendanceHint")
        # Wrapped rather than widening the window past 1120 px (the French text is long).
        self.attendance_hint.setWordWrap(True)
        documents = QHBoxLayout()
        documents.addWidget(self.attendance_hint, 1)
        documents.addWidget(self.sheet_button)
        documents.addWidget(self.ics_button)
        documents.addWidget(self.import_button)
        documents.addWidget(self.materials_button)
        documents.addWidget(self.course_button)
        buttons = QHBoxLayout()
        for b in (
            self.register_button,
            self.cancel_button,
            self.accept_button,
            self.decline_button,
            self.move_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacitySpin")
        self.capacity.setRange(1, 100_000)
        capacity_label = QLabel(self.tr("P&laces:"))
        capacity_label.setBuddy(self.capacity)
        self.capacity_button = QPushButton(self.tr("C&hange"))
        self.capacity_button.clicked.connect(self.apply_capacity)
        self.cancel_event_button = QPushButton(self.tr("Cancel &event…"))
        self.cancel_event_button.clicked.connect(self.cancel_whole_event)
        # The places and the event's cancellation beside its summary, so that the row of the
        # registrations' buttons stays within 1120 px in every language.
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        for w in (capacity_label, self.capacity, self.capacity_button, self.cancel_event_button):
            summary_row.addWidget(w)

        self.mails = RowListModel(
            [
                Column(self.tr("Written"), lambda m: local(m.created_at)),
                Column(self.tr("To"), lambda m: m.to_address),
                Column(self.tr("Subject"), lambda m: m.subject),
                Column(self.tr("State"), lambda m: m.status),
            ],
            self,
        )
        self.mail_table = QTableView()
        self.mail_table.setObjectName("eventMailTable")
        self.mail_table.setModel(self.mails)
        self.mail_table.verticalHeader().hide()
        mail_header = self.mail_table.horizontalHeader()
        mail_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mail_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mail_table.setWordWrap(False)
        mail_box = QWidget()
        mail_layout = QVBoxLayout(mail_box)
        mail_layout.setContentsMargins(0, 0, 0, 0)
        mail_layout.addWidget(QLabel(self.tr("E-mails written for this event")))
        mail_layout.addWidget(self.mail_table)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addLayout(buttons)
        top_layout.addLayout(documents)
        top_layout.addLayout(evaluations)
        split.addWidget(top)
        split.addWidget(mail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(summary_row)
        layout.addWidget(split, 1)
        # The time left on offers moves on while the window is open.
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.table.viewport().update)
        self._timer.start()
        context.bus.changed.connect(self._on_changed)
        self.table.setFocus()  # keyboard first: the registrations (Space, P/A, 1 to 5)
        self.reload()

    def choose_import_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Import registrations"),
            "",
            self.tr("Form exports (*.csv *.xlsx)"),
        )
        if path:
            self.open_import(path)

    def open_import(self, path: str) -> ImportRegistrationsDialog:
        """The preview of the file, then the import (ui/events/import_dialog.py)."""
        dialog = ImportRegistrationsDialog(self.context, self.event_id, path, self)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def choose_evaluations_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Import evaluations"),
            "",
            self.tr("Form exports (*.csv *.xlsx)"),
        )
        if path:
            self.open_evaluations_import(path)

    def open_evaluations_import(self, path: str) -> ImportEvaluationsDialog:
        """The preview of the file (who each row matches), then the import."""
        dialog = ImportEvaluationsDialog(self.context, self.event_id, path, self)
        dialog.open()
        self.evaluations_dialog = dialog
        return dialog

    def open_evaluation(self) -> EvaluationDialog | None:
        r = self._current()
        if r is None or r.status not in MARKABLE:
            return None
        dialog = EvaluationDialog(self.context, r.id, r.person, r.satisfaction, r.comment, self)
        dialog.open()
        self.evaluation_dialog = dialog
        return dialog

    def score_current(self, score: int) -> None:
        index = self.table.currentIndex()
        r = self._current()
        if r is None:
            return
        if r.status in MARKABLE:
            actor = self.context.actor
            self._run(lambda s: record_evaluation(s, r.id, score, r.comment, actor=actor))
        below = self.model.index(index.row() + 1, 0)
        if below.isValid():
            self.table.setCurrentIndex(below)

    def _on_changed(self, kinds: set[str]) -> None:
        if EVENT in kinds and self.isVisible():
            self.reload()

    def reload(self) -> None:
        actor, event_id = self.context.actor, self.event_id
        self.context.ops.run(
            lambda s: (
                event_detail(s, event_id, actor=actor),
                event_mails(s, event_id, actor=actor),
            ),
            parent=self,
            on_done=self._loaded,
        )

    def _loaded(self, result) -> None:
        detail, mails = result
        current = self._current()
        self.detail = detail
        self.setWindowTitle(detail.title)
        self.heading.setText(detail.title)
        parts = [
            kind_label(detail.kind),
            f"{local(detail.starts_at)} – {local(detail.ends_at)[-5:]}",
            detail.place or "",
            self.tr("%1 of %2 places taken, %3 waiting")
            .replace("%1", str(detail.taken))
            .replace("%2", str(detail.capacity))
            .replace("%3", str(len(detail.waiting))),
        ]
        if detail.course_title:
            parts.append(self.tr("course: %1").replace("%1", detail.course_title))
        if detail.cancelled:
            parts.append(self.tr("CANCELLED"))
        self.summary.setText(" · ".join(p for p in parts if p))
        average = detail.average_satisfaction
        self.evaluation_summary.setText(
            self.tr("Evaluations: %1 / 5 on average, %2 answer(s)")
            .replace("%1", QLocale().toString(average, "f", 1))
            .replace("%2", str(detail.answers))
            if average is not None
            else self.tr("Evaluations: none yet")
        )
        self.capacity.setValue(detail.capacity)
        self.model.set_rows(list(detail.registrations))
        self.mails.set_rows(mails)
        if current is not None:
            for row, r in enumerate(detail.registrations):
                if r.id == current.id:
                    self.table.selectRow(row)
        self._enable()

    def _current(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        r = self._current()
        status = r.status if r is not None else None
        open_event = self.detail is not None and not self.detail.cancelled
        self.register_button.setEnabled(open_event)
        self.cancel_button.setEnabled(status in (S.REGISTERED, S.WAITLISTED, S.OFFERED))
        self.accept_button.setEnabled(status is S.OFFERED)
        self.decline_button.setEnabled(status is S.OFFERED)
        self.move_button.setEnabled(status is S.WAITLISTED)
        self.evaluation_button.setEnabled(status in MARKABLE)
        self.cancel_event_button.setEnabled(open_event)

    def _run(self, job) -> None:
        self.context.ops.run(job, parent=self, on_done=lambda _r: self.reload(), changes={EVENT})

    def _change(self, fn) -> None:
        r = self._current()
        if r is None:
            return
        actor = self.context.actor
        self._run(lambda s: fn(s, r.id, actor=actor))

    def _attendance(self, row, attended: bool) -> None:
        actor = self.context.actor
        self._run(lambda s: mark_attendance(s, row.id, attended, actor=actor))

    def mark_current(self, attended: bool) -> None:
        index = self.table.currentIndex()
        r = self._current()
        if r is None:
            return
        if r.status in MARKABLE:
            self._attendance(r, attended)
        below = self.model.index(index.row() + 1, 0)
        if below.isValid():
            self.table.setCurrentIndex(below)

    def attendance_sheet(self) -> None:
        title = self.detail.title if self.detail else "event"
        path = self.ask_path(self, self.tr("attendance sheet %1.pdf").replace("%1", safe(title)))
        if not path:
            return
        actor, event_id, locale = self.context.actor, self.event_id, report_language(self.context)

        def job(s):
            from incubator_app.reports.event_documents import build_event_sheet
            from incubator_app.services.reporting.event_attendance import event_sheet_data

            return build_event_sheet(
                event_sheet_data(s, event_id, actor=actor), path, locale=locale
            )

        self.context.ops.run(
            job,
            parent=self,
            on_done=lambda written: self.open_url(QUrl.fromLocalFile(str(written))),
        )

    def save_ics(self) -> None:
        title = self.detail.title if self.detail else "event"
        path = self.ask_path(self, f"{safe(title)}.ics", ics=True)
        if not path:
            return
        actor, event_id = self.context.actor, self.event_id

        def job(s):
            from incubator_app.services.events.add_to_calendar import event_ics

            data = event_ics(s, event_id, actor=actor)
            with replaced_on_success(path) as tmp:
                tmp.write_bytes(data)
            return path

        self.context.ops.run(
            job, parent=self, on_done=lambda written: self.open_url(QUrl.fromLocalFile(written))
        )

    def open_materials(self) -> MaterialsDialog:
        title = self.detail.title if self.detail else ""
        dialog = MaterialsDialog(self.context, self.event_id, title, self)
        dialog.open()
        self.materials_dialog = dialog
        return dialog

    def open_course(self) -> None:
        course_id = self.detail.course_id if self.detail else None
        dialog = CourseDialog(self.context, self.event_id, course_id, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        self.course_dialog = dialog

    def open_register(self) -> None:
        dialog = RegisterDialog(self.context, self.event_id, self)
        dialog.open()
        self.register_dialog = dialog

    def move(self) -> None:
        r = self._current()
        if r is None:
            return
        position, ok = QInputDialog.getInt(
            self, self.tr("Move in waiting list"), self.tr("New position:"), 1, 1, 100_000
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Move in waiting list"),
            self.tr("Why (kept in the history)?"),
        )
        if not ok:
            return
        actor = self.context.actor
        self._run(lambda s: move_in_waiting_list(s, r.id, position, reason=reason, actor=actor))

    def apply_capacity(self) -> None:
        actor, event_id, capacity = self.context.actor, self.event_id, self.capacity.value()
        self._run(lambda s: change_capacity(s, event_id, capacity, actor=actor))

    def cancel_whole_event(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel the event"),
            self.tr("Why? Everyone registered or waiting will be told by e-mail."),
        )
        if not ok:
            return
        actor, event_id = self.context.actor, self.event_id
        self._run(lambda s: cancel_event(s, event_id, reason=reason or None, actor=actor))
