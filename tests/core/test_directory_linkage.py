"""The directory: normalisation, communes, listing import, linkage, merges and exact unmerges,
the CLI (one line and exit 2 for bad listings), and the real Ministry listings when present."""

from __future__ import annotations

import csv
import os
import random
from pathlib import Path

import pytest
from cli_accounts import passwords_on_stdin
from sqlalchemy import func, select

from incubator_app.cli import main as cli_main
from incubator_app.models import (
    ActorSource,
    DirectoryActor,
    DirectoryMerge,
    Listing,
    PairDecision,
    SourceRecord,
)
from incubator_app.models.directory import ACTOR_FIELDS
from incubator_app.services.directory import normalize as norm
from incubator_app.services.directory.communes import resolve_commune
from incubator_app.services.directory.linkage import LinkRecord, link_records, score_pair
from incubator_app.services.directory.list import DirectoryFilter, DirectoryListSource
from incubator_app.services.directory.listings import ListingError, import_listing
from incubator_app.services.directory.merges import merge_actors, unmerge
from incubator_app.services.directory.runs import link_directory
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core

ROOT = Path(__file__).resolve().parents[2]
LISTINGS = Path(
    os.environ.get("INCUBATOR_LISTINGS_DIR", ROOT / ".." / "shared" / "listings")
).resolve()


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, bom: bytes = b"") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    path.write_bytes(bom + path.read_bytes())
    return path


HEADER = [
    "Nom du festival",
    "Commune",
    "Code postal",
    "Code Insee commune",
    "Site internet",
    "Adresse e-mail",
    "Année de création",
]


def left_rows() -> list[list[str]]:
    return [
        [
            "Festival des Nuits du Sud",
            "Vence",
            "6140",
            "6157",
            "https://www.nuitsdusud.com/",
            "",
            "1998",
        ],
        [
            "MUSIQUES À LA CITADELLE",
            "Cherbourg-Octeville",
            "50100",
            "",
            "",
            "contact@citadelle.fr",
            "2005",
        ],
        ["Jazz sous les pins", "Paris", "75010, 75018", "#N/A", "", "", "12ème"],
    ]


def right_rows() -> list[list[str]]:
    return [
        ["Nuits Du Sud", "Vence", "06140", "", "nuitsdusud.com", "", "01/01/1998 00:00"],
        ["Musiques à la Citadelle", "Cherbourg", "50100", "", "", "contact@citadelle.fr", "2005"],
        ["Rock en Seine", "Saint-Cloud", "92210", "", "rockenseine.com", "", "2003"],
    ]


def test_normalisation_of_what_listings_write():
    assert norm.name_key("Musée des Musiques Populaires") == norm.name_key(
        "MUSIQUES POPULAIRES (musée)"
    )
    assert norm.web_domain("https://www.Festival-X.fr/agenda") == "festival-x.fr"
    assert norm.email_address("04 93 58 06 38") is None
    assert norm.phone_number("+33 (0)4 93 58 06 38") == "0493580638"
    assert norm.creation_year("01/01/2005 00:00") == 2005
    assert norm.creation_year("12ème") is None
    assert norm.siret_number("732 829 320 00074") == "73282932000074"
    assert norm.siret_number("73282932000075") is None  # Luhn


def test_communes_resolve_to_insee_codes():
    assert resolve_commune(name="Cherbourg-Octeville").insee == "50129"
    assert resolve_commune(name="Cherbourg", postal="50100").name == "Cherbourg-en-Cotentin"
    assert resolve_commune(insee="6157").insee == "06157"  # lost its leading zero
    assert resolve_commune(name="Paris", postal="75010, 75018").insee == "75056"
    assert resolve_commune(name="La Rochelle", postal="#N/A", departement="17").insee == "17300"
    assert resolve_commune(name="La Rochelle") is None  # two communes of that name
    assert resolve_commune(name="Nulle-Part-sur-Rien") is None


def test_scores_explain_each_field_in_french():
    a = LinkRecord(
        1, 1, "Festival des Nuits du Sud", commune="06157", website="nuitsdusud.com", year=1998
    )
    b = LinkRecord(2, 2, "Nuits Du Sud", commune="06157", website="nuitsdusud.com", year=2001)
    score, evidence = score_pair(a, b)
    assert score > 8
    assert "nom 1,00 +5,0" in evidence and "même commune +3,0" in evidence
    assert "année de création différente −1,5" in evidence
    c = LinkRecord(3, 2, "Nuits du Sud", registry={"museofile": "M1"})
    d = LinkRecord(4, 1, "Nuits du Sud", registry={"museofile": "M2"})
    assert score_pair(c, d)[0] < 0  # two ids of one registry: definitely not the same


def test_one_to_one_per_listing_pair_never_chains():
    # Two identical rows in the left listing, one in the right: one pair only is merged.
    records = [
        LinkRecord(1, 1, "Musée municipal de Vence", commune="06157", website="vence.fr"),
        LinkRecord(2, 1, "Musée municipal de Vence", commune="06157", website="vence.fr"),
        LinkRecord(3, 2, "Musée Municipal De Vence", commune="06157", website="vence.fr"),
    ]
    auto = [c for c in link_records(records) if c.zone == "auto"]
    assert [(c.a, c.b) for c in auto] == [(1, 3)]
    # A person's "different" is honoured by every later run.
    again = link_records(records, decided={(1, 3): "different"})
    assert [(c.a, c.b) for c in again if c.zone == "auto"] == [(2, 3)]


def test_import_and_link_and_export(tmp_path, session, admin, db_url, capsys, monkeypatch):
    left = write_csv(tmp_path / "left.csv", HEADER, left_rows(), bom=b"\xef\xbb\xbf" * 2)
    right = write_csv(tmp_path / "right.csv", HEADER, right_rows())
    one = import_listing(session, left, source="Ministère", actor=admin)
    import_listing(session, right, source="Réseau", actor=admin)
    assert one.rows == 3
    records = session.scalars(select(SourceRecord).order_by(SourceRecord.id)).all()
    assert [r.row_number for r in records] == [1, 2, 3, 1, 2, 3]
    assert records[1].values["commune_insee"] == "50129"
    summary = link_directory(session, actor=admin)
    assert_listing_counts(session)
    assert summary.merged == 2
    live = session.scalar(
        select(func.count())
        .select_from(DirectoryActor)
        .where(DirectoryActor.merged_into_id.is_(None))
    )
    assert live == 4
    passwords_on_stdin(monkeypatch, "admin-password")
    out = tmp_path / "out.csv"
    code = cli_main(
        ["export", "directory", "--db", db_url, "--user", "admin", "-o", str(out), "--with-sources"]
    )
    assert code == 0, capsys.readouterr().err
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "actor_id;actor_name;source;listing;row_number;record_name"
    assert len(lines) == 7
    first = [line.split(";") for line in lines[1:3]]
    assert first[0][0] == first[1][0] and {first[0][2], first[1][2]} == {"Ministère", "Réseau"}


def test_directory_list_counts_sources_per_actor_and_sorts_by_them(tmp_path, session, admin):
    import_listing(
        session, write_csv(tmp_path / "l.csv", HEADER, left_rows()), source="M", actor=admin
    )
    import_listing(
        session, write_csv(tmp_path / "r.csv", HEADER, right_rows()), source="R", actor=admin
    )
    link_directory(session, actor=admin)
    source = DirectoryListSource(DirectoryFilter(), admin)
    assert source.count(session) == 4
    rows = source.fetch(session, SortOrder("name"), 0, 200)
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    assert sorted(r.sources for r in rows) == [1, 1, 2, 2]
    up = [r.sources for r in source.fetch(session, SortOrder("sources"), 0, 200)]
    down = [r.sources for r in source.fetch(session, SortOrder("sources", True), 0, 200)]
    assert up == [1, 1, 2, 2] and down == [2, 2, 1, 1]
    assert [r.sources for r in source.fetch(session, SortOrder("sources"), 1, 2)] == [1, 2]
    one = DirectoryListSource(DirectoryFilter(only_one_listing=True), admin)
    assert one.count(session) == 2
    assert [r.sources for r in one.fetch(session, SortOrder("name"), 0, 200)] == [1, 1]


def test_cli_paths_and_bad_listings(tmp_path, session, admin, db_url, capsys, monkeypatch):
    passwords_on_stdin(monkeypatch, "admin-password")
    left = write_csv(tmp_path / "left.csv", HEADER, left_rows())
    right = write_csv(tmp_path / "right.csv", HEADER, right_rows())

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli_main([*argv, "--db", db_url, "--user", "admin", "--lang", "en"])
        out, err = capsys.readouterr()
        return code, out, err

    empty = tmp_path / "empty.csv"
    empty.write_text("")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    no_name = write_csv(tmp_path / "noname.csv", ["Foo", "Bar"], [["1", "2"]])
    nowhere = write_csv(
        tmp_path / "nowhere.csv", ["Nom", "Commune"], [["A", "Zzyzx"], ["B", "Qwxrt"]]
    )
    for bad in (empty, binary, no_name, nowhere):
        code, out, err = run("import", "listing", str(bad), "--source", "x")
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1 and "Traceback" not in err, (bad, err)
    assert session.scalar(select(func.count()).select_from(Listing)) == 0
    code, out, _ = run("import", "listing", str(left), "--source", "A", "--dry-run")
    assert code == 0 and "nothing written" in out
    assert session.scalar(select(func.count()).select_from(SourceRecord)) == 0
    assert run("import", "listing", str(left), "--source", "A")[0] == 0
    assert run("import", "listing", str(right), "--source", "B")[0] == 0
    code, out, _ = run("directory", "link")
    assert code == 0 and out.strip().startswith("Merged: 2; queued for review: ")
    code, _, err = run("directory", "link", "--auto-above", "2", "--review-above", "5")
    assert code == 2 and len(err.strip().splitlines()) == 1


def assert_listing_counts(session) -> None:
    """Every actor's kept `listing_count` equals the distinct listings of its source records."""
    session.expire_all()
    real = dict(
        session.execute(
            select(ActorSource.actor_id, func.count(func.distinct(SourceRecord.listing_id)))
            .join(SourceRecord, SourceRecord.id == ActorSource.record_id)
            .group_by(ActorSource.actor_id)
        ).all()
    )
    kept = dict(session.execute(select(DirectoryActor.id, DirectoryActor.listing_count)).all())
    assert kept == {a: real.get(a, 0) for a in kept}


def _state(session) -> dict:
    assert_listing_counts(session)
    actors = {
        a.id: ({f: getattr(a, f) for f in ACTOR_FIELDS}, a.merged_into_id, a.listing_count)
        for a in session.scalars(select(DirectoryActor))
    }
    links = dict(session.execute(select(ActorSource.id, ActorSource.actor_id)).all())
    return {"actors": actors, "links": links}


def test_random_merges_and_unmerges_restore_exactly(tmp_path, session, admin):
    rows = [
        [f"Lieu {n}", "Vence", "06140", "", f"site{n % 4}.fr", f"a{n}@x.fr", str(1990 + n)]
        for n in range(12)
    ]
    # Three listings: merging two actors of one listing leaves one listing, of two gives two.
    for name, part in (("A", rows[:5]), ("B", rows[5:9]), ("C", rows[9:])):
        path = write_csv(tmp_path / f"{name}.csv", HEADER, part)
        import_listing(session, path, source=name, actor=admin)
    rng = random.Random(14)
    history: list[tuple[int, dict]] = []  # (merge id, state before it)
    seen_two = False
    for _ in range(40):
        live = session.scalars(
            select(DirectoryActor.id).where(DirectoryActor.merged_into_id.is_(None))
        ).all()
        if history and (len(live) < 2 or rng.random() < 0.4):
            merge_id, before = history.pop()
            unmerge(session, merge_id, actor=admin)
            assert _state(session) == before
        else:
            a, b = rng.sample(list(live), 2)
            before = _state(session)
            history.append((merge_actors(session, a, b, actor=admin), before))
            seen_two = seen_two or max(c for *_f, c in _state(session)["actors"].values()) >= 2
    kinds = session.scalars(select(DirectoryMerge.kind)).all()
    assert "merge" in kinds and "unmerge" in kinds  # the log only grows
    assert seen_two  # some merge gave an actor two listings, another kept one
    while history:
        merge_id, before = history.pop()
        unmerge(session, merge_id, actor=admin)
        assert _state(session) == before


def test_an_older_merge_waits_for_the_later_one(tmp_path, session, admin):
    rows = [[f"Lieu {n}", "Vence", "06140", "", "", "", ""] for n in range(3)]
    import_listing(session, write_csv(tmp_path / "l.csv", HEADER, rows), source="A", actor=admin)
    ids = session.scalars(select(DirectoryActor.id).order_by(DirectoryActor.id)).all()
    first = merge_actors(session, ids[0], ids[1], actor=admin)
    merge_actors(session, ids[0], ids[2], actor=admin)
    from incubator_app.errors import ConflictError

    with pytest.raises(ConflictError):
        unmerge(session, first, actor=admin)


def test_a_listing_without_names_writes_nothing(tmp_path, session, admin):
    path = write_csv(tmp_path / "x.csv", ["Foo"], [["1"]])
    with pytest.raises(ListingError):
        import_listing(session, path, source="x", actor=admin)
    assert session.scalar(select(func.count()).select_from(PairDecision)) == 0


@pytest.mark.skipif(not LISTINGS.is_dir(), reason=f"the Ministry listings are not at {LISTINGS}")
def test_real_museum_listings_link_by_their_names(tmp_path, session, admin):
    import_listing(
        session,
        LISTINGS / "liste-et-localisation-des-musees-de-france.csv",
        source="liste",
        kind="museum",
        actor=admin,
    )
    import_listing(
        session,
        LISTINGS / "musees-de-france-base-museofile.csv",
        source="museofile",
        kind="museum",
        actor=admin,
    )
    summary = link_directory(session, actor=admin)
    assert summary.merged >= 1200
    # Every actor made of two rows holds one row of each listing with the same Muséofile id.
    ids: dict[int, list[str]] = {}
    for actor_id, values in session.execute(
        select(ActorSource.actor_id, SourceRecord.values).join(
            SourceRecord, SourceRecord.id == ActorSource.record_id
        )
    ):
        ids.setdefault(actor_id, []).append(values["registry_ids"].get("museofile"))
    pairs = [v for v in ids.values() if len(v) == 2]
    assert len(pairs) >= 1200 and all(a == b for a, b in pairs)


def test_review_same_different_undo_and_reruns_honour_people(tmp_path, session, admin):
    from incubator_app.services.directory.review import (
        count_review_queue,
        decide_pair,
        review_queue,
        undo_decision,
    )

    header = ["Nom", "Commune", "Code postal"]
    left = write_csv(
        tmp_path / "a.csv",
        header,
        [["Théâtre du Rond-Point des Arts", "Vence", "06140"], ["Cirque Zéphyr", "Vence", "06140"]],
    )
    right = write_csv(
        tmp_path / "b.csv",
        header,
        [
            ["Rond-Point des Arts Vivants", "Vence", "06140"],
            ["Zéphyr Cirque Nomade", "Vence", "06140"],
        ],
    )
    import_listing(session, left, source="A", actor=admin)
    import_listing(session, right, source="B", actor=admin)
    summary = link_directory(session, auto_above=20, review_above=-20, actor=admin)
    assert summary.review == 2 and count_review_queue(session, actor=admin) == 2
    first, second = review_queue(session, actor=admin)
    assert first.left.source == "A" and first.right.source == "B" and "nom" in first.evidence
    decide_pair(session, first.pair_id, "same", actor=admin)
    decide_pair(session, second.pair_id, "different", actor=admin)
    assert count_review_queue(session, actor=admin) == 0
    live = (
        select(func.count())
        .select_from(DirectoryActor)
        .where(DirectoryActor.merged_into_id.is_(None))
    )
    assert session.scalar(live) == 3
    assert_listing_counts(session)  # the review's "same" merged: two listings on one actor
    # A rerun with a threshold that would merge everything keeps both verdicts.
    link_directory(session, auto_above=-20, review_above=-30, actor=admin)
    assert session.scalar(live) == 3
    assert session.get(PairDecision, second.pair_id).verdict == "different"
    undo_decision(session, first.pair_id, actor=admin)
    assert session.scalar(live) == 4 and count_review_queue(session, actor=admin) == 1


def test_bulk_work_pauses_the_cycle_collector_and_starts_it_again():
    import gc

    from incubator_app.services.directory.bulk import without_cycle_collector

    seen = []

    @without_cycle_collector
    def work(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("bad listing")

    assert gc.isenabled()
    work(False)
    with pytest.raises(ValueError):
        work(True)
    assert seen == [False, False] and gc.isenabled()
    gc.disable()  # a caller that had paused it keeps it paused
    try:
        work(False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _link_outcome(session) -> tuple[set, set, dict]:
    """The live actors as sets of (listing source, row), and the stored pairs by the same keys:
    every pair (zone, verdict), and the score of those with a record of listing "B"."""
    session.expire_all()
    key = {
        rid: (source, row)
        for rid, source, row in session.execute(
            select(SourceRecord.id, Listing.source, SourceRecord.row_number).join(
                Listing, Listing.id == SourceRecord.listing_id
            )
        )
    }
    actors: dict[int, set] = {}
    for record_id, actor_id in session.execute(select(ActorSource.record_id, ActorSource.actor_id)):
        actors.setdefault(actor_id, set()).add(key[record_id])
    groups = {frozenset(v) for v in actors.values()}
    pairs, scores = set(), {}
    for d in session.scalars(select(PairDecision)):
        pair = tuple(sorted((key[d.record_a_id], key[d.record_b_id])))
        pairs.add((pair, d.zone, d.verdict))
        if "B" in (pair[0][0], pair[1][0]):
            scores[pair] = d.score
    return groups, pairs, scores


def test_an_incremental_link_of_a_new_listing_gives_the_full_runs_pairs(
    tmp_path, session, admin, system
):
    from incubator_app.db.migrate import open_database
    from incubator_app.errors import NotFound
    from incubator_app.services.directory.review import decide_pair, review_queue

    rng = random.Random(1414)
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
    files = {
        "A": write_csv(tmp_path / "a.csv", HEADER, a_rows),
        "X": write_csv(tmp_path / "x.csv", HEADER, x_rows),
        "B": write_csv(tmp_path / "b.csv", HEADER, b_rows),
    }
    # A and X crossed, a person says "different" to one review pair, then B imported and
    # linked incrementally.
    import_listing(session, files["A"], source="A", actor=admin)
    import_listing(session, files["X"], source="X", actor=admin)
    link_directory(session, actor=admin)
    queue = review_queue(session, actor=admin)
    assert queue
    decide_pair(session, queue[0].pair_id, "different", actor=admin)
    _g, earlier, _s = _link_outcome(session)
    b = import_listing(session, files["B"], source="B", actor=admin).listing_id
    with pytest.raises(NotFound):
        link_directory(session, listings=[b + 100], actor=admin)
    summary = link_directory(session, listings=[b], actor=admin)
    assert_listing_counts(session)
    groups, pairs, scores = _link_outcome(session)

    # The person's verdict stays as it was.
    different = [p for p, _z, v in pairs if v == "different"]
    assert len(different) == 1
    # The same three listings in a fresh database, one full run.
    fresh = open_database(str(tmp_path / "fresh.sqlite3"))
    try:
        with fresh.session() as other:
            for source in ("A", "X", "B"):
                import_listing(other, files[source], source=source, actor=system)
            link_directory(other, actor=system)
            full_groups, full_pairs, full_scores = _link_outcome(other)
    finally:
        fresh.dispose()
    assert summary.merged > 0 and any(z == "review" for _p, z, _v in pairs)
    assert groups == full_groups
    assert scores == full_scores and scores
    # The pairs with a record of B: those of the full run; the others: the earlier run's, as
    # they were (a full run would score A×X again with the word rarities B changed).
    with_b = {(p, z) for p, z, _v in pairs if "B" in (p[0][0], p[1][0])}
    assert with_b == {(p, z) for p, z, _v in full_pairs if "B" in (p[0][0], p[1][0])}
    assert pairs - {(p, z, None) for p, z in with_b} == earlier


def test_cli_link_of_one_listing(tmp_path, session, admin, db_url, capsys, monkeypatch):
    passwords_on_stdin(monkeypatch, "admin-password")
    import_listing(
        session, write_csv(tmp_path / "l.csv", HEADER, left_rows()), source="A", actor=admin
    )
    new = import_listing(
        session, write_csv(tmp_path / "r.csv", HEADER, right_rows()), source="B", actor=admin
    ).listing_id
    session.commit()

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli_main([*argv, "--db", db_url, "--user", "admin", "--lang", "en"])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = run("directory", "link", "--listing", str(new + 1))
    assert code == 2 and err.strip().endswith(f"No listing {new + 1}.")
    assert len(err.strip().splitlines()) == 1
    code, out, _ = run("directory", "link", "--listing", str(new), "--dry-run")
    assert code == 0 and out.strip().startswith("Merged: 2; ")
    code, out, _ = run("directory", "link", "--listing", str(new))
    assert code == 0 and out.strip().startswith("Merged: 2; ")
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(DirectoryMerge)) == 2
