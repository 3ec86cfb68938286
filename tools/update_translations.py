"""Collects every translatable string of incubator_app into the Qt Linguist .ts files, then
compiles them to .qm.

One mechanism for the whole app: lupdate reads the UI's `self.tr(...)` /
`QCoreApplication.translate(...)` AND the core's `QT_TRANSLATE_NOOP("Context", "...")` marks
(incubator_app.i18n), because it recognises that function name in Python sources too.
lupdate only parses .py files it is GIVEN: scanning a folder (even with `-extensions py`) finds
nothing, so we list every module of the package in a list file and pass `@list`.

    python tools/update_translations.py            # update .ts, compile .qm
    python tools/update_translations.py --check    # also fail if a message is untranslated

Every language is checked; the last line sums up each one ("it: 2091/2100 translated").
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "incubator_app"
TRANSLATIONS = PACKAGE / "resources" / "translations"
# English is the source language: only the other languages need a .ts file.
LANGUAGES = ("fr", "it", "es")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python first (a venv), then on PATH."""
    for folder in (Path(sys.executable).parent,):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def untranslated(ts_file: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if translation is None or kind == "unfinished" or not (translation.text or ""):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on untranslated messages")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(sources) + "\n")
    try:
        return _update(Path(lst.name), check=args.check)
    finally:
        Path(lst.name).unlink(missing_ok=True)


_FIELD = re.compile(r"\{(\w*)\}|%(?:n|\d)")
_MNEMONIC = re.compile(r"&(?!&)")


def _fields(text: str) -> list[str]:
    return sorted(
        _FIELD.findall(text.replace("{{", "").replace("}}", "")) + re.findall(r"%[n\d]", text)
    )


def broken(ts_file: Path) -> list[str]:
    """Translations that would break at run time or in use: a `{field}`, `%n` or `%1` of the
    source missing or added (str.format raises, a count disappears), or two `&` mnemonics."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in forms:
                if not text:
                    continue
                if _fields(text) != _fields(source):
                    found.append(f"{name}: {source!r} -> {text!r}: fields differ")
                elif len(_MNEMONIC.findall(text.replace("&&", ""))) > 1:
                    found.append(f"{name}: {source!r} -> {text!r}: two mnemonics")
    return found


def total(ts_file: Path) -> int:
    """Messages of the catalogue that need a translation (not the obsolete ones)."""
    count = 0
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        count += kind not in ("obsolete", "vanished")
    return count


def _update(source_list: Path, *, check: bool) -> int:
    status = 0
    summary: list[str] = []
    for lang in LANGUAGES:
        ts_file = TRANSLATIONS / f"incubator_app_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                f"@{source_list}",
                "-no-obsolete",  # strings removed from the code leave the catalogue
                "-locations",
                "none",  # stable diffs while several people add strings in parallel
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(ts_file),
            ],
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
            check=True,
        )
        missing = untranslated(ts_file)
        if missing:
            print(f"{ts_file.name}: {len(missing)} untranslated message(s):")
            for line in missing:
                print(f"  {line}")
            if check:
                status = 1
        bad = broken(ts_file)
        if bad:
            print(f"{ts_file.name}: {len(bad)} broken translation(s):")
            for line in bad:
                print(f"  {line}")
            if check:
                status = 1
        summary.append(f"{lang}: {total(ts_file) - len(missing)}/{total(ts_file)} translated")
    print("; ".join(summary))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
