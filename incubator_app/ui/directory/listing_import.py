"""Importing a listing of actors from the Directory page, built like the entrepreneur import:
the file read in the background with what was detected, a preview of its first rows, one combo
per column saying which field it fills (guessed from the headers), a values step (what the
types and disciplines of the file become), a dry run, the import (services/directory/listings),
then the crossing with the directory: the counts the thresholds give are shown before anything
is merged (services/directory/runs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.services.directory import listings as listing_service
from incubator_app.services.directory import runs as run_service
from incubator_app.services.directory.linkage import AUTO_ABOVE, REVIEW_ABOVE
from incubator_app.services.tabular_files import TabularData, read_table
from incubator_app.ui.context import AppContext
from incubator_app.ui.directory.review_dialog import DIRECTORY
from incubator_app.ui.entrepreneurs.import_models import PreviewModel, cell_text
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path

#: Fields whose values the values step lets the person rename (the others are cleaned).
VALUE_FIELDS = ("kind", "disciplines")
MAX_VALUES = 300


_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ListingImport", "Name"),
    "kind": QT_TRANSLATE_NOOP("ListingImport", "Type"),
    "disciplines": QT_TRANSLATE_NOOP("ListingImport", "Discipline"),
    "insee": QT_TRANSLATE_NOOP("ListingImport", "INSEE code"),
    "commune": QT_TRANSLATE_NOOP("ListingImport", "Commune"),
    "postal_code": QT_TRANSLATE_NOOP("ListingImport", "Postal code"),
    "departement": QT_TRANSLATE_NOOP("ListingImport", "Département"),
    "epci": QT_TRANSLATE_NOOP("ListingImport", "EPCI"),
    "address": QT_TRANSLATE_NOOP("ListingImport", "Address"),
    "website": QT_TRANSLATE_NOOP("ListingImport", "Web site"),
    "email": QT_TRANSLATE_NOOP("ListingImport", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ListingImport", "Phone"),
    "siret": QT_TRANSLATE_NOOP("ListingImport", "SIRET"),
    "siren": QT_TRANSLATE_NOOP("ListingImport", "SIREN"),
    "rna": QT_TRANSLATE_NOOP("ListingImport", "RNA number"),
    "museofile": QT_TRANSLATE_NOOP("ListingImport", "Muséofile id"),
    "deps": QT_TRANSLATE_NOOP("ListingImport", "DEPS id"),
    "registry_id": QT_TRANSLATE_NOOP("ListingImport", "Other registry id"),
    "creation_year": QT_TRANSLATE_NOOP("ListingImport", "Creation year"),
    "geocode": QT_TRANSLATE_NOOP("ListingImport", "Coordinates (one cell)"),
    "latitude": QT_TRANSLATE_NOOP("ListingImport", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("ListingImport", "Longitude"),
    "description": QT_TRANSLATE_NOOP("ListingImport", "Description"),
}


def listing_field_names() -> dict[str, str]:
    return {k: QCoreApplication.translate(*v) for k, v in _FIELD_NAMES.items()}


class ListingImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listingImport")
        self.setWindowTitle(self.tr("Import a listing of actors"))
        self.context = context
        self.table: TabularData | None = None
        self.path: Path | None = None
        self.combos: list[QComboBox] = []
        self.checked = False
        self.imported = False
        self._asked: tuple[float, float] | None = None
        self.crossed: run_service.LinkSummary | None = None
        self.resize(1100, 700)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose a CSV or XLSX file…"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Ministère de la Culture – festivals"))
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(self.tr("festival, museum…"))
        self.duplicates = QCheckBox(self.tr("This listing has its own du&plicates"))
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(self.source)
        kind_label = QLabel(self.tr("T&ype of every row:"))
        kind_label.setBuddy(self.kind)
        top = QGridLayout()
        top.addWidget(file_label, 0, 0)
        top.addWidget(self.file_edit, 0, 1, 1, 3)
        top.addWidget(self.choose_button, 0, 4)
        top.addWidget(source_label, 1, 0)
        top.addWidget(self.source, 1, 1)
        top.addWidget(kind_label, 1, 2)
        top.addWidget(self.kind, 1, 3)
        top.addWidget(self.duplicates, 1, 4)
        top.setColumnStretch(1, 2)
        top.setColumnStretch(3, 1)
        self.settings_label = QLabel()
        self.settings_label.setWordWrap(True)
        self.step_label = QLabel()
        bold = self.step_label.font()
        bold.setBold(True)
        self.step_label.setFont(bold)

        # Step 1: mapping and preview.
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setColumnStretch(1, 1)
        inner = QWidget()
        inner.setLayout(self.mapping_grid)
        self.mapping_scroll = QScrollArea()
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setWidget(inner)
        mapping_box = QGroupBox(self.tr("Column mapping"))
        QVBoxLayout(mapping_box).addWidget(self.mapping_scroll)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setDefaultSectionSize(140)
        preview_box = QGroupBox(self.tr("Preview (first rows)"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        mapping_page = QSplitter(Qt.Orientation.Horizontal)
        mapping_page.addWidget(mapping_box)
        mapping_page.addWidget(preview_box)
        mapping_page.setSizes([380, 700])

        # Step 2: values.
        self.values = QTableWidget(0, 3)
        self.values.setObjectName("listingValues")
        self.values.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the file"), self.tr("Becomes")]
        )
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().hide()

        # Step 3: crossing.
        self.auto_above = QDoubleSpinBox()
        self.review_above = QDoubleSpinBox()
        for box, value in ((self.auto_above, AUTO_ABOVE), (self.review_above, REVIEW_ABOVE)):
            box.setRange(-20.0, 40.0)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setValue(value)
            box.setMaximumWidth(120)
            box.valueChanged.connect(self._thresholds_changed)
        self.counts = QLabel()
        self.counts.setObjectName("crossingCounts")
        self.counts.setWordWrap(True)
        self.cross_button = QPushButton(self.tr("C&ross now"))
        self.cross_button.clicked.connect(self.cross)
        crossing = QWidget()
        form = QFormLayout(crossing)
        form.addRow(self.tr("Merge automatically a&bove:"), self.auto_above)
        form.addRow(self.tr("Send to &review above:"), self.review_above)
        form.addRow(self.counts)
        cross_row = QHBoxLayout()
        cross_row.addWidget(self.cross_button)
        cross_row.addStretch(1)
        form.addRow(cross_row)
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(300)
        self.count_timer.timeout.connect(self.preview_counts)

        self.stack = QStackedWidget()
        for page in (mapping_page, self.values, crossing):
            self.stack.addWidget(page)
        self.summary = QLabel(self.tr("Choose a file to see what it holds."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.back_button = self.buttons.addButton(self.tr("&Back"), role)
        self.values_button = self.buttons.addButton(self.tr("&Values…"), role)
        self.dry_run_button = self.buttons.addButton(self.tr("&Dry run"), role)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.back_button.clicked.connect(lambda: self.show_page(0))
        self.values_button.clicked.connect(lambda: self.show_page(1))
        self.dry_run_button.clicked.connect(lambda: self.run_import(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run_import(dry_run=False))
        close.clicked.connect(self.reject)
        for button in (self.back_button, self.values_button, self.import_button):
            button.setAutoDefault(False)
        self.dry_run_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.settings_label)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.show_page(0)
        self._enable()

    # File ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        settings = self.context.settings
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            start_path(settings, FileKind.IMPORTS),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        remember_folder(settings, FileKind.IMPORTS, path)
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path):
        path = Path(path)
        self.file_edit.setText(str(path))
        self.summary.setText(self.tr("Reading the file…"))
        self.table = None
        self._enable()
        return self.context.ops.run(
            lambda: read_table(path),
            parent=self,
            session=False,
            on_done=lambda table: self._show_table(path, table),
            on_error=self._read_failed,
        )

    def _read_failed(self, _exc: BaseException) -> bool:
        self.preview_model.set_table(None)
        self._build_mapping({})
        self.summary.setText(self.tr("This file cannot be imported."))
        return False  # the standard box says why

    def _show_table(self, path: Path, table: TabularData) -> None:
        self.path, self.table = path, table
        if not self.source.text().strip():
            self.source.setText(path.stem)
        self.preview_model.set_table(table)
        header = tuple(str(h) for h in table.header)
        self._build_mapping(listing_service.guess_mapping(header))
        s = table.settings
        detected = [s.file_format.upper(), s.encoding or "", repr(s.delimiter or "")]
        self.settings_label.setText(
            self.tr("Detected: %1 · header on row %2 · %3 row(s)")
            .replace("%1", " ".join(p for p in detected if p and p != "''"))
            .replace("%2", str(s.header_row))
            .replace("%3", str(len(table.rows)))
        )
        self.summary.setText(self.tr("Check the mapping, then run a dry run."))
        self.checked = False
        self._enable()

    def _build_mapping(self, mapping: dict[str, str]) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        if self.table is None:
            return
        names = listing_field_names()
        first = self.table.rows[0] if self.table.rows else ()
        for column, header in enumerate(self.table.header):
            label = QLabel(str(header))
            sample = cell_text(first[column]) if column < len(first) else ""
            label.setToolTip(self.tr("First value: %1").replace("%1", sample))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column}")
            combo.addItem(self.tr("(ignore)"), None)
            for key in listing_service.FIELDS:
                combo.addItem(names.get(key, key), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(str(header)))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, column, 0)
            self.mapping_grid.addWidget(combo, column, 1)
            self.combos.append(combo)
        self.mapping_grid.setRowStretch(len(self.combos), 1)
        self._fill_values()

    def mapping(self) -> dict[str, str]:
        assert self.table is not None
        return {
            str(header): combo.currentData()
            for header, combo in zip(self.table.header, self.combos, strict=True)
            if combo.currentData()
        }

    def _mapping_changed(self) -> None:
        self.checked = False
        self._fill_values()
        self._enable()
        self.summary.setText(self.tr("The mapping changed: run the dry run again."))

    # Values --------------------------------------------------------------------------------

    def _fill_values(self) -> None:
        self.values.setRowCount(0)
        if self.table is None:
            return
        names = listing_field_names()
        columns = {h: f for h, f in self.mapping().items() if f in VALUE_FIELDS}
        found: dict[tuple[str, str], None] = {}
        index = {str(h): i for i, h in enumerate(self.table.header)}
        for header, fld in columns.items():
            for row in self.table.rows:
                text = listing_service._text(row[index[header]])
                if text is not None and len(found) < MAX_VALUES:
                    found[(fld, text)] = None
        for fld, text in sorted(found):
            row = self.values.rowCount()
            self.values.insertRow(row)
            for column, value in enumerate((names[fld], text, text)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, fld)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.values.setItem(row, column, item)

    def value_map(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for row in range(self.values.rowCount()):
            fld = self.values.item(row, 0).data(Qt.ItemDataRole.UserRole)
            text, becomes = self.values.item(row, 1).text(), self.values.item(row, 2).text()
            if becomes.strip() != text:
                out.setdefault(fld, {})[text] = becomes.strip() or None
        return out

    # Dry run, import -----------------------------------------------------------------------

    def run_import(self, *, dry_run: bool):
        if self.table is None or self.path is None:
            return None
        source = self.source.text().strip()
        if not source:
            self.summary.setText(self.tr("Say where the listing comes from (its source)."))
            self.source.setFocus()
            return None
        path, actor, mapping = self.path, self.context.actor, self.mapping()
        values = self.value_map()
        kind = self.kind.text().strip() or None
        duplicates = self.duplicates.isChecked()

        def job(session):
            return listing_service.import_listing(
                session,
                path,
                source=source,
                mapping=mapping,
                values_map=values,
                has_duplicates=duplicates,
                kind=kind,
                dry_run=dry_run,
                actor=actor,
            )

        self._enable(busy=True)
        return self.context.ops.run(
            job,
            label=self.tr("Importing…"),
            parent=self,
            on_done=self._imported,
            on_error=self._import_failed,
            changes=() if dry_run else (DIRECTORY,),
        )

    def _import_failed(self, exc: BaseException) -> bool:
        self._enable()
        if isinstance(exc, listing_service.ListingError):
            self.summary.setText(self.tr("Nothing was imported.") + " " + str(exc))
            return True
        return False

    def _imported(self, result: listing_service.ListingImport) -> None:
        unknown = ""
        if result.unresolved_communes:
            unknown = " " + self.tr("Communes not found: %1.").replace(
                "%1", ", ".join(result.unresolved_communes[:5])
            )
        if result.dry_run:
            self.checked = True
            self.summary.setText(
                self.tr("%1 row(s) can be imported.").replace("%1", str(result.rows)) + unknown
            )
            self._enable()
            return
        self.imported = True
        self.summary.setText(
            self.tr("%1 row(s) imported: now cross them with the directory.").replace(
                "%1", str(result.rows)
            )
            + unknown
        )
        self.show_page(2)
        self._enable()
        self.preview_counts()

    # Crossing ------------------------------------------------------------------------------

    def thresholds(self) -> tuple[float, float]:
        return self.auto_above.value(), self.review_above.value()

    def _thresholds_changed(self) -> None:
        # The counts shown belong to the old thresholds: no crossing until they are counted.
        self.cross_button.setEnabled(False)
        self.counts.setText(self.tr("Counting the pairs…"))
        self.count_timer.start()

    def preview_counts(self):
        auto, review = self.thresholds()
        if review > auto:
            self.counts.setText(
                self.tr("The review threshold must not be above the automatic one.")
            )
            self.cross_button.setEnabled(False)
            return None
        actor = self.context.actor
        self._asked = (auto, review)
        self.counts.setText(self.tr("Counting the pairs…"))
        self.cross_button.setEnabled(False)
        return self.context.ops.run(
            lambda s: run_service.preview_link(
                s, auto_above=auto, review_above=review, actor=actor
            ),
            label=self.tr("Counting the pairs…"),
            parent=self,
            on_done=self._counted,
        )

    def _counted(self, counts: dict[str, int]) -> None:
        if self.thresholds() != self._asked:
            return
        self.counts.setText(
            self.tr("With these thresholds: %1 pair(s) merged, %2 to review, %3 rejected.")
            .replace("%1", str(counts["auto"]))
            .replace("%2", str(counts["review"]))
            .replace("%3", str(counts["reject"]))
        )
        self.cross_button.setEnabled(True)

    def cross(self):
        auto, review = self.thresholds()
        actor = self.context.actor
        self.cross_button.setEnabled(False)
        return self.context.ops.run(
            lambda s: run_service.link_directory(
                s, auto_above=auto, review_above=review, actor=actor
            ),
            label=self.tr("Crossing the listings…"),
            parent=self,
            on_done=self._crossed,
            changes=(DIRECTORY,),
        )

    def _crossed(self, summary: run_service.LinkSummary) -> None:
        self.crossed = summary
        self.counts.setText(
            self.tr("Done: %1 pair(s) merged, %2 waiting for review, %3 rejected.")
            .replace("%1", str(summary.merged))
            .replace("%2", str(summary.review))
            .replace("%3", str(summary.rejected))
            + " "
            + self.tr("%n new record(s) examined.", "", summary.examined)
        )

    # State ---------------------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.step_label.setText(
            (
                self.tr("Step 1 of 3: which field each column fills"),
                self.tr("Step 2 of 3: what the types and disciplines of the file become"),
                self.tr("Step 3 of 3: crossing with the directory"),
            )[page]
        )
        self._enable()

    def _enable(self, *, busy: bool = False) -> None:
        page = self.stack.currentIndex()
        ready = self.table is not None and not busy and not self.imported
        self.dry_run_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.values_button.setVisible(page == 0)
        self.values_button.setEnabled(ready)
        self.back_button.setVisible(page == 1)
        for widget in (self.choose_button, self.source, self.kind, self.duplicates):
            widget.setEnabled(not self.imported and not busy)
