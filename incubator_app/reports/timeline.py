"""A horizontal timeline drawing: coloured phases on a band, numbered markers under the axis.

Used for the pathway (phases = stages) and milestones (markers coloured by status); the numbers
refer to the rows of a table printed next to it, so long titles never collide on the drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from incubator_app.reports.fonts import BOLD, FAMILY, register_fonts
from incubator_app.reports.styles import Palette


@dataclass(frozen=True)
class Phase:
    label: str
    start: date
    end: date
    colour: Color


@dataclass(frozen=True)
class Marker:
    number: int
    on: date
    colour: Color


def timeline(
    start: date,
    end: date,
    *,
    phases: Sequence[Phase],
    markers: Sequence[Marker],
    legend: Sequence[Sequence[tuple[Color, str]]],
    width: float,
    tick_label: Callable[[date], str] = lambda d: str(d.year),
) -> Drawing:
    register_fonts()
    if end <= start:
        end = date.fromordinal(start.toordinal() + 1)
    span = end.toordinal() - start.toordinal()
    left, right = 6.0, width - 6.0

    def x_of(d: date) -> float:
        clamped = min(max(d.toordinal(), start.toordinal()), end.toordinal())
        return left + (right - left) * (clamped - start.toordinal()) / span

    # Markers are stacked in rows so that close dates do not overlap.
    radius = 6.5
    rows_end: list[float] = []
    placed: list[tuple[Marker, float, int]] = []
    for m in sorted(markers, key=lambda m: (m.on, m.number)):
        x = x_of(m.on)
        row = next((i for i, last in enumerate(rows_end) if x - last >= 2 * radius + 1.5), None)
        if row is None:
            row = len(rows_end)
            rows_end.append(x)
        rows_end[row] = x
        placed.append((m, x, row))
    n_rows = max(1, len(rows_end))
    legend = [row for row in legend if row]
    legend_h = 13 * len(legend)
    height = 12 + 14 + 8 + n_rows * (2 * radius + 3) + legend_h + 6
    d = Drawing(width, height)
    band_y, band_h = height - 12 - 14, 14
    for p in phases:
        x0, x1 = x_of(p.start), x_of(p.end)
        if x1 - x0 < 0.5:
            continue
        d.add(
            Rect(
                x0, band_y, x1 - x0, band_h, fillColor=p.colour, strokeColor=white, strokeWidth=0.8
            )
        )
        if x1 - x0 > 7 * len(p.label) * 0.62:
            d.add(
                String(
                    (x0 + x1) / 2,
                    band_y + 4,
                    p.label,
                    fontName=BOLD,
                    fontSize=7,
                    fillColor=white,
                    textAnchor="middle",
                )
            )
    axis_y = band_y
    d.add(Line(left, axis_y, right, axis_y, strokeColor=Palette.muted, strokeWidth=0.8))
    # Year ticks (or the caller's labels): at most ~12 so they stay readable.
    years = list(range(start.year + (start.month > 1 or start.day > 1), end.year + 1))
    stride = max(1, len(years) // 12 + (len(years) % 12 > 0))
    for year in years[::stride]:
        x = x_of(date(year, 1, 1))
        d.add(
            Line(
                x,
                band_y + band_h,
                x,
                band_y + band_h + 3,
                strokeColor=Palette.muted,
                strokeWidth=0.6,
            )
        )
        d.add(
            String(
                x,
                band_y + band_h + 5,
                tick_label(date(year, 1, 1)),
                fontName=FAMILY,
                fontSize=7,
                fillColor=Palette.muted,
                textAnchor="middle",
            )
        )
    top = axis_y - 6
    for _m, x, row in placed:  # connectors first, so markers sit on top of them
        cy = top - radius - row * (2 * radius + 3)
        d.add(Line(x, axis_y, x, cy + radius, strokeColor=Palette.rule, strokeWidth=0.5))
    for m, x, row in placed:
        cy = top - radius - row * (2 * radius + 3)
        d.add(Circle(x, cy, radius, fillColor=m.colour, strokeColor=white, strokeWidth=0.8))
        d.add(
            String(
                x,
                cy - 2.5,
                str(m.number),
                fontName=BOLD,
                fontSize=6.5,
                fillColor=white,
                textAnchor="middle",
            )
        )
    for r, row in enumerate(reversed(legend)):
        x, y = left, 2 + 13 * r
        for colour, text in row:
            d.add(Rect(x, y, 8, 8, fillColor=colour, strokeColor=None))
            d.add(String(x + 11, y + 1, text, fontName=FAMILY, fontSize=7.5, fillColor=Palette.ink))
            x += 11 + stringWidth(text, FAMILY, 7.5) + 14
    return d
