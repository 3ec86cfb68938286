"""Fairness and speed of the draws (services/cooperation/draws/).

    .venv/bin/python benchmarks/draws_fairness.py                 # 300 volunteers, 1,000 seeds
    .venv/bin/python benchmarks/draws_fairness.py --seeds 200 --big 2000

A realistic pool of 300 volunteers with 6 categories (professional/amateur, urban/rural,
for-profit/non-profit, institution/association/artist/inhabitant/elected official, discipline,
EPCI; a third belong to an organisation, some organisations have several volunteers) and tight
quotas on all six. For each of 1,000 seeds: the maximin draw of this application, and a plain
greedy stratified draw (fill each quota's minimum by lot, then the rest by lot within the
maximums, one person per organisation, a new attempt when it gets stuck: what a spreadsheet
macro or a hand-made draw does). Prints each method's selection frequencies (minimum, 1st
percentile, median, maximum, how many volunteers were never selected) and the time to draw from a
pool of 2,000 (wall clock and CPU of the process: the benchmark machine is shared). The pool is
built from SHA-256 of the index: the same on every run. Prints Markdown.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from incubator_app.services.cooperation.draws.freeze import frozen_hash  # noqa: E402
from incubator_app.services.cooperation.draws.inputs import (  # noqa: E402
    DrawInputs,
    make_inputs,
    people_from_rows,
    quotas_from_rows,
)
from incubator_app.services.cooperation.draws.maximin import maximin_distribution  # noqa: E402
from incubator_app.services.cooperation.draws.panels import effective_quotas  # noqa: E402
from incubator_app.services.cooperation.draws.randomness import Stream  # noqa: E402
from incubator_app.services.cooperation.draws.replacement import quota_violations  # noqa: E402
from incubator_app.services.cooperation.draws.selection import (  # noqa: E402
    SELECTED,
    draw_from,
)

HEADER = ["id", "statut", "milieu", "economie", "role", "discipline", "epci", "organisation"]
DISCIPLINES = ["musique", "danse", "théâtre", "arts visuels", "cinéma", "design", "édition"]
EPCI = ["Métropole", "CA Nord", "CC Vallée", "CC Plateau", "CA Sud"]
ROLES = ["institution", "association", "artiste", "habitant", "élu"]


def _pick(key: object, n: int) -> int:
    return int(hashlib.sha256(repr(key).encode()).hexdigest(), 16) % n


def pool(n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        role = _pick((i, 4), 100)
        rows.append(
            [
                f"v{i:04d}",
                "pro" if _pick((i, 1), 100) < 55 else "amateur",
                "urbain" if _pick((i, 2), 100) < 65 else "rural",
                "lucratif" if _pick((i, 3), 100) < 35 else "non lucratif",
                # Elected officials and institutions are few in a real pool.
                ROLES[sum(role >= limit for limit in (8, 35, 75, 94))],
                DISCIPLINES[min(6, _pick((i, 5), 100) // 15)],
                EPCI[0 if _pick((i, 6), 100) < 45 else 1 + _pick((i, 7), 4)],
                f"org{_pick((i, 8), n // 5)}" if _pick((i, 9), 3) == 0 else "",
            ]
        )
    return rows


def quotas(size: int) -> list[list[object]]:
    """Tight: the panel must look like the territory, not like the pool (rural, amateurs,
    inhabitants and elected officials over-represented compared with the pool)."""
    rows: list[list[object]] = [
        ["statut", "pro", size // 2 - 1, size // 2 + 1],
        ["statut", "amateur", size // 2 - 1, size // 2 + 1],
        ["milieu", "rural", size * 45 // 100, size * 55 // 100],
        ["economie", "lucratif", size * 3 // 10, size * 4 // 10],
        ["role", "élu", 2, 3],
        ["role", "institution", 2, 3],
        ["role", "habitant", size // 4, size // 3],
    ]
    rows += [["discipline", d.casefold(), 2, size // 5] for d in DISCIPLINES]
    rows += [["epci", e.casefold(), size // 8, size // 3] for e in EPCI]
    return rows


def moderate_quotas(size: int) -> list[list[object]]:
    """Quotas on four of the six categories, with more room."""
    rows: list[list[object]] = [
        ["statut", "pro", size * 4 // 10, size * 6 // 10],
        ["milieu", "rural", size * 35 // 100, size // 2],
        ["role", "élu", 1, 3],
        ["role", "habitant", size // 5, ""],
    ]
    rows += [["epci", e.casefold(), size // 10, size // 3] for e in EPCI]
    return rows


def make(n: int, size: int, groups: int = 1, quota_rows=quotas) -> DrawInputs:
    return make_inputs(
        people_from_rows(HEADER, pool(n)),
        quotas_from_rows(["category", "value", "min", "max"], quota_rows(size)),
        size,
        groups,
    )


def greedy(inputs: DrawInputs, seed: str, attempts: int = 200) -> list[str] | None:
    """A plain greedy stratified draw (see the module's text); None when every attempt fails."""
    whole, _ = effective_quotas(inputs)
    stream = Stream("greedy", seed, "greedy")
    for _ in range(attempts):
        chosen: list = []
        counts: Counter = Counter()
        orgs: set[str] = set()

        def fits(person, chosen=chosen, counts=counts, orgs=orgs) -> bool:
            if person in chosen or (person.organisation and person.organisation in orgs):
                return False
            for q in whole:
                if person.value(q.category) == q.value and q.maximum is not None:
                    if counts[(q.category, q.value)] >= q.maximum:
                        return False
            return True

        def take(person, chosen=chosen, counts=counts, orgs=orgs) -> None:
            chosen.append(person)
            counts.update(person.values)
            if person.organisation:
                orgs.add(person.organisation)

        order = list(whole)
        stream.shuffle(order)
        for q in order:
            while counts[(q.category, q.value)] < q.minimum and len(chosen) < inputs.size:
                candidates = [
                    p for p in inputs.people if p.value(q.category) == q.value and fits(p)
                ]
                if not candidates:
                    break
                take(candidates[stream.below(len(candidates))])
        while len(chosen) < inputs.size:
            candidates = [p for p in inputs.people if fits(p)]
            if not candidates:
                break
            take(candidates[stream.below(len(candidates))])
        panel = {p.id: 1 for p in chosen}
        if len(chosen) == inputs.size and not quota_violations(inputs, panel):
            return sorted(panel)
    return None


def summary(name: str, counts: Counter, ids: list[str], draws: int) -> str:
    freq = sorted(counts.get(i, 0) / draws for i in ids)
    never = sum(1 for f in freq if f == 0)
    return (
        f"| {name} | {freq[0]:.3f} | {freq[len(freq) // 100]:.3f} | "
        f"{statistics.median(freq):.3f} | {freq[-1]:.3f} | {never} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", type=int, default=300)
    parser.add_argument("--size", type=int, default=30)
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--big", type=int, default=2000)
    parser.add_argument("--skip-fairness", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="speed: runs per pool (median)")
    args = parser.parse_args()

    if not args.skip_fairness:
        fairness(args)
    if args.big:
        speed(args)


def fairness(args: argparse.Namespace) -> None:
    inputs = make(args.pool, args.size)
    digest = frozen_hash(inputs)
    started = time.perf_counter()
    distribution = maximin_distribution(inputs, digest)
    lottery_seconds = time.perf_counter() - started
    ids = [p.id for p in inputs.people]
    maximin_counts: Counter = Counter()
    greedy_counts: Counter = Counter()
    greedy_failures = 0
    started = time.perf_counter()
    for s in range(args.seeds):
        result = draw_from(inputs, str(s), distribution, digest)
        panel = {p.id: p.group for p in result.placements if p.status == SELECTED}
        assert not quota_violations(inputs, panel), s
        maximin_counts.update(panel)
    draw_seconds = (time.perf_counter() - started) / args.seeds
    for s in range(args.seeds):
        panel_ids = greedy(inputs, str(s))
        if panel_ids is None:
            greedy_failures += 1
        else:
            greedy_counts.update(panel_ids)
    marginals = distribution.marginals(len(ids))
    print(f"## Fairness: {args.pool} volunteers, panel of {args.size}, {args.seeds} seeds\n")
    print(
        f"Quotas: {len(inputs.quotas)} on 6 categories (see `quotas()`); "
        f"{len({p.organisation for p in inputs.people if p.organisation})} organisations.\n"
    )
    print("Selection frequency of each volunteer over the seeds:\n")
    print("| method | minimum | 1st percentile | median | maximum | never selected |")
    print("|---|---|---|---|---|---|")
    print(summary("maximin (this app)", maximin_counts, ids, args.seeds))
    print(summary("greedy stratified", greedy_counts, ids, args.seeds - greedy_failures))
    print()
    print(
        f"- maximin lottery: guaranteed minimum chance {distribution.minimum:.4f} "
        f"(exact for this lottery; no lottery can give more than {distribution.upper_bound:.4f}; "
        f"{len(distribution.panels)} panels, {distribution.iterations} iterations, "
        f"{lottery_seconds:.1f} s); smallest exact chance {min(marginals):.4f}; volunteers on "
        f"no feasible panel: {len(distribution.uncovered)}"
    )
    print(
        f"- one draw from the lottery (seed → panel, groups, ranks): {draw_seconds * 1000:.0f} ms"
    )
    print(f"- greedy: {greedy_failures} of {args.seeds} seeds found no panel in 200 attempts")


def speed(args: argparse.Namespace) -> None:
    print(f"\n## Speed: {args.big} volunteers, panel of 40 in 4 groups ({args.runs} runs)\n")
    print(f"load average at the start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    print(
        "| quotas | wall clock (median) | CPU (median) of the process | panels | iterations "
        "| minimum chance | proven bound on the best minimum |"
    )
    print("|---|---|---|---|---|---|---|")
    for label, rows in (
        ("moderate (4 categories, 9 quotas)", moderate_quotas),
        ("tight (6 categories, 19 quotas, as above)", quotas),
    ):
        big = make(args.big, 40, 4, rows)
        walls, cpus = [], []
        for _ in range(args.runs):
            wall = time.perf_counter()
            cpu = time.process_time()
            digest = frozen_hash(big)
            distribution = maximin_distribution(big, digest)
            result = draw_from(big, "2026-12-05 4 8 15 16 23 42", distribution, digest)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            panel = {p.id: p.group for p in result.placements if p.status == SELECTED}
            assert not quota_violations(big, panel)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(
            f"| {label} | {wall:.1f} s | {cpu:.1f} s | {len(distribution.panels)} | "
            f"{distribution.iterations} | {distribution.minimum:.4f} | "
            f"{distribution.upper_bound:.4f} |",
            flush=True,
        )
        print(
            f"<!-- {label}: wall {', '.join(f'{w:.1f}' for w in walls)}; "
            f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())} -->",
            flush=True,
        )


if __name__ == "__main__":
    main()
