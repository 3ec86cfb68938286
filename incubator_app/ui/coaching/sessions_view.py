"""The sessions table of the Coaching page: filters (coach, entrepreneur, period, topic, kind,
mode), the windowed list, and the totals for the filter (computed in SQL, off the GUI thread)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import SessionKind, SessionMode
from incubator_app.services.administration.reference_lists import list_coaching_topics
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import SessionListSource, SessionRow
from incubator_app.services.coaching.lookup import coach_choices, entrepreneur_choices
from incubator_app.services.coaching.stats import CoachingTotals, totals_for_filter
from incubator_app.services.periods import Period
from incubator_app.ui.coaching.log_dialog import kind_label, mode_label
from incubator_app.ui.durations import duration_text
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo
from incubator_app.ui.flow_layout import FlowLayout, labelled
from incubator_app.ui.site_field import fill_site_filter
from incubator_app.ui.table_headers import fit_header_titles
from incubator_app.ui.windowed_model import Column, WindowedTableModel


def hours_text(minutes: int) -> str:
    """90 → "1 h 30" (fr) / "1 h 30 min" (en), 45 → "45 min", 120 → "2 h": the dashboard's
    rule (ui/durations.py)."""
    return duration_text(minutes)


def period_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        Period.LAST_12_MONTHS.value: QCoreApplication.translate(
            "CoachingPeriods", "Last 12 months"
        ),
        Period.THIS_WEEK.value: QCoreApplication.translate("CoachingPeriods", "This week"),
        Period.THIS_MONTH.value: QCoreApplication.translate("CoachingPeriods", "This month"),
        Period.LAST_MONTH.value: QCoreApplication.translate("CoachingPeriods", "Last month"),
        Period.THIS_YEAR.value: QCoreApplication.translate("CoachingPeriods", "This year"),
        Period.LAST_YEAR.value: QCoreApplication.translate("CoachingPeriods", "Last year"),
        Period.ALL.value: QCoreApplication.translate("CoachingPeriods", "All time"),
    }


def _participants(row: SessionRow) -> str:
    text = ", ".join(row.participant_names)
    extra = row.participant_count - len(row.participant_names)
    return f"{text} + {extra}" if extra > 0 else text


class SessionsView(QWidget):
    """Filters, totals and the sessions table. `open_session(id)` is emitted on Enter or a
    double click."""

    open_session = Signal(int)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("sessionsView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        with context.db.session() as s:
            coaches = coach_choices(s, actor=context.actor)
            # A filter over past sessions offers retired topics too.
            topics = list_coaching_topics(s, include_inactive=True, actor=context.actor)

        # The filters wrap onto a second line when the window is narrow.
        row = FlowLayout()

        def combo(name: str, label: str, items: list[tuple[str, Any]]) -> QComboBox:
            box = QComboBox()
            box.setObjectName(name)
            for text, data in items:
                box.addItem(text, data)
            row.addWidget(labelled(label, box))
            box.currentIndexChanged.connect(self._filters_changed)
            return box

        everyone = self.tr("All")
        self.period = combo(
            "periodFilter", self.tr("&Period:"), [(v, k) for k, v in period_labels().items()]
        )
        self.coach = combo(
            "coachFilter",
            self.tr("C&oach:"),
            [(everyone, None)] + [(c.name, c.id) for c in coaches],
        )
        self.topic = combo(
            "topicFilter",
            self.tr("&Topic:"),
            [(everyone, None)] + [(t.label, t.id) for t in topics],
        )
        self.kind = combo(
            "kindFilter",
            self.tr("&Kind:"),
            [(everyone, None)] + [(kind_label(k), k.value) for k in SessionKind],
        )
        self.mode = combo(
            "modeFilter",
            self.tr("&Mode:"),
            [(everyone, None)] + [(mode_label(m), m.value) for m in SessionMode],
        )
        # The site filter: in a network of two sites or more only (ui/site_field.py).
        self.site = ChoiceCombo()
        self.site.setObjectName("sessionSiteFilter")
        self.site.setAccessibleName(self.tr("Site"))
        fill_site_filter(self.site, context)
        row.addWidget(self.site)
        self.site.currentIndexChanged.connect(self._filters_changed)
        layout.addLayout(row)

        people = QHBoxLayout()
        caption = QLabel(self.tr("E&ntrepreneur:"))
        self.person = EntrepreneurPicker(context, clear_after_pick=True, include_archived=True)
        self.person.setObjectName("entrepreneurFilter")
        self.person.picked.connect(lambda c: self._set_person(c.id, c.label))
        caption.setBuddy(self.person)
        self.person_chip = QToolButton()
        self.person_chip.setObjectName("entrepreneurChip")
        self.person_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.person_chip.clicked.connect(lambda: self._set_person(None, ""))
        self.person_chip.hide()
        person = labelled(caption, self.person)
        person.layout().addWidget(self.person_chip)
        row.addWidget(person)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("sessionTotals")
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        people.addWidget(self.totals_label, 1)
        self.log_button = QPushButton(self.tr("&Log a session…"))
        self.log_button.setObjectName("logSessionButton")
        people.addWidget(self.log_button)
        layout.addLayout(people)

        columns = [
            Column(self.tr("Date"), lambda r: r.session_date.strftime("%d/%m/%Y"), "date"),
            Column(
                self.tr("Time"), lambda r: r.start_time.strftime("%H:%M") if r.start_time else ""
            ),
            Column(self.tr("Duration"), lambda r: hours_text(r.duration_minutes), "duration", True),
            Column(self.tr("Coach"), lambda r: r.coach_name, "coach"),
            Column(self.tr("Participants"), _participants),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind), "kind"),
            Column(self.tr("Mode"), lambda r: mode_label(r.mode), "mode"),
            Column(self.tr("Topics"), lambda r: ", ".join(r.topics)),
            Column(
                self.tr("Summary"),
                lambda r: (r.summary or "").splitlines()[0] if r.summary else "",
                tooltip=lambda r: r.summary,
            ),
        ]
        self.model = WindowedTableModel(context.db, columns, parent=self)
        self.table = QTableView()
        self.table.setObjectName("sessionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((90, 60, 80, 150, 220, 90, 100, 200)):
            self.table.setColumnWidth(column, width)
        fit_header_titles(self.table)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout.addWidget(self.table, 1)
        self._person_id: int | None = None
        self._pending_totals = 0
        self.last_totals: CoachingTotals | None = None

    # Filters ----------------------------------------------------------------------------
    def filters(self) -> CoachingFilter:
        return CoachingFilter.from_keys(
            period=self.period.currentData(),
            coach_id=self.coach.currentData(),
            entrepreneur_id=self._person_id,
            topic_id=self.topic.currentData(),
            kind=self.kind.currentData(),
            mode=self.mode.currentData(),
            site_id=self.site.value(),
        )

    def _set_person(self, person_id: int | None, label: str) -> None:
        self._person_id = person_id
        self.person_chip.setText(f"{label}  ✕")
        self.person_chip.setToolTip(self.tr("Show every entrepreneur"))
        self.person_chip.setVisible(person_id is not None)
        self._filters_changed()

    def apply_filters(self, **filters: object) -> None:
        """Keys: coach_id, entrepreneur_id, period, topic_id, kind, mode, site_id (others
        ignored)."""
        combos = {
            "period": self.period,
            "coach_id": self.coach,
            "topic_id": self.topic,
            "kind": self.kind,
            "mode": self.mode,
        }
        for key, box in combos.items():
            if key in filters:
                box.blockSignals(True)
                box.setCurrentIndex(max(box.findData(filters[key]), 0))
                box.blockSignals(False)
        if "site_id" in filters:
            self.site.blockSignals(True)
            self.site.set_value(filters["site_id"])
            self.site.blockSignals(False)
        if "entrepreneur_id" in filters:
            pid = filters["entrepreneur_id"]
            label = ""
            if pid is not None:
                with self.context.db.session() as s:
                    found = entrepreneur_choices(s, [int(pid)], actor=self.context.actor)
                label = found[0].label if found else str(pid)
            self._person_id = int(pid) if pid is not None else None
            self.person_chip.setText(f"{label}  ✕")
            self.person_chip.setVisible(pid is not None)
        self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        filters = self.filters()
        self.model.set_source(SessionListSource(filters, actor=self.context.actor))
        self._load_totals(filters)

    def reload(self) -> None:
        fill_site_filter(self.site, self.context)  # sites added or deactivated meanwhile
        self._filters_changed()

    def _load_totals(self, filters: CoachingFilter) -> None:
        self._pending_totals += 1
        ticket = self._pending_totals
        self.totals_label.setText(self.tr("Counting…"))
        actor = self.context.actor

        def done(totals: CoachingTotals) -> None:
            if ticket != self._pending_totals:
                return  # an older filter's answer
            self.last_totals = totals
            self.totals_label.setText(
                self.tr("{n} sessions · {hours} · {people} entrepreneurs").format(
                    n=f"{totals.sessions:,}".replace(",", " "),
                    hours=hours_text(totals.minutes),
                    people=f"{totals.entrepreneurs:,}".replace(",", " "),
                )
            )

        self.context.ops.run(
            lambda s: totals_for_filter(s, filters, actor=actor),
            label=self.tr("Counting sessions…"),
            parent=self,
            on_done=done,
        )

    def _open(self, row: int) -> None:
        session_id = self.model.id_at(row)
        if session_id is not None:
            self.open_session.emit(session_id)
