"""Import entrepreneurs from a CSV or XLSX file: preview, column mapping, dry run, import.

The file is read in the background; the dialog shows what was detected (format, encoding,
delimiter, header row), the first rows, and one combo per column of the file saying which field
it fills (guessed from the header, editable). "Dry run" checks every row and lists every
problem; "Import" checks again and adds everyone in one transaction, or nobody.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.entrepreneurs.import_headers import field_label
from incubator_app.services.entrepreneurs.import_value_step import (
    ValuesStep,
    default_values,
    values_step,
)
from incubator_app.services.entrepreneurs.importing import (
    IMPORT_FIELDS,
    ImportRejected,
    ImportReport,
    check_import,
    guess_mapping,
    import_entrepreneurs,
    read_import_file,
)
from incubator_app.services.tabular_files import TabularData
from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.import_models import (
    PreviewModel,
    ProblemsModel,
    cell_text,
)
from incubator_app.ui.entrepreneurs.import_values_page import ValuesPage
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.messages import tr_msg


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: TabularData | None = None
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.combos: list[QComboBox] = []
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import entrepreneurs"))
        self.resize(1100, 720)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose a CSV or XLSX file…"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.settings_label = QLabel()
        self.settings_label.setObjectName("detectedSettings")
        self.settings_label.setWordWrap(True)

        self.mapping_grid = QGridLayout()
        self.mapping_grid.setColumnStretch(1, 1)
        mapping_widget = QWidget()
        mapping_widget.setLayout(self.mapping_grid)
        self.mapping_scroll = mapping_scroll = QScrollArea()
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(mapping_widget)
        mapping_box = QGroupBox(self.tr("Column mapping"))
        QVBoxLayout(mapping_box).addWidget(mapping_scroll)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setDefaultSectionSize(140)
        preview_box = QGroupBox(self.tr("Preview (first rows)"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(mapping_box)
        top.addWidget(preview_box)
        top.setStretchFactor(0, 0)
        top.setStretchFactor(1, 1)
        top.setSizes([380, 700])

        self.values_page = ValuesPage()
        self.values_page.changed.connect(self._values_changed)
        self.step_label = QLabel()
        self.step_label.setObjectName("importStep")
        step_font = self.step_label.font()
        step_font.setBold(True)
        self.step_label.setFont(step_font)
        self.stack = QStackedWidget()
        self.stack.addWidget(top)
        self.stack.addWidget(self.values_page)
        self.step: ValuesStep | None = None

        self.problems_model = ProblemsModel(self)
        self.problems = QTableView()
        self.problems.setObjectName("importProblems")
        self.problems.setModel(self.problems_model)
        self.problems.verticalHeader().hide()
        self.problems.verticalHeader().setDefaultSectionSize(24)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        # Two lines always fit: a squeezed splitter must not cut the verdict of the check.
        self.summary_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        problems_box = QGroupBox(self.tr("Check"))
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.summary_label)
        problems_layout.addWidget(self.problems)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(problems_box)
        splitter.setSizes([420, 220])

        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(
            self.tr("&Back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.values_button = self.buttons.addButton(
            self.tr("&Values…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_button.clicked.connect(lambda: self.show_page(0))
        self.values_button.clicked.connect(self.show_values)
        for button in (self.back_button, self.values_button):
            button.setAutoDefault(False)
        self.dry_run_button = self.buttons.addButton(
            self.tr("&Dry run"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.dry_run_button.clicked.connect(self.dry_run)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self.import_button.setAutoDefault(False)
        self.dry_run_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.settings_label)
        layout.addWidget(self.step_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._set_actions_enabled(False)
        self.show_page(0)
        self.summary_label.setText(self.tr("Choose a file to see what it holds."))

    # File ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        settings = self.context.settings
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import entrepreneurs"),
            start_path(settings, FileKind.IMPORTS),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        remember_folder(settings, FileKind.IMPORTS, path)
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path):
        """Reads the file in the background, then shows the preview and the guessed mapping."""
        path = Path(path)
        self.file_edit.setText(str(path))
        self._set_actions_enabled(False)
        self.summary_label.setText(self.tr("Reading the file…"))
        return self.context.ops.run(
            lambda: read_import_file(path),
            label=self.tr("Reading %1…").replace("%1", path.name),
            parent=self,
            session=False,
            on_done=lambda table: self._show_table(path, table),
            on_error=self._on_read_error,
        )

    def _on_read_error(self, exc: BaseException) -> bool:
        self.table = None
        self._forget_values()
        self.preview_model.set_table(None)
        self._build_mapping([])
        self.settings_label.setText("")
        self.summary_label.setText(self.tr("This file cannot be imported."))
        return False  # the standard error box says why

    def _show_table(self, path: Path, table: TabularData) -> None:
        self.path, self.table = path, table
        self._forget_values()
        self.preview_model.set_table(table)
        self._build_mapping(guess_mapping(table.header))
        self.settings_label.setText(self._settings_text(table))
        self._set_report(None)
        self.summary_label.setText(
            self.tr("%1 row(s) to import. Check the mapping, then run a dry run.").replace(
                "%1", str(len(table.rows))
            )
        )
        self._set_actions_enabled(True)

    def _settings_text(self, table: TabularData) -> str:
        s = table.settings
        delimiters = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}
        encodings = {
            "utf-8": "UTF-8",
            "utf-8-sig": self.tr("UTF-8 with BOM"),
            "utf-16": "UTF-16",
            "cp1252": "Windows-1252",
        }
        if s.file_format == "xlsx":
            parts = [self.tr("Excel workbook (XLSX), sheet “%1”").replace("%1", s.sheet or "")]
        else:
            parts = [
                self.tr("CSV"),
                self.tr("encoding %1").replace(
                    "%1", encodings.get(s.encoding or "", s.encoding or "")
                ),
                self.tr("delimiter: %1").replace(
                    "%1", delimiters.get(s.delimiter or "", s.delimiter or "")
                ),
            ]
        parts.append(self.tr("header on row %1").replace("%1", str(s.header_row)))
        parts.append(self.tr("%1 row(s)").replace("%1", str(len(table.rows))))
        return self.tr("Detected: %1").replace("%1", " · ".join(parts))

    # Mapping ---------------------------------------------------------------------------------
    def _build_mapping(self, mapping) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        if self.table is None:
            return
        first_row = self.table.rows[0] if self.table.rows else ()
        for column, (header, field) in enumerate(zip(self.table.header, mapping, strict=True)):
            label = QLabel(header)
            sample = cell_text(first_row[column]) if column < len(first_row) else ""
            label.setToolTip(self.tr("First value: %1").replace("%1", sample))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column}")
            combo.addItem(self.tr("(ignore)"), None)
            for key in IMPORT_FIELDS:
                combo.addItem(tr_msg(field_label(key)), key)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, column, 0)
            self.mapping_grid.addWidget(combo, column, 1)
            self.combos.append(combo)
        self.mapping_grid.setRowStretch(len(self.combos), 1)
        # Once the new rows are shown (hidden widgets have no size in a layout).
        QTimer.singleShot(0, self._fit_mapping_width)

    def _fit_mapping_width(self) -> None:
        """Wide enough for the longest header and its combo: no sideways scrolling."""
        scroll = self.mapping_scroll
        inner = scroll.widget().sizeHint().width()
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner + bar + 2 * scroll.frameWidth())

    def mapping(self) -> tuple[str | None, ...]:
        return tuple(combo.currentData() for combo in self.combos)

    def _mapping_changed(self) -> None:
        self._forget_values()
        if self.report is not None:
            self._set_report(None)
            self.summary_label.setText(self.tr("The mapping changed: run the dry run again."))

    # Dry run and import ----------------------------------------------------------------------
    def dry_run(self):
        if self.table is None:
            return None
        table, mapping, actor = self.table, self.mapping(), self.context.actor
        need_step = self.step is None
        values = self.values_page.value_map()
        self._set_actions_enabled(False)

        def check(session, progress):
            step = values_step(session, table, mapping, actor=actor) if need_step else None
            chosen = default_values(step.unknown) if step is not None else values
            report = check_import(
                session, table, mapping, actor=actor, values=chosen, progress=progress
            )
            return step, report

        def done(result: tuple[ValuesStep | None, ImportReport]) -> None:
            step, report = result
            if step is not None:
                self._show_step(step, show=bool(step.unknown))
            self._show_dry_run(report)
            if undecided := len(self.values_page.undecided()):
                text = self.tr("%1 value(s) still to choose on the values page.")
                self.summary_label.setText(
                    self.summary_label.text() + " " + text.replace("%1", str(undecided))
                )

        return self.context.ops.run(
            check,
            label=self.tr("Checking every row…"),
            parent=self,
            on_done=done,
            on_error=self._on_check_error,
        )

    def _on_check_error(self, _exc: BaseException) -> bool:
        self._set_actions_enabled(True)
        return False  # the standard error box says why

    def _show_dry_run(self, report: ImportReport) -> None:
        self._set_actions_enabled(True)
        self._set_report(report)
        rows_with_problems = len({p.row for p in report.problems})
        if report.problems:
            text = self.tr(
                "%1 problem(s) in %2 row(s): nothing can be imported until they are fixed in the "
                "file or the mapping."
            )
            text = text.replace("%1", str(len(report.problems))).replace(
                "%2", str(rows_with_problems)
            )
        else:
            text = self.tr("All %1 row(s) can be imported.").replace("%1", str(report.rows))
        if report.warnings:
            text += " " + self.tr("%1 possible duplicate(s) to look at.").replace(
                "%1", str(len(report.warnings))
            )
        self.summary_label.setText(text)

    def run_import(self):
        if self.table is None:
            return None
        table, mapping, actor = self.table, self.mapping(), self.context.actor
        need_step = self.step is None
        values = self.values_page.value_map()
        name = self.path.name if self.path else ""
        self._set_actions_enabled(False)

        def do_import(session, progress):
            if need_step:
                # Values no list knows are shown before anything is written.
                step = values_step(session, table, mapping, actor=actor)
                if step.unknown:
                    return step
            return import_entrepreneurs(
                session,
                table,
                mapping,
                actor=actor,
                source_name=name,
                values=values,
                progress=progress,
            )

        return self.context.ops.run(
            do_import,
            label=self.tr("Importing…"),
            parent=self,
            on_done=self._show_imported,
            on_error=self._on_import_error,
            changes={ENTREPRENEUR},
        )

    def _on_import_error(self, exc: BaseException) -> bool:
        self._set_actions_enabled(True)
        if isinstance(exc, ImportRejected):
            self._show_dry_run(exc.report)
            self.summary_label.setText(
                self.tr("Nothing was imported.") + " " + self.summary_label.text()
            )
            return True
        return False

    def _show_imported(self, report: ImportReport | ValuesStep) -> None:
        if isinstance(report, ValuesStep):
            self._show_step(report)
            self._set_actions_enabled(True)
            return
        self._set_report(report)
        text = self.tr("%1 entrepreneur(s) imported.").replace("%1", str(report.created))
        if report.warnings:
            text += " " + self.tr("%1 possible duplicate(s) to look at.").replace(
                "%1", str(len(report.warnings))
            )
        self.summary_label.setText(text)
        self.result_box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import done"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.result_box.setObjectName("importReportBox")
        self.result_box.setWindowModality(Qt.WindowModality.WindowModal)
        self.result_box.finished.connect(lambda _r: self.accept())
        self.result_box.open()

    def _set_report(self, report: ImportReport | None) -> None:
        self.report = report
        self.problems_model.set_report(report)

    def _set_actions_enabled(self, enabled: bool) -> None:
        has_table = self.table is not None
        self.dry_run_button.setEnabled(enabled and has_table)
        self.import_button.setEnabled(enabled and has_table)
        self.values_button.setEnabled(enabled and has_table)
        self.back_button.setEnabled(enabled)

    # Values ----------------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.back_button.setVisible(page == 1)
        self.values_button.setVisible(page == 0)
        self.step_label.setText(
            self.tr("Step 1 of 2: which field each column fills")
            if page == 0
            else self.tr("Step 2 of 2: what the values no list knows become")
        )

    def show_values(self):
        """Collects the values no list knows (in the background) and shows them."""
        if self.table is None:
            return None
        if self.step is not None:
            self.show_page(1)
            return None
        table, mapping, actor = self.table, self.mapping(), self.context.actor
        self._set_actions_enabled(False)
        return self.context.ops.run(
            lambda session: values_step(session, table, mapping, actor=actor),
            label=self.tr("Looking at the values…"),
            parent=self,
            on_done=self._show_step,
            on_error=self._on_check_error,
        )

    def _show_step(self, step: ValuesStep, *, show: bool = True) -> None:
        """Keeps the values step of this file and mapping; shows its page if asked."""
        self.step = step
        self.values_page.set_step(step)
        self._set_actions_enabled(True)
        if not show:
            return
        self.show_page(1)
        self._set_report(None)
        self._values_changed()
        if self.values_page.combos:
            self.values_page.combos[0].setFocus()

    def _values_changed(self) -> None:
        if self.report is not None:
            self._set_report(None)
        undecided = len(self.values_page.undecided())
        if undecided:
            text = self.tr("%1 value(s) still to choose; the rows holding them cannot be imported.")
            self.summary_label.setText(text.replace("%1", str(undecided)))
        elif self.step is not None:
            self.summary_label.setText(self.tr("Every value has a choice: run the dry run."))

    def _forget_values(self) -> None:
        self.step = None
        self.values_page.set_step(None)
        if self.stack.currentIndex() != 0:
            self.show_page(0)


def open_import_dialog(parent: QWidget | None, context: AppContext) -> ImportDialog:
    """Opens the import dialog (non-blocking); the list reloads itself after an import."""
    dialog = ImportDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
