"""Shown when a save is refused because someone else saved the record in between: which fields
they changed, your value and theirs, and a way to reload their version."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import EducationLevel, Gender, PathwayStage
from incubator_app.services.entrepreneurs.records import EntrepreneurView
from incubator_app.ui.entrepreneurs.labels import (
    education_label,
    gender_label,
    short_date,
    stage_label,
)
from incubator_app.ui.widgets import dialog_header


@dataclass(frozen=True)
class FieldConflict:
    field: str
    label: str
    yours: str
    theirs: str


def field_names() -> dict[str, str]:
    """The record's fields, named as the History tab and the forms name them."""
    from incubator_app.ui.entrepreneurs.history_fields import record_field_labels

    return record_field_labels()


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "Yes")
            if value
            else QCoreApplication.translate("ConflictDialog", "No")
        )
    if hasattr(value, "strftime"):
        return short_date(value)
    if isinstance(value, PathwayStage):
        return stage_label(value)
    if isinstance(value, Gender):
        return gender_label(value)
    if isinstance(value, EducationLevel):
        return education_label(value)
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)


def _same(a: Any, b: Any) -> bool:
    norm = lambda v: v.value if hasattr(v, "value") and not isinstance(v, bool) else v  # noqa: E731
    return norm(a) == norm(b)


def changed_fields(
    seen: EntrepreneurView, theirs: EntrepreneurView, yours: dict[str, Any]
) -> list[FieldConflict]:
    """Every field the other person changed since `seen`, with your value and theirs."""
    names = field_names()
    out = []
    for field, label in names.items():
        before, after = getattr(seen, field), getattr(theirs, field)
        if _same(before, after):
            continue
        mine = yours.get(field, before)
        out.append(FieldConflict(field, label, _show(mine), _show(after)))
    return out


class ConflictDialog(QDialog):
    reload_requested = Signal()

    def __init__(self, rows: list[FieldConflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Record changed by someone else"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            dialog_header(
                self.tr("Someone else saved this record"),
                self.tr(
                    "Your changes were not saved: the record was changed in the meantime. "
                    "Reload it to see the other version, then make your changes again."
                ),
                "people",
            )
        )
        self.table = QTreeWidget()
        self.table.setObjectName("conflictTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Theirs")])
        for row in rows:
            QTreeWidgetItem(self.table, [row.label, row.yours, row.theirs])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if rows:
            layout.addWidget(self.table)
        else:
            layout.addWidget(QLabel(self.tr("Only the record's version changed.")))
        self.rows = rows
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(
            self.tr("&Reload their version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setObjectName("reloadButton")
        self.keep_button = buttons.addButton(
            self.tr("&Keep editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(self.reload_requested.emit)
        layout.addWidget(buttons)
