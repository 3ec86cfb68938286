"""Reference lists: disciplines, coaching topics and cohorts: add, rename, reorder, retire. A
retired value stays on the records that have it and leaves the pickers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.administration.reference_lists import (
    ReferenceKind,
    create_reference_item,
    list_reference_items,
    rename_reference_item,
    reorder_reference_items,
    set_reference_item_active,
)
from incubator_app.services.entrepreneurs.cohorts import (
    create_cohort,
    list_cohorts,
    set_cohort_active,
    update_cohort,
)
from incubator_app.ui.administration.common import row_table, set_editable
from incubator_app.ui.changes import REFERENCE_LIST
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text
from incubator_app.ui.widgets import FieldError, today_qdate
from incubator_app.ui.windowed_model import Column

COHORTS = "cohort"


@dataclass(frozen=True)
class ListRow:
    id: int
    label: str
    active: bool
    version_id: int
    detail: str = ""


def code_for(label: str, taken: set[str]) -> str:
    """A stable code from a label: `Arts de la rue` → `arts_de_la_rue` (then `_2`, `_3`…)."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:36] or "item"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


class ListsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.codes: set[str] = set()
        self.kind = QComboBox()
        self.kind.setObjectName("listKind")
        self.kind.addItem(self.tr("Disciplines"), ReferenceKind.DISCIPLINE.value)
        self.kind.addItem(self.tr("Coaching topics"), ReferenceKind.COACHING_TOPIC.value)
        self.kind.addItem(self.tr("Cohorts"), COHORTS)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        kind_label = QLabel(self.tr("&Kind of list:"))
        kind_label.setBuddy(self.kind)
        in_use, retired = self.tr("in use"), self.tr("retired")
        self.model = RowListModel(
            [
                Column(self.tr("Value"), lambda r: r.label),
                Column(self.tr("Start"), lambda r: r.detail),
                Column(self.tr("Status"), lambda r: in_use if r.active else retired),
            ],
            self,
        )
        self.table = row_table("listItems", self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())

        self.label = QLineEdit()
        self.label.setObjectName("listLabel")
        self.label.setPlaceholderText(self.tr("A new value, or the new name of the selected one"))
        self.label.returnPressed.connect(self.add)
        label_label = QLabel(self.tr("&Name:"))
        label_label.setBuddy(self.label)
        self.start = QDateEdit(today_qdate())
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setObjectName("cohortStart")
        self.start.setCalendarPopup(True)
        self.start_label = QLabel(self.tr("&Start:"))
        self.start_label.setBuddy(self.start)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addItem")
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setObjectName("renameItem")
        self.rename_button.clicked.connect(self.rename)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("moveUp")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setObjectName("moveDown")
        self.down_button.clicked.connect(lambda: self.move(1))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.retire_button.setObjectName("retireItem")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.error = FieldError()
        self.note = QLabel()
        self.note.setObjectName("listsNote")
        self.note.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(kind_label)
        head.addWidget(self.kind)
        head.addStretch(1)
        edit = QHBoxLayout()
        for widget in (label_label, self.label):
            edit.addWidget(widget)
        edit.addWidget(self.start_label)
        edit.addWidget(self.start)
        edit.addWidget(self.add_button)
        edit.addWidget(self.rename_button)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.retire_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        layout.addLayout(edit)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        self.allowed = can(context.actor, Permission.MANAGE_SETTINGS)
        self.editors: list[QWidget] = [
            self.label,
            self.start,
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.retire_button,
        ]
        set_editable(self.editors, False)

    # Reading ---------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def reload(self) -> None:
        kind, actor = self.current_kind(), self.context.actor
        current = self.selected()
        with self.context.db.session() as session:
            if kind == COHORTS:
                views: list[Any] = list_cohorts(session, include_retired=True, actor=actor)
                rows = [
                    ListRow(c.id, c.name, c.active, c.version_id, day_text(c.start_date))
                    for c in views
                ]
            else:
                views = list_reference_items(session, kind, include_inactive=True, actor=actor)
                rows = [ListRow(i.id, i.label, i.active, i.version_id) for i in views]
                self.codes = {i.code for i in views}
        self.model.set_rows(rows)
        self.table.setColumnHidden(1, kind != COHORTS)
        self.start.setVisible(kind == COHORTS)
        self.start_label.setVisible(kind == COHORTS)
        self.note.setText(self._note(kind))
        if current is not None:
            self.select_id(current.id)
        self._selected()

    def _note(self, kind: str) -> str:
        if kind == COHORTS:
            return self.tr(
                "Cohorts are listed newest first, by start date. A retired cohort stays on its"
                " members' records and is no longer offered in the pickers."
            )
        return self.tr(
            "A retired value stays on the records that have it and is no longer offered in the"
            " pickers. Exit outcomes are a fixed list (the categories funders count), and"
            " service categories are typed on each service of the catalogue."
        )

    def select_id(self, item_id: int) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def selected(self) -> ListRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        item = self.selected()
        cohorts = self.current_kind() == COHORTS
        set_editable(self.editors[:3], self.allowed)
        set_editable([self.rename_button, self.retire_button], self.allowed and item is not None)
        set_editable([self.up_button, self.down_button], self.allowed and item is not None)
        if cohorts:
            set_editable([self.up_button, self.down_button], False)
        if item is not None:
            self.retire_button.setText(self.tr("Re&tire") if item.active else self.tr("Res&tore"))

    # Writing ---------------------------------------------------------------------------
    def _run(self, work: Callable[[Any], Any], select: Callable[[Any], int] | None = None) -> None:
        self.error.clear_error()

        def done(result: Any) -> None:
            self.label.clear()
            self.reload()
            if select is not None:
                self.select_id(select(result))

        self.context.ops.run(
            work,
            label=self.tr("Saving the list…"),
            parent=self,
            on_done=done,
            on_error=self._fail,
            changes={REFERENCE_LIST},
        )

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, {"label": self.tr("Name"), "name": self.tr("Name")})
        if text is None:
            return False
        self.error.show_error(text)
        self.reload()
        return True

    def add(self) -> None:
        if not self.allowed:
            return
        kind, actor, label = self.current_kind(), self.context.actor, self.label.text()
        if kind == COHORTS:
            start: date = self.start.date().toPython()
            self._run(
                lambda s: create_cohort(s, name=label, start_date=start, actor=actor),
                lambda view: view.id,
            )
            return
        code = code_for(label, self.codes)
        self._run(
            lambda s: create_reference_item(s, kind, code=code, label=label, actor=actor),
            lambda view: view.id,
        )

    def rename(self) -> None:
        item = self.selected()
        if item is None:
            return
        kind, actor, label = self.current_kind(), self.context.actor, self.label.text()
        if kind == COHORTS:
            work: Callable[[Any], Any] = lambda s: update_cohort(  # noqa: E731
                s, item.id, expected_version=item.version_id, actor=actor, name=label
            )
        else:
            work = lambda s: rename_reference_item(  # noqa: E731
                s, kind, item.id, label, expected_version=item.version_id, actor=actor
            )
        self._run(work, lambda _v: item.id)

    def move(self, step: int) -> None:
        item = self.selected()
        kind = self.current_kind()
        if item is None or kind == COHORTS:
            return
        ids = [row.id for row in self.model.rows()]
        at = ids.index(item.id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids[at], ids[to] = ids[to], ids[at]
        actor = self.context.actor
        self._run(lambda s: reorder_reference_items(s, kind, ids, actor=actor), lambda _v: item.id)

    def toggle_retired(self) -> None:
        item = self.selected()
        if item is None:
            return
        kind, actor, active = self.current_kind(), self.context.actor, not item.active
        if kind == COHORTS:
            work: Callable[[Any], Any] = lambda s: set_cohort_active(  # noqa: E731
                s, item.id, active, expected_version=item.version_id, actor=actor
            )
        else:
            work = lambda s: set_reference_item_active(  # noqa: E731
                s, kind, item.id, active, expected_version=item.version_id, actor=actor
            )
        self._run(work, lambda _v: item.id)
