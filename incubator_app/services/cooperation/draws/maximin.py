"""The fairest lottery over feasible panels: maximin (Flanigan, Gölz, Gupta, Hennig, Procaccia,
"Fair algorithms for selecting citizens' assemblies", Nature 596, 2021).

Among all probability distributions over the feasible panels, find one that maximises the
smallest chance any volunteer has of being selected. There are far too many panels to list, so
the linear program is solved by column generation:

1. Cover: find panels until every volunteer who can be on some panel is on one (integer programs
   that favour the volunteers not yet covered). A volunteer on no feasible panel gets chance 0.
2. Dual: minimise t over weights y >= 0 summing to 1 with sum(y_i, i in P) <= t for every panel P
   found so far. The best panel for y (an integer program) either beats t, and is added, or
   proves that the panels found suffice.
3. Primal: maximise z with sum(p_P) = 1 and sum(p_P, P contains i) >= z for every covered i.

Column generation stops when no panel improves the dual, or when the lottery's minimum comes
within GAP of an upper bound on the best minimum. Two bounds: the pricing's (no panel's weight
under the dual's y exceeds it) and, computed once, the linear relaxation's (`relaxed_bound`: the
chances of any lottery are a point of the relaxed panel polytope, so none can give everyone
more than its best z). The second is usually within a fraction of a percent of the best
minimum and lets a large pool stop after tens of iterations instead of hundreds.

This depends only on the frozen inputs, never on the seed: the distribution can be computed and
published before the seed exists. The tie-breaking weights of step 1 come from the frozen hash.
"""

from __future__ import annotations

from dataclasses import dataclass

import highspy
import numpy as np

from incubator_app.services.cooperation.draws.inputs import DrawInputs
from incubator_app.services.cooperation.draws.panels import PanelModel, _highs, infeasibility
from incubator_app.services.cooperation.draws.randomness import Stream

#: Column generation stops when no panel improves the dual by more than this.
TOLERANCE = 1e-7
#: Column generation also stops once the smallest chance cannot be raised by more than this
#: fraction: the lottery's minimum is then proven within 2 % of the best possible (the pricing
#: problem's value, or the relaxed panel polytope's best z, bounds the optimum from above).
#: Large pools with tight quotas otherwise spend most of their time on the last 1 or 2 %.
GAP = 0.02
#: Bound on the iterations (deterministic, unlike a time limit). Large pools with tight quotas
#: converge slowly; past this the lottery is used as it is (every panel still meets every
#: quota) and `Distribution.upper_bound` says how far from the best its minimum may be.
MAX_ITERATIONS = 400


@dataclass(frozen=True)
class Distribution:
    panels: tuple[tuple[int, ...], ...]  # indices into inputs.people, each sorted
    probabilities: tuple[float, ...]
    minimum: float  # the maximin value: the smallest chance of a covered volunteer
    uncovered: tuple[int, ...]  # volunteers on no feasible panel (chance 0)
    iterations: int
    upper_bound: float  # no lottery can give everyone more than this (proven: see GAP)

    def marginals(self, n: int) -> list[float]:
        out = [0.0] * n
        for panel, p in zip(self.panels, self.probabilities, strict=True):
            for i in panel:
                out[i] += p
        return out


class _Pricing:
    """The best panel for some weights: first the linear relaxation (its value bounds every
    panel's), rounded by an integer program over its fractional volunteers; the full integer
    program only when that rounding is not good enough."""

    def __init__(self, inputs: DrawInputs) -> None:
        self.exact = PanelModel(inputs)
        self.fast = None if self.exact.with_groups else PanelModel(inputs, integral=False)
        if self.fast is not None:
            # Only the costs change between solves: primal simplex from the last basis.
            self.fast.h.setOptionValue("presolve", "off")
            self.fast.h.setOptionValue("simplex_strategy", 4)
        self.inputs = inputs

    def best(
        self,
        weights: list[float],
        *,
        better_than: float | None = None,
        enough: float | None = None,
    ):
        """(a panel of weight above `better_than`, or None; an upper bound on any panel's
        weight). None also when that bound is at most `enough` (nothing worth adding)."""
        if self.fast is not None:
            relaxed = self.fast.solve(weights)
            if relaxed is None:
                return None, float("-inf")
            bound = sum(w * x for w, x in zip(weights, relaxed, strict=False))
            if better_than is not None and bound <= better_than + TOLERANCE:
                return None, bound
            if enough is not None and bound <= enough:
                return None, bound
            panel = self.exact.rounded(weights, relaxed)
            if panel is not None:
                value = sum(weights[i] for i in panel)
                if better_than is None or value > better_than + TOLERANCE:
                    return panel, bound
        panel = self.exact.best(weights)
        if panel is None:
            return None, float("-inf")
        value = sum(weights[i] for i in panel)
        if better_than is not None and value <= better_than + TOLERANCE:
            return None, value
        if enough is not None and value <= enough:
            return None, value
        return panel, value


def relaxed_bound(inputs: DrawInputs, covered: list[int]) -> float:
    """No lottery gives every covered volunteer more than this: the largest z with x_i >= z for
    every covered i, x in the linear relaxation of the panels' integer program (the chances of
    any lottery over panels are such an x). One linear program of the pool's size."""
    model = PanelModel(inputs, integral=False)
    h, z = model.h, model.total
    h.addCol(1.0, 0.0, 1.0, 0, np.array([], dtype=np.int32), np.array([], dtype=np.float64))
    m = len(covered)
    starts = np.arange(0, 2 * m, 2, dtype=np.int32)
    index = np.array([k for i in covered for k in (i, z)], dtype=np.int32)
    values = np.array([1.0, -1.0] * m)
    h.addRows(m, np.zeros(m), np.full(m, highspy.kHighsInf), 2 * m, starts, index, values)
    costs = np.zeros(z + 1)
    costs[z] = 1.0
    h.changeColsCost(z + 1, np.arange(z + 1, dtype=np.int32), costs)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return 1.0
    return min(1.0, h.getInfo().objective_function_value + TOLERANCE)


def _cover(model: _Pricing, n: int, jitter: list[float]) -> tuple[list[tuple[int, ...]], set[int]]:
    panels: list[tuple[int, ...]] = []
    seen: set[tuple[int, ...]] = set()
    covered: set[int] = set()

    def add(panel: tuple[int, ...]) -> None:
        if panel not in seen:
            seen.add(panel)
            panels.append(panel)
        covered.update(panel)

    first, _ = model.best(jitter)
    if first is None:
        raise infeasibility(model.inputs)
    add(first)
    while len(covered) < n:
        weights = [jitter[i] * 0.01 + (0.0 if i in covered else 1.0) for i in range(n)]
        panel, _ = model.best(weights, better_than=0.99 if covered else None)
        if panel is None or not set(panel) - covered:
            break
        add(panel)
    unreachable: set[int] = set()
    for i in range(n):
        if i in covered:
            continue
        weights = [jitter[j] * 0.01 for j in range(n)]
        weights[i] = float(n)
        panel = model.exact.best(weights)
        if panel is not None and i in panel:
            add(panel)
        else:
            unreachable.add(i)
    return panels, unreachable


class _Dual:
    """min t over weights y >= 0 of the covered volunteers, summing to 1, with
    sum(y_i, i in P) <= t for every panel P; one row added per new panel (warm start)."""

    def __init__(self, covered: list[int], n: int) -> None:
        self.n = n
        h = _highs()
        upper = np.zeros(n + 1)
        for i in covered:
            upper[i] = 1.0
        upper[n] = highspy.kHighsInf
        costs = np.zeros(n + 1)
        costs[n] = 1.0
        h.addCols(
            n + 1,
            costs,
            np.zeros(n + 1),
            upper,
            0,
            np.array([], dtype=np.int32),
            np.array([], dtype=np.int32),
            np.array([], dtype=np.float64),
        )
        h.addRow(1.0, 1.0, len(covered), np.array(covered, dtype=np.int32), np.ones(len(covered)))
        h.changeObjectiveSense(highspy.ObjSense.kMinimize)
        # One row more between solves: dual simplex from the last basis.
        h.setOptionValue("presolve", "off")
        h.setOptionValue("simplex_strategy", 1)
        self.h = h

    def add(self, panel: tuple[int, ...]) -> None:
        index = np.array([*panel, self.n], dtype=np.int32)
        values = np.array([1.0] * len(panel) + [-1.0])
        self.h.addRow(-highspy.kHighsInf, 0.0, len(index), index, values)

    def solve(self) -> tuple[list[float], float]:
        self.h.run()
        values = list(self.h.getSolution().col_value)
        return values[: self.n], values[self.n]


def _primal(panels: list[tuple[int, ...]], covered: list[int]) -> tuple[list[float], float]:
    h = _highs()
    m = len(panels)
    costs = np.zeros(m + 1)
    costs[m] = 1.0
    upper = np.ones(m + 1)
    h.addCols(
        m + 1,
        costs,
        np.zeros(m + 1),
        upper,
        0,
        np.array([], dtype=np.int32),
        np.array([], dtype=np.int32),
        np.array([], dtype=np.float64),
    )
    containing: dict[int, list[int]] = {i: [] for i in covered}
    for k, panel in enumerate(panels):
        for i in panel:
            if i in containing:
                containing[i].append(k)
    starts, index, value = [0], list(range(m)), [1.0] * m
    lower, row_upper = [1.0], [1.0]
    for i in covered:
        starts.append(len(index))
        index.extend(containing[i])
        value.extend([1.0] * len(containing[i]))
        index.append(m)
        value.append(-1.0)
        lower.append(0.0)
        row_upper.append(highspy.kHighsInf)
    h.addRows(
        len(lower),
        np.array(lower),
        np.array(row_upper),
        len(index),
        np.array(starts, dtype=np.int32),
        np.array(index, dtype=np.int32),
        np.array(value, dtype=np.float64),
    )
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.run()
    values = list(h.getSolution().col_value)
    return [max(0.0, v) for v in values[:m]], values[m]


def maximin_distribution(inputs: DrawInputs, frozen_hash: str) -> Distribution:
    """The maximin lottery over panels; raises InfeasibleQuotas when no panel exists."""
    n = len(inputs.people)
    stream = Stream(frozen_hash, "", "cover")
    jitter = [stream.below(1_000_000) / 1_000_000 for _ in range(n)]
    model = _Pricing(inputs)
    panels, unreachable = _cover(model, n, jitter)
    covered = [i for i in range(n) if i not in unreachable]
    known = set(panels)
    dual = _Dual(covered, n)
    for panel in panels:
        dual.add(panel)
    iterations = 0
    upper = relaxed_bound(inputs, covered)
    while iterations < MAX_ITERATIONS:
        iterations += 1
        y, t = dual.solve()
        if upper <= t * (1 + GAP):
            break
        panel, bound = model.best(y, better_than=t, enough=t * (1 + GAP))
        upper = min(upper, max(bound, t))
        if panel is None or panel in known:
            break
        known.add(panel)
        panels.append(panel)
        dual.add(panel)
    probabilities, minimum = _primal(panels, covered)
    kept = [(p, q) for p, q in zip(panels, probabilities, strict=True) if q > 1e-12]
    return Distribution(
        tuple(p for p, _ in kept),
        tuple(q for _, q in kept),
        minimum,
        tuple(sorted(unreachable)),
        iterations,
        min(upper, 1.0),
    )
