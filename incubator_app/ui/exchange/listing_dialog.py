"""Publish an offer or a request for a member: title, category, tags, place, availability,
estimated hours and expiry. An offer within the member's declared trade is published with the
professional-activity warning, which the dialog tells right away."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.exchange.accounts import MemberChoice
from incubator_app.services.exchange.hours import parse_hours
from incubator_app.services.exchange.listings import ListingView, publish_listing
from incubator_app.ui.changes import EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.member_picker import MemberPicker
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError, today_qdate


class ListingDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        members: Sequence[MemberChoice],
        categories: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.published: ListingView | None = None
        self.setWindowTitle(self.tr("Publish an offer or a request"))
        self.member = MemberPicker()
        self.member.set_members(members)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Offer: I can do it"), "offer")
        self.kind.addItem(self.tr("Request: I am looking for it"), "request")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Affiche pour un spectacle"))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(list(categories))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("affiche, graphisme"))
        self.territory = QLineEdit()
        self.availability = QLineEdit()
        self.estimate = QLineEdit()
        self.estimate.setPlaceholderText(self.tr("1,5 or 1h30"))
        self.expires = QDateEdit(today_qdate().addMonths(3))
        self.expires.setDisplayFormat("dd/MM/yyyy")
        self.expires.setCalendarPopup(True)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow(self.tr("&Where:"), self.territory)
        form.addRow(self.tr("&Availability:"), self.availability)
        form.addRow(self.tr("About (&hours):"), self.estimate)
        form.addRow(self.tr("&Expires on:"), self.expires)
        form.addRow(self.tr("&Description:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Publish"))
        buttons.accepted.connect(self.publish)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def publish(self) -> None:
        self.error.clear_error()
        account_id = self.member.selected_id()
        if account_id is None:
            self.error.show_error(self.tr("Choose the member from the list."))
            return
        try:
            minutes = parse_hours(self.estimate.text()) if self.estimate.text().strip() else None
        except Exception as exc:  # noqa: BLE001 (shown inline)
            self.error.show_error(inline_error_text(exc) or str(exc))
            return
        actor = self.context.actor
        values = {
            "account_id": account_id,
            "kind": self.kind.currentData(),
            "title": self.title_edit.text(),
            "category": self.category.currentText(),
            "tags": self.tags.text(),
            "territory": self.territory.text(),
            "availability": self.availability.text(),
            "estimated_minutes": minutes,
            "expires_on": self.expires.date().toPython(),
            "description": self.description.toPlainText(),
        }
        self.context.ops.run(
            lambda s: publish_listing(s, **values, actor=actor),
            parent=self,
            on_done=self._published,
            on_error=self._failed,
            changes={EXCHANGE},
        )

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _published(self, listing: ListingView) -> None:
        self.published = listing
        if listing.professional_warning:
            QMessageBox.information(
                self,
                self.tr("Within the member's trade"),
                self.tr(
                    "This offer falls within the member's declared trade. An exchange system "
                    "stays non-professional only while exchanges are occasional and outside "
                    "one's trade: staff will review it in the list before it is allowed."
                ),
            )
        self.accept()
