"""Quick search with the contacts (issue 17): what the Ctrl+K dialog costs before (entrepreneurs
only) and after (entrepreneurs, then contacts) the contacts joined it.

    .venv/bin/python -m incubator_app demo --db benchmarks/data/incubator.sqlite3 --scale incubator
    .venv/bin/python benchmarks/quick_search_contacts.py \
        [--db benchmarks/data/incubator.sqlite3] [--runs 9] [--extra-contacts 17000]

Works on a copy of the database (made in a temporary folder). `--extra-contacts N` adds N
generated contacts to the copy first (the network scale has 20,000 contacts, the incubator
3,000). Each query runs in a fresh session, as the dialog opens one, through the services the
dialog calls (`quick_search_entrepreneurs`, `quick_search_contacts`); "before" (entrepreneurs
only) and "after" (both) are measured interleaved, run by run, so the machine's load weighs on
both alike. Also times the contacts' part as a scan without index (`fold_words LIKE`, what the
contacts' list filter did) and as the raw FTS5 SQL of the service. The copy is migrated (which
builds the contacts' index). Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from incubator_app.db.migrate import open_database
from incubator_app.db.search_index import folded_words
from incubator_app.services.actor import Actor
from incubator_app.services.contacts.quick_search import quick_search_contacts
from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs

QUERIES = (
    ("2-letter prefix", "ma"),
    ("name without accents", "helene"),
    ("last name prefix", "dup"),
    ("contact name", "perrin"),
    ("e-mail fragment", "exemple"),
    ("two words", "marie mar"),
    ("no match", "zorglub"),
    ("organisation word", "compagnie"),
)
FIRST = ["Hélène", "François", "Zoé", "Loïc", "Anaïs", "Jérôme", "Inès", "Théo", "Léa", "Noé"]
LAST = ["Durand", "Lefèvre", "Garnier", "Éluard", "Moreau", "Bézier", "Roux", "Faure", "Nguyen"]
ORGS = ["Compagnie du Rivage", "Théâtre du Quai", "Mairie", "Collectif Ossature", None]


def add_contacts(path: Path, count: int) -> None:
    rng = random.Random(17)
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO contact (first_name, last_name, email, organisation, language, consent,"
            " version_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'fr', 0, 1,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            [
                (
                    rng.choice(FIRST),
                    f"{rng.choice(LAST)}{n}",
                    f"contact.{n}@example.net",
                    rng.choice(ORGS),
                )
                for n in range(count)
            ],
        )
    con.close()


def scan_contacts(path: Path, text: str) -> list:
    """The contacts' part without their index: `fold_words(column) LIKE '% word%'` over every
    row (the contacts' list filter before; the first version of the contacts' quick search)."""
    con = sqlite3.connect(path)
    con.create_function("fold_words", 1, folded_words, deterministic=True)
    words = folded_words(text).split()
    fields = ("first_name", "last_name", "email", "organisation")
    where = " AND ".join(
        "(" + " OR ".join(f"fold_words({f}) LIKE ?" for f in fields) + ")" for _ in words
    )
    params = [f"% {w}%" for w in words for _ in fields]
    sql = (
        "SELECT id, first_name, last_name, email, organisation FROM contact WHERE "
        f"{where} AND last_name != '[anonymised]' ORDER BY last_name, first_name, id LIMIT 8"
    )
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def raw_fts_contacts(path: Path, text: str) -> list:
    """The contacts' part through their FTS5 index in plain sqlite3 (the service's query)."""
    con = sqlite3.connect(path)
    match = " ".join(f'"{w}"*' for w in folded_words(text).split())
    sql = (
        "SELECT c.id, c.first_name, c.last_name, c.email, c.organisation FROM contact_search s"
        " JOIN contact c ON c.id = s.rowid WHERE contact_search MATCH ?"
        " AND c.last_name != '[anonymised]' ORDER BY bm25(contact_search, 10.0, 10.0, 4.0, 2.0),"
        " c.last_name, c.first_name, c.id LIMIT 8"
    )
    try:
        return con.execute(sql, (match,)).fetchall()
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("benchmarks/data/incubator.sqlite3"))
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--extra-contacts", type=int, default=0)
    args = parser.parse_args(argv)
    actor = Actor.system()
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / "copy.sqlite3"
        shutil.copy(args.db, copy)
        if args.extra_contacts:
            add_contacts(copy, args.extra_contacts)
        database = open_database(copy, create=False, upgrade=True)  # builds the index
        with database.session() as session:
            contacts = session.execute(
                __import__("sqlalchemy").text("SELECT count(*) FROM contact")
            ).scalar()
        print(f"{copy.stat().st_size // 2**20} MB, {contacts} contacts, {args.runs} runs\n")
        print("| query | text | entrepreneurs | contacts | before ms | after ms | "
              "contacts' part, scan ms | contacts' part, raw FTS SQL ms |")  # fmt: skip
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        try:
            for label, text in QUERIES:

                def before(text: str = text) -> tuple[list, list]:
                    with database.session() as session:
                        return quick_search_entrepreneurs(session, text, actor=actor), []

                def after(text: str = text) -> tuple[list, list]:
                    with database.session() as session:
                        return (
                            quick_search_entrepreneurs(session, text, actor=actor),
                            quick_search_contacts(session, text, actor=actor),
                        )

                # warm the page cache, as a user who already typed once
                before(), after(), scan_contacts(copy, text), raw_fts_contacts(copy, text)
                times: dict[str, list[float]] = {"before": [], "after": [], "scan": [], "raw": []}
                for _ in range(args.runs):
                    for name, fn in (
                        ("before", before),
                        ("after", after),
                        ("scan", lambda text=text: scan_contacts(copy, text)),
                        ("raw", lambda text=text: raw_fts_contacts(copy, text)),
                    ):
                        started = time.perf_counter()
                        result = fn()
                        times[name].append((time.perf_counter() - started) * 1000)
                        if name == "after":
                            hits = result
                med = {k: statistics.median(v) for k, v in times.items()}
                figures = " | ".join(f"{med[k]:.1f}" for k in ("before", "after", "scan", "raw"))
                print(f"| {label} | `{text}` | {len(hits[0])} | {len(hits[1])} | {figures} |")
        finally:
            database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
