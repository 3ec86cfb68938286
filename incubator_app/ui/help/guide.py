"""Where the user guide's pages live: one Markdown file per page of the main window and per
language, under resources/help/<lang>/<page>.md, with shared screenshots in resources/help/images.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from incubator_app.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

HELP_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "help"
IMAGES_DIR = HELP_DIR / "images"


def help_language() -> str:
    """The language the UI runs in (install_translators sets the default locale)."""
    lang = QLocale().name().split("_")[0]
    lang = lang if lang in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    # A language without a guide of its own would get the English one.
    return lang if (HELP_DIR / lang).is_dir() else "en"


def guide_file(page_key: str, lang: str | None = None) -> Path:
    return HELP_DIR / (lang or help_language()) / f"{page_key}.md"


def sections(path: Path) -> list[str]:
    """The "## " headings of a guide page, in order (the table of contents' second level)."""
    return [
        line[3:].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    ]


#: Windows other than the main one and the guide's section about them (by position in the page):
#: F1 in a record window opens "An entrepreneur's record".
WINDOW_SECTIONS: dict[str, tuple[str, int]] = {"entrepreneurEditor": ("entrepreneurs", 2)}
