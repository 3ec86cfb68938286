"""The frozen build (packaging/incubator-app.spec) and the wheel (pyproject.toml's package-data)
carry every data file of the package: a resource added without a pattern would be missing from
the installed or frozen app only, where no test of the source tree would see it."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

pytestmark = pytest.mark.core

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "incubator_app"


def _data_files() -> list[str]:
    files = []
    for folder in ("resources", "db/alembic"):
        for path in (PACKAGE / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                files.append(path.relative_to(PACKAGE).as_posix())
    return sorted(f for f in files if f != "resources/build-info.json")


def _spec_patterns() -> list[str]:
    spec = (ROOT / "packaging" / "incubator-app.spec").read_text(encoding="utf-8")
    block = spec[spec.index("for pattern in (") : spec.index("):", spec.index("for pattern in ("))]
    return re.findall(r'"([^"]+)"', block)


def _uncovered(patterns: list[str]) -> list[str]:
    return [f for f in _data_files() if not any(fnmatch(f, p) for p in patterns)]


def test_the_spec_bundles_every_data_file() -> None:
    patterns = _spec_patterns()
    assert "db/alembic/versions/*.py" in patterns
    assert _uncovered(patterns) == []


def test_the_wheel_ships_every_data_file() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["incubator_app"]
    # The mako template is Alembic's, for `alembic revision` from a checkout only.
    assert _uncovered(patterns) == ["db/alembic/script.py.mako"]
