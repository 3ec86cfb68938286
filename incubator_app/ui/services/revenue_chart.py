"""Bar chart of an entrepreneur's monthly revenue over the contract (QPainter; no extra module):
invoiced under the incubator and on own account, stacked, with the contribution due."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from incubator_app.services.shared_services.revenue_summary import RevenueSeries
from incubator_app.ui.services.money_text import money

INCUBATOR_COLOUR = QColor("#2f6f5e")
OWN_COLOUR = QColor("#9cc7b9")
CONTRIBUTION_COLOUR = QColor("#c0562f")


def _nice_step(top: int) -> int:
    """A round grid step (cents) giving 3 to 6 lines up to `top`."""
    step = 100
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return step


class RevenueChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revenueChart")
        self.series: RevenueSeries | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Revenue over the contract"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 260)

    def set_series(self, series: RevenueSeries | None) -> None:
        self.series = series
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.windowText().color()
        fm = p.fontMetrics()
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        series = self.series
        if series is None or not series.months:
            p.setPen(text_colour)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No revenue recorded yet."))
            return
        legend_h = fm.height() + 8
        top_value = max(max(m.total_cents for m in series.months), 100)
        step = _nice_step(top_value)
        top_value = ((top_value + step - 1) // step) * step
        axis_w = max(fm.horizontalAdvance(money(top_value)), 40) + 8
        plot = QRectF(rect.left() + axis_w, rect.top() + legend_h, rect.width() - axis_w, 0)
        plot.setBottom(rect.bottom() - fm.height() - 6)
        # Grid and y labels.
        grid = QColor(text_colour)
        grid.setAlpha(40)
        value = 0
        while value <= top_value:
            y = plot.bottom() - plot.height() * value / top_value
            p.setPen(QPen(grid, 1))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(text_colour)
            label = QRectF(rect.left(), y - fm.height() / 2, axis_w - 6, fm.height())
            p.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, money(value)
            )
            value += step
        # Bars.
        n = len(series.months)
        slot = plot.width() / n
        bar_w = max(2.0, slot * 0.7)
        every = max(1, int(fm.horizontalAdvance("00/0000") * 1.3 / slot) + 1)
        for i, m in enumerate(series.months):
            x = plot.left() + i * slot + (slot - bar_w) / 2
            h_inc = plot.height() * m.incubator_cents / top_value
            h_own = plot.height() * m.own_cents / top_value
            p.fillRect(QRectF(x, plot.bottom() - h_inc, bar_w, h_inc), INCUBATOR_COLOUR)
            p.fillRect(QRectF(x, plot.bottom() - h_inc - h_own, bar_w, h_own), OWN_COLOUR)
            if m.contribution_cents:
                y = plot.bottom() - plot.height() * m.contribution_cents / top_value
                p.setPen(QPen(CONTRIBUTION_COLOUR, 2))
                p.drawLine(int(x), int(y), int(x + bar_w), int(y))
            if i % every == 0:
                p.setPen(text_colour)
                p.drawText(
                    QRectF(plot.left() + i * slot - 30, plot.bottom() + 3, slot + 60, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    m.month.strftime("%m/%Y"),
                )
        # Legend.
        x = plot.left()
        for colour, text in (
            (INCUBATOR_COLOUR, self.tr("Invoiced under the incubator")),
            (OWN_COLOUR, self.tr("Own account")),
            (CONTRIBUTION_COLOUR, self.tr("Contribution due")),
        ):
            p.fillRect(QRectF(x, rect.top() + 3, 12, fm.height() - 6), colour)
            p.setPen(text_colour)
            p.drawText(
                QRectF(x + 16, rect.top(), 400, fm.height()), Qt.AlignmentFlag.AlignLeft, text
            )
            x += 16 + fm.horizontalAdvance(text) + 18
        p.end()
