"""Create or edit a shared service, with its price history and a dated price change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.vocabulary import ServiceUnit
from incubator_app.services.shared_services.catalogue import (
    STANDARD_CATEGORIES,
    SharedServiceView,
    change_service_price,
    create_shared_service,
    list_service_prices,
    update_shared_service,
)
from incubator_app.ui.changes import CATALOGUE, SERVICE_USAGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text, money, parse_hundredths, rate, unit_label
from incubator_app.ui.site_field import SiteCombo
from incubator_app.ui.widgets import FieldError, dialog_header, today_qdate
from incubator_app.ui.windowed_model import Column


def service_field_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "name": t("ServiceDialog", "Name"),
        "category": t("ServiceDialog", "Category"),
        "unit": t("ServiceDialog", "Unit"),
        "unit_price_cents": t("ServiceDialog", "Price excl. VAT"),
        "vat_rate_bp": t("ServiceDialog", "VAT rate"),
        "capacity": t("ServiceDialog", "Capacity"),
        "valid_from": t("ServiceDialog", "Valid from"),
    }


def _money_error(field: str) -> ValidationError:
    return ValidationError(
        {field: msg(QT_TRANSLATE_NOOP("ServiceDialog", "Type an amount such as 12,50."))}
    )


class ServiceDialog(QDialog):
    """`service=None` creates. In edit mode the price fields are the *new price* form: a change
    applies from its date on; past usages keep the price of their day."""

    def __init__(
        self,
        context: AppContext,
        service: SharedServiceView | None = None,
        *,
        on_saved: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.service, self._on_saved = context, service, on_saved
        self.setObjectName("serviceDialog")
        self.setWindowTitle(self.tr("New service") if service is None else self.tr("Edit service"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr("A price change applies from its date on: past usage keeps its price."),
                "services",
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems([QCoreApplication.translate(*c) for c in STANDARD_CATEGORIES])
        self.unit = QComboBox()
        for unit in ServiceUnit:
            self.unit.addItem(unit_label(unit), unit.value)
        self.bookable = QCheckBox(self.tr("&Bookable (room, equipment)"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 999)
        self.active = QCheckBox(self.tr("&Offered"))
        self.active.setChecked(True)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow("", self.bookable)
        form.addRow(self.tr("Ca&pacity:"), self.capacity)
        form.addRow("", self.active)
        # In a network only: the site that offers it, or the whole network.
        self.site = (
            SiteCombo(context, parent=self)
            if service is None
            else SiteCombo(context, service.site_id, parent=self)
        )
        if self.site.shown:
            form.addRow(self.tr("Si&te:"), self.site)
        outer.addLayout(form)

        prices = QGroupBox(self.tr("Price") if service is None else self.tr("Price history"))
        box = QVBoxLayout(prices)
        self.history_model = RowListModel(
            [
                Column(self.tr("Valid from"), lambda p: day_text(p.valid_from)),
                Column(
                    self.tr("Price excl. VAT"),
                    lambda p: money(p.unit_price_cents),
                    align_right=True,
                ),
                Column(self.tr("VAT"), lambda p: rate(p.vat_rate_bp), align_right=True),
            ],
            self,
        )
        self.history = QTableView()
        self.history.setObjectName("priceHistory")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(140)
        self.history.setVisible(service is not None)
        box.addWidget(self.history)
        row = QHBoxLayout()
        self.valid_from = QDateEdit(today_qdate())
        self.valid_from.setDisplayFormat("dd/MM/yyyy")
        self.valid_from.setCalendarPopup(True)
        self.price = QLineEdit()
        self.price.setPlaceholderText("0,00")
        self.vat = QLineEdit("20")
        self.vat.setMaximumWidth(70)
        label_from = QLabel(self.tr("&From"))
        label_from.setBuddy(self.valid_from)
        label_price = QLabel(self.tr("P&rice excl. VAT (€)"))
        label_price.setBuddy(self.price)
        label_vat = QLabel(self.tr("&VAT (%)"))
        label_vat.setBuddy(self.vat)
        for w in (label_from, self.valid_from, label_price, self.price, label_vat, self.vat):
            row.addWidget(w)
        box.addLayout(row)
        self.add_price = QPushButton(self.tr("&Add this price"))
        self.add_price.setVisible(service is not None)
        self.add_price.clicked.connect(self._add_price)
        box.addWidget(self.add_price)
        outer.addWidget(prices)

        self.error = FieldError()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if service is not None:
            self._fill(service)

    def _fill(self, s: SharedServiceView) -> None:
        self.name.setText(s.name)
        self.category.setCurrentText(s.category)
        self.unit.setCurrentIndex(self.unit.findData(s.unit.value))
        self.bookable.setChecked(s.bookable)
        self.capacity.setValue(s.capacity)
        self.active.setChecked(s.active)
        self.price.setText(money(s.unit_price_cents).replace("\u00a0€", ""))
        self.vat.setText(rate(s.vat_rate_bp).replace("\u00a0%", ""))
        self._load_history()

    def _load_history(self) -> None:
        assert self.service is not None
        with self.context.db.session() as session:
            rows = list_service_prices(session, self.service.id, actor=self.context.actor)
        self.history_model.set_rows(rows)

    def _prices(self) -> tuple[int, int]:
        cents = parse_hundredths(self.price.text())
        if cents is None:
            raise _money_error("unit_price_cents")
        vat = parse_hundredths(self.vat.text())
        if vat is None:
            raise _money_error("vat_rate_bp")
        return cents, vat

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, service_field_labels())
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _add_price(self) -> None:
        assert self.service is not None
        try:
            cents, vat = self._prices()
        except ValidationError as exc:
            self._fail(exc)
            return
        sid, actor, day = self.service.id, self.context.actor, self.valid_from.date().toPython()
        self.context.ops.run(
            lambda s: change_service_price(
                s, sid, valid_from=day, unit_price_cents=cents, vat_rate_bp=vat, actor=actor
            ),
            label=self.tr("Saving the price…"),
            parent=self,
            on_done=lambda _r: (self.error.clear_error(), self._load_history()),
            on_error=self._fail,
            changes={CATALOGUE, SERVICE_USAGE},
        )

    def _save(self) -> None:
        self.error.clear_error()
        actor = self.context.actor
        values: dict[str, Any] = {
            "name": self.name.text(),
            "category": self.category.currentText(),
            "unit": self.unit.currentData(),
            "bookable": self.bookable.isChecked(),
            "capacity": self.capacity.value(),
        }
        if self.site.shown:
            values["site_id"] = self.site.value()
        if self.service is None:
            try:
                cents, vat = self._prices()
            except ValidationError as exc:
                self._fail(exc)
                return
            day = self.valid_from.date().toPython()

            def work(s: Any) -> Any:
                return create_shared_service(
                    s, **values, unit_price_cents=cents, vat_rate_bp=vat,
                    price_valid_from=day, actor=actor,
                )  # fmt: skip
        else:
            values["active"] = self.active.isChecked()
            sid, version = self.service.id, self.service.version_id

            def work(s: Any) -> Any:
                return update_shared_service(
                    s, sid, expected_version=version, actor=actor, **values
                )

        self.context.ops.run(
            work,
            label=self.tr("Saving the service…"),
            parent=self,
            on_done=self._done,
            on_error=self._fail,
            changes={CATALOGUE},
        )

    def _done(self, result: Any) -> None:
        if self._on_saved:
            self._on_saved(result)
        self.accept()
