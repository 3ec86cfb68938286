"""Toolbox search, the same on SQLite (FTS5) and PostgreSQL (tsvector): accents and case aside,
every word a prefix, all words needed, the title first, highlighted snippets, what each reader
may see, filters by kind, tag and territory."""

from __future__ import annotations

import pytest

from incubator_app.models import SheetKind, SheetStatus
from incubator_app.services.administration.users import actor_for_user, create_user
from incubator_app.services.toolbox import sheets
from incubator_app.services.toolbox.search import SheetQuery, known_tags, search_sheets
from incubator_app.services.toolbox.snippets import best_snippet

pytestmark = pytest.mark.core


def _published(session, admin, **values):
    sheet = sheets.create_sheet(session, values, actor=admin)
    return sheets.set_sheet_status(
        session, sheet.id, SheetStatus.PUBLISHED, expected_version=sheet.version_id, actor=admin
    )


@pytest.fixture
def library(session, admin):
    return {
        "title": _published(
            session, admin, title="Médiation culturelle en milieu rural", kind="method",
            summary="Aller vers les habitants", tags="médiation, ruralité",
            territory="Haut-Var",
        ),
        "body": _published(
            session, admin, title="Tournée des villages", kind="experience",
            body="Une médiation par le théâtre, de place en place, avec les écoles.",
            worked="Les répétitions ouvertes", failed="Le bus trop tard le soir",
            tags="Théâtre", territory="Haut-Var",
        ),
        "other": _published(
            session, admin, title="Modèle de convention de résidence", kind="template",
            summary="Un modèle à adapter", tags="résidence",
        ),
    }  # fmt: skip


def test_accents_case_and_word_starts_aside_the_title_comes_first(session, admin, library):
    result = search_sheets(session, SheetQuery(text="MEDIAT"), actor=admin)
    assert result.total == 2
    assert [h.id for h in result.hits] == [library["title"].id, library["body"].id]
    assert result.words == ("mediat",)


def test_common_words_are_left_out_unless_alone(session, admin, library):
    found = search_sheets(session, SheetQuery(text="la tournée des villages"), actor=admin)
    assert found.words == ("tournee", "villages") and found.total == 1
    assert search_sheets(session, SheetQuery(text="des"), actor=admin).words == ("des",)


def test_every_word_must_be_found(session, admin, library):
    found = search_sheets(session, SheetQuery(text="mediation theatre"), actor=admin)
    assert [h.id for h in found.hits] == [library["body"].id]
    assert search_sheets(session, SheetQuery(text="mediation opera"), actor=admin).total == 0


def test_hits_carry_the_passage_with_the_words_marked(session, admin, library):
    (hit,) = search_sheets(session, SheetQuery(text="theatre ecoles"), actor=admin).hits
    assert hit.snippet.field == "body"
    assert hit.snippet.marked() == (
        "Une médiation par le [théâtre], de place en place, avec les [écoles]."
    )
    (hit,) = search_sheets(session, SheetQuery(text="bus"), actor=admin).hits
    assert hit.snippet.field == "failed"


def test_filters_by_kind_tag_and_territory(session, admin, library):
    def ids(**q):
        return {h.id for h in search_sheets(session, SheetQuery(**q), actor=admin).hits}

    assert ids(kind=SheetKind.TEMPLATE) == {library["other"].id}
    assert ids(tag="THEATRE") == {library["body"].id}
    assert ids(territory="haut-var", text="villages") == {library["body"].id}
    assert ids(tag="ruralite", kind=SheetKind.EXPERIENCE) == set()
    assert known_tags(session, actor=admin) == ["médiation", "résidence", "ruralité", "Théâtre"]


def test_drafts_and_archived_sheets(session, admin, library):
    coach = actor_for_user(
        session,
        create_user(
            session, login="coach", display_name="Coach", role="coach",
            password="coach-password", actor=admin,
        ).id,
    )  # fmt: skip
    draft = sheets.create_sheet(
        session, {"title": "Médiation : brouillon", "kind": "guide"}, actor=coach
    )
    sheets.set_sheet_status(
        session, library["title"].id, "archived",
        expected_version=library["title"].version_id, actor=admin,
    )  # fmt: skip
    assert {
        h.id for h in search_sheets(session, SheetQuery(text="mediation"), actor=coach).hits
    } == {
        draft.id,
        library["body"].id,
    }
    viewer_hits = search_sheets(
        session,
        SheetQuery(text="mediation"),
        actor=actor_for_user(
            session,
            create_user(
                session, login="viewer", display_name="V", role="viewer",
                password="viewer-password", actor=admin,
            ).id,
        ),
    ).hits  # fmt: skip
    assert [h.id for h in viewer_hits] == [library["body"].id]
    archived = search_sheets(
        session, SheetQuery(text="mediation", statuses=(SheetStatus.ARCHIVED,)), actor=admin
    )
    assert [h.id for h in archived.hits] == [library["title"].id]


def test_no_words_lists_newest_first(session, admin, library):
    result = search_sheets(session, SheetQuery(text=" ' - "), actor=admin)
    assert result.total == 3 and result.hits[0].snippet is None


def test_snippet_finds_ligatures_and_cuts_long_text():
    text = "Début. " + "mot " * 100 + "Le cœur du projet : un œuvre collective. " + "fin " * 100
    snippet = best_snippet([("body", text)], ["coeur", "oeuvre"])
    marked = snippet.marked()
    assert marked.startswith("…") and marked.endswith("…")
    assert "[cœur]" in marked and "[œuvre]" in marked
    assert best_snippet([("body", text)], ["absent"]) is None


def test_the_demo_sheets_are_found(session, admin):
    from datetime import date

    from incubator_app.demo.toolbox import SHEETS, fill_toolbox

    with session.bind.begin() as conn:
        fill_toolbox(conn, scale="small", seed=1, reference_date=date(2026, 11, 1))
    everything = search_sheets(session, SheetQuery(), actor=admin)
    assert everything.total == len(SHEETS)
    found = search_sheets(session, SheetQuery(text="college theatre"), actor=admin)
    assert found.hits[0].title == "Résidence de théâtre au collège Marcel-Pagnol"
    assert sheets.list_revisions(session, found.hits[0].id, actor=admin)[0].number == 1


def test_the_index_preferred_plan_finds_the_same_sheets_in_the_same_order(
    session, admin, monkeypatch
):
    """On PostgreSQL a broad search is made to use the GIN index (search._index_preferred);
    only the plan changes: on a corpus where most words are in many sheets, every query gives
    the same total, hits and order with and without it, and the planner's setting is back
    afterwards."""
    import random
    from contextlib import nullcontext

    from sqlalchemy import text

    from incubator_app.services.toolbox import search

    rng = random.Random(7)
    words = "atelier théâtre musique médiation résidence samedi élèves village bilan de la".split()
    for i in range(60):
        _published(
            session, admin, title=f"Fiche {i} " + " ".join(rng.sample(words, 3)), kind="method",
            summary=" ".join(rng.choices(words, k=12)), body=" ".join(rng.choices(words, k=80)),
            tags=", ".join(rng.sample(words[:6], 2)), territory=rng.choice(["Aubagne", None]),
        )  # fmt: skip
    queries = [
        SheetQuery(text=t) for t in ("samedi", "med", "de", "theatre eleves", "ate mus", "zzz")
    ] + [SheetQuery(text="village", tag="musique"), SheetQuery(text="bilan", territory="Aubagne")]

    def run() -> list:
        out = []
        for query in queries:
            result = search_sheets(session, query, actor=admin, limit=100)
            out.append((result.total, [(h.id, h.snippet) for h in result.hits]))
        return out

    preferred = run()
    assert preferred[0][0] > 10 and preferred[-3][0] == 0
    if session.get_bind().dialect.name == "postgresql":
        assert session.scalar(text("SELECT current_setting('enable_seqscan')")) == "on"
    monkeypatch.setattr(search, "_index_preferred", lambda session, dialect: nullcontext())
    assert run() == preferred


def _has(text: str, word: str) -> bool:
    """The oracle: a word of `text` (folded) is `word` (a common word) or starts with it."""
    from incubator_app.db.search_index import folded_words
    from incubator_app.services.toolbox.search import STOP_WORDS

    tokens = folded_words(text).split()
    return any(t == word if word in STOP_WORDS else t.startswith(word) for t in tokens)


def test_files_are_searched_beside_the_sheets_the_same_sheets_those_by_files_last(session, admin):
    """The files' text has an index of its own: a sheet is found when each word is in its own
    text or in its files' (the same sheets and total as one index over both, checked against a
    plain reading of the texts); the sheets whose own text holds every word come first, then
    those found through their files, whose snippet is from the files."""
    import random

    from incubator_app.services.toolbox import attachments

    rng = random.Random(11)
    words = "atelier théâtre musique médiation résidence samedi élèves village bilan de la".split()
    own_text, files_text = {}, {}
    for i in range(40):
        body = " ".join(rng.choices(words, k=rng.randint(0, 5)))
        sheet = _published(
            session, admin, title=f"Fiche {i}", kind="method", body=body or None,
            tags=rng.choice(["Musique", None]),
        )  # fmt: skip
        own_text[sheet.id] = f"Fiche {i} {body} {'Musique' if sheet.tags else ''}"
        files_text[sheet.id] = ""
        for n in range(rng.choice([0, 0, 1, 2])):
            content = " ".join(rng.choices(words, k=rng.randint(3, 30)))
            name = f"notes-{n}.txt"
            attachments.attach_file(
                session, sheet.id, content.encode(), original_name=name, actor=admin
            )
            files_text[sheet.id] += f" {name} {content}"
    queries = ["samedi", "med", "de", "theatre eleves", "ate mus", "village bilan la", "notes"]
    for typed in queries:
        result = search_sheets(session, SheetQuery(text=typed), actor=admin, limit=500)
        terms = result.words
        expected = {
            i
            for i in own_text
            if all(_has(own_text[i], w) or _has(files_text[i], w) for w in terms)
        }
        by_own = {i for i in expected if all(_has(own_text[i], w) for w in terms)}
        assert result.total == len(expected), typed
        assert {h.id for h in result.hits} == expected, typed
        assert len(expected - by_own) > 0 or typed in ("de",), typed
        if all(w in ("de", "la") for w in terms):
            continue  # common words alone: newest first, no ranking
        first = [h.id for h in result.hits[: len(by_own)]]
        assert set(first) == by_own, typed
        by_files = result.hits[len(by_own) :]
        assert [h.id for h in by_files] == sorted(h.id for h in by_files), typed
        if len(terms) == 1:
            assert {h.snippet.field for h in by_files} <= {"attachments_text"}, typed


def test_a_damaged_or_locked_file_is_kept_with_a_note_and_found_by_its_name(session, admin):
    from toolbox_files import locked_pdf_bytes

    from incubator_app.models import ExtractionNote
    from incubator_app.services.toolbox import attachments

    sheet = _published(session, admin, title="Budget prévisionnel", kind="template")
    broken = attachments.attach_file(
        session, sheet.id, b"%PDF-1.4 not really", original_name="tableau.pdf", actor=admin
    )
    locked = attachments.attach_file(
        session, sheet.id, locked_pdf_bytes(["secret"]), original_name="verrou.pdf", actor=admin
    )
    assert broken.extraction_note is ExtractionNote.UNREADABLE
    assert locked.extraction_note is ExtractionNote.PASSWORD_PROTECTED
    (hit,) = search_sheets(session, SheetQuery(text="verrou"), actor=admin).hits
    assert hit.id == sheet.id and hit.snippet.field == "attachments_text"
    assert search_sheets(session, SheetQuery(text="secret"), actor=admin).total == 0
    attachments.remove_attachment(session, broken.id, actor=admin)
    attachments.remove_attachment(session, locked.id, actor=admin)
    assert search_sheets(session, SheetQuery(text="verrou"), actor=admin).total == 0
