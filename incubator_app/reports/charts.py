"""Vector charts (reportlab.graphics): bar, line and pie, with readable labels and a legend.

Each function returns a `Drawing`, a flowable that can go straight into a report.

>>> d = bar_chart(["janv.", "févr."], [Series("Heures", [3.5, 6])], width=400)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import cm

from incubator_app.reports.fonts import FAMILY, register_fonts
from incubator_app.reports.styles import Palette

LABEL_SIZE = 7.5


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


def _nice_max(value: float) -> tuple[float, float]:
    """A round axis maximum and step above `value`, with headroom for the value labels."""
    if value <= 0:
        return 1.0, 0.25
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw:
            break
    top = step * math.ceil(value / step)
    if top - value < step * 0.2:
        top += step
    return top, step


def _empty(width: float, height: float, text: str) -> Drawing:
    d = Drawing(width, height)
    d.add(
        String(
            width / 2,
            height / 2,
            text,
            fontName=FAMILY,
            fontSize=9,
            fillColor=Palette.muted,
            textAnchor="middle",
        )
    )
    return d


def _legend(
    series: Sequence[Series], x: float, y: float, colour_of: Callable[[int], object]
) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = FAMILY
    legend.fontSize = LABEL_SIZE + 0.5
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dx = legend.dy = 7
    legend.strokeWidth = 0
    legend.colorNamePairs = [(colour_of(i), s.name) for i, s in enumerate(series)]
    return legend


def _style_axis_labels(axis: object) -> None:
    axis.labels.fontName = FAMILY  # type: ignore[attr-defined]
    axis.labels.fontSize = LABEL_SIZE  # type: ignore[attr-defined]
    axis.labels.fillColor = Palette.ink  # type: ignore[attr-defined]
    axis.strokeColor = Palette.rule  # type: ignore[attr-defined]


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float = 6 * cm,
    horizontal: bool = False,
    value_format: Callable[[float], str] = lambda v: f"{v:g}",
    show_values: bool = True,
    empty_text: str = "—",
) -> Drawing:
    """Grouped bars, one colour per series; a legend when there are several series."""
    register_fonts()
    peak = max((v for s in series for v in s.values), default=0)
    if not categories or not series:
        return _empty(width, height, empty_text)
    legend_h = 16 if len(series) > 1 else 0
    d = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    longest = max((len(c) for c in categories), default=0)
    if horizontal:
        left = min(width * 0.38, 14 + longest * LABEL_SIZE * 0.55)
        chart.x, chart.y = left, 14 + legend_h
        chart.width, chart.height = width - left - 36, height - 22 - legend_h
    else:
        chart.x, chart.y = 40, 28 + legend_h
        chart.width, chart.height = width - 50, height - 38 - legend_h
    chart.data = [list(s.values) for s in series]
    top, step = _nice_max(peak)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = value_format
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Palette.rule
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.categoryNames = list(categories)
    _style_axis_labels(chart.valueAxis)
    _style_axis_labels(chart.categoryAxis)
    if horizontal:
        chart.categoryAxis.reverseDirection = 1  # first category on top
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
    elif len(categories) > 8:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dy = -2
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(categories) > 12 else 10
    for i in range(len(series)):
        chart.bars[i].fillColor = Palette.series[i % len(Palette.series)]
        chart.bars[i].strokeColor = None
    if show_values and len(series) * len(categories) <= 24:
        chart.barLabelFormat = lambda v: "" if not v else value_format(v)
        chart.barLabels.fontName = FAMILY
        chart.barLabels.fontSize = LABEL_SIZE - 0.5
        chart.barLabels.fillColor = Palette.ink
        if horizontal:
            chart.barLabels.boxAnchor = "w"
            chart.barLabels.dx = 3
        else:
            chart.barLabels.boxAnchor = "s"
            chart.barLabels.dy = 2
    d.add(chart)
    if len(series) > 1:
        d.add(
            _legend(series, chart.x, height - 2, lambda i: Palette.series[i % len(Palette.series)])
        )
    return d


def line_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float = 6 * cm,
    value_format: Callable[[float], str] = lambda v: f"{v:g}",
    empty_text: str = "—",
) -> Drawing:
    """One line per series with markers; a legend when there are several series."""
    register_fonts()
    if not categories or not series:
        return _empty(width, height, empty_text)
    from reportlab.graphics.widgets.markers import makeMarker

    legend_h = 16 if len(series) > 1 else 0
    d = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 44, 28 + legend_h
    chart.width, chart.height = width - 56, height - 38 - legend_h
    chart.data = [list(s.values) for s in series]
    peak = max((v for s in series for v in s.values), default=0)
    top, step = _nice_max(peak)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = value_format
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Palette.rule
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.boxAnchor = "n"
    _style_axis_labels(chart.valueAxis)
    _style_axis_labels(chart.categoryAxis)
    if len(categories) > 8:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    for i in range(len(series)):
        colour = Palette.series[i % len(Palette.series)]
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.6
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3.5, fillColor=colour)
    d.add(chart)
    if len(series) > 1:
        d.add(
            _legend(series, chart.x, height - 2, lambda i: Palette.series[i % len(Palette.series)])
        )
    return d


def pie_chart(
    slices: Sequence[tuple[str, float]],
    *,
    width: float,
    height: float = 6 * cm,
    value_format: Callable[[float], str] = lambda v: f"{v:g}",
    empty_text: str = "—",
) -> Drawing:
    """A pie on the left, a legend `label — value (percent)` on the right."""
    register_fonts()
    slices = [(label, value) for label, value in slices if value > 0]
    total = sum(v for _, v in slices)
    if not slices or total <= 0:
        return _empty(width, height, empty_text)
    d = Drawing(width, height)
    pie = Pie()
    size = min(height - 16, width * 0.4)
    pie.x, pie.y = 8, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [v for _, v in slices]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = Palette.header_fg
    pie.slices.strokeWidth = 1
    for i in range(len(slices)):
        pie.slices[i].fillColor = Palette.series[i % len(Palette.series)]
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 30, height / 2 + min(len(slices), 10) * 7
    legend.boxAnchor = "w"
    legend.fontName = FAMILY
    legend.fontSize = LABEL_SIZE + 0.5
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.dx = legend.dy = 7
    legend.deltay = 12
    legend.strokeWidth = 0
    legend.colorNamePairs = [
        (
            Palette.series[i % len(Palette.series)],
            f"{label} — {value_format(value)} ({round(100 * value / total)} %)",
        )
        for i, (label, value) in enumerate(slices)
    ]
    d.add(legend)
    return d
