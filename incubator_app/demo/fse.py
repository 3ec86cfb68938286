"""FSE+ participant questionnaires of the demo: the beneficiaries of the European grants answer
at entry (most of them), on leaving (about two in three) and six months later (about half);
about six in ten consent to the optional questions, a few decline some of them.

Draws come from a Random of their own: the rest of the demo stays as it was."""

from __future__ import annotations

from random import Random

from incubator_app.demo.context import Context
from incubator_app.demo.people import Person

_LABOUR = (("unemployed", 30), ("long_term_unemployed", 25), ("inactive", 15),
           ("employed", 25), ("declined", 5))  # fmt: skip
_ISCED = (("isced_0_2", 12), ("isced_3_4", 38), ("isced_5_8", 47), ("declined", 3))
_SENSITIVE = (  # share answering yes, among those who answer
    ("disability", 0.06),
    ("third_country_national", 0.07),
    ("foreign_background", 0.18),
    ("minority", 0.04),
    ("homeless", 0.02),
    ("rural_area", 0.15),
)


def _pick(rng: Random, choices: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def write_fse_questionnaires(ctx: Context, people: list[Person], members: set[int]) -> None:
    w, ref = ctx.writer, ctx.ref
    rng = Random(ref * 31 + len(people))
    w.declare(
        "fse_questionnaire",
        "id entrepreneur_id moment answered_on labour_status education disability "
        "third_country_national foreign_background minority homeless rural_area job_searching "
        "in_education gained_qualification employed improved_situation recorded_by",
        versioned=True,
    )
    w.declare(
        "consent_record",
        "id entrepreneur_id purpose given given_on source text_version recorded_by "
        "created_at updated_at",
    )
    none6 = (None,) * 6
    for p in people:
        if p.id not in members or rng.random() > 0.88:
            continue
        entered = p.admit or p.entry
        if entered > ref:
            continue
        consent = rng.random() < 0.6
        sensitive = none6
        if consent:
            w.add("consent_record", (w.take_id("consent_record"), p.id, "fse_survey", True,
                                     w.day(entered), "formulaire papier", "2024-01 v1", "staff",
                                     w.stamp(entered), w.stamp(entered)))  # fmt: skip
            sensitive = tuple(
                "declined" if rng.random() < 0.05 else ("yes" if rng.random() < share else "no")
                for _, share in _SENSITIVE
            )
        w.add("fse_questionnaire", (
            w.take_id("fse_questionnaire"), p.id, "entry", w.day(entered),
            _pick(rng, _LABOUR), _pick(rng, _ISCED), *sensitive, None, None, None, None, None,
            "staff", 1, w.stamp(entered), w.stamp(entered),
        ))  # fmt: skip
        if p.end is None or p.end > ref or rng.random() > 0.68:
            continue
        left = min(ref, p.end + int(rng.random() * 25))
        employed = rng.random() < 0.55
        w.add("fse_questionnaire", (
            w.take_id("fse_questionnaire"), p.id, "exit", w.day(left), None, None, *none6,
            not employed and rng.random() < 0.7, rng.random() < 0.12, rng.random() < 0.2,
            employed, None, "staff", 1, w.stamp(left), w.stamp(left),
        ))  # fmt: skip
        later = p.end + 182 + int(rng.random() * 20)
        if later > ref or rng.random() > 0.72:
            continue
        employed_later = employed or rng.random() < 0.3
        w.add("fse_questionnaire", (
            w.take_id("fse_questionnaire"), p.id, "six_months", w.day(later), None, None,
            *none6, None, None, None, employed_later,
            employed_later and rng.random() < 0.4, "staff", 1, w.stamp(later), w.stamp(later),
        ))  # fmt: skip
