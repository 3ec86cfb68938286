"""Who is signed in on a secured server: the person the connection is authenticated as (the
server checked their password when it opened), without any password of the app's."""

from __future__ import annotations

from sqlalchemy.orm import Session

from incubator_app.db import server_security
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import authenticate


def connected_actor(session: Session) -> Actor | None:
    """The actor of the connected person's account; None when the connection is not a
    person's (SQLite, an unsecured server, a superuser): the app's own sign-in applies then."""
    person = server_security.connected_person(session.connection())
    session.rollback()
    if person is None:
        return None
    return authenticate(session, person, "")
