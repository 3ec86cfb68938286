"""Participants' evaluations of an event: typed in, imported from a form's export (CSV, XLSX)
by e-mail then name, unmatched rows listed and not written, bad rows refusing the whole file;
the CLI `import evaluations`; the event detail's average."""

from __future__ import annotations

import pytest
from cli_accounts import passwords_on_stdin
from event_helpers import new_event
from factories import count, make_entrepreneur
from openpyxl import Workbook

from incubator_app.cli import main as cli_main
from incubator_app.errors import ConflictError, ValidationError
from incubator_app.models import EventEvaluation
from incubator_app.models.vocabulary import RegistrationSource
from incubator_app.services.events.detail import event_detail
from incubator_app.services.events.evaluations import (
    import_evaluations,
    parse_satisfaction,
    record_evaluation,
    remove_evaluation,
)
from incubator_app.services.events.registrations import cancel_registration, register

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def _csv(tmp_path, text: str, name: str = "answers.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return str(path)


def _people(session, admin, capacity: int = 5):
    ev = new_event(session, admin, capacity=capacity)
    sami = make_entrepreneur(session, "Sami", "Haddad")
    sami.email = "sami@exemple.fr"
    session.commit()
    a = register(session, ev, entrepreneur_id=sami.id, actor=admin)
    b = register(session, ev, email="lea@exemple.fr", name="Léa Martin", actor=admin)
    c = register(session, ev, email="bob@exemple.fr", name="Bob Ray", actor=admin)
    return ev, a.id, b.id, c.id


def _answers(session) -> dict[int, tuple[int, str | None, str]]:
    session.expire_all()
    return {
        e.registration_id: (e.satisfaction, e.comment, e.source.value)
        for e in session.query(EventEvaluation)
    }


@pytest.mark.parametrize(
    "text, score",
    [("4", 4), ("4.0", 4), ("5/5", 5), ("3 sur 5", 3), ("2 - Moyen", 2), ("1", 1)],
)
def test_satisfaction_forms_are_read(text, score):
    assert parse_satisfaction(text) == score


@pytest.mark.parametrize("text", ["0", "6", "45", "bien", "", "4.5"])
def test_other_satisfactions_are_refused(text):
    assert parse_satisfaction(text) is None


def test_typed_in_replaced_removed_and_averaged(session, admin):
    ev, a, b, _c = _people(session, admin)
    record_evaluation(session, a, 4, "  Très utile  ", actor=admin)
    record_evaluation(session, b, 5, actor=admin)
    assert _answers(session) == {a: (4, "Très utile", "staff"), b: (5, None, "staff")}
    record_evaluation(session, a, 3, "", actor=admin)
    assert _answers(session)[a] == (3, None, "staff")
    detail = event_detail(session, ev, actor=admin)
    assert (detail.answers, detail.average_satisfaction) == (2, 4.0)
    assert {r.id: r.satisfaction for r in detail.registrations}[a] == 3
    remove_evaluation(session, b, actor=admin)
    assert set(_answers(session)) == {a}
    for bad in (0, 6, None, "4", True):
        with pytest.raises(ValidationError):
            record_evaluation(session, b, bad, actor=admin)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        record_evaluation(session, b, 4, "x" * 4001, actor=admin)
    assert set(_answers(session)) == {a}


def test_a_cancelled_registration_cannot_be_evaluated(session, admin):
    _ev, a, _b, _c = _people(session, admin)
    cancel_registration(session, a, actor=admin)
    with pytest.raises(ConflictError):
        record_evaluation(session, a, 4, actor=admin)
    assert count(session, EventEvaluation) == 0


def test_import_matches_email_then_name_and_lists_the_others(session, admin, tmp_path):
    ev, a, b, c = _people(session, admin)
    path = _csv(
        tmp_path,
        "Horodatage;Adresse e-mail;Nom complet;Quel est votre niveau de satisfaction (1 à 5) ?;"
        "Commentaires\n"
        "02/12/2026; SAMI@exemple.fr ;S. H.;5;Parfait\n"
        "02/12/2026;autre@exemple.fr;lea MARTIN;4/5;\n"
        "02/12/2026;;Inconnu Total;2;Je n'étais pas inscrit\n"
        "02/12/2026;;;;\n"
        "02/12/2026;bob@exemple.fr;Bob Ray;3;Un peu long\n",
    )
    preview = import_evaluations(session, ev, path, dry_run=True, actor=admin)
    assert (preview.rows, preview.added, preview.replaced) == (4, 3, 0)
    assert [(u.number, u.name) for u in preview.unmatched] == [(4, "Inconnu Total")]
    assert [m.registration_id for m in preview.matched] == [a, b, c]
    assert count(session, EventEvaluation) == 0
    done = import_evaluations(session, ev, path, actor=admin)
    assert (done.added, done.replaced, len(done.unmatched)) == (3, 0, 1)
    assert _answers(session) == {
        a: (5, "Parfait", "import"),
        b: (4, None, "import"),
        c: (3, "Un peu long", "import"),
    }
    # The same export again: every answer replaces itself, nothing is added.
    again = import_evaluations(session, ev, path, actor=admin)
    assert (again.added, again.replaced) == (0, 3)
    assert count(session, EventEvaluation) == 3
    assert {e.source for e in session.query(EventEvaluation)} == {RegistrationSource.IMPORT}


@pytest.mark.parametrize(
    "content, words",
    [
        ("E-mail;Satisfaction\nsami@exemple.fr;5\nlea@exemple.fr;9\n", "Row 3"),
        ("E-mail;Satisfaction\nsami@exemple.fr;5\nSAMI@exemple.fr;4\n", "Row 3"),
        ("E-mail;Satisfaction;Commentaire\nsami@exemple.fr;;Bien\n", "Row 2"),
        ("E-mail;Commentaire\nsami@exemple.fr;Bien\n", "satisfaction column"),
        ("E-mail;Satisfaction\n;\n", "no evaluation"),
    ],
)
def test_a_bad_row_refuses_the_whole_file(session, admin, tmp_path, content, words):
    ev, *_ = _people(session, admin)
    with pytest.raises(ValidationError) as caught:
        import_evaluations(session, ev, _csv(tmp_path, content), actor=admin)
    assert words in str(caught.value), str(caught.value)
    assert count(session, EventEvaluation) == 0


def test_same_name_twice_is_not_guessed(session, admin, tmp_path):
    ev = new_event(session, admin, capacity=5)
    register(session, ev, email="l1@exemple.fr", name="Léa Martin", actor=admin)
    register(session, ev, email="l2@exemple.fr", name="Lea Martin", actor=admin)
    result = import_evaluations(
        session, ev, _csv(tmp_path, "Nom;Note\nLéa Martin;4\n"), actor=admin
    )
    assert result.added == 0 and [u.number for u in result.unmatched] == [2]
    assert count(session, EventEvaluation) == 0


def run(capsys, db_url, *argv: str) -> tuple[int, str, str]:
    code = cli_main([*argv, "--db", db_url, "--user", "admin", "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_evaluations_from_xlsx(capsys, db_url, session, admin, tmp_path):
    ev, a, b, _c = _people(session, admin)
    book = Workbook()
    sheet = book.active
    sheet.append(["E-mail", "Nom", "Satisfaction", "Commentaire"])
    sheet.append(["sami@exemple.fr", "Sami Haddad", 5, "Bravo"])
    sheet.append(["lea@exemple.fr", "Léa Martin", 4.0, None])
    sheet.append(["nobody@exemple.fr", "Personne", 1, None])
    book.save(tmp_path / "answers.xlsx")
    path = str(tmp_path / "answers.xlsx")
    code, out, _ = run(
        capsys, db_url, "import", "evaluations", path, "--event", str(ev), "--dry-run"
    )
    assert code == 0 and "Nothing written" in out and "Row 4" in out, out
    assert count(session, EventEvaluation) == 0
    code, out, _ = run(capsys, db_url, "import", "evaluations", path, "--event", str(ev))
    assert code == 0 and "2 added" in out and "nobody@exemple.fr" in out, out
    assert _answers(session) == {a: (5, "Bravo", "import"), b: (4, None, "import")}
    code, _, err = run(
        capsys, db_url, "import", "evaluations", _csv(tmp_path, "E-mail;Note\nx@y.fr;7\n"),
        "--event", str(ev),
    )  # fmt: skip
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "Row 2" in lines[0], err
    code, _, err = run(capsys, db_url, "import", "evaluations", path, "--event", "999")
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert count(session, EventEvaluation) == 2
