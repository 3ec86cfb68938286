"""Fills untranslated messages of a .ts catalogue from JSON files of translations.

    python tools/update_translations.py                 # collect new strings first
    python tools/fill_translations.py fr new-strings.json [more.json ...]   # or it, es
    python tools/update_translations.py --check         # compile, and fail if any is missing

Each JSON file maps contexts to {source text: translation}:
    {"EntrepreneursPage": {"&Import…": "&Importer…", "%n row(s)": ["%n ligne", "%n lignes"]}}
Only messages still marked unfinished (or empty) are filled; reviewed translations are kept,
unless --replace is given (corrections: an entry under its own context replaces the reviewed one).
It prints the messages that are still missing, so several contributors can send their strings
as plain JSON instead of editing the XML catalogue at the same time.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "incubator_app/resources/translations"


def _set(translation: ET.Element, text: str | list[str], *, numerus: bool) -> None:
    """Plural messages (`tr("%n item(s)", "", n)`) take one <numerusform> per plural form of
    the language, as many as lupdate wrote (French, Italian, Spanish: two, one and many); a JSON
    list gives them in order (the last one repeats if short), a string serves every form."""
    translation.attrib.pop("type", None)
    count = len(translation.findall("numerusform")) or 2
    for child in list(translation):
        translation.remove(child)
    if not numerus:
        translation.text = text if isinstance(text, str) else text[0]
        return
    translation.text = None
    forms = [text] if isinstance(text, str) else list(text)
    forms = (forms + [forms[-1]] * count)[:count]
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form


def fill(
    ts_file: Path, table: dict[str, dict[str, str | list[str]]], *, replace: bool = False
) -> tuple[int, list[str]]:
    tree = ET.parse(ts_file)
    filled, missing = 0, []
    by_source: dict[str, str | list[str]] = {}  # same text in another context: a safe fallback
    for strings in table.values():
        by_source.update(strings)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", type="unfinished")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            if kind != "unfinished" and (translation.text or len(translation)):
                # Reviewed: only an entry of this very context replaces it, and only on request.
                text = table.get(name, {}).get(source) if replace else None
                if text:
                    _set(translation, text, numerus=message.get("numerus") == "yes")
                    filled += 1
                continue
            text = table.get(name, {}).get(source) or by_source.get(source)
            if text:
                _set(translation, text, numerus=message.get("numerus") == "yes")
                filled += 1
            else:
                missing.append(f"{name}: {source}")
    ET.indent(tree)
    with open(ts_file, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return filled, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", help="language code of the catalogue, e.g. fr")
    parser.add_argument("json_files", nargs="+", type=Path)
    parser.add_argument(
        "--replace",
        action="store_true",
        help="also replace reviewed translations named with their context (corrections)",
    )
    args = parser.parse_args(argv)
    table: dict[str, dict[str, str | list[str]]] = {}
    for path in args.json_files:
        for context, strings in json.loads(path.read_text(encoding="utf-8")).items():
            table.setdefault(context, {}).update(strings)
    ts_file = TRANSLATIONS / f"incubator_app_{args.language}.ts"
    filled, missing = fill(ts_file, table, replace=args.replace)
    print(f"{filled} messages filled; {len(missing)} still untranslated")
    for line in missing:
        print(f"  {line}")
    return 0 if not missing else 1


if __name__ == "__main__":
    sys.exit(main())
