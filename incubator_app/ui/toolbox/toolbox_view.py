"""The toolbox: a search box and filters on top; the results (best first, the passage where the
words are in bold) on the left; the chosen sheet, its files and its history on the right, with
what the reader may do with it (change, publish, archive, attach a file, open a file)."""

from __future__ import annotations

import html
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import SheetKind, SheetStatus
from incubator_app.services.toolbox import attachments as attachment_service
from incubator_app.services.toolbox import sheets as sheet_service
from incubator_app.services.toolbox.access import may_publish
from incubator_app.services.toolbox.notes import note_message
from incubator_app.services.toolbox.search import SheetQuery, search_sheets
from incubator_app.ui.changes import TOOLBOX
from incubator_app.ui.context import AppContext
from incubator_app.ui.toolbox.sheet_dialog import SheetDialog
from incubator_app.ui.toolbox.texts import field_label, kind_label, status_label

TYPING_PAUSE_MS = 250


def snippet_html(snippet) -> str:
    return "".join(
        f"<b>{html.escape(text)}</b>" if hit else html.escape(text)
        for text, hit in snippet.segments
    )


def _translated(message) -> str:
    return QCoreApplication.translate(message.context, message.source).format(**message.params)


class ToolboxView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sheet = None
        self.files: list = []
        self.search = QLineEdit()
        self.search.setObjectName("toolboxSearch")
        self.search.setPlaceholderText(self.tr("Search the sheets and their files…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in SheetKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.status = QComboBox()
        self.status.addItem(self.tr("Drafts and published"), None)
        for status in SheetStatus:
            self.status.addItem(status_label(status), status.value)
        self.new = QPushButton(self.tr("&New sheet…"))
        self.new.clicked.connect(self.new_sheet)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind)
        bar.addWidget(self.status)
        bar.addWidget(self.new)

        self.count = QLabel()
        self.count.setObjectName("toolboxCount")
        self.results = QListWidget()
        self.results.setObjectName("toolboxResults")
        self.results.setWordWrap(True)
        self.results.currentItemChanged.connect(lambda item, _prev: self._chosen(item))
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.count)
        left.addWidget(self.results)
        left_box = QWidget()
        left_box.setLayout(left)

        self.details = QTextBrowser()
        self.details.setObjectName("sheetDetails")
        self.details.setOpenExternalLinks(True)
        self.edit = QPushButton(self.tr("&Change…"))
        self.publish = QPushButton(self.tr("&Publish"))
        self.unpublish = QPushButton(self.tr("Back to &draft"))
        self.archive = QPushButton(self.tr("A&rchive"))
        self.attach = QPushButton(self.tr("A&ttach a file…"))
        self.open_file = QComboBox()
        self.open_file.setObjectName("openFile")
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.export = QPushButton(self.tr("E&xport as PDF…"))
        for button, slot in (
            (self.edit, self.edit_sheet),
            (self.publish, lambda: self.set_status("published")),
            (self.unpublish, lambda: self.set_status("draft")),
            (self.archive, lambda: self.set_status("archived")),
            (self.attach, self.attach_file),
            (self.open_button, self.open_attachment),
            (self.export, self.export_pdf),
        ):
            button.clicked.connect(slot)
        actions = QHBoxLayout()
        for button in (self.edit, self.publish, self.unpublish, self.archive, self.attach):
            actions.addWidget(button)
        actions.addWidget(self.export)
        actions.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.open_file, 1)
        files.addWidget(self.open_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.details, 1)
        right.addLayout(files)
        right.addLayout(actions)
        right_box = QWidget()
        right_box.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._hits: list = []
        self._enable()

    # --- loading -------------------------------------------------------------------------
    def query(self) -> SheetQuery:
        status = self.status.currentData()
        return SheetQuery(
            text=self.search.text(),
            kind=SheetKind(self.kind.currentData()) if self.kind.currentData() else None,
            statuses=(SheetStatus(status),) if status else None,
        )

    def reload(self) -> None:
        actor, query = self.context.actor, self.query()
        self.context.ops.run(
            lambda s: search_sheets(s, query, actor=actor), parent=self, on_done=self._shown
        )

    def _shown(self, result) -> None:
        self._hits = result.hits
        self.count.setText(
            self.tr("%n sheet(s) found", "", result.total)
            if result.words
            else self.tr("%n sheet(s)", "", result.total)
        )
        chosen = self.sheet.id if self.sheet is not None else None
        self.results.blockSignals(True)
        self.results.clear()
        for hit in result.hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            meta = " · ".join(
                p for p in (kind_label(hit.kind), status_label(hit.status), hit.territory) if p
            )
            text = f"<b>{html.escape(hit.title)}</b><br><small>{html.escape(meta)}</small>"
            if hit.snippet is not None:
                where = html.escape(field_label(hit.snippet.field))
                text += f"<br><small><i>{where}</i> — {snippet_html(hit.snippet)}</small>"
            label.setText(text)
            label.setContentsMargins(4, 4, 4, 4)
            item.setSizeHint(label.sizeHint())
            item.setToolTip(hit.title)
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        self.results.blockSignals(False)
        ids = [h.id for h in result.hits]
        if chosen in ids:
            self.results.setCurrentRow(ids.index(chosen))
        elif ids:
            self.results.setCurrentRow(0)
        else:
            self.sheet = None
            self.details.clear()
            self._enable()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.show_sheet(item.data(Qt.ItemDataRole.UserRole))

    def show_sheet(self, sheet_id: int) -> None:
        actor = self.context.actor

        def load(s):
            return (
                sheet_service.get_sheet(s, sheet_id, actor=actor),
                attachment_service.list_attachments(s, sheet_id, actor=actor),
                sheet_service.list_revisions(s, sheet_id, actor=actor),
            )

        self.context.ops.run(load, parent=self, on_done=self._sheet_shown)

    def _sheet_shown(self, loaded) -> None:
        sheet, files, revisions = loaded
        self.sheet, self.files = sheet, files
        self.details.setHtml(self.sheet_html(sheet, files, revisions))
        self.open_file.clear()
        # The newest version of each file first, then the earlier ones (newest first).
        for f in sorted(files, key=lambda f: (not f.is_latest, -f.id if not f.is_latest else 0)):
            self.open_file.addItem(self.file_choice_text(f), f.id)
        self._enable()

    def sheet_html(self, sheet, files, revisions) -> str:
        esc = html.escape
        meta = " · ".join(
            p
            for p in (
                kind_label(sheet.kind),
                status_label(sheet.status),
                sheet.territory,
                self.tr("by {author}").format(author=sheet.author_name),
                sheet.licence,
            )
            if p
        )
        parts = [f"<h2>{esc(sheet.title)}</h2><p><small>{esc(meta)}</small></p>"]
        if sheet.url:
            parts.append(f'<p><a href="{esc(sheet.url, quote=True)}">{esc(sheet.url)}</a></p>')
        for name in ("summary", "context", "partners", "budget", "body", "worked", "failed",
                     "results", "tags", "disciplines"):  # fmt: skip
            value = getattr(sheet, name)
            if value:
                text = esc(value).replace("\n", "<br>")
                parts.append(f"<h4>{esc(field_label(name))}</h4><p>{text}</p>")
        if files:
            parts.append(f"<h4>{esc(field_label('attachments_text'))}</h4><ul>")
            for f in files:
                if not f.is_latest:
                    continue
                note = _translated(note_message(f.extraction_note)) if f.extraction_note else ""
                line = esc(f.display_name) + (f" — <i>{esc(note)}</i>" if note else "")
                earlier = [g for g in files if g.versions > 1 and not g.is_latest
                           and g.display_name.casefold() == f.display_name.casefold()]  # fmt: skip
                if earlier:
                    line += " — " + esc(self.tr("version {n}").format(n=f.version))
                    items = "".join(
                        "<li>" + esc(self.version_text(g)) + "</li>" for g in reversed(earlier)
                    )
                    line += f"<ul>{items}</ul>"
                parts.append(f"<li>{line}</li>")
            parts.append("</ul>")
        if revisions:
            history = self.tr("History")  # lupdate reads no tr() inside an f-string
            parts.append(f"<h4>{esc(history)}</h4><ul>")
            for r in revisions:
                saved = r.saved_at if r.saved_at.tzinfo else r.saved_at.replace(tzinfo=UTC)
                when = saved.astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M")
                parts.append(
                    "<li>"
                    + esc(self.tr("Version {number}, {when}, {login}").format(
                        number=r.number, when=when, login=r.saved_by_login
                    ))
                    + "</li>"
                )  # fmt: skip
            parts.append("</ul>")
        return "".join(parts)

    def version_text(self, f) -> str:
        """ "Earlier version 1, 02/12/2026, 12 KB" for a file replaced by a newer one."""
        made = f.created_at if f.created_at.tzinfo else f.created_at.replace(tzinfo=UTC)
        return self.tr("earlier version {n}, {when}, {size} KB").format(
            n=f.version,
            when=made.astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M"),
            size=max(1, round(f.size_bytes / 1024)),
        )

    def file_choice_text(self, f) -> str:
        if f.is_latest:
            return f.display_name
        return f"{f.display_name} — {self.version_text(f)}"

    def _enable(self) -> None:
        sheet = self.sheet
        publisher = may_publish(self.context.actor)
        self.edit.setEnabled(sheet is not None and sheet.can_edit)
        self.attach.setEnabled(sheet is not None and sheet.can_edit)
        status = sheet.status.value if sheet is not None else None
        self.publish.setEnabled(publisher and status in ("draft", "archived"))
        self.unpublish.setEnabled(publisher and status in ("published", "archived"))
        self.archive.setEnabled(publisher and status in ("draft", "published"))
        self.export.setEnabled(sheet is not None)
        self.open_file.setEnabled(bool(self.files))
        self.open_button.setEnabled(bool(self.files))

    # --- actions -------------------------------------------------------------------------
    def _run(self, fn, on_done=None) -> None:
        def done(result) -> None:
            if on_done is not None:
                on_done(result)
            self.reload()

        self.context.ops.run(fn, parent=self, on_done=done, changes=(TOOLBOX,))

    def _remember(self, sheet) -> None:
        self.sheet = sheet
        self._enable()

    def new_sheet(self) -> None:
        dialog = SheetDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor, values = self.context.actor, dialog.values()
        self._run(lambda s: sheet_service.create_sheet(s, values, actor=actor), self._remember)

    def new_sheet_from(self, values: dict) -> SheetDialog:
        """The new-sheet dialog filled with `values` (from a project, a call, an event),
        window-modal (`open()`); saving creates the sheet. Returns the dialog."""
        dialog = SheetDialog(dict(values), parent=self)

        def save() -> None:
            actor, filled = self.context.actor, dialog.values()
            self._run(lambda s: sheet_service.create_sheet(s, filled, actor=actor), self._remember)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_sheet(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        dialog = SheetDialog({**sheet.__dict__}, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor, values = self.context.actor, dialog.values()
        self._run(
            lambda s: sheet_service.update_sheet(
                s, sheet.id, values, expected_version=sheet.version_id, actor=actor
            ),
            self._remember,
        )

    def set_status(self, status: str) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        actor = self.context.actor
        self._run(
            lambda s: sheet_service.set_sheet_status(
                s, sheet.id, status, expected_version=sheet.version_id, actor=actor
            ),
            self._remember,
        )

    def attach_file(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a file"),
            "",
            self.tr("Documents (*.pdf *.docx *.odt *.txt *.md);;All files (*)"),
        )
        if path:
            self.attach_path(Path(path))

    def attach_path(self, path: Path) -> None:
        sheet_id, actor = self.sheet.id, self.context.actor
        self._run(lambda s: attachment_service.attach_file(s, sheet_id, path, actor=actor))

    def open_attachment(self) -> None:
        attachment_id = self.open_file.currentData()
        if attachment_id is None:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: attachment_service.attachment_path(s, attachment_id, actor=actor),
            parent=self,
            on_done=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
        )

    def export_pdf(self) -> None:
        sheet, files = self.sheet, list(self.files)
        if sheet is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as PDF"), f"{sheet.title}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_pdf(Path(path), sheet, files)

    def write_pdf(self, path: Path, sheet, files) -> None:
        from incubator_app.reports.toolbox_sheet import build_sheet_pdf
        from incubator_app.ui.app import ui_language

        profile = self.context.profile
        name = profile.name if profile is not None else ""
        lang = ui_language()
        self.context.ops.run(
            lambda: build_sheet_pdf(sheet, files, path, incubator_name=name, locale=lang),
            session=False,
            parent=self,
        )
