"""The entrepreneur record's Coaching tab: their sessions (newest first) with totals, and
"Log a session…" preset to them. Confidential notes appear only where the service returns
them (the session's coach and admins)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.administration.reference_lists import list_coaching_topics
from incubator_app.services.coaching.lookup import coach_choices
from incubator_app.services.coaching.sessions import EntrepreneurSessions, sessions_for_entrepreneur
from incubator_app.ui.changes import COACHING_SESSION
from incubator_app.ui.coaching.log_dialog import kind_label, mode_label, open_log_session_dialog
from incubator_app.ui.coaching.sessions_view import hours_text
from incubator_app.ui.table_headers import fit_header_titles
from incubator_app.ui.windowed_model import ROW_ID_ROLE


class _SessionsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, ...]] = []
        self.ids: list[int] = []
        self.headers = [
            self.tr("Date"),
            self.tr("Coach"),
            self.tr("Duration"),
            self.tr("Kind"),
            self.tr("Topics"),
            self.tr("Summary"),
            self.tr("Confidential notes"),
        ]

    def set_rows(self, ids: list[int], rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.ids, self.rows = ids, rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == ROW_ID_ROLE:
            return self.ids[index.row()]
        return None


class EntrepreneurCoachingTab(QWidget):
    """Embedded by the record editor: `EntrepreneurCoachingTab(context, id, parent)`."""

    def __init__(self, context, entrepreneur_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entrepreneur_id = entrepreneur_id
        self.setObjectName("entrepreneurCoachingTab")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.totals = QLabel()
        self.totals.setObjectName("coachingTotals")
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        bar.addWidget(self.totals, 1)
        self.log_button = QPushButton(self.tr("&Log a session…"))
        self.log_button.setObjectName("logSessionButton")
        self.log_button.clicked.connect(self.log_session)
        bar.addWidget(self.log_button)
        layout.addLayout(bar)
        self.model = _SessionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("entrepreneurSessions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((90, 140, 70, 170, 180, 240)):
            self.table.setColumnWidth(column, width)
        fit_header_titles(self.table)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.data: EntrepreneurSessions | None = None
        context.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, kinds: set[str]) -> None:
        if COACHING_SESSION in kinds:
            self.reload()

    def reload(self) -> None:
        actor = self.context.actor
        with self.context.db.session() as s:
            self.data = sessions_for_entrepreneur(s, self.entrepreneur_id, actor=actor)
            coaches = {c.id: c.name for c in coach_choices(s, actor=actor)}
            every = list_coaching_topics(s, include_inactive=True, actor=actor)
            topics = {t.id: t.label for t in every}  # names retired topics of old sessions
        hidden = self.tr("(confidential)")
        rows = [
            (
                v.session_date.strftime("%d/%m/%Y"),
                coaches.get(v.coach_id, ""),
                hours_text(v.duration_minutes),
                f"{kind_label(v.kind)} · {mode_label(v.mode)}",
                ", ".join(topics.get(t, "") for t in v.topic_ids),
                v.summary or "",
                hidden if v.notes_hidden and v.has_notes else (v.confidential_notes or ""),
            )
            for v in self.data.sessions
        ]
        self.model.set_rows([v.id for v in self.data.sessions], rows)
        d = self.data
        self.totals.setText(
            self.tr("{n} sessions · {hours} (attended: {attended_n} · {attended_hours})").format(
                n=d.session_count,
                hours=hours_text(d.total_minutes),
                attended_n=d.attended_count,
                attended_hours=hours_text(d.attended_minutes),
            )
        )

    def log_session(self):
        return open_log_session_dialog(self, entrepreneur_id=self.entrepreneur_id)

    def _open(self, index: QModelIndex):
        return open_log_session_dialog(self, session_id=self.model.ids[index.row()])
