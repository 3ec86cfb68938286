"""Colours, paragraph styles and table styles shared by every report."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from incubator_app.reports.fonts import BOLD, register_fonts


class Palette:
    """A sober palette: deep teal accent, warm secondary colours for charts."""

    ink = colors.HexColor("#1f2933")
    muted = colors.HexColor("#616e7c")
    accent = colors.HexColor("#0b6e73")
    accent_light = colors.HexColor("#e3f1f1")
    rule = colors.HexColor("#cbd2d9")
    zebra = colors.HexColor("#f5f7fa")
    header_bg = colors.HexColor("#0b6e73")
    header_fg = colors.white
    ok = colors.HexColor("#2f855a")
    warn = colors.HexColor("#c05621")
    bad = colors.HexColor("#c53030")
    neutral = colors.HexColor("#7b8794")
    # Chart series, distinguishable in greyscale prints too.
    series = (
        colors.HexColor("#0b6e73"),
        colors.HexColor("#e07a5f"),
        colors.HexColor("#3d5a80"),
        colors.HexColor("#f2cc8f"),
        colors.HexColor("#81b29a"),
        colors.HexColor("#9c6644"),
        colors.HexColor("#98c1d9"),
        colors.HexColor("#6d597a"),
    )


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_header: ParagraphStyle
    cell_header_right: ParagraphStyle
    label: ParagraphStyle
    kpi_value: ParagraphStyle
    kpi_label: ParagraphStyle


@lru_cache(maxsize=1)
def get_styles() -> ReportStyles:
    family = register_fonts()
    base = ParagraphStyle(
        "body", fontName=family, fontSize=9.5, leading=13, textColor=Palette.ink, alignment=TA_LEFT
    )
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
    header = ParagraphStyle("cell_header", parent=cell, fontName=BOLD, textColor=Palette.header_fg)
    return ReportStyles(
        title=ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=22,
            leading=27,
            textColor=Palette.accent,
            spaceAfter=6,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=base, fontSize=12, leading=16, textColor=Palette.muted, spaceAfter=12
        ),
        h1=ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=Palette.accent,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=0,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            textColor=Palette.ink,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=0,
        ),
        body=ParagraphStyle("body_text", parent=base, spaceAfter=4),
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        muted=ParagraphStyle(
            "muted", parent=base, fontSize=8.5, leading=11, textColor=Palette.muted
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_header=header,
        cell_header_right=ParagraphStyle("cell_header_right", parent=header, alignment=TA_RIGHT),
        label=ParagraphStyle("label", parent=cell, textColor=Palette.muted),
        kpi_value=ParagraphStyle(
            "kpi_value",
            parent=base,
            fontName=BOLD,
            fontSize=18,
            leading=22,
            textColor=Palette.accent,
            alignment=TA_CENTER,
        ),
        kpi_label=ParagraphStyle(
            "kpi_label",
            parent=base,
            fontSize=8,
            leading=10,
            textColor=Palette.muted,
            alignment=TA_CENTER,
        ),
    )
