"""History tab: the audit trail of the record and of what belongs to it (stage changes, contract,
milestones, action items, documents, coaching sessions, services…): who changed what, when, and
what each entry is about. Newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from incubator_app.errors import PermissionDenied
from incubator_app.services.administration.audit_log import HistoryEntryView, entrepreneur_history
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.history_fields import change_text


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
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("About"),
                self.tr("Action"),
                self.tr("Changes"),
            ]
        )
        layout.addWidget(self.list, 1)
        # Loaded when shown (the editor calls reload() when the tab becomes current).

    def action_label(self, action: str) -> str:
        return {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "archive": self.tr("archived"),
            "unarchive": self.tr("restored"),
            "delete": self.tr("deleted"),
            "renew": self.tr("renewed"),
            "cancel": self.tr("cancelled"),
            "charge": self.tr("charged"),
            "move_site": self.tr("moved to another site"),
        }.get(action, action)

    def about_label(self, entry: HistoryEntryView) -> str:
        kind = {
            "entrepreneur": self.tr("Record"),
            "stage_change": self.tr("Stage"),
            "support_contract": self.tr("Support contract"),
            "exit_outcome": self.tr("Exit outcome"),
            "follow_up_checkpoint": self.tr("Follow-up after exit"),
            "milestone": self.tr("Milestone"),
            "action_item": self.tr("Action item"),
            "document": self.tr("Document"),
            "coaching_session": self.tr("Coaching session"),
            "service_usage": self.tr("Service used"),
            "booking": self.tr("Booking"),
            "revenue": self.tr("Revenue"),
        }.get(entry.entity, entry.entity)
        if not entry.subject:
            return kind
        return self.tr("{kind} “{name}”").format(kind=kind, name=entry.subject)

    def reload(self) -> None:
        """Loads in the background: a long trail must not freeze the window."""
        pid, actor = self.entrepreneur_id, self.context.actor
        self.context.ops.run(
            lambda s: entrepreneur_history(s, pid, limit=500, actor=actor),
            parent=self,
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> bool:
        if not isinstance(error, PermissionDenied):
            return False
        self.notice.setText(self.tr("Only administrators and staff can read the history."))
        self.notice.show()
        self.list.hide()
        return True

    def _show(self, entries: list[HistoryEntryView]) -> None:
        self.list.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                self.list,
                [
                    entry.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                    # People by name, as everywhere else; the login only if the account is gone.
                    entry.user_name or entry.user_login or "",
                    self.about_label(entry),
                    self.action_label(entry.action),
                    change_text(entry.entity, entry.changes, entry.names),
                ],
            )
            item.setToolTip(4, item.text(4))
        for column in range(4):
            self.list.resizeColumnToContents(column)
