"""Feasible panels as integer programs (HiGHS), and what to relax when there is none.

A panel is a set of `size` volunteers that meets every quota of the whole draw, holds at most one
person per (non-empty) organisation and, when some quotas are per group and there are several
groups, can be split into the groups so that each group meets them. One binary variable x_i per
volunteer (on the panel or not) and, only when per-group quotas exist, y_ig (volunteer i in group
g). With one group, a per-group quota is a quota of the whole draw.

HiGHS runs single-threaded with a fixed random seed and no time limit, so the same model gives
the same answer on every run (time limits would make the answer depend on the machine's speed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from incubator_app.errors import DomainError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.services.cooperation.draws.inputs import (
    SCOPE_DRAW,
    SCOPE_GROUP,
    DrawInputs,
    Quota,
)

INF = highspy.kHighsInf


class InfeasibleQuotas(DomainError):
    """No panel meets the quotas; `relaxations` says which to relax and by how much."""

    def __init__(self, message: Msg, relaxations: Sequence[Msg] = ()) -> None:
        super().__init__(message)
        self.relaxations = tuple(relaxations)


_quiet = False


def _new_highs() -> highspy.Highs:
    """HiGHS prints a banner on standard output at its first instance: `incubator-app draw
    freeze` prints only the hash there, so that first instance is made with stdout closed."""
    global _quiet
    if _quiet:
        return highspy.Highs()
    import os
    import sys

    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        h = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)
    _quiet = True
    return h


def _highs() -> highspy.Highs:
    h = _new_highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("mip_rel_gap", 1e-6)
    return h


@dataclass
class _Rows:
    lower: list[float]
    upper: list[float]
    starts: list[int]
    index: list[int]
    value: list[float]

    @classmethod
    def empty(cls) -> _Rows:
        return cls([], [], [], [], [])

    def add(self, entries: Sequence[tuple[int, float]], lower: float, upper: float) -> int:
        self.starts.append(len(self.index))
        for i, v in entries:
            self.index.append(i)
            self.value.append(v)
        self.lower.append(lower)
        self.upper.append(upper)
        return len(self.lower) - 1


def effective_quotas(inputs: DrawInputs) -> tuple[list[Quota], list[Quota]]:
    """(quotas of the whole draw, quotas of each group); one group: all are of the whole draw."""
    whole = [q for q in inputs.quotas if q.scope == SCOPE_DRAW]
    per_group = [q for q in inputs.quotas if q.scope == SCOPE_GROUP]
    if inputs.groups == 1:
        whole += [Quota(q.category, q.value, q.minimum, q.maximum, SCOPE_DRAW) for q in per_group]
        per_group = []
    return whole, per_group


class PanelModel:
    """The integer program of feasible panels; `best(weights)` is the panel of largest weight."""

    def __init__(self, inputs: DrawInputs, *, elastic: bool = False, integral: bool = True) -> None:
        self.inputs = inputs
        people = inputs.people
        n = len(people)
        self.n = n
        whole, per_group = effective_quotas(inputs)
        self.with_groups = bool(per_group)
        groups = inputs.groups if self.with_groups else 0
        self.groups = groups
        ncols = n + n * groups
        members: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, person in enumerate(people):
            for category, value in person.values:
                members[(category, value)].append(i)
        rows = _Rows.empty()
        rows.add([(i, 1.0) for i in range(n)], inputs.size, inputs.size)
        # Elastic slacks: (quota, group or None, "min"/"max") per column after the people's.
        self.slacks: list[tuple[Quota, int | None, str]] = []
        slack_entries: list[tuple[int, int, float]] = []  # (row, column, coefficient)

        def quota_row(q: Quota, cols: list[int], group: int | None) -> None:
            upper = INF if q.maximum is None else float(q.maximum)
            row = rows.add([(c, 1.0) for c in cols], float(q.minimum), upper)
            if elastic:
                if q.minimum > 0:
                    self.slacks.append((q, group, "min"))
                    slack_entries.append((row, ncols + len(self.slacks) - 1, 1.0))
                if q.maximum is not None:
                    self.slacks.append((q, group, "max"))
                    slack_entries.append((row, ncols + len(self.slacks) - 1, -1.0))

        for q in whole:
            quota_row(q, members.get((q.category, q.value), []), None)
        organisations: dict[str, list[int]] = defaultdict(list)
        for i, person in enumerate(people):
            if person.organisation:
                organisations[person.organisation].append(i)
        for org in sorted(organisations):
            if len(organisations[org]) > 1:
                rows.add([(i, 1.0) for i in organisations[org]], 0.0, 1.0)
        if groups:
            for i in range(n):
                rows.add([(i, -1.0)] + [(self._y(i, g), 1.0) for g in range(groups)], 0.0, 0.0)
            for g, size in enumerate(inputs.group_sizes):
                rows.add([(self._y(i, g), 1.0) for i in range(n)], size, size)
            for q in per_group:
                for g in range(groups):
                    cols = [self._y(i, g) for i in members.get((q.category, q.value), [])]
                    quota_row(q, cols, g)
        total = ncols + len(self.slacks)
        h = _highs()
        lower = np.zeros(total)
        upper = np.concatenate([np.ones(ncols), np.full(len(self.slacks), INF)])
        h.addCols(
            total,
            np.zeros(total),
            lower,
            upper,
            0,
            np.array([], dtype=np.int32),
            np.array([], dtype=np.int32),
            np.array([], dtype=np.float64),
        )
        if integral:
            h.changeColsIntegrality(
                total,
                np.arange(total, dtype=np.int32),
                np.array([highspy.HighsVarType.kInteger] * total),
            )
        self.upper = upper
        # Slack coefficients go into their rows once the rows exist.
        h.addRows(
            len(rows.lower),
            np.array(rows.lower),
            np.array(rows.upper),
            len(rows.index),
            np.array(rows.starts, dtype=np.int32),
            np.array(rows.index, dtype=np.int32),
            np.array(rows.value, dtype=np.float64),
        )
        for row, col, coefficient in slack_entries:
            h.changeCoeff(row, col, coefficient)
        self.h = h
        self.total = total
        self.rows = rows

    def _y(self, i: int, g: int) -> int:
        return self.n + i * self.groups + g

    def _run(self) -> list[float] | None:
        self.h.run()
        if self.h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return list(self.h.getSolution().col_value)

    def solve(self, weights: Sequence[float]) -> list[float] | None:
        costs = np.zeros(self.total)
        costs[: self.n] = weights
        self.h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        self.h.changeColsCost(self.total, np.arange(self.total, dtype=np.int32), costs)
        return self._run()

    def best(self, weights: Sequence[float]) -> tuple[int, ...] | None:
        """The feasible panel of largest total weight (indices into inputs.people)."""
        values = self.solve(weights)
        if values is None:
            return None
        return tuple(i for i in range(self.n) if values[i] > 0.5)

    def rounded(self, weights: Sequence[float], relaxed: list[float]) -> tuple[int, ...] | None:
        """A good panel quickly: the volunteers the linear relaxation `relaxed` puts wholly on or
        off the panel stay so; a small integer program decides only the fractional ones (None
        when that is infeasible). Only for models without group variables."""
        ones = [i for i in range(self.n) if relaxed[i] > 1 - 1e-6]
        free = [i for i in range(self.n) if 1e-6 <= relaxed[i] <= 1 - 1e-6]
        if not free:
            return tuple(ones) if len(ones) == self.inputs.size else None
        position = {i: k for k, i in enumerate(free)}
        is_one = set(ones)
        h = _highs()
        m = len(free)
        h.addCols(
            m,
            np.array([weights[i] for i in free]),
            np.zeros(m),
            np.ones(m),
            0,
            np.array([], dtype=np.int32),
            np.array([], dtype=np.int32),
            np.array([], dtype=np.float64),
        )
        h.changeColsIntegrality(
            m, np.arange(m, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * m)
        )
        rows = self.rows
        ends = rows.starts[1:] + [len(rows.index)]
        for r, (begin, end) in enumerate(zip(rows.starts, ends, strict=True)):
            fixed = 0.0
            cols, coefs = [], []
            for c, v in zip(rows.index[begin:end], rows.value[begin:end], strict=True):
                if c in position:
                    cols.append(position[c])
                    coefs.append(v)
                elif c in is_one:
                    fixed += v
            if cols:
                h.addRow(
                    rows.lower[r] - fixed,
                    rows.upper[r] - fixed,
                    len(cols),
                    np.array(cols, dtype=np.int32),
                    np.array(coefs),
                )
            elif not rows.lower[r] - 1e-9 <= fixed <= rows.upper[r] + 1e-9:
                return None
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        h.run()
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        values = h.getSolution().col_value
        return tuple(sorted(ones + [i for k, i in enumerate(free) if values[k] > 0.5]))

    def least_relaxation(self) -> list[tuple[Quota, int | None, str, int]] | None:
        """(quota, group, "min"/"max", by how much) of the smallest total relaxation; None when
        even relaxing every quota leaves no panel (organisations, pool size)."""
        costs = np.zeros(self.total)
        costs[self.total - len(self.slacks) :] = 1.0
        self.h.changeObjectiveSense(highspy.ObjSense.kMinimize)
        self.h.changeColsCost(self.total, np.arange(self.total, dtype=np.int32), costs)
        values = self._run()
        if values is None:
            return None
        out = []
        for k, (quota, group, side) in enumerate(self.slacks):
            amount = round(values[self.total - len(self.slacks) + k])
            if amount > 0:
                out.append((quota, group, side, amount))
        return out


def _relaxation_message(quota: Quota, group: int | None, side: str, amount: int) -> Msg:
    params: dict[str, Any] = {"label": quota.label()}
    if side == "min":
        params.update(old=quota.minimum, new=quota.minimum - amount)
        key = (
            QT_TRANSLATE_NOOP("Draws", "lower the minimum of {label} from {old} to {new}")
            if group is None
            else QT_TRANSLATE_NOOP(
                "Draws", "lower the minimum of {label} per group from {old} to {new}"
            )
        )
    else:
        params.update(old=quota.maximum, new=(quota.maximum or 0) + amount)
        key = (
            QT_TRANSLATE_NOOP("Draws", "raise the maximum of {label} from {old} to {new}")
            if group is None
            else QT_TRANSLATE_NOOP(
                "Draws", "raise the maximum of {label} per group from {old} to {new}"
            )
        )
    return msg(key, **params)


def infeasibility(inputs: DrawInputs) -> InfeasibleQuotas:
    """Why no panel exists, with the smallest relaxation of the quotas that makes one."""
    relaxation = PanelModel(inputs, elastic=True).least_relaxation()
    if relaxation is None:
        distinct = len({p.organisation for p in inputs.people if p.organisation}) + sum(
            1 for p in inputs.people if not p.organisation
        )
        return InfeasibleQuotas(
            msg(
                QT_TRANSLATE_NOOP(
                    "Draws",
                    "No panel of {size} is possible: only {count} volunteers are of distinct organisations.",  # noqa: E501
                ),
                size=inputs.size,
                count=distinct,
            )
        )
    merged: dict[tuple[Quota, str], tuple[int | None, int]] = {}
    for quota, group, side, amount in relaxation:
        previous = merged.get((quota, side))
        if previous is None or amount > previous[1]:
            merged[(quota, side)] = (group, amount)
    parts = [
        _relaxation_message(q, g, side, amount)
        for (q, side), (g, amount) in sorted(
            merged.items(), key=lambda kv: (kv[0][0].scope, kv[0][0].category, kv[0][0].value)
        )
    ]
    return InfeasibleQuotas(
        msg(
            QT_TRANSLATE_NOOP("Draws", "The quotas cannot all be met; relax them: {changes}."),
            changes="; ".join(str(p) for p in parts),
        ),
        parts,
    )
