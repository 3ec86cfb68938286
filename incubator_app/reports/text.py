"""User text in reportlab Paragraph markup: always escaped, so it prints literally.

>>> escape("Café <b>Théâtre</b> & Cie")
'Café &lt;b&gt;Théâtre&lt;/b&gt; &amp; Cie'
>>> markup("<b>{name}</b> — {n} h", name="A & B", n=3)
'<b>A &amp; B</b> — 3 h'
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def escape(text: object) -> str:
    """Escapes `& < >` and keeps line breaks (as `<br/>`); None becomes ''."""
    if text is None:
        return ""
    escaped = _xml_escape(str(text))
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def markup(template: str, **values: Any) -> str:
    """Fills a trusted markup template with escaped values."""
    return template.format(**{k: escape(v) for k, v in values.items()})


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph holding user text, printed exactly as typed."""
    return Paragraph(escape(text), style)
