"""Boîte à outils: the shared sheets (methods, templates, guides, links, contact tips and
experiences) and their files, searched as one (ui/toolbox/toolbox_view.py); and the projects
under way, from which a sheet can be started (ui/cooperation/projects_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from incubator_app.ui.changes import TOOLBOX
from incubator_app.ui.context import AppContext
from incubator_app.ui.cooperation.projects_view import ProjectsView
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
        self.projects = ProjectsView(context)
        self.projects.sheet_requested.connect(self.start_sheet)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("toolboxTabs")
        # No mnemonic on "Sheets" (its letters are taken by the sheets' buttons in a language
        # or another); Ctrl+Tab switches the tabs.
        self.tabs.addTab(self.view, self.tr("Sheets"))
        self.tabs.addTab(self.projects, self.tr("Pro&jects under way"))
        layout.addWidget(self.tabs)
        self.reload()

    def reload(self) -> None:
        self.view.reload()
        self.projects.reload()

    def start_sheet(self, values: dict) -> None:
        """A sheet started from a project: the Sheets tab, the new-sheet dialog filled in."""
        self.tabs.setCurrentWidget(self.view)
        self.last_sheet_dialog = self.view.new_sheet_from(values)
