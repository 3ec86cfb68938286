"""The directory's list at scale: a windowed table (SQL pages), filters by type, commune,
département, listing and "seen in only one listing", a name search; Enter or a double click
opens the actor window (ui/directory/actor_window.py); the review queue's button says how many
pairs wait. "Cross now" crosses the records no run examined yet (a listing imported and not
crossed), or every record again from its menu; a line says what the run did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.directory import list as directory_list
from incubator_app.services.directory import review as review_service
from incubator_app.services.directory import runs as run_service
from incubator_app.ui.context import AppContext
from incubator_app.ui.directory.actor_window import ActorWindow, actor_kind_names
from incubator_app.ui.directory.dedupe_dialog import DedupeDialog
from incubator_app.ui.directory.listing_import import ListingImportDialog
from incubator_app.ui.directory.review_dialog import DIRECTORY, ReviewDialog
from incubator_app.ui.windowed_model import Column, WindowedTableModel


class DirectoryView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.listing = QComboBox()
        self.commune = QLineEdit()
        self.commune.setPlaceholderText(self.tr("INSEE code"))
        self.commune.setMaximumWidth(110)
        self.departement = QLineEdit()
        self.departement.setPlaceholderText(self.tr("Département"))
        self.departement.setMaximumWidth(110)
        self.only_one = QCheckBox(self.tr("Seen in only &one listing"))
        self.review = QPushButton(self.tr("&Review pairs"))
        self.review.clicked.connect(self._open_review)
        self.import_listing = QPushButton(self.tr("Import a listin&g…"))
        self.import_listing.clicked.connect(self._open_import)
        self.import_listing.setEnabled(can(context.actor, Permission.MANAGE_DIRECTORY))
        self.new_actor = QPushButton(self.tr("&New actor…"))
        self.new_actor.setToolTip(self.tr("An actor typed by hand (Insert in the list)"))
        self.new_actor.clicked.connect(self.open_new_actor)
        self.new_actor.setEnabled(can(context.actor, Permission.MANAGE_DIRECTORY))
        self.dedupe = QPushButton(self.tr("Find d&uplicates…"))
        self.dedupe.clicked.connect(self._open_dedupe)
        self.dedupe.setEnabled(can(context.actor, Permission.MANAGE_DIRECTORY))
        # "Cross now": a menu, the new records first (Enter), every record again second.
        self.cross = QPushButton(self.tr("Cross no&w"))
        self.cross.setEnabled(can(context.actor, Permission.MANAGE_DIRECTORY))
        cross_menu = QMenu(self.cross)
        self.cross_new = cross_menu.addAction(self.tr("Cross the new records"))
        self.cross_new.triggered.connect(lambda: self.run_cross(full=False))
        self.cross_all = cross_menu.addAction(self.tr("Cross every record again"))
        self.cross_all.triggered.connect(lambda: self.run_cross(full=True))
        self.cross.setMenu(cross_menu)
        self.cross_status = QLabel()
        self.cross_status.setObjectName("crossStatus")
        self.cross_status.setWordWrap(True)
        self.cross_status.hide()
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.only_one)
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("&Type"), self.kind),
            (self.tr("&Listing"), self.listing),
            (self.tr("&Commune"), self.commune),
            (self.tr("&Département"), self.departement),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.new_actor)
        kinds = actor_kind_names()
        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Name"), lambda r: r.name, "name"),
                Column(self.tr("Type"), lambda r: kinds.get(r.kind, r.kind or ""), "kind"),
                Column(self.tr("Commune"), lambda r: r.commune, "commune"),
                Column(self.tr("Département"), lambda r: r.departement),
                Column(self.tr("Web site"), lambda r: r.website or ""),
                Column(self.tr("Sources"), lambda r: str(r.sources), "sources", align_right=True),
            ],
            parent=self,
        )
        self.model.count_changed.connect(
            lambda n: self.count.setText(self.tr("%n actor(s)", "", n))
        )
        self.table = QTableView()
        self.table.setObjectName("directoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 380)
        self.table.setColumnWidth(2, 180)
        self.table.setColumnWidth(3, 160)
        self.table.setColumnWidth(4, 200)
        # Enter or a double click opens the actor window.
        self.table.activated.connect(self._open_actor)
        insert = QShortcut(QKeySequence("Ins"), self.table)
        insert.setContext(Qt.ShortcutContext.WidgetShortcut)
        insert.setWhatsThis(self.tr("New actor"))
        insert.activated.connect(self.new_actor.click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cross_status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.import_listing)
        bottom.addWidget(self.cross)
        bottom.addWidget(self.dedupe)
        bottom.addWidget(self.review)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self._apply)
        self.commune.editingFinished.connect(self._apply)
        self.departement.editingFinished.connect(self._apply)
        self.kind.currentIndexChanged.connect(self._apply)
        self.listing.currentIndexChanged.connect(self._apply)
        self.only_one.toggled.connect(self._apply)
        self.model.set_sort("name")

    def reload(self) -> None:
        actor = self.context.actor

        def load(s):
            return (
                directory_list.list_kinds(s, actor=actor),
                directory_list.list_listings(s, actor=actor),
                review_service.count_review_queue(s, actor=actor),
                run_service.count_unexamined(s, actor=actor),
            )

        self.context.ops.run(load, parent=self, on_done=self._loaded)

    def _loaded(self, loaded) -> None:
        kinds, listings, waiting, unexamined = loaded
        names = actor_kind_names()
        for combo, entries in (
            (self.kind, [(names.get(k, k), k) for k in kinds]),
            (self.listing, [(f"{x.source} ({x.rows})", x.id) for x in listings]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in entries:
                combo.addItem(text, data)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.review.setText(self.tr("&Review pairs (%n)", "", waiting))
        self.cross_new.setText(self.tr("Cross the %n new record(s)", "", unexamined))
        self._apply()

    def current_filter(self) -> directory_list.DirectoryFilter:
        return directory_list.DirectoryFilter(
            text=self.search.text(),
            kind=self.kind.currentData(),
            commune_insee=self.commune.text().strip() or None,
            departement=self.departement.text().strip().upper() or None,
            listing_id=self.listing.currentData(),
            only_one_listing=self.only_one.isChecked(),
        )

    def _apply(self) -> None:
        self.model.set_source(
            directory_list.DirectoryListSource(self.current_filter(), self.context.actor)
        )

    def run_cross(self, *, full: bool):
        """The link run, incremental (the records no run examined yet) or `full`; the
        thresholds are the defaults (the listing import's step 3 lets them be changed)."""
        if not self.cross.isEnabled():
            return None
        actor = self.context.actor
        self.cross.setEnabled(False)
        self.cross_status.setText(self.tr("Crossing the listings…"))
        self.cross_status.show()
        return self.context.ops.run(
            lambda s: run_service.link_directory(s, full=full, actor=actor),
            label=self.tr("Crossing the listings…"),
            parent=self,
            on_done=self._crossed,
            on_error=self._cross_failed,
            changes=(DIRECTORY,),
        )

    def _crossed(self, summary: run_service.LinkSummary) -> None:
        self.cross.setEnabled(True)
        if summary.examined == 0:
            text = self.tr("Nothing new to cross: every record was examined already.")
        else:
            text = (
                self.tr(
                    "%n record(s) examined: %1 pair(s) merged, %2 waiting for review, %3 rejected.",
                    "",
                    summary.examined,
                )
                .replace("%1", str(summary.merged))
                .replace("%2", str(summary.review))
                .replace("%3", str(summary.rejected))
            )
        self.cross_status.setText(text)
        self.reload()

    def _cross_failed(self, _error: BaseException) -> None:
        self.cross.setEnabled(True)
        self.cross_status.hide()  # the message box tells what went wrong

    def _open_actor(self, index) -> None:
        actor_id = self.model.id_at(index.row()) if index.isValid() else None
        if actor_id is None:
            return
        window = ActorWindow(self.context, actor_id, self)
        window.changed.connect(self.model.refresh)
        window.open()

    def open_new_actor(self) -> ActorWindow | None:
        if not self.new_actor.isEnabled():
            return None
        window = ActorWindow(self.context, None, self)
        window.changed.connect(self.model.refresh)
        window.finished.connect(lambda _r: self.reload())
        window.open()
        return window

    def _open_import(self) -> None:
        dialog = ListingImportDialog(self.context, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()

    def _open_dedupe(self) -> None:
        dialog = DedupeDialog(self.context, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()

    def _open_review(self) -> None:
        dialog = ReviewDialog(self.context, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()


__all__ = ["DIRECTORY", "DirectoryView"]
