"""The link run finds the records no run examined yet by itself (`source_record.linked_at`):
incremental by default, `--full` again on everything, marks written with the run's results or
not at all, and migration 0041 marking the listings an earlier run crossed."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from cli_accounts import passwords_on_stdin
from sqlalchemy import select
from test_directory_linkage import HEADER, _link_outcome, left_rows, right_rows, write_csv

from incubator_app.cli import main as cli_main
from incubator_app.models import SourceRecord
from incubator_app.services.directory import runs
from incubator_app.services.directory.listings import import_listing
from incubator_app.services.directory.runs import count_unexamined, link_directory, preview_link

pytestmark = pytest.mark.core


def _files(tmp_path):
    rng = random.Random(4141)
    words = ["Jazz", "Rock", "Théâtre", "Cirque", "Nuits", "Scène", "Arts", "Sud", "Danse"]
    places = [("Vence", "06140"), ("Cherbourg", "50100"), ("Saint-Cloud", "92210")]

    def rows(n: int) -> list[list[str]]:
        out = []
        for _ in range(n):
            name = " ".join(rng.sample(words, 2))
            city, code = rng.choice(places)
            site = f"{name.split()[0].lower()}{rng.randrange(3)}.fr" if rng.random() < 0.4 else ""
            year = str(1995 + rng.randrange(4)) if rng.random() < 0.6 else ""
            out.append([f"Festival {name}", city, code, "", site, "", year])
        return out

    a_rows = left_rows() + rows(25)
    x_rows = right_rows() + rows(25)
    b_rows = [[r[0].upper(), *r[1:]] for r in rng.sample(a_rows + x_rows, 12)] + rows(20)
    return {
        "A": write_csv(tmp_path / "a.csv", HEADER, a_rows),
        "X": write_csv(tmp_path / "x.csv", HEADER, x_rows),
        "B": write_csv(tmp_path / "b.csv", HEADER, b_rows),
    }


def _marks(session) -> dict[int, object]:
    session.expire_all()
    return dict(session.execute(select(SourceRecord.id, SourceRecord.linked_at)).all())


def _unmarked(session) -> set[int]:
    return {i for i, at in _marks(session).items() if at is None}


def test_the_default_run_examines_the_new_listing_only_and_gives_the_named_runs_result(
    tmp_path, db_url, session, admin, system
):
    from incubator_app.db.migrate import open_database

    files = _files(tmp_path)
    import_listing(session, files["A"], source="A", actor=admin)
    import_listing(session, files["X"], source="X", actor=admin)
    total = len(_marks(session))
    assert count_unexamined(session, actor=admin) == total
    first = link_directory(session, actor=admin)
    assert first.examined == total and not _unmarked(session)
    b = import_listing(session, files["B"], source="B", actor=admin)
    new = _unmarked(session)
    assert len(new) == b.rows == count_unexamined(session, actor=admin)
    preview = preview_link(session, actor=admin)
    summary = link_directory(session, actor=admin)  # nothing named: finds B by itself
    assert summary.examined == b.rows and not _unmarked(session)
    assert preview == {"auto": summary.merged, "review": summary.review, "reject": summary.rejected}
    outcome = _link_outcome(session)

    # The same steps with B named (dir4's incremental run, checked against a full run there).
    other_db = open_database(str(tmp_path / "named.sqlite3"))
    try:
        with other_db.session() as other:
            for source in ("A", "X"):
                import_listing(other, files[source], source=source, actor=system)
            link_directory(other, actor=system)
            named = import_listing(other, files["B"], source="B", actor=system).listing_id
            named_summary = link_directory(other, listings=[named], actor=system)
            assert _link_outcome(other) == outcome
    finally:
        other_db.dispose()
    assert (summary.merged, summary.review, summary.rejected) == (
        named_summary.merged,
        named_summary.review,
        named_summary.rejected,
    )
    assert summary.merged > 0


def test_nothing_new_examines_nothing_and_changes_nothing(tmp_path, session, admin):
    files = _files(tmp_path)
    for source in ("A", "X"):
        import_listing(session, files[source], source=source, actor=admin)
    link_directory(session, actor=admin)
    before, marks = _link_outcome(session), _marks(session)
    assert preview_link(session, actor=admin) == {"auto": 0, "review": 0, "reject": 0}
    again = link_directory(session, actor=admin)
    assert again == runs.LinkSummary(merged=0, review=0, rejected=0, examined=0)
    assert _link_outcome(session) == before and _marks(session) == marks


@pytest.mark.clock("2026-12-04 10:00")
def test_full_examines_every_record_again(tmp_path, session, admin, frozen_clock):
    files = _files(tmp_path)
    for source in ("A", "X"):
        import_listing(session, files[source], source=source, actor=admin)
    link_directory(session, actor=admin)
    before = _link_outcome(session)
    first_marks = _marks(session)
    frozen_clock.shift(timedelta(hours=1))
    full = link_directory(session, full=True, actor=admin)
    assert full.examined == len(first_marks)
    assert full.merged == 0  # merged already: the same pairs, nothing more to merge
    later = _marks(session)
    assert all(later[i] > first_marks[i] for i in first_marks)
    assert _link_outcome(session) == before


def test_a_failed_run_leaves_marks_pairs_and_actors_untouched(
    tmp_path, session, admin, monkeypatch
):
    files = _files(tmp_path)
    for source in ("A", "X"):
        import_listing(session, files[source], source=source, actor=admin)
    link_directory(session, actor=admin)
    import_listing(session, files["B"], source="B", actor=admin)
    before, marks = _link_outcome(session), _marks(session)
    real = runs._mark_examined

    def fail_after_marking(s, ids):
        real(s, ids)  # the marks, pairs and merges are written, then the run fails
        raise RuntimeError("disk full")

    monkeypatch.setattr(runs, "_mark_examined", fail_after_marking)
    with pytest.raises(RuntimeError):
        link_directory(session, actor=admin)
    assert _marks(session) == marks and _link_outcome(session) == before
    monkeypatch.setattr(runs, "_mark_examined", real)
    waiting = len(_unmarked(session))
    assert waiting and link_directory(session, actor=admin).examined == waiting
    assert not _unmarked(session)


def test_the_cli_links_the_new_records_by_default_and_everything_with_full(
    tmp_path, db_url, session, admin, capsys, monkeypatch
):
    passwords_on_stdin(monkeypatch, "admin-password")
    files = _files(tmp_path)
    for source in ("A", "X"):
        import_listing(session, files[source], source=source, actor=admin)
    session.commit()
    total = len(_marks(session))
    args = ["directory", "link", "--db", db_url, "--user", "admin", "--lang", "en"]
    assert cli_main(args) == 0
    assert f"Records examined: {total}." in capsys.readouterr().out
    assert cli_main(args) == 0
    assert "Records examined: 0." in capsys.readouterr().out
    assert cli_main([*args, "--full"]) == 0
    assert f"Records examined: {total}." in capsys.readouterr().out
    assert cli_main([*args, "--full", "--listing", "1"]) == 2
    assert "--full and --listing" in capsys.readouterr().err


def test_migration_0041_marks_the_listings_an_earlier_run_crossed(tmp_path, db, session, admin):
    from alembic import command

    from incubator_app.db.migrate import _schema_engine, alembic_config

    files = _files(tmp_path)
    for source in ("A", "X"):
        import_listing(session, files[source], source=source, actor=admin)
    link_directory(session, actor=admin)
    b = import_listing(session, files["B"], source="B", actor=admin).listing_id
    crossed = {i for i, at in _marks(session).items() if at is not None}
    of_b = set(session.scalars(select(SourceRecord.id).where(SourceRecord.listing_id == b)))
    session.commit()
    session.close()
    ddl = _schema_engine(db.engine)
    try:
        for target in ("0040", "head"):  # the column gone, then back with the backfill
            with ddl.begin() as conn:
                config = alembic_config()
                config.attributes["connection"] = conn
                if target == "head":
                    command.upgrade(config, target)
                else:
                    command.downgrade(config, target)
    finally:
        if ddl is not db.engine:
            ddl.dispose()
    assert _unmarked(session) == of_b and crossed.isdisjoint(of_b) and crossed
    assert link_directory(session, actor=admin).examined == len(of_b)


def test_id_ranges_are_exactly_the_ids():
    assert runs.id_ranges([5, 1, 2, 3, 7, 8, 10]) == [(1, 3), (5, 5), (7, 8), (10, 10)]
    assert runs.id_ranges([]) == []
