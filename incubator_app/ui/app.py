"""Entry point of the desktop application: QApplication, translators, then the session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from incubator_app import __version__
from incubator_app.i18n import (
    DEFAULT_LANGUAGE,
    QT_TRANSLATE_NOOP,
    SUPPORTED_LANGUAGES,
    TRANSLATIONS_DIR,
)
from incubator_app.ui.settings import APPLICATION, ORGANISATION, AppSettings

_installed: list[QTranslator] = []
_running = [DEFAULT_LANGUAGE]
_forced: list[str | None] = [None]  # `--lang`: wins over the signed-in person's language

# The locale of each language: numbers, month names and dates. English is British English, so
# that a date reads dd/mm/yyyy in every language (30/11/2026, never 11/30/26); Italian and
# Spanish short dates have two-digit years in Qt's data, so the UI writes days
# "dd/MM/yyyy" rather than with QLocale's ShortFormat.
LOCALES = {"fr": "fr_FR", "en": "en_GB", "it": "it_IT", "es": "es_ES"}

# Qt's own catalogue (qtbase_fr.qm) lacks the file dialog's labels as Qt 6 writes them (with
# their mnemonics): ours carries them in Qt's context, so that Qt finds them when its own
# translator has nothing ("Look in:" and "Files of type:" stayed English).
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def language_names() -> dict[str, str]:
    """The supported languages, named in the UI's language (language pickers)."""
    translate = QCoreApplication.translate
    return {
        "fr": translate("Languages", "French"),
        "en": translate("Languages", "English"),
        "it": translate("Languages", "Italian"),
        "es": translate("Languages", "Spanish"),
    }


def ui_language() -> str:
    """The language the application runs in (the one installed last)."""
    return _running[0]


def forced_language() -> str | None:
    """The language asked for on the command line (`--lang it`), None when none was."""
    return _forced[0]


def use_language(app: QApplication, lang: str) -> None:
    """Switches the running language (the signed-in person's, before their window opens)."""
    if lang == ui_language() or lang not in SUPPORTED_LANGUAGES:
        return
    install_translators(app, lang)
    app.setApplicationDisplayName(app.translate("Application", "Incubator"))


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Ours (incubator_app_<lang>.qm) and Qt's (qtbase_<lang>.qm) so standard dialogs match.

    Qt asks the translator installed last first and falls back to the earlier ones when it has
    no translation: Qt's comes after ours, and ours fills the gaps of Qt's."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _running[0] = lang
    QLocale.setDefault(QLocale(LOCALES.get(lang, lang)))
    if lang == "en":  # the source language: nothing to load
        return []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"incubator_app_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return list(_installed)


def create_application(lang: str | None = None) -> tuple[QApplication, AppSettings]:
    """The QApplication (reused if one exists, e.g. under pytest-qt) with names and language.

    `lang=None` uses the language this computer last ran in (the login screen's); once someone
    signs in, their own language takes over (`use_language`) unless `lang` was given."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    settings = AppSettings()
    _forced[0] = lang if lang in SUPPORTED_LANGUAGES else None
    chosen = lang or settings.language
    install_translators(app, chosen if chosen in SUPPORTED_LANGUAGES else "fr")
    app.setApplicationDisplayName(app.translate("Application", "Incubator"))
    from incubator_app.ui.icons import icon

    app.setWindowIcon(icon("app", "#2f6f5e"))
    return app, settings


def run_gui(db: str | None, lang: str | None = "fr") -> int:
    """Runs the desktop app on `db` (file path or URL; None = last used / default).

    Exit status: 0 normal end (or cancelled at login), 2 the database could not be opened."""
    from incubator_app.ui.startup import AppController, StartResult

    app, settings = create_application(lang)
    controller = AppController(app, settings)
    result = controller.start(db)
    if result is StartResult.STORAGE_ERROR:
        return 2
    if result is StartResult.CANCELLED:
        return 0
    return app.exec()
