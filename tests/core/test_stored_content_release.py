"""The database's copy of a document's content (`stored_file_content`) goes with the last row
naming it, whatever removed that row: a cascade from the entrepreneur, the event or the toolbox
sheet included (a trigger on `document`, `event_material` and `toolbox_attachment`,
models/document.py). On SQLite the services never write that table; the rows are put there by
hand to check the same triggers."""

from __future__ import annotations

import hashlib

import pytest
from event_helpers import new_event
from helpers_people import make_entrepreneur
from sqlalchemy import func, insert, select, text

from incubator_app.models import StoredFileContent
from incubator_app.services.entrepreneurs.documents import attach_document
from incubator_app.services.events.materials import attach_material
from incubator_app.services.toolbox import attachments, sheets

pytestmark = pytest.mark.core

CV = b"%PDF-1.4 CV de Salome Quillembert, comedienne\n"
SLIDES = b"%PDF-1.4 Diaporama de l'atelier\n"
OTHER = b"%PDF-1.4 Statuts de la compagnie\n"


def _hashes(session) -> set[str]:
    return set(session.scalars(select(StoredFileContent.content_hash)))


def _h(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_cascade_takes_the_content_nothing_names_any_more(session, admin):
    person = make_entrepreneur(session, admin)
    other = make_entrepreneur(session, admin)
    attach_document(session, person.id, CV, original_name="cv.pdf", actor=admin)
    attach_document(session, person.id, OTHER, original_name="statuts.pdf", actor=admin)
    attach_document(session, other.id, OTHER, original_name="statuts.pdf", actor=admin)
    event = new_event(session, admin, title="Atelier budget", capacity=5)
    attach_material(session, event, SLIDES, original_name="slides.pdf", actor=admin)
    attach_material(session, event, CV, original_name="exemple.pdf", actor=admin)
    sheet = sheets.create_sheet(session, {"title": "Statuts", "kind": "template"}, actor=admin)
    attachments.attach_file(session, sheet.id, OTHER, original_name="statuts.pdf", actor=admin)
    if session.get_bind().dialect.name == "sqlite":  # as PostgreSQL keeps them
        session.execute(
            insert(StoredFileContent),
            [{"content_hash": _h(d), "size_bytes": len(d), "content": d}
             for d in (CV, SLIDES, OTHER)],
        )  # fmt: skip
        session.commit()
    assert _hashes(session) == {_h(CV), _h(SLIDES), _h(OTHER)}

    # The entrepreneur goes (a cascade deletes their documents): the CV stays (the event's
    # material names it), the statutes too (the other entrepreneur's document names them).
    session.execute(text("DELETE FROM entrepreneur WHERE id = :id"), {"id": person.id})
    session.commit()
    assert _hashes(session) == {_h(CV), _h(SLIDES), _h(OTHER)}
    # The event goes (a cascade deletes its materials): nothing names the CV nor the slides.
    session.execute(text("DELETE FROM event WHERE id = :id"), {"id": event})
    session.commit()
    assert _hashes(session) == {_h(OTHER)}
    session.execute(text("DELETE FROM document"))
    session.commit()
    assert _hashes(session) == {_h(OTHER)}  # the toolbox sheet's attachment names them
    # The sheet goes (a cascade deletes its attachments): nothing names the statutes.
    session.execute(text("DELETE FROM toolbox_sheet WHERE id = :id"), {"id": sheet.id})
    session.commit()
    assert session.scalar(select(func.count()).select_from(StoredFileContent)) == 0
