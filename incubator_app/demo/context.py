"""State shared by the generation steps: the random source, the writer and the ids made so far."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from random import Random
from typing import TypeVar

from incubator_app.demo.places import Site
from incubator_app.demo.scales import Scale
from incubator_app.demo.writer import BulkWriter

T = TypeVar("T")
Progress = Callable[[str, int, int], None]


def add_months(ordinal: int, months: int) -> int:
    """Same day `months` later (clamped to the month's end), on day ordinals."""
    d = date.fromordinal(ordinal)
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day).toordinal()
        except ValueError:
            continue
    raise AssertionError("unreachable")


def weekday(ordinal: int) -> int:
    """Monday = 0, as date.weekday(), without building a date."""
    return (ordinal - 1) % 7


def to_weekday(ordinal: int, low: int, high: int) -> int:
    """Moves a weekend day to the nearest working day inside [low, high] when there is one."""
    wd = (ordinal - 1) % 7
    if wd < 5:
        return ordinal
    friday = ordinal - (wd - 4)
    if friday >= low:
        return friday
    monday = ordinal + (7 - wd)
    return monday if monday <= high else ordinal


@dataclass
class Context:
    rng: Random
    writer: BulkWriter
    scale: Scale
    ref: int  # reference day ordinal: "today" in the demo world
    start: int  # first day of the demo history
    sites: tuple[Site, ...]
    progress: Progress
    discipline_ids: dict[str, int] = field(default_factory=dict)
    topic_ids: list[int] = field(default_factory=list)
    admin_user_id: int = 0
    user_logins: dict[int, str] = field(default_factory=dict)
    staff_by_site: list[list[int]] = field(default_factory=list)
    coaches_by_site: list[list[int]] = field(default_factory=list)
    # coach id → the id of its account (coaches with one): the author of their demo notes.
    coach_users: dict[int, int] = field(default_factory=dict)
    cohort_ids: dict[tuple[int, int], int] = field(default_factory=dict)
    #: Database ids of the sites, by index of `sites`; empty for a single incubator.
    site_ids: list[int] = field(default_factory=list)
    template_ids: list[int] = field(default_factory=list)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.rng.random() * len(seq))]
