"""The events' e-mails in each person's language: an entrepreneur's (new column, edited with
the record), a contact's (given when they are added, changed later), French by default; the
translations are the application's own (the .ts catalogues), as for every mail of the events."""

from __future__ import annotations

import pytest
from event_helpers import new_event, outbox
from factories import make_entrepreneur

from incubator_app.errors import ValidationError
from incubator_app.models import Contact, Entrepreneur
from incubator_app.services.contacts.records import set_contact_language
from incubator_app.services.entrepreneurs.records import (
    create_entrepreneur,
    get_entrepreneur,
    update_entrepreneur,
)
from incubator_app.services.events.records import cancel_event
from incubator_app.services.events.registrations import register

pytestmark = pytest.mark.core


def _person(session, first: str, language: str | None = None) -> int:
    person = make_entrepreneur(session, first, "Test")
    person.email = f"{first.lower()}@exemple.fr"
    if language:
        person.language = language
    session.commit()
    return person.id


def test_each_person_is_written_to_in_their_language(session, admin):
    ev = new_event(session, admin, capacity=10, title="Atelier")
    register(session, ev, entrepreneur_id=_person(session, "Anne"), actor=admin)
    register(session, ev, entrepreneur_id=_person(session, "John", "en"), actor=admin)
    register(session, ev, email="gio@exemple.it", name="Gio Rossi", language="it", actor=admin)
    register(session, ev, email="ana@exemple.es", name="Ana Ruiz", actor=admin)
    mails = {m.to_address: m for m in outbox(session)}
    assert mails["anne@exemple.fr"].subject.startswith("Inscription confirmée")
    assert mails["john@exemple.fr"].subject == "Registration confirmed: Atelier"
    assert mails["john@exemple.fr"].body_text.startswith("Hello John Test")
    assert mails["gio@exemple.it"].subject == "Iscrizione confermata: Atelier"
    assert mails["ana@exemple.es"].subject.startswith("Inscription confirmée")
    assert {m.to_address: m.language for m in mails.values()} == {
        "anne@exemple.fr": "fr",
        "john@exemple.fr": "en",
        "gio@exemple.it": "it",
        "ana@exemple.es": "fr",
    }
    # The invitation goes with every confirmation, whatever the language.
    assert all(m.attachments for m in mails.values())

    # Ana's language changed later: the incubator's cancellation reaches her in Spanish.
    ana = session.query(Contact).filter_by(email="ana@exemple.es").one()
    assert set_contact_language(session, ana.id, "es", actor=admin).language == "es"
    cancel_event(session, ev, reason=None, actor=admin)
    cancelled = {m.to_address: m.subject for m in outbox(session)[4:]}
    assert cancelled["ana@exemple.es"] == "Cancelado: Atelier"
    assert cancelled["john@exemple.fr"] == "Cancelled: Atelier"
    assert cancelled["anne@exemple.fr"].startswith("Annulation")


def test_languages_are_checked_and_edited_with_the_record(session, admin):
    default = create_entrepreneur(session, first_name="Lu", last_name="Chen", actor=admin)
    assert default.language == "fr" and session.get(Entrepreneur, default.id).language == "fr"
    english = create_entrepreneur(
        session, first_name="Ada", last_name="Byron", language="en", actor=admin
    )
    assert get_entrepreneur(session, english.id, actor=admin).language == "en"
    after = update_entrepreneur(
        session, default.id, expected_version=default.version_id, language="es", actor=admin
    )
    assert after.language == "es"
    with pytest.raises(ValidationError) as caught:
        update_entrepreneur(
            session, default.id, expected_version=after.version_id, language="de", actor=admin
        )
    assert "language" in caught.value.field_errors
    assert get_entrepreneur(session, default.id, actor=admin).language == "es"
    ev = new_event(session, admin)
    with pytest.raises(ValidationError):
        register(session, ev, email="x@exemple.fr", name="X", language="de", actor=admin)
    assert session.query(Contact).count() == 0
    with pytest.raises(ValidationError):
        set_contact_language(session, 10_000, "xx", actor=admin)


def test_cli_registers_a_new_contact_with_their_mail_language(capsys, db_url, session, admin):
    from cli_accounts import passwords_on_stdin

    from incubator_app.cli import main as cli_main

    ev = new_event(session, admin, capacity=3, title="Atelier")
    with pytest.MonkeyPatch.context() as mp:
        passwords_on_stdin(mp, "admin-password")
        code = cli_main(
            ["event", "register", "--event", str(ev), "--email", "mo@exemple.org",
             "--name", "Mo Smith", "--mail-language", "en",
             "--db", db_url, "--user", "admin", "--lang", "en"]
        )  # fmt: skip
    assert code == 0, capsys.readouterr()
    session.expire_all()
    assert session.query(Contact).filter_by(email="mo@exemple.org").one().language == "en"
    assert outbox(session)[0].subject == "Registration confirmed: Atelier"
