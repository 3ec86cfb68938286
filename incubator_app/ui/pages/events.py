"""Events: workshops, trainings, meetings, visits and collective coaching with their places.
The list (filters: kind, period, full or not), or the month calendar (ui/events/calendar.py,
the same filters but the period), a new event, and the event window (double-click or Enter)
with its registrations and waiting list.

apply_filters keys: `event_id` (opens that event's window)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import EventKind
from incubator_app.services.entrepreneurs.cohorts import list_cohorts
from incubator_app.services.events.list import EventFilter, EventListSource
from incubator_app.ui.changes import ENTREPRENEUR, EVENT, SITE
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo
from incubator_app.ui.events.calendar import EventCalendar
from incubator_app.ui.events.event_dialog import EventDialog
from incubator_app.ui.events.event_window import EventWindow
from incubator_app.ui.events.texts import kind_label, local
from incubator_app.ui.pages.base import Page
from incubator_app.ui.site_field import fill_site_filter
from incubator_app.ui.windowed_model import Column, WindowedTableModel

FULL = QColor("#a8431f")


class EventsPage(Page):
    icon_name = "events"
    watched_kinds = frozenset({EVENT, ENTREPRENEUR, SITE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.windows: list[EventWindow] = []
        title = QLabel(QCoreApplication.translate("Pages", "Events"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)

        self.kind = QComboBox()
        self.kind.setObjectName("eventKindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in EventKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.period = QComboBox()
        self.period.setObjectName("eventPeriodFilter")
        for text, value in (
            (self.tr("Coming"), "coming"),
            (self.tr("Next 30 days"), "30"),
            (self.tr("Past"), "past"),
            (self.tr("All dates"), None),
        ):
            self.period.addItem(text, value)
        self.full = QComboBox()
        self.full.setObjectName("eventFullFilter")
        for text, value in (
            (self.tr("Full or not"), None),
            (self.tr("Places left"), False),
            (self.tr("Full"), True),
        ):
            self.full.addItem(text, value)
        # Programmes, then their cohorts: "programme:<name>" or "cohort:<id>".
        self.cohort = QComboBox()
        self.cohort.setObjectName("eventCohortFilter")
        # Its items arrive after the first show: the width follows them.
        self.cohort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cohort.addItem(self.tr("All programmes"), None)
        self._load_cohorts()
        # The site filter: in a network of two sites or more only.
        self.site = ChoiceCombo()
        self.site.setObjectName("eventSiteFilter")
        self.site.setAccessibleName(self.tr("Site"))
        fill_site_filter(self.site, context)
        self.count = QLabel()
        self.count.setObjectName("eventCount")
        self.new_button = QPushButton(self.tr("&New event…"))
        self.new_button.setObjectName("newEventButton")
        self.new_button.clicked.connect(self.new_event)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        # The list, or the month calendar (the period filter is then the month shown).
        self.calendar_button = QPushButton(self.tr("Ca&lendar"))
        self.calendar_button.setObjectName("eventCalendarToggle")
        self.calendar_button.setCheckable(True)
        self.calendar_button.toggled.connect(self.show_calendar)
        # Two rows: the four filters need the page's whole width in French.
        filters = QHBoxLayout()
        for w in (self.kind, self.period, self.full, self.cohort, self.site):
            filters.addWidget(w)
        filters.addStretch(1)
        top = QVBoxLayout()
        top.addLayout(filters)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        actions.addWidget(self.calendar_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.new_button)
        top.addLayout(actions)
        for combo in (self.kind, self.period, self.full, self.cohort, self.site):
            combo.currentIndexChanged.connect(self.apply_list_filters)

        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Starts"), lambda r: local(r.starts_at), "starts_at"),
                Column(self.tr("Title"), lambda r: r.title, "title"),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind), "kind"),
                Column(
                    self.tr("Places"),
                    lambda r: f"{r.taken} / {r.capacity}",
                    "capacity",
                    align_right=True,
                    foreground=lambda r: FULL if r.taken >= r.capacity else None,
                ),
                Column(
                    self.tr("Waiting"),
                    lambda r: str(r.waiting) if r.waiting else "",
                    align_right=True,
                ),
                Column(self.tr("State"), lambda r: self.tr("cancelled") if r.cancelled else ""),
            ],
            parent=self,
        )
        self.model.count_changed.connect(
            lambda n: self.count.setText(self.tr("%n event(s)", "", n))
        )
        self.table = QTableView()
        self.table.setObjectName("eventTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Double-click, or Enter on the keyboard (the view's "activated").
        self.table.activated.connect(lambda _i: self.open_current())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(top)
        self.calendar = EventCalendar(context, self)
        self.calendar.setObjectName("eventCalendar")
        self.calendar.open_event.connect(self.open_event)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.calendar)
        layout.addWidget(self.stack, 1)
        self.apply_list_filters()

    def show_calendar(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.calendar if on else self.table)
        # The period filter does not apply to a month.
        self.period.setEnabled(not on)
        self.open_button.setEnabled(not on)
        if on:
            self.calendar.set_filter(self._filter())
            self.calendar.grid.setFocus()
        else:
            self.table.setFocus()

    def _filter(self) -> EventFilter:
        period = self.period.currentData()
        now = clock.now()
        start_of_today = datetime.combine(clock.today(), time(0), tzinfo=clock.zone())
        starts_from = starts_before = None
        if period == "coming":
            starts_from = start_of_today
        elif period == "30":
            starts_from, starts_before = start_of_today, now + timedelta(days=30)
        elif period == "past":
            starts_before = start_of_today
        kind = self.kind.currentData()
        group = (self.cohort.currentData() or ":").split(":", 1)
        return EventFilter(
            kind=EventKind(kind) if kind else None,
            starts_from=starts_from,
            starts_before=starts_before,
            full=self.full.currentData(),
            programme=group[1] if group[0] == "programme" else None,
            cohort_id=int(group[1]) if group[0] == "cohort" else None,
            site_id=self.site.value(),
        )

    def _load_cohorts(self) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: list_cohorts(s, include_retired=True, actor=actor),
            parent=self,
            on_done=self._cohorts_loaded,
        )

    def _cohorts_loaded(self, cohorts) -> None:
        current = self.cohort.currentData()
        self.cohort.blockSignals(True)
        while self.cohort.count() > 1:
            self.cohort.removeItem(1)
        for programme in sorted({c.programme for c in cohorts}):
            self.cohort.addItem(programme, f"programme:{programme}")
            for c in cohorts:
                if c.programme == programme:
                    self.cohort.addItem("    " + c.name, f"cohort:{c.id}")
        index = self.cohort.findData(current)
        self.cohort.setCurrentIndex(max(index, 0))
        self.cohort.blockSignals(False)

    def apply_list_filters(self) -> None:
        self.model.set_source(EventListSource(self.context.actor, self._filter()))
        if self.stack.currentWidget() is self.calendar:
            self.calendar.set_filter(self._filter())

    def reload(self) -> None:
        before = self.site.value()
        fill_site_filter(self.site, self.context)  # sites added or deactivated meanwhile
        if self.site.value() != before:
            self.apply_list_filters()
            return
        self.model.refresh()
        if self.stack.currentWidget() is self.calendar:
            self.calendar.reload()

    def open_current(self) -> None:
        index = self.table.currentIndex()
        event_id = self.model.id_at(index.row()) if index.isValid() else None
        if event_id is not None:
            self.open_event(event_id)

    def open_event(self, event_id: int) -> EventWindow:
        window = EventWindow(self.context, event_id, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.windows = [w for w in self.windows if w.isVisible()] + [window]
        return window

    def new_event(self) -> None:
        dialog = EventDialog(self.context, self)

        def finished(_result: int) -> None:
            if dialog.created_id is not None:
                self.apply_list_filters()
                self.open_event(dialog.created_id)

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog

    def apply_filters(self, **filters: Any) -> None:
        event_id = filters.get("event_id")
        if isinstance(event_id, int):
            self.open_event(event_id)
