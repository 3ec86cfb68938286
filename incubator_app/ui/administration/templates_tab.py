"""Milestone templates per programme: the milestones planned when a support contract starts
(offsets from its start). Changing a template leaves milestones already planned as they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.milestones.records import (
    MilestoneTemplateView,
    create_milestone_template,
    delete_milestone_template,
    list_milestone_templates,
    list_programmes,
    update_milestone_template,
)
from incubator_app.ui.administration.common import row_table, set_editable
from incubator_app.ui.changes import REFERENCE_LIST
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.widgets import FieldError
from incubator_app.ui.windowed_model import Column

DEFAULT_PROGRAMME = "CAPE"


class TemplatesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        self.programme.setEditable(True)
        self.programme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.programme.setMinimumWidth(200)
        self.programme.currentTextChanged.connect(lambda _t: self._load_templates())
        programme_label = QLabel(self.tr("&Programme:"))
        programme_label.setBuddy(self.programme)
        hint = QLabel(self.tr("Type a new name to start the templates of another programme."))
        hint.setWordWrap(True)
        self.model = RowListModel(
            [
                Column(self.tr("Milestone"), lambda t: t.title),
                Column(self.tr("Category"), lambda t: t.category or ""),
                Column(self.tr("Due after"), self._offset_text),
            ],
            self,
        )
        self.table = row_table("templatesTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())

        self.title = QLineEdit()
        self.title.setObjectName("templateTitle")
        self.category = QLineEdit()
        self.category.setObjectName("templateCategory")
        self.months = QSpinBox()
        self.months.setObjectName("templateMonths")
        self.months.setRange(0, 60)
        self.months.setSuffix(self.tr(" months"))
        self.days = QSpinBox()
        self.days.setObjectName("templateDays")
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" days"))
        form = QFormLayout()
        for text, field in (
            (self.tr("&Title:"), self.title),
            (self.tr("Categor&y:"), self.category),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        offsets = QHBoxLayout()
        offsets.addWidget(self.months)
        offsets.addWidget(self.days)
        offsets.addStretch(1)
        due_label = QLabel(self.tr("D&ue after the start:"))
        due_label.setBuddy(self.months)
        form.addRow(due_label, offsets)

        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addTemplate")
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.delete_button.setObjectName("removeTemplate")
        self.delete_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = FieldError()
        note = QLabel(
            self.tr(
                "These milestones are planned when a contract of the programme starts. Changing"
                " or removing a template leaves the milestones already planned as they are."
            )
        )
        note.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(programme_label)
        head.addWidget(self.programme)
        head.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(note)
        self.allowed = can(context.actor, Permission.MANAGE_SETTINGS)
        self.editors: list[QWidget] = [
            self.title,
            self.category,
            self.months,
            self.days,
            self.add_button,
            self.save_button,
            self.delete_button,
        ]
        self.programme.setEnabled(True)  # looking at another programme is not a change
        self._selected()

    def _offset_text(self, t: MilestoneTemplateView) -> str:
        parts = []
        if t.offset_months:
            parts.append(self.tr("%n month(s)", "", t.offset_months))
        if t.offset_days or not parts:
            parts.append(self.tr("%n day(s)", "", t.offset_days))
        return " ".join(parts)

    def reload(self) -> None:
        with self.context.db.session() as session:
            programmes = list_programmes(session, actor=self.context.actor)
        current = self.programme.currentText().strip()
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItems(programmes or [DEFAULT_PROGRAMME])
        self.programme.setCurrentText(current or (programmes or [DEFAULT_PROGRAMME])[0])
        self.programme.blockSignals(False)
        self._load_templates()

    def _load_templates(self) -> None:
        programme = self.programme.currentText().strip()
        with self.context.db.session() as session:
            rows = list_milestone_templates(session, programme=programme, actor=self.context.actor)
        self.model.set_rows(rows)
        self._selected()

    def selected(self) -> MilestoneTemplateView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        tpl = self.selected()
        set_editable(self.editors[:5], self.allowed)
        set_editable([self.save_button, self.delete_button], self.allowed and tpl is not None)
        if tpl is not None:
            self.title.setText(tpl.title)
            self.category.setText(tpl.category or "")
            self.months.setValue(tpl.offset_months)
            self.days.setValue(tpl.offset_days)

    def _values(self) -> dict[str, Any]:
        return {
            "programme": self.programme.currentText(),
            "title": self.title.text(),
            "category": self.category.text().strip() or None,
            "offset_months": self.months.value(),
            "offset_days": self.days.value(),
        }

    def _run(self, work: Callable[[Any], Any]) -> None:
        self.error.clear_error()
        self.context.ops.run(
            work,
            label=self.tr("Saving the milestone templates…"),
            parent=self,
            on_done=lambda _r: self.reload(),
            on_error=self._fail,
            changes={REFERENCE_LIST},
        )

    def _fail(self, exc: BaseException) -> bool:
        labels = {
            "programme": self.tr("Programme"),
            "title": self.tr("Title"),
            "category": self.tr("Category"),
        }
        text = inline_error_text(exc, labels)
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def add(self) -> None:
        values, actor = self._values(), self.context.actor
        self._run(lambda s: create_milestone_template(s, **values, actor=actor))

    def save(self) -> None:
        tpl = self.selected()
        if tpl is None:
            return
        values, actor = self._values(), self.context.actor
        self._run(
            lambda s: update_milestone_template(
                s, tpl.id, expected_version=tpl.version_id, actor=actor, **values
            )
        )

    def remove(self) -> None:
        tpl = self.selected()
        if tpl is None:
            return
        actor = self.context.actor
        self._run(
            lambda s: delete_milestone_template(
                s, tpl.id, expected_version=tpl.version_id, actor=actor
            )
        )
