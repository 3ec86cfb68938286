"""The FSE+ indicator table of a grant over a period, computed in SQL.

Participants of a grant in a period: its beneficiaries (grant_beneficiary) whose entry into the
operation falls in the period: the date of their entry questionnaire, or their entry date in
the incubator when they have none (then all their entry data count as unknown). Output
indicators (EECO..) count those participants; immediate results (EECR01-04) count the exit
questionnaires answered in the period; longer-term results (EECR05-06) the six-month ones.

Every figure is broken down by gender as Annex I asks (women, men, non-binary persons), plus
the people whose gender is not recorded. A missing datum (not asked, declined, no
questionnaire) is never guessed: it is counted in an "unknown" row of its own.

Rules worth knowing:
- long-term unemployed people are counted in EECO02 and EECO03 (the Annex's "unemployed,
  including long-term unemployed");
- age is the year of entry minus the birth year (the app keeps the birth year only);
- EECR01 and EECR04 exclude each other (SFC guidance: a participant both searching and in
  employment four weeks after leaving counts as in employment).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, case, extract, func, literal, literal_column, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Entrepreneur,
    ExitOutcome,
    FseQuestionnaire,
    Funder,
    Grant,
    grant_beneficiary,
)
from incubator_app.models.fse import SENSITIVE_FIELDS
from incubator_app.models.vocabulary import Gender
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.funding.fse.codes import (
    OUTPUT_INDICATORS,
    RESULT_INDICATORS,
    UNKNOWN_ROWS,
)
from incubator_app.services.funding.fse.questionnaires import SIX_MONTHS
from incubator_app.services.records import get_or_raise

OUTPUT, RESULT, UNKNOWN = "output", "result", "unknown"
_GENDERS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("total", None),
    ("women", (Gender.FEMALE.value,)),
    ("men", (Gender.MALE.value,)),
    ("non_binary", (Gender.OTHER.value,)),
)


@dataclass(frozen=True)
class IndicatorRow:
    code: str  # "EECO01"… or "" for an unknown row
    key: str  # the code, or the unknown row's key (codes.UNKNOWN_ROWS)
    label: tuple[str, str]  # (context, source) for translation
    kind: str  # OUTPUT, RESULT or UNKNOWN
    total: int
    women: int
    men: int
    non_binary: int
    gender_unknown: int


@dataclass(frozen=True)
class IndicatorTable:
    grant_id: int
    start: date
    end: date
    rows: list[IndicatorRow]

    def value(self, key: str) -> int:
        return next(r.total for r in self.rows if r.key == key)


def _sums(conditions: dict[str, ColumnElement[bool]], gender) -> list:
    """SUM(CASE …) columns named key__bucket for every condition and gender bucket."""
    cols = []
    for key, cond in conditions.items():
        for bucket, values in _GENDERS:
            c = cond if values is None else and_(cond, gender.in_(values))
            cols.append(func.coalesce(func.sum(case((c, 1), else_=0)), 0).label(f"{key}__{bucket}"))
    return cols


def _rows(result, conditions, labels: dict, kind: str, code_of=lambda k: k) -> list[IndicatorRow]:
    out = []
    for key in conditions:
        counts = {b: int(result[f"{key}__{b}"]) for b, _ in _GENDERS}
        known = counts["women"] + counts["men"] + counts["non_binary"]
        out.append(
            IndicatorRow(
                code=code_of(key),
                key=key,
                label=labels[key],
                kind=kind,
                gender_unknown=counts["total"] - known,
                **counts,
            )
        )
    return out


@dataclass(frozen=True)
class _Queries:
    """The four SELECTs of the table, each giving one row of SUM(CASE …) columns, and the
    conditions behind their columns."""

    outputs: dict[str, ColumnElement[bool]]
    unknown_entry: dict[str, ColumnElement[bool]]
    result_conditions: dict[str, ColumnElement[bool]]
    statements: dict[str, Select]


def _queries(
    grant_id: ColumnElement,
    start: ColumnElement,
    end: ColumnElement,
    later_start: ColumnElement,
    later_end: ColumnElement,
    person_visible=None,
) -> _Queries:
    """The indicator SQL, over parameters given as SQL expressions: bound values when the app
    runs it, the arguments of `incubator_fse_figures` in its PostgreSQL body (FSE_FUNCTION_SQL).
    `person_visible(entrepreneur_columns)`: an extra condition on the people counted (the
    function's site rule)."""
    q = FseQuestionnaire.__table__
    entry = q.alias("entry_q")
    gb = grant_beneficiary
    e = Entrepreneur.__table__
    visible = (lambda _e: literal(True)) if person_visible is None else person_visible
    entered_on = func.coalesce(entry.c.answered_on, e.c.entry_date)

    # --- outputs: the participants who entered in the period --------------------------------
    people = (
        select(
            e.c.id,
            e.c.gender,
            (extract("year", entered_on) - e.c.birth_year).label("age"),
            entry.c.labour_status,
            entry.c.education,
            entry.c.disability,
            entry.c.third_country_national,
            entry.c.foreign_background,
            entry.c.minority,
            entry.c.homeless,
            entry.c.rural_area,
        )
        .select_from(gb.join(e, e.c.id == gb.c.entrepreneur_id))
        .outerjoin(entry, and_(entry.c.entrepreneur_id == e.c.id, entry.c.moment == "entry"))
        .where(gb.c.grant_id == grant_id, entered_on.between(start, end), visible(e.c))
        .subquery("participants")
    )
    p = people.c
    yes = {f: p[f] == "yes" for f in SENSITIVE_FIELDS}
    outputs: dict[str, ColumnElement[bool]] = {  # codes: services/funding/fse/codes.py
        "EECO01": literal(True),
        "EECO02": p.labour_status.in_(("unemployed", "long_term_unemployed")),
        "EECO03": p.labour_status == "long_term_unemployed",
        "EECO04": p.labour_status == "inactive",
        "EECO05": p.labour_status == "employed",
        "EECO06": p.age < 18,
        "EECO07": p.age.between(18, 29),
        "EECO08": p.age >= 55,
        "EECO09": p.education == "isced_0_2",
        "EECO10": p.education == "isced_3_4",
        "EECO11": p.education == "isced_5_8",
        "EECO12": yes["disability"],
        "EECO13": yes["third_country_national"],
        "EECO14": yes["foreign_background"],
        "EECO15": yes["minority"],
        "EECO16": yes["homeless"],
        "EECO17": yes["rural_area"],
    }
    unknown_entry: dict[str, ColumnElement[bool]] = {
        "labour_status": or_(p.labour_status.is_(None), p.labour_status == "declined"),
        "age": p.age.is_(None),
        "education": or_(p.education.is_(None), p.education == "declined"),
        **{f: or_(p[f].is_(None), p[f] == "declined") for f in yes},
    }

    # --- results: the exit and six-month questionnaires answered in the period ----------------
    answered = q.alias("answered_q")
    results = (
        select(
            e.c.gender,
            answered.c.moment,
            answered.c.job_searching,
            answered.c.in_education,
            answered.c.gained_qualification,
            answered.c.employed,
            answered.c.improved_situation,
        )
        .select_from(gb.join(e, e.c.id == gb.c.entrepreneur_id))
        .join(answered, answered.c.entrepreneur_id == e.c.id)
        .where(
            gb.c.grant_id == grant_id,
            answered.c.moment.in_(("exit", "six_months")),
            answered.c.answered_on.between(start, end),
            visible(e.c),
        )
        .subquery("results")
    )
    r = results.c
    at_exit = r.moment == "exit"
    later = r.moment == "six_months"
    employed = r.employed.is_(True)
    result_conditions: dict[str, ColumnElement[bool]] = {
        "EECR01": and_(at_exit, r.job_searching.is_(True), ~func.coalesce(r.employed, False)),
        "EECR02": and_(at_exit, r.in_education.is_(True)),
        "EECR03": and_(at_exit, r.gained_qualification.is_(True)),
        "EECR04": and_(at_exit, employed),
        "EECR05": and_(later, employed),
        "EECR06": and_(later, r.improved_situation.is_(True)),
    }

    # --- unknown results: FSE+ participants who left without the questionnaire -------------
    def left_without(moment: str, first: ColumnElement, last: ColumnElement):
        missing = q.alias(f"missing_{moment}")
        entry2 = q.alias(f"entry_{moment}")
        return (
            select(e.c.gender)
            .select_from(gb.join(e, e.c.id == gb.c.entrepreneur_id))
            .join(ExitOutcome.__table__, ExitOutcome.entrepreneur_id == e.c.id)
            .join(entry2, and_(entry2.c.entrepreneur_id == e.c.id, entry2.c.moment == "entry"))
            .outerjoin(
                missing, and_(missing.c.entrepreneur_id == e.c.id, missing.c.moment == moment)
            )
            .where(
                gb.c.grant_id == grant_id,
                missing.c.id.is_(None),
                ExitOutcome.exit_date.between(first, last),
                visible(e.c),
            )
            .subquery(f"left_{moment}")
        )

    no_exit = left_without("exit", start, end)
    no_later = left_without("six_months", later_start, later_end)
    statements = {
        "outputs": select(*_sums(outputs, p.gender), *_sums(unknown_entry, p.gender)),
        "results": select(*_sums(result_conditions, r.gender)),
        "exit_unknown": select(*_sums({"exit": literal(True)}, no_exit.c.gender)),
        "later_unknown": select(*_sums({"six_months": literal(True)}, no_later.c.gender)),
    }
    return _Queries(outputs, unknown_entry, result_conditions, statements)


def fse_indicator_table(
    session: Session,
    grant_id: int,
    start: date | None = None,
    end: date | None = None,
    *,
    actor: Actor,
) -> IndicatorTable:
    """The common indicators of the grant's participants over [start, end] (the grant's period
    by default).

    On a secured PostgreSQL server the answers are closed to coaches and viewers (row-level
    security on `fse_questionnaire`, db/server_security.py): the figures then come from the
    SECURITY DEFINER function `incubator_fse_figures`, which runs these same queries (compiled
    from `_queries`) and returns counts only, for everyone who may see the report."""
    require(actor, Permission.VIEW)
    grant = get_or_raise(session, Grant, grant_id)
    start = start or grant.period_start
    end = end or grant.period_end
    if end < start:
        raise ValidationError(
            {"end": msg(QT_TRANSLATE_NOOP("Fse", "The period ends before it starts."))}
        )
    queries = _queries(
        literal(grant_id),
        literal(start),
        literal(end),
        literal(start - SIX_MONTHS),
        literal(end - SIX_MONTHS),
    )
    if _secured_server(session):
        figures = session.execute(
            text("SELECT incubator_fse_figures(:g, :s, :e)"), {"g": grant_id, "s": start, "e": end}
        ).scalar_one()
        if isinstance(figures, str):
            figures = json.loads(figures)
    else:
        figures = {
            name: dict(session.execute(stmt).mappings().one())
            for name, stmt in queries.statements.items()
        }
    out_row, res_row = figures["outputs"], figures["results"]
    rows = (
        _rows(out_row, queries.outputs, OUTPUT_INDICATORS, OUTPUT)
        + _rows(out_row, queries.unknown_entry, UNKNOWN_ROWS, UNKNOWN, code_of=lambda k: "")
        + _rows(res_row, queries.result_conditions, RESULT_INDICATORS, RESULT)
        + _rows(
            figures["exit_unknown"], {"exit": None}, UNKNOWN_ROWS, UNKNOWN, code_of=lambda k: ""
        )
        + _rows(
            figures["later_unknown"],
            {"six_months": None},
            UNKNOWN_ROWS,
            UNKNOWN,
            code_of=lambda k: "",
        )
    )
    return IndicatorTable(grant_id, start, end, rows)


def _secured_server(session: Session) -> bool:
    """A PostgreSQL database secured by `server setup` (its role prefix is set)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    prefix = session.execute(text("SELECT current_setting('incubator.role_prefix', true)")).scalar()
    return bool(prefix)


def fse_function_sql() -> str:
    """CREATE FUNCTION incubator_fse_figures(grant, start, end) RETURNS json: the four rows of
    counts of `fse_indicator_table`, computed by the owner (SECURITY DEFINER) so that the
    report works for every role that may run it while `fse_questionnaire` itself stays closed
    to coaches and viewers. It returns sums only, never a row about a person. The people
    counted follow the site rule of the caller's login (the entrepreneur policy of
    db/server_security.py: `incubator_site_ids_of(session_user)`, NULL for every site); a
    superuser's or the owner's connection counts every site."""
    from sqlalchemy.dialects import postgresql

    def arg(name: str, kind: str) -> ColumnElement:
        return literal_column(f"{name}::{kind}")

    sites = literal_column("v_sites")
    queries = _queries(
        arg("p_grant", "integer"),
        arg("p_start", "date"),
        arg("p_end", "date"),
        literal_column("(p_start - interval '6 months')::date"),
        literal_column("(p_end - interval '6 months')::date"),
        person_visible=lambda ec: or_(sites.is_(None), ec.site_id == func.any(sites)),
    )
    dialect = postgresql.dialect()
    parts = []
    for name, stmt in queries.statements.items():
        sql = str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        parts.append(f"'{name}', (SELECT row_to_json(x) FROM ({sql}) AS x)")
    body = ",\n    ".join(parts)
    return f"""CREATE OR REPLACE FUNCTION incubator_fse_figures(p_grant integer, p_start date,
  p_end date) RETURNS json
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_sites integer[];
BEGIN
  IF (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user)
     OR pg_has_role(session_user, current_setting('incubator.role_prefix') || '_owner',
                    'MEMBER') THEN
    v_sites := NULL;
  ELSE
    v_sites := incubator_site_ids_of(session_user::text);
  END IF;
  RETURN json_build_object(
    {body});
END $$"""


def is_fse_cofunded(funder_kind: str, co_funders: str | None) -> bool:
    """The rule the funder report uses to add the FSE+ table: the grant's funder is the
    European Union, or its co-funders name the FSE / ESF (any case, "FSE+", "ESF+")."""
    if funder_kind == "european_union":
        return True
    words = (co_funders or "").upper().replace("+", " ").replace(",", " ").split()
    return any(w in {"FSE", "ESF"} for w in words)


def grant_is_fse_cofunded(session: Session, grant_id: int, *, actor: Actor) -> bool:
    require(actor, Permission.VIEW)
    grant = get_or_raise(session, Grant, grant_id)
    kind = session.scalar(select(Funder.kind).where(Funder.id == grant.funder_id))
    return is_fse_cofunded(str(kind.value if kind else ""), grant.co_funders)


def grant_fse_table(
    session: Session, grant_id: int, start: date, end: date, *, actor: Actor
) -> IndicatorTable | None:
    """The grant's FSE+ table for the funder report, or None when the grant is not FSE+
    co-funded (`is_fse_cofunded`)."""
    if not grant_is_fse_cofunded(session, grant_id, actor=actor):
        return None
    return fse_indicator_table(session, grant_id, start, end, actor=actor)
