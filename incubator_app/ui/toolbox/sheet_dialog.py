"""Writing or changing a sheet: the short fields in a form, the long texts below it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import SheetKind
from incubator_app.ui.toolbox.texts import kind_label

LINE_FIELDS = ("tags", "disciplines", "territory", "url", "licence")
TEXT_FIELDS = ("summary", "context", "partners", "budget", "body", "worked", "failed", "results")


class SheetDialog(QDialog):
    """`values()` gives the fields as the service takes them (empty text: None)."""

    def __init__(self, values: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        values = values or {}
        # The records a sheet was started from (a call, an event, a project): kept as given.
        self.links = {k: values[k] for k in ("call_id", "event_id", "project_id") if values.get(k)}
        self.setWindowTitle(
            self.tr("Change the sheet") if values.get("id") else self.tr("New sheet")
        )
        self.resize(640, 720)
        form_box = QWidget()
        form = QFormLayout(form_box)
        self.title = QLineEdit(values.get("title") or "")
        self.title.setObjectName("sheetTitle")
        self.kind = QComboBox()
        for kind in SheetKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(str(values.get("kind") or "experience")))
        )
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        labels = {
            "tags": self.tr("Ta&gs:"),
            "disciplines": self.tr("&Disciplines:"),
            "territory": self.tr("Te&rritory:"),
            "url": self.tr("&Link:"),
            "licence": self.tr("Li&cence:"),
            "summary": self.tr("Su&mmary:"),
            "context": self.tr("C&ontext:"),
            "partners": self.tr("&Partners:"),
            "budget": self.tr("&Budget:"),
            "body": self.tr("T&ext:"),
            "worked": self.tr("What &worked:"),
            "failed": self.tr("What did &not work:"),
            "results": self.tr("Res&ults:"),
        }
        self.lines: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit(values.get(name) or "")
            self.lines[name] = edit
            form.addRow(labels[name], edit)
        self.lines["tags"].setPlaceholderText(self.tr("separated by commas"))
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit(values.get(name) or "")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            self.texts[name] = edit
            form.addRow(labels[name], edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title.text(), "kind": self.kind.currentData()}
        out.update(self.links)
        for name, edit in self.lines.items():
            out[name] = edit.text().strip() or None
        for name, edit in self.texts.items():
            out[name] = edit.toPlainText().strip() or None
        return out
