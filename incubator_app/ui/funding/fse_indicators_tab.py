"""The grant window's ESF+ indicators tab: the common indicators of Regulation (EU) 2021/1057,
Annex I, of the grant's participants over the period chosen on the Indicators tab (code,
indicator, value and its breakdown by gender; missing data in rows of their own). The figures
are those of the funder report (services/funding/fse/indicators.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from incubator_app.services.funding.fse.indicators import UNKNOWN, IndicatorTable
from incubator_app.ui.administration.common import row_table
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text
from incubator_app.ui.windowed_model import Column


def _label(key: tuple[str, str]) -> str:
    return QCoreApplication.translate(*key)


class FseIndicatorsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fseIndicatorsTab")
        self.note = QLabel()
        self.note.setObjectName("fseIndicatorsNote")
        self.note.setWordWrap(True)
        count = lambda attr: lambda r: str(getattr(r, attr))  # noqa: E731
        self.model = RowListModel(
            [
                Column(self.tr("Code"), lambda r: r.code or "—"),
                Column(
                    self.tr("Indicator"),
                    lambda r: _label(r.label),
                    tooltip=lambda r: _label(r.label),
                ),
                Column(self.tr("Value"), count("total"), align_right=True),
                Column(self.tr("Women"), count("women"), align_right=True),
                Column(self.tr("Men"), count("men"), align_right=True),
                Column(self.tr("Non-binary"), count("non_binary"), align_right=True),
                Column(self.tr("Gender unknown"), count("gender_unknown"), align_right=True),
            ],
            self,
        )
        self.table = row_table("fseIndicatorTable", self.model, stretch=1)
        # The indicator's name is long: a width of its own (the full name in the tooltip), a
        # scroll bar rather than a squeezed column when the grant pane is narrow.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 300)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def set_table(self, table: IndicatorTable, cofunded: bool) -> None:
        self.model.set_rows(table.rows)
        text = self.tr(
            "Participants who entered from {start} to {end} (period of the Indicators tab); "
            "rows without a code count the missing answers."
        ).format(start=day_text(table.start), end=day_text(table.end))
        if not cofunded:
            text += " " + self.tr(
                "This grant is not marked as co-funded by the ESF+ (its funder is not the "
                "European Union and its co-funders do not name the FSE or ESF): the funder "
                "report leaves this table out."
            )
        self.note.setText(text)

    def unknown_rows(self) -> int:
        return sum(1 for r in self.model.rows() if r.kind == UNKNOWN)
