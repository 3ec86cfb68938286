"""KPI tiles: a big number, what it counts, a comparison line; click or Enter opens the list."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# One accent per kind of figure; readable on light and dark palettes.
ACCENTS = {
    "people": "#2f6f5e",
    "coaching": "#3b5bdb",
    "hours": "#7048e8",
    "milestones": "#e8590c",
    "contracts": "#c2255c",
    "bookings": "#0c8599",
}
GOOD, BAD = QColor("#2b8a3e"), QColor("#c92a2a")


class KpiTile(QWidget):
    """Painted card. `activated` fires on click, Enter, Return or Space."""

    activated = Signal()

    def __init__(self, title: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._accent = QColor(accent)
        self._value = "–"
        self._detail = ""
        self._detail_colour: QColor | None = None
        self._hover = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    # Content ---------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return self._title

    @property
    def value_text(self) -> str:
        return self._value

    @property
    def detail_text(self) -> str:
        return self._detail

    def set_value(self, value: str, detail: str = "", detail_colour: QColor | None = None) -> None:
        self._value, self._detail, self._detail_colour = value, detail, detail_colour
        self.setAccessibleDescription(f"{value} — {detail}" if detail else value)
        self.setToolTip(f"{self._title}: {value}" + (f"\n{detail}" if detail else ""))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(180, 112)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(140, 112)

    # Input -----------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event) -> None:  # noqa: N802
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()
        super().leaveEvent(event)

    # Painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        card = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        base = pal.base().color()
        if self._hover:
            base = _mix(base, self._accent, 0.05)
        p.fillPath(path, base)
        focused = self.hasFocus()
        border = self._accent if focused else pal.mid().color()
        p.setPen(QPen(border, 2.0 if focused else 1.0))
        p.drawPath(path)
        # Accent stripe on the left.
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 6, card.height()), 3, 3)
        p.fillPath(stripe, self._accent)

        left = card.left() + 20
        width = card.width() - 32
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.95)
        p.setFont(font)
        p.setPen(pal.placeholderText().color())
        p.drawText(
            QRectF(left, card.top() + 10, width, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            p.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight, int(width)),
        )
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.3)
        big.setBold(True)
        p.setFont(big)
        p.setPen(pal.text().color())
        p.drawText(
            QRectF(left, card.top() + 32, width, 44),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._value,
        )
        if self._detail:
            small = QFont(self.font())
            small.setPointSizeF(small.pointSizeF() * 0.9)
            p.setFont(small)
            p.setPen(self._detail_colour or pal.placeholderText().color())
            p.drawText(
                QRectF(left, card.bottom() - 30, width, 22),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                p.fontMetrics().elidedText(self._detail, Qt.TextElideMode.ElideRight, int(width)),
            )
        p.end()


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor(
        round(a.red() * (1 - share) + b.red() * share),
        round(a.green() * (1 - share) + b.green() * share),
        round(a.blue() * (1 - share) + b.blue() * share),
    )
