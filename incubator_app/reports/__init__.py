"""Report toolkit: reportlab PDF building blocks fed plain data (no Qt, no ORM objects).

Public API (import from `incubator_app.reports`):

- `Formatter(lang)` — `money(cents)`, `date(d)`, `month(d)`, `hours(minutes)`, `quantity(h)`,
  `percent(bp)`, `time(t)`, and `tr(QT_TRANSLATE_NOOP("Reports", "…"), **params)` for report
  texts in the report's language ("fr" or "en"), whatever the app's language.
- `ReportMeta(title, incubator_name, logo_path=None, subtitle="", generated_on=today,
  landscape=False)` — running header (logo + name + title) and footer (`page X / Y`, date);
  `meta.content_width` is the width tables and charts should use.
- `build_pdf(path, flowables, meta, fmt, cover=Cover(lines=[(label, value), …]))` — writes
  atomically (temp file + rename); `flowables` may be a generator (streamed).
- `section(title)`, `subsection(title)`, `paragraph(user_text)`, `figure(title, drawing)`;
  `escape(text)` and `markup("<b>{x}</b>", x=user_text)` for your own Paragraph markup;
  `get_styles()`, `Palette`.
- Tables: `data_table(columns, rows, width=…, total_row=None)` (header repeats on every page,
  zebra rows), `data_tables(...)` (streams a long table in chunks), `key_value_table(pairs, …)`,
  `kpi_tiles([(value, label), …], width=…)`, `Column(title, weight, align="right")`.
- Charts: `bar_chart(categories, [Series(name, values)], width=…, horizontal=False)`,
  `line_chart(...)`, `pie_chart([(label, value), …], width=…)` — vector `Drawing`s.

Example:

    from incubator_app.i18n import QT_TRANSLATE_NOOP
    from incubator_app.reports import (
        Column, Cover, Formatter, ReportMeta, Series, bar_chart, build_pdf, data_table, section,
    )

    fmt = Formatter("fr")
    meta = ReportMeta(title="Rapport financeur 2026", incubator_name="Couveuse Cado",
                      logo_path=None, subtitle="Région Sud — convention 2026-14")
    columns = [Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Beneficiary")), 3),
               Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Hours")), 1, align="right")]
    rows = ((b.name, fmt.hours(b.minutes)) for b in beneficiaries)   # plain data, escaped for you
    story = [
        section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Coaching hours"))),
        bar_chart(["janv.", "févr."], [Series("Heures", [3.5, 6])], width=meta.content_width),
        data_table(columns, rows, width=meta.content_width),
    ]
    build_pdf("rapport.pdf", story, meta, fmt,
              cover=Cover(lines=[("Période", "01/01/2026 – 31/12/2026")]))
"""

from __future__ import annotations

from incubator_app.reports.charts import Series, bar_chart, line_chart, pie_chart
from incubator_app.reports.document import (
    Cover,
    build_pdf,
    figure,
    paragraph,
    section,
    subsection,
)
from incubator_app.reports.fonts import register_fonts
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import Palette, get_styles
from incubator_app.reports.tables import (
    Column,
    data_table,
    data_tables,
    key_value_table,
    kpi_tiles,
)
from incubator_app.reports.text import escape, markup, para

__all__ = [
    "Column",
    "Cover",
    "Formatter",
    "Palette",
    "ReportMeta",
    "Series",
    "bar_chart",
    "build_pdf",
    "data_table",
    "data_tables",
    "escape",
    "figure",
    "get_styles",
    "key_value_table",
    "kpi_tiles",
    "line_chart",
    "markup",
    "para",
    "paragraph",
    "pie_chart",
    "register_fonts",
    "section",
    "subsection",
]
