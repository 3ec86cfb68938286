"""Finds text a person cannot read in full on a shown widget tree: labels and buttons narrower
than their text, widgets squeezed below their minimum size, table headers narrower than their
title, cut combo and tab texts, horizontal scroll bars on a page, and what painted widgets
report they had to cut (a `clipped_texts()` method, e.g. the dashboard's tiles and charts).

`clipped_texts(root)` returns one readable line per problem (empty when everything fits). The
screenshots tool prints them; tests/ui/test_no_clipped_text.py fails on them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

#: Rounding between font metrics and layouts: a pixel is no clipping.
SLACK = 1

_MNEMONIC = re.compile(r"&(.)")


def visible_text(text: str) -> str:
    """The text as drawn: mnemonic ampersands removed ("&&" stays one "&")."""
    return _MNEMONIC.sub(r"\1", text)


def _name(widget: QWidget) -> str:
    kind = type(widget).__name__
    name = widget.objectName()
    return f"{kind}#{name}" if name else kind


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    area = label.contentsRect()
    inset = 2 * label.margin() + max(label.indent(), 0)
    width, height = area.width() - inset, area.height() - 2 * label.margin()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(width)
            need_w, need_h = doc.idealWidth(), doc.size().height()
        else:
            need_w, need_h = doc.idealWidth(), doc.size().height()
        plain = doc.toPlainText()
    else:
        plain = visible_text(text) if label.buddy() is not None else text
        fm = QFontMetrics(label.font())
        if label.wordWrap():
            box = fm.boundingRect(
                QRect(0, 0, max(width, 1), 100_000), int(Qt.TextFlag.TextWordWrap), plain
            )
            need_w, need_h = box.width(), box.height()
        else:
            lines = plain.split("\n")
            need_w = max(fm.horizontalAdvance(line) for line in lines)
            need_h = fm.height() * len(lines)
    short = plain if len(plain) <= 60 else plain[:57] + "…"
    if need_w > width + SLACK:
        return f"{_name(label)} « {short} » needs {need_w:.0f} px wide, has {width}"
    if need_h > height + SLACK:
        return f"{_name(label)} « {short} » needs {need_h:.0f} px high, has {height}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = visible_text(button.text())
    if not text:
        return None
    hint = button.sizeHint()
    if button.width() + SLACK < hint.width() or button.height() + SLACK < hint.height():
        return (
            f"{_name(button)} « {text} » is {button.width()}×{button.height()} px, "
            f"its text needs {hint.width()}×{hint.height()}"
        )
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + SLACK:
        return f"{_name(combo)} « {text} » needs {need} px, shows {field.width()}"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    """An empty field's placeholder (its only explanation) must show in full."""
    placeholder = edit.placeholderText()
    if edit.text() or not placeholder:
        return None
    # Frame, text margins and the clear button's room, as QLineEdit lays them out.
    room = edit.width() - 12
    if edit.isClearButtonEnabled():
        room -= edit.height()
    need = QFontMetrics(edit.font()).horizontalAdvance(placeholder)
    if need > room + SLACK:
        return f"{_name(edit)} placeholder « {placeholder} » needs {need} px, shows {room}"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    out = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        size, need = header.sectionSize(logical), header.sectionSizeHint(logical)
        if size + SLACK < need:
            out.append(f"{_name(header)} column « {text} » is {size} px, its title needs {need}")
    return out


def _cell_problems(view: QAbstractItemView) -> list[str]:
    """Cells of the rows in sight whose text the view has to cut, in views that cannot scroll
    sideways (a data table scrolls and its columns resize: only its headers must fit)."""
    model = view.model()
    if model is None or view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return []
    out = []
    viewport = view.viewport().rect()
    fm = QFontMetrics(view.font())
    pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(min(model.rowCount(), 200)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if font is not None else fm
            need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + pad
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            if icon is not None:
                need += view.iconSize().width() + 4
            if need > rect.width() + SLACK:
                short = text if len(text) <= 40 else text[:37] + "…"
                out.append(
                    f"{_name(view)} cell ({row}, {column}) « {short} » needs {need} px, "
                    f"has {rect.width()}"
                )
    return out


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        if rect.width() + SLACK < hint.width():
            out.append(
                f"{_name(bar)} tab « {visible_text(bar.tabText(i))} » is {rect.width()} px, "
                f"needs {hint.width()}"
            )
    return out


def _squeezed(widget: QWidget) -> str | None:
    """Smaller than its minimum size hint: a layout that could not give it the room."""
    if isinstance(widget, QAbstractScrollArea | QHeaderView | QTabBar):
        return None  # they scroll, or are checked section by section
    if not isinstance(widget, QAbstractSpinBox | QComboBox | QGroupBox | QLineEdit):
        return None
    hint = widget.minimumSizeHint()
    if not hint.isValid():
        return None
    if widget.width() + SLACK < hint.width() or widget.height() + SLACK < hint.height():
        return (
            f"{_name(widget)} is {widget.width()}×{widget.height()} px, "
            f"smaller than its minimum {hint.width()}×{hint.height()}"
        )
    return None


def _overflow(widget: QWidget) -> str | None:
    """A layout that needs more room than its widget has: Qt then squeezes or overlaps the
    children (a label half hidden under a button), whatever their own sizes say."""
    layout = widget.layout()
    if layout is None or isinstance(widget, QAbstractScrollArea):
        return None
    if isinstance(widget.parentWidget(), QScrollArea | QAbstractScrollArea):
        return None  # a scroll area's content: checked as the scroll area's
    need = layout.minimumSize()
    if widget.width() + SLACK < need.width():
        return f"{_name(widget)} is {widget.width()} px wide, its content needs {need.width()}"
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Every clipped text under `root` (included), for the widgets shown on screen."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        problem: str | None = _overflow(widget)
        if problem:
            problems.append(problem)
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QPushButton | QAbstractButton) and not isinstance(
            widget.parentWidget(), QTabBar
        ):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget) or _squeezed(widget)
        elif isinstance(widget, QLineEdit):
            # The editor inside a combo or spin box is sized by it (and checked as it).
            inner = isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
            problem = _line_edit_problem(widget) or (None if inner else _squeezed(widget))
        elif isinstance(widget, QHeaderView):
            problems += _header_problems(widget)
        elif isinstance(widget, QTabBar):
            problems += _tab_problems(widget)
        else:
            problem = _squeezed(widget)
        if problem:
            problems.append(problem)
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if widget.horizontalScrollBar().isVisible():
                problems.append(f"{_name(widget)} scrolls sideways: its content is too wide")
            elif inner is not None and inner.minimumSizeHint().width() > widget.viewport().width():
                problems.append(
                    f"{_name(widget)} cuts its content: {inner.minimumSizeHint().width()} px "
                    f"wide in {widget.viewport().width()}"
                )
        if isinstance(widget, QAbstractItemView):
            problems += _cell_problems(widget)
        report = getattr(widget, "clipped_texts", None)
        if callable(report):
            problems += [f"{_name(widget)} {text}" for text in report()]
    return problems
