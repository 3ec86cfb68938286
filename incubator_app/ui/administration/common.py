"""What the Settings tabs share: a table of rows, the date of an instant in the incubator's zone,
and the read-only state of a tab the signed-in role may look at but not change."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from incubator_app import clock
from incubator_app.ui.services.money_text import day_text


def local_day_text(instant: datetime | None) -> str:
    """An instant stored in UTC, shown as the incubator's day (`02/12/2026`); `—` when none."""
    if instant is None:
        return "—"
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return day_text(instant.astimezone(clock.zone()).date())


def row_table(name: str, model, stretch: int = 0) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def read_only_note(text: str) -> QLabel:
    note = QLabel(text)
    note.setObjectName("readOnlyNote")
    note.setWordWrap(True)
    note.setStyleSheet(
        "QLabel { background: #fff4d6; color: #5a4500; border-radius: 4px; padding: 6px 10px; }"
    )
    return note


def set_editable(widgets: Iterable[QWidget], allowed: bool) -> None:
    for widget in widgets:
        widget.setEnabled(allowed)
