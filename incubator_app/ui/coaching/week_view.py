"""A coach's week: sessions laid out by day (columns) and hour (rows), previous/next week.
Enter or a double click on a session opens it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import SessionListSource
from incubator_app.services.coaching.lookup import coach_choices
from incubator_app.services.paging import SortOrder
from incubator_app.ui.coaching.coach_default import remember_coach, select_preferred_coach
from incubator_app.ui.flow_layout import FlowLayout, grouped, labelled

FIRST_HOUR, LAST_HOUR = 8, 20
SESSION_ROLE = Qt.ItemDataRole.UserRole + 7
# Enough for any real week; a busier one shows the first ones and says so.
WEEK_LIMIT = 300


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class WeekView(QWidget):
    """A calendar grid (a layout, not a data table: at most a few dozen cells are filled)."""

    open_session = Signal(int)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("weekView")
        self.monday = monday_of(clock.today())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Wraps onto a second line in a narrow window.
        bar = FlowLayout(spacing=12)
        caption = QLabel(self.tr("C&oach:"))
        self.coach = QComboBox()
        self.coach.setObjectName("weekCoach")
        with context.db.session() as s:
            for c in coach_choices(s, actor=context.actor):
                self.coach.addItem(c.name, c.id)
        select_preferred_coach(self.coach, context)
        caption.setBuddy(self.coach)
        self.coach.currentIndexChanged.connect(self.reload)
        self.coach.activated.connect(lambda _i: remember_coach(context, self.coach.currentData()))
        self.previous = QPushButton(self.tr("◀ P&revious week"))
        self.previous.setObjectName("previousWeek")
        self.previous.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.today_button = QPushButton(self.tr("&This week"))
        self.today_button.clicked.connect(lambda: self.show_week(monday_of(clock.today())))
        self.next = QPushButton(self.tr("Ne&xt week ▶"))
        self.next.setObjectName("nextWeek")
        self.next.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        bar.addWidget(labelled(caption, self.coach))
        bar.addWidget(grouped(self.previous, self.today_button, self.next))
        bar.addWidget(self.title)
        layout.addLayout(bar)
        self.grid = QTableWidget(LAST_HOUR - FIRST_HOUR + 1, 7)
        self.grid.setObjectName("weekGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.setVerticalHeaderLabels(
            [f"{h:02d}:00" if h <= LAST_HOUR else "" for h in range(FIRST_HOUR, LAST_HOUR + 1)]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setDefaultSectionSize(44)
        self.grid.cellDoubleClicked.connect(lambda r, c: self._open(r, c))
        self.grid.cellActivated.connect(lambda r, c: self._open(r, c))
        layout.addWidget(self.grid, 1)
        QShortcut(QKeySequence("Alt+Left"), self, self.previous.click).setWhatsThis(
            self.tr("Previous week")
        )
        QShortcut(QKeySequence("Alt+Right"), self, self.next.click).setWhatsThis(
            self.tr("Next week")
        )

    def show_week(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.reload()

    def set_coach(self, coach_id: int) -> None:
        index = self.coach.findData(coach_id)
        if index >= 0:
            self.coach.setCurrentIndex(index)

    def reload(self, *_args: object) -> None:
        days = [self.monday + timedelta(days=i) for i in range(7)]
        names = [
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
            self.tr("Fri"), self.tr("Sat"), self.tr("Sun"),
        ]  # fmt: skip
        self.grid.setHorizontalHeaderLabels(
            [f"{n} {d.strftime('%d/%m')}" for n, d in zip(names, days, strict=True)]
        )
        self.title.setText(
            self.tr("Week of {first} to {last}").format(
                first=days[0].strftime("%d/%m/%Y"), last=days[-1].strftime("%d/%m/%Y")
            )
        )
        self.grid.clearContents()
        self.grid.clearSpans()
        coach_id = self.coach.currentData()
        if coach_id is None:
            return
        source = SessionListSource(
            CoachingFilter(coach_id=coach_id, date_from=days[0], date_to=days[-1]),
            actor=self.context.actor,
        )
        with self.context.db.session() as s:
            rows = source.fetch(s, SortOrder("date"), 0, WEEK_LIMIT)
        today = clock.today()
        for day_index, day in enumerate(days):
            if day == today:
                for r in range(self.grid.rowCount()):
                    cell = QTableWidgetItem()
                    cell.setBackground(QColor("#f3f8f6"))
                    self.grid.setItem(r, day_index, cell)
        taken: dict[tuple[int, int], QTableWidgetItem] = {}
        for row in rows:
            column = (row.session_date - days[0]).days
            hour = row.start_time.hour if row.start_time else FIRST_HOUR
            r = min(max(hour, FIRST_HOUR), LAST_HOUR) - FIRST_HOUR
            start = row.start_time.strftime("%H:%M") if row.start_time else "—"
            who = ", ".join(row.participant_names)
            if row.participant_count > len(row.participant_names):
                who += f" + {row.participant_count - len(row.participant_names)}"
            text = f"{start} · {row.duration_minutes} min\n{who}"
            existing = taken.get((r, column))
            if existing is not None:  # two sessions in one hour: one cell, both lines
                existing.setText(existing.text() + "\n" + text)
                continue
            item = QTableWidgetItem(text)
            item.setData(SESSION_ROLE, row.id)
            item.setBackground(QColor("#dcefe8"))
            item.setToolTip(f"{text}\n{', '.join(row.topics)}\n{row.summary or ''}".strip())
            self.grid.setItem(r, column, item)
            taken[(r, column)] = item
            span = max(1, min((row.duration_minutes + 59) // 60, self.grid.rowCount() - r))
            if span > 1:
                self.grid.setSpan(r, column, span, 1)

    def session_cells(self) -> list[tuple[int, int, str]]:
        """(row, column, text) of every cell showing a session (tests, screen readers)."""
        found = []
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                if item is not None and item.data(SESSION_ROLE) is not None:
                    found.append((r, c, item.text()))
        return found

    def _open(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        session_id = item.data(SESSION_ROLE) if item is not None else None
        if session_id is not None:
            self.open_session.emit(int(session_id))
