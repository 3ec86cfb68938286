"""Audit trail (administrators): every change anyone made, newest first, filtered by who, kind
of record, action and period, in words (the History tab's field names and values), exported to
CSV or XLSX as shown. A windowed table: a million rows open as fast as a hundred.
Confidential coaching notes never reach this tab (services/administration/audit_viewer.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.administration.audit_viewer import (
    COUNT_CAP,
    AuditChoices,
    AuditFilter,
    AuditListSource,
    AuditRow,
    audit_choices,
    export_audit,
)
from incubator_app.services.records import ENTITY_LABELS
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.history_fields import change_text
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError, today_qdate
from incubator_app.ui.windowed_model import Column, Debouncer, WindowedTableModel


def action_label(action: str) -> str:

    return {
        "create": QCoreApplication.translate("AuditTab", "created"),
        "update": QCoreApplication.translate("AuditTab", "changed"),
        "delete": QCoreApplication.translate("AuditTab", "deleted"),
        "archive": QCoreApplication.translate("AuditTab", "archived"),
        "unarchive": QCoreApplication.translate("AuditTab", "restored"),
        "attribute": QCoreApplication.translate("AuditTab", "attached to a grant"),
        "unattribute": QCoreApplication.translate("AuditTab", "detached from a grant"),
        "cancel": QCoreApplication.translate("AuditTab", "cancelled"),
        "renew": QCoreApplication.translate("AuditTab", "renewed"),
        "charge": QCoreApplication.translate("AuditTab", "charged"),
        "import": QCoreApplication.translate("AuditTab", "imported"),
        "set_password": QCoreApplication.translate("AuditTab", "password set"),
        "unlock": QCoreApplication.translate("AuditTab", "unlocked"),
        "backup": QCoreApplication.translate("AuditTab", "backed up"),
        "expiry_warning": QCoreApplication.translate("AuditTab", "warned of the expiry"),
        "revoke_tokens": QCoreApplication.translate("AuditTab", "signed out everywhere"),
        "retry": QCoreApplication.translate("AuditTab", "tried again"),
        "accept": QCoreApplication.translate("AuditTab", "accepted"),
        "decline": QCoreApplication.translate("AuditTab", "declined"),
        "confirmed": QCoreApplication.translate("AuditTab", "confirmed"),
        "attendance": QCoreApplication.translate("AuditTab", "attendance marked"),
        "freeze": QCoreApplication.translate("AuditTab", "frozen"),
        "draw": QCoreApplication.translate("AuditTab", "drawn"),
        "merge": QCoreApplication.translate("AuditTab", "merged"),
        "unmerge": QCoreApplication.translate("AuditTab", "merge undone"),
        "link": QCoreApplication.translate("AuditTab", "linked"),
        "unlink": QCoreApplication.translate("AuditTab", "unlinked"),
        "erase": QCoreApplication.translate("AuditTab", "erased"),
        "export": QCoreApplication.translate("AuditTab", "exported"),
        "move_site": QCoreApplication.translate("AuditTab", "moved to another site"),
        "review": QCoreApplication.translate("AuditTab", "reviewed"),
        "generate": QCoreApplication.translate("AuditTab", "generated"),
        "invitation_mailed": QCoreApplication.translate("AuditTab", "invitation sent"),
        "reorder": QCoreApplication.translate("AuditTab", "reordered"),
        "set_quotas": QCoreApplication.translate("AuditTab", "quotas set"),
        "link_account": QCoreApplication.translate("AuditTab", "linked to an account"),
    }.get(action) or QCoreApplication.translate("AuditTab", "other change")


def _more_kinds() -> dict[str, str]:
    """Kinds of record the trail holds that the core's error messages never name."""
    return {
        "contact": QCoreApplication.translate("AuditTab", "contact"),
        "course": QCoreApplication.translate("AuditTab", "course"),
        "event": QCoreApplication.translate("AuditTab", "event"),
        "registration": QCoreApplication.translate("AuditTab", "registration"),
        "registration_change": QCoreApplication.translate("AuditTab", "change of registration"),
        "entrepreneur_activity": QCoreApplication.translate(
            "AuditTab", "activity of an entrepreneur"
        ),
        "shared_service_price": QCoreApplication.translate("AuditTab", "price of a service"),
        "cooperation_call": QCoreApplication.translate("AuditTab", "call for volunteers"),
        "cooperation_volunteer": QCoreApplication.translate("AuditTab", "volunteer"),
        "cooperation_quota": QCoreApplication.translate("AuditTab", "quota"),
        "cooperation_draw": QCoreApplication.translate("AuditTab", "draw"),
        "exchange_account": QCoreApplication.translate("AuditTab", "member of the exchange"),
        "exchange_listing": QCoreApplication.translate("AuditTab", "offer or request"),
        "exchange_transfer": QCoreApplication.translate("AuditTab", "exchange of hours"),
        "exchange_payment_request": QCoreApplication.translate("AuditTab", "payment request"),
        "exchange_kind_limit": QCoreApplication.translate("AuditTab", "limit of the exchange"),
        "exchange_settings": QCoreApplication.translate("AuditTab", "rules of the exchange"),
    }


def kind_label(entity: str) -> str | None:
    """What users call a kind of record; None for the link tables nobody names."""
    key = ENTITY_LABELS.get(entity)
    text = QCoreApplication.translate(key[0], key[1]) if key else _more_kinds().get(entity)
    if text is None:
        return None
    return text[:1].upper() + text[1:]


#: Fields of the trail that the History tab's words do not cover (accounts).
def _more_fields() -> dict[str, str]:
    return {
        "login": QCoreApplication.translate("AuditTab", "Login"),
        "display_name": QCoreApplication.translate("AuditTab", "Name"),
        "name": QCoreApplication.translate("AuditTab", "Name"),
        "role": QCoreApplication.translate("AuditTab", "Role"),
        "active": QCoreApplication.translate("AuditTab", "Active"),
    }


def _when(row: AuditRow) -> str:
    return row.at.astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M")


def _who(row: AuditRow) -> str:
    return row.user_name or row.user_login or ""


def _about(row: AuditRow) -> str:
    kind = kind_label(row.entity) or QCoreApplication.translate("AuditTab", "Other record")
    return f"{kind} #{row.entity_id}" if row.entity_id is not None else kind


def _changes(row: AuditRow) -> str:
    changes = row.changes
    if changes:
        more = _more_fields()
        changes = {more.get(k, k): v for k, v in changes.items()}
    return change_text(row.entity, changes, row.names)


class AuditTableModel(WindowedTableModel):
    """The trail's windowed model: its source counts up to a cap (« more than 10,000 »,
    services/administration/audit_viewer.py); scrolled to its end, the list counts ten times
    further and grows (Qt's fetchMore), until the exact count is reached."""

    GROWTH = 10

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._cap: int | None = None

    def _reset(self) -> None:
        self._cap = getattr(self._source, "count_cap", None)
        super()._reset()

    def capped_at(self) -> int | None:
        """The cap the count stopped at (None when the count is exact)."""
        source = self._source
        if source is None or self._cap is None or not source.more_than(self._count, self._cap):
            return None
        return self._cap

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.capped_at() is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        cap = self._cap * self.GROWTH
        with self._database.session() as session:
            count = self._source.count_up_to(session, cap)
        self._cap = cap
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        self.count_changed.emit(self._count)


class AuditTab(QWidget):
    #: Rows the first screen counts at most (« more than … »; more as one scrolls).
    count_cap: int | None = COUNT_CAP

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self.context = context
        self._choices: AuditChoices | None = None
        self.who = QComboBox()
        self.who.setObjectName("auditWho")
        self.kind = QComboBox()
        self.kind.setObjectName("auditKind")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.use_period = QCheckBox(self.tr("Perio&d: between"))
        self.use_period.setObjectName("auditUsePeriod")
        today = today_qdate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.start.setObjectName("auditStart")
        self.end.setObjectName("auditEnd")
        self.use_period.toggled.connect(self.start.setEnabled)
        self.use_period.toggled.connect(self.end.setEnabled)

        self.columns = [
            Column(self.tr("When"), _when, sort_key="at"),
            Column(self.tr("Who"), _who, sort_key="user"),
            Column(self.tr("About"), _about, sort_key="entity"),
            Column(self.tr("Action"), lambda r: action_label(r.action), sort_key="action"),
            Column(self.tr("Changes"), _changes, tooltip=_changes),
        ]
        self.model = AuditTableModel(context.db, self.columns, parent=self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 140, 180, 110)):
            header.resizeSection(column, width)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.count.setMinimumWidth(140)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model.count_changed.connect(self._show_count)
        self.export_button = QPushButton(self.tr("Expo&rt…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self._choose_export_path)
        self.error = FieldError()
        self.status = QLabel()
        self.status.setObjectName("auditStatus")

        grid = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Who:"), self.who),
                (self.tr("&Kind of record:"), self.kind),
                (self.tr("Ac&tion:"), self.action),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.start)
        and_label = QLabel(self.tr("and"))
        period.addWidget(and_label)
        period.addWidget(self.end)
        period.addStretch(1)
        period.addWidget(self.count)
        period.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

        self._debounce = Debouncer(150, self.apply_filter, self)
        for combo in (self.who, self.kind, self.action):
            combo.currentIndexChanged.connect(self._debounce.poke)
        self.use_period.toggled.connect(self._debounce.poke)
        self.start.dateChanged.connect(self._debounce.poke)
        self.end.dateChanged.connect(self._debounce.poke)

    def _show_count(self, n: int) -> None:
        cap = self.model.capped_at()
        if cap is not None:
            self.count.setText(self.tr("more than {n} entries").format(n=QLocale().toString(cap)))
        else:
            self.count.setText(self.tr("{n} entries").format(n=QLocale().toString(n)))

    # Filters --------------------------------------------------------------------------

    def _fill_choices(self, choices: AuditChoices) -> None:
        self._choices = choices
        for combo in (self.who, self.kind, self.action):
            combo.blockSignals(True)
            combo.clear()
        self.who.addItem(self.tr("Anyone"), None)
        for login, name in choices.users:
            self.who.addItem(name if name == login else f"{name} ({login})", login)
        self.kind.addItem(self.tr("Any kind"), None)
        named = [(kind_label(e), e) for e in choices.entities]
        for label, entity in sorted((label, e) for label, e in named if label is not None):
            self.kind.addItem(label, entity)
        self.action.addItem(self.tr("Any action"), None)
        for action in choices.actions:
            self.action.addItem(action_label(action), action)
        for combo in (self.who, self.kind, self.action):
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        period = self.use_period.isChecked()
        return AuditFilter(
            user_login=self.who.currentData(),
            entity=self.kind.currentData(),
            action=self.action.currentData(),
            start=self.start.date().toPython() if period else None,
            end=self.end.date().toPython() if period else None,
        )

    def reload(self) -> None:
        if self._choices is None:
            with self.context.db.session() as session:
                self._fill_choices(audit_choices(session, actor=self.context.actor))
        self.apply_filter()

    def apply_filter(self) -> None:
        self.error.clear_error()
        try:
            source = AuditListSource(
                self.context.actor, self.current_filter(), count_cap=self.count_cap
            )
        except Exception as exc:  # a period ending before it starts
            text = inline_error_text(exc)
            if text is None:
                raise
            self.error.show_error(text)
            return
        self.model.set_source(source)

    # Export ---------------------------------------------------------------------------

    def _choose_export_path(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            str(Path.home() / "journal-audit.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if path:
            as_csv = path.lower().endswith(".csv") or "csv" in chosen
            self.export_to(path, "csv" if as_csv else "xlsx")

    def export_to(self, path: str, file_format: str) -> None:
        """Writes the filtered trail in the background, in the words of the screen."""
        actor, filters = self.context.actor, self.current_filter()
        headers = [c.title for c in self.columns]
        # Texts are made in the GUI thread's language by the same functions as the table.
        cells = [c.display for c in self.columns]

        def work(session, cancel=None):
            source = AuditListSource(actor, filters)
            return export_audit(
                session,
                source,
                path,
                file_format=file_format,
                headers=headers,
                cells=lambda row: [display(row) for display in cells],
                cancelled=(lambda: bool(cancel)) if cancel is not None else None,
            )

        self.context.ops.run(
            work,
            label=self.tr("Exporting the audit trail…"),
            parent=self,
            on_done=lambda n: self.status.setText(
                self.tr("{n} entries exported to {path}").format(n=n, path=path)
            ),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.show_error(text)
        return True


__all__ = ["AuditTab", "action_label", "kind_label"]
