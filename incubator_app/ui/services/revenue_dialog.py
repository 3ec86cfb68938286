"""Record (or correct) an entrepreneur's revenue for a month and a channel.

The service keeps one amount per entrepreneur, month and channel: saving again replaces it. The
dialog shows what is already recorded and saves with that version, so a concurrent change is
refused instead of silently overwritten."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.vocabulary import RevenueChannel
from incubator_app.services.coaching.lookup import resolve_entrepreneur
from incubator_app.services.shared_services.revenue import RevenueView, list_revenue, record_revenue
from incubator_app.ui.changes import REVENUE
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.money_text import money, month_text, parse_hundredths
from incubator_app.ui.widgets import FieldError, dialog_header, today_qdate


def _labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "entrepreneur_id": t("RevenueDialog", "Entrepreneur"),
        "month": t("RevenueDialog", "Month"),
        "channel": t("RevenueDialog", "Channel"),
        "amount_cents": t("RevenueDialog", "Amount"),
    }


class RevenueDialog(QDialog):
    """Entrepreneur, month (last month by default), channel, amount in euros."""

    def __init__(
        self,
        context: AppContext,
        *,
        entrepreneur_id: int | None = None,
        on_saved: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self._on_saved = context, on_saved
        self.saved: RevenueView | None = None
        self.existing: RevenueView | None = None
        self.setObjectName("revenueDialog")
        self.setWindowTitle(self.tr("Record revenue"))
        self.setMinimumWidth(500)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr(
                    "One amount per month and channel: saving again replaces the amount "
                    "already recorded."
                ),
                "services",
            )
        )
        form = QFormLayout()
        self.person = EntrepreneurPicker(context)
        self.month = QDateEdit(today_qdate().addMonths(-1))
        self.month.setDisplayFormat("MM/yyyy")
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Invoiced under the incubator"), RevenueChannel.INCUBATOR)
        self.channel.addItem(self.tr("Invoiced on own account"), RevenueChannel.OWN)
        self.amount = QLineEdit()
        self.amount.setObjectName("revenueAmount")
        self.amount.setPlaceholderText(self.tr("in euros, e.g. 1 234,50"))
        self.current = QLabel()
        self.current.setObjectName("revenueCurrent")
        self.current.setWordWrap(True)
        form.addRow(self.tr("E&ntrepreneur:"), self.person)
        form.addRow(self.tr("&Month:"), self.month)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&Amount (€):"), self.amount)
        form.addRow("", self.current)
        outer.addLayout(form)
        self.error = FieldError()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.person.picked.connect(lambda _c: self._show_current())
        self.person.cleared.connect(self._show_current)
        self.month.dateChanged.connect(lambda _d: self._show_current())
        self.channel.currentIndexChanged.connect(lambda _i: self._show_current())
        if entrepreneur_id is not None:
            self.person.set_entrepreneur(entrepreneur_id)
            self._show_current()
            self.month.setFocus()
        else:
            self._show_current()
            self.person.setFocus()

    def _month(self):
        return self.month.date().toPython().replace(day=1)

    def _show_current(self) -> None:
        """What is already recorded for this entrepreneur, month and channel (if picked)."""
        self.existing = None
        person = self.person.selected_id
        if person is None:
            self.current.setText("")
            return
        month, channel = self._month(), self.channel.currentData()
        with self.context.db.session() as session:
            rows = list_revenue(
                session, person, actor=self.context.actor, date_from=month, date_to=month
            )
        self.existing = next((r for r in rows if r.channel == channel), None)
        if self.existing is None:
            self.current.setText(
                self.tr("Nothing recorded yet for {month}.").format(month=month_text(month))
            )
        else:
            self.current.setText(
                self.tr("Already recorded for {month}: {amount}. Saving replaces it.").format(
                    month=month_text(month), amount=money(self.existing.amount_cents)
                )
            )

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, _labels())
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _save(self) -> None:
        self.error.clear_error()
        cents = parse_hundredths(self.amount.text())
        if cents is None:
            self._fail(
                ValidationError(
                    {
                        "amount_cents": msg(
                            QT_TRANSLATE_NOOP(
                                "RevenueDialog",
                                "Type an amount in euros, zero or more, such as 1 234,50.",
                            )
                        )
                    }
                )
            )
            self.amount.setFocus()
            self.amount.selectAll()
            return
        actor, month, channel = self.context.actor, self._month(), self.channel.currentData()
        text, picked = self.person.text(), self.person.selected_id
        expected = self.existing.version_id if self.existing is not None else None

        def work(session: Any) -> RevenueView:
            person_id = resolve_entrepreneur(session, text, actor=actor, selected_id=picked)
            if person_id is None:
                raise ValidationError(
                    {
                        "entrepreneur_id": msg(
                            QT_TRANSLATE_NOOP("Validation", "This field is required.")
                        )
                    }
                )
            return record_revenue(
                session, entrepreneur_id=person_id, month=month, amount_cents=cents,
                channel=channel, expected_version=expected if person_id == picked else None,
                actor=actor,
            )  # fmt: skip

        self.context.ops.run(
            work,
            label=self.tr("Saving the revenue…"),
            parent=self,
            on_done=self._done,
            on_error=self._fail,
            changes={REVENUE},
        )

    def _done(self, result: RevenueView) -> None:
        self.saved = result
        if self._on_saved:
            self._on_saved(result)
        self.accept()
