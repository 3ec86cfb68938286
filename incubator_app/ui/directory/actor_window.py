"""The actor window: an actor's fields with where each came from (a listing's row, or a
person's edit), editable by those who manage the directory; its links to other actors, to
people (contacts) and to entrepreneurs; its source records and where they disagree.

Keyboard: Ctrl+S saves; in a list of links, Insert adds and Delete removes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.directory import actors as actor_service
from incubator_app.services.directory import links as link_service
from incubator_app.services.directory import merges as merge_service
from incubator_app.services.directory.territory import sector_classes
from incubator_app.ui.context import AppContext
from incubator_app.ui.directory.review_dialog import DIRECTORY
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError

SEARCH_DELAY_MS = 150


def field_names() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("ActorWindow", "Name"),
        "aliases": QCoreApplication.translate("ActorWindow", "Other names"),
        "kind": QCoreApplication.translate("ActorWindow", "Type"),
        "disciplines": QCoreApplication.translate("ActorWindow", "Disciplines"),
        "sector": QCoreApplication.translate("ActorWindow", "Sector"),
        "siret": QCoreApplication.translate("ActorWindow", "SIRET"),
        "siren": QCoreApplication.translate("ActorWindow", "SIREN"),
        "rna": QCoreApplication.translate("ActorWindow", "RNA number"),
        "registry_ids": QCoreApplication.translate("ActorWindow", "Registry ids"),
        "website": QCoreApplication.translate("ActorWindow", "Web site"),
        "email": QCoreApplication.translate("ActorWindow", "E-mail"),
        "phone": QCoreApplication.translate("ActorWindow", "Phone"),
        "address": QCoreApplication.translate("ActorWindow", "Address"),
        "postal_code": QCoreApplication.translate("ActorWindow", "Postal code"),
        "commune_insee": QCoreApplication.translate("ActorWindow", "Commune (INSEE code)"),
        "latitude": QCoreApplication.translate("ActorWindow", "Latitude"),
        "longitude": QCoreApplication.translate("ActorWindow", "Longitude"),
        "creation_year": QCoreApplication.translate("ActorWindow", "Created in"),
        "description": QCoreApplication.translate("ActorWindow", "Description"),
    }


def actor_kind_names() -> dict[str, str]:
    return {
        "festival": QCoreApplication.translate("ActorWindow", "Festival"),
        "venue": QCoreApplication.translate("ActorWindow", "Venue"),
        "museum": QCoreApplication.translate("ActorWindow", "Museum"),
        "library": QCoreApplication.translate("ActorWindow", "Library"),
        "company": QCoreApplication.translate("ActorWindow", "Company"),
        "association": QCoreApplication.translate("ActorWindow", "Association"),
        "collective": QCoreApplication.translate("ActorWindow", "Collective"),
        "third_place": QCoreApplication.translate("ActorWindow", "Third place"),
        "school": QCoreApplication.translate("ActorWindow", "School"),
        "local_authority": QCoreApplication.translate("ActorWindow", "Local authority"),
        "elected_official": QCoreApplication.translate("ActorWindow", "Elected official"),
    }


def sector_names() -> dict[str, str]:
    return {
        "professional": QCoreApplication.translate("ActorWindow", "Professional"),
        "amateur": QCoreApplication.translate("ActorWindow", "Amateur"),
        "for_profit": QCoreApplication.translate("ActorWindow", "For-profit"),
        "non_profit": QCoreApplication.translate("ActorWindow", "Non-profit"),
        "public": QCoreApplication.translate("ActorWindow", "Public"),
    }


def link_kind_names() -> dict[str, str]:
    return {
        "member_of": QCoreApplication.translate("ActorWindow", "member of"),
        "has_member": QCoreApplication.translate("ActorWindow", "has as member"),
        "partner_of": QCoreApplication.translate("ActorWindow", "partner of"),
        "company": QCoreApplication.translate("ActorWindow", "their company"),
        "partner_venue": QCoreApplication.translate("ActorWindow", "partner venue"),
    }


def how_names() -> dict[str, str]:
    return {
        "import": QCoreApplication.translate("ActorWindow", "imported"),
        "auto": QCoreApplication.translate("ActorWindow", "linked automatically"),
        "review": QCoreApplication.translate("ActorWindow", "decided by a person"),
    }


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, dict):  # registry ids, typed back as `registry: id; registry: id`
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


class PickDialog(QDialog):
    """Type a few letters, pick one of the matches (Down moves into them), say how it is linked
    (a kind from a list, or a free role)."""

    def __init__(
        self,
        context: AppContext,
        title: str,
        search: Callable,
        kinds: list[tuple[str, str]] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPick")
        self.setWindowTitle(title)
        self.context = context
        self.search_fn = search
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Type a few letters of the name…"))
        self.matches = QListWidget()
        self.kind = QComboBox()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("direction, programmation…"))
        self.error = FieldError()
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(find)
        layout.addWidget(self.text)
        layout.addWidget(self.matches, 1)
        how = QLabel(self.tr("&Link:") if kinds else self.tr("R&ole:"))
        how.setBuddy(self.kind if kinds else self.role)
        row = QHBoxLayout()
        row.addWidget(how)
        if kinds:
            for label, value in kinds:
                self.kind.addItem(label, value)
            row.addWidget(self.kind, 1)
            self.role.hide()
        else:
            row.addWidget(self.role, 1)
            self.kind.hide()
        layout.addLayout(row)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._search)
        self.text.textChanged.connect(lambda _t: self.timer.start())
        self.text.installEventFilter(self)
        self.resize(520, 420)
        self._search()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.text and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.matches.count():
                self.matches.setFocus()
                self.matches.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        text, search = self.text.text(), self.search_fn
        self.context.ops.run(lambda s: search(s, text), parent=self, on_done=self._found)

    def _found(self, choices) -> None:
        self.matches.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def chosen(self) -> tuple[int | None, str | None]:
        item = self.matches.currentItem()
        picked = item.data(Qt.ItemDataRole.UserRole) if item else None
        how = self.kind.currentData() if self.kind.count() else self.role.text()
        return picked, how

    def _accept(self) -> None:
        if self.chosen()[0] is None:
            self.error.show_error(self.tr("Pick one of the matches first."))
            return
        self.accept()


class LinkList(QWidget):
    """A titled list of links with Add and Remove (Insert / Delete in the list)."""

    def __init__(self, title: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QGroupBox(title)
        self.list = QListWidget()
        self.add = QPushButton(add_text)
        self.remove = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.list, 1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        for key, button in ((QKeySequence.StandardKey.Delete, self.remove), ("Ins", self.add)):
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(button.click)

    def fill(self, entries: list[tuple[str, object]]) -> None:
        self.list.clear()
        for text, data in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        self.remove.setEnabled(bool(entries) and self.add.isEnabled())

    def current(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class ElidedLabel(QLabel):
    """One line, cut with "…" when narrower than its text (the whole text in its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class SectorBoxes(QWidget):
    """The actor's sectors: one check box per sector of the list (for-profit and non-profit
    exclude each other), saved as their codes joined by ", ". An imported text outside the list
    is shown as written, its boxes checked as the territorial view reads it, and saved as it
    is unless a box is changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        for index, (code, text) in enumerate(sector_names().items()):
            box = QCheckBox(text)
            box.setObjectName(f"sector_{code}")
            self.boxes[code] = box
            layout.addWidget(box, index // 3, index % 3)
        self.written = ElidedLabel()
        self.written.setObjectName("sectorAsWritten")
        self.written.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.written, 2, 0, 1, 4)
        layout.setColumnStretch(3, 1)
        for code, other in (("for_profit", "non_profit"), ("non_profit", "for_profit")):
            self.boxes[code].toggled.connect(
                lambda on, other=other: on and self.boxes[other].setChecked(False)
            )
        self._loaded_text = ""
        self._loaded_codes: frozenset[str] = frozenset()
        self.set_value(None)

    def first(self) -> QCheckBox:
        return next(iter(self.boxes.values()))

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)

    def checked(self) -> frozenset[str]:
        return frozenset(c for c, box in self.boxes.items() if box.isChecked())

    def set_value(self, text: str | None) -> None:
        text = text or ""
        codes = actor_service.sector_codes(text)
        free = codes is None
        if free:
            codes = sector_classes(text)
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
        self._loaded_text = text
        self._loaded_codes = self.checked()
        self.written.set_full_text(
            self.tr("As imported: {text}").replace("{text}", text) if free else ""
        )
        self.written.setVisible(free)

    def value(self) -> str:
        """The imported text when no box changed, else the checked codes joined."""
        if self.checked() == self._loaded_codes:
            return self._loaded_text
        return actor_service.join_sectors(self.checked()) or ""


class ActorWindow(QDialog):
    """One actor: Details (editable), Links, Sources. Without an actor id, a new actor typed
    by hand: the same fields and checks; its links can be added once it is saved."""

    changed = Signal()

    def __init__(
        self, context: AppContext, actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryActor")
        self.context = context
        self.actor_id = actor_id
        self.detail: actor_service.ActorDetail | None = None
        self.editable = can(context.actor, Permission.MANAGE_DIRECTORY)
        names = field_names()
        self.edits: dict[str, QLineEdit] = {}
        # Type: a choice list (a value an imported listing wrote otherwise is kept as an extra
        # choice, shown as written).
        self.choices: dict[str, QComboBox] = {}
        choice_names = {"kind": actor_kind_names()}
        # Sectors: several may be checked (SectorBoxes).
        self.sectors = SectorBoxes()
        self.sectors.setObjectName("actor_sector")
        self.origins: dict[str, QLabel] = {}
        details = QWidget()
        grid = QGridLayout(details)
        # A mnemonic for the fields reached most often.
        mnemonic = {
            "name": self.tr("&Name"),
            "kind": self.tr("&Type"),
            "sector": self.tr("Secto&r"),
            "siret": self.tr("S&IRET"),
            "website": self.tr("&Web site"),
        }
        half = (len(actor_service.EDITABLE_FIELDS) - 1 + 1) // 2
        position = 0
        for field in actor_service.EDITABLE_FIELDS:
            if field == "description":
                continue
            column, row = divmod(position, half)
            position += 1
            label = QLabel(mnemonic.get(field, names[field]))
            if field == "sector":
                edit = self.sectors
                self.sectors.set_editable(self.editable)
            elif field in choice_names:
                edit = QComboBox()
                edit.setObjectName(f"actor_{field}")
                edit.addItem(self.tr("Not stated"), None)
                for code, text in choice_names[field].items():
                    edit.addItem(text, code)
                edit.setEnabled(self.editable)
                self.choices[field] = edit
            else:
                edit = QLineEdit()
                edit.setObjectName(f"actor_{field}")
                edit.setReadOnly(not self.editable)
                self.edits[field] = edit
            if field == "registry_ids":
                edit.setPlaceholderText(self.tr("museofile: M0966; deps: 12345"))
            elif field in ("latitude", "longitude"):
                edit.setPlaceholderText(self.tr("decimal degrees"))
            label.setBuddy(self.sectors.first() if field == "sector" else edit)
            origin = QLabel()
            origin.setObjectName("fieldOrigin")
            origin.setStyleSheet("color: palette(placeholder-text);")
            self.origins[field] = origin
            grid.addWidget(label, row * 2, column * 2)
            grid.addWidget(edit, row * 2, column * 2 + 1)
            grid.addWidget(origin, row * 2 + 1, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.description = QPlainTextEdit()
        self.description.setReadOnly(not self.editable)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        description = QLabel(self.tr("&Description"))
        description.setBuddy(self.description)
        self.place = QLabel()
        grid.addWidget(description, half * 2, 0)
        grid.addWidget(self.description, half * 2, 1, 1, 3)
        grid.addWidget(self.place, half * 2 + 1, 1, 1, 3)
        self.error = FieldError()
        grid.addWidget(self.error, half * 2 + 2, 0, 1, 4)
        grid.setRowStretch(half * 2 + 3, 1)

        self.actor_links = LinkList(self.tr("Other actors"), self.tr("Add an a&ctor…"))
        self.contacts = LinkList(self.tr("People"), self.tr("Add a &person…"))
        self.entrepreneurs = LinkList(self.tr("Entrepreneurs"), self.tr("Add an &entrepreneur…"))
        links = QWidget()
        links_layout = QHBoxLayout(links)
        for part in (self.actor_links, self.contacts, self.entrepreneurs):
            part.add.setEnabled(self.editable)
            links_layout.addWidget(part)
        self.actor_links.add.clicked.connect(self._add_actor)
        self.actor_links.remove.clicked.connect(self._remove_actor)
        self.contacts.add.clicked.connect(self._add_contact)
        self.contacts.remove.clicked.connect(self._remove_contact)
        self.entrepreneurs.add.clicked.connect(self._add_entrepreneur)
        self.entrepreneurs.remove.clicked.connect(self._remove_entrepreneur)

        self.sources = QTableWidget(0, 4)
        self.sources.setHorizontalHeaderLabels(
            [self.tr("Listing"), self.tr("Row"), self.tr("How"), self.tr("Score")]
        )
        self.sources.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sources.horizontalHeader().setStretchLastSection(True)
        self.sources.setColumnWidth(0, 300)
        self.disagree = QLabel()
        self.disagree.setWordWrap(True)
        self.disagree.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sources = QWidget()
        sources_layout = QVBoxLayout(sources)
        sources_layout.addWidget(self.sources, 1)
        sources_layout.addWidget(self.disagree)
        # Undoing the last merge: remembered as "these are not the same" (merges.unmerge).
        self.last_merge: merge_service.LastMerge | None = None
        self.merged_with = QLabel()
        self.merged_with.setWordWrap(True)
        self.unmerge = QPushButton(self.tr("Undo the last &merge…"))
        self.unmerge.setObjectName("undoLastMerge")
        self.unmerge.setEnabled(False)
        self.unmerge.clicked.connect(self._ask_unmerge)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merged_with, 1)
        merge_row.addWidget(self.unmerge)
        sources_layout.addLayout(merge_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Detai&ls"))
        self.tabs.addTab(links, self.tr("Lin&ks"))
        self.tabs.addTab(sources, self.tr("So&urces"))
        self.save = QPushButton(self.tr("&Save"))
        self.save.setEnabled(self.editable)
        self.save.clicked.connect(self._save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1060, 620)
        if actor_id is None:
            self.setWindowTitle(self.tr("New actor"))
            for index in (1, 2):  # links and sources: once the actor exists
                self.tabs.setTabEnabled(index, False)
        else:
            self.reload()

    # Loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        actor, actor_id = self.context.actor, self.actor_id
        if actor_id is None:
            return

        def load(s):
            return (
                actor_service.get_actor(s, actor_id, actor=actor),
                link_service.actor_links(s, actor_id, actor=actor),
                merge_service.last_merge(s, actor_id, actor=actor),
            )

        self.context.ops.run(load, parent=self, on_done=self._loaded)

    def _loaded(self, loaded) -> None:
        detail, links, last = loaded
        self._show_detail(detail)
        self._show_links(links)
        self._show_last_merge(last)

    def _show_last_merge(self, last: merge_service.LastMerge | None) -> None:
        self.last_merge = last
        self.unmerge.setEnabled(last is not None and self.editable)
        self.merged_with.setText(
            self.tr("Last merged: {name} (by {user}).")
            .replace("{name}", last.absorbed_name)
            .replace("{user}", last.user_login)
            if last is not None
            else ""
        )

    def _ask_unmerge(self) -> QMessageBox | None:
        last = self.last_merge
        if last is None or not self.unmerge.isEnabled():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Undo the last merge"),
            self.tr(
                "Separate “{name}” from this actor again? Its listing rows go back to it, the "
                "fields are restored as before the merge, and it is remembered that they are "
                "different: no later crossing merges them again."
            ).replace("{name}", last.absorbed_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("undoMergeBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Separate them"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep them merged"))
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                actor, merge_id = self.context.actor, last.merge_id
                self._change(lambda s: merge_service.unmerge(s, merge_id, actor=actor))

        box.finished.connect(answered)
        box.open()
        return box

    def _origin_text(self, origin: actor_service.FieldOrigin | None) -> str:
        if origin is None:
            return ""
        if origin.user:
            return self.tr("typed by {user}").replace("{user}", origin.user)
        return (
            self.tr("from {source}, row {row}")
            .replace("{source}", origin.source or "")
            .replace("{row}", str(origin.row_number))
        )

    def _show_detail(self, detail: actor_service.ActorDetail) -> None:
        self.detail = detail
        self.setWindowTitle(detail.values["name"] or "")
        for field, edit in self.edits.items():
            edit.setText(_shown(detail.values[field]))
        for field, combo in self.choices.items():
            value = detail.values[field] or None
            index = combo.findData(value)
            if index < 0:  # an imported value outside the list: kept, shown as written
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.sectors.set_value(detail.values["sector"])
        for field, origin in self.origins.items():
            origin.setText(self._origin_text(detail.origins.get(field)))
        self.description.setPlainText(detail.values["description"] or "")
        self.place.setText(
            " · ".join(p for p in (detail.commune, detail.epci, detail.departement) if p)
        )
        self.sources.setRowCount(len(detail.sources))
        hows = how_names()
        for row, source in enumerate(detail.sources):
            score = "" if source.score is None else f"{source.score:.1f}"
            for column, text in enumerate(
                (source.source, str(source.row_number), hows.get(source.how, source.how), score)
            ):
                self.sources.setItem(row, column, QTableWidgetItem(text))
        names = field_names()
        if detail.disagreements:
            lines = [
                f"{names.get(f, f)}: {' | '.join(values)}"
                for f, values in detail.disagreements.items()
            ]
            self.disagree.setText(self.tr("Where the sources disagree:") + "\n" + "\n".join(lines))
        else:
            self.disagree.setText(self.tr("The sources agree."))

    def _show_links(self, links: link_service.ActorLinks) -> None:
        kinds = link_kind_names()
        self.actor_links.fill([(f"{kinds[a.kind]} {a.other_name}", a.id) for a in links.actors])
        self.contacts.fill(
            [
                (f"{c.name} — {c.kind}" if c.kind else c.name, (c.holder, c.id))
                for c in links.contacts
            ]
        )
        self.entrepreneurs.fill(
            [(f"{e.name} — {kinds[e.kind]}", (e.holder, e.id)) for e in links.entrepreneurs]
        )

    # Saving --------------------------------------------------------------------------------

    def typed_values(self) -> dict[str, str]:
        values = {f: e.text() for f, e in self.edits.items()}
        for field, combo in self.choices.items():
            values[field] = combo.currentData() or ""
        values["sector"] = self.sectors.value()
        values["description"] = self.description.toPlainText()
        return values

    def _save(self) -> None:
        if not self.editable or (self.detail is None and self.actor_id is not None):
            return
        self.error.clear_error()
        actor, actor_id = self.context.actor, self.actor_id
        values = self.typed_values()

        def done(detail) -> None:
            if self.actor_id is None:  # created: its links can be added now
                self.actor_id = detail.id
                for index in (1, 2):
                    self.tabs.setTabEnabled(index, True)
                self._show_links(link_service.ActorLinks([], [], []))
            self._show_detail(detail)
            self.changed.emit()

        if actor_id is None:
            self.context.ops.run(
                lambda s: actor_service.create_actor(s, values, actor=actor),
                parent=self,
                on_done=done,
                on_error=self._inline_error,
                changes=(DIRECTORY,),
            )
            return
        assert self.detail is not None
        version = self.detail.version_id

        self.context.ops.run(
            lambda s: actor_service.update_actor(
                s, actor_id, values, expected_version=version, actor=actor
            ),
            parent=self,
            on_done=done,
            on_error=self._inline_error,
            changes=(DIRECTORY,),
        )

    def _inline_error(self, exc: BaseException) -> bool | None:
        text = inline_error_text(exc, field_names())
        if text is None:
            return None
        self.error.show_error(text)
        return True

    # Links ---------------------------------------------------------------------------------

    def _change(self, fn: Callable) -> None:
        def done(_result) -> None:
            self.reload()
            self.changed.emit()

        self.context.ops.run(fn, parent=self, on_done=done, changes=(DIRECTORY,))

    def _pick(self, title: str, search: Callable, kinds, then: Callable) -> None:
        dialog = PickDialog(self.context, title, search, kinds, self)

        def accepted() -> None:
            picked, how = dialog.chosen()
            if picked is not None:
                then(picked, how)

        dialog.accepted.connect(accepted)
        dialog.open()

    def _add_actor(self) -> None:
        actor, me = self.context.actor, self.actor_id
        kinds = link_kind_names()
        self._pick(
            self.tr("Link to another actor"),
            lambda s, text: actor_service.find_actors(s, text, actor=actor, exclude=me),
            [(kinds["member_of"], "member_of"), (kinds["partner_of"], "partner_of")],
            lambda other, kind: self._change(
                lambda s: link_service.link_actors(s, me, other, kind, actor=actor)
            ),
        )

    def _remove_actor(self) -> None:
        link_id, actor = self.actor_links.current(), self.context.actor
        if link_id is not None:
            self._change(lambda s: link_service.unlink_actors(s, link_id, actor=actor))

    def _add_contact(self) -> None:
        actor, me = self.context.actor, self.actor_id
        self._pick(
            self.tr("Link a person"),
            lambda s, text: actor_service.find_contacts(s, text, actor=actor),
            None,
            lambda contact, role: self._change(
                lambda s: link_service.link_contact(s, me, contact, role, actor=actor)
            ),
        )

    def _remove_contact(self) -> None:
        chosen, actor = self.contacts.current(), self.context.actor
        if chosen is not None:
            holder, contact = chosen
            self._change(lambda s: link_service.unlink_contact(s, holder, contact, actor=actor))

    def _add_entrepreneur(self) -> None:
        actor, me = self.context.actor, self.actor_id
        kinds = link_kind_names()
        self._pick(
            self.tr("Link an entrepreneur"),
            lambda s, text: actor_service.find_entrepreneurs(s, text, actor=actor),
            [(kinds["company"], "company"), (kinds["partner_venue"], "partner_venue")],
            lambda person, kind: self._change(
                lambda s: link_service.link_entrepreneur(s, me, person, kind, actor=actor)
            ),
        )

    def _remove_entrepreneur(self) -> None:
        chosen, actor = self.entrepreneurs.current(), self.context.actor
        if chosen is not None:
            holder, person = chosen
            self._change(lambda s: link_service.unlink_entrepreneur(s, holder, person, actor=actor))
