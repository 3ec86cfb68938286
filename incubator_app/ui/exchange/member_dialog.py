"""A member of the exchange: a new contact or organisation (a neighbour, an association), or the
settings of an existing member: place, declared trade (offers within it get the
professional-activity warning), own limits (before their category's), whether their balance is
shown to everybody (privacy: staff only unless the member opts in), still taking part."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ValidationError
from incubator_app.services.actor import Permission, can
from incubator_app.services.exchange.accounts import (
    AccountView,
    open_named_account,
    update_account,
)
from incubator_app.ui.changes import EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.rules_tab import limit_text, parse_limit
from incubator_app.ui.exchange.texts import account_kind_label
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError


class MemberDialog(QDialog):
    """`account` None: a new contact or organisation; otherwise that member's settings."""

    def __init__(
        self, context: AppContext, account: AccountView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.account = account
        self.saved: AccountView | None = None
        self.kind = QComboBox()
        for kind in ("contact", "organisation"):
            self.kind.addItem(account_kind_label(kind), kind)
        self.name = QLineEdit()
        self.commune = QLineEdit()
        self.neighbourhood = QLineEdit()
        self.neighbourhood.setPlaceholderText(self.tr("Panier, Belsunce…"))
        self.trade = QPlainTextEdit()
        self.trade.setFixedHeight(54)
        self.trade.setPlaceholderText(self.tr("Graphic designer, sound engineer…"))
        self.min_limit = QLineEdit()
        self.max_limit = QLineEdit()
        for edit in (self.min_limit, self.max_limit):
            edit.setPlaceholderText(self.tr("category's or default"))
            edit.setMaximumWidth(220)
        self.public = QCheckBox(self.tr("The member &agrees to show their balance to everybody"))
        self.active = QCheckBox(self.tr("&Takes part in the exchange"))
        self.active.setChecked(True)
        self.error = FieldError()
        form = QFormLayout()
        if account is None:
            self.setWindowTitle(self.tr("New member of the exchange"))
            form.addRow(self.tr("&Kind:"), self.kind)
            form.addRow(self.tr("&Name:"), self.name)
        else:
            self.setWindowTitle(self.tr("Member settings — %1").replace("%1", account.label))
        form.addRow(self.tr("&Commune:"), self.commune)
        form.addRow(self.tr("N&eighbourhood:"), self.neighbourhood)
        form.addRow(self.tr("Declared t&rade:"), self.trade)
        if account is not None:
            form.addRow(self.tr("&Minimum balance (hours):"), self.min_limit)
            form.addRow(self.tr("Ma&ximum balance (hours):"), self.max_limit)
            form.addRow(self.public)
            form.addRow(self.active)
            self._fill(account)
        may_configure = can(context.actor, Permission.MANAGE_SETTINGS)
        for edit in (self.min_limit, self.max_limit):
            edit.setEnabled(may_configure and (account is None or account.kind != "incubator"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _fill(self, a: AccountView) -> None:
        self.commune.setText(a.commune or "")
        self.neighbourhood.setText(a.neighbourhood or "")
        self.trade.setPlainText(a.professional_activity or "")
        self.min_limit.setText(limit_text(a.min_minutes))
        self.max_limit.setText(limit_text(a.max_minutes))
        self.public.setChecked(a.balance_public)
        self.active.setChecked(a.active)

    def _labels(self) -> dict[str, str]:
        return {
            "min_minutes": self.tr("Minimum balance"),
            "max_minutes": self.tr("Maximum balance"),
            "name": self.tr("Name"),
        }

    def save(self) -> None:
        self.error.clear_error()
        text = lambda w: w.text().strip() or None  # noqa: E731
        values = {
            "commune": text(self.commune),
            "neighbourhood": text(self.neighbourhood),
            "professional_activity": self.trade.toPlainText().strip() or None,
        }
        actor = self.context.actor
        a = self.account
        if a is None:
            kind, name = self.kind.currentData(), self.name.text()

            def work(session):
                return open_named_account(session, kind=kind, name=name, **values, actor=actor)

        else:
            try:
                low = parse_limit(self.min_limit.text(), minimum=True, field="min_minutes")
                high = parse_limit(self.max_limit.text(), minimum=False, field="max_minutes")
            except ValidationError as exc:
                self.error.show_error(inline_error_text(exc, self._labels()) or str(exc))
                return
            values |= {
                "min_minutes": low,
                "max_minutes": high,
                "balance_public": self.public.isChecked(),
                "active": self.active.isChecked(),
            }
            before = {
                "commune": a.commune,
                "neighbourhood": a.neighbourhood,
                "professional_activity": a.professional_activity,
                "min_minutes": a.min_minutes,
                "max_minutes": a.max_minutes,
                "balance_public": a.balance_public,
                "active": a.active,
            }
            # Only what changed: limits need the settings permission, the rest does not.
            changes = {k: v for k, v in values.items() if before[k] != v}
            if not changes:
                self.accept()
                return

            def work(session):
                return update_account(
                    session, a.id, changes, expected_version=a.version_id, actor=actor
                )

        self.context.ops.run(
            work, parent=self, on_done=self._saved, on_error=self._failed, changes={EXCHANGE}
        )

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, self._labels())
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _saved(self, account: AccountView) -> None:
        self.saved = account
        self.accept()
