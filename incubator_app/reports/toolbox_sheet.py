"""A toolbox sheet as PDF, to print or to send: title, kind, author, territory, licence, each
filled part of the sheet, its tags and the names of its attached files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import build_pdf, paragraph, section
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import key_value_table
from incubator_app.reports.text import escape
from incubator_app.services.toolbox.attachments import AttachmentView
from incubator_app.services.toolbox.sheets import SheetView

_KINDS = {
    "experience": QT_TRANSLATE_NOOP("Reports", "Experience"),
    "method": QT_TRANSLATE_NOOP("Reports", "Method"),
    "template": QT_TRANSLATE_NOOP("Reports", "Template"),
    "guide": QT_TRANSLATE_NOOP("Reports", "Guide"),
    "link": QT_TRANSLATE_NOOP("Reports", "Link"),
    "contact_tip": QT_TRANSLATE_NOOP("Reports", "Contact tip"),
}
_PARTS = (
    ("summary", QT_TRANSLATE_NOOP("Reports", "Summary")),
    ("context", QT_TRANSLATE_NOOP("Reports", "Context")),
    ("partners", QT_TRANSLATE_NOOP("Reports", "Partners")),
    ("budget", QT_TRANSLATE_NOOP("Reports", "Budget")),
    ("body", QT_TRANSLATE_NOOP("Reports", "Text")),
    ("worked", QT_TRANSLATE_NOOP("Reports", "What worked")),
    ("failed", QT_TRANSLATE_NOOP("Reports", "What did not work")),
    ("results", QT_TRANSLATE_NOOP("Reports", "Results")),
)


def build_sheet_pdf(
    sheet: SheetView,
    files: list[AttachmentView],
    path: str | os.PathLike[str],
    *,
    incubator_name: str,
    locale: str = "fr",
) -> Path:
    fmt = Formatter(locale)
    meta = ReportMeta(
        title=fmt.tr(QT_TRANSLATE_NOOP("Reports", "Toolbox sheet")),
        incubator_name=incubator_name,
        author=sheet.author_name,
    )
    return build_pdf(path, _story(sheet, files, fmt, meta), meta, fmt)


def _story(sheet: SheetView, files, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    yield Paragraph(escape(sheet.title), s.title)
    reviewed = sheet.last_reviewed_on.strftime("%d/%m/%Y") if sheet.last_reviewed_on else "—"
    yield key_value_table(
        [
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Kind")), fmt.tr(_KINDS[sheet.kind.value])),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Author")), sheet.author_name),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Territory")), sheet.territory or "—"),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Tags")), sheet.tags or "—"),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Disciplines")), sheet.disciplines or "—"),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Licence")), sheet.licence or "—"),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Last reviewed on")), reviewed),
        ],
        width=meta.content_width,
    )
    for field, label in _PARTS:
        value = getattr(sheet, field)
        if value:
            yield section(fmt.tr(label))
            for block in value.split("\n\n"):
                yield paragraph(block)
    if sheet.url:
        yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Link")))
        yield paragraph(sheet.url)
    if files:
        yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Attached files")))
        for f in files:
            if getattr(f, "is_latest", True):  # earlier versions of a file are not printed
                yield paragraph(f"• {f.display_name}")
