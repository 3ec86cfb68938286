"""The two documents of a draw (tirage au sort), PDF.

`build_draw_notice(notice, path)`: the "notice of draw", printed and published BEFORE the seed
exists: purpose, pool, quotas, the SHA-256 of the frozen inputs, the application's version and
algorithm, and the public source of the seed fixed in advance (e.g. a named national lottery draw
on a given date). `build_draw_minutes(notice, result, path)`: the "procès-verbal": the same, the
seed as published, the panel by group and the ranked order inside every quota cell (selected
first, then the reserve), and how anyone can check it (`incubator-app draw verify`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import build_pdf, section
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import Column, data_tables, key_value_table
from incubator_app.reports.text import escape
from incubator_app.services.cooperation.draws.inputs import DrawInputs
from incubator_app.services.cooperation.draws.selection import SELECTED, DrawResult


@dataclass(frozen=True)
class DrawNotice:
    """What both documents print about the call and the frozen inputs."""

    incubator_name: str
    title: str  # the call's purpose, in a few words
    purpose: str
    territory: str
    seed_source: str  # the public source fixed in advance
    frozen_hash: str
    app_version: str
    algorithm: str
    inputs: DrawInputs
    names: dict[str, str] | None = None  # id → name shown beside the id (the database's)
    frozen_at: datetime | None = None
    logo_png: bytes | None = None


def _meta(notice: DrawNotice, title: str) -> ReportMeta:
    return ReportMeta(title=title, incubator_name=notice.incubator_name, logo_png=notice.logo_png)


def _hash_lines(digest: str) -> str:
    return f"{digest[:32]}<br/>{digest[32:]}"


def _facts(notice: DrawNotice, fmt: Formatter, width: float) -> Iterator[Flowable]:
    s = get_styles()
    inputs = notice.inputs
    groups = inputs.group_sizes
    yield key_value_table(
        [
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Purpose")), notice.purpose or "—"),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Territory")), notice.territory or "—"),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Volunteers in the pool")), len(inputs.people)),
            (
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "People drawn")),
                fmt.tr(
                    QT_TRANSLATE_NOOP("Reports", "{size} in {groups} group(s) of {sizes}"),
                    size=inputs.size,
                    groups=inputs.groups,
                    sizes=" / ".join(str(g) for g in groups),
                ),
            ),
            (
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Method")),
                fmt.tr(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "maximin lottery over the panels that meet every quota (Flanigan et al., Nature, 2021), at most one person per organisation; {algorithm}, incubator-app {version}",  # noqa: E501
                    ),
                    algorithm=notice.algorithm,
                    version=notice.app_version,
                ),
            ),
        ],
        width=width,
        label_weight=0.45,
    )
    yield Spacer(1, 0.3 * cm)
    yield Paragraph(
        escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "SHA-256 of the frozen inputs"))), s.label
    )
    yield Paragraph(
        f"<font name='Courier' size='11'>{_hash_lines(notice.frozen_hash)}</font>", s.body
    )


def _quotas(notice: DrawNotice, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Quotas")))
    inputs = notice.inputs
    counts: dict[tuple[str, str], int] = {}
    for person in inputs.people:
        for pair in person.values:
            counts[pair] = counts.get(pair, 0) + 1
    rows = [
        (
            q.category,
            q.value,
            counts.get((q.category, q.value), 0),
            q.minimum,
            "—" if q.maximum is None else q.maximum,
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "each group"))
            if q.scope == "group"
            else fmt.tr(QT_TRANSLATE_NOOP("Reports", "whole draw")),
        )
        for q in inputs.quotas
    ]
    if not rows:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No quota."))), get_styles().muted
        )
        return
    yield from data_tables(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Category")), 1.4),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Value")), 1.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "In the pool")), 0.8, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Minimum")), 0.7, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Maximum")), 0.7, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Applies to")), 0.9),
        ],
        rows,
        width=width,
    )


def build_draw_notice(
    notice: DrawNotice, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    meta = _meta(notice, fmt.tr(QT_TRANSLATE_NOOP("Reports", "Notice of draw")))
    return build_pdf(path, _notice(notice, fmt, meta), meta, fmt)


def _notice(notice: DrawNotice, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Notice of draw"))), s.title)
    yield Paragraph(escape(notice.title), s.subtitle)
    yield from _facts(notice, fmt, width)
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Seed")))
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The seed of the draw will be taken from this public source, fixed before it is known: {source}. It will be typed in exactly as published.",  # noqa: E501
                ),
                source=notice.seed_source or "—",
            )
        ),
        s.body,
    )
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The list of volunteers, the quotas and the method are frozen: their SHA-256 above changes if a single volunteer, category or quota changes. With the seed, the result is fully determined and anyone can recompute it with “incubator-app draw verify”.",  # noqa: E501
                )
            )
        ),
        s.body,
    )
    yield from _quotas(notice, fmt, width)


def build_draw_minutes(
    notice: DrawNotice,
    result: DrawResult,
    path: str | os.PathLike[str],
    *,
    drawn_at: datetime | None = None,
    reason: str = "",
    locale: str = "fr",
) -> Path:
    fmt = Formatter(locale)
    meta = _meta(notice, fmt.tr(QT_TRANSLATE_NOOP("Reports", "Minutes of the draw")))
    return build_pdf(path, _minutes(notice, result, fmt, meta, drawn_at, reason), meta, fmt)


def _name(notice: DrawNotice, ident: str) -> str:
    if notice.names and ident in notice.names:
        return f"{notice.names[ident]} ({ident})"
    return ident


def _minutes(
    notice: DrawNotice,
    result: DrawResult,
    fmt: Formatter,
    meta: ReportMeta,
    drawn_at: datetime | None,
    reason: str,
) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Minutes of the draw"))), s.title)
    yield Paragraph(escape(notice.title), s.subtitle)
    yield from _facts(notice, fmt, width)
    yield Spacer(1, 0.3 * cm)
    pairs: list[tuple[str, object]] = [
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Source of the seed")), notice.seed_source or "—"),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Seed as published")), result.seed),
        (
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Smallest chance of a volunteer")),
            fmt.number(result.distribution.minimum * 100, 2) + " %",
        ),
    ]
    if drawn_at is not None:
        pairs.append((fmt.tr(QT_TRANSLATE_NOOP("Reports", "Drawn on")), fmt.datetime(drawn_at)))
    if reason:
        pairs.append((fmt.tr(QT_TRANSLATE_NOOP("Reports", "Reason for a new draw")), reason))
    yield key_value_table(pairs, width=width, label_weight=0.45)
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "People drawn, by group")))
    selected = sorted(result.selected, key=lambda p: (p.group or 0, p.cell, p.rank))
    yield from data_tables(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Group")), 0.75, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Volunteer")), 2.0),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Quota cell")), 3.2),
        ],
        [(p.group, _name(notice, p.id), _cell(p.cell)) for p in selected],
        width=width,
    )
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Ranked order in each quota cell")))
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The people drawn come first, then the reserve: a person who declines or does not confirm in time is replaced by the next of the reserve of the same cell, so that every quota still holds.",  # noqa: E501
                )
            )
        ),
        s.muted,
    )
    yield from data_tables(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Quota cell")), 3.0),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Rank")), 0.5, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Volunteer")), 2.0),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Status")), 0.9),
        ],
        [
            (
                _cell(p.cell),
                p.rank,
                _name(notice, p.id),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "drawn"))
                if p.status == SELECTED
                else fmt.tr(QT_TRANSLATE_NOOP("Reports", "reserve")),
            )
            for p in result.placements
        ],
        width=width,
    )
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Checking this draw")))
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    'incubator-app draw verify --pool POOL.csv --quotas QUOTAS.csv --size {size} --groups {groups} --seed "{seed}" --expect RESULT.csv',  # noqa: E501
                ),
                size=notice.inputs.size,
                groups=notice.inputs.groups,
                seed=result.seed,
            )
        ),
        s.muted,
    )


def selected_ids(result: DrawResult) -> Sequence[str]:
    return [p.id for p in result.selected]


def _cell(label: str) -> str:
    """`milieu=rural|statut=pro` → `milieu : rural · statut : pro` (readable, and wraps)."""
    return " · ".join(part.replace("=", " : ", 1) for part in label.split("|"))
