"""The territorial view's map, drawn offline with QGraphicsView: one shape per commune (the
simplified outlines shipped with the app, or a disc at the town hall when a commune has none),
shaded by its number of actors, a point per actor (isolated ones larger and orange).

Hover shows a commune's name and counts; a click selects it. Keyboard: the map takes the focus
with Tab; the arrow keys move the selection to the nearest commune in that direction, Home to
the commune with the most actors, + and - zoom, 0 fits the territory. `commune_selected(insee)`
is emitted for every change of selection, by mouse, keyboard or `select_commune`."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyle,
    QWidget,
)

from incubator_app.services.directory.territory import TerritoryPortrait, reference

#: (lowest count, colour) of the shading, as in the PDF (reports/directory_territory.py).
CLASSES = ((0, "#f5f7fa"), (1, "#c6e3e3"), (2, "#8cc6c7"), (5, "#4a9ea1"), (10, "#0b6e73"))
ISOLATED = QColor("#c05621")
POINT = QColor("#1f2933")
EPCI_BORDER = QColor("#3e4c59")  # the EPCI outlines, as in the PDF
SCALE = 1000.0  # scene units per degree


#: The same colours for an EPCI's count of actors (an EPCI holds many communes).
EPCI_CLASSES = ((0, "#f5f7fa"), (1, "#c6e3e3"), (5, "#8cc6c7"), (20, "#4a9ea1"), (50, "#0b6e73"))


def shade(count: int, classes=CLASSES) -> QColor:
    chosen = classes[0][1]
    for low, colour in classes:
        if count >= low:
            chosen = colour
    return QColor(chosen)


class _CommuneItem(QGraphicsPathItem):
    def __init__(self, insee: str, path: QPainterPath, fill: QColor) -> None:
        super().__init__(path)
        self.insee = insee
        self.setBrush(QBrush(fill))
        self._pen = QPen(QColor("#9aa5b1"), 0)
        self._pen.setCosmetic(True)
        self.setPen(self._pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)

    def paint(self, painter, option, widget=None) -> None:
        option.state &= ~QStyle.StateFlag.State_Selected  # the red outline says it, no dashes
        super().paint(painter, option, widget)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt)
        pen = QPen(QColor("#1f2933"), 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt)
        if not self.isSelected():
            self.setPen(self._pen)
        super().hoverLeaveEvent(event)

    def itemChange(self, change, value):  # noqa: N802 (Qt)
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            if value:
                pen = QPen(QColor("#c53030"), 2.5)
                pen.setCosmetic(True)
                self.setPen(pen)
                self.setZValue(2)
            else:
                self.setPen(self._pen)
                self.setZValue(0)
        return super().itemChange(change, value)


class TerritoryMap(QGraphicsView):
    commune_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territoryMap")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumSize(320, 280)
        self.setAccessibleName(self.tr("Map of the communes"))
        self.setAccessibleDescription(
            self.tr("Arrow keys: nearest commune in that direction; + and -: zoom; 0: whole map")
        )
        self.items_by_insee: dict[str, _CommuneItem] = {}
        self.centres: dict[str, QPointF] = {}
        self.actor_counts: dict[str, int] = {}
        self.border_item: QGraphicsPathItem | None = None  # the EPCI outlines
        self._k = 1.0
        self.scene().selectionChanged.connect(self._selection_changed)

    # drawing ---------------------------------------------------------------------------------

    def project(self, lon: float, lat: float) -> QPointF:
        return QPointF(lon * self._k * SCALE, -lat * SCALE)

    def show_portrait(
        self,
        portrait: TerritoryPortrait,
        outlines: dict,
        centroids: dict,
        *,
        by_epci: bool = False,
        borders: dict | None = None,
    ) -> None:
        """Draws the communes of the portrait; `centroids` {insee: (lat, lon)} places the
        communes without an outline. `by_epci`: each commune shaded by its EPCI's actors (a
        choropleth per EPCI), the EPCI named in the tooltip. `borders` {insee: lines}: the EPCI
        outlines (territory.epci_borders), drawn over the communes."""
        ref = reference()
        epcis = {e.code: e for e in portrait.epcis}
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        scene.blockSignals(False)
        self.items_by_insee.clear()
        self.centres.clear()
        lats = [lat for lat, _lon in centroids.values() if lat is not None]
        self._k = math.cos(math.radians(sum(lats) / len(lats))) if lats else 1.0
        for area in portrait.communes:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for ring in outlines.get(area.code, ()):
                path.addPolygon(QPolygonF([self.project(x, y) for x, y in ring]))
                path.closeSubpath()
            lat, lon = centroids.get(area.code, (None, None))
            if path.isEmpty() and lat is not None:
                centre = self.project(lon, lat)
                path.addEllipse(centre, 3, 3)
            if path.isEmpty():
                continue
            per = "" if area.per_10k is None else f" · {area.per_10k:.1f} / 10 000"
            tip = f"{area.name}: {self.tr('%n actor(s)', '', area.actors)}{per}"
            commune = ref.get(area.code)
            epci = epcis.get((commune.epci if commune else None) or "")
            if by_epci and epci is not None and epci.code:
                item = _CommuneItem(area.code, path, shade(epci.actors, EPCI_CLASSES))
                tip += f"\n{epci.name}: {self.tr('%n actor(s)', '', epci.actors)}"
            else:
                item = _CommuneItem(area.code, path, shade(area.actors))
            item.setToolTip(tip)
            scene.addItem(item)
            self.items_by_insee[area.code] = item
            self.actor_counts[area.code] = area.actors
            self.centres[area.code] = (
                self.project(lon, lat) if lat is not None else path.boundingRect().center()
            )
        self._draw_borders(portrait, borders or {})
        for actor in portrait.actors:
            if actor.latitude is None or actor.longitude is None:
                continue
            radius = 4.0 if actor.isolated else 2.0
            dot = QGraphicsEllipseItem(QRectF(-radius, -radius, 2 * radius, 2 * radius))
            dot.setPos(self.project(actor.longitude, actor.latitude))
            dot.setBrush(QBrush(ISOLATED if actor.isolated else POINT))
            dot.setPen(QPen(Qt.PenStyle.NoPen))
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            dot.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            dot.setAcceptHoverEvents(False)
            dot.setZValue(3)
            dot.setToolTip(actor.name)
            scene.addItem(dot)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.fit()

    def _draw_borders(self, portrait: TerritoryPortrait, borders: dict) -> None:
        self.border_item = None
        path = QPainterPath()
        for area in portrait.communes:
            for line in borders.get(area.code, ()):
                path.moveTo(self.project(*line[0]))
                for lon, lat in line[1:]:
                    path.lineTo(self.project(lon, lat))
        if path.isEmpty():
            return
        item = QGraphicsPathItem(path)
        pen = QPen(EPCI_BORDER, 1.6)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        item.setZValue(1)
        self.scene().addItem(item)
        self.border_item = item

    def fit(self) -> None:
        if self.scene().items():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.fit()

    # selection -------------------------------------------------------------------------------

    def selected_commune(self) -> str | None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, _CommuneItem)]
        return chosen[0].insee if chosen else None

    def select_commune(self, insee: str | None) -> None:
        if insee == self.selected_commune():
            return
        item = self.items_by_insee.get(insee or "")
        scene = self.scene()
        scene.blockSignals(True)
        scene.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.ensureVisible(item, 20, 20)
        scene.blockSignals(False)
        self.commune_selected.emit(insee or "")

    def _selection_changed(self) -> None:
        self.commune_selected.emit(self.selected_commune() or "")

    def nearest(self, insee: str | None, dx: float, dy: float) -> str | None:
        """The commune nearest to `insee` in the direction (dx, dy) (screen axes: y down),
        within a 60° cone either side; the farther off the axis, the costlier."""
        if not self.centres:
            return None
        if insee not in self.centres:
            return max(self.actor_counts, key=lambda c: (self.actor_counts[c], c), default=None)
        here = self.centres[insee]
        best, best_cost = None, math.inf
        for code, point in self.centres.items():
            if code == insee:
                continue
            vx, vy = point.x() - here.x(), point.y() - here.y()
            distance = math.hypot(vx, vy)
            if distance == 0:
                continue
            along = (vx * dx + vy * dy) / distance
            if along < 0.5:  # outside the cone of ±60°
                continue
            cost = distance * (2.0 - along) ** 2
            if cost < best_cost:
                best, best_cost = code, cost
        return best

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        directions = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = event.key()
        if key in directions:
            target = self.nearest(self.selected_commune(), *directions[key])
            if target:
                self.select_commune(target)
            event.accept()
        elif key == Qt.Key.Key_Home:
            self.select_commune(self.nearest(None, 0, 0))
            event.accept()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.scale(1.25, 1.25)
        elif key == Qt.Key.Key_Minus:
            self.scale(0.8, 0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt)
        factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
        self.scale(factor, factor)
