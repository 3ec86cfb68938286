"""Help › About: the version, the build date (a frozen bundle) or "development build" (a source
checkout), and the bundled components with their licences; each licence text opens from here.
The texts live in resources/licenses (packaging/collect_licenses.py writes them) and ship in the
frozen build."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QDate, Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.build_info import LICENSES_DIR, BuildInfo, build_info, library_versions
from incubator_app.ui.icons import icon

DEJAVU_VERSION = "2.37"  # the fonts in resources/fonts (Debian's fonts-dejavu-core)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # SPDX identifier(s)
    files: tuple[Path, ...]  # the licence texts, shown one after the other


def components() -> list[Component]:
    """What the application bundles, in the order the About box lists it."""
    from incubator_app import __version__

    versions = library_versions()
    translate = QCoreApplication.translate
    lic = LICENSES_DIR
    lgpl = (lic / "LGPL-3.0.txt", lic / "GPL-3.0.txt")  # the LGPL adds to the GPL's terms
    return [
        Component(
            translate("About", "Incubator"), __version__, "GPL-3.0-or-later", (lic / "GPL-3.0.txt",)
        ),
        Component("Qt", qVersion(), "LGPL-3.0", lgpl),
        Component("PySide6 / Shiboken6", pyside_version, "LGPL-3.0", lgpl),
        Component("ReportLab", versions["reportlab"], "BSD-3-Clause", (lic / "reportlab-BSD.txt",)),
        Component("SQLAlchemy", versions["SQLAlchemy"], "MIT", (lic / "SQLAlchemy-MIT.txt",)),
        Component(
            translate("About", "DejaVu fonts"),
            DEJAVU_VERSION,
            "Bitstream-Vera",
            (lic.parent / "fonts" / "LICENSE-DejaVu.txt",),
        ),
        Component("Python", sys.version.split()[0], "PSF-2.0", (lic / "THIRD-PARTY.txt",)),
        Component(
            translate("About", "Other libraries (Alembic, Babel, psycopg, openpyxl…)"),
            "",
            translate("About", "MIT, BSD, LGPL, Apache-2.0"),
            (lic / "THIRD-PARTY.txt",),
        ),
        Component(
            translate("About", "Data sources (postal codes, time zones)"),
            "",
            "etalab-2.0",
            (lic / "DATA-SOURCES.txt",),
        ),
    ]


def build_line(info: BuildInfo) -> str:
    translate = QCoreApplication.translate
    if info.build_date is None:
        return translate("About", "Development build (from the source code)")
    built = QDate(info.build_date.year, info.build_date.month, info.build_date.day)
    return translate("About", "Build of {date}").format(date=built.toString("dd/MM/yyyy"))


class LicenceWindow(QDialog):
    """One component's licence text, read-only, in a fixed-width font."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceWindow")
        self.setWindowTitle(self.tr("Licence — {name}").format(name=component.name))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Licence texts are laid out by hand (ReportLab's with tabs): keep their lines.
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setTabStopDistance(4 * self.text.fontMetrics().horizontalAdvance(" "))
        self.text.setPlainText(
            "\n\n".join(path.read_text(encoding="utf-8") for path in component.files)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, info: BuildInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setWindowTitle(self.tr("About Incubator"))
        self.info = info or build_info()
        logo = QLabel()
        logo.setPixmap(icon("app", "#2f6f5e").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(objectName="aboutSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText(
            self.tr(
                "<h3>Incubator {version}</h3>"
                "<p>Run a cultural business incubator: entrepreneurs, coaching, milestones, "
                "shared services and funder reports.</p>"
                "<p>Free software under the GNU General Public License, version 3 or later "
                "(GPL-3.0-or-later).</p>"
            ).format(version=self.info.version)
            + f"<p>{build_line(self.info)}</p>"
        )
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(self.summary, 1)

        self.components = components()
        self.table = QTreeWidget(objectName="aboutComponents", rootIsDecorated=False)
        self.table.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for component in self.components:
            QTreeWidgetItem(self.table, [component.name, component.version, component.licence])
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.table.setCurrentItem(self.table.topLevelItem(0))
        self.table.itemActivated.connect(lambda *_: self.show_licence())

        self.licence_button = QPushButton(self.tr("Show the &licence…"))
        self.licence_button.clicked.connect(lambda: self.show_licence())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Bundled components and their licences:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 540)

    def show_licence(self, row: int | None = None) -> LicenceWindow:
        """The licence of the component at `row` (default: the selected one)."""
        if row is None:
            row = max(0, self.table.indexOfTopLevelItem(self.table.currentItem()))
        window = LicenceWindow(self.components[row], self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open()
        return window
