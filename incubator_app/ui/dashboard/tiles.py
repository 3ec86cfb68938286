"""KPI tiles: a big number, what it counts, a comparison line; click or Enter opens the list.

The title wraps onto two lines rather than being cut; `clipped_texts()` says what still does not
fit (tests/ui/test_no_clipped_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

# One accent per kind of figure; readable on light and dark palettes.
ACCENTS = {
    "people": "#2f6f5e",
    "coaching": "#3b5bdb",
    "hours": "#7048e8",
    "milestones": "#e8590c",
    "contracts": "#c2255c",
    "bookings": "#0c8599",
    "contracts_past_end": "#e67700",
}
GOOD, BAD = QColor("#2b8a3e"), QColor("#c92a2a")
#: Two title lines, the big figure and the detail line.
HEIGHT = 128


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
        return QSize(200, HEIGHT)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(150, HEIGHT)

    # Geometry (shared by painting and the clipping check) ------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 0.95)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.3)
        big.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        return title, big, small

    def _rects(self) -> tuple[QRectF, QRectF, QRectF, QRectF]:
        """The card, then the title (two lines), the value and the detail line."""
        card = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        title_font, _big, _small = self._fonts()
        line = QFontMetrics(title_font).lineSpacing()
        left, width = card.left() + 20, card.width() - 32
        title = QRectF(left, card.top() + 10, width, 2 * line + 2)
        value = QRectF(left, title.bottom() + 2, width, 44)
        detail = QRectF(left, card.bottom() - 28, width, 22)
        return card, title, value, detail

    def clipped_texts(self) -> list[str]:
        """The texts that do not fit the tile at its current size."""
        _card, title_rect, value_rect, detail_rect = self._rects()
        title_font, big, small = self._fonts()
        out = []
        wrap = int(Qt.TextFlag.TextWordWrap)
        needed = QFontMetrics(title_font).boundingRect(
            QRect(0, 0, int(title_rect.width()), 10_000), wrap, self._title
        )
        if needed.height() > title_rect.height() or needed.width() > title_rect.width():
            out.append(f"title « {self._title} » does not fit {title_rect.width():.0f} px")
        for text, font, rect in (
            (self._value, big, value_rect),
            (self._detail, small, detail_rect),
        ):
            if QFontMetrics(font).horizontalAdvance(text) > rect.width():
                out.append(f"« {text} » does not fit {rect.width():.0f} px")
        return out

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
        card, title_rect, value_rect, detail_rect = self._rects()
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

        title_font, big, small = self._fonts()
        p.setFont(title_font)
        p.setPen(pal.placeholderText().color())
        p.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self._title,
        )
        p.setFont(big)
        p.setPen(pal.text().color())
        p.drawText(
            value_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._value
        )
        if self._detail:
            p.setFont(small)
            p.setPen(self._detail_colour or pal.placeholderText().color())
            p.drawText(
                detail_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._detail,
            )
        p.end()


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor(
        round(a.red() * (1 - share) + b.red() * share),
        round(a.green() * (1 - share) + b.green() * share),
        round(a.blue() * (1 - share) + b.blue() * share),
    )
