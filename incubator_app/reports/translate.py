"""Report texts in the report's language, independent of the app's current language.

Texts are core strings marked with `QT_TRANSLATE_NOOP("Reports", "…")`; they are looked up in the
same Qt Linguist `.ts` catalogue as the rest of the app (English is the source language).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from incubator_app.i18n import TRANSLATIONS_DIR, Msg, load_ts_catalog


@lru_cache(maxsize=8)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    if lang == "en":
        return {}
    path = TRANSLATIONS_DIR / f"incubator_app_{lang}.ts"
    return load_ts_catalog(path) if path.exists() else {}


def translate(key: tuple[str, str] | Msg, lang: str, **params: Any) -> str:
    """`translate(QT_TRANSLATE_NOOP("Reports", "Page {page} / {pages}"), "fr", page=1, pages=3)`."""
    if isinstance(key, Msg):
        params = {**key.params, **params}
        key = key.key
    catalog = _catalog(lang)
    text = catalog.get(key) or key[1]
    if not params:
        return text
    values = {k: translate(v, lang) if isinstance(v, Msg) else v for k, v in params.items()}
    return text.format(**values)
