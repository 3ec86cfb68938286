"""The three demo scales: one small incubator, ten years of one incubator, a regional network."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The demo's dates are relative to a reference date ("today" in the demo world), given to
# generate_demo or the incubator's today by default, and stored in the profile's
# demo_reference_date. This fixed one is only the day the benchmark databases were generated at
# (benchmarks/coaching.py reads it as their "today"); the generator never uses it.
REFERENCE_DATE = date(2026, 11, 1)


@dataclass(frozen=True)
class Scale:
    name: str
    sites: int
    years: float
    entrepreneurs: int
    coaches_per_site: int
    staff_per_site: int
    sessions: int
    # Share of sessions that are collective workshops (several participants).
    collective_share: float
    milestones: int
    usages: int
    bookings: int
    funders: int
    grants: int


SCALES: dict[str, Scale] = {
    # Entries over three years: with 12-month CAPEs, the current year shows every stage.
    "small": Scale(
        name="small",
        sites=1,
        years=3,
        entrepreneurs=40,
        coaches_per_site=5,
        staff_per_site=2,
        sessions=800,
        collective_share=0.08,
        milestones=400,
        usages=2_000,
        bookings=300,
        funders=2,
        grants=3,
    ),
    "incubator": Scale(
        name="incubator",
        sites=1,
        years=10,
        entrepreneurs=2_000,
        coaches_per_site=60,
        staff_per_site=6,
        sessions=40_000,
        collective_share=0.08,
        milestones=20_000,
        usages=100_000,
        bookings=10_000,
        funders=5,
        grants=40,
    ),
    # 25 incubators of Provence-Alpes-Côte d'Azur sharing one database.
    "network": Scale(
        name="network",
        sites=25,
        years=10,
        entrepreneurs=50_000,
        coaches_per_site=60,
        staff_per_site=4,
        sessions=1_000_000,
        collective_share=0.08,
        milestones=500_000,
        usages=2_500_000,
        bookings=250_000,
        funders=7,
        grants=1_000,
    ),
}
