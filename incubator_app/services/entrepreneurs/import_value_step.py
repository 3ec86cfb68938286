"""The values step of an import: values of the file that no list knows, and what they become.

    unknown = collect_unknown_values(session, table, mapping, actor=actor)
    values = remembered_values(session)        # what people chose for earlier files
    for u in unknown: u.suggestions, u.clear   # the closest entries, best first
    import_entrepreneurs(session, table, mapping, values=values, actor=actor)

A *value map* says, per import field, what a text of the file becomes:
`{"discipline": {"Livre, littérature": "<id of Livre et édition>", "Autre": None}}` (None: leave
the field empty). Targets are `Entry.value`s: ids for disciplines, cohorts and coaches, the
enumeration value for gender and education level, "true"/"false" for yes/no columns. Texts are
compared without accents, case, spaces or punctuation.

Remembered choices are audit rows (entity `import_value`, action `map`), written in the
transaction of the import that used them: the latest choice per field and text wins. The audit
trail already says who decided what and when, so no table of its own is needed; a choice whose
entry was retired or removed is dropped when read, and the value is asked again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.db.search_index import fold
from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import AuditEntry, Coach, Cohort, Discipline, EducationLevel, Gender
from incubator_app.services.actor import Actor, Permission, can, require
from incubator_app.services.entrepreneurs import import_values as conv
from incubator_app.services.entrepreneurs.import_headers import field_label
from incubator_app.services.entrepreneurs.import_suggestions import (
    Entry,
    Suggestion,
    is_clear,
    suggest,
)
from incubator_app.services.records import record_audit
from incubator_app.services.tabular_files import TabularData

REFERENCE_FIELDS = ("discipline", "cohort", "referent_coach")
#: Lists a value may be added to from an import (by someone who manages the settings). A cohort
#: needs dates and a programme, a coach is a person: they are created where they belong.
CREATABLE_FIELDS = ("discipline",)
#: The target that adds the value of the file to its list, under its own name.
NEW_ENTRY = "+new"
YES_NO_FIELDS = ("job_seeker", "social_minima", "priority_district")
VALUE_FIELDS = (*REFERENCE_FIELDS, "gender", "education_level", *YES_NO_FIELDS)
ENUM_CONVERTERS = {
    "gender": conv.gender,
    "education_level": conv.education_level,
    **dict.fromkeys(YES_NO_FIELDS, conv.yes_no),
}
AUDIT_ENTITY = "import_value"

ValueMap = dict[str, dict[str, str | None]]

_GENDER_ENTRIES = (
    Entry("female", msg(QT_TRANSLATE_NOOP("Genders", "Woman")), "female",
          ("femme", "f", "madame", "mme", "feminin")),
    Entry("male", msg(QT_TRANSLATE_NOOP("Genders", "Man")), "male",
          ("homme", "h", "monsieur", "masculin")),
    Entry("other", msg(QT_TRANSLATE_NOOP("Genders", "Other")), "other", ("autre", "non binaire")),
    Entry("undisclosed", msg(QT_TRANSLATE_NOOP("Genders", "Not disclosed")), "undisclosed",
          ("non renseigne", "non communique")),
)  # fmt: skip
_EDUCATION_ENTRIES = (
    Entry("below_bac", msg(QT_TRANSLATE_NOOP("Education", "Below baccalauréat")), "below_bac",
          ("infra bac", "sans diplome", "cap", "bep")),
    Entry("bac", msg(QT_TRANSLATE_NOOP("Education", "Baccalauréat")), "bac",
          ("bac", "baccalaureat", "niveau 4")),
    Entry("bac_2", msg(QT_TRANSLATE_NOOP("Education", "Bac + 2")), "bac_2",
          ("bac 2", "bts", "dut", "niveau 5")),
    Entry("bac_3", msg(QT_TRANSLATE_NOOP("Education", "Bac + 3")), "bac_3",
          ("bac 3", "licence", "niveau 6")),
    Entry("bac_5", msg(QT_TRANSLATE_NOOP("Education", "Bac + 5")), "bac_5",
          ("bac 5", "master", "niveau 7")),
    Entry("doctorate", msg(QT_TRANSLATE_NOOP("Education", "Doctorate")), "doctorate",
          ("doctorat", "bac 8")),
)  # fmt: skip
_YES_NO_ENTRIES = (
    Entry("true", msg(QT_TRANSLATE_NOOP("Import", "Yes")), "true", ("oui", "vrai")),
    Entry("false", msg(QT_TRANSLATE_NOOP("Import", "No")), "false", ("non", "faux")),
)


@dataclass(frozen=True)
class UnknownValue:
    """A distinct text of one column that no entry of its list names."""

    field: str
    column: str  # header of the column in the file
    text: str  # as first seen in the file
    count: int  # rows holding it
    rows: tuple[int, ...]  # every one of them, numbered as in the file
    suggestions: tuple[Suggestion, ...]  # best first
    remembered: str | None  # the target chosen for an earlier file, if any
    has_remembered: bool = False  # a remembered choice exists (its target may be None: empty)

    @property
    def clear(self) -> bool:
        return is_clear(self.suggestions)

    @property
    def key(self) -> str:
        return conv.key(self.text)


class References:
    """Disciplines, cohorts and coaches by every name a file may give them (retired ones too:
    naming one is known, and refused later by the record's own rules)."""

    def __init__(self, session: Session) -> None:
        self.disciplines: dict[str, int] = {}
        for d in session.execute(select(Discipline.id, Discipline.code, Discipline.label)):
            self.disciplines.setdefault(conv.key(d.label), d.id)
            self.disciplines.setdefault(conv.key(d.code), d.id)
        self.cohorts = {conv.key(n): i for i, n in session.execute(select(Cohort.id, Cohort.name))}
        self.coaches: dict[str, int] = {}
        for c in session.execute(
            select(Coach.id, Coach.display_name).order_by(Coach.active.desc())
        ):
            self.coaches.setdefault(conv.key(c.display_name), c.id)

    def find(self, field: str, value: Any) -> int | None:
        table = {
            "discipline": self.disciplines,
            "cohort": self.cohorts,
            "referent_coach": self.coaches,
        }[field]
        return table.get(conv.key(conv.as_text(value)))

    def lookup(self, field: str, value: Any) -> int:
        found = self.find(field, value)
        if found is None:
            raise conv.BadValue(
                msg(
                    QT_TRANSLATE_NOOP("Import", "{value} is not a known {what}."),
                    value=conv.as_text(value),
                    what=field_label(field),
                )
            )
        return found


def value_entries(session: Session, field: str) -> list[Entry]:
    """What a value of this field may become, in the order of the list."""
    if field == "discipline":
        query = (
            select(Discipline.id, Discipline.label, Discipline.code)
            .where(Discipline.active.is_(True))
            .order_by(Discipline.position, Discipline.label)
        )
        return [Entry(str(i), label, code) for i, label, code in session.execute(query)]
    if field == "cohort":
        query = select(Cohort.id, Cohort.name).order_by(Cohort.start_date.desc(), Cohort.name)
        return [Entry(str(i), name) for i, name in session.execute(query)]
    if field == "referent_coach":
        query = (
            select(Coach.id, Coach.display_name)
            .where(Coach.active.is_(True))
            .order_by(Coach.display_name)
        )
        return [Entry(str(i), name) for i, name in session.execute(query)]
    if field == "gender":
        return list(_GENDER_ENTRIES)
    if field == "education_level":
        return list(_EDUCATION_ENTRIES)
    if field in YES_NO_FIELDS:
        return list(_YES_NO_ENTRIES)
    raise KeyError(field)


def _is_known(refs: References, field: str, value: Any) -> bool:
    if field in REFERENCE_FIELDS:
        return refs.find(field, value) is not None
    try:
        ENUM_CONVERTERS[field](value)
    except conv.BadValue:
        return False
    return True


def collect_unknown_values(
    session: Session,
    table: TabularData,
    mapping: Sequence[str | None],
    *,
    actor: Actor,
    remembered: ValueMap | None = None,
) -> list[UnknownValue]:
    """Every distinct value of a list or enumeration column that nothing names, in column
    order then by first appearance, with its closest entries and any remembered choice."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    try:
        refs = References(session)
        if remembered is None:
            remembered = remembered_values(session)
        found: list[UnknownValue] = []
        for index, field in enumerate(mapping):
            if field not in VALUE_FIELDS:
                continue
            seen: dict[str, tuple[str, list[int]]] = {}
            for row, number in zip(table.rows, table.row_numbers, strict=True):
                value = conv.clean_cell(row[index]) if index < len(row) else None
                if value is None:
                    continue
                k = conv.key(conv.as_text(value))
                if k in seen:
                    seen[k][1].append(number)
                elif not _is_known(refs, field, value):
                    seen[k] = (conv.as_text(value), [number])
            if not seen:
                continue
            entries = value_entries(session, field)
            chosen = {conv.key(t): target for t, target in (remembered.get(field) or {}).items()}
            for k, (text, rows) in seen.items():
                found.append(
                    UnknownValue(
                        field,
                        table.header[index],
                        text,
                        len(rows),
                        tuple(rows),
                        tuple(suggest(text, entries, field=field)),
                        chosen.get(k),
                        k in chosen,
                    )
                )
        return found
    finally:
        session.rollback()  # reads only


@dataclass(frozen=True)
class ValuesStep:
    """What the values page shows: the unknown values, and every entry each may become."""

    unknown: tuple[UnknownValue, ...]
    entries: Mapping[str, tuple[Entry, ...]]
    creatable: frozenset[str] = frozenset()  # fields whose list this person may add to


def values_step(
    session: Session, table: TabularData, mapping: Sequence[str | None], *, actor: Actor
) -> ValuesStep:
    unknown = collect_unknown_values(session, table, mapping, actor=actor)
    try:
        fields = dict.fromkeys(u.field for u in unknown)
        creatable = CREATABLE_FIELDS if can(actor, Permission.MANAGE_SETTINGS) else ()
        return ValuesStep(
            tuple(unknown),
            {f: tuple(value_entries(session, f)) for f in fields},
            frozenset(creatable),
        )
    finally:
        session.rollback()  # reads only


# -- remembered choices --------------------------------------------------------------------------


def remembered_values(session: Session) -> ValueMap:
    """The latest choice per field and text, for entries that still exist and are active."""
    query = (
        select(AuditEntry.changes)
        .where(AuditEntry.entity == AUDIT_ENTITY, AuditEntry.action == "map")
        .order_by(AuditEntry.id)
    )
    latest: dict[tuple[str, str], tuple[str, str | None]] = {}
    for changes in session.scalars(query):
        if not isinstance(changes, dict) or changes.get("field") not in VALUE_FIELDS:
            continue
        text = str(changes.get("value") or "")
        target = changes.get("target")
        latest[(changes["field"], conv.key(text))] = (text, None if target is None else str(target))
    valid: dict[str, set[str]] = {}
    values: ValueMap = {}
    for (field, _k), (text, target) in latest.items():
        if field not in valid:
            valid[field] = {e.value for e in value_entries(session, field)}
        if target is None or target in valid[field]:
            values.setdefault(field, {})[text] = target
    return values


def remember_values(
    session: Session, values: Mapping[str, Mapping[str, str | None]], *, actor: Actor
) -> int:
    """Records the choices that differ from the remembered ones (inside the caller's unit of
    work); returns how many were recorded."""
    before = {
        (field, conv.key(text)): target
        for field, choices in remembered_values(session).items()
        for text, target in choices.items()
    }
    recorded = 0
    for field, choices in values.items():
        if field not in VALUE_FIELDS:
            continue
        labels = {e.value: str(e.label) for e in value_entries(session, field)}
        for text, target in choices.items():
            k = (field, conv.key(text))
            if k in before and before[k] == target:
                continue
            record_audit(
                session,
                actor,
                AUDIT_ENTITY,
                None,
                "map",
                {"field": field, "value": text, "target": target, "label": labels.get(target)},
            )
            recorded += 1
    return recorded


# -- adding values to their list -----------------------------------------------------------------


def _new_code(session: Session, label: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:34] or "discipline"
    taken = set(session.scalars(select(Discipline.code).where(Discipline.code.like(f"{base}%"))))
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def create_new_entries(
    session: Session, values: Mapping[str, Mapping[str, str | None]], *, actor: Actor
) -> ValueMap:
    """Adds the values mapped to NEW_ENTRY to their list (inside the caller's unit of work,
    audited as the Settings page would) and returns the map with their new ids. A label the
    list already has (retired, or added twice) is reused, not doubled."""
    resolved: ValueMap = {field: dict(choices) for field, choices in values.items()}
    for field, choices in resolved.items():
        news = [text for text, target in choices.items() if target == NEW_ENTRY]
        if not news:
            continue
        if field not in CREATABLE_FIELDS:
            raise ValidationError(
                {
                    field: msg(
                        QT_TRANSLATE_NOOP("Import", "Values cannot be added to this list here.")
                    )
                }
            )
        require(actor, Permission.MANAGE_SETTINGS)
        last = session.scalar(select(func.max(Discipline.position)))
        position = 0 if last is None else last + 1
        for text in news:
            label = " ".join(text.split())[:120]
            existing = session.scalar(
                select(Discipline).where(func.lower(Discipline.label) == label.lower())
            )
            if existing is None:
                existing = Discipline(
                    code=_new_code(session, label), label=label, position=position, active=True
                )
                session.add(existing)
                session.flush()
                position += 1
                record_audit(
                    session,
                    actor,
                    "discipline",
                    existing.id,
                    "create",
                    {"code": existing.code, "label": label, "position": existing.position,
                     "active": True, "from": "import"},
                )  # fmt: skip
            choices[text] = str(existing.id)
    return resolved


# -- applying a map ------------------------------------------------------------------------------


def decode_target(field: str, target: str) -> tuple[str, Any]:
    """The (service field, value) a target of the value map stands for."""
    if field in REFERENCE_FIELDS:
        return f"{field}_id", int(target)
    if field == "gender":
        return field, Gender(target)
    if field == "education_level":
        return field, EducationLevel(target)
    return field, target == "true"


def keyed(values: Mapping[str, Mapping[str, str | None]] | None) -> dict[str, dict[str, Any]]:
    """The map with its texts as comparison keys, for looking values up row by row."""
    return {
        field: {conv.key(text): target for text, target in choices.items()}
        for field, choices in (values or {}).items()
    }


def default_values(unknown: Sequence[UnknownValue]) -> ValueMap:
    """What the values page starts on: the remembered choice, else the clear suggestion;
    unclear values are left undecided."""
    values, _unclear = auto_values(unknown)
    for u in unknown:
        if u.has_remembered:
            values.setdefault(u.field, {})[u.text] = u.remembered
    return values


def auto_values(unknown: Sequence[UnknownValue]) -> tuple[ValueMap, list[UnknownValue]]:
    """The clear best suggestion of each value without a remembered choice, and the values
    that stay unclear."""
    values: ValueMap = {}
    unclear: list[UnknownValue] = []
    for u in unknown:
        if u.has_remembered:
            continue
        if u.clear:
            values.setdefault(u.field, {})[u.text] = u.suggestions[0].entry.value
        else:
            unclear.append(u)
    return values, unclear


def entry_label(session: Session, field: str, target: str | None) -> str | Msg:
    if target is None:
        return msg(QT_TRANSLATE_NOOP("Import", "(leave empty)"))
    if target == NEW_ENTRY:
        return msg(QT_TRANSLATE_NOOP("Import", "(new entry of the list)"))
    for entry in value_entries(session, field):
        if entry.value == target:
            return entry.label
    return target
