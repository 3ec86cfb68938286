"""Common base of the main window's pages, and the "coming soon" layout used until a page
gets its real content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from incubator_app.ui.context import AppContext
from incubator_app.ui.icons import pixmap


class Page(QWidget):
    """A page reloads itself when data it shows changes (see ChangeBus)."""

    #: Change kinds this page displays; a broadcast touching none of them is ignored.
    watched_kinds: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = False
        context.bus.changed.connect(self._on_changed)

    def _on_changed(self, kinds: set[str]) -> None:
        if not (self.watched_kinds & kinds):
            return
        # A hidden page only notes it is stale; it reloads when shown (cheap for many pages).
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Re-reads what the page shows (through ops). Placeholders show nothing to reload."""

    def apply_filters(self, **filters: object) -> None:
        """Narrows the page to `filters` (keys documented by each page, e.g. the dashboard's
        tiles open `coaching` with `period="this_month"`). Unknown keys are ignored."""


class PlaceholderPage(Page):
    """Title, a sentence saying what the page will do, and the list of what is coming."""

    icon_name = "dashboard"

    def heading(self) -> str:
        raise NotImplementedError

    def summary(self) -> str:
        raise NotImplementedError

    def coming(self) -> list[str]:
        return []

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.setSpacing(16)

        header = QHBoxLayout()
        header.setSpacing(16)
        icon = QLabel()
        icon.setPixmap(pixmap(self.icon_name, 48, self.palette().highlight().color()))
        icon.setFixedSize(56, 56)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(icon)
        title = QLabel(self.heading())
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title, 1)
        outer.addLayout(header)

        summary = QLabel(self.summary())
        summary.setObjectName("pageSummary")
        summary.setWordWrap(True)
        sfont = summary.font()
        sfont.setPointSizeF(sfont.pointSizeF() * 1.15)
        summary.setFont(sfont)
        outer.addWidget(summary)

        self.extra = QVBoxLayout()
        self.extra.setSpacing(12)
        outer.addLayout(self.extra)

        items = self.coming()
        if items:
            card = QFrame()
            card.setObjectName("comingCard")
            card.setStyleSheet(
                "#comingCard { background: palette(alternate-base); border: 1px solid"
                " palette(mid); border-radius: 8px; }"
            )
            box = QVBoxLayout(card)
            box.setContentsMargins(20, 16, 20, 16)
            box.setSpacing(8)
            soon = QLabel(self.tr("Coming in the next versions"))
            soon.setObjectName("comingTitle")
            bfont = soon.font()
            bfont.setBold(True)
            soon.setFont(bfont)
            box.addWidget(soon)
            for text in items:
                line = QLabel(f"•  {text}")
                line.setWordWrap(True)
                box.addWidget(line)
            outer.addWidget(card)
        outer.addStretch(1)
