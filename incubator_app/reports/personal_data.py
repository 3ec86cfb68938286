"""The access export of a person (GDPR art. 15) as a readable PDF:
`build_personal_data_pdf(data, path, locale="fr")`, from services/privacy/access.py
`access_data`. Prints the legal basis of each kind of data, then every row held about the
person, table by table, each as label / value pairs (empty values left out)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import build_pdf, section, subsection
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import Column, data_table, key_value_table, kpi_tiles
from incubator_app.reports.text import escape
from incubator_app.services.privacy.labels import TABLE_LABELS
from incubator_app.services.records import ENTITY_LABELS


def _table_title(table: str, fmt: Formatter) -> str:
    key = TABLE_LABELS.get(table) or ENTITY_LABELS.get(table)
    if key is None:
        return table
    label = fmt.tr(key)
    return label[:1].upper() + label[1:]


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# Bookkeeping of the database, not data about the person (the JSON file has them).
_INTERNAL = {"version_id", "updated_at", "claim_token", "claimed_at", "search_document"}


def _value(value: Any) -> str:
    if isinstance(value, str) and _ISO_DAY.match(value):
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    if isinstance(value, str) and _ISO_INSTANT.match(value):
        instant = datetime.fromisoformat(value)
        if instant.tzinfo is not None:
            instant = instant.astimezone(clock.zone())
        return instant.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    if len(text) > 1500:  # an e-mail's attachment: the JSON file has it whole
        return text[:1500] + " …"
    return text


def build_personal_data_pdf(
    data: dict[str, Any],
    path: str | os.PathLike[str],
    *,
    locale: str = "fr",
    incubator_name: str = "",
) -> Path:
    fmt = Formatter(locale)
    meta = ReportMeta(
        title=fmt.tr(QT_TRANSLATE_NOOP("Reports", "Personal data — {name}"), name=data["name"]),
        incubator_name=incubator_name,
    )
    return build_pdf(path, _story(data, fmt, meta), meta, fmt)


def _story(data: dict[str, Any], fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(
        escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Personal data held about a person"))), s.title
    )
    generated = datetime.fromisoformat(data["generated_at"])
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP("Reports", "{name} — exported on {date} by {login}"),
                name=data["name"],
                date=f"{fmt.date(generated)} {generated:%H:%M}",
                login=data["generated_by"],
            )
        ),
        s.subtitle,
    )
    tables = data["tables"]
    yield kpi_tiles(
        [
            (str(len(tables)), fmt.tr(QT_TRANSLATE_NOOP("Reports", "Kinds of records"))),
            (
                str(sum(len(r) for r in tables.values())),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Records")),
            ),
            (
                str(len(tables.get("document", []))),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Documents")),
            ),
        ],
        width=width,
    )
    yield Spacer(1, 0.3 * cm)
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The same data, machine-readable, is in personal-data.json and in one CSV "
                    "file per kind of record (folder csv); the documents are in the folder "
                    "documents.",
                )
            )
        ),
        s.muted,
    )
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Why we hold it and for how long")))
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Data")), 2.0),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Legal basis")), 1.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Purpose")), 2.2),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Kept")), 1.8),
        ],
        [
            [
                fmt.tr(("Privacy", k["data"])),
                fmt.tr(("Privacy", k["basis"])),
                fmt.tr(("Privacy", k["purpose"])),
                fmt.tr(("Privacy", k["retention"])),
            ]
            for k in data["legal_basis"]
        ],
        width=width,
    )
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "What we hold")))
    # The person's own record first, then the rest in the order of the database.
    own = data["person"]["kind"]
    for table in sorted(tables, key=lambda t: t != own):
        rows = tables[table]
        yield subsection(f"{_table_title(table, fmt)} ({len(rows)})")
        for row in rows:
            pairs = [
                (k, _value(v)) for k, v in row.items() if v not in (None, "") and k not in _INTERNAL
            ]
            yield key_value_table(pairs, width=width, label_weight=1.3, columns=2)
            yield Spacer(1, 0.2 * cm)
