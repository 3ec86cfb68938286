"""A small grant whose figures were counted by hand (see the table at the end), shared by the
KPI, workbook, PDF and CLI tests of the funder report.

Grant G runs over 2026; the report period is the first half of 2026 (PERIOD). Grant H is
another grant, to show that its people and sessions never leak into G's figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factories import make_coach
from sqlalchemy import insert
from sqlalchemy.orm import Session

from incubator_app.models import (
    CoachingSession,
    Entrepreneur,
    ExitOutcome,
    ExitType,
    FollowUpCheckpoint,
    Funder,
    FunderKind,
    Gender,
    Grant,
    PathwayStage,
    SessionKind,
    SessionParticipant,
    StageChange,
    grant_beneficiary,
)

PERIOD = (date(2026, 1, 1), date(2026, 6, 30))
C, A, INC, GR, EX, WD = (
    PathwayStage.CANDIDATE,
    PathwayStage.ADMITTED,
    PathwayStage.INCUBATED,
    PathwayStage.GRADUATED,
    PathwayStage.EXITED,
    PathwayStage.WITHDREW,
)


@dataclass(frozen=True)
class FunderFixture:
    grant_id: int
    other_grant_id: int
    ids: dict[str, int]


def _person(
    session: Session,
    first: str,
    last: str,
    stage: PathwayStage,
    *,
    entry: date,
    gender: Gender | None = None,
    birth_year: int | None = None,
    job_seeker: bool | None = None,
    priority: bool | None = None,
    social_minima: bool | None = None,
    changes: tuple[tuple[PathwayStage | None, PathwayStage, date], ...] = (),
) -> Entrepreneur:
    person = Entrepreneur(
        first_name=first,
        last_name=last,
        stage=stage,
        entry_date=entry,
        gender=gender,
        birth_year=birth_year,
        job_seeker=job_seeker,
        priority_district=priority,
        social_minima=social_minima,
    )
    session.add(person)
    session.flush()
    for from_stage, to_stage, on in changes:
        session.add(
            StageChange(
                entrepreneur_id=person.id, from_stage=from_stage, to_stage=to_stage, changed_on=on
            )
        )
    return person


def _session(
    session: Session,
    coach_id: int,
    on: date,
    minutes: int,
    attendance: dict[int, bool],
    kind: SessionKind = SessionKind.INDIVIDUAL,
) -> int:
    cs = CoachingSession(session_date=on, duration_minutes=minutes, coach_id=coach_id, kind=kind)
    session.add(cs)
    session.flush()
    for pid, attended in attendance.items():
        session.add(SessionParticipant(session_id=cs.id, entrepreneur_id=pid, attended=attended))
    return cs.id


def build_funder_fixture(session: Session) -> FunderFixture:
    coach = make_coach(session, "Coach Émilie")
    funder = Funder(name="Région Sud", kind=FunderKind.REGION)
    session.add(funder)
    session.flush()
    g = Grant(
        funder_id=funder.id,
        reference="RS-2026-0001",
        title="Accompagnement des entrepreneurs culturels 2026",
        amount_cents=4_500_000,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    h = Grant(
        funder_id=funder.id,
        reference="RS-2026-0002",
        title="Autre convention",
        amount_cents=100_000,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    session.add_all([g, h])
    session.flush()

    alice = _person(
        session, "Alice", "Aubert", INC, entry=date(2025, 10, 20), gender=Gender.FEMALE,
        birth_year=1990, job_seeker=True, priority=True, social_minima=False,
        changes=((None, C, date(2025, 10, 20)), (C, A, date(2025, 11, 10)),
                 (A, INC, date(2026, 1, 15))),
    )  # fmt: skip
    bruno = _person(
        session, "Bruno", "Bérenger", GR, entry=date(2026, 1, 5), gender=Gender.MALE,
        birth_year=2002, job_seeker=False,
        changes=((None, C, date(2026, 1, 5)), (C, A, date(2026, 2, 1)),
                 (A, INC, date(2026, 3, 1)), (INC, GR, date(2026, 5, 31))),
    )  # fmt: skip
    chloe = _person(
        session, "Chloé", "Céleste", GR, entry=date(2022, 12, 1), gender=Gender.FEMALE,
        birth_year=1970, priority=False,
        changes=((None, C, date(2022, 12, 1)), (C, A, date(2023, 1, 10)),
                 (A, INC, date(2023, 2, 1)), (INC, GR, date(2024, 2, 1))),
    )  # fmt: skip
    david = _person(
        session, "David", "Delmas", A, entry=date(2026, 6, 20), gender=Gender.OTHER,
        job_seeker=True,
        changes=((None, C, date(2026, 6, 20)), (C, A, date(2026, 7, 10))),
    )  # fmt: skip
    emma = _person(
        session, "Emma", "Estève", WD, entry=date(2025, 2, 1), birth_year=1960,
        changes=((None, C, date(2025, 2, 1)), (C, A, date(2025, 3, 1)),
                 (A, WD, date(2025, 12, 1))),
    )  # fmt: skip
    farid = _person(
        session, "Farid", "Fabre", INC, entry=date(2026, 1, 2), gender=Gender.MALE,
        birth_year=1985, job_seeker=True,
        changes=((None, C, date(2026, 1, 2)), (C, A, date(2026, 1, 20))),
    )  # fmt: skip
    # No pathway history (imported record): admitted on her entry date.
    gaelle = _person(
        session, "Gaëlle", "Garnier", INC, entry=date(2026, 4, 1), gender=Gender.FEMALE,
        job_seeker=True, priority=False,
    )  # fmt: skip
    hugo = _person(
        session, "Hugo", "Hébert", EX, entry=date(2025, 5, 1), gender=Gender.MALE,
        birth_year=1980, job_seeker=True, priority=False, social_minima=True,
        changes=((None, C, date(2025, 5, 1)), (C, A, date(2025, 6, 1)),
                 (A, INC, date(2025, 7, 1)), (INC, EX, date(2026, 6, 30))),
    )  # fmt: skip

    session.add_all(
        [
            ExitOutcome(
                entrepreneur_id=bruno.id,
                exit_type=ExitType.BUSINESS_CREATED,
                reason="SARL créée",
                exit_date=date(2026, 5, 31),
            ),
            ExitOutcome(
                entrepreneur_id=chloe.id,
                exit_type=ExitType.BUSINESS_CREATED,
                reason="Micro-entreprise",
                exit_date=date(2024, 2, 1),
            ),
            ExitOutcome(
                entrepreneur_id=hugo.id,
                exit_type=ExitType.STOPPED,
                reason="Arrêt",
                exit_date=date(2026, 6, 30),
            ),
        ]
    )
    for months, due, checked, active in (
        (6, date(2024, 8, 1), date(2024, 8, 5), True),  # 6 months: not a funder figure
        (12, date(2025, 2, 1), date(2025, 2, 10), True),
        (24, date(2026, 2, 1), date(2026, 2, 15), False),
        (36, date(2027, 2, 1), None, None),
    ):
        session.add(
            FollowUpCheckpoint(
                entrepreneur_id=chloe.id,
                months_after_exit=months,
                due_on=due,
                checked_on=checked,
                business_active=active,
            )
        )
    # Checked after the end of the period: unknown when the report is written.
    session.add(
        FollowUpCheckpoint(
            entrepreneur_id=bruno.id,
            months_after_exit=12,
            due_on=date(2027, 5, 31),
            checked_on=date(2027, 6, 2),
            business_active=True,
        )
    )
    for grant, people in ((g, (alice, bruno, chloe, david, emma, gaelle, hugo)), (h, (farid,))):
        session.execute(
            insert(grant_beneficiary),
            [{"grant_id": grant.id, "entrepreneur_id": p.id} for p in people],
        )

    cid = coach.id
    _session(session, cid, date(2026, 1, 20), 90, {alice.id: True})
    _session(
        session,
        cid,
        date(2026, 2, 10),
        120,
        {alice.id: True, bruno.id: True, farid.id: True, gaelle.id: False},
        SessionKind.COLLECTIVE,
    )
    _session(session, cid, date(2026, 3, 3), 60, {chloe.id: True})
    _session(session, cid, date(2026, 7, 2), 45, {alice.id: True})
    _session(session, cid, date(2025, 10, 1), 60, {emma.id: True})
    _session(session, cid, date(2026, 4, 15), 30, {farid.id: True})
    _session(session, cid, date(2026, 5, 5), 75, {gaelle.id: False})
    _session(session, cid, date(2026, 6, 30), 45, {hugo.id: True})
    session.commit()
    people = {
        "alice": alice, "bruno": bruno, "chloe": chloe, "david": david, "emma": emma,
        "farid": farid, "gaelle": gaelle, "hugo": hugo,
    }  # fmt: skip
    return FunderFixture(g.id, h.id, {k: p.id for k, p in people.items()})


# Counted by hand for grant G over PERIOD:
# supported: Alice (in pathway), Bruno (admitted Feb), Chloé (left 2024 but coached in March),
#   Gaëlle (no history, entry 1 April), Hugo (left on the last day) = 5.
#   Not: David (admitted after), Emma (left before), Farid (grant H).
# admissions: Bruno, Gaëlle = 2; incubations: Alice, Bruno = 2.
# exits: business_created 1 (Bruno), stopped 1 (Hugo).
# survival (Chloé, business created): 12 m 1 due, 1 checked, 1 active; 24 m 1 due, 1 checked,
#   0 active;
#   36 m none (Bruno's 12 m is checked after the period).
# sessions: 20/1 (90), 10/2 collective (120), 3/3 (60), 30/6 (45) = 4 sessions, 3 individual,
#   1 collective, 315 min delivered; participant minutes 90 + 2 x 120 + 60 + 45 = 435.
# gender: female 3 (Alice, Chloé, Gaëlle), male 2.
# age at admission: Alice 35 → 35-44, Bruno 24 → <26, Chloé 53 → 45-54, Hugo 45 → 45-54,
#   Gaëlle unknown.
# job seeker: yes 3 (Alice, Gaëlle, Hugo), no 1 (Bruno), unknown 1 (Chloé).
# priority district: yes 1 (Alice), no 3 (Chloé, Gaëlle, Hugo), unknown 1 (Bruno).
# social minima: yes 1 (Hugo), no 1 (Alice), unknown 3.
# annex: Aubert 2 sessions 210 min, Bérenger 1/120, Céleste 1/60, Garnier 0/0, Hébert 1/45.
