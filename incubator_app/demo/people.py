"""Entrepreneurs and their pathway: stage history, CAPE contracts, exits and follow-up."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from incubator_app.demo.catalogue import EXIT_REASONS, LEGAL_FORMS, REFERRERS
from incubator_app.demo.context import Context, add_months
from incubator_app.demo.names import (
    FEMALE_FIRST_NAMES,
    LAST_NAMES,
    MALE_FIRST_NAMES,
    MARSEILLE_STREETS,
    NEUTRAL_FIRST_NAMES,
    TOWN_STREETS,
)
from incubator_app.demo.people_data import EDUCATION, GENDERS, email_for, phone_number, weighted
from incubator_app.demo.places import (
    ALL_COMMUNES,
    COMMUNES_BY_DEPARTMENT,
    MARSEILLE,
    MARSEILLE_PRIORITY,
)
from incubator_app.demo.projects import DESCRIPTIONS, project_name
from incubator_app.models import ExitType, PathwayStage

DISCIPLINE_WEIGHTS = (
    ("musique", 0.2),
    ("spectacle_vivant", 0.18),
    ("arts_visuels", 0.12),
    ("metiers_art", 0.12),
    ("livre_edition", 0.07),
    ("audiovisuel", 0.09),
    ("numerique", 0.08),
    ("design", 0.07),
    ("patrimoine", 0.03),
    ("mediation", 0.04),
)
EARLY_EXIT_TYPES = (
    (ExitType.SALARIED_JOB.value, 0.4),
    (ExitType.TRAINING.value, 0.15),
    (ExitType.JOB_SEARCH.value, 0.15),
    (ExitType.STOPPED.value, 0.25),
    (ExitType.OTHER.value, 0.05),
)
TERM_MONTHS = 12
ARCHIVE_AFTER_DAYS = 3 * 365
# Business still active at 6/12/24/36 months after the exit, for businesses created.
SURVIVAL = ((6, 0.93), (12, 0.86), (24, 0.76), (36, 0.67))

C, A, RF, WD, INC, GR, EX = (s.value for s in PathwayStage)

# Pathways written backwards from the reference date, per site, so that a demo shows, whatever
# its day: contracts ending within 30 days, contracts past their end whose stage is still to
# update (people still "incubated"), and a follow-up call due after a graduation.
# (days from the reference date to the CAPE's end, spread, graduated at that end)
SCRIPTED_ENDS = ((6, 6, False), (18, 9, False), (-8, 5, False), (-25, 10, False), (None, 0, True))
# Pôle emploi became France Travail on 1 January 2024: a fact of the world, not of the demo.
FRANCE_TRAVAIL_SINCE = 2024


@dataclass(slots=True)
class Person:
    id: int
    site: int
    entry: int
    admit: int | None = None  # admitted on (None: never admitted)
    incub: int | None = None  # CAPE signed on
    end: int | None = None  # left the pathway on (None: still in it)
    stage: str = C
    coach: int | None = None
    job_seeker: bool = False
    social_minima: bool = False
    priority: bool = False
    renewals: int = 0
    contract_end: int = 0
    subscriptions: tuple = ()  # monthly services subscribed to (ServiceRef)
    revenue_base: int = 0


def _address(ctx: Context, site: int) -> tuple[str, str, str]:
    rng = ctx.rng
    dept = ctx.sites[site].department
    if dept == "13" and ctx.sites[site].commune == "Marseille" and rng.random() < 0.65:
        code, commune = ctx.pick(MARSEILLE)
    elif rng.random() < 0.8:
        code, commune = ctx.pick(COMMUNES_BY_DEPARTMENT[dept])
    else:
        code, commune = ctx.pick(ALL_COMMUNES)
    streets = MARSEILLE_STREETS if commune == "Marseille" else TOWN_STREETS
    number = 1 + int(rng.random() * 120)
    return f"{number} {ctx.pick(streets)}", code, commune


def plan_pathway(ctx: Context, p: Person) -> list[tuple[str | None, str, int]]:
    """Draws the pathway of one person; returns the stage changes (from, to, day)."""
    rng, ref = ctx.rng, ctx.ref
    changes: list[tuple[str | None, str, int]] = [(None, C, p.entry)]
    decision = p.entry + 15 + int(rng.random() * 30)
    if decision > ref:
        return changes
    r = rng.random()
    if r < 0.12:
        p.stage, p.end = RF, decision
        return changes + [(C, RF, decision)]
    if r < 0.17:
        p.stage, p.end = WD, decision
        return changes + [(C, WD, decision)]
    p.admit, p.stage = decision, A
    changes.append((C, A, decision))
    signed = decision + 20 + int(rng.random() * 70)
    if rng.random() < 0.06:
        left = decision + 10 + int(rng.random() * 50)
        if left <= ref:
            p.stage, p.end = WD, left
            return changes + [(A, WD, left)]
    if signed > ref:
        return changes
    p.incub, p.stage = signed, INC
    changes.append((A, INC, signed))
    r = rng.random()
    planned = 0 if r < 0.45 else 1 if r < 0.8 else 2
    full_end = add_months(signed, TERM_MONTHS * (planned + 1))
    early = rng.random() < 0.15
    leave = signed + 90 + int(rng.random() * max(1, full_end - signed - 120)) if early else full_end
    # Renewals are decided at each term's end: only those reached by now (or by the exit) count.
    horizon = min(leave, ref)
    renewals = 0
    while renewals < planned and add_months(signed, TERM_MONTHS * (renewals + 1)) <= horizon:
        renewals += 1
    p.renewals = renewals
    p.contract_end = add_months(signed, TERM_MONTHS * (renewals + 1))
    if leave > ref:
        return changes
    p.end = leave
    p.stage = GR if not early and rng.random() < 0.62 else EX
    return changes + [(INC, p.stage, leave)]


@dataclass(frozen=True, slots=True)
class _Script:
    site: int
    entry: int
    admit: int
    signed: int
    end: int
    graduated: bool


def _scripts(ctx: Context) -> list[_Script]:
    rnd, ref = ctx.rng.random, ctx.ref
    scripts = []
    for site in range(len(ctx.sites)):
        for offset, spread, graduated in SCRIPTED_ENDS:
            if graduated:
                # Six months after the exit: the first follow-up call is due these days.
                end = add_months(ref - 2 - int(rnd() * 3), -6)
            else:
                end = ref + offset + int(rnd() * spread)  # type: ignore[operator]
            signed = add_months(end, -TERM_MONTHS)
            admit = signed - 20 - int(rnd() * 60)
            entry = admit - 15 - int(rnd() * 30)
            scripts.append(_Script(site, max(ctx.start, entry), admit, signed, end, graduated))
    return scripts


def plan_scripted(p: Person, s: _Script) -> list[tuple[str | None, str, int]]:
    """A one-term CAPE that ends on `s.end`; graduated then, or still "incubated"."""
    p.admit, p.incub, p.contract_end, p.renewals = s.admit, s.signed, s.end, 0
    changes: list[tuple[str | None, str, int]] = [
        (None, C, p.entry),
        (C, A, s.admit),
        (A, INC, s.signed),
    ]
    if s.graduated:
        p.stage, p.end = GR, s.end
        changes.append((INC, GR, s.end))
    else:
        p.stage = INC
    return changes


def write_people(ctx: Context) -> tuple[list[Person], list[tuple]]:
    """Entrepreneurs in order of entry, with stage history, contracts, exits and follow-up."""
    rng, w, scale = ctx.rng, ctx.writer, ctx.scale
    w.declare(
        "entrepreneur",
        "id first_name last_name email phone address postal_code commune discipline_id "
        "project_name project_description target_legal_form gender birth_year job_seeker "
        "social_minima education_level priority_district referrer gdpr_consent_on stage entry_date "
        "referent_coach_id cohort_id archived site_id",
        versioned=True,
    )
    w.declare(
        "stage_change",
        "id entrepreneur_id from_stage to_stage changed_on reason changed_by_id created_at "
        "updated_at",
    )
    span = ctx.ref - ctx.start
    scripts = _scripts(ctx)
    # The last weeks keep a few fresh candidates waiting for the admission committee.
    drawn = max(0, scale.entrepreneurs - len(scripts))
    entries: list[tuple[int, _Script | None]] = [
        (ctx.start + int(rng.random() * span), None) for _ in range(drawn)
    ]
    entries += [(s.entry, s) for s in scripts]
    entries.sort(key=lambda e: e[0])  # stable: same order for the same seed
    people: list[Person] = []
    all_changes: list[tuple[int, int, str | None, str, int]] = []
    n_sites = len(ctx.sites)
    for index, (entry, script) in enumerate(entries):
        if index % 5000 == 0:
            ctx.progress("entrepreneurs", index, len(entries))
        p = Person(id=w.take_id("entrepreneur"), site=int(rng.random() * n_sites), entry=entry)
        if script is None:
            changes = plan_pathway(ctx, p)
        else:
            p.site = script.site
            changes = plan_scripted(p, script)
        all_changes.extend((p.entry, p.id, f, t, d) for f, t, d in changes)
        _write_entrepreneur(ctx, p, changes)
        people.append(p)
    recorded = _write_stage_changes(ctx, people, all_changes)
    _write_contracts_and_exits(ctx, people)
    return people, recorded


def _write_entrepreneur(ctx: Context, p: Person, changes: list) -> None:
    rng, w = ctx.rng, ctx.writer
    gender = weighted(rng, GENDERS)
    pool = (
        FEMALE_FIRST_NAMES
        if gender == "female"
        else MALE_FIRST_NAMES
        if gender == "male"
        else NEUTRAL_FIRST_NAMES
    )
    first, last = ctx.pick(pool), ctx.pick(LAST_NAMES)
    address, code, commune = _address(ctx, p.site)
    discipline = weighted(rng, DISCIPLINE_WEIGHTS)
    entry_year = date.fromordinal(p.entry).year
    age = 21 + int(rng.random() * 18 + rng.random() * 18)
    p.job_seeker = rng.random() < 0.62
    p.social_minima = p.job_seeker and rng.random() < 0.3
    p.priority = rng.random() < (0.5 if code in MARSEILLE_PRIORITY else 0.08)
    if p.admit is not None:
        sitecoaches = ctx.coaches_by_site[p.site]
        p.coach = sitecoaches[int(rng.random() * len(sitecoaches))]
    cohort = ctx.cohort_ids[(p.site, date.fromordinal(p.admit).year)] if p.admit else None
    last_change = changes[-1][2]
    archived = p.end is not None and ctx.ref - last_change > ARCHIVE_AFTER_DAYS
    referrer = ctx.pick(REFERRERS)
    if rng.random() < 0.15:
        referrer = "France Travail" if entry_year >= FRANCE_TRAVAIL_SINCE else "Pôle emploi"
    w.add(
        "entrepreneur",
        (
            p.id,
            first,
            last,
            email_for(rng, first, last, p.id),
            phone_number(rng),
            address,
            code,
            commune,
            ctx.discipline_ids.get(discipline),
            project_name(rng, discipline, first, last),
            DESCRIPTIONS[discipline],
            ctx.pick(LEGAL_FORMS),
            gender,
            entry_year - age,
            p.job_seeker,
            p.social_minima,
            weighted(rng, EDUCATION),
            p.priority,
            referrer,
            w.day(p.entry),
            p.stage,
            w.day(p.entry),
            p.coach,
            cohort,
            archived,
            ctx.site_ids[p.site] if ctx.site_ids else None,
            len(changes),
            w.stamp(p.entry),
            w.stamp(last_change),
        ),
    )


def _write_stage_changes(ctx: Context, people: list[Person], changes: list) -> list[tuple]:
    """Ids follow the day of the change, as they would have been recorded."""
    w, rng = ctx.writer, ctx.rng
    site_of = {p.id: p.site for p in people}
    reasons = {RF: "Projet pas encore assez mûr pour le CAPE.", WD: "Désistement."}
    changes.sort(key=lambda c: (c[4], c[0], c[1]))
    recorded = []
    for entry, pid, from_stage, to_stage, day in changes:
        staff = ctx.staff_by_site[site_of[pid]]
        by = staff[int(rng.random() * len(staff))]
        stamp = w.stamp(day)
        w.add(
            "stage_change",
            (
                w.take_id("stage_change"),
                pid,
                from_stage,
                to_stage,
                w.day(day),
                reasons.get(to_stage),
                by,
                stamp,
                stamp,
            ),
        )
        recorded.append((entry, pid, from_stage, to_stage, day, by))
    return recorded


def _write_contracts_and_exits(ctx: Context, people: list[Person]) -> None:
    rng, w, ref = ctx.rng, ctx.writer, ctx.ref
    w.declare(
        "support_contract",
        "id entrepreneur_id start_date end_date months_per_term renewals revenue_share_bp ended_on",
        versioned=True,
    )
    w.declare("exit_outcome", "id entrepreneur_id exit_type reason exit_date", versioned=True)
    w.declare(
        "follow_up_checkpoint",
        "id entrepreneur_id months_after_exit due_on checked_on business_active notes"
        " legal_form revenue_band jobs_created situation",
        versioned=True,
    )
    w.declare(
        "follow_up_contact",
        "id entrepreneur_id checkpoint channel contacted_at reminder reached outbox_message_id"
        " note recorded_by",
    )
    for p in people:
        if p.incub is None:
            continue
        share = (500, 800, 1000)[int(rng.random() * 3)]
        ended = p.end
        w.add(
            "support_contract",
            (
                w.take_id("support_contract"),
                p.id,
                w.day(p.incub),
                w.day(p.contract_end),
                TERM_MONTHS,
                p.renewals,
                share,
                w.day(ended) if ended else None,
                1 + p.renewals,
                w.stamp(p.incub),
                w.stamp(ended or p.incub),
            ),
        )
        if ended is None:
            continue
        if p.stage == GR:
            exit_type = ExitType.BUSINESS_CREATED.value
        else:
            exit_type = weighted(rng, EARLY_EXIT_TYPES)
        reasons = EXIT_REASONS[ExitType(exit_type)]
        w.add(
            "exit_outcome",
            (
                w.take_id("exit_outcome"),
                p.id,
                exit_type,
                ctx.pick(reasons),
                w.day(ended),
                1,
                w.stamp(ended),
                w.stamp(ended),
            ),
        )
        created = exit_type == ExitType.BUSINESS_CREATED.value
        active, previous = True, 1.0
        for months, survival in SURVIVAL if created else SURVIVAL[:2]:
            due = add_months(ended, months)
            checked = due + int(rng.random() * 30) if rng.random() < 0.9 else None
            if checked is not None and (checked > ref - 7 or due > ref - 10):
                checked = None  # the calls of the last days are still to make
            business_active = None
            notes = None
            if checked is not None:
                if created:
                    # Conditional survival: once closed, a business stays closed.
                    active = active and rng.random() < survival / previous
                    previous = survival
                    business_active = active
                    notes = None if active else "Activité arrêtée."
                else:
                    notes = ctx.pick(("En emploi.", "En formation.", "En recherche d'emploi."))
            # The campaign's answer and attempts, from their own generator: the main stream
            # (and every figure drawn after it) stays as it was before the campaign existed.
            answer = _campaign_answer(p.id * 100 + months, created, business_active, checked)
            w.add(
                "follow_up_checkpoint",
                (
                    w.take_id("follow_up_checkpoint"),
                    p.id,
                    months,
                    w.day(due),
                    w.day(checked) if checked else None,
                    business_active,
                    notes,
                    *answer,
                    2 if checked else 1,
                    w.stamp(ended),
                    w.stamp(checked or ended),
                ),
            )
            _campaign_attempts(w, p.id, months, due, checked, ref)


_SITUATIONS = ("salaried", "training", "job_seeking", "other")


def _campaign_answer(
    seed: int, created: bool, business_active: bool | None, checked: int | None
) -> tuple[str | None, str | None, int | None, str | None]:
    """(legal form, revenue band, jobs created, situation) of an answered checkpoint."""
    if checked is None:
        return (None, None, None, None)
    r = random.Random(seed)
    if created and business_active:
        form = weighted(
            r, (("micro", 0.55), ("company", 0.2), ("association", 0.15), ("cooperative", 0.1))
        )
        band = weighted(
            r,
            (
                ("none", 0.05),
                ("under_10k", 0.35),
                ("10k_30k", 0.35),
                ("30k_80k", 0.18),
                ("over_80k", 0.07),
            ),
        )
        jobs = int(weighted(r, (("0", 0.7), ("1", 0.2), ("2", 0.07), ("3", 0.03))))
        return (form, band, jobs, "own_business")
    return (None, None, None, r.choice(_SITUATIONS))


def _campaign_attempts(
    w, person_id: int, months: int, due: int, checked: int | None, ref: int
) -> None:
    """An e-mail at the due date, a reminder call a fortnight later when there was no answer by
    then, the call that got the answer; none for checkpoints not yet due."""
    if due > ref:
        return
    code = f"m{months}"
    attempts = [(due, "email", False, None)]
    if checked is None or checked > due + 14:
        if due + 14 <= ref:
            attempts.append((due + 14, "email", True, None))
    if checked is not None:
        attempts.append((checked, "call", False, True))
    for day, channel, reminder, reached in attempts:
        w.add(
            "follow_up_contact",
            (
                w.take_id("follow_up_contact"),
                person_id,
                code,
                channel,
                w.stamp(day, 600),
                reminder,
                reached,
                None,
                None,
                "demo",
            ),
        )
