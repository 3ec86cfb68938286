"""Importing registrations from a CSV/XLSX export of an online form, with a preview first: the
file's rows as read (name, e-mail, places) and what the import would do, computed by the import
itself run and rolled back (services/events/importing.py `dry_run`), so the preview is exactly
what **Import** then writes. A file with a problem says which row and why; nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.events.importing import (
    ImportResult,
    import_registrations,
    read_registrations_file,
)
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column


class ImportRegistrationsDialog(QDialog):
    def __init__(
        self, context: AppContext, event_id: int, path: str | Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.path = Path(path)
        self.result: ImportResult | None = None
        self.preview: ImportResult | None = None
        self.setWindowTitle(self.tr("Import registrations"))
        self.file_label = QLabel(self.tr("File: %1").replace("%1", self.path.name))
        self.rows = RowListModel(
            [
                Column(self.tr("Row"), lambda r: str(r.number)),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("E-mail"), lambda r: r.email),
                Column(self.tr("Places"), lambda r: str(r.places)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("importPreviewTable")
        self.table.setModel(self.rows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self.tr("Reading the file…"))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._preview()

    def _preview(self) -> None:
        actor, event_id, path = self.context.actor, self.event_id, self.path

        def job(session):
            rows = read_registrations_file(path)
            return rows, import_registrations(session, event_id, path, dry_run=True, actor=actor)

        self.context.ops.run(job, parent=self, on_done=self._previewed, on_error=self._failed)

    def _counts(self, r: ImportResult) -> str:
        return (
            self.tr(
                "%1 row(s): %2 registered, %3 on the waiting list, %4 already registered; "
                "%5 new contact(s)."
            )
            .replace("%1", str(r.rows))
            .replace("%2", str(r.registered))
            .replace("%3", str(r.waitlisted))
            .replace("%4", str(r.already))
            .replace("%5", str(r.contacts_added))
        )

    def _previewed(self, found) -> None:
        rows, preview = found
        self.preview = preview
        self.rows.set_rows(list(rows))
        self.summary.setText(
            self.tr("The import would give: %1").replace("%1", self._counts(preview))
        )
        self.import_button.setEnabled(preview.rows > 0)

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False  # not the file's fault: ops shows it
        self.summary.setText(self.tr("This file cannot be imported: %1").replace("%1", text))
        self.import_button.setEnabled(False)
        return True

    def run_import(self) -> None:
        actor, event_id, path = self.context.actor, self.event_id, self.path
        self.import_button.setEnabled(False)
        self.context.ops.run(
            lambda s: import_registrations(s, event_id, path, actor=actor),
            parent=self,
            on_done=self._imported,
            on_error=self._failed,
            changes=(EVENT,),
        )

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.summary.setText(self.tr("Imported: %1").replace("%1", self._counts(result)))
        self.accept()
