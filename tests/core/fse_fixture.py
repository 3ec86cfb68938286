"""A hand-counted FSE+ grant: eight beneficiaries, their questionnaires, one person outside the
grant and one outside the period. `HAND` gives every figure of the table for 2026."""

from __future__ import annotations

from datetime import date

from factories import make_entrepreneur
from sqlalchemy import insert
from sqlalchemy.orm import Session

from incubator_app.models import (
    ConsentRecord,
    ExitOutcome,
    ExitType,
    FseQuestionnaire,
    Funder,
    FunderKind,
    Gender,
    Grant,
    grant_beneficiary,
)
from incubator_app.models.vocabulary import FseMoment

PERIOD = (date(2026, 1, 1), date(2026, 12, 31))

# name, gender, birth year, entry answers (labour, education, disability, rural), exit date,
# exit answers (searching, education, qualification, employed), six-month (employed, improved)
PEOPLE = [
    ("Anna", Gender.FEMALE, 2000, ("unemployed", "isced_3_4", "yes", "no"),
     date(2026, 3, 1), (True, False, False, False), (True, True)),
    ("Bruno", Gender.MALE, 1970, ("long_term_unemployed", "isced_0_2", "declined", "yes"),
     date(2026, 2, 1), (True, False, False, True), None),
    ("Chloé", Gender.FEMALE, 1990, ("inactive", "isced_5_8", None, None),
     None, None, None),
    ("Dominique", Gender.OTHER, 2009, ("employed", "isced_0_2", "no", "no"),
     date(2026, 5, 1), None, None),
    ("Elie", None, None, ("declined", None, None, None), None, None, None),
    ("Fanny", Gender.FEMALE, 1965, ("employed", "isced_5_8", "no", "yes"),
     date(2025, 12, 1), (False, True, True, False), None),
    ("Gaspard", Gender.MALE, 1998, None, None, None, None),  # no entry questionnaire
]  # fmt: skip

#: The table of the grant for 2026, counted by hand (total, women, men, non-binary, unknown).
HAND = {
    "EECO01": (7, 3, 2, 1, 1),
    "EECO02": (2, 1, 1, 0, 0),  # Anna, Bruno (long-term unemployed count as unemployed)
    "EECO03": (1, 0, 1, 0, 0),
    "EECO04": (1, 1, 0, 0, 0),
    "EECO05": (2, 1, 0, 1, 0),  # Dominique, Fanny
    "EECO06": (1, 0, 0, 1, 0),  # Dominique, 17 at entry in 2026
    "EECO07": (2, 1, 1, 0, 0),  # Anna 26, Gaspard 28
    "EECO08": (2, 1, 1, 0, 0),  # Bruno 56, Fanny 61
    "EECO09": (2, 0, 1, 1, 0),
    "EECO10": (1, 1, 0, 0, 0),
    "EECO11": (2, 2, 0, 0, 0),
    "EECO12": (1, 1, 0, 0, 0),
    "EECO17": (2, 1, 1, 0, 0),
    "labour_status": (2, 0, 1, 0, 1),  # Elie declined, Gaspard no questionnaire
    "age": (2, 1, 0, 0, 1),  # Elie, Chloé (no birth year)
    "education": (2, 0, 1, 0, 1),
    "disability": (4, 1, 2, 0, 1),  # Bruno declined, Chloé, Elie, Gaspard
    # Not asked of anybody: all seven unknown.
    "third_country_national": (7, 3, 2, 1, 1),
    "foreign_background": (7, 3, 2, 1, 1),
    "minority": (7, 3, 2, 1, 1),
    "homeless": (7, 3, 2, 1, 1),
    "rural_area": (3, 1, 1, 0, 1),  # Chloé, Elie, Gaspard
    "EECR01": (1, 1, 0, 0, 0),  # Anna; Bruno searching AND employed counts as employed
    "EECR02": (1, 1, 0, 0, 0),
    "EECR03": (1, 1, 0, 0, 0),
    "EECR04": (1, 0, 1, 0, 0),
    "exit": (1, 0, 0, 1, 0),  # Dominique left in May without answering
    "EECR05": (1, 1, 0, 0, 0),
    "EECR06": (1, 1, 0, 0, 0),
    # Left between July 2025 and June 2026 (six months later in 2026) without answering it:
    # Bruno, Dominique, Fanny.
    "six_months": (3, 1, 1, 1, 0),
}


def build_fse_fixture(session: Session) -> int:
    funder = Funder(name="Fonds social européen", kind=FunderKind.EUROPEAN_UNION)
    session.add(funder)
    session.flush()
    grant = Grant(funder_id=funder.id, reference="FSE-2026", title="Couveuse FSE+",
                  amount_cents=5_000_000, period_start=PERIOD[0], period_end=PERIOD[1],
                  co_funders="Région")  # fmt: skip
    session.add(grant)
    session.commit()
    for name, gender, birth, entry, exit_on, exit_answers, later in PEOPLE:
        person = make_entrepreneur(session, name, entry_date=date(2026, 1, 12))
        person.gender = gender
        person.birth_year = birth
        if name == "Chloé":
            person.birth_year = None  # her age is unknown
        session.execute(
            insert(grant_beneficiary).values(grant_id=grant.id, entrepreneur_id=person.id)
        )
        session.add(ConsentRecord(entrepreneur_id=person.id, purpose="fse_survey",
                                  given_on=date(2026, 1, 12), source="paper form",
                                  text_version="2026-01"))  # fmt: skip
        if entry:
            labour, education, disability, rural = entry
            session.add(FseQuestionnaire(
                entrepreneur_id=person.id, moment=FseMoment.ENTRY, answered_on=date(2026, 1, 12),
                labour_status=labour, education=education, disability=disability,
                rural_area=rural))  # fmt: skip
        if exit_on:
            session.add(ExitOutcome(entrepreneur_id=person.id, exit_type=ExitType.OTHER,
                                    reason="fin", exit_date=exit_on))  # fmt: skip
        if exit_answers:
            s, ed, q, emp = exit_answers
            session.add(FseQuestionnaire(
                entrepreneur_id=person.id, moment=FseMoment.EXIT,
                answered_on=max(exit_on, PERIOD[0]), job_searching=s, in_education=ed,
                gained_qualification=q, employed=emp))  # fmt: skip
        if later:
            emp, better = later
            session.add(FseQuestionnaire(
                entrepreneur_id=person.id, moment=FseMoment.SIX_MONTHS,
                answered_on=date(2026, 9, 1), employed=emp, improved_situation=better))  # fmt: skip
    # Outside the grant, and a beneficiary who entered in 2025: neither counts.
    outsider = make_entrepreneur(session, "Hors", entry_date=date(2026, 2, 2))
    session.add(
        FseQuestionnaire(
            entrepreneur_id=outsider.id,
            moment=FseMoment.ENTRY,
            answered_on=date(2026, 2, 2),
            labour_status="inactive",
        )
    )
    early = make_entrepreneur(session, "Avant", entry_date=date(2025, 6, 2))
    session.execute(insert(grant_beneficiary).values(grant_id=grant.id, entrepreneur_id=early.id))
    session.add(
        FseQuestionnaire(
            entrepreneur_id=early.id,
            moment=FseMoment.ENTRY,
            answered_on=date(2025, 6, 2),
            labour_status="inactive",
        )
    )
    session.commit()
    return grant.id
