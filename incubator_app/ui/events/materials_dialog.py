"""An event's materials (services/events/materials.py): the list, **Add…** (or files dropped on
the window), **Open** (Enter on a row) and **Remove** (after a confirmation). Stored as the
entrepreneurs' documents are; the confirmation, offer and reminder e-mails give their names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.events.materials import (
    attach_material,
    list_materials,
    material_path,
    remove_material,
)
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.documents_tab import size_text
from incubator_app.ui.events.texts import local
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column


class MaterialsDialog(QDialog):
    def __init__(
        self, context: AppContext, event_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.confirm_removal: Callable[[str], bool] = self._confirm
        self.setObjectName("materialsDialog")
        self.setWindowTitle(self.tr("Materials: %1").replace("%1", title))
        self.setAcceptDrops(True)
        self.model = RowListModel(
            [
                Column(self.tr("File"), lambda m: m.display_name),
                Column(self.tr("Size"), lambda m: size_text(m.size_bytes), align_right=True),
                Column(self.tr("Added"), lambda m: local(m.created_at)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("materialsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        hint = QLabel(
            self.tr(
                "Documents for the participants (slides, handouts; a course's module has its "
                "own). The e-mails of confirmation, offer and reminder give their names."
            )
        )
        hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addMaterialButton")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openMaterialButton")
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removeMaterialButton")
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter on a row opens it: no button may take Enter as the dialog's default.
        for b in (*close.buttons(), self.add_button, self.open_button, self.remove_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(560, 360)
        self.table.setFocus()
        self.reload()

    def reload(self) -> None:
        actor, event_id = self.context.actor, self.event_id
        self.context.ops.run(
            lambda s: list_materials(s, event_id, actor=actor),
            parent=self,
            on_done=self._loaded,
        )

    def _loaded(self, materials) -> None:
        self.model.set_rows(list(materials))
        if materials and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._enable()

    def _current(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self._current() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def choose_files(self) -> None:
        settings = self.context.settings
        paths, _f = QFileDialog.getOpenFileNames(
            self, self.tr("Add materials"), start_path(settings, FileKind.DOCUMENTS)
        )
        if paths:
            remember_folder(settings, FileKind.DOCUMENTS, paths[0])
            self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]):
        """Adds each file through the worker; returns the last operation (tests wait on it)."""
        actor, event_id = self.context.actor, self.event_id
        op = None
        for path in paths:
            op = self.context.ops.run(
                lambda s, p=path: attach_material(s, event_id, p, actor=actor),
                parent=self,
                changes={EVENT},
                on_done=lambda _m: self.reload(),
            )
        return op

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_paths(files)

    def open_selected(self) -> None:
        m = self._current()
        if m is None:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: material_path(s, m.id, actor=actor),
            parent=self,
            on_done=lambda path: self.open_url(QUrl.fromLocalFile(str(path))),
        )

    def _confirm(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove a material"),
            self.tr("Remove « %1 » from this event's materials?").replace("%1", name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        m = self._current()
        if m is None or not self.confirm_removal(m.display_name):
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: remove_material(s, m.id, actor=actor),
            parent=self,
            changes={EVENT},
            on_done=lambda _r: self.reload(),
        )
