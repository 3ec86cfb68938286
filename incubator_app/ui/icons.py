"""Icons shipped in resources/icons (monochrome SVG, tinted to the palette at load time)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def icon_path(name: str) -> Path:
    return ICONS_DIR / f"{name}.svg"


@cache
def _svg(name: str) -> bytes:
    return icon_path(name).read_bytes()


def pixmap(name: str, size: int, color: QColor | str = "#4a4a4a") -> QPixmap:
    """Renders the SVG with `currentColor` replaced, so one file serves every theme."""
    colour = QColor(color).name()
    data = _svg(name).replace(b"currentColor", colour.encode())
    renderer = QSvgRenderer(QByteArray(data))
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    renderer.render(painter)
    painter.end()
    return pm


def icon(name: str, color: QColor | str = "#4a4a4a", selected: QColor | str | None = None) -> QIcon:
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        result.addPixmap(pixmap(name, size, color), QIcon.Mode.Normal)
        if selected is not None:
            result.addPixmap(pixmap(name, size, selected), QIcon.Mode.Selected)
    return result
