"""Boîte à outils: the shared sheets (methods, templates, guides, links, contact tips and
experiences) and their files, searched as one (ui/toolbox/toolbox_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from incubator_app.ui.changes import TOOLBOX
from incubator_app.ui.context import AppContext
from incubator_app.ui.pages.base import Page
from incubator_app.ui.toolbox.toolbox_view import ToolboxView


class ToolboxPage(Page):
    icon_name = "reports"
    watched_kinds = frozenset({TOOLBOX})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(QCoreApplication.translate("Pages", "Toolbox"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.view = ToolboxView(context)
        layout.addWidget(self.view)
        self.reload()

    def reload(self) -> None:
        self.view.reload()
