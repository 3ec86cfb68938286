"""The incubator's rules of the exchange: how long a payment request waits before it is accepted
automatically, how early an expiring offer warns its author, what a transfer beyond a limit
does, and the minimum and maximum balances: the defaults and each category of members
(entrepreneurs, contacts, organisations). An account's own limits (member settings, on the
Statement tab) come first. Staff who may change the settings edit them; others read them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.services.actor import Permission, can
from incubator_app.services.exchange.hours import parse_hours
from incubator_app.services.exchange.rules import (
    LIMITED_KINDS,
    ExchangeRules,
    get_exchange_rules,
    set_kind_limits,
    update_exchange_rules,
)
from incubator_app.ui.changes import EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.texts import account_kinds_label, hours
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError


def parse_limit(text: str, *, minimum: bool, field: str) -> int | None:
    """ "" → None (the default), "20" or "-20" → −1 200 for a minimum, 1 200 for a maximum."""
    t = text.strip().replace("−", "-")
    if not t:
        return None
    minutes = parse_hours(t.lstrip("-").strip(), field)
    if t.startswith("-") and not minimum and minutes:
        raise ValidationError(
            {field: msg(QT_TRANSLATE_NOOP("Exchange", "The maximum balance cannot be below zero."))}
        )
    return -minutes if minimum else minutes


def limit_text(minutes: int | None) -> str:
    return "" if minutes is None else hours(minutes)


class RulesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rules: ExchangeRules | None = None
        self.editable = can(context.actor, Permission.MANAGE_SETTINGS)
        self.auto_accept = QSpinBox()
        self.auto_accept.setObjectName("autoAcceptDays")
        self.auto_accept.setRange(0, 365)
        self.auto_accept.setSuffix(self.tr(" days"))
        self.expiry_warning = QSpinBox()
        self.expiry_warning.setObjectName("expiryWarningDays")
        self.expiry_warning.setRange(0, 365)
        self.expiry_warning.setSuffix(self.tr(" days"))
        self.limit_mode = QComboBox()
        self.limit_mode.setObjectName("limitMode")
        self.limit_mode.addItem(self.tr("Refuse the exchange, with the reason"), "refuse")
        self.limit_mode.addItem(self.tr("Record it and flag it for staff"), "flag")
        form = QFormLayout()
        form.addRow(self.tr("Payment requests accepted &automatically after:"), self.auto_accept)
        form.addRow(self.tr("&Warn the author of an offer before it expires:"), self.expiry_warning)
        form.addRow(self.tr("A transfer &beyond a limit:"), self.limit_mode)
        general = QGroupBox(self.tr("Rules of the exchange"))
        general.setLayout(form)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Minimum balance</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Maximum balance</b>")), 0, 2)
        self.default_min = QLineEdit()
        self.default_min.setObjectName("defaultMin")
        self.default_max = QLineEdit()
        self.default_max.setObjectName("defaultMax")
        default_label = QLabel(self.tr("Everybod&y (default):"))
        default_label.setBuddy(self.default_min)
        grid.addWidget(default_label, 1, 0)
        grid.addWidget(self.default_min, 1, 1)
        grid.addWidget(self.default_max, 1, 2)
        self.kind_fields: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        for row, kind in enumerate(LIMITED_KINDS, start=2):
            low, high = QLineEdit(), QLineEdit()
            low.setObjectName(f"min_{kind.value}")
            high.setObjectName(f"max_{kind.value}")
            for edit in (low, high):
                edit.setPlaceholderText(self.tr("default"))
            label = QLabel(account_kinds_label(kind.value) + self.tr(":"))
            label.setBuddy(low)
            grid.addWidget(label, row, 0)
            grid.addWidget(low, row, 1)
            grid.addWidget(high, row, 2)
            self.kind_fields[kind.value] = (low, high)
        grid.setColumnStretch(3, 1)
        note = QLabel(
            self.tr(
                "In hours (20 or 20h30). A member's own limits, set in their member settings on "
                "the Statement tab, come first; then their category's; an empty category uses "
                "the default. The incubator's own account has no limit. Only a transfer that "
                "takes a balance further beyond a limit is checked: a member beyond a lowered "
                "limit can always come back."
            )
        )
        note.setWordWrap(True)
        limits_box = QGroupBox(self.tr("Limits of the balances"))
        limits_layout = QVBoxLayout(limits_box)
        limits_layout.addLayout(grid)
        limits_layout.addWidget(note)

        self.error = FieldError()
        self.status = QLabel()
        self.status.setObjectName("rulesStatus")
        self.save_button = QPushButton(self.tr("Save the r&ules"))
        self.save_button.setObjectName("saveRulesButton")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        if not self.editable:
            read_only = QLabel(
                self.tr("Only an administrator may change these rules: they are shown read-only.")
            )
            read_only.setWordWrap(True)
            layout.addWidget(read_only)
        layout.addWidget(general)
        layout.addWidget(limits_box)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for w in self._inputs():
            w.setEnabled(self.editable)
        self.save_button.setVisible(self.editable)

    def _inputs(self) -> list[QWidget]:
        out: list[QWidget] = [
            self.auto_accept,
            self.expiry_warning,
            self.limit_mode,
            self.default_min,
            self.default_max,
        ]
        for low, high in self.kind_fields.values():
            out += [low, high]
        return out

    def reload(self) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: get_exchange_rules(s, actor=actor), parent=self, on_done=self._shown
        )

    def _shown(self, rules: ExchangeRules) -> None:
        self.rules = rules
        self.auto_accept.setValue(rules.auto_accept_days)
        self.expiry_warning.setValue(rules.expiry_warning_days)
        mode = getattr(rules.limit_mode, "value", rules.limit_mode)
        self.limit_mode.setCurrentIndex(max(0, self.limit_mode.findData(mode)))
        self.default_min.setText(hours(rules.default_min_minutes))
        self.default_max.setText(hours(rules.default_max_minutes))
        for kind in LIMITED_KINDS:
            low, high = rules.kind_limits.get(kind, (None, None))
            self.kind_fields[kind.value][0].setText(limit_text(low))
            self.kind_fields[kind.value][1].setText(limit_text(high))

    def _values(self):
        """The typed values, or a ValidationError naming every wrong field."""
        errors = {}

        def read(edit: QLineEdit, minimum: bool, field: str) -> int | None:
            try:
                return parse_limit(edit.text(), minimum=minimum, field=field)
            except ValidationError as exc:
                errors.update(exc.field_errors)
                return None

        changes = {
            "auto_accept_days": self.auto_accept.value(),
            "expiry_warning_days": self.expiry_warning.value(),
            "limit_mode": self.limit_mode.currentData(),
            "default_min_minutes": read(self.default_min, True, "default_min_minutes"),
            "default_max_minutes": read(self.default_max, False, "default_max_minutes"),
        }
        for name in ("default_min_minutes", "default_max_minutes"):
            if changes[name] is None and name not in errors:
                errors[name] = msg(QT_TRANSLATE_NOOP("Exchange", "Give the default limit."))
        kinds = {
            kind: (
                read(self.kind_fields[kind.value][0], True, f"min_{kind.value}"),
                read(self.kind_fields[kind.value][1], False, f"max_{kind.value}"),
            )
            for kind in LIMITED_KINDS
        }
        if errors:
            raise ValidationError(errors)
        return changes, kinds

    def _labels(self) -> dict[str, str]:
        labels = {
            "default_min_minutes": self.tr("Minimum balance (default)"),
            "default_max_minutes": self.tr("Maximum balance (default)"),
            "auto_accept_days": self.tr("Automatic acceptance"),
            "expiry_warning_days": self.tr("Expiry warning"),
        }
        for kind in LIMITED_KINDS:
            name = account_kinds_label(kind.value)
            labels[f"min_{kind.value}"] = self.tr("Minimum balance (%1)").replace("%1", name)
            labels[f"max_{kind.value}"] = self.tr("Maximum balance (%1)").replace("%1", name)
        return labels

    def save(self) -> None:
        self.error.clear_error()
        self.status.clear()
        try:
            changes, kinds = self._values()
        except ValidationError as exc:
            self.error.show_error(inline_error_text(exc, self._labels()) or str(exc))
            return
        actor = self.context.actor
        version = self.rules.version_id if self.rules else None

        def work(session):
            update_exchange_rules(session, changes, expected_version=version, actor=actor)
            rules = None
            for kind, (low, high) in kinds.items():
                rules = set_kind_limits(
                    session, kind, min_minutes=low, max_minutes=high, actor=actor
                )
            return rules

        self.context.ops.run(
            work,
            parent=self,
            on_done=self._saved,
            on_error=self._failed,
            changes={EXCHANGE},
        )

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, self._labels())
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _saved(self, rules: ExchangeRules) -> None:
        self._shown(rules)
        self.status.setText(self.tr("The rules are saved; the next exchanges follow them."))
