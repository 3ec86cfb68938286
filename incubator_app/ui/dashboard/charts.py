"""Dashboard charts painted with QPainter: monthly bars, a pathway funnel, horizontal bars.

Each chart takes plain (label, value) data, scales to its size, follows the palette, and
shows the exact figure in a tooltip under the mouse. Labels are measured, never cut: a chart
too small for them says so through `clipped_texts()` (tests/ui/test_no_clipped_text.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    tooltip: str = ""
    highlight: bool = False


def nice_step(top: float, ticks: int = 4) -> float:
    """A round grid step (1, 2, 2.5, 5 × 10^n) giving about `ticks` lines up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


class _Chart(QWidget):
    def __init__(self, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accent = QColor(accent)
        self.bars: list[Bar] = []
        self._hit: list[tuple[QRectF, str]] = []
        self._clipped: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.tooltip or b.value}" for b in bars))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 220)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, 160)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def clipped_texts(self) -> list[str]:
        """The labels the last painting at the current size could not show in full."""
        self.render(QPixmap(self.size()))
        return list(self._clipped)

    def _fits(self, p: QPainter, text: str, width: float) -> None:
        if p.fontMetrics().horizontalAdvance(text) > width + 0.5:
            self._clipped.append(f"label « {text} » does not fit {width:.0f} px")

    def tooltip_at(self, point: QPointF) -> str:
        for rect, text in self._hit:
            if rect.contains(point):
                return text
        return ""

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def _empty(self, p: QPainter, text: str) -> None:
        p.setPen(self.palette().placeholderText().color())
        p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, text)


class MonthlyBarChart(_Chart):
    """Vertical bars with a value grid; highlighted bars (the current month) in full colour."""

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hit, self._clipped = [], []
        if not self.bars:
            self._empty(p, self.tr("No data"))
            return
        pal = self.palette()
        locale = QLocale()
        p.setFont(self._small_font())
        fm = p.fontMetrics()
        top_value = max(b.value for b in self.bars)
        step = nice_step(top_value)
        top = max(step, math.ceil(top_value / step) * step)

        def number(value: float) -> str:
            return locale.toString(float(value), "g", 4)

        label_w = max(fm.horizontalAdvance(number(top)), fm.horizontalAdvance(number(step)), 16) + 8
        area = QRectF(self.rect()).adjusted(label_w, 10, -6, -(fm.height() + 10))
        # Grid and its values.
        grid = QColor(pal.mid().color())
        grid.setAlpha(110)
        value = 0.0
        while value <= top + 1e-9:
            y = area.bottom() - area.height() * value / top
            p.setPen(QPen(grid, 1, Qt.PenStyle.SolidLine if value == 0 else Qt.PenStyle.DotLine))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(pal.placeholderText().color())
            p.drawText(
                QRectF(0, y - fm.height() / 2, label_w - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number(value),
            )
            value += step
        slot = area.width() / len(self.bars)
        width = min(38.0, slot * 0.62)
        soft = QColor(self.accent)
        soft.setAlpha(115)
        # One label every `every` bars, counted back from the last (this month's) so that it
        # always shows, with at least a space between two labels.
        widest = max(fm.horizontalAdvance(b.label) for b in self.bars) + fm.horizontalAdvance("  ")
        every = max(1, math.ceil(widest / slot))
        last = len(self.bars) - 1
        for i, bar in enumerate(self.bars):
            x = area.left() + slot * i + (slot - width) / 2
            h = area.height() * bar.value / top
            rect = QRectF(x, area.bottom() - h, width, h)
            path = QPainterPath()
            path.addRoundedRect(rect.adjusted(0, 0, 0, min(4.0, h)), 4, 4)
            p.save()
            p.setClipRect(QRectF(x, area.top() - 1, width, area.height() + 1))
            p.fillPath(path, self.accent if bar.highlight else soft)
            p.restore()
            self._hit.append(
                (QRectF(area.left() + slot * i, area.top(), slot, area.height()), bar.tooltip)
            )
            if (last - i) % every == 0:
                p.setPen(pal.text().color() if bar.highlight else pal.placeholderText().color())
                centre = area.left() + slot * (i + 0.5)
                p.drawText(
                    QRectF(centre - widest / 2, area.bottom() + 4, widest, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    bar.label,
                )
        p.end()


class FunnelChart(_Chart):
    """Bars narrowing stage after stage, with the count and the share of the first."""

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hit, self._clipped = [], []
        if not self.bars or self.bars[0].value <= 0:
            self._empty(p, self.tr("No entrepreneurs yet"))
            return
        pal = self.palette()
        first = self.bars[0].value
        area = QRectF(self.rect()).adjusted(4, 6, -4, -6)
        row_h = area.height() / len(self.bars)
        bar_h = min(40.0, row_h - 8)
        fm = p.fontMetrics()
        label_w = max(fm.horizontalAdvance(b.label) for b in self.bars) + 12
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        # Room on the right for a figure that does not fit inside its bar.
        figure_w = max(
            p.fontMetrics().horizontalAdvance(f"{b.value:,.0f}  (100%)") for b in self.bars
        )
        p.setFont(self.font())
        bars_area = QRectF(
            area.left() + label_w,
            area.top(),
            max(8.0, area.width() - label_w - figure_w - 8),
            area.height(),
        )
        for i, bar in enumerate(self.bars):
            share = bar.value / first
            colour = QColor(self.accent)
            colour.setAlphaF(1.0 - 0.16 * i)
            w = max(4.0, bars_area.width() * share)
            y = area.top() + row_h * i + (row_h - bar_h) / 2
            rect = QRectF(bars_area.left(), y, w, bar_h)
            path = QPainterPath()
            path.addRoundedRect(rect, 6, 6)
            p.fillPath(path, colour)
            p.setPen(pal.text().color())
            p.drawText(
                QRectF(area.left(), y, label_w - 8, bar_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            text = f"{bar.value:,.0f}".replace(",", "\u202f")
            if i:
                text += f"  ({share:.0%})"
            p.setFont(bold)
            inside = p.fontMetrics().horizontalAdvance(text) + 16 < w
            p.setPen(QColor("white") if inside else pal.text().color())
            target = rect if inside else QRectF(rect.right() + 6, y, figure_w, bar_h)
            if not inside:
                self._fits(p, text, area.right() - rect.right() - 6)
            align = Qt.AlignmentFlag.AlignCenter if inside else Qt.AlignmentFlag.AlignLeft
            p.drawText(target, align | Qt.AlignmentFlag.AlignVCenter, text)
            p.setFont(self.font())
            self._hit.append((QRectF(area.left(), y, area.width(), bar_h), bar.tooltip))
        p.end()


class HorizontalBarChart(_Chart):
    """One labelled bar per row, longest first, the value at the end of the bar."""

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hit, self._clipped = [], []
        if not self.bars:
            self._empty(p, self.tr("Nobody incubated right now"))
            return
        pal = self.palette()
        fm = p.fontMetrics()
        top = max(b.value for b in self.bars) or 1
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        row_h = area.height() / len(self.bars)
        bar_h = min(18.0, row_h - 6)
        label_w = min(
            max(fm.horizontalAdvance(b.label) for b in self.bars) + 12, area.width() * 0.6
        )
        value_w = fm.horizontalAdvance("0000") + 8
        room = area.width() - label_w - value_w
        track = QColor(pal.mid().color())
        track.setAlpha(60)
        for i, bar in enumerate(self.bars):
            y = area.top() + row_h * i + (row_h - bar_h) / 2
            p.setPen(pal.text().color())
            self._fits(p, bar.label, label_w - 8)
            p.drawText(
                QRectF(area.left(), y - 4, label_w - 8, bar_h + 8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            back = QPainterPath()
            back.addRoundedRect(QRectF(area.left() + label_w, y, room, bar_h), 4, 4)
            p.fillPath(back, track)
            path = QPainterPath()
            w = max(3.0, room * bar.value / top)
            path.addRoundedRect(QRectF(area.left() + label_w, y, w, bar_h), 4, 4)
            colour = QColor(self.accent)
            if not bar.highlight:
                colour.setAlpha(200)
            p.fillPath(path, colour)
            p.setPen(pal.text().color())
            p.drawText(
                QRectF(area.right() - value_w, y - 4, value_w, bar_h + 8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{bar.value:g}",
            )
            self._hit.append((QRectF(area.left(), y, area.width(), bar_h), bar.tooltip))
        p.end()
