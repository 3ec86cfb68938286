"""Milestones (jalons) planned from the CAPE templates, plus each project's own ones."""

from __future__ import annotations

from datetime import date

from incubator_app.demo.catalogue import EXTRA_MILESTONES, MILESTONE_TEMPLATES
from incubator_app.demo.context import Context, add_months
from incubator_app.demo.people import TERM_MONTHS, Person
from incubator_app.models import MilestoneStatus

PLANNED, IN_PROGRESS, ACHIEVED, MISSED, CANCELLED = (s.value for s in MilestoneStatus)
EVIDENCE = ("Compte rendu dans le dossier.", "Justificatif déposé.", "Validé en comité.")


def write_milestones(ctx: Context, people: list[Person]) -> None:
    rng, w = ctx.rng, ctx.writer
    w.declare(
        "milestone",
        "id entrepreneur_id template_id title category due_on status achieved_on evidence",
        versioned=True,
    )
    incubated = [p for p in people if p.incub is not None]
    if not incubated:
        return
    planned = len(MILESTONE_TEMPLATES) * len(incubated) + sum(p.renewals for p in incubated)
    extra_rate = max(0.0, (ctx.scale.milestones - planned) / len(incubated))
    whole, fraction = int(extra_rate), extra_rate - int(extra_rate)
    for p in incubated:
        start = p.incub
        assert start is not None
        for template_id, (title, category, months, days) in zip(
            ctx.template_ids, MILESTONE_TEMPLATES, strict=True
        ):
            _add(ctx, p, template_id, title, category, add_months(start, months) + days)
        for term in range(1, p.renewals + 1):
            title, category = EXTRA_MILESTONES[0]
            _add(ctx, p, None, title, category, add_months(start, TERM_MONTHS * term) - 15)
        span = max(30, (p.end or p.contract_end) - start)
        for _ in range(whole + (1 if rng.random() < fraction else 0)):
            title, category = EXTRA_MILESTONES[1 + int(rng.random() * (len(EXTRA_MILESTONES) - 1))]
            _add(ctx, p, None, title, category, start + 20 + int(rng.random() * span))
    _add_current(ctx, incubated)


def _add_current(ctx: Context, incubated: list[Person]) -> None:
    """Per site, on the most recent CAPE still running: one milestone due later this month (or
    today, on a month's last day) and one a little overdue, so the due tiles are never empty."""
    rnd, ref = ctx.rng.random, ctx.ref
    d = date.fromordinal(ref)
    month_end = add_months(d.replace(day=1).toordinal(), 1) - 1
    for site in range(len(ctx.sites)):
        running = [p for p in incubated if p.site == site and p.end is None]
        if not running:
            continue
        p = max(running, key=lambda q: (q.incub, q.id))
        for due in (min(month_end, ref + 2 + int(rnd() * 10)), ref - 3 - int(rnd() * 10)):
            title, category = EXTRA_MILESTONES[1 + int(rnd() * (len(EXTRA_MILESTONES) - 1))]
            _add(ctx, p, None, title, category, due, status=IN_PROGRESS)


def _add(
    ctx: Context,
    p: Person,
    template_id: int | None,
    title: str,
    category: str,
    due: int,
    *,
    status: str | None = None,
) -> None:
    w, ref = ctx.writer, ctx.ref
    achieved_on: int | None = None
    evidence: str | None = None
    if status is None:
        status, achieved_on, evidence = _draw_status(ctx, p, due)
    created = w.stamp(p.incub or due)
    updated = w.stamp(achieved_on or min(due, ref))
    w.add(
        "milestone",
        (
            w.take_id("milestone"),
            p.id,
            template_id,
            title,
            category,
            w.day(due),
            status,
            w.day(achieved_on) if achieved_on else None,
            evidence,
            1 if status == PLANNED else 2,
            created,
            updated,
        ),
    )


def _draw_status(ctx: Context, p: Person, due: int) -> tuple[str, int | None, str | None]:
    """Status, day achieved and evidence of a milestone due on `due`, as of the reference day."""
    rng, ref = ctx.rng, ctx.ref
    if p.end is not None and due > p.end:
        return CANCELLED, None, None
    if due > ref:
        return (IN_PROGRESS if due - ref < 60 and rng.random() < 0.4 else PLANNED), None, None
    r = rng.random()
    if r < 0.78:
        achieved_on = min(ref, max(p.incub or due, due - 20 + int(rng.random() * 45)))
        return ACHIEVED, achieved_on, EVIDENCE[int(rng.random() * len(EVIDENCE))]
    if r < 0.9:
        return MISSED, None, None
    if r < 0.96:
        return (IN_PROGRESS if ref - due < 60 else MISSED), None, None
    return CANCELLED, None, None
