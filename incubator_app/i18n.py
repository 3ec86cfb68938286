"""Translatable messages for the core, without Qt.

The core never builds user-facing text in one language: it returns `Msg` objects whose
(context, source) pair is marked with `QT_TRANSLATE_NOOP` so that `pyside6-lupdate` collects it
into the same Qt Linguist `.ts` files as the UI. The UI translates with
`QCoreApplication.translate`; the CLI (no Qt) reads the same `.ts` file with ElementTree.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TRANSLATIONS_DIR = Path(__file__).parent / "resources" / "translations"
SUPPORTED_LANGUAGES = ("fr", "en", "it", "es")
DEFAULT_LANGUAGE = "fr"

_catalog: dict[tuple[str, str], str] = {}


def QT_TRANSLATE_NOOP(context: str, source: str) -> tuple[str, str]:  # noqa: N802 (lupdate name)
    """Marks a string for lupdate; returns the (context, source) pair a `Msg` needs."""
    return context, source


@dataclass(frozen=True)
class Msg:
    key: tuple[str, str]
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def context(self) -> str:
        return self.key[0]

    @property
    def source(self) -> str:
        return self.key[1]

    def render(self, translated_source: str, translate: Callable[[Msg], str] = str) -> str:
        """Fills the fields; a field that is itself a `Msg` is translated with `translate`."""
        if not self.params:
            return translated_source
        values = {k: translate(v) if isinstance(v, Msg) else v for k, v in self.params.items()}
        return translated_source.format(**values)

    def __str__(self) -> str:
        return self.render(_catalog.get(self.key) or self.source)


def msg(key: tuple[str, str], **params: Any) -> Msg:
    return Msg(key, params)


def load_ts_catalog(path: Path) -> dict[tuple[str, str], str]:
    catalog: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or ""):
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalog[(name, source)] = translation.text or ""
    return catalog


def set_core_language(lang: str) -> None:
    """Chooses the language of `str(Msg)` (CLI). English is the source language."""
    _catalog.clear()
    if lang == "en":
        return
    path = TRANSLATIONS_DIR / f"incubator_app_{lang}.ts"
    if path.exists():
        _catalog.update(load_ts_catalog(path))
