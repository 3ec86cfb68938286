"""Writes incubator_app/resources/licenses/: the licence texts of the bundled components, shown
by Help › About and shipped inside the frozen build.

    .venv/bin/python packaging/collect_licenses.py

Run it after a dependency changes (the texts come from the installed wheels' dist-info and, for
the GNU licences, from Debian's /usr/share/common-licenses); commit the result.
"""

from __future__ import annotations

import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "incubator_app" / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")

# Components with their own file (named in the About box).
OWN = {"reportlab": "reportlab-BSD.txt", "SQLAlchemy": "SQLAlchemy-MIT.txt"}
# Every other Python distribution the build bundles: THIRD-PARTY.txt.
OTHERS = (
    "alembic",
    "argon2-cffi",
    "argon2-cffi-bindings",
    "babel",
    "cffi",
    "et-xmlfile",
    "keyring",
    "jaraco.classes",
    "jaraco.context",
    "jaraco.functools",
    "jeepney",
    "Mako",
    "MarkupSafe",
    "more-itertools",
    "openpyxl",
    "platformdirs",
    "psycopg",
    "psycopg-binary",
    "pycparser",
    "python-dateutil",
    "python-stdnum",
    "rapidfuzz",
    "SecretStorage",
    "typing_extensions",
    "tzdata",
)


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    names = ("licen", "copying")
    return sorted(
        Path(str(dist.locate_file(f)))
        for f in dist.files or ()
        if ".dist-info" in str(f) and any(n in f.name.lower() for n in names)
    )


def _licence_line(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    lines = (meta.get("License-Expression") or meta.get("License") or "").splitlines()
    classifiers = [
        c.rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or ()
        if c.startswith("License ::")
    ]
    return lines[0] if lines else ", ".join(classifiers) or "see below"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copy(COMMON / "GPL-3", OUT / "GPL-3.0.txt")
    shutil.copy(COMMON / "LGPL-3", OUT / "LGPL-3.0.txt")
    for name, target in OWN.items():
        dist = metadata.distribution(name)
        text = "\n".join(p.read_text(encoding="utf-8") for p in _licence_files(dist))
        (OUT / target).write_text(f"{name} {dist.version}\n\n{text}", encoding="utf-8")
    parts = [
        "Other components bundled in the frozen build, with their licences.\n"
        "Python itself: PSF-2.0 (https://docs.python.org/3/license.html).\n"
        "psycopg-binary also bundles libpq (PostgreSQL licence) and OpenSSL (Apache-2.0).\n"
    ]
    for name in OTHERS:
        dist = metadata.distribution(name)
        parts.append(f"\n{'=' * 78}\n{name} {dist.version} ({_licence_line(dist)})\n{'=' * 78}\n")
        parts.extend(p.read_text(encoding="utf-8", errors="replace") for p in _licence_files(dist))
    (OUT / "THIRD-PARTY.txt").write_text("\n".join(parts), encoding="utf-8")
    print(f"licences written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
