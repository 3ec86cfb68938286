"""The directory's territorial view (issue 14): pick a département, an EPCI or a region, see its
map (communes shaded by actors, a point per actor), the table of its communes (or EPCIs), the
actors of the selected commune, the isolated actors and the communes without any actor; save the
"portrait de territoire" PDF. The map and the communes table follow each other's selection."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.directory.territory import (
    DEFAULT_RADIUS_KM,
    TerritoryPortrait,
    commune_outlines,
    epci_borders,
    list_territories,
    reference,
    territory_portrait,
)
from incubator_app.ui.context import AppContext
from incubator_app.ui.directory.territory_map import TerritoryMap
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.flow_layout import FlowLayout, labelled
from incubator_app.ui.save_confirmation import confirm_saved
from incubator_app.ui.table_headers import fit_header_titles


def _finite(*values: float | None) -> bool:
    return all(v is not None and math.isfinite(v) for v in values)


class _NumberItem(QTableWidgetItem):
    """A right-aligned number that sorts as a number."""

    def __init__(self, value: float | None, text: str) -> None:
        super().__init__(text)
        self.value = -1.0 if value is None else float(value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _NumberItem):
            return self.value < other.value
        return super().__lt__(other)


def _area_table(name: str) -> QTableWidget:
    table = QTableWidget(0, 8)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    # Every column as wide as its title and cells (a scroll bar rather than clipped titles
    # when the pane is narrow); the last one takes what is left.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSortingEnabled(True)
    return table


class TerritoryView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.portrait: TerritoryPortrait | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("territoryKind")
        for text, key in (
            (self.tr("Département"), "departement"),
            (self.tr("EPCI"), "epci"),
            (self.tr("Region"), "region"),
        ):
            self.kind.addItem(text, key)
        self.territory = QComboBox()
        self.territory.setObjectName("territoryPicker")
        self.territory.setEditable(True)
        self.territory.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.territory.setMinimumContentsLength(22)
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0.5, 200)
        self.radius.setDecimals(1)
        self.radius.setSuffix(" km")
        self.radius.setValue(DEFAULT_RADIUS_KM)
        self.radius.setToolTip(
            self.tr(
                "An actor is isolated when no other actor of its discipline (or, without a "
                "discipline, of its type) is within this distance nor in its EPCI."
            )
        )
        self.show_button = QPushButton(self.tr("Sho&w"))
        self.show_button.setObjectName("territoryShow")
        self.pdf_button = QPushButton(self.tr("Portrait &PDF…"))
        self.pdf_button.setEnabled(False)
        self.by_epci = QCheckBox(self.tr("Shade by EPC&I"))
        self.by_epci.setObjectName("shadeByEpci")
        self.by_epci.toggled.connect(self._redraw)
        self._drawn: tuple[dict, dict] | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The choices wrap onto a second line when the window is narrow.
        bar = FlowLayout(spacing=8)
        for label, widget in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Territory"), self.territory),
            (self.tr("Isolated &beyond"), self.radius),
        ):
            bar.addWidget(labelled(label, widget))
        bar.addWidget(self.show_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.by_epci)

        self.map = TerritoryMap()
        self.communes = _area_table("territoryCommunes")
        self.epcis = _area_table("territoryEpcis")
        self.commune_actors = QListWidget()
        self.commune_actors.setObjectName("communeActors")
        self.commune_title = QLabel(self.tr("Select a commune to list its actors."))
        self.commune_title.setBuddy(self.commune_actors)
        self.isolated = QListWidget()
        self.isolated.setObjectName("isolatedActors")
        self.without = QListWidget()
        self.without.setObjectName("communesWithoutActor")
        self.unconnected = QListWidget()
        self.unconnected.setObjectName("actorsWithoutRelation")
        for table in (self.communes, self.epcis):
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Commune") if table is self.communes else self.tr("EPCI"),
                    self.tr("Population"),
                    self.tr("Actors"),
                    self.tr("Per 10,000"),
                    self.tr("Isolated"),
                    self.tr("Entrepreneurs"),
                    self.tr("Events"),
                    self.tr("No relation"),
                ]
            )
            table.setColumnWidth(0, 180)
            fit_header_titles(table)
        commune_pane = QWidget()
        pane = QVBoxLayout(commune_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.communes, 3)
        pane.addWidget(self.commune_title)
        pane.addWidget(self.commune_actors, 2)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("territoryTabs")
        self.tabs.addTab(commune_pane, self.tr("Communes"))
        self.tabs.addTab(self.epcis, self.tr("EPCIs"))
        self.tabs.addTab(self.isolated, self.tr("Isolated actors"))
        self.tabs.addTab(self.without, self.tr("Without any actor"))
        self.tabs.addTab(self.unconnected, self.tr("No link, no event"))
        splitter = QSplitter()
        splitter.addWidget(self.map)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 520])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.kind.currentIndexChanged.connect(self._fill_territories)
        self.show_button.clicked.connect(self.show_territory)
        self.territory.activated.connect(lambda _i: self.show_territory())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.map.commune_selected.connect(self._commune_selected)
        self.communes.itemSelectionChanged.connect(self._table_selected)
        self._fill_territories()
        self.setTabOrder(self.pdf_button, self.map)
        self.setTabOrder(self.map, self.tabs)

    # picking ---------------------------------------------------------------------------------

    def _fill_territories(self) -> None:
        self.territory.clear()
        for choice in list_territories(self.kind.currentData()):
            self.territory.addItem(choice.label, choice.code)
        self.territory.setCurrentIndex(-1)

    def choose(self, kind: str, code: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.territory.setCurrentIndex(self.territory.findData(code))

    def show_territory(self) -> None:
        index = self.territory.findText(self.territory.currentText())
        if index < 0:
            self.summary.setText(self.tr("Choose a territory in the list."))
            return
        self.territory.setCurrentIndex(index)
        kind, code = self.kind.currentData(), self.territory.itemData(index)
        radius = self.radius.value()
        actor = self.context.actor

        def load(session):
            portrait = territory_portrait(session, kind, code, radius_km=radius, actor=actor)
            departements = portrait.territory.departements
            return portrait, commune_outlines(departements), epci_borders(departements)

        self.context.ops.run(load, parent=self, on_done=self._loaded)

    # showing ---------------------------------------------------------------------------------

    def _loaded(self, loaded) -> None:
        portrait, outlines, borders = loaded
        self.portrait = portrait
        ref = reference()
        centroids = {}
        for area in portrait.communes:
            commune = ref.get(area.code)
            # Two town halls of the reference have no position (NaN): left out.
            if commune is not None and _finite(commune.latitude, commune.longitude):
                centroids[area.code] = (commune.latitude, commune.longitude)
        self._drawn = (outlines, centroids, borders)
        self.map.show_portrait(
            portrait, outlines, centroids, by_epci=self.by_epci.isChecked(), borders=borders
        )
        per = portrait.total.per_10k
        self.summary.setText(
            self.tr(
                "{name}: {actors} actors in {communes} communes ({per} per 10,000 inhabitants), "
                "{isolated} isolated, {empty} communes without any actor."
            ).format(
                name=portrait.territory.name,
                actors=portrait.total.actors,
                communes=len(portrait.communes),
                per=self._per(per) or "—",
                isolated=len(portrait.isolated),
                empty=len(portrait.without_actor),
            )
            + " "
            + self.tr(
                "{entrepreneurs} entrepreneurs supported, {events} events held; {unconnected} "
                "actors without any link nor event attended."
            ).format(
                entrepreneurs=portrait.total.entrepreneurs,
                events=portrait.total.events,
                unconnected=len(portrait.unconnected),
            )
        )
        self._fill_table(self.communes, portrait.communes)
        self._fill_table(self.epcis, portrait.epcis)
        self.isolated.clear()
        for actor in portrait.isolated:
            what = ", ".join(actor.disciplines) or actor.kind or ""
            self.isolated.addItem(f"{actor.name} — {what} — {actor.commune_name}")
        self.unconnected.clear()
        for actor in portrait.unconnected:
            what = ", ".join(actor.disciplines) or actor.kind or ""
            self.unconnected.addItem(f"{actor.name} — {what} — {actor.commune_name}")
        self.without.clear()
        for area in portrait.without_actor:
            self.without.addItem(f"{area.name} ({QLocale().toString(area.population or 0)})")
        self.commune_actors.clear()
        self.commune_title.setText(self.tr("Select a commune to list its actors."))
        self.pdf_button.setEnabled(True)

    def _redraw(self) -> None:
        """The map again, shaded per commune or per EPCI (nothing read again)."""
        if self.portrait is None or self._drawn is None:
            return
        selected = self.map.selected_commune()
        outlines, centroids, borders = self._drawn
        self.map.show_portrait(
            self.portrait, outlines, centroids, by_epci=self.by_epci.isChecked(), borders=borders
        )
        self.map.select_commune(selected)

    def _per(self, value: float | None) -> str:
        if value is None:
            return ""
        return QLocale().toString(float(value), "f", 1 if value >= 1 or not value else 2)

    def _fill_table(self, table: QTableWidget, areas) -> None:
        table.setSortingEnabled(False)
        table.blockSignals(True)
        table.setRowCount(len(areas))
        no_epci = self.tr("Outside any EPCI")
        for row, area in enumerate(areas):
            name = QTableWidgetItem(area.name or no_epci)
            name.setData(Qt.ItemDataRole.UserRole, area.code)
            table.setItem(row, 0, name)
            per = area.per_10k
            for col, (value, text) in enumerate(
                (
                    (area.population, QLocale().toString(area.population or 0)),
                    (area.actors, str(area.actors)),
                    (per, self._per(per)),
                    (area.isolated, str(area.isolated)),
                    (area.entrepreneurs, str(area.entrepreneurs)),
                    (area.events, str(area.events)),
                    (area.unconnected, str(area.unconnected)),
                ),
                start=1,
            ):
                table.setItem(row, col, _NumberItem(value, text))
        table.blockSignals(False)
        table.setSortingEnabled(True)
        table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        table.resizeColumnsToContents()
        fit_header_titles(table)

    def _table_selected(self) -> None:
        rows = self.communes.selectionModel().selectedRows()
        if rows:
            item = self.communes.item(rows[0].row(), 0)
            self.map.select_commune(item.data(Qt.ItemDataRole.UserRole))

    def _commune_selected(self, insee: str) -> None:
        portrait = self.portrait
        self.commune_actors.clear()
        if portrait is None or not insee:
            return
        area = next((c for c in portrait.communes if c.code == insee), None)
        if area is None:
            return
        self.commune_title.setText(
            self.tr("Actors in {commune}: {count}").format(commune=area.name, count=area.actors)
        )
        for actor in portrait.actors_of(insee):
            what = ", ".join(actor.disciplines) or actor.kind or ""
            flag = self.tr(" (isolated)") if actor.isolated else ""
            self.commune_actors.addItem(f"{actor.name} — {what}{flag}")
        for row in range(self.communes.rowCount()):
            item = self.communes.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == insee:
                if self.communes.currentRow() != row:
                    self.communes.blockSignals(True)
                    self.communes.selectRow(row)
                    self.communes.blockSignals(False)
                self.communes.scrollToItem(item)
                break

    # PDF -------------------------------------------------------------------------------------

    def save_pdf(self, path: str | None = None) -> None:
        portrait = self.portrait
        if portrait is None:
            return
        if path is None:
            settings = self.context.settings
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the territory portrait"),
                start_path(settings, FileKind.REPORTS, f"portrait-{portrait.territory.code}.pdf"),
                "PDF (*.pdf)",
            )
            if not path:
                return
            remember_folder(settings, FileKind.REPORTS, path)
        from incubator_app.reports.directory_territory import build_territory_pdf

        language = (self.context.profile.locale if self.context.profile else "fr")[:2]
        saved = self.tr("Portrait saved to {path}").format(path=path)
        self.context.ops.run(
            lambda: build_territory_pdf(portrait, path, locale=language),
            parent=self,
            session=False,
            on_done=lambda _r: confirm_saved(self, saved),
        )
