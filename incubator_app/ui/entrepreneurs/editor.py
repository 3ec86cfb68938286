"""One entrepreneur's record in its own window: Profile (edited, saved with an optimistic lock),
Pathway & contract, Coaching, Milestones, Services & revenue, Documents, History."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ConflictError, ValidationError
from incubator_app.services.actor import Permission, can
from incubator_app.services.administration.reference_lists import list_disciplines
from incubator_app.services.coaching.coaches import list_coaches
from incubator_app.services.entrepreneurs.cohorts import list_cohorts
from incubator_app.services.entrepreneurs.records import (
    DuplicateMatch,
    EntrepreneurView,
    create_entrepreneur,
    find_possible_duplicates,
    get_entrepreneur,
    update_entrepreneur,
)
from incubator_app.services.privacy.people import PersonRef
from incubator_app.services.sites.members import site_choices
from incubator_app.services.sites.moves import move_entrepreneur
from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.conflict_dialog import ConflictDialog, changed_fields
from incubator_app.ui.entrepreneurs.profile_form import ProfileForm
from incubator_app.ui.privacy.actions import PersonRightsActions, may_use_privacy_actions


def external_tab(kind: str, context: AppContext, entrepreneur_id: int, parent: QWidget) -> QWidget:
    """The record's tabs that belong to other parts of the app, imported when a record opens."""
    if kind == "coaching":
        from incubator_app.ui.coaching.entrepreneur_tab import EntrepreneurCoachingTab as Tab
    elif kind == "fse":
        from incubator_app.ui.funding.fse_tab import FseTab as Tab
    elif kind == "milestones":
        from incubator_app.ui.milestones.entrepreneur_tab import EntrepreneurMilestonesTab as Tab
    else:
        from incubator_app.ui.services.entrepreneur_tab import EntrepreneurServicesTab as Tab
    return Tab(context, entrepreneur_id, parent)


class EntrepreneurEditor(QDialog):
    #: A new record was saved (its id).
    created = Signal(int)
    #: The user asked to open another record (duplicate warning link).
    open_record_requested = Signal(int)

    def __init__(
        self, context: AppContext, entrepreneur_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entrepreneurEditor")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.entrepreneur_id = entrepreneur_id
        self.view: EntrepreneurView | None = None
        self._dirty = False
        self._duplicates_confirmed = False
        self._close_after_save = False
        self.conflict_dialog: ConflictDialog | None = None
        self.resize(980, 720)

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("recordHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.duplicate_banner = QLabel()
        self.duplicate_banner.setObjectName("duplicateBanner")
        self.duplicate_banner.setWordWrap(True)
        self.duplicate_banner.setTextFormat(Qt.TextFormat.RichText)
        self.duplicate_banner.setStyleSheet(
            "#duplicateBanner { background: #fff4d6; color: #5a4500; border: 1px solid #e8c66a;"
            " border-radius: 6px; padding: 8px 12px; }"
        )
        self.duplicate_banner.linkActivated.connect(self._duplicate_link)
        self.duplicate_banner.hide()
        layout.addWidget(self.duplicate_banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        layout.addWidget(self.tabs, 1)

        actor = context.actor
        with context.db.session() as session:
            if entrepreneur_id is not None:
                self.view = get_entrepreneur(session, entrepreneur_id, actor=actor)
            # Retired values leave the pickers but stay on the records that have them.
            has = self.view
            disciplines = [
                (d.id, d.label)
                for d in list_disciplines(session, include_inactive=True, actor=actor)
                if d.active or (has is not None and has.discipline_id == d.id)
            ]
            coaches = [(c.id, c.display_name) for c in list_coaches(session, actor=actor)]
            cohorts = [
                (c.id, c.name)
                for c in list_cohorts(session, include_retired=True, actor=actor)
                if c.active or (has is not None and has.cohort_id == c.id)
            ]
            sites = site_choices(session, actor, keep=has.site_id if has else None)
        self.profile = ProfileForm(disciplines, coaches, cohorts, sites=sites)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.profile)
        self.tabs.addTab(scroll, self.tr("&Profile"))

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.export_data_button: QPushButton | None = None
        self.erase_button: QPushButton | None = None
        if may_use_privacy_actions(context):  # GDPR: administrators only
            self.export_data_button = QPushButton(self.tr("Export personal data…"))
            self.export_data_button.setObjectName("exportPersonalData")
            self.erase_button = QPushButton(self.tr("Erase this person…"))
            self.erase_button.setObjectName("erasePerson")
            for button in (self.export_data_button, self.erase_button):
                buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
                button.setAutoDefault(False)
            self.export_data_button.clicked.connect(self._export_personal_data)
            self.erase_button.clicked.connect(self._erase_person)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save).setWhatsThis(
            self.tr("Save")
        )

        self.profile.load(self.view)
        self.profile.changed.connect(self._on_edit)
        if self.view is not None:
            self._add_record_tabs()
        self._refresh_title()
        self._update_save()

    def privacy_actions(self) -> PersonRightsActions:
        """The export and erasure of this record's person (the record must be saved)."""
        assert self.view is not None
        actions = PersonRightsActions(
            self.context, PersonRef("entrepreneur", self.view.id), self.view.full_name, self
        )
        actions.erased.connect(lambda _report: self._after_erasure(actions))
        return actions

    def _export_personal_data(self) -> None:
        self.privacy_actions().ask_export()

    def _erase_person(self) -> None:
        self.privacy_actions().confirm_erase()

    def _after_erasure(self, actions: PersonRightsActions) -> None:
        """The record is anonymised: nothing left to edit; the window closes with the report."""
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        for button in (self.export_data_button, self.erase_button):
            if button is not None:
                button.setEnabled(False)
                button.hide()
        self._dirty = False
        if actions.box is not None:
            actions.box.finished.connect(self.close)

    # Tabs -----------------------------------------------------------------------------

    def _add_record_tabs(self) -> None:
        from incubator_app.ui.entrepreneurs.documents_tab import DocumentsTab
        from incubator_app.ui.entrepreneurs.history_tab import HistoryTab
        from incubator_app.ui.entrepreneurs.pathway_tab import PathwayTab

        assert self.entrepreneur_id is not None
        rid = self.entrepreneur_id
        self.pathway_tab = PathwayTab(self.context, rid, self)
        self.pathway_tab.stage_changed.connect(self._after_stage_change)
        self.tabs.addTab(self.pathway_tab, self.tr("Pat&hway && contract"))
        self.tabs.addTab(external_tab("coaching", self.context, rid, self), self.tr("&Coaching"))
        self.tabs.addTab(
            external_tab("milestones", self.context, rid, self), self.tr("&Milestones")
        )
        self.tabs.addTab(
            external_tab("services", self.context, rid, self), self.tr("Services && &revenue")
        )
        self.documents_tab = DocumentsTab(self.context, rid, self)
        self.tabs.addTab(self.documents_tab, self.tr("&Documents"))
        # FSE+ answers are sensitive: only those who record them (staff, admins) see the tab.
        if can(self.context.actor, Permission.MANAGE_FUNDING):
            self.tabs.addTab(
                external_tab("fse", self.context, rid, self), self.tr("ESF+ &questionnaires")
            )
        self.history_tab = HistoryTab(self.context, rid, self)
        self.tabs.addTab(self.history_tab, self.tr("His&tory"))
        self.tabs.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is getattr(self, "history_tab", None):
            self.history_tab.reload()

    def _after_stage_change(self, view: EntrepreneurView) -> None:
        # The stage change bumped the record's version: keep the form's edits, take the version.
        self.view = view
        self._refresh_title()

    # State ----------------------------------------------------------------------------

    def _refresh_title(self) -> None:
        if self.view is None:
            title = self.tr("New entrepreneur")
        else:
            title = self.view.full_name
            if self.view.project_name:
                title += f" — {self.view.project_name}"
            if self.view.archived:
                title += " " + self.tr("(archived)")
        self.heading.setText(title)
        self.setWindowTitle(title)

    def _on_edit(self) -> None:
        self._dirty = True
        if self._duplicates_confirmed:
            self._duplicates_confirmed = False
            self.save_button.setText(self.tr("&Save"))
        self._update_save()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _update_privacy_buttons(self) -> None:
        for button in (self.export_data_button, self.erase_button):
            if button is not None and not button.isHidden():
                button.setEnabled(self.view is not None)

    def _update_save(self) -> None:
        valid = self.profile.validate()
        self.save_button.setEnabled(valid and (self._dirty or self.view is None))
        self._update_privacy_buttons()

    # Saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        values = self.profile.values()
        actor = self.context.actor
        if self.view is None:
            if not self._duplicates_confirmed and self._warn_duplicates(values):
                return
            first, last = values.pop("first_name"), values.pop("last_name")
            entry = values.pop("entry_date")
            site_id = values.pop("site_id", None)
            values = {k: v for k, v in values.items() if v is not None}
            self.save_button.setEnabled(False)

            def create(s):
                view = create_entrepreneur(
                    s, first_name=first, last_name=last, entry_date=entry, actor=actor, **values
                )
                if site_id is not None and site_id != view.site_id:
                    move_entrepreneur(s, view.id, site_id, actor=actor)
                    view = get_entrepreneur(s, view.id, actor=actor)
                return view

            self.context.ops.run(
                create,
                label=self.tr("Saving…"),
                parent=self,
                changes={ENTREPRENEUR},
                on_done=self._created,
                on_error=self._save_failed,
            )
            return
        expected = self.view.version_id
        rid = self.view.id
        changes = {k: v for k, v in values.items() if getattr(self.view, k) != v}
        # The site changes by a move of its own (audited with where from and where to).
        moved = "site_id" in changes
        site_id = changes.pop("site_id", None)
        self.save_button.setEnabled(False)

        def update(s):
            view = update_entrepreneur(s, rid, expected_version=expected, actor=actor, **changes)
            if moved:
                move_entrepreneur(s, rid, site_id, expected_version=view.version_id, actor=actor)
                view = get_entrepreneur(s, rid, actor=actor)
            return view

        self.context.ops.run(
            update,
            label=self.tr("Saving…"),
            parent=self,
            changes={ENTREPRENEUR},
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _created(self, view: EntrepreneurView) -> None:
        self.view = view
        self.entrepreneur_id = view.id
        self._dirty = False
        self.duplicate_banner.hide()
        self._add_record_tabs()
        self._refresh_title()
        self._update_save()
        self.created.emit(view.id)

    def _saved(self, view: EntrepreneurView) -> None:
        self.view = view
        self._dirty = False
        self._refresh_title()
        self._update_save()
        if self._close_after_save:
            self.close()

    def _save_failed(self, exc: BaseException) -> bool:
        self._close_after_save = False
        self._update_save()
        if isinstance(exc, ValidationError):
            self.profile.show_service_errors(exc.field_errors)
            return False
        if isinstance(exc, ConflictError) and self.view is not None:
            self._show_conflict()
            return True
        return False

    def _show_conflict(self) -> None:
        assert self.view is not None
        with self.context.db.session() as session:
            theirs = get_entrepreneur(session, self.view.id, actor=self.context.actor)
        rows = changed_fields(self.view, theirs, self.profile.values())
        dialog = ConflictDialog(rows, self)
        dialog.reload_requested.connect(lambda: self._reload_from(theirs))
        dialog.open()
        self.conflict_dialog = dialog

    def _reload_from(self, theirs: EntrepreneurView) -> None:
        self.view = theirs
        self.profile.load(theirs)
        self._dirty = False
        self._refresh_title()
        self._update_save()

    # Duplicates -----------------------------------------------------------------------

    def _warn_duplicates(self, values: dict[str, Any]) -> bool:
        """Shows who may already be on file; True when there is someone (save waits)."""
        year = values.get("birth_year") if isinstance(values.get("birth_year"), int) else None
        with self.context.db.session() as session:
            matches = find_possible_duplicates(
                session,
                email=values.get("email"),
                first_name=values.get("first_name"),
                last_name=values.get("last_name"),
                birth_year=year,
                actor=self.context.actor,
            )
        if not matches:
            return False
        self._show_duplicates(matches)
        self._duplicates_confirmed = True
        self.save_button.setText(self.tr("&Save anyway"))
        return True

    def _show_duplicates(self, matches: list[DuplicateMatch]) -> None:
        lines = []
        for match in matches:
            person = match.entrepreneur
            if match.same_email:
                why = self.tr("same e-mail")
            elif match.same_name_and_birth_year:
                why = self.tr("same name and birth year")
            else:
                why = self.tr("same name")
            lines.append(
                f'<a href="open:{person.id}">{_escape(person.full_name)}</a>'
                f" ({_escape(person.email or '—')}, {why})"
            )
        self.duplicate_banner.setText(
            self.tr("This person may already be on file:")
            + "<br>"
            + "<br>".join(lines)
            + "<br>"
            + self.tr("Open the existing record, or save again to create a new one anyway.")
        )
        self.duplicate_banner.show()

    def _duplicate_link(self, link: str) -> None:
        if link.startswith("open:"):
            self.open_record_requested.emit(int(link.split(":", 1)[1]))

    # Closing --------------------------------------------------------------------------

    def _may_close(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this record before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self._close_after_save = True
            self.save()
            return False  # closes once saved, if the save goes through
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._may_close():
            self._dirty = False
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._dirty and not self._may_close():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
