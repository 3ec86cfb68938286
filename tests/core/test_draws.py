"""The draw engine without a database: normalisation and the frozen hash, the SHA-256 generator,
every quota met, one person per organisation, seeds, infeasibility, replacements."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest
from draw_pools import HEADER, pool_rows, quota_rows
from hypothesis import given, settings
from hypothesis import strategies as st

from incubator_app.services.cooperation.draws.freeze import frozen_hash
from incubator_app.services.cooperation.draws.inputs import (
    DrawInputError,
    make_inputs,
    people_from_rows,
    quotas_from_rows,
)
from incubator_app.services.cooperation.draws.panels import InfeasibleQuotas
from incubator_app.services.cooperation.draws.randomness import Stream
from incubator_app.services.cooperation.draws.replacement import (
    find_replacement,
    quota_violations,
)
from incubator_app.services.cooperation.draws.selection import SELECTED, run_draw

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _english_messages():
    """The messages are matched in English; a CLI call of another test may have chosen French."""
    from incubator_app.i18n import set_core_language

    set_core_language("en")
    yield
    set_core_language("en")


QUOTA_HEADER = ["category", "value", "min", "max"]


def inputs(n=80, size=12, groups=1, quotas=None, rows=None):
    people = people_from_rows(HEADER, rows or pool_rows(n))
    return make_inputs(
        people, quotas_from_rows(QUOTA_HEADER, quotas or quota_rows(size)), size, groups
    )


def panel_of(result) -> dict[str, int]:
    return {p.id: p.group for p in result.placements if p.status == SELECTED}


def test_stream_known_answer() -> None:
    """The generator as documented: anyone can recompute these numbers."""
    block = hashlib.sha256(b"incubator-draw/1\x00t\x00abc\x0012 27 31\x00" + bytes(8)).digest()
    stream = Stream("abc", "  12  27 31 ", "t")
    assert stream.next64() == int.from_bytes(block[:8], "big")
    assert stream.next64() == int.from_bytes(block[8:16], "big")
    values = Counter(Stream("h", "s", "u").below(3) for _ in range(1))
    assert sum(values.values()) == 1
    many = Stream("h", "s", "u")
    counts = Counter(many.below(6) for _ in range(6000))
    assert set(counts) == set(range(6)) and min(counts.values()) > 850


def test_hash_ignores_spelling_and_order_but_not_content() -> None:
    rows = pool_rows(40)
    shuffled = [
        [f" {r[0]} ", r[1].upper(), r[2] + "  ", r[3], r[4].upper(), r[5]] for r in reversed(rows)
    ]
    assert frozen_hash(inputs(40, 8, rows=rows)) == frozen_hash(inputs(40, 8, rows=shuffled))
    changed = [list(r) for r in rows]
    changed[3][2] = "rural" if changed[3][2] == "urbain" else "urbain"
    assert frozen_hash(inputs(40, 8, rows=rows)) != frozen_hash(inputs(40, 8, rows=changed))
    assert frozen_hash(inputs(40, 8)) != frozen_hash(inputs(40, 9))


@pytest.mark.parametrize("groups", [1, 3])
def test_every_quota_and_organisation_rule_hold(groups: int) -> None:
    draw_inputs = inputs(90, 12, groups)
    people = {p.id: p for p in draw_inputs.people}
    for seed in ("1", "2", "3", "lotto 2026-12-05: 4 8 15 16 23 42"):
        result = run_draw(draw_inputs, seed)
        panel = panel_of(result)
        assert len(panel) == 12
        assert quota_violations(draw_inputs, panel) == []
        orgs = [people[i].organisation for i in panel if people[i].organisation]
        assert len(orgs) == len(set(orgs))
        assert sorted(Counter(panel.values()).values()) == [4] * groups if groups == 3 else True
        # Ranks inside each cell: the selected first, then the reserve, 1..k without gaps.
        by_cell: dict[str, list] = {}
        for p in result.placements:
            by_cell.setdefault(p.cell, []).append(p)
        for members in by_cell.values():
            assert [p.rank for p in members] == list(range(1, len(members) + 1))
            statuses = [p.status for p in members]
            assert statuses == sorted(statuses, key=lambda s: s != SELECTED)


def test_per_group_quotas_hold_in_every_group() -> None:
    quotas = [
        *quota_rows(12),
        ["milieu", "rural", 1, 3, "group"],
        ["statut", "pro", 1, "", "group"],
    ]
    draw_inputs = make_inputs(
        people_from_rows(HEADER, pool_rows(90)),
        quotas_from_rows([*QUOTA_HEADER, "scope"], quotas),
        12,
        3,
    )
    people = {p.id: p for p in draw_inputs.people}
    result = run_draw(draw_inputs, "seed")
    panel = panel_of(result)
    assert quota_violations(draw_inputs, panel) == []
    for g in (1, 2, 3):
        rural = [i for i, grp in panel.items() if grp == g and people[i].value("milieu") == "rural"]
        assert 1 <= len(rural) <= 3


def test_seeds_change_the_panel_and_the_same_seed_does_not() -> None:
    draw_inputs = inputs(80, 12)
    panels = {tuple(sorted(panel_of(run_draw(draw_inputs, str(s))))) for s in range(6)}
    assert len(panels) >= 4
    assert run_draw(draw_inputs, "x").csv_bytes() == run_draw(draw_inputs, " x ").csv_bytes()


def test_everyone_has_a_chance_and_the_minimum_is_maximised() -> None:
    draw_inputs = inputs(80, 12)
    result = run_draw(draw_inputs, "1")
    marginals = result.distribution.marginals(len(draw_inputs.people))
    assert abs(sum(marginals) - 12) < 1e-6
    assert min(marginals) >= result.distribution.minimum - 1e-6 > 0
    assert abs(sum(result.distribution.probabilities) - 1) < 1e-6


def test_the_lottery_is_proven_within_the_gap_of_the_best_minimum() -> None:
    """The relaxed panel polytope bounds every lottery's minimum from above; the lottery stops
    within GAP of it (or of the pricing's bound), long before the iteration limit."""
    from incubator_app.services.cooperation.draws.maximin import (
        GAP,
        MAX_ITERATIONS,
        maximin_distribution,
        relaxed_bound,
    )

    draw_inputs = inputs(120, 12, quotas=quota_rows(12))
    distribution = maximin_distribution(draw_inputs, frozen_hash(draw_inputs))
    covered = [i for i in range(len(draw_inputs.people)) if i not in distribution.uncovered]
    bound = relaxed_bound(draw_inputs, covered)
    assert distribution.minimum <= distribution.upper_bound <= bound
    assert distribution.upper_bound <= distribution.minimum * (1 + GAP) + 1e-9
    assert distribution.iterations < MAX_ITERATIONS
    assert min(distribution.marginals(len(draw_inputs.people))) >= distribution.minimum - 1e-9


def test_infeasible_quotas_say_what_to_relax() -> None:
    quotas = [*quota_rows(12), ["milieu", "urbain", 10, ""]]  # rural needs 4: 10 + 4 > 12
    with pytest.raises(InfeasibleQuotas) as caught:
        run_draw(inputs(80, 12, quotas=quotas), "1")
    assert "lower the minimum of milieu=urbain from 10 to 8" in str(caught.value)


def test_too_few_organisations_is_explained() -> None:
    rows = [[f"p{i}", "pro", "urbain", "artiste", "CA Nord", "same"] for i in range(10)]
    with pytest.raises(InfeasibleQuotas, match="only 1 volunteers are of distinct"):
        run_draw(inputs(rows=rows, size=2, quotas=[["statut", "pro", 0, ""]]), "1")


@pytest.mark.parametrize(
    ("header", "rows", "quotas", "message"),
    [
        (["name", "milieu"], [["a", "rural"]], [], "no “id” column"),
        (HEADER, [["", "pro", "rural", "élu", "x", ""]], [], "has no id"),
        (HEADER, [["a", "pro", "r", "élu", "x", ""]] * 2, [], "appears twice"),
        (HEADER, pool_rows(20), [["statut", "pro", "deux", 3]], "whole number"),
        (HEADER, pool_rows(20), [["statut", "pro", 4, 3]], "below the minimum"),
        (HEADER, pool_rows(20), [["âge", "jeune", 1, 3]], "category the pool does not have"),
        (HEADER, [["a" * 300, "pro", "r", "élu", "x", ""]], [], "over 200 characters"),
    ],
)
def test_bad_inputs_are_refused(header, rows, quotas, message) -> None:
    with pytest.raises(DrawInputError, match=message):
        people = people_from_rows(header, rows)
        make_inputs(people, quotas_from_rows(QUOTA_HEADER, quotas), 1, 1)


def test_replacement_takes_the_next_of_the_same_cell() -> None:
    draw_inputs = inputs(120, 12, quotas=[["statut", "pro", 5, 7], ["milieu", "rural", 4, 6]])
    result = run_draw(draw_inputs, "1")
    panel = panel_of(result)
    leaving = sorted(panel)[0]
    cell = next(p.cell for p in result.placements if p.id == leaving)
    replacement = find_replacement(draw_inputs, result.placements, panel, leaving, {leaving})
    assert replacement.same_cell
    arriving = next(p for p in result.placements if p.id == replacement.arriving)
    assert arriving.cell == cell and arriving.status == "reserve"


@settings(max_examples=25, deadline=None)
@given(
    groups=st.sampled_from([1, 2]),
    seed=st.integers(0, 10**6),
    events=st.lists(
        st.tuples(st.integers(0, 11), st.sampled_from(["declined", "timeout"])), max_size=30
    ),
)
def test_replacements_keep_every_quota(groups, seed, events) -> None:
    """Random declines and timeouts: every replacement found keeps all the quotas; a place is
    left empty only when no one left in the pool could take it."""
    draw_inputs = _REPLACEMENT_INPUTS[groups]
    result = run_draw(draw_inputs, str(seed))
    panel = panel_of(result)
    unavailable: set[str] = set()
    for index, _reason in events:
        if not panel:
            break
        leaving = sorted(panel)[index % len(panel)]
        unavailable.add(leaving)
        replacement = find_replacement(draw_inputs, result.placements, panel, leaving, unavailable)
        group = panel.pop(leaving)
        if replacement.arriving is None:
            break  # the place stays empty; the caller says so
        assert replacement.arriving not in unavailable
        panel[replacement.arriving] = group
        assert quota_violations(draw_inputs, panel) == []
        assert len(panel) == draw_inputs.size


_REPLACEMENT_INPUTS = {
    g: inputs(
        100,
        12,
        g,
        quotas=[["statut", "pro", 5, 7], ["milieu", "rural", 4, 6], ["role", "élu", 0, 2]],
    )
    for g in (1, 2)
}
