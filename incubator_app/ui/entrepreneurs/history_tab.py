"""History tab: the record's audit trail (who changed what, and when), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from incubator_app.errors import PermissionDenied
from incubator_app.services.audit_log import list_audit
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.conflict_dialog import field_names


def _change_text(changes: dict[str, Any] | None) -> str:
    if not changes:
        return ""
    names = field_names()
    parts = []
    for field, value in changes.items():
        label = names.get(field, field)
        if isinstance(value, list) and len(value) == 2:
            old, new = ("—" if v in (None, "") else v for v in value)
            parts.append(f"{label}: {old} → {new}")
        else:
            parts.append(f"{label}: {'—' if value in (None, '') else value}")
    return "; ".join(parts)


class HistoryTab(QWidget):
    def __init__(self, context: AppContext, entrepreneur_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.context = context
        self.entrepreneur_id = entrepreneur_id
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setObjectName("historyNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.list = QTreeWidget()
        self.list.setObjectName("historyList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Changes")]
        )
        layout.addWidget(self.list, 1)
        self.reload()

    def action_label(self, action: str) -> str:
        return {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "archive": self.tr("archived"),
            "unarchive": self.tr("restored"),
            "delete": self.tr("deleted"),
        }.get(action, action)

    def reload(self) -> None:
        try:
            with self.context.db.session() as session:
                entries = list_audit(
                    session,
                    entity="entrepreneur",
                    entity_id=self.entrepreneur_id,
                    limit=500,
                    actor=self.context.actor,
                )
        except PermissionDenied:
            self.notice.setText(self.tr("Only administrators and staff can read the history."))
            self.notice.show()
            self.list.hide()
            return
        self.list.clear()
        for entry in entries:
            QTreeWidgetItem(
                self.list,
                [
                    entry.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                    entry.user_login or "",
                    self.action_label(entry.action),
                    _change_text(entry.changes),
                ],
            )
        for column in range(3):
            self.list.resizeColumnToContents(column)
