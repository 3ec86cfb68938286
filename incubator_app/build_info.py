"""What this copy of the application is: its version, and the date of its build when it is a
frozen bundle (PyInstaller writes `resources/build-info.json` at build time; a source checkout
has none and is a development build). No Qt: the CLI and the About box both read it."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from incubator_app import __version__

BUILD_INFO_FILE = Path(__file__).resolve().parent / "resources" / "build-info.json"
LICENSES_DIR = Path(__file__).resolve().parent / "resources" / "licenses"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    build_date: date | None  # None: a development build (source checkout)
    frozen: bool


def build_info(path: Path = BUILD_INFO_FILE) -> BuildInfo:
    frozen = bool(getattr(sys, "frozen", False))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        built = date.fromisoformat(data["build_date"])
    except (OSError, ValueError, KeyError, TypeError):
        built = None
    return BuildInfo(__version__, built, frozen)


def library_versions() -> dict[str, str]:
    """Versions of the bundled libraries the About box names (read from the modules: a frozen
    build carries no package metadata)."""
    import reportlab
    import sqlalchemy

    return {"reportlab": reportlab.Version, "SQLAlchemy": sqlalchemy.__version__}
