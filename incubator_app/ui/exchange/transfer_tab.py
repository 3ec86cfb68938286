"""Record an exchange in a few keystrokes (payer, receiver, hours, Enter), or ask the payer to
accept it (payment request); the requests waiting for an answer, accepted automatically after
the incubator's delay; a workshop given to several members (one transfer, many payers: type a
name then `+` to add the next one on that side), or one member paying several."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.exchange.accounts import member_choices
from incubator_app.services.exchange.hours import parse_hours
from incubator_app.services.exchange.ledger import record_transfer
from incubator_app.services.exchange.listing_list import listing_categories
from incubator_app.services.exchange.payment_requests import (
    accept_payment_request,
    list_payment_requests,
    refuse_payment_request,
    request_payment,
    settle_due_requests,
)
from incubator_app.ui.changes import EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.member_group import MemberGroup
from incubator_app.ui.exchange.member_picker import MemberPicker
from incubator_app.ui.exchange.texts import day, hours
from incubator_app.ui.messages import inline_error_text, show_error
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.widgets import FieldError
from incubator_app.ui.windowed_model import Column


class TransferTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.payer_group = MemberGroup("exchangePayer")
        self.payee_group = MemberGroup("exchangePayee")
        self.payer, self.payee = self.payer_group.picker, self.payee_group.picker
        for group in (self.payer_group, self.payee_group):
            group.invalid.connect(self._group_error)
            group.changed.connect(self._groups_changed)
        self.hours = QLineEdit()
        self.hours.setObjectName("exchangeHours")
        self.hours.setPlaceholderText(self.tr("1,5 or 1h30"))
        self.hours.setMaximumWidth(120)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was exchanged"))
        self.as_request = QCheckBox(self.tr("As a re&quest: the payer accepts it first"))
        self.record_button = QPushButton(self.tr("Recor&d"))
        self.record_button.setObjectName("recordTransferButton")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        for field in (self.hours, self.note):
            field.returnPressed.connect(self.record)
        # The offer or request this exchange settles (from the Offers and requests tab).
        self.listing_id: int | None = None
        self._pending_author: tuple[MemberPicker, int] | None = None
        self.settles = QLabel()
        self.settles.setObjectName("settlesListing")
        self.settles.setWordWrap(True)
        self.settles_clear = QPushButton(self.tr("&Unlink"))
        self.settles_clear.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.settles_clear.clicked.connect(lambda: self.settle_listing(None))
        self.error = FieldError()
        self.status = QLabel()
        self.status.setObjectName("transferStatus")
        self.status.setWordWrap(True)

        form = self.form = QFormLayout()
        self.payer_label = QLabel(self.tr("&Paid by (received the service):"))
        self.payer_label.setBuddy(self.payer)
        self.payee_label = QLabel(self.tr("&Credited to (gave the service):"))
        self.payee_label.setBuddy(self.payee)
        form.addRow(self.payer_label, self.payer_group)
        form.addRow(self.payee_label, self.payee_group)
        self.hours_label = QLabel(self.tr("Ho&urs:"))
        self.hours_label.setBuddy(self.hours)
        form.addRow(self.hours_label, self.hours)
        form.addRow(self.tr("Cate&gory:"), self.category)
        form.addRow(self.tr("&Note:"), self.note)
        self.settles_row = QHBoxLayout()
        self.settles_row.addWidget(self.settles, 1)
        self.settles_row.addWidget(self.settles_clear)
        form.addRow(self.settles_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.as_request)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        form.addRow(buttons)
        form.addRow(self.error)
        form.addRow(self.status)
        box = QGroupBox(self.tr("Record an exchange"))
        box.setLayout(form)

        self.requests = RowListModel(
            [
                Column(self.tr("Asked on"), lambda r: day(r.requested_on)),
                Column(self.tr("Payer"), lambda r: r.payer_label),
                Column(self.tr("Credited to"), lambda r: r.payee_label),
                Column(self.tr("Hours"), lambda r: hours(r.minutes), align_right=True),
                Column(self.tr("Note"), lambda r: r.note or r.category or ""),
                Column(self.tr("Accepted automatically on"), lambda r: day(r.auto_accept_on)),
            ],
            self,
        )
        self.request_table = QTableView()
        self.request_table.setObjectName("paymentRequests")
        self.request_table.setModel(self.requests)
        self.request_table.verticalHeader().hide()
        self.request_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.request_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.request_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.refuse_button = QPushButton(self.tr("Refuse…"))
        self.refuse_button.clicked.connect(self.refuse_selected)
        request_buttons = QHBoxLayout()
        self.requests_label = QLabel()
        request_buttons.addWidget(self.requests_label, 1)
        request_buttons.addWidget(self.accept_button)
        request_buttons.addWidget(self.refuse_button)
        requests_box = QGroupBox(self.tr("Payment requests waiting for the payer"))
        requests_layout = QVBoxLayout(requests_box)
        requests_layout.addLayout(request_buttons)
        requests_layout.addWidget(self.request_table)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(requests_box, 1)
        self.settle_listing(None)
        self.setTabOrder(self.payer, self.payee)
        self.setTabOrder(self.payee, self.hours)
        self.setTabOrder(self.hours, self.category)
        self.setTabOrder(self.category, self.note)
        self.setTabOrder(self.note, self.as_request)
        self.setTabOrder(self.as_request, self.record_button)

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.context.actor

        def load(session):
            # Requests whose day has come are accepted first (the app's clock decides).
            settled = settle_due_requests(session, actor=actor) if _may_record(actor) else None
            return (
                member_choices(session, actor=actor),
                listing_categories(session, actor=actor),
                list_payment_requests(session, actor=actor),
                settled,
            )

        self.context.ops.run(load, parent=self, on_done=self._loaded)

    def _loaded(self, result) -> None:
        members, categories, requests, settled = result
        self.payer.set_members(members)
        self.payee.set_members(members)
        if self._pending_author is not None:
            picker, account_id = self._pending_author
            picker.select(account_id)
            self._pending_author = None
        current = self.category.currentText()
        self.category.clear()
        self.category.addItem("")
        self.category.addItems(categories)
        self.category.setEditText(current)
        self.requests.set_rows(requests)
        text = self.tr("%n request(s) waiting.", "", len(requests))
        if settled is not None and settled.accepted:
            text += " " + self.tr(
                "%n request(s) accepted automatically after the delay.", "", len(settled.accepted)
            )
        if settled is not None and settled.blocked:
            text += " " + self.tr("%n blocked by a limit.", "", len(settled.blocked))
        self.requests_label.setText(text)

    # -- actions ------------------------------------------------------------------------

    def settle_listing(self, listing) -> None:
        """Links the next exchange to an offer or a request (None: no link): its author is the
        one who gives (an offer) or who receives and pays (a request), its category is the
        exchange's."""
        self.listing_id = None if listing is None else listing.id
        # The whole row, so that no empty gap stays in the form.
        self.form.setRowVisible(self.settles_row, listing is not None)
        if listing is None:
            return
        text = (
            self.tr("Settles the offer « %1 » of %2.")
            if listing.kind == "offer"
            else self.tr("Settles the request « %1 » of %2.")
        )
        self.settles.setText(text.replace("%1", listing.title).replace("%2", listing.author))
        author = self.payee if listing.kind == "offer" else self.payer
        self.payer_group.clear()
        self.payee_group.clear()
        for picker in (self.payer, self.payee):
            picker.setCurrentIndex(-1)
            picker.setEditText("")
        if author.findData(listing.account_id) < 0:
            # The members are still loading: selected when they arrive.
            self._pending_author = (author, listing.account_id)
        author.select(listing.account_id)
        self.category.setEditText(listing.category)
        if listing.estimated_minutes:
            self.hours.setText(hours(listing.estimated_minutes).replace(" ", ""))
        (self.payer if listing.kind == "offer" else self.payee).setFocus()

    def _group_error(self, text: str) -> None:
        self.error.show_error(text)

    def _groups_changed(self) -> None:
        """With several members on one side, the hours are per member and a payment request
        (between two members) is not offered."""
        many = len(self.payer_group.members()) > 1 or len(self.payee_group.members()) > 1
        self.hours_label.setText(self.tr("Ho&urs each:") if many else self.tr("Ho&urs:"))
        self.as_request.setEnabled(not many)
        if many:
            self.as_request.setChecked(False)

    def record(self) -> None:
        self.error.clear_error()
        payers, payees = self.payer_group.members(), self.payee_group.members()
        for group, chosen in ((self.payer_group, payers), (self.payee_group, payees)):
            if group.typed_but_unknown() or not chosen:
                self.error.show_error(self.tr("Choose both members from the list."))
                group.picker.setFocus()
                return
        if len(payers) > 1 and len(payees) > 1:
            self.error.show_error(
                self.tr("Several members on one side only: one giver, or one payer.")
            )
            return
        payer_ids, payee_ids = [a for a, _ in payers], [a for a, _ in payees]
        try:
            minutes = parse_hours(self.hours.text())
        except Exception as exc:  # noqa: BLE001 (shown inline)
            self.error.show_error(inline_error_text(exc) or str(exc))
            self.hours.setFocus()
            return
        actor = self.context.actor
        category, note = self.category.currentText(), self.note.text()
        as_request = self.as_request.isChecked()

        as_request = as_request and len(payer_ids) == len(payee_ids) == 1
        listing_id = self.listing_id

        def save(session):
            if as_request:
                return request_payment(
                    session, payer_id=payer_ids[0], payee_id=payee_ids[0], minutes=minutes,
                    category=category, note=note, listing_id=listing_id, actor=actor,
                )  # fmt: skip
            return record_transfer(
                session, from_ids=payer_ids, to_ids=payee_ids, minutes=minutes,
                category=category, note=note, listing_id=listing_id, actor=actor,
            )  # fmt: skip

        names = (_names([n for _, n in payers]), _names([n for _, n in payees]))
        self.context.ops.run(
            save,
            parent=self,
            on_done=lambda view: self._saved(view, names, minutes, as_request),
            on_error=self._save_failed,
            changes={EXCHANGE},
        )

    def _save_failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _saved(self, view, names: tuple[str, str], minutes: int, as_request: bool) -> None:
        if as_request:
            self.status.setText(
                self.tr("Request no. %1 sent: %2 from %3 to %4, accepted automatically on %5.")
                .replace("%1", str(view.id)).replace("%2", hours(minutes))
                .replace("%3", names[0]).replace("%4", names[1])
                .replace("%5", day(view.auto_accept_on))
            )  # fmt: skip
        else:
            text = (
                self.tr("Exchange no. %1 recorded: %2 from %3 to %4.")
                .replace("%1", str(view.id)).replace("%2", hours(minutes))
                .replace("%3", names[0]).replace("%4", names[1])
            )  # fmt: skip
            if view.total_minutes != minutes:
                text += " " + self.tr("%1 each, %2 in all.").replace("%1", hours(minutes)).replace(
                    "%2", hours(view.total_minutes)
                )
            if view.flagged:
                text += " " + self.tr("Beyond a limit: flagged for staff.")
            self.status.setText(text)
        self.hours.clear()
        self.note.clear()
        self.payer_group.clear()
        self.payee_group.clear()
        self.settle_listing(None)
        self.payer.setFocus()
        self.payer.lineEdit().selectAll()

    def _selected_request(self):
        rows = self.request_table.selectionModel().selectedRows()
        return self.requests.row_at(rows[0].row()) if rows else None

    def accept_selected(self) -> None:
        request = self._selected_request()
        if request is None:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: accept_payment_request(
                s, request.id, expected_version=request.version_id, actor=actor
            ),
            parent=self,
            on_done=lambda _v: self.reload(),
            changes={EXCHANGE},
        )

    def refuse_selected(self) -> None:
        request = self._selected_request()
        if request is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Refuse the request"), self.tr("Why is it refused?")
        )
        if not ok:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: refuse_payment_request(
                s, request.id, reason=reason, expected_version=request.version_id, actor=actor
            ),
            parent=self,
            on_done=lambda _v: self.reload(),
            on_error=lambda exc: bool(show_error(self, exc)),
            changes={EXCHANGE},
        )


def _names(names: list[str]) -> str:
    """ "Léa Fabre", "Léa Fabre, Hugo Morel", "Léa Fabre, Hugo Morel +6" (a workshop)."""
    shown = ", ".join(names[:2])
    return f"{shown} +{len(names) - 2}" if len(names) > 2 else shown


def _may_record(actor) -> bool:
    from incubator_app.services.exchange.access import sees_private_balances

    return sees_private_balances(actor)
