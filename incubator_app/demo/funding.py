"""Funders, grants with their reporting deadlines, beneficiaries and financed sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incubator_app.demo.catalogue import FUNDERS, GRANT_DEADLINES, FunderSpec
from incubator_app.demo.context import Context, add_months
from incubator_app.demo.fse import write_fse_questionnaires
from incubator_app.demo.people import Person
from incubator_app.models import FunderKind

# (site, year) → grants that count the coaching sessions of their beneficiaries.
SessionGrants = dict[tuple[int, int], list[tuple[int, frozenset[int]]]]


@dataclass(frozen=True)
class _Funder:
    id: int
    spec: FunderSpec
    sites: frozenset[int]


DEPARTMENT_FUNDERS = {
    "04": "Département des Alpes-de-Haute-Provence",
    "05": "Département des Hautes-Alpes",
    "06": "Département des Alpes-Maritimes",
    "83": "Département du Var",
    "84": "Département de Vaucluse",
}


def _funder_specs(ctx: Context) -> list[tuple[FunderSpec, frozenset[int]]]:
    """Regional and national funders for every site; departments and cities for their own."""
    all_sites = frozenset(range(len(ctx.sites)))
    specs: list[tuple[FunderSpec, frozenset[int]]] = []
    for spec in FUNDERS[: ctx.scale.funders]:
        if spec.kind is FunderKind.MUNICIPALITY:
            sites = frozenset(i for i, s in enumerate(ctx.sites) if s.commune == "Marseille")
        elif spec.code in ("CD13", "AMP"):
            sites = frozenset(i for i, s in enumerate(ctx.sites) if s.department == "13")
        else:
            sites = all_sites
        specs.append((spec, sites))
    if len(ctx.sites) > 1:
        for dept, name in DEPARTMENT_FUNDERS.items():
            sites = frozenset(i for i, s in enumerate(ctx.sites) if s.department == dept)
            specs.append(
                (
                    FunderSpec(
                        name,
                        FunderKind.DEPARTMENT,
                        f"CD{dept}",
                        "Direction de la culture",
                        "Soutien à l'emploi culturel",
                        20000,
                    ),
                    sites,
                )
            )
        for i, site in enumerate(ctx.sites):
            if site.commune != "Marseille":
                code = "V" + "".join(ch for ch in site.name.upper() if ch.isalpha())[:6]
                specs.append(
                    (
                        FunderSpec(
                            f"Ville de {site.name}",
                            FunderKind.MUNICIPALITY,
                            code,
                            "Service culture",
                            "Fonctionnement de la couveuse",
                            8000,
                        ),
                        frozenset({i}),
                    )
                )
    return specs


def write_funding(ctx: Context, people: list[Person]) -> SessionGrants:
    rng, w, ref = ctx.rng, ctx.writer, ctx.ref
    w.declare("funder", "id name kind contact_name contact_email notes", versioned=True)
    w.declare(
        "grant_agreement",
        "id funder_id reference title amount_cents period_start period_end co_funders",
        versioned=True,
    )
    w.declare("grant_deadline", "id grant_id label due_on submitted_on", versioned=True)
    w.declare("grant_beneficiary", "grant_id entrepreneur_id")
    w.declare("grant_indicator", "id grant_id indicator target", versioned=True)
    created = w.stamp(ctx.start)
    funders: list[_Funder] = []
    for spec, sites in _funder_specs(ctx):
        fid = w.take_id("funder")
        w.add(
            "funder",
            (
                fid,
                spec.name,
                spec.kind.value,
                spec.contact,
                f"contact.{spec.code.lower()}@financeur.example.org",
                None,
                1,
                created,
                created,
            ),
        )
        funders.append(_Funder(fid, spec, sites))
    years = range(date.fromordinal(ctx.start).year, date.fromordinal(ref).year + 1)
    combos = [
        (y, s, f) for y in years for f in range(len(funders)) for s in sorted(funders[f].sites)
    ]
    chosen = combos if len(combos) <= ctx.scale.grants else rng.sample(combos, ctx.scale.grants)
    chosen.sort()
    by_site: dict[int, list[Person]] = {}
    for p in people:
        if p.admit is not None:
            by_site.setdefault(p.site, []).append(p)
    serials: dict[int, int] = {}
    tracked: SessionGrants = {}
    fse_members: set[int] = set()
    # Without a European grant (small scale), the grants are co-funded by the FSE+, as local
    # ones often are: their participants answer the FSE+ questionnaires.
    has_eu = any(funders[f].spec.kind is FunderKind.EUROPEAN_UNION for _y, _s, f in chosen)
    for year, site, f in chosen:
        funder = funders[f]
        spec = funder.spec
        serials[f] = serials.get(f, 0) + 1
        gid = w.take_id("grant_agreement")
        start = date(year, 1, 1).toordinal()
        # European funds come in two-year conventions.
        end = date(year + (1 if spec.kind is FunderKind.EUROPEAN_UNION else 0), 12, 31).toordinal()
        amount = int(spec.amount * (0.7 + 0.6 * rng.random()) / 500) * 500 * 100
        title = f"{spec.grant_title} {year}"
        fse_cofunded = spec.kind is FunderKind.EUROPEAN_UNION or not has_eu
        if len(ctx.sites) > 1:
            title += f" — {ctx.sites[site].name}"
        w.add(
            "grant_agreement",
            (
                gid,
                funder.id,
                f"{spec.code}-{year}-{serials[f]:04d}",
                title,
                amount,
                w.day(start),
                w.day(end),
                "FSE+" if fse_cofunded and spec.kind is not FunderKind.EUROPEAN_UNION else None,
                1,
                w.stamp(start - 60),
                w.stamp(start - 60),
            ),
        )
        for label, due in (
            (GRANT_DEADLINES[0], add_months(start, 7)),
            (GRANT_DEADLINES[1], add_months(end, 4)),
        ):
            submitted = None
            if due <= ref:
                submitted = min(
                    ref, due - int(rng.random() * 20) + (15 if rng.random() < 0.1 else 0)
                )
            w.add(
                "grant_deadline",
                (
                    w.take_id("grant_deadline"),
                    gid,
                    label,
                    w.day(due),
                    w.day(submitted) if submitted else None,
                    2 if submitted else 1,
                    w.stamp(start - 60),
                    w.stamp(submitted or start - 60),
                ),
            )
        beneficiaries = [
            p.id
            for p in by_site.get(site, ())
            if p.admit is not None
            and p.admit <= end
            and (p.end or ref) >= start
            and _eligible(spec, p)
            and rng.random() < 0.7
        ]
        w.extend("grant_beneficiary", [(gid, pid) for pid in beneficiaries])
        # A few targets as agreements set them, derived from the grant's size (no random draw:
        # the rest of the demo stays the same).
        n = len(beneficiaries)
        for indicator, target in (
            ("people_supported", max(1, round(n * 1.1))),
            ("positive_exits", max(1, n // 4)),
            ("coaching_hours", max(10, n * 12)),
            ("share_women", 50),
            # Businesses still active a year after exit (the follow-up campaign's answers):
            # the multi-year ESF+ operations, whose beneficiaries left long enough ago.
            *((("survival_12", 80),) if spec.kind is FunderKind.EUROPEAN_UNION else ()),
        ):
            w.add(
                "grant_indicator",
                (w.take_id("grant_indicator"), gid, indicator, target, 1, w.stamp(start - 60),
                 w.stamp(start - 60)),
            )  # fmt: skip
        if fse_cofunded:
            fse_members.update(beneficiaries)
        if spec.kind is FunderKind.EUROPEAN_UNION:
            members = frozenset(beneficiaries)
            for y in range(year, date.fromordinal(end).year + 1):
                tracked.setdefault((site, y), []).append((gid, members))
    write_fse_questionnaires(ctx, people, fse_members)
    return tracked


def _eligible(spec: FunderSpec, p: Person) -> bool:
    if spec.kind is FunderKind.EUROPEAN_UNION:
        return p.job_seeker
    if spec.kind is FunderKind.DEPARTMENT:
        return p.social_minima or p.job_seeker
    if spec.kind is FunderKind.FOUNDATION:
        return p.priority
    return True
