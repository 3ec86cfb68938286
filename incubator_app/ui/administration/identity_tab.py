"""The incubator's identity as printed on reports: names, SIRET, address, logo; its time zone
and the language reports are written in (the profile's `locale`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.services.actor import Permission, can
from incubator_app.services.administration.setup import (
    IncubatorProfileView,
    get_incubator_profile,
    update_incubator_profile,
)
from incubator_app.ui.administration.common import set_editable
from incubator_app.ui.app import LOCALES, language_names
from incubator_app.ui.changes import INCUBATOR_PROFILE
from incubator_app.ui.context import AppContext
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError

LOGO_SIZE = 96
# The largest side of a stored logo: sharp in a PDF header, small in the database.
LOGO_MAX_PIXELS = 600


def logo_png_from_file(path: str) -> bytes:
    """Reads a PNG or JPEG file and returns it as PNG bytes (scaled down if very large)."""
    image = QImage(path)
    if image.isNull():
        raise ValidationError(
            {
                "logo_png": msg(
                    QT_TRANSLATE_NOOP("IdentityTab", "This file is not a PNG or JPEG image.")
                )
            }
        )
    if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
        image = image.scaled(
            LOGO_MAX_PIXELS,
            LOGO_MAX_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class IdentityTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: IncubatorProfileView | None = None
        self.logo: bytes | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setObjectName("incubatorName")
        self.legal_name = QLineEdit()
        self.legal_name.setObjectName("legalName")
        self.siret = QLineEdit()
        self.siret.setObjectName("siret")
        self.siret.setPlaceholderText(self.tr("14 digits, e.g. 123 456 782 00010"))
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.postal_code = QLineEdit()
        self.postal_code.setObjectName("postalCode")
        self.postal_code.setMaximumWidth(120)
        self.commune = QLineEdit()
        self.commune.setObjectName("commune")
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("timeZone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(clock.known_zones())
        completer = QCompleter(clock.known_zones(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.report_language = QComboBox()
        self.report_language.setObjectName("reportLanguage")
        names = language_names()
        for lang, locale in LOCALES.items():
            self.report_language.addItem(names[lang], locale)

        rows = [
            (self.tr("&Name:"), self.name),
            (self.tr("Le&gal name:"), self.legal_name),
            (self.tr("SI&RET:"), self.siret),
            (self.tr("A&ddress:"), self.address),
            (self.tr("&Postal code:"), self.postal_code),
            (self.tr("&Town:"), self.commune),
            (self.tr("Time &zone:"), self.time_zone),
            (self.tr("Lang&uage of reports:"), self.report_language),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px solid palette(mid); }")
        self.choose_logo = QPushButton(self.tr("Choose a logo…"))
        self.choose_logo.setObjectName("chooseLogo")
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove the logo"))
        self.remove_logo.setObjectName("removeLogo")
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_hint = QLabel(self.tr("PNG or JPEG, printed at the top of every PDF report."))
        logo_hint.setWordWrap(True)
        logo_buttons.addWidget(logo_hint)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons, 1)
        form.addRow(self.tr("Logo:"), logo_row)

        self.error = FieldError()
        self.saved = QLabel()
        self.saved.setObjectName("identitySaved")
        self.save_button = QPushButton(self.tr("Save the identity"))
        self.save_button.setObjectName("saveIdentity")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        save_shortcut.setWhatsThis(self.tr("Save the identity"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.editors: list[QWidget] = [field for _t, field in rows]
        self.editors += [self.choose_logo, self.remove_logo, self.save_button]
        self.allowed = can(context.actor, Permission.MANAGE_SETTINGS)
        set_editable(self.editors, self.allowed)

    def reload(self) -> None:
        with self.context.db.session() as session:
            view = get_incubator_profile(session)
        if view is not None:
            self.fill(view)

    def fill(self, view: IncubatorProfileView) -> None:
        self.view = view
        self.name.setText(view.name)
        self.legal_name.setText(view.legal_name or "")
        self.siret.setText(view.siret or "")
        self.address.setPlainText(view.address or "")
        self.postal_code.setText(view.postal_code or "")
        self.commune.setText(view.commune or "")
        self.time_zone.setCurrentText(view.time_zone)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(view.locale)))
        self.set_logo(view.logo_png)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        self.remove_logo.setEnabled(self.allowed and data is not None)
        if data is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pix = QPixmap()
        pix.loadFromData(data)
        self.logo_preview.setPixmap(
            pix.scaled(
                LOGO_SIZE - 4,
                LOGO_SIZE - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _choose_logo(self) -> None:
        settings = self.context.settings
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            start_path(settings, FileKind.IMAGES),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        remember_folder(settings, FileKind.IMAGES, path)
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> None:
        try:
            self.set_logo(logo_png_from_file(path))
        except ValidationError as exc:
            self._fail(exc)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "legal_name": self.legal_name.text(),
            "siret": self.siret.text(),
            "address": self.address.toPlainText(),
            "postal_code": self.postal_code.text(),
            "commune": self.commune.text(),
            "time_zone": self.time_zone.currentText().strip(),
            "locale": self.report_language.currentData(),
            "logo_png": self.logo,
        }

    def _labels(self) -> dict[str, str]:
        return {
            "time_zone": self.tr("Time zone"),
            "locale": self.tr("Language of reports"),
            "logo_png": self.tr("Logo"),
            "address": self.tr("Address"),
        }

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, self._labels())
        if text is None:
            return False
        self.saved.clear()
        self.error.show_error(text)
        return True

    def save(self) -> None:
        if not self.allowed or self.view is None:
            return
        self.error.clear_error()
        version, actor, values = self.view.version_id, self.context.actor, self.values()
        self.context.ops.run(
            lambda s: update_incubator_profile(s, expected_version=version, actor=actor, **values),
            label=self.tr("Saving the incubator's identity…"),
            parent=self,
            on_done=self._saved,
            on_error=self._fail,
        )

    def _saved(self, view: IncubatorProfileView) -> None:
        # The context first (reports read their language from it, the window its title), then
        # the broadcast: whoever reloads on it sees the new profile.
        self.context.profile = view
        self.fill(view)
        self.saved.setText(self.tr("Saved."))
        self.context.bus.notify({INCUBATOR_PROFILE})
