"""Accounts, coaches, cohorts, milestone templates and the shared-service catalogue."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from incubator_app.demo.catalogue import (
    MILESTONE_TEMPLATES,
    PROGRAMME,
    SERVICES,
    SPECIALITIES,
    ServiceSpec,
)
from incubator_app.demo.context import Context
from incubator_app.demo.names import FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES
from incubator_app.demo.people_data import ascii_slug, phone_number

STAFF_PASSWORD = "demo-staff"
COACH_PASSWORD = "demo-coach"
EXTERNAL_COACH_SHARE = 0.25
# Prices rise 2 % a year: older usages keep the price frozen at the time of use.
YEARLY_PRICE_RISE = 0.02


@dataclass(frozen=True)
class ServiceRef:
    id: int
    spec: ServiceSpec
    site: int | None  # None: offered network-wide
    prices: dict[int, int]  # year → unit price in cents at that time


def _person_name(ctx: Context) -> str:
    pool = FEMALE_FIRST_NAMES if ctx.rng.random() < 0.55 else MALE_FIRST_NAMES
    return f"{ctx.pick(pool)} {ctx.pick(LAST_NAMES)}"


def write_accounts(ctx: Context, *, hash_for: Callable[[int, str, str], str]) -> dict[str, int]:
    """Staff accounts and coaches (most with a coach account, external experts without).
    `hash_for(user_id, login, password)` gives each account its own password hash
    (demo/generator.py)."""
    w = ctx.writer
    w.declare(
        "user_account",
        "id login display_name email role password_hash active",
        versioned=True,
    )
    w.declare(
        "coach",
        "id user_id display_name email phone specialities external active",
        versioned=True,
    )
    created = w.stamp(ctx.start)
    n_sites = len(ctx.sites)
    n_staff = ctx.scale.staff_per_site * n_sites
    n_coaches = ctx.scale.coaches_per_site * n_sites
    width = max(2, len(str(max(n_staff, n_coaches))))
    logins = {"staff": 0, "coach": 0}
    ctx.staff_by_site = [[] for _ in ctx.sites]
    ctx.coaches_by_site = [[] for _ in ctx.sites]
    for site in range(n_sites):
        for _ in range(ctx.scale.staff_per_site):
            logins["staff"] += 1
            uid = w.take_id("user_account")
            name = _person_name(ctx)
            login = f"staff{logins['staff']:0{width}d}"
            w.add(
                "user_account",
                (
                    uid,
                    login,
                    name,
                    f"{login}@couveuse-demo.example.org",
                    "staff",
                    hash_for(uid, login, STAFF_PASSWORD),
                    True,
                    1,
                    created,
                    created,
                ),
            )
            ctx.staff_by_site[site].append(uid)
            ctx.user_logins[uid] = login
        for i in range(ctx.scale.coaches_per_site):
            cid = w.take_id("coach")
            name = _person_name(ctx)
            external = ctx.rng.random() < EXTERNAL_COACH_SHARE
            uid = None
            email = f"{ascii_slug(name, '.')}@example.net"
            if not external:
                logins["coach"] += 1
                uid = w.take_id("user_account")
                login = f"coach{logins['coach']:0{width}d}"
                email = f"{login}@couveuse-demo.example.org"
                w.add(
                    "user_account",
                    (
                        uid,
                        login,
                        name,
                        email,
                        "coach",
                        hash_for(uid, login, COACH_PASSWORD),
                        True,
                        1,
                        created,
                        created,
                    ),
                )
                ctx.user_logins[uid] = login
                ctx.coach_users[cid] = uid
            # A few coaches left over the years: their history stays, they no longer log in.
            active = i % 12 != 11
            specialities = ", ".join(sorted({ctx.pick(SPECIALITIES), ctx.pick(SPECIALITIES)}))
            w.add(
                "coach",
                (
                    cid,
                    uid,
                    name,
                    email,
                    phone_number(ctx.rng),
                    specialities,
                    external,
                    active,
                    1,
                    created,
                    created,
                ),
            )
            if active:
                ctx.coaches_by_site[site].append(cid)
    return logins


def write_cohorts(ctx: Context) -> None:
    """One promotion per site and calendar year of the history."""
    w = ctx.writer
    w.declare("cohort", "id name programme start_date end_date", versioned=True)
    first_year = date.fromordinal(ctx.start).year
    last_year = date.fromordinal(ctx.ref).year
    for year in range(first_year, last_year + 1):
        for site_index, site in enumerate(ctx.sites):
            cid = w.take_id("cohort")
            name = f"Promotion {year}" if len(ctx.sites) == 1 else f"Promotion {year} — {site.name}"
            start = date(year, 1, 1).toordinal()
            end = date(year, 12, 31).toordinal()
            w.add(
                "cohort",
                (cid, name, PROGRAMME, w.day(start), w.day(end), 1, w.stamp(start), w.stamp(start)),
            )
            ctx.cohort_ids[(site_index, year)] = cid


def write_milestone_templates(ctx: Context) -> None:
    w = ctx.writer
    w.declare(
        "milestone_template",
        "id programme title category offset_months offset_days",
        versioned=True,
    )
    created = w.stamp(ctx.start)
    for title, category, months, days in MILESTONE_TEMPLATES:
        tid = w.take_id("milestone_template")
        w.add(
            "milestone_template",
            (tid, PROGRAMME, title, category, months, days, 1, created, created),
        )
        ctx.template_ids.append(tid)


def write_services(ctx: Context) -> list[ServiceRef]:
    """The catalogue: bookable rooms and equipment per site, the other services network-wide."""
    w = ctx.writer
    w.declare(
        "shared_service",
        "id name category unit unit_price_cents vat_rate_bp bookable capacity active site_id",
        versioned=True,
    )
    w.declare(
        "shared_service_price",
        "id service_id valid_from unit_price_cents vat_rate_bp created_at updated_at",
    )
    created = w.stamp(ctx.start)
    first_year = date.fromordinal(ctx.start).year
    last_year = date.fromordinal(ctx.ref).year + 1
    refs: list[ServiceRef] = []
    for spec in SERVICES:
        sites: list[int | None] = list(range(len(ctx.sites))) if spec.bookable else [None]
        for site in sites:
            sid = w.take_id("shared_service")
            name = spec.name
            if site is not None and len(ctx.sites) > 1:
                name = f"{spec.name} — {ctx.sites[site].name}"
            prices = {
                year: _price_in(spec.price_cents, last_year - 1 - year)
                for year in range(first_year, last_year + 1)
            }
            w.add(
                "shared_service",
                (
                    sid,
                    name,
                    spec.category,
                    spec.unit.value,
                    prices[last_year - 1],
                    spec.vat_bp,
                    spec.bookable,
                    spec.capacity,
                    True,
                    # A network's rooms are in a site's building; the other services are
                    # the network's (written after the sites: demo/sites.py).
                    ctx.site_ids[site] if site is not None and ctx.site_ids else None,
                    1,
                    created,
                    created,
                ),
            )
            # Price history: each year's price from the 1st of January.
            for year in range(first_year, last_year):
                w.add(
                    "shared_service_price",
                    (
                        w.take_id("shared_service_price"),
                        sid,
                        w.day(date(year, 1, 1).toordinal()),
                        prices[year],
                        spec.vat_bp,
                        created,
                        created,
                    ),
                )
            refs.append(ServiceRef(sid, spec, site, prices))
    return refs


def _price_in(current_cents: int, years_before: int) -> int:
    """The price `years_before` years ago, on whole tens of cents (exact half-unit amounts)."""
    factor = (1 - YEARLY_PRICE_RISE) ** max(0, years_before)
    return max(10, round(current_cents * factor / 10) * 10)
