"""The user guide window: a table of contents (pages, then their sections) beside a
QTextBrowser showing the guide page in the UI's language, with its screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.ui.help.guide import guide_file, help_language, sections
from incubator_app.ui.icons import icon
from incubator_app.ui.pages import PAGES

PAGE_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
#: Screenshots are 900 px wide files shown at most this wide (sharp on high-density screens).
IMAGE_WIDTH = 680


class GuideBrowser(QTextBrowser):
    """Shows the 900 px screenshots smoothly scaled down to IMAGE_WIDTH."""

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt override)
        data = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        if image.isNull() or image.width() <= IMAGE_WIDTH:
            return data
        return image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("User guide"))
        self.setWindowIcon(icon("app", "#2f6f5e"))
        self.lang = help_language()
        self._syncing = False

        self.contents = QTreeWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.setMinimumWidth(220)
        self.browser = GuideBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        self._fill_contents()

        self.back = QPushButton(self.tr("◀ &Back"))
        self.back.setObjectName("helpBack")
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.forward = QPushButton(self.tr("F&orward ▶"))
        self.forward.setObjectName("helpForward")
        self.forward.setEnabled(False)
        self.forward.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.forward)
        buttons.addStretch(1)
        buttons.addWidget(close)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.contents.currentItemChanged.connect(self._item_chosen)
        self.browser.sourceChanged.connect(self._source_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(1040, 720)

    def _fill_contents(self) -> None:
        for spec in PAGES:
            path = guide_file(spec.key, self.lang)
            item = QTreeWidgetItem([spec.title])
            item.setToolTip(0, spec.title)
            item.setData(0, PAGE_ROLE, spec.key)
            if path.exists():
                for title in sections(path):
                    child = QTreeWidgetItem([title])
                    child.setToolTip(0, title)
                    child.setData(0, PAGE_ROLE, spec.key)
                    child.setData(0, SECTION_ROLE, title)
                    item.addChild(child)
            self.contents.addTopLevelItem(item)

    @property
    def current_page_key(self) -> str | None:
        path = Path(self.browser.source().toLocalFile())
        return path.stem if path.suffix == ".md" else None

    def show_page(self, page_key: str, section: str | int | None = None) -> None:
        """Shows the guide of this page (at a section's heading, or its position, if given)."""
        path = guide_file(page_key, self.lang)
        if isinstance(section, int):
            titles = sections(path)
            section = titles[section] if 0 <= section < len(titles) else None
        if Path(self.browser.source().toLocalFile()) != path:
            self.browser.setSource(
                QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
            )
        if section:
            self._scroll_to(section)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self._select(page_key, section)

    def _scroll_to(self, heading: str) -> None:
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.text().strip() == heading and block.blockFormat().headingLevel():
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                # To the top of the view, not just into it.
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())
                self.browser.ensureCursorVisible()
                return
            block = block.next()

    def _select(self, page_key: str, section: str | None) -> None:
        self._syncing = True
        try:
            for row in range(self.contents.topLevelItemCount()):
                item = self.contents.topLevelItem(row)
                if item.data(0, PAGE_ROLE) != page_key:
                    continue
                target = item
                for index in range(item.childCount()):
                    if section and item.child(index).data(0, SECTION_ROLE) == section:
                        target = item.child(index)
                item.setExpanded(True)
                self.contents.setCurrentItem(target)
        finally:
            self._syncing = False

    def _item_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None or self._syncing:
            return
        self.show_page(item.data(0, PAGE_ROLE), item.data(0, SECTION_ROLE))

    def _source_changed(self, _url: QUrl) -> None:
        key = self.current_page_key
        if key is not None and not self._syncing:
            current = self.contents.currentItem()
            if current is None or current.data(0, PAGE_ROLE) != key:
                self._select(key, None)
