from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from incubator_app.i18n import TRANSLATIONS_DIR
from incubator_app.ui.app import install_translators
from incubator_app.ui.main_window import MainWindow

pytestmark = pytest.mark.ui

TS_FILE = TRANSLATIONS_DIR / "incubator_app_fr.ts"


def test_french_menus_and_pages(qtbot, qapp, context) -> None:
    install_translators(qapp, "fr")
    window = MainWindow(context)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
    # The glossary's word (docs/glossary.md), the same as the page's title and the dialogs'.
    assert window.sidebar.item(1).text() == "Entrepreneurs"
    assert window.user_label.text() == "Camille Martin (administrateur·rice)"


def _texts(translation: ET.Element | None) -> list[str]:
    """A message's translated texts: one, or one per plural form (`tr("%n row(s)", "", n)`)."""
    if translation is None:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_message_is_translated_into_french() -> None:
    assert (TRANSLATIONS_DIR / "incubator_app_fr.qm").exists()
    missing = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
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


def test_placeholders_survive_translation() -> None:
    """A translation must keep the {fields} of its source, or .format() breaks at run time."""
    import re

    field = re.compile(r"\{(\w+)\}")
    broken = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        for text in _texts(message.find("translation")):
            if text and set(field.findall(source)) != set(field.findall(text)):
                broken.append(source)
    assert not broken
