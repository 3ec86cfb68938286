"""`incubator-app exchange transfer|balances|check|settle`, the hours parser, and the demo's
exchange data (deterministic, and the ledger check holds on it)."""

from __future__ import annotations

from datetime import date

import pytest
from cli_accounts import passwords_on_stdin
from exchange_helpers import incubator, make_members
from factories import make_entrepreneur
from sqlalchemy import select, text

from incubator_app.cli import main as cli_main
from incubator_app.errors import ValidationError
from incubator_app.models.exchange import ExchangeMovement
from incubator_app.services.exchange.check import check_ledger
from incubator_app.services.exchange.hours import parse_hours
from incubator_app.services.exchange.rules import update_exchange_rules

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    """The commands sign in as the `admin` fixture's account (cli_signin.py)."""
    passwords_on_stdin(monkeypatch, "admin-password")


def main(argv: list[str]) -> int:
    return cli_main([*argv, "--user", "admin"])


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("1,5", 90),
        ("1.5", 90),
        ("1h30", 90),
        ("1 h 30", 90),
        ("1:05", 65),
        ("2", 120),
        ("2h", 120),
        ("45 min", 45),
        ("0,25", 15),
    ],
)
def test_parse_hours(typed, minutes):
    assert parse_hours(typed) == minutes


@pytest.mark.parametrize("typed", ["", "abc", "1h75", "0,33", "-1", "1,5,5"])
def test_parse_hours_refuses(typed):
    with pytest.raises(ValidationError):
        parse_hours(typed)


def test_transfer_balances_check_from_the_command_line(db_url, session, admin, capsys):
    lea, hugo, ines = make_members(session, admin, 3)
    house = incubator(session, admin)
    session.close()
    assert (
        main(
            [
                "exchange",
                "transfer",
                "--db",
                db_url,
                "--from",
                str(lea.id),
                "--to",
                "Hugo Membre1",
                "--hours",
                "1h30",
                "--note",
                "Maquette",
            ]
        )
        == 0
    )
    transfer_id = int(capsys.readouterr().out.strip())
    assert (
        main(
            [
                "exchange",
                "transfer",
                "--db",
                db_url,
                "--from",
                "incubator",
                "--to",
                str(lea.id),
                "--to",
                str(ines.id),
                "--hours",
                "2",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["exchange", "balances", "--db", db_url, "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "account_id,member,kind,balance_minutes,balance_hours"
    assert f"{hugo.id},Hugo Membre1,entrepreneur,90,1.50" in out
    assert f"{lea.id},Léa Membre0,entrepreneur,30,0.50" in out
    assert f"{house.id},La couveuse,incubator,-240,-4.00" in out
    assert main(["exchange", "check", "--db", db_url, "--lang", "en"]) == 0
    report = capsys.readouterr().out
    assert "2 transfers, 5 movements" in report and "FAILED" not in report
    assert main(["exchange", "check", "--db", db_url, "--lang", "fr"]) == 0
    assert "2 échanges, 5 mouvements" in capsys.readouterr().out
    assert transfer_id == 1


def test_refusals_are_one_line_and_exit_2(db_url, session, admin, capsys):
    lea, hugo = make_members(session, admin, 2)
    update_exchange_rules(session, {"default_min_minutes": -60}, actor=admin)
    session.close()
    args = ["exchange", "transfer", "--db", db_url, "--from", str(lea.id), "--to", str(hugo.id)]
    assert main([*args, "--hours", "2", "--lang", "en"]) == 2
    assert "below the minimum of -1 h" in _one_line_error(capsys)
    assert main([*args, "--hours", "deux", "--lang", "en"]) == 2
    assert "Not a duration" in _one_line_error(capsys)
    assert (
        main(
            [
                "exchange",
                "transfer",
                "--db",
                db_url,
                "--from",
                "Personne",
                "--to",
                str(hugo.id),
                "--hours",
                "1",
                "--lang",
                "fr",
            ]
        )
        == 2
    )
    assert "Personne" in _one_line_error(capsys)


def test_check_fails_with_exit_1_on_a_tampered_ledger(db_url, session, admin, capsys):
    lea, hugo = make_members(session, admin, 2)
    session.close()
    assert (
        main(
            [
                "exchange",
                "transfer",
                "--db",
                db_url,
                "--from",
                str(lea.id),
                "--to",
                str(hugo.id),
                "--hours",
                "1",
            ]
        )
        == 0
    )
    movement = session.scalar(select(ExchangeMovement.id).limit(1))
    session.execute(
        text("UPDATE exchange_movement SET minutes = 59 WHERE id = :m"), {"m": movement}
    )
    session.commit()
    capsys.readouterr()
    assert main(["exchange", "check", "--db", db_url, "--lang", "en"]) == 1
    assert capsys.readouterr().out.count("[FAILED]") == 3


def _movements(session) -> list[tuple]:
    return [
        tuple(r)
        for r in session.execute(
            text(
                "SELECT transfer_id, account_id, minutes, balance_after, done_on "
                "FROM exchange_movement ORDER BY id"
            )
        )
    ]


def _fill(db_url: str) -> dict[str, int]:
    from incubator_app.db.migrate import open_database
    from incubator_app.demo.exchange import fill_exchange

    database = open_database(db_url)
    try:
        with database.engine.connect() as conn:
            return fill_exchange(
                conn,
                scale="small",
                seed=7,
                reference_date=date(2026, 11, 1),
                members=30,
                transfers=600,
            )
    finally:
        database.dispose()


def test_demo_exchange_is_deterministic_and_whole(db_url, session, admin):
    for k in range(12):
        make_entrepreneur(session, "Démo", f"Personne{k}")
    session.close()
    counts = _fill(db_url)
    assert counts["exchange_account"] == 31 and counts["exchange_transfer"] > 500
    check = check_ledger(session, actor=admin)
    assert check.holds and check.transfers == counts["exchange_transfer"]
    first = _movements(session)
    assert len(first) == counts["exchange_movement"]
    for table in (
        "exchange_movement",
        "exchange_payment_request",
        "exchange_transfer",
        "exchange_listing",
        "exchange_balance",
        "exchange_account",
        "exchange_settings",
    ):
        session.execute(text(f"DELETE FROM {table}"))
    session.commit()
    assert _fill(db_url) == counts
    assert _movements(session) == first


def test_settle_accepts_the_requests_whose_day_has_come(db_url, session, admin, capsys):
    from datetime import UTC, datetime

    import time_machine

    from incubator_app.services.exchange.payment_requests import request_payment

    lea, hugo = make_members(session, admin, 2)
    with time_machine.travel(datetime(2026, 11, 2, 10, tzinfo=UTC), tick=False):
        request_payment(session, payer_id=lea.id, payee_id=hugo.id, minutes=30, actor=admin)
    session.close()
    with time_machine.travel(datetime(2026, 11, 15, 10, tzinfo=UTC), tick=False):
        assert main(["exchange", "settle", "--db", db_url, "--lang", "en"]) == 0
        assert "0 requests accepted" in capsys.readouterr().out
    with time_machine.travel(datetime(2026, 11, 16, 10, tzinfo=UTC), tick=False):
        assert main(["exchange", "settle", "--db", db_url, "--lang", "en"]) == 0
        assert "1 requests accepted, 0 blocked" in capsys.readouterr().out


def test_funders_figures_from_the_command_line(db_url, session, admin, capsys):
    from incubator_app.services.exchange.accounts import update_account
    from incubator_app.services.exchange.ledger import record_transfer, reverse_transfer

    lea, hugo, ines = make_members(session, admin, 3)
    house = incubator(session, admin)
    update_account(session, ines.id, {"neighbourhood": "Le Panier"}, actor=admin)
    kw = {"actor": admin}
    # The incubator's welcome hours count in the total but make nobody active by themselves.
    record_transfer(session, from_ids=[house.id], to_ids=[lea.id], minutes=120, **kw)
    record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=90, category="Son", **kw)
    record_transfer(
        session, from_ids=[hugo.id, lea.id], to_ids=[ines.id], minutes=30, category="Voix", **kw
    )
    wrong = record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=45, **kw)
    reverse_transfer(session, wrong.id, reason="Saisie en double", **kw)
    session.close()
    assert main(["exchange", "figures", "--db", db_url, "--year", "2026", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "section,key,minutes,hours"
    assert "total,,270,4.50" in out
    assert "category,Son,90,1.50" in out and "category,Voix,60,1.00" in out
    assert "month,2026-11,270,4.50" in out
    assert "place,Le Panier,60,1.00" in out
    # Léa, Hugo and Inès exchanged; the incubator's account is no member of the average:
    # the members' hours given and received (Léa 120 + 90 + 30, Hugo 90 + 30, Inès 60), halved,
    # over 3 active members = 70 minutes.
    assert "active_members,,3," in out and "members,,3," in out
    assert "average_per_active_member,,70,1.17" in out
    assert main(["exchange", "figures", "--db", db_url, "--lang", "en"]) == 0
    text_out = capsys.readouterr().out
    assert text_out.startswith("01/01/2026 to 31/12/2026: 4 h 30 exchanged in 3 exchanges;")
    assert (
        main(
            [
                "exchange",
                "figures",
                "--db",
                db_url,
                "--from",
                "2026-12-01",
                "--to",
                "2026-12-31",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert "0 h exchanged in 0 exchanges" in capsys.readouterr().out
    assert (
        main(["exchange", "figures", "--db", db_url, "--from", "2026-12-01", "--lang", "en"]) == 2
    )
    assert "Give --from and --to" in _one_line_error(capsys)


def test_every_exchange_command_needs_a_signed_in_account(db_url, session, admin, capsys):
    for command in (
        ["transfer", "--from", "1", "--to", "2", "--hours", "1"],
        ["balances"],
        ["check"],
        ["settle"],
        ["figures"],
    ):
        assert cli_main(["exchange", *command, "--db", db_url, "--lang", "en"]) == 2
        assert "--user" in _one_line_error(capsys)


def test_a_wrong_password_records_no_transfer(db_url, session, admin, capsys, monkeypatch):
    incubator(session, admin)
    lea, hugo = make_members(session, admin, 2)
    passwords_on_stdin(monkeypatch, "not-admin-password")
    argv = ["exchange", "transfer", "--db", db_url, "--from", str(lea.id), "--to", str(hugo.id)]
    assert main([*argv, "--hours", "1", "--lang", "en"]) == 2
    assert _one_line_error(capsys) == "incubator-app: Wrong login or password."
    assert session.scalar(select(ExchangeMovement.id)) is None
