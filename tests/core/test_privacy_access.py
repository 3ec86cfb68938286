"""Right of access: the export holds every row about the person, from every table that can
hold one (found from the metadata, so a table added later fails here until it is covered)."""

from __future__ import annotations

import json

import pytest
from factories import audit_actions, make_actor
from pdf_checks import check_pdf
from privacy_person import DOCUMENT_BYTES, build_people
from sqlalchemy import select

from incubator_app.errors import DomainError, PermissionDenied
from incubator_app.models import Base
from incubator_app.reports.personal_data import build_personal_data_pdf
from incubator_app.services.privacy.access import JSON_NAME, PDF_NAME, export_personal_data
from incubator_app.services.privacy.people import PersonRef, person_tables
from incubator_app.services.privacy.policy import RULES

pytestmark = pytest.mark.core


def _tables_pointing_at_people() -> set[str]:
    """Every table with a foreign key to a person, or to such a table, again and again."""
    found = {"entrepreneur", "contact"}
    while True:
        more = {
            t.name
            for t in Base.metadata.sorted_tables
            if t.name not in found and any(fk.column.table.name in found for fk in t.foreign_keys)
        }
        if not more:
            return found
        found |= more


def test_every_table_that_can_hold_a_person_is_walked_and_has_an_erasure_rule():
    tables = set(person_tables())
    assert _tables_pointing_at_people() <= tables
    assert {"audit_entry", "outbox_message", "outbox_attachment", "coaching_session"} <= tables
    assert tables <= set(RULES), f"Erasure has no rule for {tables - set(RULES)} (policy.py)"


def _export(session, admin, person, folder):
    return export_personal_data(
        session, person, folder, actor=admin,
        write_pdf=lambda data, path: build_personal_data_pdf(data, path, locale="fr"),
    )  # fmt: skip


def test_the_export_holds_a_row_of_every_table_about_the_entrepreneur(session, admin, tmp_path):
    people = build_people(session, admin)
    person = PersonRef("entrepreneur", people.entrepreneur_id)
    out = tmp_path / "export"
    result = _export(session, admin, person, out)

    data = json.loads((out / JSON_NAME).read_text(encoding="utf-8"))
    # directory_actor_contact links contacts only (a contact's place in an organisation).
    expected = set(person_tables()) - {"contact", "directory_actor_contact"}
    missing = expected - set(data["tables"])
    assert not missing, f"no row about the person in {missing}: add one in privacy_person.py"
    # Every row whose foreign key names them is there, checked with SQL of its own.
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != "entrepreneur":
                continue
            pk = list(table.primary_key.columns)
            rows = session.execute(select(*pk).where(fk.parent == people.entrepreneur_id)).all()
            exported = {tuple(r[c.name] for c in pk) for r in data["tables"][table.name]}
            assert {tuple(r) for r in rows} <= exported, table.name
    # The person's own values, the mention in another record, the e-mail, the document.
    assert data["tables"]["entrepreneur"][0]["phone"] == "06 71 82 93 04"
    assert "Zéphyrine Quillembert" in data["tables"]["event"][0]["description"]
    assert data["tables"]["outbox_message"][0]["to_address"] == "zephyrine.quillembert@exemple.fr"
    assert [p.read_bytes() for p in (out / "documents").iterdir()] == [DOCUMENT_BYTES]
    for table in data["tables"]:
        assert (out / "csv" / f"{table}.csv").read_text(encoding="utf-8-sig").count("\n") >= 2
    assert any(k["data"] == "Identity and contact details" for k in data["legal_basis"])
    assert result.tables["stage_change"] == 2 and result.documents == 1

    text = check_pdf(out / PDF_NAME, tmp_path)
    assert "Quillembert" in text and "Zéphyrine" in text
    assert "Pourquoi nous les détenons" in text or "Why we hold it" in text
    assert "06 71 82 93 04" in text
    assert "export" in audit_actions(session, "entrepreneur", people.entrepreneur_id)


def test_the_export_of_a_contact_holds_their_registrations_and_consents(session, admin, tmp_path):
    people = build_people(session, admin)
    _export(session, admin, PersonRef("contact", people.contact_id), tmp_path / "c")
    data = json.loads((tmp_path / "c" / JSON_NAME).read_text(encoding="utf-8"))
    assert {
        "contact",
        "consent_record",
        "registration",
        "registration_change",
        "audit_entry",
        "directory_actor_contact",
    } <= set(data["tables"])
    assert "entrepreneur" not in data["tables"]
    assert data["tables"]["contact"][0]["email"] == "ottilie.brandwijk@exemple.org"


def test_only_an_administrator_exports_and_a_used_folder_is_refused(session, admin, tmp_path):
    people = build_people(session, admin)
    person = PersonRef("entrepreneur", people.entrepreneur_id)
    staff = make_actor(session, "staff")
    with pytest.raises(PermissionDenied):
        export_personal_data(session, person, tmp_path / "x", actor=staff, write_pdf=print)
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    with pytest.raises(DomainError):
        _export(session, admin, person, used)
    assert [p.name for p in used.iterdir()] == ["keep.txt"]
    assert not list(tmp_path.glob(".export-*"))


def test_a_failed_pdf_leaves_nothing(session, admin, tmp_path):
    people = build_people(session, admin)

    def broken(data, path):
        raise OSError("disk full")

    with pytest.raises(OSError):
        export_personal_data(
            session, PersonRef("entrepreneur", people.entrepreneur_id), tmp_path / "e",
            actor=admin, write_pdf=broken,
        )  # fmt: skip
    assert not (tmp_path / "e").exists() and not list(tmp_path.glob(".export-*"))
    assert "export" not in audit_actions(session, "entrepreneur", people.entrepreneur_id)
