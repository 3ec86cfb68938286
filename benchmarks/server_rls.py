"""List pages on a secured PostgreSQL server (issue 18): row-level security on vs off, as a
coach's own login role and as an admin's, through the services the pages use.

    # a superuser's URL of a throwaway server (dev.sh start_pg, or the CI's):
    .venv/bin/python benchmarks/server_rls.py \
        --url postgresql+psycopg://incubator@127.0.0.1:PORT/postgres \
        [--scale incubator] [--runs 7] [--sites 5] [--template network]

Creates its own database (bench_rls_<pid>) from the demo at that scale, runs `server setup`
with its own role prefix, gives the busiest coach and an admin their login roles, measures,
then drops the database and the roles. "RLS off" = the same roles and grants with the policies
disabled (ALTER TABLE … DISABLE ROW LEVEL SECURITY): the cost of the policies alone. Each
figure is the median of --runs runs on a fresh session (caches warm). Prints a Markdown table.

--sites N (N ≥ 2): the demo's people are spread over N sites (by id, round robin) and the coach
works on the site of the person of the record tab: the site policies then filter the coach's
pages (the app filters them by site too, as it does on SQLite); the admin sees every site.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from machine import cpu_model  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from incubator_app.db import server_security  # noqa: E402
from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.demo.scales import REFERENCE_DATE  # noqa: E402
from incubator_app.models import Coach, CoachingSession, SessionParticipant, User  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402
from incubator_app.services.administration.users import list_users  # noqa: E402
from incubator_app.services.coaching.caseload import coach_caseload  # noqa: E402
from incubator_app.services.coaching.filter import CoachingFilter  # noqa: E402
from incubator_app.services.coaching.list import SessionListSource  # noqa: E402
from incubator_app.services.coaching.sessions import sessions_for_entrepreneur  # noqa: E402
from incubator_app.services.entrepreneurs.list import (  # noqa: E402
    EntrepreneurFilter,
    EntrepreneurListSource,
)
from incubator_app.services.milestones.list import MilestoneListSource  # noqa: E402
from incubator_app.services.paging import SortOrder  # noqa: E402
from incubator_app.services.server.setup import add_server_user, setup_server  # noqa: E402
from incubator_app.services.server.sign_in import connected_actor  # noqa: E402

PAGE = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("INCUBATOR_TEST_DB_URL"), required=False)
    parser.add_argument("--scale", default="incubator")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sites", type=int, default=0, help="spread the people over N sites")
    parser.add_argument(
        "--template",
        help="copy this database of the server (a demo already generated, say the network"
        " scale with its 25 sites) instead of generating one; the coach keeps the sites the"
        " demo gave them",
    )
    args = parser.parse_args()
    if not args.url:
        parser.error("--url (a superuser's URL of a PostgreSQL server) is required")
    name, prefix = f"bench_rls_{os.getpid()}", f"bench{os.getpid()}"
    superuser = create_engine(
        make_url(args.url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    began = time.perf_counter()
    with superuser.connect() as conn:
        template = f' TEMPLATE "{args.template}"' if args.template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{template}'))
    url = make_url(args.url).set(database=name)
    plain = url.render_as_string(hide_password=False)
    roles: list[str] = []
    owner = create_engine(plain)  # the superuser, who may switch the policies on and off
    try:
        if not args.template:
            subprocess.run(
                [sys.executable, "-m", "incubator_app", "demo", "--db", plain]
                + ["--scale", args.scale, "--reference-date", REFERENCE_DATE.isoformat()],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        demo_s = time.perf_counter() - began
        db = open_database(plain)
        with db.session() as s:
            coach_id, coach_login = s.execute(
                select(CoachingSession.coach_id, User.login)
                .join(Coach, Coach.id == CoachingSession.coach_id)
                .join(User, User.id == Coach.user_id)
                .group_by(CoachingSession.coach_id, User.login)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            admin_login = s.scalar(select(User.login).where(User.role == "admin").limit(1))
            person_id = s.scalar(
                select(SessionParticipant.entrepreneur_id)
                .join(CoachingSession, CoachingSession.id == SessionParticipant.session_id)
                .where(CoachingSession.coach_id == coach_id)
                .group_by(SessionParticipant.entrepreneur_id)
                .order_by(func.count().desc())
                .limit(1)
            )
            if args.sites >= 2:
                _spread_over_sites(s, args.sites, coach_login, person_id)
            roles = setup_server(s, prefix=prefix).logins
            for login in (coach_login, admin_login):
                add_server_user(s, login, "bench-password", actor=Actor.system())
        db.dispose()
        today = REFERENCE_DATE

        def scenarios(actor: Actor) -> list[tuple[str, Callable]]:
            last12 = CoachingFilter.from_keys(today=today, period="last_12_months")

            def entrepreneurs(session):
                source = EntrepreneurListSource(EntrepreneurFilter(), actor)
                source.count(session)
                source.fetch(session, SortOrder(), 0, PAGE)

            def sessions(session):
                source = SessionListSource(last12, actor=actor)
                source.count(session)
                source.fetch(session, SortOrder(), 0, PAGE)

            def milestones(session):
                source = MilestoneListSource(actor=actor, today=today)
                source.count(session)
                source.fetch(session, SortOrder(), 0, PAGE)

            return [
                ("entrepreneurs page (count + 200 rows)", entrepreneurs),
                ("milestones page, open (count + 200 rows)", milestones),
                ("sessions page, last 12 months (count + 200 rows)", sessions),
                (
                    "an entrepreneur's sessions with their notes (record tab)",
                    lambda s: sessions_for_entrepreneur(s, person_id, actor=actor),
                ),
                (
                    "caseload of the busiest coach",
                    lambda s: coach_caseload(s, coach_id, actor=actor, today=today),
                ),
                ("users page", lambda s: list_users(s, actor=actor)),
            ]

        results: dict[tuple[str, str], dict[str, float]] = {}
        for who in (coach_login, admin_login):
            person = open_database(
                url.set(username=who, password="bench-password").render_as_string(
                    hide_password=False
                ),
                create=False,
                upgrade=False,
            )
            with person.session() as s:
                actor = connected_actor(s)
            assert actor is not None
            # On and off alternate run by run, so that the load of a shared machine weighs on
            # both alike (blocks of runs measured the machine's mood, not the policies).
            for label, fn in scenarios(actor):
                times: dict[str, list[float]] = {"on": [], "off": []}
                for run in range(args.runs + 1):
                    for state in (True, False):
                        with owner.begin() as conn:
                            server_security.set_row_security(conn, state)
                        with person.session() as session:
                            began = time.perf_counter()
                            fn(session)
                            spent = (time.perf_counter() - began) * 1000
                        if run:  # the first round warms the caches
                            times["on" if state else "off"].append(spent)
                results[(actor.role.value, label)] = {
                    k: statistics.median(v) for k, v in times.items()
                }
            person.dispose()
        with owner.begin() as conn:
            server_security.set_row_security(conn, True)
            notes = conn.execute(text("SELECT count(*) FROM coaching_note")).scalar()
            sessions_n = conn.execute(text("SELECT count(*) FROM coaching_session")).scalar()
            sites_n = conn.execute(text("SELECT count(*) FROM site WHERE active")).scalar()
            coach_sites = conn.scalars(
                text(
                    "SELECT s.name || ' (' || (SELECT count(*) FROM entrepreneur e"
                    " WHERE e.site_id = s.id) || ' people)' FROM site s"
                    " JOIN site_membership m ON m.site_id = s.id"
                    " JOIN user_account u ON u.id = m.user_id WHERE u.login = :login"
                ),
                {"login": coach_login},
            ).all() or ["no site"]
        print(
            f"Machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()},"
            f" PostgreSQL {make_url(args.url).host}; demo scale {args.scale}"
            f"{f', people over {args.sites} sites' if args.sites >= 2 else ''}"
            f"{f', copied from {args.template}' if args.template else ''}"
            f" ({sites_n} active sites; the coach works on {', '.join(coach_sites)})"
            f" ({sessions_n} sessions, {notes} with notes; generated in {demo_s:.0f} s);"
            f" medians of {args.runs}\n"
        )
        print("| connected as | page | RLS on (ms) | RLS off (ms) | on / off |")
        print("|---|---|---:|---:|---:|")
        for (role, label), figures in results.items():
            on, off = figures["on"], figures["off"]
            print(f"| {role} | {label} | {on:.1f} | {off:.1f} | {on / off:.2f} |")
    finally:
        with superuser.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            groups = [f"{prefix}_{g}" for g in server_security.GROUPS]
            for role in [*roles, *groups, f"{prefix}_owner"]:  # after the database
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        superuser.dispose()
        owner.dispose()


def _spread_over_sites(session, sites: int, coach_login: str, person_id: int) -> None:
    """N sites, the people spread over them by id, the coach a member of the person's site."""
    from incubator_app.models import Site, SiteMembership

    made = [Site(name=f"Site {n + 1}", code=f"S{n + 1}", active=True) for n in range(sites)]
    session.add_all(made)
    session.flush()
    ids = [site.id for site in made]
    session.execute(
        text("UPDATE entrepreneur SET site_id = (CAST(:ids AS integer[]))[1 + id % :n]"),
        {"ids": ids, "n": sites},
    )
    home = ids[person_id % sites]
    coach_user = session.scalar(select(User.id).where(User.login == coach_login))
    session.add(SiteMembership(site_id=home, user_id=coach_user, role="coach"))
    session.commit()


if __name__ == "__main__":
    main()
