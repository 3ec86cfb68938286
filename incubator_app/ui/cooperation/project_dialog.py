"""Writing or changing a project under way: its fields in a form, its participants below
(typing a name, an e-mail or an organisation finds entrepreneurs and contacts, the people of
the directory's actors among them; Enter or Add puts the chosen one in the project)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import ProjectStatus
from incubator_app.services.cooperation import projects as project_service
from incubator_app.ui.cooperation.project_texts import person_line, status_label
from incubator_app.ui.widgets import qdate_of

NO_DATE = QDate(1900, 1, 1)
TYPING_PAUSE_MS = 250
KEY_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the person's line, without the role


def _date_edit(day: date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(qdate_of(day) if day else NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    q = edit.date()
    return None if q == NO_DATE else date(q.year(), q.month(), q.day())


class ProjectDialog(QDialog):
    """`values()` and `members()` give what the service takes (empty text: None)."""

    def __init__(self, context, project=None, values: dict[str, Any] | None = None,
                 members=(), parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        values = dict(values or {})
        if project is not None:
            values = {f: getattr(project, f) for f in project_service.EDITABLE}
            members = project.members
        self.setWindowTitle(self.tr("Change the project") if project else self.tr("New project"))
        self.resize(680, 720)
        form_box = QWidget()
        form = QFormLayout(form_box)
        self.title = QLineEdit(values.get("title") or "")
        self.title.setObjectName("projectTitle")
        self.status = QComboBox()
        for status in ProjectStatus:
            self.status.addItem(status_label(status), status.value)
        current = values.get("status") or ProjectStatus.UNDER_WAY
        self.status.setCurrentIndex(max(0, self.status.findData(str(current))))
        self.territory = QLineEdit(values.get("territory") or "")
        self.starts = _date_edit(values.get("starts_on"))
        self.starts.setObjectName("projectStarts")
        self.ends = _date_edit(values.get("ends_on"))
        self.ends.setObjectName("projectEnds")
        self.disciplines = QLineEdit(values.get("disciplines") or "")
        self.themes = QLineEdit(values.get("themes") or "")
        self.themes.setPlaceholderText(self.tr("separated by commas"))
        self.places = QPlainTextEdit(values.get("places") or "")
        self.places.setPlaceholderText(self.tr("one place a line"))
        self.description = QPlainTextEdit(values.get("description") or "")
        for edit in (self.places, self.description):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
        self._links = {k: values.get(k) for k in ("call_id", "group_number")}
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.tr("Te&rritory:"), self.territory)
        form.addRow(self.tr("Starts &on:"), self.starts)
        form.addRow(self.tr("&Ends on:"), self.ends)
        form.addRow(self.tr("&Disciplines:"), self.disciplines)
        form.addRow(self.tr("T&hemes:"), self.themes)
        form.addRow(self.tr("&Places:"), self.places)
        form.addRow(self.tr("Descr&iption:"), self.description)

        self.member_list = QListWidget()
        self.member_list.setObjectName("projectMembers")
        self.member_list.setMinimumHeight(90)
        self._roles: dict[tuple[str, int], str | None] = {}
        for m in members:
            self._add_item(m.key, person_line(m), getattr(m, "role", None))
        self.find = QLineEdit()
        self.find.setObjectName("projectFindPerson")
        self.find.setPlaceholderText(self.tr("name, e-mail or organisation…"))
        self.found = QListWidget()
        self.found.setObjectName("projectFoundPeople")
        self.found.setMinimumHeight(90)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.found.itemActivated.connect(lambda _item: self.add_chosen())
        self.find.returnPressed.connect(self.add_chosen)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search)
        self.find.textChanged.connect(lambda _t: self.timer.start())
        self.role = QLineEdit()
        self.role.setObjectName("projectMemberRole")
        self.role.setMaxLength(project_service.MAX_ROLE)
        self.role.setPlaceholderText(self.tr("e.g. host, coordinator (the chosen participant)"))
        self.role.textEdited.connect(self._role_edited)
        self.member_list.currentItemChanged.connect(lambda *_: self._show_role())
        form.addRow(self.tr("Participa&nts:"), self.member_list)
        form.addRow(self.tr("Ro&le:"), self.role)
        form.addRow("", self.remove_button)
        form.addRow(self.tr("&Find a person:"), self.find)
        form.addRow("", self.found)
        form.addRow("", self.add_button)

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
        if self.member_list.count():
            self.member_list.setCurrentRow(0)
        self._show_role()
        self.search()

    # --- participants ----------------------------------------------------------------------
    def _add_item(self, key, text: str, role: str | None = None) -> None:
        for i in range(self.member_list.count()):
            if self.member_list.item(i).data(KEY_ROLE) == key:
                return
        item = QListWidgetItem()
        item.setData(KEY_ROLE, key)
        item.setData(TEXT_ROLE, text)
        self._roles[key] = role
        self._label(item)
        self.member_list.addItem(item)

    def _label(self, item: QListWidgetItem) -> None:
        role = self._roles.get(item.data(KEY_ROLE))
        text = item.data(TEXT_ROLE)
        item.setText(f"{text} — {role}" if role else text)

    def _show_role(self) -> None:
        item = self.member_list.currentItem()
        self.role.setEnabled(item is not None)
        self.role.setText(self._roles.get(item.data(KEY_ROLE)) or "" if item else "")

    def _role_edited(self, text: str) -> None:
        item = self.member_list.currentItem()
        if item is not None:
            self._roles[item.data(KEY_ROLE)] = text.strip() or None
            self._label(item)

    def search(self) -> None:
        actor, text = self.context.actor, self.find.text()
        self.context.ops.run(
            lambda s: project_service.find_people(s, text, actor=actor),
            parent=self,
            on_done=self._found,
        )

    def _found(self, people) -> None:
        self.found.clear()
        for p in people:
            item = QListWidgetItem(person_line(p))
            item.setData(KEY_ROLE, p.key)
            self.found.addItem(item)
        if people:
            self.found.setCurrentRow(0)

    def add_chosen(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            self._add_item(item.data(KEY_ROLE), item.text())

    def remove_chosen(self) -> None:
        row = self.member_list.currentRow()
        if row >= 0:
            item = self.member_list.takeItem(row)
            self._roles.pop(item.data(KEY_ROLE), None)

    # --- values ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title.text(),
            "status": self.status.currentData(),
            "territory": self.territory.text().strip() or None,
            "starts_on": _date_of(self.starts),
            "ends_on": _date_of(self.ends),
            "disciplines": self.disciplines.text().strip() or None,
            "themes": self.themes.text().strip() or None,
            "places": self.places.toPlainText().strip() or None,
            "description": self.description.toPlainText().strip() or None,
        }
        out.update({k: v for k, v in self._links.items() if v is not None})
        return out

    def members(self) -> list[tuple[str, int, str | None]]:
        out = []
        for i in range(self.member_list.count()):
            kind, person_id = self.member_list.item(i).data(KEY_ROLE)
            out.append((kind, person_id, self._roles.get((kind, person_id))))
        return out
