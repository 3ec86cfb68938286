from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from incubator_app.i18n import TRANSLATIONS_DIR
from incubator_app.ui.app import install_translators
from incubator_app.ui.main_window import MainWindow

pytestmark = pytest.mark.ui

TRANSLATED = ("fr", "it", "es")  # English is the source language


def _ts(lang: str):
    return TRANSLATIONS_DIR / f"incubator_app_{lang}.ts"


def test_french_menus_and_pages(qtbot, qapp, context) -> None:
    install_translators(qapp, "fr")
    window = MainWindow(context)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
    # The glossary's word (docs/glossary.md), the same as the page's title and the dialogs'.
    assert window.sidebar.item(1).text() == "Entrepreneurs"
    assert window.user_label.text() == "Camille Martin (administrateur·rice)"


@pytest.mark.parametrize(
    ("lang", "menus", "entrepreneurs"),
    [
        ("it", ["&File", "&Modifica", "&Visualizza", "&Aiuto"], "Imprenditori"),
        ("es", ["&Archivo", "&Edición", "&Ver", "Ay&uda"], "Emprendedores"),
    ],
)
def test_italian_and_spanish_menus_and_pages(qtbot, qapp, context, lang, menus, entrepreneurs):
    install_translators(qapp, lang)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert [action.text() for action in window.menuBar().actions()] == menus
    assert window.sidebar.item(1).text() == entrepreneurs


def _texts(translation: ET.Element | None) -> list[str]:
    """A message's translated texts: one, or one per plural form (`tr("%n row(s)", "", n)`)."""
    if translation is None:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang) -> None:
    assert (TRANSLATIONS_DIR / f"incubator_app_{lang}.qm").exists()
    missing = []
    for context in ET.parse(_ts(lang)).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not all(text.strip() for text in _texts(translation))
            ):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not missing, "untranslated:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_survive_translation(lang) -> None:
    """A translation must keep the {fields} of its source, or .format() breaks at run time."""
    import re

    field = re.compile(r"\{(\w+)\}")
    broken = []
    for message in ET.parse(_ts(lang)).getroot().iter("message"):
        source = message.findtext("source") or ""
        for text in _texts(message.find("translation")):
            if text and set(field.findall(source)) != set(field.findall(text)):
                broken.append(source)
    assert not broken
