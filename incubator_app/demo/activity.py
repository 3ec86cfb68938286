"""The month-by-month life of the incubator: coaching, service use, bookings and revenue.

Rows are produced month after month and sorted by day inside each month, so ids grow with
time as in a real database and the date indexes are filled almost in order.
"""

from __future__ import annotations

import uuid
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate

from incubator_app.demo.catalogue import (
    ACTION_TEXTS,
    BOOKING_SLOTS,
    COLLECTIVE_TITLES,
    CONFIDENTIAL_NOTES,
    SESSION_SUMMARIES,
)
from incubator_app.demo.context import Context, add_months, to_weekday
from incubator_app.demo.funding import SessionGrants
from incubator_app.demo.people import Person
from incubator_app.demo.reference import ServiceRef
from incubator_app.models import ServiceUnit

# Bookings reach a little into the future: the calendar of the demo is not empty.
BOOKING_HORIZON_DAYS = 60
# This week's and next week's working days get a few more bookings on top (per site and day):
# the dashboard's "today" and the calendar's week are never empty on a working day. The demo
# incubator is closed at weekends (no session, no booking), as most are.
NEAR_BOOKINGS_PER_DAY = 2
NEAR_BOOKING_DAYS = 14
# Individual sessions on the reference day itself (a working day): "this month" has sessions
# even on its 1st.
TODAY_SESSIONS = 2
OLD_ACTION_DAYS = 90
BOOKABLE_WEIGHTS = (0.4, 0.25, 0.2, 0.15)  # rehearsal room, meeting room, studio, recorders
DONE_BOOKING_SHARE = 0.88
MODES = ("in_person",) * 7 + ("video",) * 2 + ("phone",)
DURATIONS = (60, 60, 60, 60, 60, 90, 90, 90, 45, 120)


@dataclass
class _Month:
    start: int
    end: int
    active_s: list[list[Person]] = field(default_factory=list)  # admitted or incubated
    active_i: list[list[Person]] = field(default_factory=list)  # incubated (CAPE)
    s_days: list[int] = field(default_factory=list)
    b_days: list[int] = field(default_factory=list)


def _months(ctx: Context) -> list[_Month]:
    first = date.fromordinal(ctx.start).replace(day=1).toordinal()
    last = ctx.ref + BOOKING_HORIZON_DAYS
    n_sites = len(ctx.sites)
    months = []
    start = first
    while start <= last:
        nxt = add_months(start, 1)
        months.append(
            _Month(
                start,
                nxt - 1,
                [[] for _ in range(n_sites)],
                [[] for _ in range(n_sites)],
                [0] * n_sites,
                [0] * n_sites,
            )
        )
        start = nxt
    return months


def write_activity(
    ctx: Context, people: list[Person], services: list[ServiceRef], grants: SessionGrants
) -> None:
    w, ref, scale = ctx.writer, ctx.ref, ctx.scale
    months = _months(ctx)
    first_month = months[0].start
    base = date.fromordinal(first_month)

    def month_of(ordinal: int) -> int:
        d = date.fromordinal(ordinal)
        return (d.year - base.year) * 12 + d.month - base.month

    total_s = total_u = total_b = person_months = 0
    for p in people:
        if p.admit is None:
            continue
        last = p.end if p.end is not None else ref
        for m in range(month_of(p.admit), month_of(last) + 1):
            mo = months[m]
            mo.active_s[p.site].append(p)
            days = min(last, mo.end) - max(p.admit, mo.start) + 1
            mo.s_days[p.site] += days
            total_s += days
        if p.incub is None:
            continue
        last_b = p.end if p.end is not None else ref + BOOKING_HORIZON_DAYS
        for m in range(month_of(p.incub), month_of(last_b) + 1):
            mo = months[m]
            mo.active_i[p.site].append(p)
            days = min(last_b, mo.end) - max(p.incub, mo.start) + 1
            mo.b_days[p.site] += days
            used = min(last, mo.end, ref) - max(p.incub, mo.start) + 1
            if used > 0:
                total_u += used
                person_months += 1
    total_b = sum(sum(mo.b_days) for mo in months) or 1
    monthly = [s for s in services if s.spec.unit is ServiceUnit.MONTH]
    others = [s for s in services if s.spec.unit is not ServiceUnit.MONTH and not s.spec.bookable]
    odds = [min(0.9, s.spec.weight / 30) for s in monthly]
    expected_other = scale.usages - person_months * sum(odds) - scale.bookings * 0.85
    gen = _Generator(ctx, grants, monthly, others, odds)
    gen.ind_rate = scale.sessions * (1 - scale.collective_share) / max(1, total_s)
    gen.coll_total = scale.sessions * scale.collective_share
    gen.total_s = max(1, total_s)
    gen.other_rate = max(0.0, expected_other) / max(1, total_u)
    gen.bookings_total = scale.bookings
    gen.total_b = total_b
    gen.bookable = [
        [s for s in services if s.spec.bookable and s.site == site]
        for site in range(len(ctx.sites))
    ]
    for index, mo in enumerate(months):
        if index % 6 == 0:
            ctx.progress("activity", index, len(months))
        gen.sessions(mo)
        gen.usages_and_bookings(mo)
        gen.revenue(mo)
    w.flush()


class _Generator:
    def __init__(
        self,
        ctx: Context,
        grants: SessionGrants,
        monthly: list[ServiceRef],
        others: list[ServiceRef],
        odds: list[float],
    ) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.w = ctx.writer
        self.ref = ctx.ref
        self.grants = grants
        self.monthly = monthly
        self.odds = odds
        self.others = others
        self.other_cum = list(accumulate(s.spec.weight for s in others))
        self.series: dict[tuple[int, int, str], str] = {}
        self.ind_rate = self.coll_total = self.other_rate = 0.0
        self.total_s = self.total_b = self.bookings_total = 1
        self.bookable: list[list[ServiceRef]] = []
        self.booking_cum = list(accumulate(BOOKABLE_WEIGHTS))
        w = self.w
        w.declare(
            "coaching_session",
            "id session_date start_time duration_minutes coach_id kind mode summary series_id",
            versioned=True,
        )
        w.declare("coaching_note", "session_id notes author_id")
        w.declare("session_participant", "session_id entrepreneur_id attended")
        w.declare("session_topic", "session_id topic_id")
        w.declare(
            "action_item",
            "id session_id entrepreneur_id assignee_coach_id text due_on done done_on",
            versioned=True,
        )
        w.declare("grant_session", "grant_id session_id")
        w.declare(
            "booking",
            "id service_id entrepreneur_id starts_at ends_at units series_id status notes",
            versioned=True,
        )
        w.declare(
            "service_usage",
            "id service_id entrepreneur_id used_on quantity_hundredths unit_price_cents "
            "amount_cents vat_rate_bp booking_id notes",
            versioned=True,
        )
        w.declare("revenue", "id entrepreneur_id month amount_cents channel", versioned=True)

    # -- coaching ---------------------------------------------------------------------------

    def sessions(self, mo: _Month) -> None:
        rnd, ref = self.rng.random, self.ref
        hi_month = min(mo.end, ref)
        if hi_month < mo.start:
            return
        specs: list[tuple] = []
        for site, active in enumerate(mo.active_s):
            coaches = self.ctx.coaches_by_site[site]
            for p in active:
                lo = p.admit if p.admit > mo.start else mo.start  # type: ignore[operator]
                hi = min(p.end if p.end is not None else ref, hi_month)
                if hi < lo:
                    continue
                for _ in range(int(self.ind_rate * (hi - lo + 1) + rnd())):
                    day = to_weekday(lo + int(rnd() * (hi - lo + 1)), lo, hi)
                    if (day - 1) % 7 >= 5:
                        continue  # a window of weekend days only: nobody meets on Sunday
                    coach = p.coach if rnd() < 0.8 else coaches[int(rnd() * len(coaches))]
                    specs.append((day, 540 + 30 * int(rnd() * 16), site, coach, (p.id,)))
            share = mo.s_days[site] / self.total_s
            for _ in range(int(self.coll_total * share + rnd())):
                day = to_weekday(
                    mo.start + int(rnd() * (hi_month - mo.start + 1)), mo.start, hi_month
                )
                members = self._present(active, day, 4 + int(rnd() * 9), admitted=True)
                if len(members) >= 2 and (day - 1) % 7 < 5:
                    coach = coaches[int(rnd() * len(coaches))]
                    specs.append((day, 840 if rnd() < 0.6 else 570, site, coach, tuple(members)))
            if mo.start <= ref <= mo.end and (ref - 1) % 7 < 5:
                present = [p for p in active if p.end is None or p.end >= ref]
                for p in self.rng.sample(present, min(TODAY_SESSIONS, len(present))):
                    coach = p.coach or coaches[int(rnd() * len(coaches))]
                    specs.append((ref, 540 + 30 * int(rnd() * 5), site, coach, (p.id,)))
        specs.sort()
        for spec in specs:
            self._write_session(*spec)

    def _present(
        self, pool: list[Person], day: int, size: int, *, admitted: bool, horizon: int = 0
    ) -> list[int]:
        """Up to `size` distinct people of `pool` who are in their pathway on `day`."""
        rnd, ref = self.rng.random, self.ref
        chosen: list[int] = []
        if not pool:
            return chosen
        for _ in range(size * 3):
            p = pool[int(rnd() * len(pool))]
            start = p.admit if admitted else p.incub
            end = p.end if p.end is not None else ref + horizon
            if start is not None and start <= day <= end and p.id not in chosen:
                chosen.append(p.id)
                if len(chosen) == size:
                    break
        return chosen

    def _write_session(
        self, day: int, minute: int, site: int, coach: int, members: tuple[int, ...]
    ) -> None:
        w, rng = self.w, self.rng
        rnd = rng.random
        sid = w.take_id("coaching_session")
        collective = len(members) > 1
        stamp = w.stamp(day, 1140)
        if collective:
            title = COLLECTIVE_TITLES[int(rnd() * len(COLLECTIVE_TITLES))]
            year = date.fromordinal(day).year
            key = (site, year, title)
            series = self.series.get(key)
            if series is None:
                series = self.series[key] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            w.add(
                "coaching_session",
                (
                    sid,
                    w.day(day),
                    w.clock(minute),
                    180 if rnd() < 0.5 else 120,
                    coach,
                    "collective",
                    "in_person" if rnd() < 0.9 else "video",
                    title,
                    series,
                    1,
                    stamp,
                    stamp,
                ),
            )
            for pid in sorted(members):
                w.add("session_participant", (sid, pid, rnd() < 0.85))
        else:
            notes = CONFIDENTIAL_NOTES[int(rnd() * 4)] if rnd() < 0.05 else None
            w.add(
                "coaching_session",
                (
                    sid,
                    w.day(day),
                    w.clock(minute),
                    DURATIONS[int(rnd() * 10)],
                    coach,
                    "individual",
                    MODES[int(rnd() * 10)],
                    SESSION_SUMMARIES[int(rnd() * len(SESSION_SUMMARIES))],
                    None,
                    1,
                    stamp,
                    stamp,
                ),
            )
            if notes:
                # Notes belong to their author: the coach's account (none for an outside
                # expert without one, whose notes the admins alone read).
                w.add("coaching_note", (sid, notes, self.ctx.coach_users.get(coach)))
            w.add("session_participant", (sid, members[0], rnd() < 0.95))
            self._actions(sid, day, members[0], coach)
        topics = self.ctx.topic_ids
        n = len(topics)
        first = int(rnd() * n)
        w.add("session_topic", (sid, topics[first]))
        r = rnd()
        if r < 0.5:
            second = (first + 1 + int(rnd() * (n - 1))) % n
            w.add("session_topic", (sid, topics[second]))
            if r < 0.15 and n > 2:
                third = (second + 1) % n
                if third == first:
                    third = (third + 1) % n
                w.add("session_topic", (sid, topics[third]))
        for gid, beneficiaries in self.grants.get((site, date.fromordinal(day).year), ()):
            if any(pid in beneficiaries for pid in members):
                w.add("grant_session", (gid, sid))

    def _actions(self, sid: int, day: int, pid: int, coach: int) -> None:
        rnd, w, ref = self.rng.random, self.w, self.ref
        r = rnd()
        count = 0 if r < 0.55 else 1 if r < 0.9 else 2
        for _ in range(count):
            due = day + 7 + int(rnd() * 24)
            done_on = None
            # Recent actions are often still open; old ones were mostly done (or the dashboard
            # would show a neglected incubator with a hundred overdue actions).
            if due <= ref and rnd() < (0.78 if ref - due < OLD_ACTION_DAYS else 0.97):
                # Mostly on time, sometimes a little late; never in the future.
                done_on = min(ref, day + 1 + int(rnd() * (due - day + 10)))
            elif due > ref and rnd() < 0.2:
                done_on = min(ref, day + 1 + int(rnd() * max(1, ref - day)))
            created = w.stamp(day, 1140)
            w.add(
                "action_item",
                (
                    w.take_id("action_item"),
                    sid,
                    pid,
                    coach if rnd() < 0.25 else None,
                    ACTION_TEXTS[int(rnd() * len(ACTION_TEXTS))],
                    w.day(due),
                    done_on is not None,
                    w.day(done_on) if done_on else None,
                    2 if done_on else 1,
                    created,
                    w.stamp(done_on) if done_on else created,
                ),
            )

    # -- shared services ---------------------------------------------------------------------

    def usages_and_bookings(self, mo: _Month) -> None:
        rng, w, ref = self.rng, self.w, self.ref
        rnd = rng.random
        year = date.fromordinal(mo.start).year
        # (day, service id, person, quantity in hundredths, service, booking id)
        rows: list[tuple] = []
        others, cum = self.others, self.other_cum
        hi_month = min(mo.end, ref)
        for site, active in enumerate(mo.active_i):
            self._bookings(mo, site, active, rows)
            for p in active:
                lo = p.incub if p.incub > mo.start else mo.start  # type: ignore[operator]
                hi = min(p.end if p.end is not None else ref, hi_month)
                if hi < lo:
                    continue
                if not p.subscriptions:
                    picked = tuple(
                        s for s, odd in zip(self.monthly, self.odds, strict=True) if rnd() < odd
                    )
                    p.subscriptions = picked or (self.monthly[0],)
                first_day = to_weekday(lo, lo, hi)
                for service in p.subscriptions:
                    rows.append((first_day, service.id, p.id, 100, service, None))
                for _ in range(int(self.other_rate * (hi - lo + 1) + rnd())):
                    service = others[bisect(cum, rnd() * cum[-1])]
                    if service.spec.unit is ServiceUnit.HOUR:
                        qty = 50 * (2 + int(rnd() * 5))  # 1 to 3 hours, by half hours
                    else:
                        qty = 100 * (1 + int(rnd() * 4))
                    day = to_weekday(lo + int(rnd() * (hi - lo + 1)), lo, hi)
                    rows.append((day, service.id, p.id, qty, service, None))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        add, take, wday, wstamp = w.add, w.take_id, w.day, w.stamp
        for day, _sid, pid, qty, service, booking_id in rows:
            price = service.prices[year]
            stamp = wstamp(day, 1080)
            add(
                "service_usage",
                (
                    take("service_usage"),
                    service.id,
                    pid,
                    wday(day),
                    qty,
                    price,
                    price * qty // 100,
                    service.spec.vat_bp,
                    booking_id,
                    None,
                    1,
                    stamp,
                    stamp,
                ),
            )

    def _bookings(self, mo: _Month, site: int, active: list[Person], usages: list[tuple]) -> None:
        """Bookings on a grid of non-overlapping slots: a resource is never double-booked."""
        rng, w, ref = self.rng, self.w, self.ref
        rnd = rng.random
        resources = self.bookable[site]
        if not resources or not active:
            return
        hi_month = min(mo.end, ref + BOOKING_HORIZON_DAYS)
        wanted = int(self.bookings_total * mo.b_days[site] / self.total_b + rnd())
        taken: set[tuple[int, int, int]] = set()
        planned: list[tuple[int, int, int, int, int, ServiceRef]] = []
        for _ in range(wanted):
            for _attempt in range(10):
                service = resources[bisect(self.booking_cum, rnd() * self.booking_cum[-1])]
                slots = BOOKING_SLOTS[service.spec.unit]
                slot = int(rnd() * len(slots))
                day = to_weekday(
                    mo.start + int(rnd() * (hi_month - mo.start + 1)), mo.start, hi_month
                )
                if (service.id, day, slot) in taken or (day - 1) % 7 >= 5:
                    continue
                who = self._present(active, day, 1, admitted=False, horizon=BOOKING_HORIZON_DAYS)
                if not who:
                    continue
                taken.add((service.id, day, slot))
                start, end = slots[slot]
                planned.append((day, start, end, service.id, who[0], service))
                break
        monday = ref - (ref - 1) % 7
        for day in range(max(monday, mo.start), min(monday + NEAR_BOOKING_DAYS, mo.end + 1)):
            if (day - 1) % 7 < 5:
                for _ in range(NEAR_BOOKINGS_PER_DAY):
                    self._book_on(day, resources, active, taken, planned)
        planned.sort(key=lambda b: b[:5])
        for day, start, end, _sid, pid, service in planned:
            units = 1 + int(rnd() * service.spec.capacity)
            if day >= ref:
                status = "confirmed"
            else:
                status = "done" if rnd() < DONE_BOOKING_SHARE else "cancelled"
            bid = w.take_id("booking")
            created = w.stamp(max(self.ctx.start, day - 1 - int(rnd() * 20)), 600)
            w.add(
                "booking",
                (
                    bid,
                    service.id,
                    pid,
                    w.local_stamp(day, start),
                    w.local_stamp(day, end),
                    units,
                    None,
                    status,
                    None,
                    1 if status == "confirmed" else 2,
                    created,
                    w.stamp(min(day, ref), end) if status != "confirmed" else created,
                ),
            )
            if status == "done":
                unit = service.spec.unit
                if unit is ServiceUnit.HOUR:
                    qty = (end - start) * 100 // 60 * units
                else:
                    qty = 100 * units
                usages.append((day, service.id, pid, qty, service, bid))

    def _book_on(
        self,
        day: int,
        resources: list[ServiceRef],
        active: list[Person],
        taken: set[tuple[int, int, int]],
        planned: list[tuple[int, int, int, int, int, ServiceRef]],
    ) -> None:
        """One more booking on `day` (a free slot of some resource), when one can be found."""
        rnd = self.rng.random
        for _attempt in range(10):
            service = resources[bisect(self.booking_cum, rnd() * self.booking_cum[-1])]
            slots = BOOKING_SLOTS[service.spec.unit]
            slot = int(rnd() * len(slots))
            if (service.id, day, slot) in taken:
                continue
            who = self._present(active, day, 1, admitted=False, horizon=BOOKING_HORIZON_DAYS)
            if not who:
                continue
            taken.add((service.id, day, slot))
            start, end = slots[slot]
            planned.append((day, start, end, service.id, who[0], service))
            return

    # -- revenue ------------------------------------------------------------------------------

    def revenue(self, mo: _Month) -> None:
        """Monthly revenue of the test activity, for completed months of the CAPE; for the
        current month, what was invoiced through the incubator so far."""
        rng, w, ref = self.rng, self.w, self.ref
        rnd = rng.random
        if mo.start > ref:
            return
        if mo.end >= ref:
            self._revenue_so_far(mo)
            return
        month = w.day(mo.start)
        stamp = w.stamp(min(ref, mo.end + 10))
        for active in mo.active_i:
            for p in active:
                if p.incub + 30 > mo.start or (p.end is not None and p.end < mo.start):  # type: ignore[operator]
                    continue
                if rnd() >= 0.8:
                    continue
                if not p.revenue_base:
                    p.revenue_base = int(rng.lognormvariate(7.0, 0.8) * 100)
                ramp = min(1.5, 0.4 + (mo.start - p.incub) / 450)  # type: ignore[operator]
                amount = int(p.revenue_base * ramp * (0.5 + rnd()))
                w.add(
                    "revenue",
                    (w.take_id("revenue"), p.id, month, amount, "incubator", 1, stamp, stamp),
                )
                if rnd() < 0.08:
                    w.add(
                        "revenue",
                        (w.take_id("revenue"), p.id, month, amount // 4, "own", 1, stamp, stamp),
                    )

    def _revenue_so_far(self, mo: _Month) -> None:
        """The current month: invoices issued under the incubator's entity up to the reference
        day (the incubator knows them as they go), prorated to the days elapsed."""
        rng, w, ref = self.rng, self.w, self.ref
        rnd = rng.random
        elapsed = (ref - mo.start + 1) / (mo.end - mo.start + 1)
        month, stamp = w.day(mo.start), w.stamp(ref, 600)
        for active in mo.active_i:
            for p in active:
                if p.incub > ref - 30 or (p.end is not None and p.end < mo.start):  # type: ignore[operator]
                    continue
                if rnd() >= 0.5:
                    continue
                if not p.revenue_base:
                    p.revenue_base = int(rng.lognormvariate(7.0, 0.8) * 100)
                ramp = min(1.5, 0.4 + (mo.start - p.incub) / 450)  # type: ignore[operator]
                amount = max(100, int(p.revenue_base * ramp * (0.5 + rnd()) * elapsed))
                w.add(
                    "revenue",
                    (w.take_id("revenue"), p.id, month, amount, "incubator", 1, stamp, stamp),
                )
