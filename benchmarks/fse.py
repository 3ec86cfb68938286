"""FSE+ figures on a demo database: the Annex I indicator table of the FSE+ co-funded grant
with the most beneficiaries, over its whole period, and the list of questionnaires due.

    .venv/bin/incubator-app demo --db /tmp/fse-SCALE.db --scale SCALE --reference-date 2026-12-01
    .venv/bin/python benchmarks/fse.py /tmp/fse-SCALE.db

Prints the median of 5 runs of each (after one warm-up) and the row counts."""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date

from sqlalchemy import text

from incubator_app.db.migrate import open_database
from incubator_app.services.actor import Actor
from incubator_app.services.funding.fse.indicators import fse_indicator_table
from incubator_app.services.funding.fse.questionnaires import due_questionnaires


def _median(fn) -> float:
    fn()
    runs = []
    for _ in range(5):
        began = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def main(url: str) -> None:
    db = open_database(url, create=False)
    actor = Actor.system()
    with db.session() as s:
        gid, start, end, people = s.execute(
            text(
                "SELECT g.id, g.period_start, g.period_end, COUNT(b.entrepreneur_id) "
                "FROM grant_agreement g JOIN funder f ON f.id = g.funder_id "
                "JOIN grant_beneficiary b ON b.grant_id = g.id "
                "WHERE f.kind = 'european_union' OR g.co_funders LIKE '%FSE%' "
                "GROUP BY g.id, g.period_start, g.period_end ORDER BY 4 DESC LIMIT 1"
            )
        ).one()
        start, end = date.fromisoformat(str(start)), date.fromisoformat(str(end))
        rows = s.scalar(text("SELECT COUNT(*) FROM fse_questionnaire"))
        entrepreneurs = s.scalar(text("SELECT COUNT(*) FROM entrepreneur"))
        table_s = _median(lambda: fse_indicator_table(s, gid, start, end, actor=actor))
        due_s = _median(lambda: due_questionnaires(s, actor=actor))
        due = len(due_questionnaires(s, actor=actor))
        total = fse_indicator_table(s, gid, start, end, actor=actor).value("EECO11")
    db.dispose()
    print(
        f"| {entrepreneurs} | {rows} | {people} | {total} | {table_s * 1000:.0f} ms "
        f"| {due} | {due_s * 1000:.0f} ms |"
    )


if __name__ == "__main__":
    main(sys.argv[1])
