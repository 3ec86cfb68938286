"""Page layout: margins, the running header (logo + incubator name + report title), the footer
(`page X / Y` + generation date) and an optional cover page.

`page X / Y` needs the total, known only at the end: `NumberedCanvas` keeps each finished page's
state and draws the header and footer on all pages when the document is saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.fonts import BOLD, FAMILY, register_fonts
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.styles import Palette

MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.7 * cm
MARGIN_BOTTOM = 2.0 * cm
#: Least space between the incubator's name and the report title in the running header.
HEADER_GAP = 0.8 * cm
HEADER_NAME_SIZE = 10
HEADER_TITLE_SIZE = 8.5
COVER = "cover"
CONTENT = "content"

_PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} / {pages}")
_GENERATED = QT_TRANSLATE_NOOP("Reports", "Generated on {date}")


@dataclass(frozen=True)
class ReportMeta:
    """What every page shows, and the PDF's metadata."""

    title: str
    incubator_name: str
    logo_path: str | Path | None = None
    # The logo as PNG bytes (IncubatorProfile.logo_png); used when logo_path is not given.
    logo_png: bytes | None = None
    subtitle: str = ""
    author: str = ""
    generated_on: date = field(default_factory=clock.today)
    landscape: bool = False

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def content_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    @property
    def content_height(self) -> float:
        return self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM


def logo_source(meta: ReportMeta) -> str | io.BytesIO | None:
    """A file name or an in-memory PNG for reportlab, or None without a (readable) logo."""
    if meta.logo_path and Path(meta.logo_path).is_file():
        return str(meta.logo_path)
    if meta.logo_png:
        return io.BytesIO(meta.logo_png)
    return None


def _logo(meta: ReportMeta) -> ImageReader | None:
    source = logo_source(meta)
    if source is None:
        return None
    try:
        return ImageReader(source)
    except Exception:  # noqa: BLE001 - a broken logo must not stop the report
        return None


class PageDecorator:
    """Draws the header and footer of one page once the page count is known."""

    def __init__(self, meta: ReportMeta, fmt: Formatter) -> None:
        self.meta = meta
        self.fmt = fmt
        self.logo = _logo(meta)

    def __call__(self, canv: Canvas, page: int, pages: int, kind: str) -> None:
        width, height = self.meta.pagesize
        canv.saveState()
        if kind != COVER:
            self._header(canv, width, height)
        self._footer(canv, width, page, pages)
        canv.restoreState()

    def _header(self, canv: Canvas, width: float, height: float) -> None:
        top = height - 1.0 * cm
        x = MARGIN_X
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            h = 0.9 * cm
            w = min(h * iw / ih, 3 * cm)
            canv.drawImage(
                self.logo, x, top - h + 0.1 * cm, w, h, mask="auto", preserveAspectRatio=True
            )
            x += w + 0.3 * cm
        name, title = header_texts(
            self.meta.incubator_name, self.meta.title, width - MARGIN_X - x - HEADER_GAP
        )
        canv.setFillColor(Palette.accent)
        canv.setFont(BOLD, HEADER_NAME_SIZE)
        canv.drawString(x, top - 0.45 * cm, name)
        canv.setFillColor(Palette.muted)
        canv.setFont(FAMILY, HEADER_TITLE_SIZE)
        canv.drawRightString(width - MARGIN_X, top - 0.45 * cm, title)
        canv.setStrokeColor(Palette.rule)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 0.85 * cm, width - MARGIN_X, top - 0.85 * cm)

    def _footer(self, canv: Canvas, width: float, page: int, pages: int) -> None:
        y = 1.1 * cm
        canv.setStrokeColor(Palette.rule)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, y + 0.45 * cm, width - MARGIN_X, y + 0.45 * cm)
        canv.setFillColor(Palette.muted)
        canv.setFont(FAMILY, 8)
        canv.drawString(
            MARGIN_X, y, self.fmt.tr(_GENERATED, date=self.fmt.date(self.meta.generated_on))
        )
        canv.drawRightString(width - MARGIN_X, y, self.fmt.tr(_PAGE_OF, page=page, pages=pages))


def header_texts(name: str, title: str, available: float) -> tuple[str, str]:
    """The incubator's name (left) and the report title (right) as the running header prints
    them: both whole when they fit in `available` points (the header width less the gap),
    else shortened with an ellipsis; a text shorter than half the width leaves the rest to the
    other, so they never overlap."""
    register_fonts()
    name_width = stringWidth(name, BOLD, HEADER_NAME_SIZE)
    title_width = stringWidth(title, FAMILY, HEADER_TITLE_SIZE)
    if name_width + title_width <= available:
        return name, title
    half = available / 2
    if title_width <= half:
        name_room, title_room = available - title_width, title_width
    elif name_width <= half:
        name_room, title_room = name_width, available - name_width
    else:
        name_room = title_room = half
    return (
        _fit(name, BOLD, HEADER_NAME_SIZE, name_room),
        _fit(title, FAMILY, HEADER_TITLE_SIZE, title_room),
    )


def _fit(text: str, font: str, size: float, max_width: float) -> str:
    """Shortens a header text with an ellipsis rather than letting it overlap."""
    if stringWidth(text, font, size) <= max_width:
        return text
    # Longest prefix that fits with the ellipsis (binary search: names can be long).
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def numbered_canvas_maker(decorate: Callable[[Canvas, int, int, str], None]) -> type[Canvas]:
    """A Canvas class that defers headers/footers until the page total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self.page_kind = CONTENT

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total, state.get("page_kind", CONTENT))
                Canvas.showPage(self)
            self._saved_pages = []
            Canvas.save(self)

    return NumberedCanvas


def page_templates(meta: ReportMeta) -> list[PageTemplate]:
    width, height = meta.pagesize

    def frame(name: str) -> Frame:
        return Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def mark(kind: str) -> Callable[[Canvas, Any], None]:
        def on_page(canv: Canvas, _doc: Any) -> None:
            canv.page_kind = kind  # type: ignore[attr-defined]

        return on_page

    return [
        PageTemplate(
            id=CONTENT, frames=[frame(CONTENT)], onPage=mark(CONTENT), pagesize=meta.pagesize
        ),
        PageTemplate(id=COVER, frames=[frame(COVER)], onPage=mark(COVER), pagesize=meta.pagesize),
    ]
