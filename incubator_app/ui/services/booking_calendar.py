"""The painted time grid of the bookings view: one column per day (day or week), 8:00–22:00,
bookings as blocks with the entrepreneur's name, units used for multi-unit resources, a marker
for today and for the current time. Drag on empty space to ask for a new booking, drag a block to
move it, double-click or Enter to open it; Up/Down select the previous/next booking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from incubator_app import clock
from incubator_app.services.shared_services.bookings import BookingBlock
from incubator_app.ui.widgets import qdate_of

FIRST_HOUR = 8
LAST_HOUR = 22
SNAP_MINUTES = 15
GUTTER = 58
HEADER = 44
MIN_HOUR_HEIGHT = 40
FOOTER = 12  # room for the last hour's label

# Soft fills with a darker edge; chosen per entrepreneur so the same person keeps a colour.
PALETTE = (
    ("#dbeafe", "#2563eb"),
    ("#dcfce7", "#16a34a"),
    ("#fef3c7", "#d97706"),
    ("#fce7f3", "#db2777"),
    ("#ede9fe", "#7c3aed"),
    ("#ccfbf1", "#0d9488"),
    ("#ffedd5", "#ea580c"),
    ("#e0e7ff", "#4f46e5"),
)
TODAY_TINT = QColor(47, 111, 94, 22)
ACCENT = QColor("#2f6f5e")
NOW_COLOUR = QColor("#d93025")


@dataclass
class _Placed:
    block: BookingBlock
    rect: QRectF
    day_index: int


def local(value: datetime) -> datetime:
    return value.astimezone(clock.zone())


def wall(day: date, minutes: int) -> datetime:
    """Minutes after midnight of a local day, as an aware UTC datetime."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=clock.zone()).astimezone(UTC)


class BookingCalendar(QWidget):
    selection_changed = Signal(object)  # BookingBlock | None
    create_requested = Signal(object, object)  # start, end (aware UTC)
    move_requested = Signal(object, object, object)  # block, new start, new end
    open_requested = Signal(object)  # BookingBlock
    cancel_requested = Signal(object)  # BookingBlock (Delete key)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(HEADER + FOOTER + MIN_HOUR_HEIGHT * (LAST_HOUR - FIRST_HOUR))
        self.days: list[date] = [clock.today()]
        self.blocks: list[BookingBlock] = []
        self.capacity = 1
        self.now: datetime | None = None  # None: the real clock
        self.selected: BookingBlock | None = None
        self._placed: list[_Placed] = []
        self._press: QPointF | None = None
        self._drag_block: BookingBlock | None = None
        self._drag_offset = 0
        self._preview: tuple[int, int, int] | None = None  # day index, start min, end min

    # -- data -----------------------------------------------------------------------------

    def set_days(self, days: list[date]) -> None:
        self.days = list(days)
        self.update()

    def set_blocks(self, blocks: list[BookingBlock], capacity: int) -> None:
        self.blocks = list(blocks)
        self.capacity = capacity
        keep = self.selected.id if self.selected else None
        self.selected = next((b for b in self.blocks if b.id == keep), None)
        self._layout()
        self.update()
        self.selection_changed.emit(self.selected)

    def select(self, block: BookingBlock | None) -> None:
        self.selected = block
        self.update()
        self.selection_changed.emit(block)

    # -- geometry -------------------------------------------------------------------------

    def _hour_height(self) -> float:
        return max(MIN_HOUR_HEIGHT, (self.height() - HEADER - FOOTER) / (LAST_HOUR - FIRST_HOUR))

    def _col_width(self) -> float:
        return (self.width() - GUTTER) / max(1, len(self.days))

    def _y(self, minutes: float) -> float:
        return HEADER + (minutes - FIRST_HOUR * 60) * self._hour_height() / 60

    def _minutes_at(self, y: float) -> int:
        raw = FIRST_HOUR * 60 + (y - HEADER) * 60 / self._hour_height()
        snapped = round(raw / SNAP_MINUTES) * SNAP_MINUTES
        return int(min(max(snapped, FIRST_HOUR * 60), LAST_HOUR * 60))

    def _day_at(self, x: float) -> int:
        return int(min(max((x - GUTTER) // self._col_width(), 0), len(self.days) - 1))

    def _minutes_of(self, value: datetime, day: date) -> float:
        start = datetime.combine(day, time(), clock.zone())
        return (local(value) - start).total_seconds() / 60

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        """Places blocks; overlapping ones (multi-unit resources) share the column in lanes."""
        self._placed = []
        col_w = self._col_width()
        for index, day in enumerate(self.days):
            items = []
            for b in self.blocks:
                top = max(self._minutes_of(b.starts_at, day), FIRST_HOUR * 60)
                bottom = min(self._minutes_of(b.ends_at, day), LAST_HOUR * 60)
                if bottom > top:
                    items.append((top, bottom, b))
            items.sort(key=lambda t: (t[0], -t[1], t[2].id))
            clusters: list[list[tuple[float, float, BookingBlock, int]]] = []
            cluster_end = -1.0
            for top, bottom, b in items:
                if not clusters or top >= cluster_end:
                    clusters.append([])
                    cluster_end = bottom
                cluster = clusters[-1]
                used = {lane for t, btm, _, lane in cluster if btm > top}
                lane = next(n for n in range(len(cluster) + 1) if n not in used)
                cluster.append((top, bottom, b, lane))
                cluster_end = max(cluster_end, bottom)
            for cluster in clusters:
                lanes = max(lane for *_, lane in cluster) + 1
                lane_w = (col_w - 8) / lanes
                for top, bottom, b, lane in cluster:
                    x = GUTTER + index * col_w + 3 + lane * lane_w
                    rect = QRectF(
                        x, self._y(top) + 1, lane_w - 2, self._y(bottom) - self._y(top) - 2
                    )
                    self._placed.append(_Placed(b, rect, index))

    def block_rect(self, block_id: int) -> QRectF | None:
        """Where a booking is drawn (first day it appears on); tests and tooltips use it."""
        return next((p.rect for p in self._placed if p.block.id == block_id), None)

    def point_at(self, day_index: int, minutes: int) -> QPointF:
        """The point of the grid at `minutes` after midnight of the `day_index`-th column."""
        x = GUTTER + (day_index + 0.5) * self._col_width()
        return QPointF(x, self._y(minutes))

    def _block_at(self, pos: QPointF) -> BookingBlock | None:
        for placed in reversed(self._placed):
            if placed.rect.contains(pos):
                return placed.block
        return None

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        col_w = self._col_width()
        now = self.now or clock.now_utc()
        today = local(now).date()
        locale = QLocale()
        mid = pal.mid().color()
        light = QColor(mid)
        light.setAlpha(90)

        for index, day in enumerate(self.days):
            x = GUTTER + index * col_w
            if day.weekday() >= 5:
                p.fillRect(QRectF(x, HEADER, col_w, self.height()), pal.alternateBase())
            if day == today:
                p.fillRect(QRectF(x, 0, col_w, self.height()), TODAY_TINT)
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y(hour * 60)
            p.setPen(QPen(mid, 1))
            p.drawLine(QPointF(GUTTER - 6, y), QPointF(self.width(), y))
            if hour < LAST_HOUR:
                p.setPen(QPen(light, 1, Qt.PenStyle.DotLine))
                half = self._y(hour * 60 + 30)
                p.drawLine(QPointF(GUTTER, half), QPointF(self.width(), half))
            p.setPen(pal.text().color())
            label = f"{hour:02d}:00"
            p.drawText(QRectF(0, y - 9, GUTTER - 10, 18), Qt.AlignmentFlag.AlignRight, label)
        p.setPen(QPen(mid, 1))
        for index in range(len(self.days) + 1):
            x = GUTTER + index * col_w
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))

        # Day headers: weekday and date; today in the accent colour.
        header_font = QFont(self.font())
        header_font.setBold(True)
        p.setFont(header_font)
        for index, day in enumerate(self.days):
            rect = QRectF(GUTTER + index * col_w, 0, col_w, HEADER)
            qdate = qdate_of(day)
            if len(self.days) > 1:
                text = locale.toString(qdate, "ddd d MMM")
            else:
                text = locale.toString(qdate, QLocale.FormatType.LongFormat)
            if day == today:
                badge = rect.adjusted(4, 6, -4, -6)
                p.setBrush(ACCENT)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRoundedRect(badge, 6, 6)
                p.setPen(QColor("white"))
            else:
                p.setPen(pal.text().color())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font())

        for placed in self._placed:
            self._paint_block(p, placed)

        if self._preview is not None:
            index, start, end = self._preview
            x = GUTTER + index * col_w
            rect = QRectF(x + 3, self._y(start), col_w - 8, self._y(end) - self._y(start))
            p.setBrush(QColor(47, 111, 94, 60))
            p.setPen(QPen(ACCENT, 2, Qt.PenStyle.DashLine))
            p.drawRoundedRect(rect, 5, 5)
            p.setPen(pal.text().color())
            p.drawText(
                rect.adjusted(6, 2, -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                f"{start // 60:02d}:{start % 60:02d} – {end // 60:02d}:{end % 60:02d}",
            )

        # Current time: a red line across today's column.
        if today in self.days:
            minutes = self._minutes_of(now, today)
            if FIRST_HOUR * 60 <= minutes <= LAST_HOUR * 60:
                index = self.days.index(today)
                y = self._y(minutes)
                p.setPen(QPen(NOW_COLOUR, 2))
                p.drawLine(
                    QPointF(GUTTER + index * col_w, y), QPointF(GUTTER + (index + 1) * col_w, y)
                )
                p.setBrush(NOW_COLOUR)
                p.drawEllipse(QPointF(GUTTER + index * col_w, y), 4, 4)
        p.end()

    def _paint_block(self, p: QPainter, placed: _Placed) -> None:
        b, rect = placed.block, placed.rect
        fill, edge = PALETTE[(b.entrepreneur_id or 0) % len(PALETTE)]
        selected = self.selected is not None and self.selected.id == b.id
        p.setBrush(QColor(fill))
        p.setPen(QPen(QColor(edge), 2.5 if selected else 1))
        p.drawRoundedRect(rect, 5, 5)
        p.fillRect(QRectF(rect.left(), rect.top() + 2, 4, rect.height() - 4), QColor(edge))
        if selected:
            p.setPen(QPen(QColor(edge), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
        inner = rect.adjusted(9, 3, -4, -2)
        fm = QFontMetrics(self.font())
        start, end = local(b.starts_at), local(b.ends_at)
        when = f"{start:%H:%M} – {end:%H:%M}"
        if fm.horizontalAdvance(when) > inner.width():  # a narrow lane: keep the hours readable
            when = f"{start:%H:%M}–{end:%H:%M}"
            if fm.horizontalAdvance(when) > inner.width():
                when = f"{start.hour}h–{end.hour}h"
        lines = [
            when,
            b.entrepreneur_name or self.tr("(nobody)"),
        ]
        extras = []
        if self.capacity > 1:
            extras.append(
                self.tr("%1 of %2 units")
                .replace("%1", str(b.units))
                .replace("%2", str(self.capacity))
            )
        if b.series_id:
            extras.append("↻ " + self.tr("recurring"))
        if b.charged:
            extras.append("✓ " + self.tr("charged"))
        if extras:
            lines.append(" · ".join(extras))
        p.setPen(QColor("#1f2937"))
        y = inner.top()
        bold = QFont(self.font())
        bold.setBold(True)
        for n, text in enumerate(lines):
            if y + fm.height() > inner.bottom() + 2:
                break
            p.setFont(bold if n == 1 else self.font())
            elided = QFontMetrics(p.font()).elidedText(
                text, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), elided)
            y += fm.height()
        p.setFont(self.font())

    # -- mouse and keys -------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        if pos.y() < HEADER or pos.x() < GUTTER:
            return None
        self._press = pos
        block = self._block_at(pos)
        self.select(block)
        if block is not None:
            day = self.days[self._day_at(pos.x())]
            self._drag_block = block
            self._drag_offset = int(
                self._minutes_at(pos.y()) - self._minutes_of(block.starts_at, day)
            )
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        pos = event.position()
        if self._press is None:
            block = self._block_at(pos)
            cursor = Qt.CursorShape.OpenHandCursor if block else Qt.CursorShape.CrossCursor
            self.setCursor(cursor)
            self.setToolTip(self._tooltip(block))
            return
        if (pos - self._press).manhattanLength() < 6 and self._preview is None:
            return
        index = self._day_at(pos.x())
        if self._drag_block is not None:
            b = self._drag_block
            length = int((b.ends_at - b.starts_at).total_seconds() // 60)
            start = self._minutes_at(pos.y()) - self._drag_offset
            start = round(start / SNAP_MINUTES) * SNAP_MINUTES
            start = min(max(start, FIRST_HOUR * 60), LAST_HOUR * 60 - min(length, 60))
            self._preview = (index, start, start + length)
        else:
            first = self._minutes_at(self._press.y())
            other = self._minutes_at(pos.y())
            start, end = min(first, other), max(first, other)
            if end == start:
                end = start + SNAP_MINUTES
            self._preview = (self._day_at(self._press.x()), start, end)
        self.update()

    def _tooltip(self, block: BookingBlock | None) -> str:
        # A plain tooltip set on hover (overriding event() for ToolTip costs a call per event).
        if block is None:
            return ""
        text = f"{local(block.starts_at):%d/%m %H:%M} – {local(block.ends_at):%H:%M}\n"
        text += block.entrepreneur_name or self.tr("(nobody)")
        if block.notes:
            text += f"\n{block.notes}"
        return text

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        preview, block = self._preview, self._drag_block
        self._press, self._drag_block, self._preview = None, None, None
        self.update()
        if preview is None or event.button() != Qt.MouseButton.LeftButton:
            return
        index, start, end = preview
        day = self.days[index]
        if block is not None:
            new_start, new_end = wall(day, start), wall(day, end)
            if new_start != block.starts_at:
                self.move_requested.emit(block, new_start, new_end)
        else:
            self.create_requested.emit(wall(day, start), wall(day, end))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt override)
        pos = event.position()
        if pos.y() < HEADER or pos.x() < GUTTER:
            return
        block = self._block_at(pos)
        if block is not None:
            self.open_requested.emit(block)
            return
        day = self.days[self._day_at(pos.x())]
        start = self._minutes_at(pos.y()) // 60 * 60
        start = min(start, (LAST_HOUR - 1) * 60)
        self.create_requested.emit(wall(day, start), wall(day, start + 60))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        ordered = sorted(self.blocks, key=lambda b: (b.starts_at, b.id))
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and ordered:
            if self.selected is None or self.selected not in ordered:
                target = ordered[0] if key == Qt.Key.Key_Down else ordered[-1]
            else:
                n = ordered.index(self.selected) + (1 if key == Qt.Key.Key_Down else -1)
                target = ordered[max(0, min(n, len(ordered) - 1))]
            self.select(target)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            self.cancel_requested.emit(self.selected)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.open_requested.emit(self.selected)
            return
        super().keyPressEvent(event)
