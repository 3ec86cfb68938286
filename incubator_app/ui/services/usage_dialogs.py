"""Quick entry of one usage (Ctrl+N) and bulk entry of a monthly subscription with a preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.vocabulary import ServiceUnit
from incubator_app.services.coaching.lookup import resolve_entrepreneur
from incubator_app.services.money import amount_for
from incubator_app.services.shared_services.catalogue import list_shared_services, price_on
from incubator_app.services.shared_services.usage import record_service_usage
from incubator_app.services.shared_services.usage_bulk import (
    MonthlyChargePreview,
    charge_monthly_subscription,
    preview_monthly_charge,
)
from incubator_app.ui.changes import SERVICE_USAGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import (
    money,
    month_text,
    parse_hundredths,
    quantity,
    rate,
    unit_label,
)
from incubator_app.ui.services.service_dialog import service_field_labels
from incubator_app.ui.widgets import FieldError, dialog_header, today_qdate
from incubator_app.ui.windowed_model import Column


def fill_services(combo: QComboBox, context: AppContext, *, monthly_first: bool = False) -> None:
    with context.db.session() as session:
        services = list_shared_services(session, actor=context.actor, active_only=True)
    if monthly_first:
        services.sort(key=lambda s: (s.unit is not ServiceUnit.MONTH, s.category, s.name))
    for s in services:
        combo.addItem(f"{s.name} ({unit_label(s.unit)})", s.id)


class QuickUsageDialog(QDialog):
    """Service, entrepreneur, date, quantity → the amount at the price of that day."""

    def __init__(
        self,
        context: AppContext,
        *,
        entrepreneur: tuple[int, str] | None = None,
        on_saved: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self._on_saved = context, on_saved
        self.saved: Any = None
        self.setObjectName("quickUsageDialog")
        self.setWindowTitle(self.tr("Record a service usage"))
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr("Charged at the price of the day of use."),
                "services",
            )
        )
        form = QFormLayout()
        self.service = QComboBox()
        fill_services(self.service, context)
        self.person = EntrepreneurPicker(context)
        if entrepreneur is not None:
            self.person.set_entrepreneur(*entrepreneur)
        self.day = QDateEdit(today_qdate())
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.quantity = QLineEdit("1")
        self.amount = QLabel()
        self.amount.setObjectName("usageAmount")
        form.addRow(self.tr("&Service:"), self.service)
        form.addRow(self.tr("E&ntrepreneur:"), self.person)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Quantity:"), self.quantity)
        form.addRow(self.tr("Amount:"), self.amount)
        outer.addLayout(form)
        self.error = FieldError()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.service.currentIndexChanged.connect(self._show_amount)
        self.day.dateChanged.connect(self._show_amount)
        self.quantity.textChanged.connect(self._show_amount)
        self._show_amount()
        self.service.setFocus()

    def _show_amount(self) -> None:
        sid, qty = self.service.currentData(), parse_hundredths(self.quantity.text())
        if sid is None or qty is None:
            self.amount.setText("—")
            return
        with self.context.db.session() as session:
            price = price_on(session, sid, self.day.date().toPython())
        ht = amount_for(price.unit_price_cents, qty)  # the rule the service charges with
        self.amount.setText(
            self.tr("{amount} excl. VAT ({price} × {qty}, VAT {rate})").format(
                amount=money(ht),
                price=money(price.unit_price_cents),
                qty=quantity(qty),
                rate=rate(price.vat_rate_bp),
            )
        )

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, service_field_labels())
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _save(self) -> None:
        self.error.clear_error()
        qty = parse_hundredths(self.quantity.text())
        if qty is None or qty == 0:
            self._fail(
                ValidationError(
                    {
                        "quantity_hundredths": msg(
                            QT_TRANSLATE_NOOP("QuickUsageDialog", "Type a quantity such as 1,5.")
                        )
                    }
                )
            )
            return
        actor, sid, day = self.context.actor, self.service.currentData(), self.day.date().toPython()
        text, picked = self.person.text(), self.person.selected_id

        def work(session: Any) -> Any:
            person_id = resolve_entrepreneur(session, text, actor=actor, selected_id=picked)
            if person_id is None:
                raise ValidationError(
                    {
                        "entrepreneur_id": msg(
                            QT_TRANSLATE_NOOP("Validation", "This field is required.")
                        )
                    }
                )
            return record_service_usage(
                session, service_id=sid, entrepreneur_id=person_id, used_on=day,
                quantity_hundredths=qty, actor=actor,
            )  # fmt: skip

        self.context.ops.run(
            work,
            label=self.tr("Saving the usage…"),
            parent=self,
            on_done=self._done,
            on_error=self._fail,
            changes={SERVICE_USAGE},
        )

    def _done(self, result: Any) -> None:
        self.saved = result
        if self._on_saved:
            self._on_saved(result)
        self.accept()


class MonthlyChargeDialog(QDialog):
    """A subscription (desk, accounting…) for every incubated entrepreneur of a month: preview
    who will be charged and who already is, then charge them in one transaction."""

    def __init__(
        self,
        context: AppContext,
        *,
        on_saved: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self._on_saved = context, on_saved
        self.preview: MonthlyChargePreview | None = None
        self.result_: Any = None
        self.setObjectName("monthlyChargeDialog")
        self.setWindowTitle(self.tr("Charge a monthly subscription"))
        self.setMinimumSize(560, 520)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr(
                    "Every entrepreneur under a running contract this month; those already "
                    "charged for the service this month are skipped."
                ),
                "services",
            )
        )
        form = QFormLayout()
        self.service = QComboBox()
        fill_services(self.service, context, monthly_first=True)
        self.month = QDateEdit(today_qdate())
        self.month.setDisplayFormat("MM/yyyy")
        self.quantity = QLineEdit("1")
        form.addRow(self.tr("&Service:"), self.service)
        form.addRow(self.tr("&Month:"), self.month)
        form.addRow(self.tr("&Quantity each:"), self.quantity)
        outer.addLayout(form)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        outer.addWidget(self.preview_button)
        self.summary = QLabel()
        self.summary.setObjectName("chargeSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        charged, skipped = self.tr("will be charged"), self.tr("already charged: skipped")
        self.model = RowListModel(
            [
                Column(self.tr("Entrepreneur"), lambda c: c.name),
                Column(self.tr("Status"), lambda c: skipped if c.already_charged else charged),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("chargePreview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 1)
        self.error = FieldError()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.charge_button = self.buttons.addButton(
            self.tr("&Charge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.charge_button.setEnabled(False)
        self.buttons.accepted.connect(self.charge)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for signal in (
            self.service.currentIndexChanged,
            self.month.dateChanged,
            self.quantity.textChanged,
        ):
            signal.connect(self._stale)

    def _stale(self, *_args: Any) -> None:
        self.preview = None
        self.charge_button.setEnabled(False)
        self.charge_button.setText(self.tr("&Charge"))
        self.preview_button.setDefault(True)

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, service_field_labels())
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def show_preview(self) -> None:
        self.error.clear_error()
        qty = parse_hundredths(self.quantity.text())
        sid, month = self.service.currentData(), self.month.date().toPython().replace(day=1)
        if sid is None or qty is None or qty == 0:
            self.error.show_error(self.tr("Choose a service and a quantity such as 1."))
            return
        try:
            with self.context.db.session() as session:
                preview = preview_monthly_charge(
                    session, sid, month, quantity_hundredths=qty, actor=self.context.actor
                )
        except Exception as exc:  # noqa: BLE001 (domain errors shown inline)
            if not self._fail(exc):
                raise
            return
        self.preview = preview
        self.model.set_rows(preview.candidates)
        count = len(preview.to_charge)
        self.summary.setText(
            self.tr(
                "{service}, {month}: {count} to charge {amount} excl. VAT each "
                "(total {total} incl. VAT); {skipped} already charged."
            ).format(
                service=preview.service_name,
                month=month_text(preview.month),
                count=count,
                amount=money(preview.amount_cents),
                total=money(count * (preview.amount_cents + preview.vat_cents)),
                skipped=len(preview.skipped),
            )
        )
        self.charge_button.setText(self.tr("&Charge %n entrepreneur(s)", "", count))
        self.charge_button.setEnabled(count > 0)
        if count:
            self.charge_button.setDefault(True)

    def charge(self) -> None:
        preview = self.preview
        if preview is None or not preview.to_charge:
            return
        ids = [c.entrepreneur_id for c in preview.to_charge]
        actor, sid, month, qty = (
            self.context.actor,
            preview.service_id,
            preview.month,
            preview.quantity_hundredths,
        )
        self.charge_button.setEnabled(False)
        self.context.ops.run(
            lambda s: charge_monthly_subscription(
                s, sid, month, entrepreneur_ids=ids, quantity_hundredths=qty, actor=actor
            ),
            label=self.tr("Charging…"),
            parent=self,
            on_done=self._done,
            on_error=self._fail,
            changes={SERVICE_USAGE},
        )

    def _done(self, result: Any) -> None:
        self.result_ = result
        if self._on_saved:
            self._on_saved(result)
        self.accept()
