"""On a secured server, the documents' content kept in the database (`stored_file_content`,
issue 18) is read only through a document or event material one can see: a coach of another
site cannot SELECT it, nobody changes it, and a content another site still uses is never
deleted. Each case names the SQL it tries, as tests/core/test_server_security.py does (whose
fixtures these are: a secured database, coach A in Marseille, coach B in Avignon)."""

from __future__ import annotations

import hashlib

import pytest
import test_server_security as secured
from sqlalchemy import text
from test_server_security import _app_session, _refused, _scalar_list

from incubator_app.models import Role
from incubator_app.services.administration.users import authenticate
from incubator_app.services.entrepreneurs.documents import (
    attach_document,
    document_path,
    remove_document,
)

# The secured database and its two sites (fixtures of test_server_security.py).
server = secured.server
two_sites = secured.two_sites

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(
        not __import__("os").environ.get("INCUBATOR_TEST_DB_URL"),
        reason="needs a PostgreSQL server (INCUBATOR_TEST_DB_URL)",
    ),
]

MINE = b"%PDF-1.4 Business plan de Marseille\n"
THEIRS = b"%PDF-1.4 CV confidentiel d'Avignon\n"
SHARED = b"%PDF-1.4 Charte du reseau, la meme pour tous\n"


def _h(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def test_a_coach_reads_only_the_content_of_documents_they_see(
    server, two_sites, session, monkeypatch, tmp_path
):
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(tmp_path / "pc1"))
    admin = server["actors"]["admin"]
    attach_document(session, two_sites["mine"], MINE, original_name="bp.pdf", actor=admin)
    attach_document(session, two_sites["other"], THEIRS, original_name="cv.pdf", actor=admin)
    coach_a, coach_b = server["connect"]("coach_a"), server["connect"]("coach_b")

    # SQL: SELECT content_hash FROM stored_file_content
    assert _scalar_list(coach_a, "SELECT content_hash FROM stored_file_content") == [_h(MINE)]
    assert _scalar_list(coach_b, "SELECT content_hash FROM stored_file_content") == [_h(THEIRS)]
    # SQL: SELECT content FROM stored_file_content WHERE content_hash = <Avignon's CV>
    sql = "SELECT content FROM stored_file_content WHERE content_hash = :h"
    assert _scalar_list(coach_a, sql, h=_h(THEIRS)) == []
    # SQL: SELECT count(*) FROM stored_file_content WHERE position('Avignon' in content) > 0
    sql = "SELECT count(*) FROM stored_file_content WHERE position('Avignon'::bytea in content) > 0"
    assert _scalar_list(coach_a, sql) == [0]
    # SQL: UPDATE stored_file_content SET content = 'x'  (nobody changes a content)
    assert _refused(coach_a, "UPDATE stored_file_content SET content = 'x'") == "42501"
    # SQL: DELETE FROM stored_file_content WHERE content_hash = <Avignon's CV>  (no row seen)
    with coach_a.connect() as conn:
        sql = "DELETE FROM stored_file_content WHERE content_hash = :h"
        assert conn.execute(text(sql), {"h": _h(THEIRS)}).rowcount == 0
    # SQL: INSERT INTO stored_file_content VALUES (...)  as a viewer (who attaches nothing)
    sql = "INSERT INTO stored_file_content VALUES ('0', 1, 'x')"
    assert _refused(server["connect"]("viewer"), sql) == "42501"
    # The network's people read both.
    for who in ("admin", "staff"):
        seen = _scalar_list(server["connect"](who), "SELECT content_hash FROM stored_file_content")
        assert sorted(seen) == sorted([_h(MINE), _h(THEIRS)]), who


def test_through_the_app_a_sites_staff_opens_on_another_pc_and_keeps_what_others_use(
    server, two_sites, session, monkeypatch, tmp_path
):
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(tmp_path / "pc1"))
    from incubator_app.services.sites.members import add_member

    admin = server["actors"]["admin"]
    # The staff member works in Marseille only: Avignon's rows are hidden from them.
    add_member(session, two_sites["mrs"], server["actors"]["staff"].user_id, Role.STAFF,
               actor=admin)  # fmt: skip
    attach_document(session, two_sites["other"], SHARED, original_name="charte.pdf", actor=admin)
    database = _app_session(server, "staff")
    try:
        with database.session() as app:
            staff = authenticate(app, server["logins"]["staff"], "")
            assert _scalar_list(server["connect"]("staff"), "SELECT count(*) FROM document") == [0]
            # Marseille's staff attaches on PC 1 (the server's policies let the content in)...
            doc = attach_document(
                app, two_sites["mine"], SHARED, original_name="charte.pdf", actor=staff
            )
            mine = attach_document(
                app, two_sites["mine"], MINE, original_name="bp.pdf", actor=staff
            )
            # ...and opens both on PC 2, whose data folder is empty.
            monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(tmp_path / "pc2"))
            assert document_path(app, doc.id, actor=staff).read_bytes() == SHARED
            assert document_path(app, mine.id, actor=staff).read_bytes() == MINE
            # Removing their own rows: the content Avignon still uses stays (they cannot
            # see that it does; the server's policy keeps it), their own goes.
            remove_document(app, doc.id, expected_version=None, actor=staff)
            remove_document(app, mine.id, expected_version=None, actor=staff)
    finally:
        database.dispose()
    everything = _scalar_list(
        server["connect"]("admin"), "SELECT content_hash FROM stored_file_content"
    )
    assert everything == [_h(SHARED)]
