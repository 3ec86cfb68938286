"""PDF preview inside the app (QtPdf): pages, zoom in / out / fit width, page navigation, and
printing by rendering each page of the QPdfDocument onto the printer.

Keyboard: Ctrl++ / Ctrl+- zoom, Ctrl+0 fits the width, PgUp / PgDn change page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from incubator_app.ui.flow_layout import FlowLayout, grouped

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


class PdfPreview(QWidget):
    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.path: Path | None = None

        self.toolbar = FlowLayout(spacing=16)
        self.previous = self._button("previousPage", "◀", self.tr("Previous page (PgUp)"))
        self.next = self._button("nextPage", "▶", self.tr("Next page (PgDn)"))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out = self._button("zoomOut", "−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in = self._button("zoomIn", "+", self.tr("Zoom in (Ctrl++)"))
        self.fit = self._button("fitWidth", self.tr("Fit width"), self.tr("Fit width (Ctrl+0)"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(48)
        # Pages, then zoom; the zoom goes under the pages when the preview is narrow.
        self.toolbar.addWidget(grouped(self.previous, self.page_label, self.next))
        self.toolbar.addWidget(grouped(self.zoom_out, self.zoom_label, self.zoom_in, self.fit))

        self.placeholder = QLabel(
            self.tr("Choose a report and its parameters, then Generate preview.")
        )
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.view, 1)

        self.previous.clicked.connect(self.previous_page)
        self.next.clicked.connect(self.next_page)
        self.zoom_in.clicked.connect(self.zoom_in_step)
        self.zoom_out.clicked.connect(self.zoom_out_step)
        self.fit.clicked.connect(self.fit_width)
        self.view.pageNavigator().currentPageChanged.connect(self._page_moved)
        self.view.zoomFactorChanged.connect(self._update_labels)
        for keys, slot, description in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in_step, self.tr("Zoom in")),
            ("Ctrl+=", self.zoom_in_step, self.tr("Zoom in")),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out_step, self.tr("Zoom out")),
            ("Ctrl+0", self.fit_width, self.tr("Fit width")),
            (Qt.Key.Key_PageDown, self.next_page, self.tr("Next page")),
            (Qt.Key.Key_PageUp, self.previous_page, self.tr("Previous page")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            shortcut.setWhatsThis(description)
        self.view.installEventFilter(self)
        self._show_document(False)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """The view scrolls on PgUp/PgDn by itself; here they change page, and Ctrl+/-/0 zoom,
        whether or not the window is active (shortcuts need an active window)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            action = self._key_action(event.key(), event.modifiers())
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, key: int, modifiers):
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_PageDown:
            return self.next_page
        if key == Qt.Key.Key_PageUp:
            return self.previous_page
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            return self.zoom_in_step
        if ctrl and key == Qt.Key.Key_Minus:
            return self.zoom_out_step
        if ctrl and key == Qt.Key.Key_0:
            return self.fit_width
        return None

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # --- state ----------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    @property
    def zoom(self) -> float:
        return self.view.zoomFactor()

    def load(self, path: Path) -> bool:
        self.document.close()
        error = self.document.load(str(path))
        ok = error == QPdfDocument.Error.None_
        self.path = path if ok else None
        self._show_document(ok)
        if ok:
            self.fit_width()
            self.go_to(0)
        return ok

    def clear(self) -> None:
        self.document.close()
        self.path = None
        self._show_document(False)

    def _show_document(self, shown: bool) -> None:
        self.view.setVisible(shown)
        self.placeholder.setVisible(not shown)
        for w in (self.previous, self.next, self.zoom_in, self.zoom_out, self.fit):
            w.setEnabled(shown)
        self._update_labels()

    # --- navigation and zoom --------------------------------------------------------------------

    def go_to(self, page: int) -> None:
        if not self.page_count:
            return
        page = max(0, min(page, self.page_count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_labels()

    def next_page(self) -> None:
        self.go_to(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page - 1)

    def _set_zoom(self, factor: float) -> None:
        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self.go_to(page)  # stay on the page being read

    def zoom_in_step(self) -> None:
        self._set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out_step(self) -> None:
        self._set_zoom(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to(page)
        self._update_labels()

    def _page_moved(self, page: int) -> None:
        self._update_labels()
        self.page_changed.emit(page)

    def _update_labels(self, *_args: object) -> None:
        count = self.page_count
        if count:
            self.page_label.setText(
                self.tr("Page {page} / {pages}").format(page=self.current_page + 1, pages=count)
            )
        else:
            self.page_label.setText("")
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.zoom_label.setText("" if fitting or not count else f"{round(self.zoom * 100)} %")
        self.previous.setEnabled(count > 0 and self.current_page > 0)
        self.next.setEnabled(count > 0 and self.current_page < count - 1)

    # --- printing -------------------------------------------------------------------------------

    def print_to(self, printer) -> int:
        """Renders every page onto `printer` (a QPrinter set up by the caller); returns the
        number of pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = printer.resolution()
            area: QRect = printer.pageRect(printer.Unit.DevicePixel).toRect()
            area.moveTo(0, 0)
            for page in range(self.page_count):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                size = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, size)
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        return self.page_count
