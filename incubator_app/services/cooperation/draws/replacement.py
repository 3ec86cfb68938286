"""Who takes the place of a selected volunteer who declines or does not answer in time.

First the next in the reserve of the same quota cell (same values on every category that has a
quota: every quota count stays exactly the same), skipping anyone who already declined or whose
organisation is already on the panel. When that cell's reserve is exhausted, the first volunteer
of the reserve in the order of the draw (the shuffle of the whole pool) whose arrival keeps every
quota, of the whole draw and of the group, and the organisation rule. Nobody: the place stays
empty and the caller says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from incubator_app.services.cooperation.draws.inputs import DrawInputs, Person
from incubator_app.services.cooperation.draws.panels import effective_quotas
from incubator_app.services.cooperation.draws.selection import RESERVE, Placement


@dataclass(frozen=True)
class Replacement:
    leaving: str
    arriving: str | None
    group: int
    same_cell: bool


def quota_violations(inputs: DrawInputs, panel: Mapping[str, int]) -> list[str]:
    """The quotas a panel (id → group, 1-based) breaks, as labels; [] when all hold. A panel with
    fewer members than the size is judged on its minimums too (an empty place breaks them)."""
    people = {p.id: p for p in inputs.people}
    whole, per_group = effective_quotas(inputs)
    out = []
    counts = Counter((c, v) for pid in panel for c, v in people[pid].values)
    for q in whole:
        n = counts[(q.category, q.value)]
        if n < q.minimum or (q.maximum is not None and n > q.maximum):
            out.append(q.label())
    for q in per_group:
        for g in range(1, inputs.groups + 1):
            n = sum(
                1
                for pid, grp in panel.items()
                if grp == g and people[pid].value(q.category) == q.value
            )
            if n < q.minimum or (q.maximum is not None and n > q.maximum):
                out.append(f"{q.label()}@{g}")
    organisations = Counter(people[pid].organisation for pid in panel if people[pid].organisation)
    out.extend(f"organisation={o}" for o, k in sorted(organisations.items()) if k > 1)
    return out


def _organisation_free(
    person: Person, panel: Mapping[str, int], people: Mapping[str, Person]
) -> bool:
    if not person.organisation:
        return True
    return all(people[pid].organisation != person.organisation for pid in panel)


def find_replacement(
    inputs: DrawInputs,
    placements: Sequence[Placement],
    panel: Mapping[str, int],
    leaving: str,
    unavailable: set[str],
) -> Replacement:
    """The replacement of `leaving` (on `panel`, id → group); `unavailable`: people who declined,
    timed out or left, who are never asked again."""
    people = {p.id: p for p in inputs.people}
    group = panel[leaving]
    rest = {pid: g for pid, g in panel.items() if pid != leaving}
    by_id = {p.id: p for p in placements}
    cell = by_id[leaving].cell

    def available(p: Placement) -> bool:
        return (
            p.id not in rest
            and p.id != leaving
            and p.id not in unavailable
            and _organisation_free(people[p.id], rest, people)
        )

    same = sorted((p for p in placements if p.cell == cell and available(p)), key=lambda p: p.rank)
    # Same cell: the quota counts do not move; the organisation rule was checked above.
    for p in same:
        candidate = dict(rest)
        candidate[p.id] = group
        if not quota_violations(inputs, candidate):
            return Replacement(leaving, p.id, group, True)
    others = sorted(
        (p for p in placements if p.status == RESERVE and p.cell != cell and available(p)),
        key=lambda p: p.order,
    )
    for p in others:
        candidate = dict(rest)
        candidate[p.id] = group
        if not quota_violations(inputs, candidate):
            return Replacement(leaving, p.id, group, False)
    return Replacement(leaving, None, group, False)
