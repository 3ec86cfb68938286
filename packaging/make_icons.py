"""Renders the application icon (packaging/linux/io.github.incubator_app.svg: the app's own
resources/icons/app.svg on a tile) to the PNG sizes of the freedesktop hicolor theme and to the
Windows .ico. Qt draws the PNGs; Pillow (a dependency of reportlab) packs the .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The results are committed; run it again after the SVG changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "linux" / "io.github.incubator_app.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    out = HERE / "linux" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(size).save(str(out / f"{size}.png"))
    from PIL import Image

    Image.open(out / "256.png").save(
        HERE / "windows" / "incubator-app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 256)]
    )
    print(f"icons written to {out} and packaging/windows/incubator-app.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
