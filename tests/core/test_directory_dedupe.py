"""Duplicates inside one listing (when the user says it holds some) and inside the directory
itself: merged above the threshold, queued between the thresholds, never chained, a person's
"different" honoured; the CLI `directory dedupe`."""

from __future__ import annotations

import pytest
from cli_accounts import passwords_on_stdin
from sqlalchemy import func, select
from test_directory_linkage import HEADER, write_csv

from incubator_app.cli import main as cli_main
from incubator_app.models import DirectoryActor, DirectoryMerge, PairDecision
from incubator_app.services.directory.dedupe import dedupe_directory, preview_dedupe
from incubator_app.services.directory.listings import import_listing
from incubator_app.services.directory.merges import unmerge
from incubator_app.services.directory.review import decide_pair, review_queue
from incubator_app.services.directory.runs import link_directory

pytestmark = pytest.mark.core

ROWS = [
    ["Festival des Nuits du Sud", "Vence", "06140", "", "nuitsdusud.com", "", "1998"],
    ["Nuits du Sud", "Vence", "06140", "", "https://www.nuitsdusud.com", "", "1998"],
    ["Jazz à Vence", "Vence", "06140", "", "", "", ""],
]


def _live(session) -> int:
    stmt = select(func.count()).select_from(DirectoryActor)
    return session.scalar(stmt.where(DirectoryActor.merged_into_id.is_(None)))


@pytest.mark.parametrize("flagged", [False, True])
def test_a_listing_with_duplicates_is_deduplicated_by_the_link_run(
    tmp_path, session, admin, flagged
):
    path = write_csv(tmp_path / "a.csv", HEADER, ROWS)
    import_listing(session, path, source="A", has_duplicates=flagged, actor=admin)
    summary = link_directory(session, actor=admin)
    # One row per actor in a listing, unless the user says it holds duplicates.
    assert summary.merged == (1 if flagged else 0)
    assert _live(session) == (2 if flagged else 3)


def test_the_directory_itself_is_deduplicated(
    tmp_path, session, admin, db_url, capsys, monkeypatch
):
    path = write_csv(tmp_path / "a.csv", HEADER, ROWS + [ROWS[0]])
    import_listing(session, path, source="A", actor=admin)
    assert _live(session) == 4
    before = preview_dedupe(session, actor=admin)
    assert _live(session) == 4  # counted, nothing written
    # Rows 1, 2 and 4 are one festival: one pair per actor and run, never a chain.
    assert before.merged == 1
    summary = dedupe_directory(session, actor=admin)
    assert summary.merged == 1 and _live(session) == 3
    again = dedupe_directory(session, actor=admin)
    assert again.merged == 1 and _live(session) == 2
    assert dedupe_directory(session, actor=admin).merged == 0
    # Each merge is logged and undoable.
    last = session.scalars(select(DirectoryMerge.id).order_by(DirectoryMerge.id.desc())).first()
    unmerge(session, last, actor=admin)
    assert _live(session) == 3

    passwords_on_stdin(monkeypatch, "admin-password")
    code = cli_main(
        ["directory", "dedupe", "--db", db_url, "--user", "admin", "--dry-run", "--lang", "en"]
    )
    out = capsys.readouterr().out
    # The undone merge is remembered as the person's "different": not proposed again (before
    # branch dir6 this dry run counted it as 1 to merge).
    assert code == 0 and out.startswith("Merged: 0; queued for review: 0")


def test_a_review_pair_and_a_different_verdict(tmp_path, session, admin):
    rows = [
        ["Théâtre de la Ville", "Vence", "06140", "", "", "", ""],
        ["Théâtre Ville", "Vence", "06140", "", "", "", ""],
    ]
    import_listing(session, write_csv(tmp_path / "a.csv", HEADER, rows), source="A", actor=admin)
    summary = dedupe_directory(session, auto_above=30.0, review_above=-5.0, actor=admin)
    assert summary.merged == 0 and summary.review == 1
    queue = review_queue(session, actor=admin)
    assert len(queue) == 1
    decide_pair(session, queue[0].pair_id, "different", actor=admin)
    later = dedupe_directory(session, auto_above=0.0, review_above=-5.0, actor=admin)
    assert later.merged == 0 and later.review == 0  # the person's "different" holds
    assert session.scalar(select(func.count()).select_from(PairDecision)) == 1


def test_a_link_run_keeps_the_review_pairs_of_a_dedupe(tmp_path, session, admin):
    rows = [
        ["Théâtre de la Ville", "Vence", "06140", "", "", "", ""],
        ["Théâtre Ville", "Vence", "06140", "", "", "", ""],
    ]
    other = [["Jazz à Vence", "Vence", "06140", "", "", "", ""]]
    import_listing(session, write_csv(tmp_path / "a.csv", HEADER, rows), source="A", actor=admin)
    import_listing(session, write_csv(tmp_path / "b.csv", HEADER, other), source="B", actor=admin)
    assert dedupe_directory(session, auto_above=30.0, review_above=-5.0, actor=admin).review == 1
    queued = [q.pair_id for q in review_queue(session, actor=admin)]
    assert len(queued) == 1
    # The link run refreshes its own pairs (here "Jazz à Vence" against the theatres, below any
    # zone at the default thresholds) and leaves the dedupe's pair in the queue.
    link_directory(session, actor=admin)
    assert [q.pair_id for q in review_queue(session, actor=admin)] == queued
    # Its own pairs are replaced at every full run (other thresholds: every record again), the
    # dedupe's pair stays.
    link_directory(session, auto_above=30.0, review_above=-30.0, full=True, actor=admin)
    link_directory(session, auto_above=30.0, review_above=-30.0, full=True, actor=admin)
    found_by = session.scalars(select(PairDecision.found_by).order_by(PairDecision.id)).all()
    assert found_by.count("dedupe") == 1 and "link" in found_by
    assert len(review_queue(session, actor=admin)) == len(found_by)
