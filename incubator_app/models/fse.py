"""FSE+ participant questionnaires: what a co-funded participant answered at entry, within four
weeks after leaving, and six months after leaving (the common indicators of Regulation (EU)
2021/1057, Annex I; see services/funding/fse/codes.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned, str_enum
from incubator_app.models.vocabulary import FseAnswer, FseMoment, IscedLevel, LabourStatus

#: The optional characteristics of Annex I, point 1.2; answered only with the person's consent
#: (consent_record, purpose "fse_survey").
SENSITIVE_FIELDS: tuple[str, ...] = (
    "disability",
    "third_country_national",
    "foreign_background",
    "minority",
    "homeless",
    "rural_area",
)
#: The situation after leaving (Annex I, points 2 and 3); None when not asked or not known.
RESULT_FIELDS: tuple[str, ...] = (
    "job_searching",
    "in_education",
    "gained_qualification",
    "employed",
    "improved_situation",
)


class FseQuestionnaire(Versioned, Base):
    """One questionnaire of one person at one moment (one per person and moment: the first
    entry date is kept; a correction updates the row)."""

    __tablename__ = "fse_questionnaire"
    __table_args__ = (UniqueConstraint("entrepreneur_id", "moment"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    moment: Mapped[FseMoment] = mapped_column(str_enum(FseMoment, "fse_moment"))
    answered_on: Mapped[date] = mapped_column(index=True)
    # At entry.
    labour_status: Mapped[LabourStatus | None] = mapped_column(
        str_enum(LabourStatus, "fse_labour_status")
    )
    education: Mapped[IscedLevel | None] = mapped_column(str_enum(IscedLevel, "fse_isced"))
    disability: Mapped[FseAnswer | None] = mapped_column(str_enum(FseAnswer, "fse_disability"))
    third_country_national: Mapped[FseAnswer | None] = mapped_column(
        str_enum(FseAnswer, "fse_third_country")
    )
    foreign_background: Mapped[FseAnswer | None] = mapped_column(
        str_enum(FseAnswer, "fse_foreign_background")
    )
    minority: Mapped[FseAnswer | None] = mapped_column(str_enum(FseAnswer, "fse_minority"))
    homeless: Mapped[FseAnswer | None] = mapped_column(str_enum(FseAnswer, "fse_homeless"))
    rural_area: Mapped[FseAnswer | None] = mapped_column(str_enum(FseAnswer, "fse_rural"))
    # At exit and six months after.
    job_searching: Mapped[bool | None]
    in_education: Mapped[bool | None]
    gained_qualification: Mapped[bool | None]
    employed: Mapped[bool | None]
    improved_situation: Mapped[bool | None]
    recorded_by: Mapped[str | None] = mapped_column(String(64))
