"""Register someone in a few keystrokes: type a name and pick the entrepreneur, or type a new
contact's name and e-mail; Enter registers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_app.i18n import DEFAULT_LANGUAGE
from incubator_app.services.events.registrations import register
from incubator_app.ui.app import language_names
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.events.texts import status_label
from incubator_app.ui.messages import inline_error_text


class RegisterDialog(QDialog):
    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.outcome = None
        self.setWindowTitle(self.tr("Register someone"))
        self.tabs = QTabWidget()
        self.picker = EntrepreneurPicker(context)
        self.picker.setObjectName("registerEntrepreneur")
        person = QWidget()
        person_form = QFormLayout(person)
        person_form.addRow(self.tr("&Entrepreneur:"), self.picker)
        contact = QWidget()
        self.name = QLineEdit()
        self.name.setObjectName("registerName")
        self.email = QLineEdit()
        self.email.setObjectName("registerEmail")
        contact_form = QFormLayout(contact)
        contact_form.addRow(self.tr("&Name:"), self.name)
        contact_form.addRow(self.tr("E-&mail:"), self.email)
        # The language of the e-mails a new contact receives (a known contact keeps theirs).
        self.language = QComboBox()
        self.language.setObjectName("registerLanguage")
        for code, language_name in language_names().items():
            self.language.addItem(language_name, code)
        contact_form.addRow(self.tr("Lan&guage of e-mails:"), self.language)
        self.tabs.addTab(person, self.tr("An entrepreneur"))
        self.tabs.addTab(contact, self.tr("Another person"))
        self.places = QSpinBox()
        self.places.setObjectName("registerPlaces")
        self.places.setRange(1, 50)
        form = QFormLayout()
        form.addRow(self.tr("&Places:"), self.places)
        self.error = QLabel()
        self.error.setObjectName("registerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a8431f;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.picker.setFocus()

    def save(self) -> None:
        actor = self.context.actor
        places = self.places.value()
        event_id = self.event_id
        if self.tabs.currentIndex() == 0:
            entrepreneur_id = self.picker.selected_id()
            if entrepreneur_id is None:
                self.error.setText(self.tr("Pick an entrepreneur in the list of matches."))
                return

            def job(s):
                return self.register_job(
                    s, event_id, entrepreneur_id=entrepreneur_id, places=places, actor=actor
                )
        else:
            name, email = self.name.text().strip(), self.email.text().strip()
            language = self.language.currentData() or DEFAULT_LANGUAGE

            def job(s):
                return self.register_job(
                    s,
                    event_id,
                    email=email or None,
                    name=name,
                    places=places,
                    actor=actor,
                    language=language,
                )

        def done(outcome) -> None:
            self.outcome = outcome
            self.accept()

        def failed(exc: BaseException) -> bool:
            text = inline_error_text(exc)
            if text is None:
                return False
            self.error.setText(text)
            return True

        self.context.ops.run(job, parent=self, on_done=done, on_error=failed, changes={EVENT})

    @staticmethod
    def register_job(session, target_id, *, places, actor, **person):
        """What Enter does (the course's enrolment dialog registers to a course instead)."""
        return register(session, target_id, party_size=places, actor=actor, **person)

    def outcome_text(self) -> str:
        if self.outcome is None:
            return ""
        text = status_label(self.outcome.status)
        if self.outcome.waiting_position:
            text += self.tr(" (position %1)").replace("%1", str(self.outcome.waiting_position))
        return text
