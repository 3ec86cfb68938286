"""Offers and requests: filters (kind, category, words, expired too), the list sorted in SQL,
the matches of the selected one, listings about to expire (within the incubator's warning delay:
shown above the list and in colour, their authors' warning recorded, renewal in one click), and
staff's review of an offer within its author's trade."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.exchange.listing_list import (
    ListingFilter,
    ListingListSource,
    find_matches,
    listing_categories,
)
from incubator_app.services.exchange.listings import (
    expiring_listings,
    review_professional_activity,
    update_listing,
    warn_expiring_listings,
)
from incubator_app.services.exchange.rules import get_exchange_rules
from incubator_app.ui.changes import EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.texts import day, hours, kind_label
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column, Debouncer, WindowedTableModel

WARNING = QColor("#a8431f")


class ListingsTab(QWidget):
    # The exchange that settles this listing is to be recorded (the page opens the Record tab).
    record_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = QComboBox()
        self.kind.setObjectName("listingKind")
        for text, value in (
            (self.tr("Offers and requests"), None),
            (self.tr("Offers"), "offer"),
            (self.tr("Requests"), "request"),
        ):
            self.kind.addItem(text, value)
        self.category = QComboBox()
        self.category.setObjectName("listingCategory")
        # A fixed width: the categories arrive after the first layout.
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(20)
        self.search = QLineEdit()
        self.search.setObjectName("listingSearch")
        self.search.setPlaceholderText(self.tr("Words of the title or tags…"))
        self.search.setClearButtonEnabled(True)
        self.expired = QCheckBox(self.tr("E&xpired too"))
        search_label = QLabel(self.tr("Fi&nd:"))
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        for w in (self.kind, self.category, search_label, self.search, self.expired):
            top.addWidget(w)
        top.setStretchFactor(self.search, 1)
        self.publish_button = QPushButton(self.tr("&Publish…"))
        self.publish_button.setObjectName("publishListingButton")
        self.publish_button.setVisible(_staff(context))
        self.publish_button.clicked.connect(self.open_publish_dialog)
        top.addWidget(self.publish_button)
        self.expiring = QLabel()
        self.expiring.setObjectName("expiringListings")
        self.expiring.setWordWrap(True)
        self.expiring.setStyleSheet(f"color: {WARNING.name()};")
        self.expiring.setVisible(False)

        self.warning_days = 7
        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Kind"), lambda r: kind_label(r.kind), "kind"),
                Column(self.tr("Title"), lambda r: r.title, "title"),
                Column(self.tr("Category"), lambda r: r.category, "category"),
                Column(self.tr("Member"), lambda r: r.author, "author"),
                Column(self.tr("Where"), lambda r: r.territory or ""),
                Column(
                    self.tr("About"),
                    lambda r: hours(r.estimated_minutes) if r.estimated_minutes else "",
                    align_right=True,
                ),  # fmt: skip
                Column(
                    self.tr("Expires"),
                    lambda r: day(r.expires_on),
                    "expires_on",
                    foreground=lambda r: WARNING if self._expires_soon(r) else None,
                    tooltip=self._expiry_tooltip,
                ),
                Column(
                    self.tr("Trade"),
                    lambda r: self.tr("to review") if r.professional_warning else "",
                    foreground=lambda r: WARNING,
                    tooltip=lambda r: (
                        self.tr(
                            "This offer falls within the member's declared trade: staff decide "
                            "whether it stays in the exchange (non-professional use only)."
                        )
                        if r.professional_warning
                        else None
                    ),
                ),  # fmt: skip
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("listingTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # Qt's header starts descending: soonest expiry first.
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

        self.matches = RowListModel(
            [
                Column(self.tr("Kind"), lambda m: kind_label(m.listing.kind)),
                Column(self.tr("Match"), lambda m: m.listing.title),
                Column(self.tr("Member"), lambda m: m.listing.author),
                Column(self.tr("Score"), lambda m: str(m.score), align_right=True),
            ],
            self,
        )
        self.match_table = QTableView()
        self.match_table.setObjectName("matchTable")
        self.match_table.setModel(self.matches)
        self.match_table.verticalHeader().hide()
        mh = self.match_table.horizontalHeader()
        mh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.match_title = QLabel(self.tr("Select an offer or a request to see its matches."))
        self.match_title.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record an exchan&ge for it…"))
        self.record_button.setObjectName("recordForListingButton")
        self.record_button.setEnabled(False)
        self.record_button.setVisible(_staff(context))
        self.record_button.clicked.connect(self._record_for_current)
        self.renew_button = QPushButton(self.tr("Rene&w for 3 months"))
        self.renew_button.setObjectName("renewListingButton")
        self.renew_button.setEnabled(False)
        self.renew_button.setVisible(_staff(context))
        self.renew_button.clicked.connect(self.renew)
        self.allow_button = QPushButton(self.tr("&Allow in the exchange"))
        self.refuse_button = QPushButton(self.tr("&Withdraw (professional)"))
        for b, allowed in ((self.allow_button, True), (self.refuse_button, False)):
            b.setVisible(False)
            b.clicked.connect(lambda _c=False, a=allowed: self.review(a))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.match_title)
        side_layout.addWidget(self.match_table, 1)
        review = QHBoxLayout()
        review.addWidget(self.record_button)
        review.addWidget(self.renew_button)
        review.addWidget(self.allow_button)
        review.addWidget(self.refuse_button)
        side_layout.addLayout(review)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 380])
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.expiring)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        self.debounce = Debouncer(250, self.apply_filters, self)
        self.search.textChanged.connect(self.debounce.poke)
        self.kind.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.category.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.expired.toggled.connect(lambda _b: self.apply_filters())
        self.model.count_changed.connect(
            lambda n: self.count.setText(self.tr("%n listing(s)", "", n))
        )

    def _expires_soon(self, listing) -> bool:
        return (listing.expires_on - clock.today()).days <= self.warning_days

    def _expiry_tooltip(self, listing) -> str | None:
        days = (listing.expires_on - clock.today()).days
        if days < 0:
            return self.tr("Expired: renew it if it still stands.")
        if days > self.warning_days:
            return None
        return self.tr(
            "Expires in %n day(s): its author is warned; renew it if it still stands.", "", days
        )

    def reload(self) -> None:
        actor = self.context.actor
        staff = _staff(self.context)

        def load(session):
            days = get_exchange_rules(session, actor=actor).expiry_warning_days
            # Staff's visit records the warning of the authors not warned yet.
            warned = warn_expiring_listings(session, within_days=days, actor=actor) if staff else []
            return (
                listing_categories(session, actor=actor),
                expiring_listings(session, within_days=days, actor=actor),
                days,
                warned,
            )

        self.context.ops.run(load, parent=self, on_done=self._loaded)

    def _loaded(self, result) -> None:
        categories, expiring, self.warning_days, warned = result
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for c in categories:
            self.category.addItem(c, c)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(0, index))
        self.category.blockSignals(False)
        if expiring:
            names = ", ".join(
                f"« {x.title} » ({x.author}, {day(x.expires_on)})" for x in expiring[:4]
            )
            more = len(expiring) - 4
            text = (
                self.tr("%n listing(s) expire by %1: ", "", len(expiring)).replace(
                    "%1", day(clock.today() + timedelta(days=self.warning_days))
                )
                + names
            )
            if more > 0:
                text += " " + self.tr("and %n more.", "", more)
            else:
                text += "."
            if warned:
                text += " " + self.tr(
                    "%n new since the last visit: tell their authors, or renew.", "", len(warned)
                )
            self.expiring.setText(text)
        self.expiring.setVisible(bool(expiring))
        self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_source(
            ListingListSource(
                self.context.actor,
                ListingFilter(
                    kind=self.kind.currentData(),
                    category=self.category.currentData(),
                    text=self.search.text() or None,
                    include_expired=self.expired.isChecked(),
                ),
            )
        )
        self.matches.set_rows([])

    def _current(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        listing = self._current()
        if listing is None:
            return
        self.renew_button.setEnabled(listing.status == "open")
        self.record_button.setEnabled(listing.status == "open")
        review = listing.professional_warning and _staff(self.context)
        self.allow_button.setVisible(review)
        self.refuse_button.setVisible(review)
        self.match_title.setText(self.tr("Matches of « %1 »").replace("%1", listing.title))
        actor = self.context.actor
        self.context.ops.run(
            lambda s: find_matches(s, listing.id, actor=actor),
            parent=self,
            on_done=self.matches.set_rows,
        )

    def open_publish_dialog(self):
        from incubator_app.services.exchange.accounts import member_choices
        from incubator_app.ui.exchange.listing_dialog import ListingDialog

        actor = self.context.actor

        def show(result) -> None:
            members, categories = result
            dialog = ListingDialog(self.context, members, categories, self)
            dialog.finished.connect(lambda _r: self.apply_filters())
            dialog.open()
            self.dialog = dialog

        self.context.ops.run(
            lambda s: (member_choices(s, actor=actor), listing_categories(s, actor=actor)),
            parent=self,
            on_done=show,
        )

    def _record_for_current(self) -> None:
        listing = self._current()
        if listing is not None:
            self.record_requested.emit(listing)

    def renew(self) -> None:
        """Three more months from today (or from the expiry, if later); the author will be
        warned again before the new date."""
        listing = self._current()
        if listing is None:
            return
        actor = self.context.actor
        expires_on = max(clock.today(), listing.expires_on) + timedelta(days=90)
        self.context.ops.run(
            lambda s: update_listing(
                s,
                listing.id,
                {"expires_on": expires_on},
                expected_version=listing.version_id,
                actor=actor,
            ),
            parent=self,
            on_done=lambda _v: self.reload(),
            changes={EXCHANGE},
        )

    def review(self, allowed: bool) -> None:
        listing = self._current()
        if listing is None:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: review_professional_activity(
                s, listing.id, allowed=allowed, expected_version=listing.version_id, actor=actor
            ),
            parent=self,
            on_done=lambda _v: self.apply_filters(),
            changes={EXCHANGE},
        )


def _staff(context: AppContext) -> bool:
    from incubator_app.services.exchange.access import sees_private_balances

    return sees_private_balances(context.actor)
