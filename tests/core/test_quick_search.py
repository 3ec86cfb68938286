"""Quick search over entrepreneurs: the same behaviour on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, update

from incubator_app.db.migrate import open_database
from incubator_app.models import Entrepreneur, PathwayStage, Role
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs
from incubator_app.services.entrepreneurs.records import (
    archive_entrepreneur,
    create_entrepreneur,
    update_entrepreneur,
)

pytestmark = pytest.mark.core


def _person(session, first, last, **fields) -> int:
    return create_entrepreneur(
        session,
        first_name=first,
        last_name=last,
        entry_date=date(2026, 1, 5),
        actor=Actor.system(),
        **fields,
    ).id


@pytest.fixture
def people(session) -> dict[str, int]:
    return {
        "helene": _person(
            session,
            "Hélène",
            "Durand",
            project_name="Compagnie du Théâtre Vivant",
            email="h.durand@example.org",
            commune="Marseille",
        ),
        "loic": _person(
            session,
            "Loïc",
            "Éloi-Garnier",
            project_name="Atelier de céramique",
            email="loic@poterie.example",
            commune="Aix-en-Provence",
        ),
        "marc": _person(
            session, "Marc", "Théâtre", project_name="Musique", commune="Saint-Étienne"
        ),
        "anna": _person(
            session, "Anna", "Martin", project_name="Cœur de bois", commune="Marseille"
        ),
    }


def _ids(session, text, actor, **kw) -> list[int]:
    return [hit.id for hit in quick_search_entrepreneurs(session, text, actor=actor, **kw)]


def test_accent_and_case_insensitive(session, admin, people) -> None:
    assert _ids(session, "helene", admin) == [people["helene"]]
    assert _ids(session, "HÉLÈNE", admin) == [people["helene"]]
    assert _ids(session, "loic", admin) == [people["loic"]]
    assert _ids(session, "eloi", admin) == [people["loic"]]


def test_searches_project_email_and_commune(session, admin, people) -> None:
    assert _ids(session, "ceramique", admin) == [people["loic"]]
    assert _ids(session, "poterie", admin) == [people["loic"]]
    assert _ids(session, "durand@example", admin) == [people["helene"]]
    assert set(_ids(session, "marseille", admin)) == {people["helene"], people["anna"]}
    assert _ids(session, "saint etienne", admin) == [people["marc"]]


def test_prefixes_as_you_type_and_every_word_must_match(session, admin, people) -> None:
    assert set(_ids(session, "mar", admin)) == {people["helene"], people["marc"], people["anna"]}
    assert _ids(session, "anna mar", admin) == [people["anna"]]
    assert _ids(session, "hel viv", admin) == [people["helene"]]
    assert _ids(session, "hel zzz", admin) == []


def test_names_rank_before_projects(session, admin, people) -> None:
    # "theatre" is Marc's last name and only Hélène's project: the name comes first.
    assert _ids(session, "theatre", admin) == [people["marc"], people["helene"]]


def test_hit_carries_what_the_popup_shows(session, admin, people) -> None:
    (hit,) = quick_search_entrepreneurs(session, "hélène", actor=admin)
    assert hit.display_name == "Hélène Durand"
    assert hit.project_name == "Compagnie du Théâtre Vivant"
    assert hit.email == "h.durand@example.org"
    assert hit.commune == "Marseille"
    assert hit.stage is PathwayStage.CANDIDATE
    assert hit.archived is False


def test_index_follows_updates_deletes_and_archiving(session, admin, people) -> None:
    update_entrepreneur(
        session, people["marc"], expected_version=None, actor=admin, last_name="Lefèvre"
    )
    assert _ids(session, "lefevre", admin) == [people["marc"]]
    assert people["marc"] not in _ids(session, "theatre", admin)
    archive_entrepreneur(session, people["anna"], expected_version=None, actor=admin)
    hits = quick_search_entrepreneurs(session, "marseille", actor=admin)
    # Archived people still come up (returning candidates), after active ones.
    assert [h.id for h in hits] == [people["helene"], people["anna"]]
    assert [h.archived for h in hits] == [False, True]
    session.execute(delete(Entrepreneur).where(Entrepreneur.id == people["helene"]))
    session.commit()
    assert _ids(session, "helene", admin) == []
    # A write that bypasses the ORM is indexed too (the index lives in the database).
    session.execute(
        update(Entrepreneur).where(Entrepreneur.id == people["loic"]).values(commune="Lyon")
    )
    session.commit()
    assert _ids(session, "lyon", admin) == [people["loic"]]
    assert _ids(session, "aix", admin) == []


def test_empty_punctuation_or_odd_text_gives_nothing_and_no_error(session, admin, people) -> None:
    for text in ("", "   ", "''", '"', "*", "-", "AND", "NEAR(", "a:b", "!&|()"):
        assert isinstance(_ids(session, text, admin), list)
    assert _ids(session, "", admin) == []
    assert _ids(session, " ' \" * ", admin) == []


def test_limit_caps_the_hits(session, admin) -> None:
    for n in range(30):
        _person(session, f"Prénom{n}", "Marchand")
    assert len(_ids(session, "marchand", admin)) == 20
    assert len(_ids(session, "marchand", admin, limit=5)) == 5


def test_a_viewer_may_search(session, people) -> None:
    viewer = Actor(user_id=None, login="v", role=Role.VIEWER)
    assert _ids(session, "helene", viewer) == [people["helene"]]


def test_index_exists_in_a_database_created_from_the_models(db_url, admin, session) -> None:
    """A new database is created with create_all + stamp: the index must be there too, and
    reopening an existing database keeps it working."""
    _person(session, "Zoé", "Ébéniste")
    database = open_database(db_url)
    try:
        with database.session() as other:
            assert [
                h.display_name for h in quick_search_entrepreneurs(other, "zoe", actor=admin)
            ] == ["Zoé Ébéniste"]
    finally:
        database.dispose()
