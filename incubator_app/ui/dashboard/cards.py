"""Dashboard cards: a titled frame around a chart, and short lists of what is late or due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

CARD_STYLE = """
QFrame#dashboardCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 10px;
}
QFrame#dashboardCard QLabel#cardTitle { font-weight: 600; }
QFrame#dashboardCard QLabel#cardCount {
    background: palette(alternate-base); border-radius: 9px; padding: 1px 8px;
}
QFrame#dashboardCard QTreeWidget { border: none; background: transparent; }
QFrame#dashboardCard QTreeWidget::item { padding: 4px 2px; }
QFrame#dashboardCard QPushButton#showAll {
    border: none; color: palette(link); padding: 2px 4px; text-align: right;
}
QFrame#dashboardCard QPushButton#showAll:focus { text-decoration: underline; }
"""
LATE = QColor("#c92a2a")


class Card(QFrame):
    """Rounded frame with a title row (title, optional count badge, optional "show all")."""

    show_all = Signal()

    def __init__(self, title: str, *, link: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setStyleSheet(CARD_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.title_label.setFont(font)
        head.addWidget(self.title_label)
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        self.count_label.hide()
        head.addWidget(self.count_label)
        head.addStretch(1)
        self.link_button: QPushButton | None = None
        if link:
            self.link_button = QPushButton(link)
            self.link_button.setObjectName("showAll")
            self.link_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.link_button.clicked.connect(self.show_all)
            head.addWidget(self.link_button)
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(0)
        outer.addLayout(self.body, 1)

    def set_count(self, text: str, late: bool = False) -> None:
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {LATE.name()};" if late else "")
        self.count_label.setVisible(bool(text))


@dataclass(frozen=True)
class ListRow:
    entrepreneur_id: int
    who: str
    what: str
    when: str
    late: bool = False
    tooltip: str = ""


class DueListCard(Card):
    """A card holding up to a few rows; Enter or double-click opens the entrepreneur."""

    entrepreneur_activated = Signal(int)

    def __init__(
        self, title: str, empty_text: str, *, link: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(title, link=link, parent=parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dueList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("emptyList")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 18px;")
        self._holder = QWidget()
        self._stack = QStackedLayout(self._holder)
        self._stack.addWidget(self.tree)
        self._stack.addWidget(self.empty)
        self.body.addWidget(self._holder)
        # Beside a longer list, the rows stay under the title and the space goes below.
        self.body.addStretch(1)

    def set_rows(self, rows: Sequence[ListRow]) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for row in rows:
            item = QTreeWidgetItem([row.who, row.what, row.when])
            item.setData(0, Qt.ItemDataRole.UserRole, row.entrepreneur_id)
            item.setFont(0, bold)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.late:
                item.setForeground(2, LATE)
            for column in range(3):
                item.setToolTip(column, row.tooltip or f"{row.who} — {row.what}")
            self.tree.addTopLevelItem(item)
        self._stack.setCurrentWidget(self.tree if rows else self.empty)
        line = self.tree.sizeHintForRow(0) if rows else 22
        self.tree.setFixedHeight(max(1, len(rows)) * max(line, 26) + 6)
        # The stack would ask for the tree's default height: the card hugs its rows instead.
        shown = self.tree.height() if rows else self.empty.sizeHint().height()
        self._holder.setFixedHeight(max(shown, self.empty.sizeHint().height()))

    def rows_text(self) -> list[tuple[str, str, str]]:
        """What the list shows (tests, accessibility)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            out.append((item.text(0), item.text(1), item.text(2)))
        return out

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entrepreneur_id = item.data(0, Qt.ItemDataRole.UserRole)
        if entrepreneur_id is not None:
            self.entrepreneur_activated.emit(int(entrepreneur_id))


class ChartCard(Card):
    def __init__(
        self,
        title: str,
        chart: QWidget,
        *,
        subtitle: str = "",
        link: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, link=link, parent=parent)
        self.chart = chart
        if subtitle:
            self.subtitle = QLabel(subtitle)
            self.subtitle.setStyleSheet("color: palette(placeholder-text);")
            self.subtitle.setWordWrap(True)
            self.body.addWidget(self.subtitle)
            self.body.addSpacing(6)
        self.body.addWidget(chart, 1)
