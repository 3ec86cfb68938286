"""Backups: the folder they go to, a backup now, and a restore (the current database is backed
up first, then replaced; the application then reopens it)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.actor import Permission, can
from incubator_app.services.administration.backups import (
    BACKUP_SUFFIXES,
    RestoreResult,
    back_up_now,
    backup_folder_of,
    restore_backup,
)
from incubator_app.ui.administration.common import row_table
from incubator_app.ui.context import AppContext
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text
from incubator_app.ui.windowed_model import Column


def _saved_on(path: Path) -> str:
    """When the file was written, in the incubator's zone: `02/12/2026 18:30`."""
    written = datetime.fromtimestamp(path.stat().st_mtime, tz=clock.zone())
    return f"{day_text(written.date())} {written:%H:%M}"


class BackupTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = backup_folder_of(context.db.url, actor=context.actor)
        self.is_file_database = context.db.url.get_backend_name() == "sqlite"
        intro = QLabel(
            self.tr(
                "The application also backs the database up before every upgrade. The ten most"
                " recent backups of each kind are kept in this folder:"
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(str(self.folder))
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open the fol&der"))
        self.open_folder.setObjectName("openBackupFolder")
        self.open_folder.clicked.connect(self._open_folder)
        self.model = RowListModel(
            [
                Column(self.tr("Saved on"), _saved_on),
                Column(self.tr("Backup"), lambda p: p.name),
                Column(
                    self.tr("Size"), lambda p: self.tr("{n} kB").format(n=p.stat().st_size // 1024)
                ),
            ],
            self,
        )
        self.table = row_table("backupsTable", self.model, stretch=1)
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore a backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._choose_backup)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        actor = context.actor
        self.backup_button.setEnabled(can(actor, Permission.MANAGE_SETTINGS))
        self.restore_button.setEnabled(
            self.is_file_database and can(actor, Permission.MANAGE_USERS)
        )
        if not self.is_file_database:
            self.status.setText(
                self.tr("A PostgreSQL database is restored by its administrator, with psql.")
            )
        elif not can(actor, Permission.MANAGE_USERS):
            self.status.setText(self.tr("Only an administrator restores a backup."))
        self.box: QMessageBox | None = None

    def reload(self) -> None:
        files = []
        if self.folder.is_dir():
            files = sorted(
                (p for p in self.folder.iterdir() if p.suffix in BACKUP_SUFFIXES),
                key=lambda p: p.stat().st_mtime,
                reverse=True,
            )
        self.model.set_rows(files)

    def _open_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def back_up(self):
        url, actor = self.context.db.url, self.context.actor
        return self.context.ops.run(
            lambda s: back_up_now(s, url, actor=actor),
            label=self.tr("Backing up the database…"),
            parent=self,
            on_done=self._backed_up,
        )

    def _backed_up(self, path: Path) -> None:
        self.status.setText(self.tr("Backup saved: {path}").format(path=path))
        self.reload()

    def _choose_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.folder),
            self.tr("Incubator backups (*.zip *.sqlite3 *.sqlite *.db)"),
        )
        if path:
            self.confirm_restore(Path(path))

    def confirm_restore(self, path: Path) -> QMessageBox:
        """Asks before replacing everything; returns the (window-modal) box."""
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr(
                "Replace the whole database with the backup {name}? Everything recorded since"
                " that backup will be replaced; the current database is backed up first."
            ).format(name=path.name)
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: button is restore and self.restore_from(path))
        self.box = box
        box.open()
        return box

    def restore_from(self, path: Path):
        url, actor = self.context.db.url, self.context.actor
        return self.context.ops.run(
            lambda s: restore_backup(s, url, path, actor=actor),
            label=self.tr("Restoring the backup…"),
            parent=self,
            on_done=self._restored,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.status.setText(
            self.tr("Restored from {name}. The database as it was is saved in {previous}.").format(
                name=result.restored_from.name, previous=result.previous_saved_to
            )
        )
        self.reload()
        box = QMessageBox(self)
        box.setObjectName("restoredBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Backup restored"))
        box.setText(
            self.tr(
                "The backup is restored. The application now reopens the database (you may be"
                " asked to sign in again)."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _r: self.reopen())
        self.box = box
        box.open()

    def reopen(self) -> None:
        """Asks the main window to reopen the database: every page then reads restored data."""
        signal = getattr(self.window(), "open_database_requested", None)
        if signal is not None:
            signal.emit(self.context.db.display_name)
