"""A contact's window: who they are (name, e-mail, phone, organisation, commune), the language of
the e-mails they receive (editable by those who manage events), their consent records (purpose,
date, source, text version) and what they took part in; for administrators, the two GDPR rights
the CLI has (`gdpr export --contact`, `gdpr erase --contact`) through the same services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.glossary import term_of
from incubator_app.models.vocabulary import EnrolmentStatus, RegistrationStatus
from incubator_app.services.actor import Permission, can
from incubator_app.services.contacts.details import ContactDetails, get_contact_details
from incubator_app.services.contacts.records import set_contact_language
from incubator_app.services.privacy.legal_basis import CONSENT_PURPOSES
from incubator_app.services.privacy.people import PersonRef
from incubator_app.ui.app import language_names
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.directory.review_dialog import DIRECTORY
from incubator_app.ui.events.texts import local
from incubator_app.ui.messages import show_error
from incubator_app.ui.privacy.actions import PersonRightsActions, may_use_privacy_actions


def participation_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "registration": translate("ContactWindow", "Event"),
        "course": translate("ContactWindow", "Course"),
        "course_waiting": translate("ContactWindow", "Course waiting list"),
        "volunteer": translate("ContactWindow", "Pool of a call"),
        "project": translate("ContactWindow", "Project"),
        "actor": translate("ContactWindow", "Works with the actor"),
    }


def status_text(kind: str, status: str | None) -> str:
    if status is None:
        return ""
    vocabulary = EnrolmentStatus if kind == "course" else RegistrationStatus
    found = term_of(vocabulary, status) if kind != "actor" else None
    return QCoreApplication.translate(*found) if found else status


def purpose_text(purpose: str) -> str:
    known = CONSENT_PURPOSES.get(purpose)
    return QCoreApplication.translate(*known) if known else purpose


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class ContactWindow(QDialog):
    #: The contact changed (language) or was erased: lists showing them re-read.
    changed = Signal()

    def __init__(self, context: AppContext, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactWindow")
        self.context = context
        self.contact_id = contact_id
        self.resize(820, 620)
        self.details: ContactDetails | None = None
        self.box = None

        self.name = QLabel()
        self.name.setObjectName("contactName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.email = QLabel()
        self.phone = QLabel()
        self.organisation = QLabel()
        self.commune = QLabel()
        for label in (self.email, self.phone, self.organisation, self.commune):
            label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
        self.language = QComboBox()
        self.language.setObjectName("contactLanguage")
        for code, language_name in language_names().items():
            self.language.addItem(language_name, code)
        self.language.setEnabled(can(context.actor, Permission.MANAGE_EVENTS))
        self.language.setToolTip(self.tr("The language of the e-mails this person receives."))
        form = QFormLayout()
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Commune:"), self.commune)
        language_label = QLabel(self.tr("&Language of e-mails:"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        form.addRow(language_label, language_row)

        self.consents = _table(
            [
                self.tr("Purpose"),
                self.tr("Given"),
                self.tr("Date"),
                self.tr("Source"),
                self.tr("Text version"),
            ],
            "contactConsents",
        )
        consents_box = QGroupBox(self.tr("Consents"))
        QVBoxLayout(consents_box).addWidget(self.consents)
        self.participations = _table(
            [self.tr("What"), self.tr("Title"), self.tr("When"), self.tr("Status")],
            "contactParticipations",
        )
        took_part = QGroupBox(self.tr("Registrations and participations"))
        QVBoxLayout(took_part).addWidget(self.participations)

        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
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
            self.export_data_button.clicked.connect(lambda: self.privacy_actions().ask_export())
            self.erase_button.clicked.connect(lambda: self.privacy_actions().confirm_erase())

        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(form)
        layout.addWidget(consents_box, 1)
        layout.addWidget(took_part, 2)
        layout.addWidget(buttons)
        self.load()
        self.language.currentIndexChanged.connect(self._language_chosen)

    def load(self) -> None:
        with self.context.db.session() as session:
            self.details = get_contact_details(session, self.contact_id, actor=self.context.actor)
        d = self.details
        c = d.contact
        self.setWindowTitle(self.tr("Contact: %1").replace("%1", d.name))
        self.name.setText(d.name)
        self.email.setText(c.email or "—")
        self.phone.setText(c.phone or "—")
        self.organisation.setText(c.organisation or "—")
        self.commune.setText(c.commune or "—")
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(c.language), 0))
        self.language.blockSignals(False)
        yes, no = self.tr("yes"), self.tr("withdrawn")
        _fill(
            self.consents,
            [
                [
                    purpose_text(x.purpose),
                    yes if x.given else no,
                    x.given_on.strftime("%d/%m/%Y"),
                    x.source,
                    x.text_version,
                ]
                for x in d.consents
            ],
        )
        kinds = participation_kinds()
        _fill(
            self.participations,
            [
                [kinds.get(p.kind, p.kind), p.title, local(p.at), status_text(p.kind, p.status)]
                for p in d.participations
            ],
        )

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        try:
            with self.context.db.session() as session:
                set_contact_language(session, self.contact_id, code, actor=self.context.actor)
        except Exception as exc:  # noqa: BLE001 - shown to the user, then the window re-reads
            self.box = show_error(self, exc)
            self.load()
            return
        self.changed.emit()

    def privacy_actions(self) -> PersonRightsActions:
        assert self.details is not None
        actions = PersonRightsActions(
            self.context,
            PersonRef("contact", self.contact_id),
            self.details.name,
            self,
            changes={DIRECTORY, EVENT},
        )
        actions.erased.connect(lambda _report: self._after_erasure(actions))
        return actions

    def _after_erasure(self, actions: PersonRightsActions) -> None:
        """The contact is anonymised: nothing left to do here; the window closes with the
        report."""
        self.language.setEnabled(False)
        for button in (self.export_data_button, self.erase_button):
            if button is not None:
                button.setEnabled(False)
                button.hide()
        self.changed.emit()
        if actions.box is not None:
            actions.box.finished.connect(self.close)
