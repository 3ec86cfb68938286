"""The embedded report font: DejaVu Sans (covers French, the euro sign and much more).

The TTF files ship in `incubator_app/resources/fonts/` with their licence; registering them makes
reportlab embed a subset in every PDF, so reports look the same on every machine.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_registered = False


def register_fonts() -> str:
    """Registers the family once (idempotent) and returns its name for styles."""
    global _registered
    if _registered:
        return FAMILY
    for name in (FAMILY, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / f"{name}.ttf")))
    # So that <b> and <i> in Paragraph markup pick the right face.
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    _registered = True
    return FAMILY
