"""Tirages au sort: calls for volunteers and their fair, verifiable draws into working groups
(ui/cooperation/draws_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from incubator_app.ui.context import AppContext
from incubator_app.ui.cooperation.draws_view import COOPERATION, DrawsView
from incubator_app.ui.pages.base import Page


class DrawsPage(Page):
    icon_name = "people"
    watched_kinds = frozenset({COOPERATION})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(QCoreApplication.translate("Pages", "Draws"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.view = DrawsView(context)
        layout.addWidget(self.view)
        self.reload()

    def reload(self) -> None:
        self.view.reload()
