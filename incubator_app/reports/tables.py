"""Tables that split across pages and repeat their header row, with zebra rows and
right-aligned amounts. Cells are plain values: strings are escaped (user text prints literally).

>>> cols = [Column("Name", 3), Column("Amount", 1, align="right")]
>>> t = data_table(cols, [("Café <b>Théâtre</b> & Cie", "1 234,50 €")], width=400)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from incubator_app.reports.fonts import BOLD, FAMILY
from incubator_app.reports.styles import Palette, get_styles
from incubator_app.reports.text import escape

Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Column:
    """A column: its header text, its relative width (weights), its alignment."""

    title: str
    weight: float = 1.0
    align: Align = "left"


Cell = str | int | float | Flowable | None


class CellParagraph(Paragraph):
    """A table cell paragraph that remembers its last wrap: a table wraps each cell to measure
    rows, again when it splits across pages and again to draw; the width never changes."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if getattr(self, "_wrapped_at", None) == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


CELL_SIZE = 8.5
_PADDING = 8  # left + right cell padding


def _cell(
    value: Cell, align: Align, width: float | None = None, header: bool = False, bold: bool = False
) -> Flowable | str:
    """A short single-line text stays a plain string (drawn literally, and far faster to lay out
    than a Paragraph); anything that may wrap becomes an escaped Paragraph."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    font = BOLD if header or bold else FAMILY
    # Plain strings may hold several lines ("\n"): reportlab draws them line by line.
    if width is not None and all(
        stringWidth(line, font, CELL_SIZE) <= width - _PADDING for line in text.split("\n")
    ):
        return text
    s = get_styles()
    if header:
        style = s.cell_header_right if align == "right" else s.cell_header
    else:
        style = {"left": s.cell, "right": s.cell_right, "center": s.cell_center}[align]
    return CellParagraph(f"<b>{escape(text)}</b>" if bold else escape(text), style)


def _widths(columns: Sequence[Column], width: float) -> list[float]:
    total = sum(c.weight for c in columns)
    return [width * c.weight / total for c in columns]


def _style(n_rows: int, zebra: bool, header: bool) -> TableStyle:
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FAMILY, CELL_SIZE, 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), Palette.ink),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, Palette.rule),
    ]
    first = 0
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), Palette.header_bg),
            ("FONT", (0, 0), (-1, 0), BOLD, CELL_SIZE, 11),
            ("TEXTCOLOR", (0, 0), (-1, 0), Palette.header_fg),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ]
        first = 1
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, Palette.zebra]))
    return TableStyle(commands)


def data_table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    width: float,
    zebra: bool = True,
    total_row: Sequence[Cell] | None = None,
    row_height: float | None = None,
) -> Table:
    """A table whose header row repeats on every page it spans. `total_row` is printed in bold
    on a tinted background after the rows; `row_height` gives every body row a fixed height
    (cells then centred vertically)."""
    widths = _widths(columns, width)
    header = [_cell(c.title, c.align, w, header=True) for c, w in zip(columns, widths, strict=True)]
    body = [
        [_cell(v, c.align, w) for v, c, w in zip(row, columns, widths, strict=True)] for row in rows
    ]
    data = [header, *body]
    if total_row is not None:
        data.append(
            [
                _cell(v, c.align, w, bold=True)
                for v, c, w in zip(total_row, columns, widths, strict=True)
            ]
        )
    heights = None
    if row_height is not None:  # e.g. room to sign
        heights = [None] + [row_height] * len(body) + ([None] if total_row is not None else [])
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, splitByRow=1)
    style = _style(len(data), zebra, header=True)
    for i, c in enumerate(columns):
        style.add("ALIGN", (i, 0), (i, -1), c.align.upper())
    if row_height is not None:
        style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
        style.add("GRID", (0, 0), (-1, -1), 0.4, Palette.rule)
    if total_row is not None:
        style.add("BACKGROUND", (0, -1), (-1, -1), Palette.accent_light)
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, Palette.accent)
        style.add("FONT", (0, -1), (-1, -1), BOLD, CELL_SIZE, 11)
    table.setStyle(style)
    return table


def data_tables(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    width: float,
    chunk: int = 400,
) -> Iterator[Table]:
    """Streams a long table as consecutive tables of `chunk` rows (each repeats the header):
    memory stays bounded however many rows the source yields. An empty source yields nothing."""
    batch: list[Sequence[Cell]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            yield data_table(columns, batch, width=width)
            batch = []
    if batch:
        yield data_table(columns, batch, width=width)


def key_value_table(
    pairs: Sequence[tuple[str, Cell]], *, width: float, label_weight: float = 1.0, columns: int = 1
) -> Table:
    """Label / value pairs (a profile summary), optionally laid out in 2 side-by-side columns."""
    s = get_styles()
    cells = [(Paragraph(escape(k), s.label), _cell(v, "left")) for k, v in pairs]
    per_row = max(1, columns)
    data: list[list[Flowable | str]] = []
    for i in range(0, len(cells), per_row):
        row: list[Flowable | str] = []
        for label, value in cells[i : i + per_row]:
            row += [label, value]
        row += [""] * (2 * per_row - len(row))
        data.append(row)
    unit = width / per_row
    label_w = unit * label_weight / (label_weight + 2)
    table = Table(data or [[""]], colWidths=[label_w, unit - label_w] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, Palette.rule),
            ]
        )
    )
    return table


def kpi_tiles(tiles: Sequence[tuple[str, str]], *, width: float, per_row: int = 4) -> Table:
    """Big figures with a caption under each: [(value, label), …]."""
    s = get_styles()
    cells = [
        [Paragraph(escape(v), s.kpi_value), Paragraph(escape(lbl), s.kpi_label)] for v, lbl in tiles
    ]
    rows: list[list] = []
    for i in range(0, len(cells), per_row):
        chunk = cells[i : i + per_row]
        chunk += [""] * (per_row - len(chunk))
        rows.append(chunk)
    gap = 6
    table = Table(rows or [[""]], colWidths=[width / per_row] * per_row)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), gap),
        ("RIGHTPADDING", (0, 0), (-1, -1), gap),
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell != "":
                commands.append(("BACKGROUND", (c, r), (c, r), Palette.accent_light))
                commands.append(("BOX", (c, r), (c, r), 2, colors.white))
    table.setStyle(TableStyle(commands))
    return table
