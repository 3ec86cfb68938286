"""One draw: the panel picked from the maximin lottery with the seed, its groups, and a ranked
order inside each quota cell (selected first, then the reserve).

1. The lottery (maximin.py) is rounded to whole multiples of 1/GRID: each panel gets
   floor(p × GRID) units, the units still missing go one each to the largest remainders (ties:
   the panel whose sorted ids come first). Panels are listed in the order of their sorted ids.
   A whole number u = below(GRID) of the stream "panel" picks the panel whose units cover u.
   Solver noise far below 1/GRID cannot change which panel is picked.
2. Groups: without per-group quotas, the panel is shuffled (stream "groups"), sorted by quota
   cell (stable) and dealt round the groups, so each group mixes the cells. With per-group
   quotas, an integer program assigns the members maximising whole-number weights of stream
   "groups" (a unique optimum, so any exact solver finds the same one).
3. Ranks: every volunteer gets a place in one shuffle of the whole pool (stream "ranks"); inside
   a quota cell the selected come first in that order, then the others: the reserve, in the
   order in which they replace someone of the same cell who declines.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import highspy
import numpy as np

from incubator_app.services.cooperation.draws.freeze import GRID, frozen_hash
from incubator_app.services.cooperation.draws.inputs import DrawInputs, cell_label
from incubator_app.services.cooperation.draws.maximin import Distribution, maximin_distribution
from incubator_app.services.cooperation.draws.panels import _highs, effective_quotas
from incubator_app.services.cooperation.draws.randomness import Stream, normalise_seed
from incubator_app.services.spreadsheet_text import neutralise

SELECTED = "selected"
RESERVE = "reserve"
RESULT_HEADER = ("id", "status", "group", "cell", "rank")


@dataclass(frozen=True)
class Placement:
    id: str
    status: str  # SELECTED or RESERVE
    group: int | None  # 1-based; None in the reserve
    cell: str
    rank: int  # 1-based, inside the cell
    order: int  # place in the shuffle of the whole pool (0-based): the reserve's global order


@dataclass(frozen=True)
class DrawResult:
    frozen_hash: str
    seed: str
    placements: tuple[Placement, ...]  # sorted by (cell, rank)
    distribution: Distribution
    panel_index: int

    @property
    def selected(self) -> tuple[Placement, ...]:
        return tuple(p for p in self.placements if p.status == SELECTED)

    def csv_bytes(self) -> bytes:
        return result_csv(self.placements)


def rounded_units(
    distribution: Distribution, people_ids: list[str]
) -> list[tuple[tuple[str, ...], int]]:
    """(panel as sorted ids, units out of GRID), in the order of the sorted ids."""
    merged: dict[tuple[str, ...], float] = {}
    for panel, p in zip(distribution.panels, distribution.probabilities, strict=True):
        key = tuple(sorted(people_ids[i] for i in panel))
        merged[key] = merged.get(key, 0.0) + p
    keys = sorted(merged)
    total = sum(merged.values())
    exact = [merged[k] / total * GRID for k in keys]
    units = [int(x) for x in exact]
    missing = GRID - sum(units)
    order = sorted(range(len(keys)), key=lambda k: (-(exact[k] - units[k]), keys[k]))
    for k in order[:missing]:
        units[k] += 1
    return list(zip(keys, units, strict=True))


def _assign_groups(inputs: DrawInputs, panel: list[int], stream: Stream) -> dict[int, int]:
    """Panel member (index) → group (0-based)."""
    _, per_group = effective_quotas(inputs)
    cells = {i: cell_label(inputs.cell_of(inputs.people[i])) for i in panel}
    if not per_group:
        members = sorted(panel, key=lambda i: inputs.people[i].id)
        stream.shuffle(members)
        members.sort(key=lambda i: cells[i])
        return {i: k % inputs.groups for k, i in enumerate(members)}
    members = sorted(panel, key=lambda i: inputs.people[i].id)
    m, groups = len(members), inputs.groups
    weights = [float(stream.below(1 << 20)) for _ in range(m * groups)]
    h = _highs()
    total = m * groups
    h.addCols(
        total,
        np.array(weights),
        np.zeros(total),
        np.ones(total),
        0,
        np.array([], dtype=np.int32),
        np.array([], dtype=np.int32),
        np.array([], dtype=np.float64),
    )
    h.changeColsIntegrality(
        total, np.arange(total, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * total)
    )

    def add_row(cols: list[int], lower: float, upper: float) -> None:
        h.addRow(lower, upper, len(cols), np.array(cols, dtype=np.int32), np.ones(len(cols)))

    for k in range(m):
        add_row([k * groups + g for g in range(groups)], 1.0, 1.0)
    for g, size in enumerate(inputs.group_sizes):
        add_row([k * groups + g for k in range(m)], size, size)
    for q in per_group:
        inside = [k for k, i in enumerate(members) if inputs.people[i].value(q.category) == q.value]
        upper = highspy.kHighsInf if q.maximum is None else float(q.maximum)
        for g in range(groups):
            add_row([k * groups + g for k in inside], float(q.minimum), upper)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.run()
    values = h.getSolution().col_value
    out = {}
    for k, i in enumerate(members):
        out[i] = max(range(groups), key=lambda g: values[k * groups + g])
    return out


def draw_from(inputs: DrawInputs, seed: str, distribution: Distribution, digest: str) -> DrawResult:
    seed = normalise_seed(seed)
    ids = [p.id for p in inputs.people]
    units = rounded_units(distribution, ids)
    u = Stream(digest, seed, "panel").below(GRID)
    chosen: tuple[str, ...] = units[-1][0]
    panel_index = len(units) - 1
    running = 0
    for k, (panel_ids, count) in enumerate(units):
        running += count
        if u < running:
            chosen, panel_index = panel_ids, k
            break
    position = {pid: i for i, pid in enumerate(ids)}
    panel = [position[pid] for pid in chosen]
    groups = _assign_groups(inputs, panel, Stream(digest, seed, "groups"))
    order = list(range(len(ids)))
    Stream(digest, seed, "ranks").shuffle(order)
    place = {i: k for k, i in enumerate(order)}
    chosen_set = set(panel)
    by_cell: dict[str, list[int]] = {}
    for i in range(len(ids)):
        by_cell.setdefault(cell_label(inputs.cell_of(inputs.people[i])), []).append(i)
    placements = []
    for cell in sorted(by_cell):
        members = sorted(by_cell[cell], key=lambda i: (i not in chosen_set, place[i]))
        for rank, i in enumerate(members, start=1):
            selected = i in chosen_set
            placements.append(
                Placement(
                    ids[i],
                    SELECTED if selected else RESERVE,
                    groups[i] + 1 if selected else None,
                    cell,
                    rank,
                    place[i],
                )
            )
    return DrawResult(digest, seed, tuple(placements), distribution, panel_index)


def run_draw(inputs: DrawInputs, seed: str) -> DrawResult:
    """The whole draw from the inputs and the seed; raises InfeasibleQuotas."""
    digest = frozen_hash(inputs)
    return draw_from(inputs, seed, maximin_distribution(inputs, digest), digest)


def result_csv(placements: tuple[Placement, ...]) -> bytes:
    """RESULT.csv: UTF-8 without BOM, comma, LF, minimal quoting; formulas neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(RESULT_HEADER)
    for p in placements:
        writer.writerow(
            (
                neutralise(p.id),
                p.status,
                "" if p.group is None else p.group,
                neutralise(p.cell),
                p.rank,
            )
        )
    return out.getvalue().encode("utf-8")
