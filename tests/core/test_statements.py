"""Monthly statement: data checked against a hand-counted fixture, the CSV file, and the
`report statement` command (exit codes, no partial file)."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cli_accounts import passwords_on_stdin
from factories import make_entrepreneur

from incubator_app.cli import main
from incubator_app.models import Booking, BookingStatus, SupportContract
from incubator_app.services.shared_services.catalogue import create_shared_service
from incubator_app.services.shared_services.revenue import record_revenue
from incubator_app.services.shared_services.statement_csv import neutralise, write_statement_csv
from incubator_app.services.shared_services.statements import monthly_statement
from incubator_app.services.shared_services.usage import record_service_usage

pytestmark = pytest.mark.core

NOV = date(2026, 11, 1)


@pytest.fixture
def anna(session, admin):
    """Anna's November 2026, counted by hand in the comments."""
    room = create_shared_service(
        session, name="@SUM(1) Salle", category="Salle de répétition", unit="hour",
        unit_price_cents=1250, vat_rate_bp=2000, bookable=True, actor=admin,
        price_valid_from=date(2026, 1, 1),
    )  # fmt: skip
    billing = create_shared_service(
        session, name="Facturation", category="Facturation", unit="item",
        unit_price_cents=500, vat_rate_bp=0, actor=admin, price_valid_from=date(2026, 1, 1),
    )  # fmt: skip
    legal = create_shared_service(
        session, name="Conseil juridique", category="Juridique", unit="hour",
        unit_price_cents=6000, vat_rate_bp=550, actor=admin, price_valid_from=date(2026, 1, 1),
    )  # fmt: skip
    person = make_entrepreneur(session, "Anna", "Aubert")
    person.project_name = "=cmd|' /C calc'!A0"
    session.add(
        SupportContract(
            entrepreneur_id=person.id,
            start_date=date(2026, 3, 1),
            end_date=date(2027, 2, 28),
            revenue_share_bp=1000,
        )
    )
    booked = Booking(
        service_id=room.id,
        entrepreneur_id=person.id,
        starts_at=datetime(2026, 11, 3, 9, 0, tzinfo=UTC),
        ends_at=datetime(2026, 11, 3, 10, 30, tzinfo=UTC),
        units=1,
        status=BookingStatus.DONE,
    )
    not_charged = Booking(
        service_id=room.id,
        entrepreneur_id=person.id,
        starts_at=datetime(2026, 11, 24, 14, 0, tzinfo=UTC),
        ends_at=datetime(2026, 11, 24, 16, 0, tzinfo=UTC),
        units=1,
    )
    cancelled = Booking(
        service_id=room.id,
        entrepreneur_id=person.id,
        starts_at=datetime(2026, 11, 25, 14, 0, tzinfo=UTC),
        ends_at=datetime(2026, 11, 25, 16, 0, tzinfo=UTC),
        units=1,
        status=BookingStatus.CANCELLED,
    )
    december = Booking(
        service_id=room.id,
        entrepreneur_id=person.id,
        starts_at=datetime(2026, 12, 2, 14, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 2, 16, 0, tzinfo=UTC),
        units=1,
    )
    session.add_all([booked, not_charged, cancelled, december])
    session.commit()

    def use(service, day, qty, booking=None):
        record_service_usage(
            session,
            service_id=service.id,
            entrepreneur_id=person.id,
            used_on=day,
            quantity_hundredths=qty,
            booking_id=booking,
            actor=admin,
        )

    use(room, date(2026, 11, 3), 150, booked.id)  # 12.50 × 1.5 = 18.75, VAT 3.75
    use(billing, date(2026, 11, 10), 300)  # 15.00, VAT 0
    use(legal, date(2026, 11, 20), 75)  # 45.00, VAT 2.475 → 2.48
    use(room, date(2026, 11, 30), 33)  # 4.125 → 4.13, VAT 0.826 → 0.83
    use(room, date(2026, 10, 31), 100)  # other months: not on the statement
    use(room, date(2026, 12, 1), 100)
    record_revenue(session, entrepreneur_id=person.id, month=NOV, amount_cents=123456, actor=admin)
    record_revenue(
        session, entrepreneur_id=person.id, month=NOV, amount_cents=50000, channel="own",
        actor=admin,
    )  # fmt: skip
    return person


def test_statement_matches_the_hand_count(session, admin, anna):
    s = monthly_statement(session, anna.id, date(2026, 11, 17), actor=admin)
    assert s.month == NOV and s.incubator_name == "" and s.entrepreneur_name == "Anna Aubert"
    lines = s.usage_lines
    assert [(ln.used_on.day, ln.amount_cents, ln.vat_cents, ln.total_cents) for ln in lines] == [
        (3, 1875, 375, 2250),
        (10, 1500, 0, 1500),
        (20, 4500, 248, 4748),
        (30, 413, 83, 496),
    ]  # fmt: skip
    assert (s.totals.amount_cents, s.totals.vat_cents, s.totals.total_cents) == (8288, 706, 8994)
    assert [(v.vat_rate_bp, v.amount_cents, v.vat_cents) for v in s.vat_by_rate] == [
        (0, 1500, 0),
        (550, 4500, 248),
        (2000, 2288, 458),
    ]
    # The cancelled booking and December's are left out; the first one was charged.
    assert [(b.starts_at.day, b.charged) for b in s.bookings] == [(3, True), (24, False)]
    assert s.revenue_total_cents == 173456
    # 10 % of the 1 234.56 € invoiced under the incubator (own revenue owes nothing): 123.456 €
    assert (s.revenue_share_bp, s.contribution_cents) == (1000, 12346)
    assert s.amount_due_cents == 8994 + 12346


def test_empty_month_has_zero_totals(session, admin, anna):
    s = monthly_statement(session, anna.id, date(2025, 1, 1), actor=admin)
    assert s.usage_lines == () and s.bookings == () and s.revenue_lines == ()
    assert (s.totals.total_cents, s.contribution_cents, s.revenue_share_bp) == (0, 0, 0)


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_statement_csv(session, admin, anna, tmp_path):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "releve.csv"
    write_statement_csv(monthly_statement(session, anna.id, NOV, actor=admin), path)
    rows = _read(path)
    assert rows[0] == ["Monthly statement", "11/2026"]
    assert ["Project", "'=cmd|' /C calc'!A0"] in rows  # formula neutralised
    assert [
        "20/11/2026",
        "Conseil juridique",
        "0,75",
        "60,00",
        "45,00",
        "5,5 %",
        "2,48",
        "47,48",
    ] in rows
    assert [
        "03/11/2026",
        "'@SUM(1) Salle",
        "1,50",
        "12,50",
        "18,75",
        "20 %",
        "3,75",
        "22,50",
    ] in rows
    assert ["Total", "", "", "", "82,88", "", "7,06", "89,94"] in rows
    assert ["Contribution due", "123,46"] in rows
    assert ["Amount due", "213,40"] in rows
    assert [p.name for p in path.parent.iterdir()] == ["releve.csv"]  # no temp file left


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+33 6", "'+33 6"), ("-x", "'-x"), ("@a", "'@a"), ("Café", "Café")],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


@pytest.fixture
def _admin_password(monkeypatch) -> None:
    """The CLI signs in as the `admin` fixture's account (cli_signin.py)."""
    passwords_on_stdin(monkeypatch, "admin-password")


def _cli(db_url, *extra):
    return main(["report", "statement", "--db", db_url, "--lang", "en", "--user", "admin", *extra])


@pytest.mark.usefixtures("_admin_password")
def test_cli_writes_the_csv(db_url, session, admin, anna, tmp_path, capsys):
    out = tmp_path / "anna.csv"
    assert _cli(db_url, "--entrepreneur", str(anna.id), "--month", "2026-11", "-o", str(out)) == 0
    assert "Statement written to" in capsys.readouterr().out
    assert ["Amount due", "213,40"] in _read(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--entrepreneur", "{id}", "--month", "2026-13", "-o", "{dir}/x.csv"], "--month"),
        (["--entrepreneur", "{id}", "--month", "nov", "-o", "{dir}/x.csv"], "--month"),
        (["--entrepreneur", "99999", "--month", "2026-11", "-o", "{dir}/x.csv"], "99999"),
        (["--entrepreneur", "{id}", "--month", "2026-11", "-o", "{dir}/x.txt"], ".csv or .pdf"),
        (["--entrepreneur", "{id}", "--month", "2026-11", "-o", "{dir}/no/x.csv"], "does not"),
        (["--entrepreneur", "abc", "--month", "2026-11", "-o", "{dir}/x.csv"], "abc"),
    ],
)
@pytest.mark.usefixtures("_admin_password")
def test_cli_errors_exit_2_without_a_file(
    db_url, session, admin, anna, tmp_path, capsys, args, message
):
    capsys.readouterr()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    filled = [a.format(id=anna.id, dir=out_dir) for a in args]
    assert _cli(db_url, *filled) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert list(out_dir.iterdir()) == []


@pytest.mark.usefixtures("_admin_password")
def test_cli_writes_a_valid_pdf(db_url, session, admin, anna, tmp_path, capsys):
    from pdf_checks import pdf_text, qpdf_ok

    out = tmp_path / "anna.pdf"
    code = _cli(db_url, "--entrepreneur", str(anna.id), "--month", "2026-11", "-o", str(out))
    assert code == 0 and "Statement written to" in capsys.readouterr().out
    qpdf_ok(out)
    text = pdf_text(out)
    assert "Anna Aubert" in text and "€213.40" in text  # --lang en: the amount due
    assert [p.name for p in tmp_path.iterdir() if "anna" in p.name or ".part" in p.name] == [
        "anna.pdf"
    ]  # no temp file left
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--entrepreneur", "99999", "--month", "2026-11", "-o", "{dir}/x.pdf"], "99999"),
        (["--entrepreneur", "{id}", "--month", "2026-00", "-o", "{dir}/x.pdf"], "--month"),
        (["--entrepreneur", "{id}", "--month", "2026-11", "-o", "{dir}/no/x.pdf"], "does not"),
    ],
)
@pytest.mark.usefixtures("_admin_password")
def test_cli_pdf_errors_exit_2_without_a_file(
    db_url, session, admin, anna, tmp_path, capsys, args, message
):
    capsys.readouterr()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    filled = [a.format(id=anna.id, dir=out_dir) for a in args]
    assert _cli(db_url, *filled) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert list(out_dir.iterdir()) == []


@pytest.mark.usefixtures("_admin_password")
def test_cli_missing_database(tmp_path, capsys):
    assert _cli(str(tmp_path / "none.sqlite3"), "--entrepreneur", "1", "--month", "2026-11",
                "-o", str(tmp_path / "x.csv")) == 2  # fmt: skip
    assert not (tmp_path / "x.csv").exists()
