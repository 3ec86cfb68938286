"""Read-only stand-ins for the Coaching, Milestones and Services tabs until the issues that
write the real ones are merged: a small list of what the services already know."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from incubator_app.services.coaching import sessions_for_entrepreneur
from incubator_app.services.milestones import list_milestones
from incubator_app.services.service_usage import list_service_usage
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import short_date


def _t(text: str) -> str:
    return QCoreApplication.translate("FallbackTabs", text)


def _euros(cents: int) -> str:
    return f"{cents / 100:,.2f} €".replace(",", " ").replace(".", ",")


def fallback_tab(
    kind: str, context: AppContext, entrepreneur_id: int, parent: QWidget | None
) -> QWidget:
    actor = context.actor
    with context.db.session() as session:
        if kind == "coaching":
            found = sessions_for_entrepreneur(session, entrepreneur_id, actor=actor)
            headers = [_t("Date"), _t("Duration"), _t("Kind"), _t("Summary")]
            rows = [
                [
                    short_date(s.session_date),
                    _t("{minutes} min").format(minutes=s.duration_minutes),
                    s.kind.value,
                    s.summary or "",
                ]
                for s in found.sessions
            ]
            summary = _t("{count} sessions, {hours} hours in all.").format(
                count=found.session_count, hours=f"{found.total_minutes / 60:.1f}"
            )
        elif kind == "milestones":
            milestones = list_milestones(session, entrepreneur_id, actor=actor)
            headers = [_t("Due"), _t("Milestone"), _t("Status")]
            rows = [
                [short_date(m.due_on), m.title, m.status.value + (" ⚠" if m.overdue else "")]
                for m in milestones
            ]
            summary = _t("{count} milestones.").format(count=len(milestones))
        else:
            usages = list_service_usage(session, actor=actor, entrepreneur_id=entrepreneur_id)
            headers = [_t("Date"), _t("Service"), _t("Quantity"), _t("Amount")]
            rows = [
                [
                    short_date(u.used_on),
                    str(u.service_id),
                    f"{u.quantity_hundredths / 100:g}",
                    _euros(u.amount_cents),
                ]
                for u in usages.items
            ]
            summary = _t("{count} uses of shared services, {amount} excluding VAT.").format(
                count=usages.count, amount=_euros(usages.amount_cents)
            )
    widget = QWidget(parent)
    widget.setObjectName(f"{kind}FallbackTab")
    layout = QVBoxLayout(widget)
    label = QLabel(summary)
    label.setObjectName("fallbackSummary")
    layout.addWidget(label)
    table = QTreeWidget()
    table.setRootIsDecorated(False)
    table.setHeaderLabels(headers)
    for row in rows:
        QTreeWidgetItem(table, row)
    for column in range(len(headers) - 1):
        table.resizeColumnToContents(column)
    layout.addWidget(table, 1)
    return widget
