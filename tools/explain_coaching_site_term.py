"""The coaching list's site term at network scale (issue 18): the first page (200 rows, newest
first) and the count of a coach of one site, with the term of round 26 (the sessions of every
participant joined to `entrepreneur`) and today's (driven from the site's people:
services/coaching/list.py `site_terms`), interleaved, medians of 5, then EXPLAIN ANALYZE.

    PYTHONPATH=. python tools/explain_coaching_site_term.py postgresql+psycopg://…/netdemo

on a network demo (`incubator-app demo --scale network --db URL`). Connects as given (a
superuser: no row policies; this measures the application's own term)."""

from __future__ import annotations

import statistics
import sys
import time

from sqlalchemy import func, or_, select, text
from sqlalchemy.dialects import postgresql

from incubator_app.db.engine import make_engine, make_session_factory, resolve_url
from incubator_app.models import (
    CoachingSession,
    Entrepreneur,
    Role,
    SessionParticipant,
    SiteMembership,
)
from incubator_app.services.administration.users import actor_for_user
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import site_terms
from incubator_app.services.sites.members import sites_of


def main(url: str) -> None:
    engine = make_engine(resolve_url(url))
    with make_session_factory(engine)() as s:
        coach_member = (
            select(SiteMembership.user_id)
            .where(SiteMembership.role == Role.COACH)
            .order_by(SiteMembership.id)
            .limit(1)
        )
        actor = actor_for_user(s, s.scalar(coach_member))
        mine = sites_of(s, actor)
        on_site = s.scalar(select(func.count()).where(Entrepreneur.site_id.in_(mine)))
        print(f"coach {actor.login}, sites {mine}, {on_site} people on them")
        cs, sp = CoachingSession, SessionParticipant
        old = or_(
            cs.coach_id == (actor.coach_id or -1),
            cs.id.in_(
                select(sp.session_id)
                .join(Entrepreneur, Entrepreneur.id == sp.entrepreneur_id)
                .where(Entrepreneur.site_id.in_(mine))
            ),
        )
        (new,) = site_terms(s, actor)
        for period in ("last_12_months", "all"):
            flt = CoachingFilter.from_keys(period=period)
            for name, term in (("old", old), ("new", new)):
                page = (
                    flt.apply(select(cs.id), newest_first=True)
                    .where(term)
                    .order_by(cs.session_date.desc(), cs.start_time.desc(), cs.id.desc())
                    .limit(200)
                )
                count = flt.apply(select(func.count()).select_from(cs)).where(term)
                for what, stmt in (("page", page), ("count", count)):
                    sql = str(
                        stmt.compile(
                            dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}
                        )
                    )
                    times = []
                    for _ in range(5):
                        start = time.perf_counter()
                        s.execute(text(sql)).all()
                        times.append((time.perf_counter() - start) * 1000)
                    plan = s.execute(text("EXPLAIN (ANALYZE, BUFFERS) " + sql)).scalars().all()
                    median = statistics.median(times)
                    print(f"{period:15} {name} {what:5} median {median:7.1f} ms  {plan[-1]}")
                    if what == "page" and period == "last_12_months":
                        print("    " + "\n    ".join(plan))
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
