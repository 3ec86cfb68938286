"""The signed-in person's language (kept on their account, so it follows them from computer to
computer) and this computer's own preferences: the remembered login."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.administration.users import set_user_language
from incubator_app.ui.app import language_names, ui_language
from incubator_app.ui.changes import USER
from incubator_app.ui.context import AppContext
from incubator_app.ui.remembered_sign_in import forget_this_computer, stored_token


class ComputerTab(QWidget):
    """Everyone may change these: they belong to this computer, not to the incubator."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in language_names().items():
            self.language.addItem(name, code)
        # The language the app runs in now (`--lang en` may differ from the saved choice).
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        mine = self.context.actor.language or self.context.settings.language
        saved = self.language.findData(mine)
        if saved >= 0 and saved != self.language.currentIndex():
            self.language_note.setText(
                self.tr("Starts in {language} next time.").format(
                    language=self.language.itemText(saved)
                )
            )
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)
        language_label = QLabel(self.tr("My lang&uage:"))
        language_label.setToolTip(
            self.tr("The language of the application for you, on every computer you sign in on.")
        )
        language_label.setBuddy(self.language)
        form.addRow(language_label, row)

        self.forget = QPushButton(self.tr("Ask for my pass&word next time"))
        self.forget.setObjectName("forgetMeButton")
        self.forget.clicked.connect(self._forget_me)
        self.forget.setEnabled(stored_token(self.context.db_key) is not None)
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget)
        forget_row.addStretch(1)
        form.addRow(self.tr("Remembered login:"), forget_row)
        database = QLabel(self.context.db.display_name)
        database.setObjectName("databaseName")
        database.setWordWrap(True)
        form.addRow(self.tr("Database:"), database)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def _language_chosen(self) -> None:
        """Saved on the account (every computer) and on this computer (its login screen)."""
        lang = self.language.currentData()
        self.context.settings.language = lang
        note = self.tr("Takes effect the next time you sign in.")
        actor = self.context.actor
        if actor.user_id is None:  # the system actor has no account
            self.language_note.setText(note)
            return
        self.context.ops.run(
            lambda s: set_user_language(s, actor.user_id, lang, actor=actor),
            label=self.tr("Saving…"),
            parent=self,
            on_done=lambda _view: self.language_note.setText(note),
            changes={USER},
        )

    def _forget_me(self) -> None:
        forget_this_computer(self.context.db_key, self.context.ops)
        self.forget.setEnabled(False)
