"""Our PDF step against a bare reportlab document with the same tables, charts and pages (issue 12).

    .venv/bin/python benchmarks/pdf_vs_bare.py [--db benchmarks/data/incubator.sqlite3]
        [--runs 15] [--profile]

The report data is loaded once (the busiest entrepreneur of the database); only the PDF step is
timed. **Ours** is `build_entrepreneur_report(data, …)`, the call the CLI and the Reports page
make (the funder report is not measured here yet). **Bare** is what a plain reportlab script
would write with the same content: our story is walked once beforehand and reduced to its texts
(every paragraph's text, every table's cells as plain strings with the same column widths, every
chart's `Drawing` object, the same spacers and page breaks); each bare run builds `Paragraph`s
with one style, `Table`s with a one-line style (font, grid) and `repeatRows=1` whose cells are
plain strings, or a `Paragraph` when wider than their column (else the text would run out of
the table and the document would have fewer pages), in a `SimpleDocTemplate` with the same margins
and font (DejaVu Sans, embedded: the reports need it for French and the euro sign) and a one-pass
"page N" footer. A and B alternate (A B A B …) in one process, after one warm-up each, so the load
of a shared machine falls on both: compare the ratio, not the milliseconds. `--profile` prints a
cProfile of ours instead.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import func, select  # noqa: E402

from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.models import SessionParticipant  # noqa: E402
from incubator_app.reports import page as page_mod  # noqa: E402
from incubator_app.reports.fonts import FAMILY, register_fonts  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402


def _entrepreneur(db):
    from incubator_app.reports import entrepreneur_report as er
    from incubator_app.reports.formatting import Formatter
    from incubator_app.services.reporting.entrepreneur_report import entrepreneur_report_data

    with db.session() as session:
        busiest = session.execute(
            select(SessionParticipant.entrepreneur_id, func.count())
            .group_by(SessionParticipant.entrepreneur_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()[0]
        data = entrepreneur_report_data(session, busiest, actor=Actor.system())

    def ours(out: Path) -> None:
        er.build_entrepreneur_report(data, out, locale="fr")

    def story():
        fmt = Formatter("fr")
        meta = page_mod.ReportMeta(title="x", incubator_name=data.incubator_name)
        return list(er._story(data, fmt, meta))

    return f"entrepreneur #{busiest} ({len(data.sessions)} sessions)", ours, story


def _plain(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, Paragraph):
        return cell.getPlainText()
    if isinstance(cell, list | tuple):
        return " ".join(_plain(c) for c in cell)
    return ""


def skeleton(flowables) -> list[tuple]:
    """Our story reduced to what a bare script would print."""
    out: list[tuple] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += skeleton(f._content)
        elif isinstance(f, Table):
            rows = [[_plain(c) for c in row] for row in f._cellvalues]
            out.append(("table", rows, list(f._argW)))
        elif isinstance(f, Paragraph):
            out.append(("para", f.getPlainText()))
        elif isinstance(f, Drawing):
            out.append(("drawing", f))
        elif isinstance(f, Spacer):
            out.append(("spacer", f.height))
        elif isinstance(f, PageBreak):
            out.append(("pagebreak",))
        elif isinstance(f, CondPageBreak):
            out.append(("condpagebreak", f.height))
    return out


def _fits(text: str, width: float) -> bool:
    return all(stringWidth(line, FAMILY, 8.5) <= width - 8 for line in text.split("\n"))


def bare(skel: list[tuple], out: Path) -> None:
    register_fonts()
    body = ParagraphStyle("body", fontName=FAMILY, fontSize=9, leading=12)
    cell = ParagraphStyle("cell", fontName=FAMILY, fontSize=8.5, leading=11)
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FAMILY, 8.5, 11),
            ("GRID", (0, 0), (-1, -1), 0.4, "#999999"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    story = []
    for item in skel:
        kind = item[0]
        if kind == "para":
            story.append(Paragraph(escape(item[1]), body))
        elif kind == "table":  # a cell wider than its column wraps, as in any script
            rows = [
                [
                    c if _fits(c, w) else Paragraph(escape(c).replace("\n", "<br/>"), cell)
                    for c, w in zip(row, item[2], strict=True)
                ]
                for row in item[1]
            ]
            story.append(Table(rows, colWidths=item[2], repeatRows=1, style=style))
        elif kind == "drawing":  # reused across runs: forget a past run's page move
            item[1].__dict__.pop("_postponed", None)
            story.append(item[1])
        elif kind == "spacer":
            story.append(Spacer(1, item[1]))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "condpagebreak":
            story.append(CondPageBreak(item[1]))

    def footer(canv, doc) -> None:
        canv.setFont(FAMILY, 8)
        canv.drawRightString(doc.pagesize[0] - page_mod.MARGIN_X, 30, f"Page {doc.page}")

    doc = SimpleDocTemplate(
        str(out),
        # SimpleDocTemplate's frame pads by 6 pt: the same text width as ours.
        leftMargin=page_mod.MARGIN_X - 6.01,
        rightMargin=page_mod.MARGIN_X - 6.01,
        topMargin=page_mod.MARGIN_TOP - 6,
        bottomMargin=page_mod.MARGIN_BOTTOM - 6,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def pages(path: Path) -> int:
    return Path(path).read_bytes().count(b"/Type /Page\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "data" / "incubator.sqlite3"))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", choices=["entrepreneur"])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    db = open_database(args.db)
    makers = {"entrepreneur": _entrepreneur}
    if args.only:
        makers = {args.only: makers[args.only]}
    lines = [
        "| report | pages ours / bare | ours (ms) | bare (ms) | ours / bare | load avg (1 min) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "ours.pdf", Path(tmp) / "bare.pdf"
        for name, make in makers.items():
            try:
                title, ours, story = make(db)
            except Exception as exc:  # noqa: BLE001 - report and go on with the others
                lines.append(f"| {name} | — | — | — | {type(exc).__name__}: {exc} | |")
                continue
            skel = skeleton(story())
            ours(a)
            bare(skel, b)
            if args.profile:
                profile = cProfile.Profile()
                profile.enable()
                for _ in range(args.runs):
                    ours(a)
                profile.disable()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
                continue
            ta, tb = [], []
            for _ in range(args.runs):
                t = time.perf_counter()
                ours(a)
                ta.append(time.perf_counter() - t)
                t = time.perf_counter()
                bare(skel, b)
                tb.append(time.perf_counter() - t)
            ma, mb = statistics.median(ta), statistics.median(tb)
            load = os.getloadavg()[0]
            lines.append(
                f"| {title} | {pages(a)} / {pages(b)} | {ma * 1000:.0f} | {mb * 1000:.0f} "
                f"| {ma / mb:.2f} | {load:.1f} |"
            )
    if not args.profile:
        print(
            f"- {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, --runs {args.runs}, db {Path(args.db).name}"
        )
        print("\n".join(lines))


if __name__ == "__main__":
    main()
