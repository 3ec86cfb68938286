"""The text scan of the access export and the erasure finds a person's name in any case, accents
included: SQLite's LIKE and lower() fold ASCII letters only, so « élodie ébrard » once missed
« Élodie Ébrard » and « ÉLODIE ÉBRARD » in other people's text (a name starting with É, È, À…).
On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from factories import make_entrepreneur
from sqlalchemy import select

from incubator_app.models import Contact
from incubator_app.services.contacts.records import add_contact
from incubator_app.services.privacy.erasure import erase_person
from incubator_app.services.privacy.people import PersonRef, collect_person_rows, rows_mentioning

pytestmark = pytest.mark.core

MENTIONS = (
    "Atelier d'ÉLODIE ÉBRARD",  # upper case
    "chez élodie ébrard, Lyon",  # lower case
    "Élodie Ébrard & associés",  # as typed
    "ébrard élodie (compagnie)",  # last name first, lower case
)


@pytest.fixture
def elodie(session, admin) -> int:
    person = make_entrepreneur(session, "Élodie", "Ébrard")
    for n, text in enumerate(MENTIONS):
        add_contact(session, name=f"Voisine {n}", organisation=text, actor=admin)
    add_contact(session, name="Autre", organisation="Élodie Martin, Ébrard-sur-Mer", actor=admin)
    session.commit()
    return person.id


def _organisations(session) -> list[str]:
    return sorted(session.scalars(select(Contact.organisation)))


def test_every_case_of_an_accented_name_is_found(session, elodie):
    contact = Contact.__table__
    found = sorted(r.organisation for r in rows_mentioning(session, contact, ["Élodie Ébrard"]))
    assert found == sorted(MENTIONS[:3])
    found = sorted(r.organisation for r in rows_mentioning(session, contact, ["Ébrard Élodie"]))
    assert found == [MENTIONS[3]]
    rows = collect_person_rows(session, PersonRef("entrepreneur", elodie))
    assert sorted(r["organisation"] for r in rows.rows("contact")) == sorted(MENTIONS)


def test_the_erasure_removes_them_all(session, admin, elodie):
    erase_person(session, PersonRef("entrepreneur", elodie), actor=admin)
    left = " ".join(_organisations(session)).casefold()
    assert "élodie ébrard" not in left and "ébrard élodie" not in left
    # Someone else who shares a first name keeps hers.
    assert "Élodie Martin, Ébrard-sur-Mer" in _organisations(session)
