"""A participant's evaluation typed in (satisfaction 1 to 5 and a comment; keyboard first: type
the digit, Tab, the comment, Ctrl+Enter), and the import of evaluations from a CSV/XLSX export of
an online form with a preview first: each row as read and who it matches, the rows that match
nobody named (they are not imported), counts computed by the import itself run and rolled back
(services/events/evaluations.py `dry_run`), so the preview is exactly what **Import** writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.events.evaluations import (
    EvaluationImport,
    import_evaluations,
    record_evaluation,
    remove_evaluation,
)
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column


class EvaluationDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        registration_id: int,
        person: str,
        satisfaction: int | None,
        comment: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.registration_id = registration_id
        self.setWindowTitle(self.tr("Evaluation"))
        self.setObjectName("evaluationDialog")
        self.satisfaction = QSpinBox()
        self.satisfaction.setObjectName("satisfactionSpin")
        self.satisfaction.setRange(1, 5)
        self.satisfaction.setSuffix(self.tr(" / 5"))
        self.satisfaction.setValue(satisfaction or 5)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("evaluationComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlainText(comment or "")
        self.error = QLabel()
        self.error.setObjectName("evaluationError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Participant:")), QLabel(person))
        satisfaction_label = QLabel(self.tr("Sa&tisfaction (1 to 5):"))
        satisfaction_label.setBuddy(self.satisfaction)
        form.addRow(satisfaction_label, self.satisfaction)
        comment_label = QLabel(self.tr("Co&mment:"))
        comment_label.setBuddy(self.comment)
        form.addRow(comment_label, self.comment)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove the evaluation"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setObjectName("removeEvaluationButton")
        self.remove_button.setVisible(satisfaction is not None)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self.satisfaction.setFocus()
        self.satisfaction.selectAll()

    def _run(self, job) -> None:
        self.context.ops.run(
            job,
            parent=self,
            on_done=lambda _r: self.accept(),
            on_error=self._failed,
            changes={EVENT},
        )

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.setText(text)
        self.error.show()
        return True

    def save(self) -> None:
        actor, reg = self.context.actor, self.registration_id
        score, comment = self.satisfaction.value(), self.comment.toPlainText()
        self._run(lambda s: record_evaluation(s, reg, score, comment, actor=actor))

    def remove(self) -> None:
        actor, reg = self.context.actor, self.registration_id
        self._run(lambda s: remove_evaluation(s, reg, actor=actor))


class ImportEvaluationsDialog(QDialog):
    def __init__(
        self, context: AppContext, event_id: int, path: str | Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.path = Path(path)
        self.result: EvaluationImport | None = None
        self.preview: EvaluationImport | None = None
        self.setWindowTitle(self.tr("Import evaluations"))
        self.file_label = QLabel(self.tr("File: %1").replace("%1", self.path.name))
        self.rows = RowListModel(
            [
                Column(self.tr("Row"), lambda r: str(r[0].number)),
                Column(self.tr("Matched to"), lambda r: r[1] or self.tr("nobody: not imported")),
                Column(self.tr("Name"), lambda r: r[0].name or ""),
                Column(self.tr("E-mail"), lambda r: r[0].email or ""),
                Column(self.tr("Satisfaction"), lambda r: f"{r[0].satisfaction}/5"),
                Column(self.tr("Comment"), lambda r: (r[0].comment or "").replace("\n", " ")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("evaluationPreviewTable")
        self.table.setModel(self.rows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self.tr("Reading the file…"))
        self.summary.setObjectName("evaluationImportSummary")
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
        self.resize(760, 440)
        self._preview()

    def _preview(self) -> None:
        actor, event_id, path = self.context.actor, self.event_id, self.path
        self.context.ops.run(
            lambda s: import_evaluations(s, event_id, path, dry_run=True, actor=actor),
            parent=self,
            on_done=self._previewed,
            on_error=self._failed,
        )

    def _counts(self, r: EvaluationImport) -> str:
        text = (
            self.tr("%1 answer(s): %2 new, %3 replacing an earlier answer, %4 matching nobody.")
            .replace("%1", str(r.rows))
            .replace("%2", str(r.added))
            .replace("%3", str(r.replaced))
            .replace("%4", str(len(r.unmatched)))
        )
        if r.unmatched:
            rows = ", ".join(str(u.number) for u in r.unmatched)
            text += " " + self.tr(
                "Rows matching no registration (by e-mail or name), not imported: %1."
            ).replace("%1", rows)
        return text

    def _previewed(self, preview: EvaluationImport) -> None:
        self.preview = preview
        found = [(m.row, m.person) for m in preview.matched]
        found += [(u, None) for u in preview.unmatched]
        self.rows.set_rows(sorted(found, key=lambda pair: pair[0].number))
        self.summary.setText(
            self.tr("The import would give: %1").replace("%1", self._counts(preview))
        )
        self.import_button.setEnabled(bool(preview.matched))

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
            lambda s: import_evaluations(s, event_id, path, actor=actor),
            parent=self,
            on_done=self._imported,
            on_error=self._failed,
            changes=(EVENT,),
        )

    def _imported(self, result: EvaluationImport) -> None:
        self.result = result
        self.summary.setText(self.tr("Imported: %1").replace("%1", self._counts(result)))
        self.accept()
