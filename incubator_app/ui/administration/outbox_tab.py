"""The outbox: every e-mail the application wrote, with its status, recipient, subject, dates
and the server's last answer; Retry (a failed message is due again), Send now, and for a
computer without an SMTP server: open it in the user's own mail program (mailto:) or save it
as an .eml file (attachments included) to send by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import OutboxStatus
from incubator_app.services.mail.list import (
    OutboxRow,
    list_outbox,
    message_eml,
    message_mailto,
    outbox_counts,
)
from incubator_app.services.mail.sending import SendReport, retry_message, send_due_messages
from incubator_app.ui.administration.common import row_table
from incubator_app.ui.context import AppContext
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text
from incubator_app.ui.widgets import FieldError
from incubator_app.ui.windowed_model import Column


def status_label(status: OutboxStatus) -> str:
    labels = {
        OutboxStatus.QUEUED: QCoreApplication.translate("OutboxTab", "Waiting"),
        OutboxStatus.SENDING: QCoreApplication.translate("OutboxTab", "Sending"),
        OutboxStatus.SENT: QCoreApplication.translate("OutboxTab", "Sent"),
        OutboxStatus.FAILED: QCoreApplication.translate("OutboxTab", "Failed"),
    }
    return labels[status]


def _when(instant) -> str:
    if instant is None:
        return "—"
    local = instant.astimezone(clock.zone())
    return f"{day_text(local.date())} {local:%H:%M}"


def _recipient(row: OutboxRow) -> str:
    return f"{row.to_name} <{row.to_address}>" if row.to_name else row.to_address


def _state(row: OutboxRow) -> str:
    if row.status is OutboxStatus.SENT:
        return _when(row.sent_at)
    if row.status is OutboxStatus.QUEUED and row.attempts:
        return QCoreApplication.translate("OutboxTab", "next try {when}").format(
            when=_when(row.next_attempt_at)
        )
    return ""


def _colour(row: OutboxRow) -> QColor | None:
    if row.status is OutboxStatus.FAILED:
        return QColor("#b00020")
    if row.status is OutboxStatus.QUEUED and row.attempts:
        return QColor("#8a5a00")
    return None


class OutboxTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("outboxStatusFilter")
        self.status_filter.addItem(self.tr("All"), None)
        for status in OutboxStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        filter_label = QLabel(self.tr("&Status:"))
        filter_label.setBuddy(self.status_filter)
        self.counts = QLabel()
        self.counts.setObjectName("outboxCounts")

        self.model = RowListModel(
            [
                Column(self.tr("Status"), lambda r: status_label(r.status), foreground=_colour),
                Column(self.tr("Recipient"), _recipient),
                Column(self.tr("Subject"), lambda r: r.subject),
                Column(self.tr("Written"), lambda r: _when(r.created_at)),
                Column(self.tr("Sent / next try"), _state),
                Column(self.tr("Attempts"), lambda r: str(r.attempts), align_right=True),
                Column(
                    self.tr("Server's answer"),
                    lambda r: (r.last_error or "").replace("\n", " "),
                    tooltip=lambda r: r.last_error,
                ),
            ],
            self,
        )
        self.table = row_table("outboxTable", self.model, stretch=2)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.open_in_mail_program())

        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retryMessage")
        self.retry_button.clicked.connect(self.retry)
        self.mail_button = QPushButton(self.tr("Open in mail &program"))
        self.mail_button.setObjectName("openInMailProgram")
        self.mail_button.clicked.connect(self.open_in_mail_program)
        self.eml_button = QPushButton(self.tr("S&ave as .eml…"))
        self.eml_button.setObjectName("saveAsEml")
        self.eml_button.clicked.connect(self._choose_eml_path)
        self.send_button = QPushButton(self.tr("Send &now"))
        self.send_button.setObjectName("sendNow")
        self.send_button.setToolTip(self.tr("Sends the waiting messages that are due"))
        self.send_button.clicked.connect(self.send_now)
        self.error = FieldError()
        self.status = QLabel()
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.status_filter)
        top.addWidget(self.counts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.mail_button)
        buttons.addWidget(self.eml_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self._update_buttons()

    def reload(self) -> None:
        status, actor = self.status_filter.currentData(), self.context.actor
        selected = self.selected()
        with self.context.db.session() as session:
            rows = list_outbox(session, actor=actor, status=status)
            counts = outbox_counts(session)
        self.model.set_rows(rows)
        self.counts.setText(
            self.tr("{queued} waiting, {sent} sent, {failed} failed").format(
                queued=counts[OutboxStatus.QUEUED] + counts[OutboxStatus.SENDING],
                sent=counts[OutboxStatus.SENT],
                failed=counts[OutboxStatus.FAILED],
            )
        )
        if selected is not None:
            for i, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(i)
                    break
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> OutboxRow | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not index.isValid():
            return None
        return self.model.row_at(index.row())

    def _update_buttons(self) -> None:
        row = self.selected()
        self.retry_button.setEnabled(
            row is not None and row.status in (OutboxStatus.FAILED, OutboxStatus.QUEUED)
        )
        self.mail_button.setEnabled(row is not None)
        self.eml_button.setEnabled(row is not None)

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.status.clear()
        self.error.show_error(text)
        return True

    def retry(self):
        row = self.selected()
        if row is None:
            return None
        self.error.clear_error()
        actor = self.context.actor
        return self.context.ops.run(
            lambda s: retry_message(s, row.id, actor=actor),
            label=self.tr("Putting the message back in the queue…"),
            parent=self,
            on_done=lambda _r: self._retried(),
            on_error=self._fail,
        )

    def _retried(self) -> None:
        self.status.setText(self.tr("The message will be sent with the next ones."))
        self.reload()

    def send_now(self):
        self.error.clear_error()
        actor = self.context.actor
        return self.context.ops.run(
            lambda s: send_due_messages(s, actor=actor),
            label=self.tr("Sending the waiting messages…"),
            parent=self,
            on_done=self._sent,
            on_error=self._fail,
        )

    def _sent(self, report: SendReport) -> None:
        text = self.tr("{sent} sent, {failed} failed, {waiting} waiting.").format(
            sent=report.sent, failed=report.failed, waiting=report.waiting
        )
        if report.stopped_early:
            text += " " + self.tr("The server could not be reached: {answer}").format(
                answer=report.stopped_early
            )
        self.status.setText(text)
        self.reload()

    def open_in_mail_program(self) -> str | None:
        row = self.selected()
        if row is None:
            return None
        with self.context.db.session() as session:
            url = message_mailto(session, row.id, actor=self.context.actor)
        QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.TolerantMode))
        if row.attachment_count:
            self.status.setText(
                self.tr(
                    "A mail program cannot receive attachments this way: save the message as"
                    " .eml to keep them."
                )
            )
        return url

    def _choose_eml_path(self) -> None:
        row = self.selected()
        if row is None:
            return
        settings = self.context.settings
        suggested = str(Path(start_path(settings, FileKind.EXPORTS)) / f"message-{row.id}.eml")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the message"), suggested, self.tr("E-mail messages (*.eml)")
        )
        remember_folder(settings, FileKind.EXPORTS, path)
        if path:
            self.save_eml(Path(path))

    def save_eml(self, path: Path) -> None:
        row = self.selected()
        if row is None:
            return
        with self.context.db.session() as session:
            content = message_eml(session, row.id, actor=self.context.actor)
        try:
            path.write_bytes(content)
        except OSError as exc:
            self.error.show_error(
                self.tr("Could not write {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            )
            return
        self.status.setText(self.tr("Saved: {path}").format(path=path))
