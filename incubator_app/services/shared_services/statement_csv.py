"""CSV of a monthly statement, for spreadsheets: UTF-8 with a BOM (Excel detects it), `;` as the
separator and a decimal comma (French Excel), dates dd/mm/yyyy. Any text cell starting with
= + - @ (or a tab / carriage return) gets a leading apostrophe so that a spreadsheet never runs
it as a formula. The file is written next to its destination then renamed: no partial file."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from incubator_app.file_modes import replaced_on_success
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import RevenueChannel
from incubator_app.services.money import format_cents, format_rate_bp
from incubator_app.services.shared_services.statements import MonthlyStatement
from incubator_app.services.spreadsheet_text import neutralise


def _t(key: tuple[str, str]) -> str:
    return str(msg(key))


def _money(cents: int) -> str:
    return format_cents(cents).replace(".", ",")


def _qty(hundredths: int) -> str:
    return _money(hundredths)


def _rate(bp: int) -> str:
    return format_rate_bp(bp).replace(".", ",") + " %"


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _when(value: datetime) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


_CHANNELS = {
    RevenueChannel.INCUBATOR: QT_TRANSLATE_NOOP("Statement", "Invoiced under the incubator"),
    RevenueChannel.OWN: QT_TRANSLATE_NOOP("Statement", "Invoiced on own account"),
}


def statement_rows(s: MonthlyStatement) -> list[list[str]]:
    """The rows of the CSV, not yet neutralised (what the user would read)."""
    rows: list[list[str]] = [
        [_t(QT_TRANSLATE_NOOP("Statement", "Monthly statement")), s.month.strftime("%m/%Y")],
        [_t(QT_TRANSLATE_NOOP("Statement", "Incubator")), s.incubator_name],
        [_t(QT_TRANSLATE_NOOP("Statement", "Entrepreneur")), s.entrepreneur_name],
        [_t(QT_TRANSLATE_NOOP("Statement", "Project")), s.project_name or ""],
        [],
        [_t(QT_TRANSLATE_NOOP("Statement", "Service usage"))],
        [
            _t(QT_TRANSLATE_NOOP("Statement", "Date")),
            _t(QT_TRANSLATE_NOOP("Statement", "Service")),
            _t(QT_TRANSLATE_NOOP("Statement", "Quantity")),
            _t(QT_TRANSLATE_NOOP("Statement", "Unit price")),
            _t(QT_TRANSLATE_NOOP("Statement", "Amount excl. VAT")),
            _t(QT_TRANSLATE_NOOP("Statement", "VAT rate")),
            _t(QT_TRANSLATE_NOOP("Statement", "VAT")),
            _t(QT_TRANSLATE_NOOP("Statement", "Amount incl. VAT")),
        ],
    ]
    for line in s.usage_lines:
        rows.append(
            [
                _day(line.used_on),
                line.service_name,
                _qty(line.quantity_hundredths),
                _money(line.unit_price_cents),
                _money(line.amount_cents),
                _rate(line.vat_rate_bp),
                _money(line.vat_cents),
                _money(line.total_cents),
            ]
        )
    rows.append(
        [
            _t(QT_TRANSLATE_NOOP("Statement", "Total")),
            "",
            "",
            "",
            _money(s.totals.amount_cents),
            "",
            _money(s.totals.vat_cents),
            _money(s.totals.total_cents),
        ]
    )
    rows += [[], [_t(QT_TRANSLATE_NOOP("Statement", "Bookings"))]]
    rows.append(
        [
            _t(QT_TRANSLATE_NOOP("Statement", "Start")),
            _t(QT_TRANSLATE_NOOP("Statement", "End")),
            _t(QT_TRANSLATE_NOOP("Statement", "Resource")),
            _t(QT_TRANSLATE_NOOP("Statement", "Units")),
            _t(QT_TRANSLATE_NOOP("Statement", "Charged")),
        ]
    )
    yes, no = _t(QT_TRANSLATE_NOOP("Statement", "yes")), _t(QT_TRANSLATE_NOOP("Statement", "no"))
    for b in s.bookings:
        rows.append(
            [
                _when(b.starts_at),
                _when(b.ends_at),
                b.service_name,
                str(b.units),
                yes if b.charged else no,
            ]
        )
    rows += [[], [_t(QT_TRANSLATE_NOOP("Statement", "Revenue"))]]
    for r in s.revenue_lines:
        rows.append([_t(_CHANNELS[r.channel]), _money(r.amount_cents)])
    rows.append(
        [_t(QT_TRANSLATE_NOOP("Statement", "Total revenue")), _money(s.revenue_total_cents)]
    )
    rows.append([_t(QT_TRANSLATE_NOOP("Statement", "Revenue share")), _rate(s.revenue_share_bp)])
    rows.append(
        [_t(QT_TRANSLATE_NOOP("Statement", "Contribution due")), _money(s.contribution_cents)]
    )
    rows += [
        [],
        [_t(QT_TRANSLATE_NOOP("Statement", "Amount due")), _money(s.amount_due_cents)],
    ]
    return rows


def _write(path: Path, rows: Iterable[list[str]]) -> None:
    with replaced_on_success(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            for row in rows:
                writer.writerow([neutralise(cell) for cell in row])


def write_statement_csv(statement: MonthlyStatement, path: Path | str) -> None:
    _write(Path(path), statement_rows(statement))
