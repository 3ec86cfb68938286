"""Toolbox search at the issue's scale: 10,000 sheets and 5,000 attached documents' text.

    PYTHONPATH=. .venv/bin/python benchmarks/toolbox.py --db /tmp/toolbox-bench.sqlite3 \
        [--pg postgresql+psycopg://incubator@127.0.0.1:PORT/postgres] [--runs 3 --samples 15]

Builds (once; reused when the file or database exists) a database with 10,000 sheets of French
text (a vocabulary of real words of the trade plus rarer made-up words, drawn with a Zipf law,
seed 1) and 5,000 attachments whose extracted text (600 to 1,800 words each) feeds the files'
index as the service does (`toolbox_files_text`). Then times, with a fresh session per call,
each query two ways side by side: through `search_sheets` (what the UI and the CLI call: count,
25 best hits,
their highlighted snippets) and as the bare ranked SQL (`MATCH` + bm25 / `@@` + ts_rank over the
sheets' own index, LIMIT 25: the files' index, which adds the hits found only there, is left out),
so the cost of the service's own work shows. Prints a Markdown table: median of the runs'
medians and the worst single call. With `--pg`, the same on a PostgreSQL database named
`bench_toolbox` on that server (built once, left there).
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from benchmarks.machine import cpu_model
from incubator_app.db.migrate import open_database
from incubator_app.db.toolbox_index import FTS_TABLE, PG_COLUMN
from incubator_app.models import ToolboxAttachment, ToolboxFilesText, ToolboxSheet
from incubator_app.services.actor import Actor
from incubator_app.services.toolbox.search import (
    SheetQuery,
    _match_expression,
    search_sheets,
    search_terms,
)

SHEETS, ATTACHMENTS = 10_000, 5_000
TARGET_MS = 100.0
WORDS = (
    "atelier théâtre musique danse médiation résidence création spectacle public habitants "
    "territoire commune école collège lycée élèves familles association compagnie artiste "
    "artisan céramique bijou édition livre lecture bibliothèque médiathèque festival concert "
    "répétition scène salle tournée village quartier ville rural urbain partenariat convention "
    "subvention budget financement mécénat région département mairie intercommunalité EPCI "
    "communication affiche réseau bénévoles programmation billetterie tarif entrée gratuite "
    "accessibilité handicap jeunesse seniors insertion emploi formation accompagnement coaching "
    "projet calendrier planning réunion bilan évaluation indicateurs retour expérience réussite "
    "échec difficulté solution méthode outil modèle guide contact fiche document photo vidéo "
    "numérique site internet newsletter presse radio journaliste transport bus covoiturage "
    "logement hébergement repas buffet marché producteurs agriculteurs ferme patrimoine musée "
    "exposition galerie vernissage arts plastiques peinture sculpture photographie cinéma "
    "projection court métrage écriture slam poésie conte marionnettes cirque arts de la rue "
    "été hiver printemps automne samedi dimanche soir matin semaine mois année saison"
).split()


FUNCTION_WORDS = (
    "de la le et les des en un une du à pour avec sur par au dans qui que est sont a ont pas "
    "plus ne se ce il elle nous vous ils leur aux son sa ses mais ou comme tout bien très"
).split()


def _vocabulary(rng: random.Random) -> list[str]:
    """French-like text's ranks: function words first, then 40,000 words where the trade's
    words sit at ranks spread from 40 to about 8,000 (some common, most rare)."""
    syllables = ["ba", "ro", "li", "tu", "mé", "ca", "do", "ré", "sa", "vi", "pon", "tra", "gé",
                 "lo", "mi", "ter", "nu", "cho", "fa", "ges"]  # fmt: skip
    made_up: set[str] = set()
    while len(made_up) < 40_000:
        made_up.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 5))))
    rest = sorted(made_up)
    rng.shuffle(rest)
    for word in WORDS:
        rest.insert(int(40 * (200 ** rng.random())), word)  # log-uniform ranks 40..8,000
    return FUNCTION_WORDS + rest


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng)
        n = len(self.vocab)
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(n)))

    def words(self, count: int) -> str:
        chosen = self.rng.choices(self.vocab, cum_weights=self.cum_weights, k=count)
        sentences, out = [], []
        for i, word in enumerate(chosen, 1):
            out.append(word)
            if i % 14 == 0:
                sentences.append(" ".join(out).capitalize() + ".")
                out = []
        if out:
            sentences.append(" ".join(out).capitalize() + ".")
        return " ".join(sentences)


def build(url: str) -> None:
    database = open_database(url)
    try:
        with database.engine.begin() as conn:
            if conn.execute(text("SELECT count(*) FROM toolbox_sheet")).scalar():
                return
        writer = _Writer(1)
        kinds = ["experience", "method", "template", "guide", "link", "contact_tip"]
        territories = ["Marseille", "Aubagne", "Haut-Var", "Pays d'Arles", "Luberon", None]
        started = time.perf_counter()
        sheets, attachments, files = [], [], []
        attached = set(writer.rng.sample(range(1, SHEETS + 1), ATTACHMENTS))
        for i in range(1, SHEETS + 1):
            files_text = None
            if i in attached:
                files_text = f"document-{i}.pdf\n" + writer.words(writer.rng.randint(600, 1800))
                attachments.append(
                    {
                        "sheet_id": i,
                        "content_hash": f"{i:064x}",
                        "original_name": f"document-{i}.pdf",
                        "size_bytes": len(files_text) * 3,
                        "extracted_text": files_text,
                    }
                )
                files.append({"sheet_id": i, "joined_text": files_text})
            sheets.append(
                {
                    "id": i,
                    "title": writer.words(writer.rng.randint(3, 8)).rstrip("."),
                    "kind": kinds[i % len(kinds)],
                    "status": "published" if i % 10 else "draft",
                    "summary": writer.words(writer.rng.randint(15, 40)),
                    "body": writer.words(writer.rng.randint(80, 400)),
                    "worked": writer.words(writer.rng.randint(10, 60)),
                    "failed": writer.words(writer.rng.randint(10, 60)),
                    "tags": ", ".join(writer.rng.sample(WORDS[:60], 3)),
                    "territory": territories[i % len(territories)],
                    "author_name": "Bench",
                }
            )
        with database.engine.begin() as conn:
            for start in range(0, SHEETS, 1000):
                conn.execute(insert(ToolboxSheet), sheets[start : start + 1000])
            for start in range(0, ATTACHMENTS, 1000):
                conn.execute(insert(ToolboxAttachment), attachments[start : start + 1000])
                conn.execute(insert(ToolboxFilesText), files[start : start + 1000])
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT setval('toolbox_sheet_id_seq', :n)"), {"n": SHEETS})
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("VACUUM ANALYZE toolbox_sheet"))
                conn.execute(text("VACUUM ANALYZE toolbox_files_text"))
            else:
                conn.execute(text("ANALYZE"))
        print(f"built {url} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    finally:
        database.dispose()


QUERIES = {
    "the rarest trade word": SheetQuery(text="{rare}"),
    "the commonest trade word": SheetQuery(text="{common}"),
    "two words, accents left out": SheetQuery(text="theatre eleves"),
    "a 3-letter prefix": SheetQuery(text="med"),
    "a function word alone (every sheet)": SheetQuery(text="de"),
    "word + tag + territory": SheetQuery(text="concert", tag="festival", territory="Aubagne"),
    "no words: newest first": SheetQuery(text=""),
}


def _raw(conn, words: list[str]) -> list[int]:
    """The bare ranked query: the service's match expression, no filters, ids only."""
    match = _match_expression(words, conn.dialect.name)
    if conn.dialect.name == "postgresql":
        return conn.execute(
            text(
                f"SELECT id FROM toolbox_sheet, to_tsquery('simple', :m) AS q "
                f"WHERE {PG_COLUMN} @@ q ORDER BY ts_rank({PG_COLUMN}, q) DESC, id LIMIT 25"
            ),
            {"m": match},
        ).all()
    return conn.execute(
        text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m "
            f"ORDER BY bm25({FTS_TABLE}, 10, 5, 5, 4, 3, 2, 1.5, 1.5, 2, 2, 1.5) LIMIT 25"
        ),
        {"m": match},
    ).all()


def _ms(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def time_queries(url: str, runs: int, samples: int) -> dict[str, tuple[list, list, int]]:
    database = open_database(url)
    actor = Actor.system()
    out: dict[str, tuple[list, list, int]] = {}
    try:
        vocab = _Writer(1).vocab
        ranked = sorted((w for w in WORDS if w not in FUNCTION_WORDS), key=vocab.index)
        picked = {"rare": ranked[-1], "common": ranked[0]}
        for name, query in QUERIES.items():
            query = replace(query, text=query.text.format(**picked))
            name = f"{name} ({query.text})" if "{" in QUERIES[name].text else name
            service_runs, raw_runs, total = [], [], 0
            for _ in range(runs):
                service, raw = [], []
                for _ in range(samples):

                    def call(query=query) -> None:
                        nonlocal total
                        with database.session() as session:
                            total = search_sheets(session, query, actor=actor).total

                    service.append(_ms(call))
                    if query.text and not query.tag:
                        words = search_terms(query.text)
                        with database.engine.connect() as conn:
                            raw.append(_ms(lambda conn=conn, w=words: _raw(conn, w)))
                service_runs.append(service)
                raw_runs.append(raw)
            out[name] = (service_runs, raw_runs, total)
    finally:
        database.dispose()
    return out


def _cell(runs: list[list[float]]) -> tuple[str, str, float]:
    if not runs or not runs[0]:
        return "–", "–", 0.0
    median = statistics.median(statistics.median(r) for r in runs)
    worst = max(max(r) for r in runs)
    return f"{median:.1f}", f"{worst:.1f}", median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/toolbox-bench.sqlite3")
    parser.add_argument("--pg", help="a PostgreSQL server URL (database 'postgres')")
    parser.add_argument("--skip-sqlite", action="store_true", help="time PostgreSQL only")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--samples", type=int, default=15)
    args = parser.parse_args()
    targets = [] if args.skip_sqlite else [("SQLite", str(Path(args.db)))]
    if args.pg:
        admin = create_engine(make_url(args.pg), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            if not conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname='bench_toolbox'")
            ).first():
                conn.execute(text("CREATE DATABASE bench_toolbox"))
        admin.dispose()
        targets.append(
            ("PostgreSQL", make_url(args.pg).set(database="bench_toolbox").render_as_string(False))
        )
    print(f"CPU: {cpu_model()}")
    print(
        "| database | query | hits | service median (ms) | service worst (ms) "
        "| raw SQL median (ms) | raw SQL worst (ms) | target | result |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for label, url in targets:
        build(url)
        for name, (service, raw, total) in time_queries(url, args.runs, args.samples).items():
            s_median, s_worst, value = _cell(service)
            r_median, r_worst, _ = _cell(raw)
            verdict = "pass" if value < TARGET_MS else "FAIL"
            print(f"| {label} | {name} | {total} | {s_median} | {s_worst} | {r_median} "
                  f"| {r_worst} | < {TARGET_MS:.0f} | {verdict} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
