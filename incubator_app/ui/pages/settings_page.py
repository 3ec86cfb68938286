"""Paramètres: the incubator's identity, accounts, reference lists, milestone templates,
backups, e-mail and calendars, the outbox, and this computer's preferences (one tab each, in
ui/administration/).

Each role sees what it may: staff manage everything but accounts and restores; coaches and
viewers see the incubator's settings read-only, and neither the accounts nor the backups."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from incubator_app.services.actor import Permission, can
from incubator_app.ui.administration.accounts_tab import AccountsTab
from incubator_app.ui.administration.audit_tab import AuditTab
from incubator_app.ui.administration.backup_tab import BackupTab
from incubator_app.ui.administration.common import read_only_note
from incubator_app.ui.administration.computer_tab import ComputerTab
from incubator_app.ui.administration.identity_tab import IdentityTab
from incubator_app.ui.administration.lists_tab import ListsTab
from incubator_app.ui.administration.mail_tab import MailTab
from incubator_app.ui.administration.outbox_tab import OutboxTab
from incubator_app.ui.administration.sites_tab import SitesTab
from incubator_app.ui.administration.templates_tab import TemplatesTab
from incubator_app.ui.changes import INCUBATOR_PROFILE, REFERENCE_LIST, SITE, USER
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import role_label
from incubator_app.ui.pages.base import Page
from incubator_app.ui.privacy.actions import may_use_privacy_actions
from incubator_app.ui.privacy.retention_tab import RetentionTab


class SettingsPage(Page):
    icon_name = "settings"
    watched_kinds = frozenset({INCUBATOR_PROFILE, USER, REFERENCE_LIST, SITE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        actor = context.actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.note: QLabel | None = None
        if not can(actor, Permission.MANAGE_SETTINGS):
            self.note = read_only_note(
                self.tr(
                    "Your role ({role}) does not allow changing these settings: they are shown"
                    " read-only. Ask an administrator to change them."
                ).format(role=role_label(actor.role.value))
            )
            layout.addWidget(self.note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.identity = IdentityTab(context)
        self.tabs.addTab(self.identity, self.tr("&Identity"))
        self.accounts: AccountsTab | None = None
        self.backups: BackupTab | None = None
        self.mail: MailTab | None = None
        self.outbox: OutboxTab | None = None
        if can(actor, Permission.MANAGE_SETTINGS):
            self.accounts = AccountsTab(context)
            self.tabs.addTab(self.accounts, self.tr("Acc&ounts"))
        self.sites: SitesTab | None = None
        if can(actor, Permission.MANAGE_USERS):
            # Administrators only: where a single office becomes a network of sites.
            self.sites = SitesTab(context)
            self.tabs.addTab(self.sites, self.tr("Sites"))
        self.lists = ListsTab(context)
        self.tabs.addTab(self.lists, self.tr("&Lists"))
        self.templates = TemplatesTab(context)
        self.tabs.addTab(self.templates, self.tr("&Milestone templates"))
        if can(actor, Permission.MANAGE_SETTINGS):
            self.backups = BackupTab(context)
            self.tabs.addTab(self.backups, self.tr("&Backups"))
            self.mail = MailTab(context)
            self.tabs.addTab(self.mail, self.tr("E-mail and calendars"))
            self.outbox = OutboxTab(context)
            self.tabs.addTab(self.outbox, self.tr("Outbo&x"))
        self.audit: AuditTab | None = None
        if can(actor, Permission.MANAGE_USERS):
            # The whole trail: administrators only.
            self.audit = AuditTab(context)
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.privacy: RetentionTab | None = None
        if may_use_privacy_actions(context):
            self.privacy = RetentionTab(context)
            self.tabs.addTab(self.privacy, self.tr("Personal data"))
        self.computer = ComputerTab(context)
        self.tabs.addTab(self.computer, self.tr("This &computer"))
        layout.addWidget(self.tabs, 1)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.reload()

    def _tab_shown(self, index: int) -> None:
        if index not in self._loaded:
            self._reload_tab(index)

    def _reload_tab(self, index: int) -> None:
        reload = getattr(self.tabs.widget(index), "reload", None)
        if callable(reload):
            reload()
        self._loaded.add(index)

    def reload(self) -> None:
        """Reloads the visible tab now, the others when they are shown."""
        self._loaded.clear()
        self._reload_tab(self.tabs.currentIndex())
