"""Entry point of the desktop application: QApplication, translators, then the session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from incubator_app import __version__
from incubator_app.i18n import SUPPORTED_LANGUAGES, TRANSLATIONS_DIR
from incubator_app.ui.settings import APPLICATION, ORGANISATION, AppSettings

_installed: list[QTranslator] = []


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Ours (incubator_app_<lang>.qm) and Qt's (qtbase_<lang>.qm) so standard dialogs match."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
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

    `lang=None` uses the language saved in the settings (Settings page)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    settings = AppSettings()
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
