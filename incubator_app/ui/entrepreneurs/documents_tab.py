"""Documents tab: attach files (button or drag and drop), open them with the system viewer,
remove them after confirmation. Storage, de-duplication and the size limit: services/documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.entrepreneurs.document_names import safe_display_name
from incubator_app.services.entrepreneurs.documents import (
    MAX_DOCUMENT_BYTES,
    attach_document,
    document_path,
    list_documents,
    remove_document,
)
from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.context import AppContext
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("DocumentsTab", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("DocumentsTab", "{n} KB").format(n=round(size / 1024))
    return QCoreApplication.translate("DocumentsTab", "{n} MB").format(
        n=f"{size / 1024 / 1024:.1f}"
    )


class DocumentsTab(QWidget):
    def __init__(self, context: AppContext, entrepreneur_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self.context = context
        self.entrepreneur_id = entrepreneur_id
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl  # tests replace it
        self.setAcceptDrops(True)
        self.documents = []
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Drop files here, or use Attach. At most {max} MB per file.").format(
                max=MAX_DOCUMENT_BYTES // (1024 * 1024)
            )
        )
        hint.setObjectName("dropHint")
        layout.addWidget(hint)
        self.list = QTreeWidget()
        self.list.setObjectName("documentList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added")]
        )
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("&Attach…"))
        self.attach_button.setObjectName("attachButton")
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openButton")
        self.remove_button = QPushButton(self.tr("R&emove…"))
        self.remove_button.setObjectName("removeButton")
        for button in (self.attach_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.attach_button.clicked.connect(self._choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reload()

    def reload(self) -> None:
        with self.context.db.session() as session:
            self.documents = list_documents(session, self.entrepreneur_id, actor=self.context.actor)
        self.list.clear()
        for doc in self.documents:
            item = QTreeWidgetItem(
                self.list,
                [
                    doc.display_name,
                    doc.mime_type or "",
                    size_text(doc.size_bytes),
                    doc.created_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, doc.id)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def _selected(self):
        items = self.list.selectedItems()
        if not items:
            return None
        doc_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in self.documents if d.id == doc_id), None)

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # Attaching ------------------------------------------------------------------------

    def _choose_files(self) -> None:
        settings = self.context.settings
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach documents"), start_path(settings, FileKind.DOCUMENTS)
        )
        if paths:
            remember_folder(settings, FileKind.DOCUMENTS, paths[0])
        self.attach_paths([Path(p) for p in paths])

    def attach_paths(self, paths: list[Path]):
        """Attaches each file through the worker; returns the last operation (tests wait)."""
        actor = self.context.actor
        rid = self.entrepreneur_id
        op = None
        for path in paths:
            op = self.context.ops.run(
                lambda s, p=path: attach_document(s, rid, p, actor=actor),
                label=self.tr("Attaching {name}…").format(name=safe_display_name(path.name)),
                parent=self,
                changes={ENTREPRENEUR},
                on_done=lambda _doc: self.reload(),
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
            self.attach_paths(files)

    # Opening and removing -------------------------------------------------------------

    def open_selected(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        actor = self.context.actor
        # In the background: on a shared server the file may first come from the database.
        self.context.ops.run(
            lambda s: document_path(s, doc.id, actor=actor),
            parent=self,
            on_done=lambda path: self.open_url(QUrl.fromLocalFile(str(path))),
        )

    def remove_selected(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRemoveBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove a document"))
        box.setText(self.tr("Remove “{name}” from this record?").format(name=doc.display_name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actor = self.context.actor
        box.accepted.connect(
            lambda: self.context.ops.run(
                lambda s: remove_document(s, doc.id, expected_version=doc.version_id, actor=actor),
                label=self.tr("Removing…"),
                parent=self,
                changes={ENTREPRENEUR},
                on_done=lambda _r: self.reload(),
            )
        )
        box.open()
        self.confirm_box = box
