"""`incubator-app event course-create|enrol|unenrol|course-show|attend|sheet|certificates` and
`import registrations`: what each prints, the PDFs' text (pdftotext), and that a refusal is one
line on stderr, exit 2, with nothing written."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import timedelta

import pytest
from cli_accounts import passwords_on_stdin
from event_helpers import new_event
from factories import count, make_entrepreneur
from openpyxl import Workbook

from incubator_app.cli import main as cli_main
from incubator_app.models import Contact, CourseEnrolment, Registration
from incubator_app.models.outbox import OutboxMessage

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def run(capsys, db_url, *argv: str) -> tuple[int, str, str]:
    """The messages in English unless the command asks for a language."""
    lang = [] if "--lang" in argv else ["--lang", "en"]
    code = cli_main([*argv, "--db", db_url, "--user", "admin", *lang])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(code: int, err: str) -> str:
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _pdf_text(path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is needed"
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_course_path_with_sheet_and_certificates(
    capsys, db_url, session, admin, tmp_path, frozen_clock
):
    modules = [
        new_event(
            session,
            admin,
            capacity=5,
            hours=h,
            starts_in=timedelta(days=7 * (i + 1)),
            title=f"Module {i + 1} — Café & Cie",
            kind="training",
        )
        for i, h in enumerate((3, 4, 3))
    ]
    lina = make_entrepreneur(session, "Lina")
    code, out, _ = run(
        capsys,
        db_url,
        "event",
        "course-create",
        "--title",
        "Diriger un lieu culturel",
        "--completion",
        "60",
        "--modules",
        ",".join(map(str, modules)),
    )
    assert code == 0
    course = out.strip()
    code, out, _ = run(
        capsys, db_url, "event", "enrol", "--course", course, "--entrepreneur", str(lina.id)
    )
    assert code == 0 and out.split()[1:] == ["enrolled", "(3", "modules)"], out
    code, out, _ = run(
        capsys,
        db_url,
        "event",
        "enrol",
        "--course",
        course,
        "--email",
        "eve@exemple.fr",
        "--name",
        "Ève Durand",
    )
    eve_enrolment = out.split()[0]
    # Enrolled twice: one line, nothing written.
    before = count(session, Registration)
    code, _, err = run(
        capsys, db_url, "event", "enrol", "--course", course, "--entrepreneur", str(lina.id)
    )
    assert "already enrolled" in _one_line_error(code, err)
    assert count(session, Registration) == before
    # The sheet of module 1 names both people.
    sheet = tmp_path / "sheet.pdf"
    code, _, _ = run(capsys, db_url, "event", "sheet", "--event", str(modules[0]), "-o", str(sheet))
    text = _pdf_text(sheet)
    assert code == 0 and ("émargement" in text or "Attendance sheet" in text), text
    assert "Lina" in text and "Ève Durand" in text and "Diriger un lieu culturel" in text
    # Attendance after the modules: Lina attends modules 1 and 2 (7 h of 10), Ève only module 3.
    frozen_clock.shift(timedelta(days=40))
    regs = {
        (r.event_id, r.entrepreneur_id is not None): r.id for r in session.query(Registration).all()
    }
    for ev, lina_present, eve_present in zip(
        modules, (True, True, False), (False, False, True), strict=True
    ):
        for is_lina, present in ((True, lina_present), (False, eve_present)):
            argv = ["event", "attend", "--registration", str(regs[(ev, is_lina)])]
            code, out, _ = run(capsys, db_url, *argv, *([] if present else ["--absent"]))
            assert out.split()[1] == ("attended" if present else "absent")
    code, out, _ = run(
        capsys, db_url, "event", "course-show", "--course", course, "--format", "csv"
    )
    rows = {r["person"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["Ève Durand"]["completion"] == "not_completed"
    lina_row = next(r for name, r in rows.items() if name.startswith("Lina"))
    assert (lina_row["completion"], lina_row["attended_minutes"], lina_row["percent"]) == (
        "completed",
        "420",
        "70",
    )
    certs = tmp_path / "certs.pdf"
    code, out, _ = run(
        capsys,
        db_url,
        "event",
        "certificates",
        "--course",
        course,
        "-o",
        str(certs),
        "--lang",
        "fr",
    )
    assert code == 0, out
    text = _pdf_text(certs)
    assert "ttestation de formation" in text or "Certificate of training" in text
    assert "Lina" in text and "Ève" not in text and "Diriger un lieu culturel" in text
    assert "7 h" in text.replace("\u202f", " ").replace("\xa0", " ")
    # Only Ève, who did not complete: no certificate, one line.
    code, _, err = run(
        capsys,
        db_url,
        "event",
        "certificates",
        "--course",
        course,
        "--enrolment",
        eve_enrolment,
        "-o",
        str(tmp_path / "none.pdf"),
    )
    _one_line_error(code, err)
    assert not (tmp_path / "none.pdf").exists()


def _csv(tmp_path, text: str, name: str = "form.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return str(path)


def test_import_registrations_matches_by_email_and_overflows_in_file_order(
    capsys, db_url, session, admin, tmp_path
):
    ev = new_event(session, admin, capacity=3)
    known = make_entrepreneur(session, "Sami")
    known.email = "sami@exemple.fr"
    session.commit()
    path = _csv(
        tmp_path,
        "Horodatage;Prénom;Nom;Adresse e-mail;Nombre de places;Structure\n"
        "01/12/2026;Sami;X;SAMI@exemple.fr ;1;\n"
        "01/12/2026;Léa;Martin;lea@exemple.fr;2;Café & Cie\n"
        "01/12/2026;Bob;Ray;bob@exemple.fr;1;\n"
        "01/12/2026;Zoé;Kim;zoe@exemple.fr;1;\n",
    )
    code, out, _ = run(
        capsys, db_url, "import", "registrations", path, "--event", str(ev), "--dry-run"
    )
    assert code == 0 and ("Nothing written" in out or "Rien" in out), out
    assert count(session, Registration) == 0 and count(session, Contact) == 0
    code, out, _ = run(capsys, db_url, "import", "registrations", path, "--event", str(ev))
    assert code == 0, out
    session.expire_all()
    regs = session.query(Registration).order_by(Registration.queue_key).all()
    assert [r.status.value for r in regs] == [
        "registered",
        "registered",
        "waitlisted",
        "waitlisted",
    ]
    assert regs[0].entrepreneur_id == known.id and regs[1].party_size == 2
    assert {r.source.value for r in regs} == {"import"}
    lea = session.query(Contact).filter_by(email="lea@exemple.fr").one()
    assert (lea.first_name, lea.last_name, lea.organisation) == ("Léa", "Martin", "Café & Cie")
    # Importing the same file again: everyone is already registered, nothing added.
    code, out, _ = run(capsys, db_url, "import", "registrations", path, "--event", str(ev))
    assert code == 0 and count(session, Registration) == 4


@pytest.mark.parametrize(
    "content, words",
    [
        ("Nom;Courriel\nLéa;lea@exemple.fr\nBob;pas-un-mail\n", "Row 3"),
        ("Nom;Courriel\nLéa;lea@exemple.fr\nLéa bis;LEA@exemple.fr\n", "Row 3"),
        ("Nom;Courriel;Places\nLéa;lea@exemple.fr;0\n", "Row 2"),
        ("Nom;Téléphone\nLéa;0600000000\n", "e-mail column"),
        ("Nom;Courriel\n;lea@exemple.fr\n", "Row 2"),
    ],
)
def test_bad_files_are_one_line_and_write_nothing(
    capsys, db_url, session, admin, tmp_path, content, words
):
    ev = new_event(session, admin, capacity=3)
    path = _csv(tmp_path, content)
    code, _, err = run(capsys, db_url, "import", "registrations", path, "--event", str(ev))
    line = _one_line_error(code, err)
    assert words in line or words.replace("Row", "Ligne") in line, line
    assert count(session, Registration) == 0 and count(session, Contact) == 0
    assert count(session, OutboxMessage) == 0


def test_import_from_xlsx_and_missing_file(capsys, db_url, session, admin, tmp_path):
    ev = new_event(session, admin, capacity=1)
    book = Workbook()
    sheet = book.active
    sheet.append(["E-mail", "Nom complet", "Places"])
    sheet.append(["ana@exemple.fr", "Ana Lopez", 1])
    sheet.append(["ben@exemple.fr", "Ben Ali", 1.0])
    book.save(tmp_path / "form.xlsx")
    code, out, _ = run(
        capsys, db_url, "import", "registrations", str(tmp_path / "form.xlsx"), "--event", str(ev)
    )
    assert code == 0, out
    statuses = [r.status.value for r in session.query(Registration).order_by(Registration.id)]
    assert statuses == ["registered", "waitlisted"]
    code, _, err = run(
        capsys, db_url, "import", "registrations", str(tmp_path / "nope.csv"), "--event", str(ev)
    )
    _one_line_error(code, err)
    assert count(session, CourseEnrolment) == 0


def test_add_to_calendar_file(capsys, db_url, session, admin, tmp_path):
    from icalendar import Calendar

    ev = new_event(session, admin, capacity=3, title="Atelier « Café & Cie »")
    target = tmp_path / "event.ics"
    code, out, _ = run(capsys, db_url, "event", "ics", "--event", str(ev), "-o", str(target))
    assert code == 0 and out.strip() == str(target)
    cal = Calendar.from_ical(target.read_bytes())
    assert str(cal["method"]) == "PUBLISH"
    [vevent] = [c for c in cal.walk("VEVENT")]
    assert str(vevent["summary"]) == "Atelier « Café & Cie »"
    assert str(vevent["uid"]).startswith(f"event-{ev}@")
    assert "attendee" not in vevent and cal.walk("VTIMEZONE")
    code, _, err = run(capsys, db_url, "event", "ics", "--event", "999", "-o", str(target))
    _one_line_error(code, err)


def test_full_course_waits_and_the_offer_is_answered_from_the_cli(capsys, db_url, session, admin):
    from incubator_app.services.events.courses import create_course

    modules = [
        new_event(session, admin, capacity=1, starts_in=timedelta(days=7 * (i + 1)))
        for i in range(2)
    ]
    course = str(create_course(session, title="Cycle", event_ids=modules, actor=admin))
    people = [make_entrepreneur(session, f"P{k}").id for k in range(3)]
    code, out, _ = run(
        capsys, db_url, "event", "enrol", "--course", course, "--entrepreneur", str(people[0])
    )
    first = out.split()[0]
    code, out, _ = run(
        capsys, db_url, "event", "enrol", "--course", course, "--entrepreneur", str(people[1])
    )
    assert code == 0 and out.startswith("course full: waiting list entry") and "position 1" in out
    entry = out.split("entry ")[1].split(",")[0]
    # Bad input: one line on stderr, exit 2, nothing written.
    before = count(session, Registration)
    code, _, err = run(capsys, db_url, "event", "course-offer", "--entry", entry, "--accept")
    assert "cannot be accepted" in _one_line_error(code, err)
    code, _, err = run(
        capsys, db_url, "event", "enrol", "--course", course, "--entrepreneur", str(people[2]),
        "--places", "0",
    )  # fmt: skip
    _one_line_error(code, err)
    assert count(session, Registration) == before
    code, out, _ = run(capsys, db_url, "event", "unenrol", "--enrolment", first)
    assert code == 0
    code, out, _ = run(capsys, db_url, "event", "course-offer", "--entry", entry, "--accept")
    assert code == 0 and out.split()[1] == "enrolled", out
    assert count(session, CourseEnrolment) == 2
