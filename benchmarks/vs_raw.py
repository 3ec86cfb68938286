"""Our code path against the fastest hand-written SQL returning the same rows (issue 12).

    .venv/bin/python benchmarks/vs_raw.py [--db benchmarks/data/network.sqlite3] [--runs 15]
        [--only funder,entrepreneurs] [--out benchmarks/data/vs-raw-network.md]
    .venv/bin/python benchmarks/vs_raw.py --db postgresql+psycopg://user@host:port/name

For each scenario, "ours" is the call the UI makes (the list source's COUNT and first window of
200 rows, the service function of a total or of the funder KPIs), in a new ORM session as the
page opens one; "raw" is a hand-written statement run through the plain driver (`sqlite3`, or
`psycopg` for a PostgreSQL URL) on one open connection, results turned into the same plain
values. Before timing, both answers are normalised (dates as ISO text, enums as their values,
booleans as 0/1) and compared: a scenario whose rows differ is reported, not timed. Then A and B
run alternately (A B A B …) `--runs` times after one warm-up each, so that the load of a shared
machine falls on both; the table gives the medians and ours / raw.

The databases are the demo at the fixed REFERENCE_DATE (`benchmarks/README.md`); "today" below
is that date.
"""

from __future__ import annotations

import argparse
import enum
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # run as a script or imported

from machine import cpu_model  # noqa: E402

from incubator_app.db.engine import SQLITE_CACHE_KIB  # noqa: E402
from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.db.search_index import FTS_TABLE, PG_COLUMN  # noqa: E402
from incubator_app.demo.scales import REFERENCE_DATE  # noqa: E402
from incubator_app.models import PathwayStage  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402
from incubator_app.services.coaching.filter import CoachingFilter  # noqa: E402
from incubator_app.services.coaching.list import SessionListSource  # noqa: E402
from incubator_app.services.coaching.stats import totals_for_filter  # noqa: E402
from incubator_app.services.entrepreneurs.list import (  # noqa: E402
    EntrepreneurFilter,
    EntrepreneurListSource,
)
from incubator_app.services.entrepreneurs.quick_search import (  # noqa: E402
    quick_search_entrepreneurs,
)
from incubator_app.services.milestones.list import MilestoneListSource  # noqa: E402
from incubator_app.services.paging import SortOrder  # noqa: E402
from incubator_app.services.reporting.funder_kpis import (  # noqa: E402
    AGE_BANDS,
    SURVIVAL_MONTHS,
    UNKNOWN,
    funder_kpis,
)
from incubator_app.services.shared_services.usage_totals import (  # noqa: E402
    usage_totals_by_entrepreneur,
)

PAGE = 200
TODAY = REFERENCE_DATE
ACTIVE = ("candidate", "admitted", "incubated")


# --- plumbing -----------------------------------------------------------------------------------


def norm(value: Any) -> Any:
    """Plain comparable values: what sqlite3 gives back for what the ORM gives back."""
    if is_dataclass(value) and not isinstance(value, type):
        return tuple(norm(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, list | tuple):
        return tuple(norm(v) for v in value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dtime):
        return value.isoformat()
    return value


class Raw:
    """One plain DB-API connection; `?` placeholders, rewritten for psycopg."""

    def __init__(self, url: str) -> None:
        self.pg = "://" in url and not url.startswith("sqlite")
        if self.pg:
            import psycopg

            plain = url.replace("postgresql+psycopg://", "postgresql://")
            self.conn = psycopg.connect(plain, autocommit=True)
        else:
            path = url.removeprefix("sqlite:///")
            self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            # The page cache the app's connections have (db/engine.py): with SQLite's default
            # 2 MB, both sides read most pages of a page again from the OS at every call, and
            # the ratio measured the machine's file cache more than the code (round 6).
            self.conn.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")

    def all(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self.pg:
            sql = sql.replace("?", "%s")
        rows = self.conn.execute(sql, params).fetchall()
        if not self.pg:
            return rows  # already plain: text dates, 0/1 booleans
        plain = (date, dtime, bool)  # as sqlite3 gives them, for the code that reads them
        return [tuple(norm(v) if isinstance(v, plain) else v for v in row) for row in rows]

    def one(self, sql: str, params: tuple = ()) -> tuple:
        return self.all(sql, params)[0]

    def marks(self, n: int) -> str:
        return ",".join("?" * n)


@dataclass
class Scenario:
    name: str
    ours: Callable[[], Any]
    raw: Callable[[], Any]


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def interleaved(s: Scenario, runs: int) -> tuple[float, float]:
    wall, _cpu = interleaved_cpu(s, runs)
    return wall


def interleaved_cpu(s: Scenario, runs: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Medians of wall time and of this thread's CPU time, ours and raw, in ms.

    The CPU time is what the call itself cost this process: on a machine whose cores are
    oversubscribed (load 4-7 on 2 cores), a call of 6 ms is preempted for another process's
    time slice far more often than one of 2 ms, so the wall-time ratio of two short calls grows
    with the load (round 6). On SQLite the whole call runs in this thread; on PostgreSQL the
    server's part is not in it (use the wall time there)."""
    a_wall, b_wall, a_cpu, b_cpu = [], [], [], []
    s.ours(), s.raw()  # warm-up
    clock, cpu = time.perf_counter, time.thread_time
    for _ in range(runs):
        c0, t0 = cpu(), clock()
        s.ours()
        c1, t1 = cpu(), clock()
        s.raw()
        c2, t2 = cpu(), clock()
        a_wall.append((t1 - t0) * 1000)
        b_wall.append((t2 - t1) * 1000)
        a_cpu.append((c1 - c0) * 1000)
        b_cpu.append((c2 - c1) * 1000)
    med = statistics.median
    return (med(a_wall), med(b_wall)), (med(a_cpu), med(b_cpu))


# --- scenarios ----------------------------------------------------------------------------------


def build(db, raw: Raw, actor: Actor) -> list[Scenario]:
    pg = raw.pg
    scenarios: list[Scenario] = []

    def in_session(fn: Callable[[Any], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with db.session() as s:
                return fn(s)

        return run

    def first_screen(make_source: Callable[[], Any], sort: SortOrder) -> Callable[[], Any]:
        """A page opening: a new source (as the page makes one for each filter), its count
        and first window."""

        def run(s) -> Any:
            source = make_source()
            return source.count(s), source.fetch(s, sort, 0, PAGE)

        return in_session(run)

    # funder KPIs: the grant closest to 336 beneficiaries, its first year.
    gid, start, end = pick_grant(raw, 336)
    scenarios.append(
        Scenario(
            f"funder KPIs, grant {gid} ({grant_size(raw, gid)} beneficiaries), one year",
            in_session(lambda s: kpi_fields(funder_kpis(s, gid, start, end, actor=actor))),
            lambda: raw_kpis(raw, gid, start, end),
        )
    )

    # entrepreneurs list (page columns + the page's activity), several filters and orders
    def ent_ours(flt: EntrepreneurFilter, sort: SortOrder) -> Callable[[], Any]:
        return first_screen(lambda: EntrepreneurListSource(flt, actor, today=TODAY), sort)

    scenarios.append(
        Scenario(
            "entrepreneurs list, first screen by name + count",
            ent_ours(EntrepreneurFilter(), SortOrder("name")),
            lambda: raw_entrepreneurs(raw, "", "name"),
        )
    )
    scenarios.append(
        Scenario(
            "entrepreneurs sorted by last session (newest first)",
            ent_ours(EntrepreneurFilter(), SortOrder("last_session", True)),
            lambda: raw_entrepreneurs(raw, "", "last_session"),
        )
    )
    scenarios.append(
        Scenario(
            "entrepreneurs, stage filter (incubated)",
            ent_ours(EntrepreneurFilter(stages=(PathwayStage.INCUBATED,)), SortOrder("name")),
            lambda: raw_entrepreneurs(raw, "incubated", "name"),
        )
    )
    scenarios.append(
        Scenario(
            'entrepreneurs, text filter "mar"',
            ent_ours(EntrepreneurFilter(text="mar"), SortOrder("name")),
            lambda: raw_entrepreneurs(raw, "mar", "name"),
        )
    )

    scenarios.append(
        Scenario(
            "overdue milestones, count + first 200",
            first_screen(lambda: MilestoneListSource(actor, TODAY, due="overdue"), SortOrder()),
            lambda: raw_overdue(raw),
        )
    )

    last12 = CoachingFilter.from_keys(today=TODAY, period="last_12_months")
    scenarios.append(
        Scenario(
            "coaching first screen, last 12 months",
            first_screen(lambda: SessionListSource(last12, actor=actor), SortOrder()),
            lambda: raw_sessions(raw, last12.date_from, last12.date_to),
        )
    )

    month = date(TODAY.year, TODAY.month, 1) - timedelta(days=1)
    month = month.replace(day=1)
    scenarios.append(
        Scenario(
            f"usage totals of every entrepreneur, {month:%m/%Y}",
            in_session(lambda s: usage_totals_by_entrepreneur(s, month, actor=actor)),
            lambda: raw_usage(raw, month),
        )
    )

    scenarios.append(
        Scenario(
            "coaching totals, last 12 months",
            in_session(lambda s: totals_for_filter(s, last12, actor=actor)),
            lambda: raw_coaching_totals(raw, last12.date_from, last12.date_to, None),
        )
    )
    topic_id = raw.one("SELECT min(id) FROM coaching_topic")[0]
    by_topic = CoachingFilter(topic_id=topic_id)
    scenarios.append(
        Scenario(
            "coaching totals, one topic over 10 years",
            in_session(lambda s: totals_for_filter(s, by_topic, actor=actor)),
            lambda: raw_coaching_totals(raw, None, None, topic_id),
        )
    )

    for typed, match in (("mar", "mar"), ("martin", "martin"), ("théâtre mars", "theatre mars")):
        words = match.split()
        scenarios.append(
            Scenario(
                f'quick search "{typed}"',
                in_session(lambda s, t=typed: quick_search_entrepreneurs(s, t, actor=actor)),
                lambda w=words: raw_quick_search(raw, w),
            )
        )
    del pg
    return scenarios


# --- the raw side -------------------------------------------------------------------------------


def grant_size(raw: Raw, gid: int) -> int:
    return raw.one("SELECT count(*) FROM grant_beneficiary WHERE grant_id = ?", (gid,))[0]


def pick_grant(raw: Raw, size: int) -> tuple[int, date, date]:
    gid = raw.one(
        "SELECT grant_id FROM grant_beneficiary GROUP BY grant_id "
        "ORDER BY abs(count(*) - ?), grant_id LIMIT 1",
        (size,),
    )[0]
    start_text = raw.one("SELECT period_start FROM grant_agreement WHERE id = ?", (gid,))[0]
    start = date.fromisoformat(start_text)
    end = date(start.year + 1, start.month, start.day) - timedelta(days=1)
    return gid, start, end


def kpi_fields(k) -> tuple:
    return tuple(getattr(k, f.name) for f in fields(k) if f.name != "grant")


def raw_kpis(raw: Raw, gid: int, start: date, end: date) -> tuple:
    s, e = start.isoformat(), end.isoformat()
    people = raw.all(
        "SELECT e.id, e.gender, e.birth_year, e.job_seeker, e.social_minima,"
        " e.priority_district, x.exit_type, x.exit_date,"
        " coalesce((SELECT min(changed_on) FROM stage_change c WHERE c.entrepreneur_id = e.id"
        "   AND c.to_stage IN ('admitted','incubated')),"
        "   CASE WHEN e.stage IN ('admitted','incubated','graduated','exited')"
        "   THEN e.entry_date END),"
        " (SELECT min(changed_on) FROM stage_change c WHERE c.entrepreneur_id = e.id"
        "   AND c.to_stage = 'incubated'),"
        " coalesce(x.exit_date, (SELECT min(changed_on) FROM stage_change c"
        "   WHERE c.entrepreneur_id = e.id"
        "   AND c.to_stage IN ('graduated','exited','withdrew','refused')))"
        " FROM grant_beneficiary g JOIN entrepreneur e ON e.id = g.entrepreneur_id"
        " LEFT JOIN exit_outcome x ON x.entrepreneur_id = e.id WHERE g.grant_id = ?",
        (gid,),
    )
    attended = raw.all(
        "SELECT sp.entrepreneur_id, cs.id, cs.duration_minutes, cs.kind"
        " FROM grant_beneficiary g"
        " JOIN session_participant sp ON sp.entrepreneur_id = g.entrepreneur_id"
        " JOIN coaching_session cs ON cs.id = sp.session_id"
        " WHERE g.grant_id = ? AND sp.attended = TRUE"
        " AND cs.session_date >= ? AND cs.session_date <= ?",
        (gid, s, e),
    )
    # survival checkpoints due by the end (or answered), how many answered, how many active
    answered = "(f.business_active IS NOT NULL AND f.checked_on <= ?)"
    survival = {
        m: (c or 0, a or 0, d)
        for m, d, c, a in raw.all(
            "SELECT f.months_after_exit, count(*),"
            f" sum(CASE WHEN {answered} THEN 1 ELSE 0 END),"
            f" sum(CASE WHEN {answered} AND f.business_active = TRUE THEN 1 ELSE 0 END)"
            " FROM grant_beneficiary g"
            " JOIN follow_up_checkpoint f ON f.entrepreneur_id = g.entrepreneur_id"
            " JOIN exit_outcome x ON x.entrepreneur_id = g.entrepreneur_id"
            " WHERE g.grant_id = ? AND x.exit_type = 'business_created'"
            f" AND f.months_after_exit IN (12, 24, 36) AND (f.due_on <= ? OR {answered})"
            " GROUP BY f.months_after_exit",
            (e, e, gid, e, e),
        )
    }
    coached = {r[0] for r in attended}
    per_session = {(r[1], r[2], r[3]) for r in attended}
    exit_types = ("business_created", "salaried_job", "training", "job_search", "stopped", "other")
    exits = {t: 0 for t in exit_types}
    admissions = incubations = 0
    tallies: list[dict[str, int]] = [{} for _ in range(5)]
    supported = 0
    for pid, gender, birth, seeker, minima, district, xtype, xdate, adm, inc, left in people:
        if xdate is not None and s <= xdate <= e:
            exits[xtype] += 1
        admissions += adm is not None and s <= adm <= e
        incubations += inc is not None and s <= inc <= e
        in_path = adm is not None and adm <= e and (left is None or left >= s)
        if not (in_path or pid in coached):
            continue
        supported += 1
        year = int(adm[:4]) if adm is not None else start.year
        if birth is None:
            band = UNKNOWN
        else:
            age = year - birth
            band = next((c for c, up in AGE_BANDS if up is not None and age <= up), "55_plus")
        yn = [UNKNOWN if v is None else ("yes" if v else "no") for v in (seeker, minima, district)]
        for i, key in enumerate((gender or UNKNOWN, band, *yn)):
            tallies[i][key] = tallies[i].get(key, 0) + 1
    orders = (
        ("female", "male", "other", "undisclosed", UNKNOWN),
        tuple(c for c, _ in AGE_BANDS) + (UNKNOWN,),
        ("yes", "no", UNKNOWN),
        ("yes", "no", UNKNOWN),
        ("yes", "no", UNKNOWN),
    )
    profile = [
        tuple((k, t.get(k, 0)) for k in order) for t, order in zip(tallies, orders, strict=True)
    ]
    return (
        start.isoformat(),
        end.isoformat(),
        len(people),
        supported,
        admissions,
        incubations,
        tuple((t, exits[t]) for t in exit_types),
        tuple((m, *survival.get(m, (0, 0, 0))) for m in SURVIVAL_MONTHS),
        len(per_session),
        sum(1 for p in per_session if p[2] == "individual"),
        sum(1 for p in per_session if p[2] == "collective"),
        sum(p[1] for p in per_session),
        sum(r[2] for r in attended),
        *profile,
    )


_ENT_COLUMNS = (
    "e.id, e.first_name, e.last_name, e.project_name, d.label, e.stage, c.display_name, h.name,"
    " e.entry_date, a.last_session_on, a.next_milestone_due,"
    " (SELECT m.title FROM milestone m WHERE m.entrepreneur_id = e.id"
    "   AND m.status IN ('planned','in_progress') ORDER BY m.due_on, m.id LIMIT 1),"
    " (SELECT max(k.end_date) FROM support_contract k WHERE k.entrepreneur_id = e.id"
    "   AND k.ended_on IS NULL),"
    " e.archived, e.email, e.phone, e.commune, e.postal_code, e.version_id"
)
_ENT_FROM = (
    " FROM entrepreneur e LEFT JOIN discipline d ON d.id = e.discipline_id"
    " LEFT JOIN coach c ON c.id = e.referent_coach_id LEFT JOIN cohort h ON h.id = e.cohort_id"
    " LEFT JOIN entrepreneur_activity a ON a.entrepreneur_id = e.id"
)


def raw_entrepreneurs(raw: Raw, what: str, order: str) -> tuple:
    """Count + first page. `what`: "" (active), a stage, or typed text (quick search match)."""
    # "+": SQLite counts the active stages from ix_entrepreneur_stage, then checks archived,
    # and walks ix_entrepreneur_lower_name for the page rather than sorting every active row.
    plus = "" if raw.pg else "+"
    where, params = f"{plus}e.archived = FALSE", []
    if what in ("candidate", "admitted", "incubated", "graduated", "exited"):
        where += f" AND {plus}e.stage = ?"
        params.append(what)
    else:
        where += f" AND {plus if not what else ''}e.stage IN ({raw.marks(3)})"
        params += ACTIVE
        if what:
            if raw.pg:
                where += f" AND e.{PG_COLUMN} @@ to_tsquery('simple', ?)"
                params.append(" & ".join(f"{w}:*" for w in what.split()))
            else:
                where += f" AND e.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
                params.append(" ".join(f'"{w}"*' for w in what.split()))
    count_where = where.replace("+e.stage", "e.stage")
    count = raw.one(f"SELECT count(*) FROM entrepreneur e WHERE {count_where}", tuple(params))[0]
    if order == "name":
        order_by = "lower(e.last_name), lower(e.first_name), e.id"
        rows = raw.all(
            f"SELECT {_ENT_COLUMNS}{_ENT_FROM} WHERE {where} ORDER BY {order_by} LIMIT {PAGE}",
            tuple(params),
        )
    else:
        # From the activity's date index, newest first (its empty dates come last on SQLite;
        # the first screen is all dated).
        nulls = " NULLS LAST" if raw.pg else ""
        rows = raw.all(
            f"SELECT {_ENT_COLUMNS} FROM entrepreneur_activity a"
            " JOIN entrepreneur e ON e.id = a.entrepreneur_id"
            " LEFT JOIN discipline d ON d.id = e.discipline_id"
            " LEFT JOIN coach c ON c.id = e.referent_coach_id"
            " LEFT JOIN cohort h ON h.id = e.cohort_id"
            f" WHERE {where} ORDER BY a.last_session_on DESC{nulls}, a.entrepreneur_id DESC"
            f" LIMIT {PAGE}",
            tuple(params),
        )
    return (count, tuple(rows))


def raw_overdue(raw: Raw) -> tuple:
    today = TODAY.isoformat()
    where = (
        " FROM milestone m JOIN entrepreneur e ON e.id = m.entrepreneur_id"
        " WHERE m.status IN ('planned','in_progress') AND m.due_on < ? AND e.archived = FALSE"
    )
    count = raw.one(f"SELECT count(*){where}", (today,))[0]
    rows = raw.all(
        "SELECT m.id, m.entrepreneur_id, e.first_name || ' ' || e.last_name, e.project_name,"
        " c.display_name, h.name, m.title, m.category, m.due_on, m.status, m.achieved_on,"
        " m.evidence, 1, m.version_id"
        " FROM milestone m JOIN entrepreneur e ON e.id = m.entrepreneur_id"
        " LEFT JOIN coach c ON c.id = e.referent_coach_id LEFT JOIN cohort h ON h.id = e.cohort_id"
        " WHERE m.status IN ('planned','in_progress') AND m.due_on < ? AND e.archived = FALSE"
        f" ORDER BY m.due_on, m.id LIMIT {PAGE}",
        (today,),
    )
    return (count, tuple(rows))


def raw_sessions(raw: Raw, first: date, last: date) -> tuple:
    params = (first.isoformat(), last.isoformat())
    where = " WHERE cs.session_date >= ? AND cs.session_date <= ?"
    count = raw.one(f"SELECT count(*) FROM coaching_session cs{where}", params)[0]
    ids = tuple(
        r[0]
        for r in raw.all(
            f"SELECT cs.id FROM coaching_session cs{where}"
            f" ORDER BY cs.session_date DESC, cs.start_time DESC, cs.id DESC LIMIT {PAGE}",
            params,
        )
    )
    found = (
        {
            r[0]: r
            for r in raw.all(
                "SELECT cs.id, cs.session_date, cs.start_time, cs.duration_minutes, cs.coach_id,"
                " c.display_name, cs.kind, cs.mode, cs.summary, cs.series_id"
                " FROM coaching_session cs JOIN coach c ON c.id = cs.coach_id"
                f" WHERE cs.id IN ({raw.marks(len(ids))})",
                ids,
            )
        }
        if ids
        else {}
    )
    rows = [found[i] for i in ids]
    names: dict[int, list[str]] = {i: [] for i in ids}
    counts = dict.fromkeys(ids, 0)
    topics: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        marks = raw.marks(len(ids))
        for sid, first_name, last_name in raw.all(
            "SELECT sp.session_id, e.first_name, e.last_name FROM session_participant sp"
            " JOIN entrepreneur e ON e.id = sp.entrepreneur_id"
            f" WHERE sp.session_id IN ({marks})"
            " ORDER BY sp.session_id, e.last_name, e.first_name",
            ids,
        ):
            counts[sid] += 1
            if len(names[sid]) < 3:
                names[sid].append(f"{first_name} {last_name}")
        for sid, label in raw.all(
            "SELECT st.session_id, t.label FROM session_topic st"
            " JOIN coaching_topic t ON t.id = st.topic_id"
            f" WHERE st.session_id IN ({marks}) ORDER BY st.session_id, t.position, t.label",
            ids,
        ):
            topics[sid].append(label)
    out = tuple(
        (
            *r[:2],
            r[2] and dtime.fromisoformat(r[2]).isoformat(),
            *r[3:8],
            tuple(names[r[0]]),
            counts[r[0]],
            tuple(topics[r[0]]),
            r[8],
            r[9],
        )
        for r in rows
    )
    return (count, out)


def raw_usage(raw: Raw, month: date) -> tuple:
    after = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    rows = raw.all(
        "SELECT e.id, e.last_name || ' ' || e.first_name, u.c, u.a, u.v FROM ("
        " SELECT entrepreneur_id AS eid, count(id) AS c, coalesce(sum(amount_cents), 0) AS a,"
        " coalesce(sum((CAST(amount_cents AS BIGINT) * vat_rate_bp + 5000) / 10000), 0) AS v"
        " FROM service_usage WHERE used_on >= ? AND used_on < ? GROUP BY entrepreneur_id) u"
        " JOIN entrepreneur e ON e.id = u.eid ORDER BY e.last_name, e.first_name, e.id",
        (month.isoformat(), after.isoformat()),
    )
    return tuple((r[0], r[1], (r[2], r[3], r[4])) for r in rows)


def raw_coaching_totals(raw: Raw, first: date | None, last: date | None, topic: int | None):
    if topic is not None:
        sessions, minutes = raw.one(
            "SELECT count(*), coalesce(sum(cs.duration_minutes), 0) FROM session_topic st"
            " JOIN coaching_session cs ON cs.id = st.session_id WHERE st.topic_id = ?",
            (topic,),
        )
        people = raw.one(
            "SELECT count(DISTINCT sp.entrepreneur_id) FROM session_topic st"
            " JOIN session_participant sp ON sp.session_id = st.session_id"
            " WHERE st.topic_id = ?",
            (topic,),
        )[0]
        return (sessions, minutes, people)
    params = (first.isoformat(), last.isoformat())
    sessions, minutes = raw.one(
        "SELECT count(*), coalesce(sum(duration_minutes), 0) FROM coaching_session"
        " WHERE session_date >= ? AND session_date <= ?",
        params,
    )
    people = raw.one(
        "SELECT count(DISTINCT sp.entrepreneur_id) FROM coaching_session cs"
        " JOIN session_participant sp ON sp.session_id = cs.id"
        " WHERE cs.session_date >= ? AND cs.session_date <= ?",
        params,
    )[0]
    return (sessions, minutes, people)


def raw_quick_search(raw: Raw, words: list[str]) -> tuple:
    cols = "e.id, e.first_name, e.last_name, e.project_name, e.email, e.commune, e.stage,"
    cols += " e.archived"
    if raw.pg:
        rows = raw.all(
            f"SELECT {cols} FROM entrepreneur e, to_tsquery('simple', ?) q"
            f" WHERE e.{PG_COLUMN} @@ q ORDER BY e.archived, ts_rank(e.{PG_COLUMN}, q) DESC,"
            " e.last_name, e.first_name, e.id LIMIT 20",
            (" & ".join(f"{w}:*" for w in words),),
        )
    else:
        rows = raw.all(
            f"SELECT {cols} FROM {FTS_TABLE} s JOIN entrepreneur e ON e.id = s.rowid"
            f" WHERE {FTS_TABLE} MATCH ? ORDER BY e.archived,"
            f" bm25({FTS_TABLE}, 10.0, 10.0, 4.0, 2.0, 1.0), e.last_name, e.first_name, e.id"
            " LIMIT 20",
            (" ".join(f'"{w}"*' for w in words),),
        )
    return tuple(
        (r[0], f"{r[1]} {r[2]}".strip(), r[3], r[4], r[5], r[6], int(bool(r[7]))) for r in rows
    )


# --- main ---------------------------------------------------------------------------------------


def kpi_growth(db, raw: Raw, other: str, runs: int, actor: Actor) -> int:
    """Does a grant's report cost what its beneficiaries cost? The same-size grant on two
    scales, A B interleaved in one process."""
    other_url = other if "://" in other else f"sqlite:///{Path(other).resolve()}"
    other_db, other_raw = open_database(other, upgrade=False, create=False), Raw(other_url)
    sides = []
    for database, plain in ((db, raw), (other_db, other_raw)):
        gid, start, end = pick_grant(plain, 336)

        def run(database=database, gid=gid, start=start, end=end) -> None:
            with database.session() as s:
                funder_kpis(s, gid, start, end, actor=actor)

        sides.append((run, gid, grant_size(plain, gid)))
    here, there = interleaved(Scenario("", sides[0][0], sides[1][0]), runs)
    print(
        f"| funder KPIs, grant {sides[0][1]} ({sides[0][2]} beneficiaries) here vs grant"
        f" {sides[1][1]} ({sides[1][2]}) in {Path(other).name} | {here:.1f} | {there:.1f}"
        f" | {here / there:.1f} | {load()} |"
    )
    other_db.dispose()
    db.dispose()
    return 0


def versus(db, raw: Raw, other: str, runs: int, actor: Actor, wanted: list[str]) -> int:
    """The same pages on two databases of the same demo (say PostgreSQL against SQLite): ours
    here and ours there, A B interleaved in one process; the rows are compared first."""
    other_url = other if "://" in other else f"sqlite:///{Path(other).resolve()}"
    other_db, other_raw = open_database(other, upgrade=False, create=False), Raw(other_url)
    here_name = "PostgreSQL" if raw.pg else "SQLite"
    there_name = "PostgreSQL" if other_raw.pg else "SQLite"
    print(f"- Load average at start: {load()}")
    print(
        f"| scenario | ours on {here_name} (ms) | ours on {there_name} (ms) |"
        f" {here_name} / {there_name} | load |"
    )
    print("|---|---:|---:|---:|---|")
    failed = 0
    pairs = zip(build(db, raw, actor), build(other_db, other_raw, actor), strict=True)
    for mine, theirs in pairs:
        if wanted and not any(w in mine.name.lower() for w in wanted):
            continue
        same = norm(mine.ours()) == norm(theirs.ours())
        failed += not same
        here, there = interleaved(Scenario(mine.name, mine.ours, theirs.ours), runs)
        note = "" if same else " (rows differ)"
        print(
            f"| {mine.name}{note} | {here:.1f} | {there:.1f} | {here / there:.1f} | {load()} |",
            flush=True,
        )
    other_db.dispose()
    db.dispose()
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "benchmarks/data/network.sqlite3"))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", default="", help="comma-separated words of scenario names")
    parser.add_argument("--out", help="also write the Markdown table to this file")
    parser.add_argument(
        "--kpi-growth",
        metavar="OTHER_DB",
        help="instead: funder KPIs of a same-size grant here and in OTHER_DB (a smaller scale),"
        " interleaved; ours here / ours there",
    )
    parser.add_argument(
        "--versus",
        metavar="OTHER_DB",
        help="instead: every scenario's ours here against ours on OTHER_DB (the same demo on"
        " another engine), interleaved; here / there",
    )
    args = parser.parse_args(argv)
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    db = open_database(args.db, upgrade=False, create=False)
    raw = Raw(url)
    actor = Actor.system()
    if args.kpi_growth:
        return kpi_growth(db, raw, args.kpi_growth, args.runs, actor)
    wanted = [w.strip().lower() for w in args.only.split(",") if w.strip()]
    if args.versus:
        return versus(db, raw, args.versus, args.runs, actor, wanted)
    lines = [
        f"- Database: `{args.db.split('@')[-1]}` ({'PostgreSQL' if raw.pg else 'SQLite'}),"
        f" today = {TODAY.isoformat()}",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}; run {datetime.now():%Y-%m-%d %H:%M}",
        f"- Command: `.venv/bin/python benchmarks/vs_raw.py --db {args.db} --runs {args.runs}"
        + (f" --only {args.only}" if args.only else "")
        + "`",
        f"- Load average at start: {load()}",
        "",
        "| scenario | ours (ms) | raw (ms) | ratio | ours CPU (ms) | raw CPU (ms) | CPU ratio"
        " | load |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    print("\n".join(lines), flush=True)
    failed = 0
    for s in build(db, raw, actor):
        if wanted and not any(w in s.name.lower() for w in wanted):
            continue
        a, b = norm(s.ours()), norm(s.raw())  # compared once; the timed runs don't normalise
        if a != b:
            failed += 1
            line = f"| {s.name} | rows differ | | | | | | {load()} |"
            print(line, flush=True)
            print(f"  ours: {str(a)[:600]}\n  raw:  {str(b)[:600]}", file=sys.stderr)
            lines.append(line)
            continue
        (ours_ms, raw_ms), (ours_cpu, raw_cpu) = interleaved_cpu(s, args.runs)
        line = (
            f"| {s.name} | {ours_ms:.1f} | {raw_ms:.1f} | {ours_ms / raw_ms:.1f}"
            f" | {ours_cpu:.1f} | {raw_cpu:.1f} | {ours_cpu / max(raw_cpu, 1e-6):.1f} | {load()} |"
        )
        print(line, flush=True)
        lines.append(line)
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
