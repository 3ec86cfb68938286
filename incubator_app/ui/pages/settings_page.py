"""Paramètres: language of this computer now; incubator profile, users and lists later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from incubator_app.ui.changes import INCUBATOR_PROFILE, USER
from incubator_app.ui.context import AppContext
from incubator_app.ui.pages.base import PlaceholderPage


class SettingsPage(PlaceholderPage):
    icon_name = "settings"
    watched_kinds = frozenset({INCUBATOR_PROFILE, USER})

    def heading(self) -> str:
        return self.tr("Settings")

    def summary(self) -> str:
        return self.tr("Preferences of this computer, and the incubator's own settings.")

    def coming(self) -> list[str]:
        return [
            self.tr("Editing the incubator's profile (name, SIRET, address)"),
            self.tr("User accounts and roles"),
            self.tr("Lists: disciplines, coaching topics, exit reasons, funders"),
        ]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.extra.addWidget(self._computer_box())
        self.extra.addWidget(self._profile_box())

    def _computer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.context.settings.language))
        )
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)
        form.addRow(self.tr("Language:"), row)

        self.forget = QPushButton(self.tr("Ask for my password next time"))
        self.forget.setObjectName("forgetMeButton")
        self.forget.clicked.connect(self._forget_me)
        remembered = self.context.settings.remembered_user(self.context.db_key) is not None
        self.forget.setEnabled(remembered)
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget)
        forget_row.addStretch(1)
        form.addRow(self.tr("Remembered login:"), forget_row)
        return box

    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Incubator"))
        form = QFormLayout(box)
        profile = self.context.profile
        dash = "—"
        form.addRow(self.tr("Name:"), QLabel(profile.name if profile else dash))
        form.addRow(self.tr("Legal name:"), QLabel((profile and profile.legal_name) or dash))
        form.addRow(self.tr("SIRET:"), QLabel((profile and profile.siret) or dash))
        form.addRow(self.tr("Town:"), QLabel((profile and profile.commune) or dash))
        form.addRow(self.tr("Database:"), QLabel(self.context.db.display_name))
        return box

    def _language_chosen(self) -> None:
        self.context.settings.language = self.language.currentData()
        self.language_note.setText(self.tr("Takes effect the next time the application starts."))

    def _forget_me(self) -> None:
        self.context.settings.forget_user(self.context.db_key)
        self.forget.setEnabled(False)
