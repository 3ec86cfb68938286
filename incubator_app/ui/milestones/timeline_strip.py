"""One entrepreneur's milestones on a time axis, coloured by status, with a "today" marker.

Painted with QPainter. Keyboard: Left/Right (or Home/End) move the selection from milestone to
milestone, Enter activates it; the mouse selects and double-click activates; each marker has a
tooltip (title, due date, status). Markers too close to each other alternate above and below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from incubator_app import clock
from incubator_app.models.vocabulary import MilestoneStatus
from incubator_app.ui.entrepreneurs.labels import glossary_label

MS = MilestoneStatus
STATUS_COLOURS: dict[MilestoneStatus, str] = {
    MS.PLANNED: "#748ffc",
    MS.IN_PROGRESS: "#f08c00",
    MS.ACHIEVED: "#2b8a3e",
    MS.MISSED: "#c92a2a",
    MS.CANCELLED: "#adb5bd",
}
OVERDUE_COLOUR = "#e03131"
RADIUS = 7.0


def status_label(status: MilestoneStatus) -> str:
    return glossary_label(MilestoneStatus, status)


@dataclass(frozen=True)
class StripItem:
    id: int
    title: str
    due_on: date
    status: MilestoneStatus
    achieved_on: date | None = None
    overdue: bool = False


class MilestoneTimelineStrip(QWidget):
    #: The selected milestone's id (None when nothing is selected).
    selection_changed = Signal(object)
    #: Enter or double-click on a milestone.
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[StripItem] = []
        self._today = clock.today()
        self._selected: int | None = None
        self._centres: dict[int, QPointF] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Milestone timeline"))

    # Data ------------------------------------------------------------------------------
    def set_milestones(self, items: Sequence[object], today: date) -> None:
        """Anything with id, title, due_on, status (and optionally achieved_on, overdue)."""
        self._items = sorted(
            (
                StripItem(
                    id=m.id,
                    title=m.title,
                    due_on=m.due_on,
                    status=MilestoneStatus(m.status),
                    achieved_on=getattr(m, "achieved_on", None),
                    overdue=bool(getattr(m, "overdue", False)),
                )
                for m in items
            ),
            key=lambda i: (i.due_on, i.id),
        )
        self._today = today
        if self._selected not in {i.id for i in self._items}:
            self._selected = None
        self.setAccessibleDescription(
            "; ".join(f"{i.title}, {self._date(i.due_on)}" for i in self._items)
        )
        self.update()

    @property
    def items(self) -> list[StripItem]:
        return list(self._items)

    @property
    def selected_id(self) -> int | None:
        return self._selected

    def select(self, milestone_id: int | None) -> None:
        if milestone_id == self._selected:
            return
        self._selected = milestone_id
        self.update()
        self.selection_changed.emit(milestone_id)

    def marker_centre(self, milestone_id: int) -> QPointF | None:
        """Where a milestone is drawn (after a paint), for tests and tooltips."""
        return self._centres.get(milestone_id)

    def tooltip_for(self, item: StripItem) -> str:
        lines = [item.title, self.tr("Due {date}").format(date=self._date(item.due_on))]
        state = status_label(item.status)
        if item.overdue:
            state = self.tr("{status}, overdue").format(status=state)
        lines.append(state)
        if item.achieved_on is not None:
            lines.append(self.tr("Achieved {date}").format(date=self._date(item.achieved_on)))
        return "\n".join(lines)

    def item_at(self, point: QPointF) -> StripItem | None:
        best, best_d = None, (RADIUS + 4) ** 2
        for item in self._items:
            c = self._centres.get(item.id)
            if c is None:
                continue
            d = (c.x() - point.x()) ** 2 + (c.y() - point.y()) ** 2
            if d <= best_d:
                best, best_d = item, d
        return best

    # Geometry --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(600, 96)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 96)

    def _span(self) -> tuple[date, date]:
        days = [i.due_on for i in self._items] + [self._today]
        start, end = min(days), max(days)
        start = start.replace(day=1)
        end = end.replace(day=1) + relativedelta(months=1)
        return start, end

    def _x(self, day: date, start: date, end: date, left: float, width: float) -> float:
        total = max(1, (end - start).days)
        return left + width * (day - start).days / total

    # Painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect())
        p.fillRect(rect, pal.base())
        if self.hasFocus():
            p.setPen(QPen(pal.highlight().color(), 1.5))
            p.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75))
        if not self._items:
            p.setPen(pal.placeholderText().color())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No milestone planned yet"))
            self._centres = {}
            return
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.82)
        p.setFont(small)
        fm = p.fontMetrics()
        left, width = 16.0, rect.width() - 32.0
        axis_y = rect.height() / 2 + 4
        start, end = self._span()
        # Axis and month ticks (labels thinned out to fit).
        axis = pal.mid().color()
        p.setPen(QPen(axis, 2))
        p.drawLine(QPointF(left, axis_y), QPointF(left + width, axis_y))
        months = []
        m = start
        while m <= end:
            months.append(m)
            m += relativedelta(months=1)
        label_w = fm.horizontalAdvance("MMM 0000") + 8
        every = max(1, int(label_w / max(1.0, width / max(1, len(months) - 1))) + 1)
        for n, month in enumerate(months):
            x = self._x(month, start, end, left, width)
            p.setPen(QPen(axis, 1))
            p.drawLine(QPointF(x, axis_y - 3), QPointF(x, axis_y + 3))
            if n % every == 0 and n < len(months) - 1:
                p.setPen(pal.placeholderText().color())
                text = QLocale().toString(month, "MMM yyyy")
                p.drawText(QPointF(x + 2, rect.height() - 6), text)
        # Today.
        tx = self._x(self._today, start, end, left, width)
        today_pen = QPen(QColor(OVERDUE_COLOUR), 1.5, Qt.PenStyle.DashLine)
        p.setPen(today_pen)
        p.drawLine(QPointF(tx, 14), QPointF(tx, rect.height() - 20))
        p.setPen(QColor(OVERDUE_COLOUR))
        today_text = self.tr("Today")
        tw = fm.horizontalAdvance(today_text)
        p.drawText(QPointF(min(max(2.0, tx - tw / 2), rect.width() - tw - 2), 11), today_text)
        # Markers; close neighbours alternate above and below the axis.
        self._centres = {}
        last_x, flip = -1e9, False
        for item in self._items:
            x = self._x(item.due_on, start, end, left, width)
            flip = (not flip) if x - last_x < RADIUS * 2.2 else False
            last_x = x
            centre = QPointF(x, axis_y + (-(RADIUS + 5) if flip else 0))
            self._centres[item.id] = centre
            self._paint_marker(p, item, centre)
        p.end()

    def _paint_marker(self, p: QPainter, item: StripItem, centre: QPointF) -> None:
        colour = QColor(STATUS_COLOURS[item.status])
        selected = item.id == self._selected
        r = RADIUS + (2 if selected else 0)
        if selected:
            halo = QColor(self.palette().highlight().color())
            halo.setAlpha(90)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(halo)
            p.drawEllipse(centre, r + 4, r + 4)
        if item.status is MS.CANCELLED:
            p.setBrush(self.palette().base())
            p.setPen(QPen(colour, 2))
        else:
            p.setBrush(colour)
            p.setPen(QPen(QColor(OVERDUE_COLOUR) if item.overdue else colour.darker(125), 2))
        p.drawEllipse(centre, r, r)
        if item.status is MS.ACHIEVED:
            p.setPen(QPen(QColor("white"), 2))
            p.drawLine(centre + QPointF(-3, 0), centre + QPointF(-1, 3))
            p.drawLine(centre + QPointF(-1, 3), centre + QPointF(3.5, -3))
        elif item.overdue:
            p.setPen(QPen(QColor("white"), 2))
            p.drawLine(centre + QPointF(0, -3.5), centre + QPointF(0, 1))
            p.drawPoint(centre + QPointF(0, 3.5))

    # Input -----------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            item = self.item_at(QPointF(event.pos()))
            if item is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(item), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.item_at(event.position())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if item is not None:
            self.select(item.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.item_at(event.position())
        if item is not None:
            self.select(item.id)
            self.activated.emit(item.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ids = [i.id for i in self._items]
        key = event.key()
        if not ids or key not in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._selected is not None:
                self.activated.emit(self._selected)
            return
        pos = ids.index(self._selected) if self._selected in ids else -1
        if key == Qt.Key.Key_Home:
            pos = 0
        elif key == Qt.Key.Key_End:
            pos = len(ids) - 1
        elif key == Qt.Key.Key_Left:
            pos = len(ids) - 1 if pos < 0 else max(0, pos - 1)
        else:
            pos = min(len(ids) - 1, pos + 1)
        self.select(ids[pos])
        item = self._items[pos]
        centre = self._centres.get(item.id)
        if centre is not None:
            QToolTip.showText(
                self.mapToGlobal(centre.toPoint()), self.tooltip_for(item), self, QRectF().toRect()
            )

    def _date(self, day: date) -> str:
        return QLocale().toString(day, "dd/MM/yyyy")
