"""Rapports: pick a report and its parameters, generate it in the background, preview it, then
Save as (PDF, or Excel for the funder report), Print, or Open the folder.

`apply_filters(report=…, entrepreneur_id=…, grant_id=…)`: `report` is "entrepreneur",
"funder", "attendance" or "attendance_month".
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from incubator_app.file_modes import replaced_on_success
from incubator_app.reports.funder_report import ReportCancelled
from incubator_app.ui import changes
from incubator_app.ui.context import AppContext
from incubator_app.ui.file_folders import FileKind, remember_folder, start_folder
from incubator_app.ui.flow_layout import FlowLayout
from incubator_app.ui.ops import Cancelled
from incubator_app.ui.pages.base import Page
from incubator_app.ui.reports.jobs import FUNDER, KINDS, ReportRequest, generate
from incubator_app.ui.reports.pdf_preview import PdfPreview
from incubator_app.ui.reports.report_form import ReportForm

#: (default path, file filter) -> chosen path or "" (tests put their own function here).
SavePathAsker = Callable[[QWidget, str, str], str]


def ask_save_path(parent: QWidget, default_path: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportsPage", "Save the report as"),
        default_path,
        file_filter,
    )
    return path


def _job(session, progress, cancel, *, request, path, actor, excel=False):
    try:
        return generate(
            session, request, path, actor=actor, progress=progress,
            cancelled=cancel.is_set, excel=excel,
        )  # fmt: skip
    except ReportCancelled:
        raise Cancelled from None


def _breakable(path: str) -> str:
    """The path with a break opportunity after each separator, so that it wraps."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


class ReportsPage(Page):
    icon_name = "reports"
    watched_kinds = frozenset({changes.ENTREPRENEUR, changes.COACHING_SESSION})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ask_save_path: SavePathAsker = ask_save_path
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._tmp = tempfile.TemporaryDirectory(prefix="incubator-reports-")
        self.request: ReportRequest | None = None
        self.last_saved: Path | None = None
        self.operation = None
        self._loaded = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(10)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.form = ReportForm(context)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = scroll
        splitter.addWidget(scroll)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(12, 0, 0, 0)
        self.preview = PdfPreview()
        # The buttons wrap onto a second line in a narrow window.
        actions = FlowLayout()
        # Its own line under the buttons, two lines high whatever it says: a long "Saved to"
        # path wraps inside it instead of squeezing the buttons or pushing the preview down.
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status.setFixedHeight(2 * self.status.fontMetrics().lineSpacing() + 2)
        self.save_pdf = self._action("savePdf", self.tr("&Save as PDF…"), self.save_as_pdf)
        self.save_xlsx = self._action("saveXlsx", self.tr("Save as E&xcel…"), self.save_as_excel)
        self.print_button = self._action("printReport", self.tr("Pr&int…"), self.print_report)
        self.open_folder = self._action("openFolder", self.tr("Open fo&lder"), self.show_folder)
        for b in (self.save_pdf, self.save_xlsx, self.print_button, self.open_folder):
            actions.addWidget(b)
        right_box.addLayout(actions)
        right_box.addWidget(self.status)
        right_box.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        outer.addWidget(splitter, 1)

        for keys, slot, description in (
            (QKeySequence.StandardKey.Save, self.save_as_pdf, self.tr("Save as PDF")),
            (QKeySequence.StandardKey.Print, self.print_report, self.tr("Print")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            shortcut.setWhatsThis(description)
        self.form.generate_requested.connect(self.generate_preview)
        self.form.kind.currentIndexChanged.connect(self._update_actions)
        self.form.kind.currentIndexChanged.connect(self._fit_form)
        self._update_actions()
        self._fit_form()

    def _fit_form(self, *_args: object) -> None:
        """The form's column is as wide as the form needs (long grant names included)."""
        self.form.adjustSize()
        scroll_bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        self.form_scroll.setMinimumWidth(max(340, self.form.minimumSizeHint().width() + scroll_bar))

    def _action(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- Page -----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.form.load_grants()
        self.form.load_sessions()

    def apply_filters(self, **filters: object) -> None:
        report = filters.get("report")
        if isinstance(report, str) and report in KINDS:
            self.form.set_kind(report)
        grant_id = filters.get("grant_id")
        if isinstance(grant_id, int):
            self.form.set_kind(FUNDER)
            if not self._loaded:
                self.reload()
            self.form.select_grant(grant_id)
        entrepreneur_id = filters.get("entrepreneur_id")
        if isinstance(entrepreneur_id, int):
            self.form.set_kind("entrepreneur")
            self.form.picker.set_entrepreneur(entrepreneur_id)

    # --- generating -----------------------------------------------------------------------------

    def generate_preview(self) -> None:
        request = self.form.request()
        if request is None or self.operation is not None:
            return
        self.form.error.clear_error()
        path = Path(self._tmp.name) / request.file_name("pdf")
        self.form.generate.setEnabled(False)
        self.status.setText(self.tr("Generating…"))
        self.operation = self.context.ops.run(
            partial(_job, request=request, path=path, actor=self.context.actor),
            label=self.tr("Generating the report…"),
            parent=self,
            on_done=partial(self._generated, request),
            on_error=self._failed,
        )
        self.operation.failed.connect(self._finished)

    def _finished(self, *_args: object) -> None:
        self.operation = None
        self.form.generate.setEnabled(True)
        self._update_actions()

    def _generated(self, request: ReportRequest, path: Path) -> None:
        self.operation = None
        self.form.generate.setEnabled(True)
        self.request = request
        if self.preview.load(Path(path)):
            self.status.setText(
                self.tr("{name} — %n page(s)", "", self.preview.page_count).format(
                    name=request.file_name()
                )
            )
            self.preview.view.setFocus()
        else:
            self.status.setText(self.tr("The report could not be opened for preview."))
        self._update_actions()

    def _failed(self, exc: BaseException) -> bool:
        self.status.setText("")
        return False  # the ops layer shows the message

    def _update_actions(self) -> None:
        has_pdf = self.preview.path is not None
        self.save_pdf.setEnabled(has_pdf)
        self.print_button.setEnabled(has_pdf)
        self.open_folder.setEnabled(has_pdf or self.last_saved is not None)
        funder = self.request is not None and self.request.kind == FUNDER
        self.save_xlsx.setVisible(self.form.kind_key == FUNDER)
        self.save_xlsx.setEnabled(has_pdf and funder)

    # --- saving, printing -----------------------------------------------------------------------

    def _default_dir(self) -> Path:
        if self.last_saved is not None:
            return self.last_saved.parent
        return start_folder(self.context.settings, FileKind.REPORTS)

    def _ask(self, extension: str, file_filter: str) -> Path | None:
        if self.request is None:
            return None
        default = self._default_dir() / self.request.file_name(extension)
        chosen = self.ask_save_path(self, str(default), file_filter)
        if not chosen:
            return None
        remember_folder(self.context.settings, FileKind.REPORTS, chosen)
        path = Path(chosen)
        if path.suffix.lower() != f".{extension}":
            path = path.with_name(path.name + f".{extension}")
        return path

    def save_as_pdf(self) -> None:
        if self.preview.path is None:
            return
        target = self._ask("pdf", self.tr("PDF documents (*.pdf)"))
        if target is None:
            return
        _copy_atomically(self.preview.path, target)
        self._saved(target)

    def save_as_excel(self) -> None:
        if self.request is None or self.request.kind != FUNDER:
            return
        target = self._ask("xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if target is None:
            return
        self.context.ops.run(
            partial(_job, request=self.request, path=target, actor=self.context.actor, excel=True),
            label=self.tr("Writing the workbook…"),
            parent=self,
            on_done=self._saved,
        )

    def _saved(self, path: Path) -> None:
        self.last_saved = Path(path)
        self.status.setText(self.tr("Saved to {path}").format(path=_breakable(str(path))))
        self.status.setToolTip(str(path))
        self._update_actions()

    def print_report(self) -> None:
        if self.preview.path is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.request.file_name() if self.request else "report")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            pages = self.preview.print_to(printer)
            self.status.setText(self.tr("%n page(s) sent to the printer.", "", pages))

    def show_folder(self) -> None:
        folder = self.last_saved.parent if self.last_saved else Path(self._tmp.name)
        self.open_url(QUrl.fromLocalFile(str(folder)))


def _copy_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(target) as tmp:
        shutil.copyfile(source, tmp)
