"""Builds a PDF from a stream of flowables, atomically: the file appears complete or not at all.

The document is written to a temporary file next to the target and renamed over it only when
reportlab has finished; any error removes the temporary file and leaves an existing target as it
was. Flowables may come from a generator: they are pulled as the layout needs them, so a long
annex never sits in memory whole.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from incubator_app.file_modes import replaced_on_success
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.page import (
    CONTENT,
    PageDecorator,
    ReportMeta,
    _logo,
    logo_source,
    numbered_canvas_maker,
    page_templates,
)
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import key_value_table
from incubator_app.reports.text import escape


@dataclass(frozen=True)
class Cover:
    """A cover page: the meta's title and subtitle, then label/value lines (period, grant…)."""

    lines: Sequence[tuple[str, str]] = ()
    note: str = ""


class _FlowableStream(list):
    """A list that refills itself from an iterator as reportlab consumes it from the front.

    reportlab's build loop only calls len(), reads/deletes/inserts at the front, and looks a few
    items ahead for keepWithNext; keeping a small look-ahead buffer satisfies all of those."""

    def __init__(self, source: Iterable[Flowable], lookahead: int = 12) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(source)
        self._lookahead = lookahead

    def __len__(self) -> int:
        while self._source is not None and list.__len__(self) < self._lookahead:
            try:
                self.append(next(self._source))
            except StopIteration:
                self._source = None
        return list.__len__(self)


def _cover_flowables(meta: ReportMeta, cover: Cover) -> Iterator[Flowable]:
    s = get_styles()
    logo = _logo(meta)
    yield Spacer(1, 2.5 * cm)
    if logo is not None:
        iw, ih = logo.getSize()
        h = 2.2 * cm
        image = Image(logo_source(meta), width=h * iw / ih, height=h)
        image.hAlign = "LEFT"
        yield image
        yield Spacer(1, 0.6 * cm)
    yield Paragraph(escape(meta.incubator_name), s.h2)
    yield Spacer(1, 2.5 * cm)
    yield Paragraph(escape(meta.title), s.title)
    if meta.subtitle:
        yield Paragraph(escape(meta.subtitle), s.subtitle)
    yield Spacer(1, 1 * cm)
    if cover.lines:
        yield key_value_table(list(cover.lines), width=meta.content_width * 0.75, label_weight=1.2)
    if cover.note:
        yield Spacer(1, 1 * cm)
        yield Paragraph(escape(cover.note), s.muted)
    yield NextPageTemplate(CONTENT)
    yield PageBreak()


def _with_cover(
    meta: ReportMeta, cover: Cover | None, body: Iterable[Flowable]
) -> Iterator[Flowable]:
    if cover is not None:
        yield from _cover_flowables(meta, cover)
    yield from body


def build_pdf(
    path: str | os.PathLike[str],
    flowables: Iterable[Flowable],
    meta: ReportMeta,
    fmt: Formatter,
    *,
    cover: Cover | None = None,
) -> Path:
    """Lays out `flowables` (a list or a generator) into the PDF at `path`; returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary file names its writer: a killed run's leftover is removed by the next one.
    with replaced_on_success(target) as tmp:
        templates = page_templates(meta)
        if cover is not None:
            templates.reverse()  # the first template is the first page's
        doc = _ReportDocTemplate(
            str(tmp),
            pagesize=meta.pagesize,
            pageTemplates=templates,
            title=meta.title,
            author=meta.author or meta.incubator_name,
            subject=meta.subtitle,
            creator="incubator_app",
            leftMargin=0,
            rightMargin=0,
            topMargin=0,
            bottomMargin=0,
        )
        canvas_class = numbered_canvas_maker(PageDecorator(meta, fmt))
        doc.build(_FlowableStream(_with_cover(meta, cover, flowables)), canvasmaker=canvas_class)
    return target


class Heading(Paragraph):
    """A section heading. At the top level of a story the document starts a new page before it
    when less than `reserve` points would remain under it (never orphaned at a page bottom, yet a
    long table after it still starts right below it, where keepWithNext would push the whole
    table to the next page). Inside KeepTogether it is an ordinary paragraph."""

    def __init__(self, text: str, style: Any, reserve: float) -> None:
        super().__init__(text, style)
        self.reserve = reserve
        self.room_checked = False


class _ReportDocTemplate(BaseDocTemplate):
    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802 (reportlab API)
        first = flowables[0] if flowables else None
        if isinstance(first, Heading) and not first.room_checked:
            first.room_checked = True
            style = first.style
            need = style.spaceBefore + style.leading + style.spaceAfter + first.reserve
            flowables.insert(0, CondPageBreak(need))


def section(title: str) -> Paragraph:
    """A section heading, with room for a few lines of what follows on the same page."""
    return Heading(escape(title), get_styles().h1, reserve=2.5 * cm)


def subsection(title: str) -> Paragraph:
    return Heading(escape(title), get_styles().h2, reserve=2 * cm)


def paragraph(text: str, style: Any = None) -> Paragraph:
    """A paragraph of user text, escaped."""
    return Paragraph(escape(text), style or get_styles().body)


def figure(title: str, drawing: Flowable, *, space_after: float = 0.4 * cm) -> KeepTogether:
    """A chart with its heading, kept together on one page, with room after it."""
    return KeepTogether([subsection(title), drawing, Spacer(1, space_after)])
