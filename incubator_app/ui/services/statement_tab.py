"""Statement tab: pick an entrepreneur and a month, read the statement's totals and lines, save it
as PDF (reports/statement.py, in the incubator profile's language) or export it as CSV."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.i18n import SUPPORTED_LANGUAGES
from incubator_app.services.coaching.lookup import resolve_entrepreneur
from incubator_app.services.shared_services.statements import MonthlyStatement, monthly_statement
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.messages import show_error
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text, money, month_text, quantity, rate
from incubator_app.ui.widgets import today_qdate
from incubator_app.ui.windowed_model import Column


class StatementTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.statement: MonthlyStatement | None = None
        top = QHBoxLayout()
        self.person = EntrepreneurPicker(context, include_archived=True)
        self.person.setPlaceholderText(self.tr("Type a name…"))
        label = QLabel(self.tr("E&ntrepreneur:"))
        label.setBuddy(self.person)
        self.month = QDateEdit(today_qdate().addMonths(-1))
        self.month.setDisplayFormat("MM/yyyy")
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        self.show_button = QPushButton(self.tr("Sho&w"))
        self.show_button.clicked.connect(self.show_statement)
        self.person.returnPressed.connect(self.show_statement)
        self.pdf_button = QPushButton(self.tr("S&ave PDF…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export())
        for w in (label, self.person, month_label, self.month, self.show_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.export_button)
        self.summary = QLabel(self.tr("Choose an entrepreneur and a month."))
        self.summary.setObjectName("statementSummary")
        self.summary.setWordWrap(True)
        self.model = RowListModel(
            [
                Column(self.tr("Date"), lambda ln: day_text(ln.used_on)),
                Column(self.tr("Service"), lambda ln: ln.service_name),
                Column(
                    self.tr("Quantity"),
                    lambda ln: quantity(ln.quantity_hundredths),
                    align_right=True,
                ),
                Column(
                    self.tr("Unit price"), lambda ln: money(ln.unit_price_cents), align_right=True
                ),
                Column(self.tr("Excl. VAT"), lambda ln: money(ln.amount_cents), align_right=True),
                Column(self.tr("VAT rate"), lambda ln: rate(ln.vat_rate_bp), align_right=True),
                Column(self.tr("VAT"), lambda ln: money(ln.vat_cents), align_right=True),
                Column(self.tr("Incl. VAT"), lambda ln: money(ln.total_cents), align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("statementLines")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_entrepreneur(self, entrepreneur_id: int, name: str) -> None:
        self.person.set_entrepreneur(entrepreneur_id, name or None)

    def set_month(self, month: date) -> None:
        self.month.setDate(QDate(month.year, month.month, 1))

    def reload(self) -> None:
        if self.statement is not None:
            self.show_statement()

    def show_statement(self) -> None:
        actor, text, picked = self.context.actor, self.person.text(), self.person.selected_id
        month = self.month.date().toPython().replace(day=1)
        try:
            with self.context.db.session() as session:
                person_id = resolve_entrepreneur(
                    session, text, actor=actor, selected_id=picked, include_archived=True
                )
                if person_id is None:
                    self.summary.setText(self.tr("Choose an entrepreneur and a month."))
                    return
                statement = monthly_statement(session, person_id, month, actor=actor)
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            show_error(self, exc)
            return
        self.statement = statement
        self.model.set_rows(statement.usage_lines)
        s = statement
        self.summary.setText(
            self.tr(
                "<b>{name}</b> — {month}<br>Services: {ht} excl. VAT + {vat} VAT = <b>{ttc}</b>"
                " · bookings: {bookings} · revenue: {revenue} (share {share}) → contribution "
                "<b>{contribution}</b><br>Amount due: <b>{due}</b>"
            ).format(
                name=_escape(s.entrepreneur_name),
                month=month_text(s.month),
                ht=money(s.totals.amount_cents),
                vat=money(s.totals.vat_cents),
                ttc=money(s.totals.total_cents),
                bookings=len(s.bookings),
                revenue=money(s.revenue_total_cents),
                share=rate(s.revenue_share_bp),
                contribution=money(s.contribution_cents),
                due=money(s.amount_due_cents),
            )
        )
        self.pdf_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def _language(self) -> str:
        profile = self.context.profile
        lang = (profile.locale if profile else "fr")[:2]
        return lang if lang in SUPPORTED_LANGUAGES else "fr"

    def _ask_path(self, statement: MonthlyStatement, suffix: str, filters: str) -> str:
        default = f"releve-{statement.entrepreneur_id}-{statement.month:%Y-%m}{suffix}"
        settings = self.context.settings
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the statement"),
            start_path(settings, FileKind.STATEMENTS, default),
            filters,
        )
        remember_folder(settings, FileKind.STATEMENTS, path)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def save_pdf(self, path: str | None = None) -> None:
        """The statement as a PDF (asks where unless `path` is given)."""
        statement = self.statement
        if statement is None:
            return
        path = path or self._ask_path(statement, ".pdf", self.tr("PDF file (*.pdf)"))
        if path:
            self._write(statement, path)

    def export(self, path: str | None = None) -> None:
        """The statement as a CSV file, or a PDF when `path` ends with .pdf."""
        statement = self.statement
        if statement is None:
            return
        path = path or self._ask_path(statement, ".csv", self.tr("CSV file (*.csv)"))
        if path:
            self._write(statement, path)

    def _write(self, statement: MonthlyStatement, target: str) -> None:
        lang = self._language()

        def work() -> Any:
            if target.lower().endswith(".pdf"):
                from incubator_app.reports.statement import build_statement_pdf

                return build_statement_pdf(statement, target, locale=lang)
            from incubator_app.services.shared_services.statement_csv import write_statement_csv

            return write_statement_csv(statement, target)

        self.context.ops.run(
            work,
            label=self.tr("Writing the statement…"),
            parent=self,
            session=False,
            on_done=lambda _r: self.summary.setText(
                self.summary.text()
                + "<br>"
                + self.tr("Written to {path}").format(path=_escape(target))
            ),
        )


def _escape(text: str) -> str:
    import html

    return html.escape(text)
