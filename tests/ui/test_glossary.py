"""One glossary (incubator_app/glossary.py, docs/glossary.md): a stage reads the same on the
screens, in the PDFs and in the exports, because the three read one table, not copies of it."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication

from incubator_app import glossary
from incubator_app.models.vocabulary import ExitType, PathwayStage, SessionMode
from incubator_app.reports import labels as report_labels
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.translate import translate
from incubator_app.services.entrepreneurs import export
from incubator_app.ui.app import install_translators
from incubator_app.ui.entrepreneurs.labels import exit_type_label, stage_label

PACKAGE = Path(glossary.__file__).parent
GLOSSARY_DOC = PACKAGE.parent / "docs" / "glossary.md"


def _export_stage(stage: PathwayStage, lang: str) -> str:
    (column,) = [c for c in export.COLUMNS if c.header == ("Export", "Stage")]
    return column.value(SimpleNamespace(stage=stage), lambda m: translate(m, lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_stage_reads_the_same_on_screen_in_pdfs_and_in_exports(qapp, lang) -> None:
    install_translators(qapp, lang)
    fmt = Formatter(lang)
    for stage in PathwayStage:
        on_screen = stage_label(stage)
        assert on_screen == report_labels.label(fmt, "stage", stage) == _export_stage(stage, lang)
        assert on_screen == translate(glossary.STAGES[stage], lang)
    for kind in ExitType:
        assert exit_type_label(kind) == report_labels.label(fmt, "exit", kind)
    for mode in SessionMode:
        assert QCoreApplication.translate(*glossary.term(mode)) == report_labels.label(
            fmt, "mode", mode
        )
    if lang == "fr":  # the couveuse's words, not "Incubé" / "Diplômé"
        assert stage_label(PathwayStage.INCUBATED) == "En couveuse"
        assert stage_label(PathwayStage.GRADUATED) == "Parcours achevé"


def test_the_pdfs_and_the_exports_read_the_glossary_table_itself() -> None:
    for stage, key in glossary.STAGES.items():
        assert report_labels._LABELS[f"stage.{stage.value}"] is key
        assert export._STAGES[stage.value] is key


def _translatable_sources(path: Path) -> set[str]:
    """The source texts of the translate / tr / QT_TRANSLATE_NOOP calls of a module."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        if name not in ("translate", "tr", "QT_TRANSLATE_NOOP"):
            continue
        found.update(
            arg.value
            for arg in node.args
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        )
    return found


def test_no_module_keeps_its_own_copy_of_the_stage_names() -> None:
    stage_sources = {source for _context, source in glossary.STAGES.values()}
    copies = {
        f"{path.relative_to(PACKAGE.parent)}: {source}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "glossary.py"
        for source in _translatable_sources(path) & stage_sources
    }
    assert not copies, "stage names belong to incubator_app/glossary.py only"


def test_the_glossary_document_lists_every_stage_in_both_languages() -> None:
    from incubator_app.i18n import TRANSLATIONS_DIR, load_ts_catalog

    french = load_ts_catalog(TRANSLATIONS_DIR / "incubator_app_fr.ts")
    text = GLOSSARY_DOC.read_text(encoding="utf-8")
    for key in glossary.STAGES.values():
        assert f"| {french[key]} | {key[1]} |" in text, key
