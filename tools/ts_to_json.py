"""Writes the finished translations of a .ts catalogue as the JSON that fill_translations.py reads,
to carry one branch's translations over a merge:

    git show BRANCH:incubator_app/resources/translations/incubator_app_fr.ts > /tmp/theirs.ts
    git checkout --ours incubator_app/resources/translations/incubator_app_fr.ts
    python tools/update_translations.py
    python tools/ts_to_json.py /tmp/theirs.ts > /tmp/theirs.json
    python tools/fill_translations.py fr /tmp/theirs.json
    python tools/update_translations.py --check
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET


def finished(path: str) -> dict[str, dict[str, str | list[str]]]:
    table: dict[str, dict[str, str | list[str]]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None:
                continue
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if all(forms):
                    table.setdefault(name, {})[source] = forms
            elif translation.text:
                table.setdefault(name, {})[source] = translation.text
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", help="a .ts catalogue")
    args = parser.parse_args()
    json.dump(finished(args.ts), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
