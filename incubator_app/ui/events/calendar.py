"""The Events page's calendar: a month grid (six weeks of seven days, Monday first) with each
day's events, and the list of the selected day's events beside it.

Keyboard first: the arrows move from day to day (into the next or previous month when they
leave it), Page Up / Page Down change month, Home comes back to today (from the clock seam),
Enter (or a double-click) on a day goes to its events, Enter on an event opens its window.
The page's filters (kind, full or not, programme) apply; the period is the month shown.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.events.list import EventFilter, EventListSource, EventRow
from incubator_app.services.paging import SortOrder
from incubator_app.ui.context import AppContext
from incubator_app.ui.events.texts import kind_label

# More than a month of events is not shown in a day's cell: the day's list has them all.
MAX_EVENTS = 2_000
SHOWN_PER_DAY = 3
OTHER_MONTH = QColor("#8a8a8a")
TODAY = QColor("#e6f2f2")
FULL = QColor("#a8431f")


def first_cell(month: date) -> date:
    """The Monday on or before the first of the month: the grid's first cell."""
    first = month.replace(day=1)
    return first - timedelta(days=first.weekday())


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    # The same day of the month, or the last day of a shorter month.
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _local_day(instant: datetime) -> date:
    return instant.astimezone(clock.zone()).date()


class MonthModel(QAbstractTableModel):
    """42 cells; each cell is a day with the events that start on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = clock.today().replace(day=1)
        self.events: dict[date, list[EventRow]] = {}

    def set_month(self, month: date) -> None:
        self.beginResetModel()
        self.month = month.replace(day=1)
        self.events = {}
        self.endResetModel()

    def set_events(self, rows: list[EventRow]) -> None:
        events: dict[date, list[EventRow]] = {}
        for r in rows:
            events.setdefault(_local_day(r.starts_at), []).append(r)
        self.events = events
        self.dataChanged.emit(self.index(0, 0), self.index(5, 6))

    def day_at(self, index: QModelIndex | QPersistentModelIndex) -> date:
        return first_cell(self.month) + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - first_cell(self.month)).days
        return self.index(offset // 7, offset % 7) if 0 <= offset < 42 else QModelIndex()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else 6

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day_at(index)
        events = self.events.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)]
            for e in events[:SHOWN_PER_DAY]:
                hour = e.starts_at.astimezone(clock.zone()).strftime("%H:%M")
                lines.append(f"{hour} {e.title}")
            if len(events) > SHOWN_PER_DAY:
                more = QCoreApplication.translate("EventCalendar", "+ %1 more")
                lines.append(more.replace("%1", str(len(events) - SHOWN_PER_DAY)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = QCoreApplication.translate("EventCalendar", "%1: %n event(s)", "", len(events))
            return text.replace("%1", QLocale().toString(day, QLocale.FormatType.LongFormat))
        if role == Qt.ItemDataRole.ForegroundRole and day.month != self.month.month:
            return QBrush(OTHER_MONTH)
        if role == Qt.ItemDataRole.BackgroundRole and day == clock.today():
            return QBrush(TODAY)
        if role == Qt.ItemDataRole.FontRole and day == clock.today():
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole and events:
            return "\n".join(e.title for e in events)
        return None


class MonthView(QTableView):
    """The grid: arrows cross into the next or previous month; Page Up/Down, Home."""

    move_to = Signal(object)  # a date to select (possibly in another month)
    day_chosen = Signal(object)  # Enter on a day

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        model = self.model()
        assert isinstance(model, MonthModel)
        index = self.currentIndex()
        day = model.day_at(index) if index.isValid() else clock.today()
        key = event.key()
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.move_to.emit(day + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageDown:
            self.move_to.emit(add_months(day, 1))
        elif key == Qt.Key.Key_PageUp:
            self.move_to.emit(add_months(day, -1))
        elif key == Qt.Key.Key_Home:
            self.move_to.emit(clock.today())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_chosen.emit(day)
        else:
            super().keyPressEvent(event)


class EventCalendar(QWidget):
    """The month grid and the selected day's events; `open_event` asks the page to open one."""

    open_event = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.filter = EventFilter()
        self.selected = clock.today()
        # Nothing is read until the page first shows the calendar (set_filter).
        self.active = False
        self.prev_button = QPushButton(self.tr("‹ &Previous month"))
        self.prev_button.setObjectName("calendarPrevious")
        self.prev_button.clicked.connect(lambda: self.select(add_months(self.selected, -1)))
        self.next_button = QPushButton(self.tr("Ne&xt month ›"))
        self.next_button.setObjectName("calendarNext")
        self.next_button.clicked.connect(lambda: self.select(add_months(self.selected, 1)))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("calendarToday")
        self.today_button.clicked.connect(lambda: self.select(clock.today(), focus=True))
        self.month_label = QLabel()
        self.month_label.setObjectName("calendarMonth")
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.month_label.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.month_label, 1, Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)

        self.model = MonthModel(self)
        self.grid = MonthView()
        self.grid.setObjectName("calendarGrid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Month of events"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.move_to.connect(lambda d: self.select(d, focus=True))
        self.grid.day_chosen.connect(self._go_to_day_list)
        self.grid.doubleClicked.connect(lambda i: self._go_to_day_list(self.model.day_at(i)))
        self.grid.clicked.connect(lambda i: self.select(self.model.day_at(i)))

        self.day_label = QLabel()
        self.day_label.setObjectName("calendarDayLabel")
        self.day_list = QListWidget()
        self.day_list.setObjectName("calendarDayList")
        self.day_list.setAccessibleName(self.tr("Events of the day"))
        self.day_list.itemActivated.connect(self._open_item)
        side = QVBoxLayout()
        side.addWidget(self.day_label)
        side.addWidget(self.day_list, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMaximumWidth(320)

        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addWidget(side_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self._show_month()

    # -- what is shown ------------------------------------------------------------------

    def set_filter(self, flt: EventFilter) -> None:
        """The page's filters (kind, full, programme); the period is the month shown."""
        self.filter = EventFilter(
            kind=flt.kind,
            full=flt.full,
            cohort_id=flt.cohort_id,
            programme=flt.programme,
            site_id=flt.site_id,
        )
        self.active = True
        self.reload()

    def select(self, day: date, *, focus: bool = False) -> None:
        month_changed = (day.year, day.month) != (self.model.month.year, self.model.month.month)
        self.selected = day
        if month_changed:
            self._show_month()
        else:
            self._select_cell()
        if focus:
            self.grid.setFocus()

    def _show_month(self) -> None:
        self.model.set_month(self.selected)
        self.month_label.setText(
            QLocale().standaloneMonthName(self.selected.month).capitalize()
            + f" {self.selected.year}"
        )
        self._select_cell()
        self.reload()

    def _select_cell(self) -> None:
        index = self.model.index_of(self.selected)
        if index.isValid():
            self.grid.setCurrentIndex(index)
        self._fill_day_list()

    def reload(self) -> None:
        if not self.active:
            return
        start = first_cell(self.model.month)
        zone = clock.zone()
        flt = EventFilter(
            kind=self.filter.kind,
            full=self.filter.full,
            cohort_id=self.filter.cohort_id,
            programme=self.filter.programme,
            site_id=self.filter.site_id,
            starts_from=datetime.combine(start, time(0), tzinfo=zone),
            starts_before=datetime.combine(start + timedelta(days=42), time(0), tzinfo=zone),
        )
        source = EventListSource(self.context.actor, flt)
        month = self.model.month
        self.context.ops.run(
            lambda s: source.fetch(s, SortOrder("starts_at"), 0, MAX_EVENTS),
            parent=self,
            on_done=lambda rows, m=month: self._loaded(m, rows),
        )

    def _loaded(self, month: date, rows: list[EventRow]) -> None:
        if month != self.model.month:
            return  # an answer for a month no longer shown
        self.model.set_events(rows)
        self._fill_day_list()

    def _fill_day_list(self) -> None:
        day = self.selected
        events = self.model.events.get(day, [])
        self.day_label.setText(
            self.tr("%1: %n event(s)", "", len(events)).replace(
                "%1", QLocale().toString(day, QLocale.FormatType.LongFormat)
            )
        )
        self.day_list.clear()
        for e in events:
            local = e.starts_at.astimezone(clock.zone())
            text = f"{local:%H:%M}  {e.title}\n{kind_label(e.kind)} · {e.taken} / {e.capacity}"
            if e.cancelled:
                text += " · " + self.tr("cancelled")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            if e.taken >= e.capacity:
                item.setForeground(FULL)
            self.day_list.addItem(item)
        if events:
            self.day_list.setCurrentRow(0)

    # -- keyboard ------------------------------------------------------------------------

    def _go_to_day_list(self, day: date) -> None:
        self.select(day)
        if self.day_list.count():
            self.day_list.setFocus()
            self.day_list.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(event_id, int):
            self.open_event.emit(event_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Escape in the day's list goes back to the grid.
        if event.key() == Qt.Key.Key_Escape and self.day_list.hasFocus():
            self.grid.setFocus()
            return
        super().keyPressEvent(event)
