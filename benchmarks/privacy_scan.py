"""GDPR: the text scan that finds every row naming a person, before and after it became one
LIKE per column (issue 17; services/privacy/people.py `rows_mentioning`).

    PYTHONPATH=. .venv/bin/python benchmarks/privacy_scan.py --db DEMO.sqlite3 --runs 5

On a demo database (benchmarks/privacy.py makes one), for `--runs` entrepreneurs, times
`collect_person_rows` (the walk and the scan of the access export; the erasure runs the scan
twice) with the former scan (all the text of a row concatenated and lowered, then one LIKE per
needle) and the current one, interleaved (former, current, former, current…) so that the load
of the machine weighs on both alike; checks that the current one finds every row the former
one found (and counts those only it finds: a name in another case, « ÉLODIE » for « Élodie »).
Prints a Markdown table: median and worst seconds of each, and their ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Text, cast, func, literal_column, or_, select, text

from incubator_app.db.migrate import open_database
from incubator_app.services.privacy import people
from incubator_app.services.privacy.people import PersonRef, collect_person_rows, text_columns

_PEOPLE = (
    "SELECT e.id FROM entrepreneur e WHERE EXISTS (SELECT 1 FROM session_participant sp"
    " WHERE sp.entrepreneur_id = e.id) AND EXISTS (SELECT 1 FROM registration r"
    " WHERE r.entrepreneur_id = e.id) ORDER BY e.id"
)


def former_rows_mentioning(session, table, needles):
    """The scan as it was before (commit c18021a): one concatenated, lowered string per row."""
    forms = set()
    for needle in needles:
        forms |= people._json_forms(needle)
    columns: list[Any] = [table.c[c] for c in text_columns(table)]
    columns += [cast(c, Text) for c in table.columns if isinstance(c.type, JSON)]
    if not columns or not forms:
        return iter(())
    escaped = [f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for f in forms]
    blob: Any = func.coalesce(columns[0], "")
    for col in columns[1:]:
        blob = blob + literal_column("'\x1f'", String) + func.coalesce(col, "")
    lowered = func.lower(blob)
    clauses = [lowered.like(f"%{f.lower()}%", escape="\\") for f in escaped]
    return iter(session.execute(select(table).where(or_(*clauses))))


def _keys(found) -> dict[str, set]:
    return {
        t: set(part.get(t, {}))
        for part in (found.owned, found.context, found.mentions)
        for t in part
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("INCUBATOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-scan-"))
    database = open_database(str(args.db), create=False)
    with database.session() as s:
        ids = list(s.scalars(text(_PEOPLE)))
    chosen = random.Random(11).sample(ids, min(args.runs, len(ids)))
    current = people.rows_mentioning
    times: dict[str, list[float]] = {"former": [], "current": []}
    extra = 0
    for pid in chosen:
        found = {}
        for name, scan in (("former", former_rows_mentioning), ("current", current)):
            people.rows_mentioning = scan
            with database.session() as s:
                start = time.perf_counter()
                found[name] = collect_person_rows(s, PersonRef("entrepreneur", pid))
                times[name].append(time.perf_counter() - start)
        people.rows_mentioning = current
        former, now = _keys(found["former"]), _keys(found["current"])
        if any(not keys <= now.get(t, set()) for t, keys in former.items()):
            print(f"entrepreneur {pid}: the current scan misses rows", file=sys.stderr)
            return 1
        extra += sum(len(keys - former.get(t, set())) for t, keys in now.items())
    database.dispose()
    size = args.db.stat().st_size / 1e6
    print(
        f"Database {size:.0f} MB; {len(chosen)} entrepreneurs; every row the former scan found"
        f" was found, and {extra} more (names in another case, accents included).\n"
    )
    print("| collect_person_rows | median (s) | worst (s) |")
    print("|---|---:|---:|")
    for name in ("former", "current"):
        print(f"| {name} scan | {statistics.median(times[name]):.2f} | {max(times[name]):.2f} |")
    ratios = [a / b for a, b in zip(times["former"], times["current"], strict=True)]
    print(f"\nformer / current, per person: median {statistics.median(ratios):.1f}x,"
          f" lowest {min(ratios):.1f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
