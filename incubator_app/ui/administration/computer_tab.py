"""This computer's own preferences: the language of the application, the remembered login."""

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

from incubator_app.ui.app import language_names, ui_language
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
        saved = self.language.findData(self.context.settings.language)
        if saved >= 0 and saved != self.language.currentIndex():
            self.language_note.setText(
                self.tr("Starts in {language} next time.").format(
                    language=self.language.itemText(saved)
                )
            )
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)
        language_label = QLabel(self.tr("Lang&uage of the application:"))
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
        self.context.settings.language = self.language.currentData()
        self.language_note.setText(self.tr("Takes effect the next time the application starts."))

    def _forget_me(self) -> None:
        forget_this_computer(self.context.db_key, self.context.ops)
        self.forget.setEnabled(False)
