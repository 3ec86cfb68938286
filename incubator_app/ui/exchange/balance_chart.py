"""A member's balance over time: a step line (QPainter), zero line, hours on the y axis."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from incubator_app.ui.exchange.texts import hours

LINE = QColor("#2f6f5e")
NEGATIVE = QColor("#c0562f")


def _step(span_minutes: int) -> int:
    step = 60
    while span_minutes / step > 6:
        step *= 2
    return step


class BalanceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.points: tuple[tuple[date, int], ...] = ()
        self.opening = 0
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Balance over time"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 200)

    def set_series(self, points: Sequence[tuple[date, int]], opening: int = 0) -> None:
        self.points, self.opening = tuple(points), opening
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        fm = p.fontMetrics()
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if not self.points:
            p.setPen(text_colour)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No exchange in this period."))
            return
        values = [self.opening, *(v for _, v in self.points)]
        low, high = min(0, *values), max(0, *values)
        step = _step(max(high - low, 60))
        low, high = (low // step) * step, -((-high) // step) * step
        if high == low:
            high = low + step
        axis_w = max(fm.horizontalAdvance(hours(v)) for v in (low, high)) + 10
        plot = QRectF(rect.left() + axis_w, rect.top(), rect.width() - axis_w, 0)
        plot.setBottom(rect.bottom() - fm.height() - 6)
        first, last = self.points[0][0].toordinal(), self.points[-1][0].toordinal()
        span = max(1, last - first)

        def y(v: int) -> float:
            return plot.bottom() - plot.height() * (v - low) / (high - low)

        def x(d: date) -> float:
            return plot.left() + plot.width() * (d.toordinal() - first) / span

        grid = QColor(text_colour)
        grid.setAlpha(40)
        v = low
        while v <= high:
            p.setPen(QPen(text_colour if v == 0 else grid, 1))
            p.drawLine(int(plot.left()), int(y(v)), int(plot.right()), int(y(v)))
            p.setPen(text_colour)
            label = QRectF(rect.left(), y(v) - fm.height() / 2, axis_w - 6, fm.height())
            p.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, hours(v))
            v += step
        path = QPainterPath(QPointF(plot.left(), y(self.opening)))
        for d, value in self.points:
            path.lineTo(QPointF(x(d), path.currentPosition().y()))
            path.lineTo(QPointF(x(d), y(value)))
        path.lineTo(QPointF(plot.right(), path.currentPosition().y()))
        final = self.points[-1][1]
        p.setPen(QPen(NEGATIVE if final < 0 else LINE, 2))
        p.drawPath(path)
        p.setPen(text_colour)
        for d, align in (
            (self.points[0][0], Qt.AlignmentFlag.AlignLeft),
            (self.points[-1][0], Qt.AlignmentFlag.AlignRight),
        ):
            box = QRectF(plot.left(), plot.bottom() + 3, plot.width(), fm.height())
            p.drawText(box, align, d.strftime("%d/%m/%Y"))
        p.end()
