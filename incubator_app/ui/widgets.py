"""Small shared widgets: an inline field error label, a dialog header; the clock's day as a
QDate (date pickers default to the incubator's today, never the computer's)."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from incubator_app import clock
from incubator_app.ui.icons import pixmap

ERROR_COLOUR = "#b3261e"


def is_alive(widget: object) -> bool:
    """False once Qt has deleted the C++ side (a dialog with WA_DeleteOnClose, closed): a
    Python reference kept to it must not be used any more."""
    return widget is not None and shiboken6.isValid(widget)


def qdate_of(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today_qdate() -> QDate:
    """The incubator's today (incubator_app.clock) as a QDate."""
    return qdate_of(clock.today())


class FieldError(QLabel):
    """Red text under a field; hidden while empty so forms don't carry blank gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


def dialog_header(title: str, subtitle: str, icon_name: str = "app") -> QWidget:
    header = QWidget()
    header.setObjectName("dialogHeader")
    row = QHBoxLayout(header)
    row.setContentsMargins(0, 0, 0, 8)
    row.setSpacing(14)
    logo = QLabel()
    logo.setPixmap(pixmap(icon_name, 44, "#2f6f5e"))
    logo.setAlignment(Qt.AlignmentFlag.AlignTop)
    row.addWidget(logo)
    texts = QVBoxLayout()
    texts.setSpacing(4)
    heading = QLabel(title)
    heading.setObjectName("dialogTitle")
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    heading.setFont(font)
    texts.addWidget(heading)
    sub = QLabel(subtitle)
    sub.setObjectName("dialogSubtitle")
    sub.setWordWrap(True)
    texts.addWidget(sub)
    row.addLayout(texts, 1)
    return header
