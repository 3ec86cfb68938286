"""Projects under way, shared in the toolbox: a search box and a status filter on top; the
projects (title, status, dates, territory, disciplines and themes) on the left; the chosen
project, its places and participants on the right, with Change, Start a sheet from it and
Delete (after a question)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import ProjectStatus
from incubator_app.services.actor import Permission, can
from incubator_app.services.cooperation import projects as project_service
from incubator_app.services.toolbox import sheets as sheet_service
from incubator_app.ui.changes import TOOLBOX
from incubator_app.ui.context import AppContext
from incubator_app.ui.cooperation.project_dialog import ProjectDialog
from incubator_app.ui.cooperation.project_texts import person_line, status_label

TYPING_PAUSE_MS = 250
DAY = "%d/%m/%Y"


def dates_text(project) -> str:
    start = project.starts_on.strftime(DAY) if project.starts_on else ""
    end = project.ends_on.strftime(DAY) if project.ends_on else ""
    return f"{start} – {end}" if end else start


class ProjectsView(QWidget):
    #: The first values of a new toolbox sheet started from the chosen project.
    sheet_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.projects: list = []
        self.project = None
        self.search = QLineEdit()
        self.search.setObjectName("projectSearch")
        self.search.setPlaceholderText(
            self.tr("Search the projects: title, places, territory, disciplines, themes…")
        )
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("projectStatusFilter")
        self.status.addItem(self.tr("Under way and planned"), "current")
        self.status.addItem(self.tr("All projects"), None)
        for status in ProjectStatus:
            self.status.addItem(status_label(status), status.value)
        self.new = QPushButton(self.tr("&New project…"))
        self.new.clicked.connect(self.new_project)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status)
        bar.addWidget(self.new)

        self.count = QLabel()
        self.count.setObjectName("projectCount")
        headers = [
            self.tr("Project"),
            self.tr("Status"),
            self.tr("Dates"),
            self.tr("Territory"),
            self.tr("Tags"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("projectTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.table.cellActivated.connect(lambda _r, _c: self.edit_project())
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.count)
        left.addWidget(self.table)
        left_box = QWidget()
        left_box.setLayout(left)

        self.details = QTextBrowser()
        self.details.setObjectName("projectDetails")
        self.edit = QPushButton(self.tr("&Change…"))
        self.edit.clicked.connect(self.edit_project)
        self.start_sheet = QPushButton(self.tr("Start a &sheet from it…"))
        self.start_sheet.setObjectName("startSheetFromProject")
        self.start_sheet.clicked.connect(self.request_sheet)
        self.delete = QPushButton(self.tr("De&lete…"))
        self.delete.setObjectName("deleteProject")
        self.delete.clicked.connect(self.delete_project)
        actions = QHBoxLayout()
        actions.addWidget(self.edit)
        actions.addWidget(self.start_sheet)
        actions.addStretch(1)
        actions.addWidget(self.delete)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.details, 1)
        right.addLayout(actions)
        right_box = QWidget()
        right_box.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._enable()

    # --- loading -------------------------------------------------------------------------
    def _statuses(self):
        data = self.status.currentData()
        if data == "current":
            return (ProjectStatus.UNDER_WAY, ProjectStatus.PLANNED)
        return (ProjectStatus(data),) if data else None

    def reload(self) -> None:
        actor, text, statuses = self.context.actor, self.search.text(), self._statuses()
        self.context.ops.run(
            lambda s: project_service.list_projects(s, text=text, statuses=statuses, actor=actor),
            parent=self,
            on_done=self._shown,
        )

    def _shown(self, projects) -> None:
        chosen = self.project.id if self.project is not None else None
        self.projects = list(projects)
        self.count.setText(self.tr("%n project(s)", "", len(self.projects)))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.projects))
        for r, p in enumerate(self.projects):
            tags = ", ".join(p.tags())
            for c, value in enumerate(
                (p.title, status_label(p.status), dates_text(p), p.territory or "", tags)
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 280))
        self.table.blockSignals(False)
        ids = [p.id for p in self.projects]
        row = ids.index(chosen) if chosen in ids else (0 if ids else -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
            self._chosen(row)
        else:
            self.project = None
            self.details.clear()
            self._enable()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.projects):
            self.project = self.projects[row]
            self.details.setHtml(self.project_html(self.project))
        self._enable()

    def project_html(self, p) -> str:
        esc = html.escape
        meta = " · ".join(x for x in (status_label(p.status), dates_text(p), p.territory) if x)
        parts = [f"<h2>{esc(p.title)}</h2><p><small>{esc(meta)}</small></p>"]
        if p.tags():
            parts.append(f"<p><i>{esc(', '.join(p.tags()))}</i></p>")
        if p.description:
            parts.append(f"<p>{esc(p.description).replace(chr(10), '<br>')}</p>")
        if p.places:
            title = self.tr("Places")
            items = "".join(f"<li>{esc(line)}</li>" for line in p.places.splitlines())
            parts.append(f"<h4>{esc(title)}</h4><ul>{items}</ul>")
        title = self.tr("Participants")
        if p.members:
            items = "".join(
                f"<li>{esc(person_line(m))}" + (f" — <i>{esc(m.role)}</i>" if m.role else "")
                + "</li>"
                for m in p.members
            )  # fmt: skip
            parts.append(f"<h4>{esc(title)}</h4><ul>{items}</ul>")
        if p.call_id is not None:
            origin = self.tr("From the draw of call {call}, group {group}").format(
                call=p.call_id, group=p.group_number or "—"
            )
            parts.append(f"<p><small>{esc(origin)}</small></p>")
        return "".join(parts)

    def _enable(self) -> None:
        editor = can(self.context.actor, Permission.EDIT_ENTREPRENEURS)
        self.new.setEnabled(editor)
        self.edit.setEnabled(editor and self.project is not None)
        self.delete.setEnabled(editor and self.project is not None)
        self.start_sheet.setEnabled(
            self.project is not None and can(self.context.actor, Permission.WRITE_TOOLBOX)
        )

    # --- actions -------------------------------------------------------------------------
    def _remember(self, project) -> None:
        self.project = project
        self.reload()

    def new_project(self, values=None, members=()) -> ProjectDialog:
        """Opens the dialog (window-modal, `open()`), saves when accepted; returns it."""
        dialog = ProjectDialog(self.context, values=values, members=members, parent=self)
        dialog.accepted.connect(lambda: self._save(dialog, None))
        dialog.open()
        return dialog

    def edit_project(self) -> ProjectDialog | None:
        if self.project is None or not self.edit.isEnabled():
            return None
        dialog = ProjectDialog(self.context, project=self.project, parent=self)
        dialog.accepted.connect(lambda: self._save(dialog, self.project))
        dialog.open()
        return dialog

    def _save(self, dialog: ProjectDialog, project) -> None:
        actor, values, members = self.context.actor, dialog.values(), dialog.members()
        if project is None:
            fn = lambda s: project_service.create_project(  # noqa: E731
                s, values, members=members, actor=actor
            )
        else:
            pid, version = project.id, project.version_id
            fn = lambda s: project_service.update_project(  # noqa: E731
                s, pid, values, members=members, expected_version=version, actor=actor
            )
        self.context.ops.run(fn, parent=self, on_done=self._remember, changes=(TOOLBOX,))

    def delete_project(self) -> QMessageBox | None:
        """Asks first (window-modal, `open()`; No is the default), then deletes."""
        if self.project is None or not self.delete.isEnabled():
            return None
        project = self.project
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete the project"),
            self.tr(
                "Delete the project “{title}” and its list of %n participant(s)? "
                "The people stay in the app; the toolbox sheets started from it stay, "
                "without the link. This cannot be undone.",
                "",
                len(project.members),
            ).format(title=project.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("deleteProjectBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete the project"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._delete(project)

        box.finished.connect(answered)
        box.open()
        return box

    def _delete(self, project) -> None:
        actor, pid, version = self.context.actor, project.id, project.version_id
        self.project = None
        self.context.ops.run(
            lambda s: project_service.delete_project(s, pid, expected_version=version, actor=actor),
            parent=self,
            on_done=lambda _r: self.reload(),
            changes=(TOOLBOX,),
        )

    def request_sheet(self) -> None:
        if self.project is None:
            return
        actor, pid = self.context.actor, self.project.id
        self.context.ops.run(
            lambda s: sheet_service.sheet_values_from_project(s, pid, actor=actor),
            parent=self,
            on_done=self.sheet_requested.emit,
        )
