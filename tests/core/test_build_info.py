"""The build date of a frozen bundle comes from resources/build-info.json (written at build
time by packaging/incubator-app.spec); a source checkout has none: a development build."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_app import __version__
from incubator_app.build_info import BUILD_INFO_FILE, LICENSES_DIR, build_info

pytestmark = pytest.mark.core


def test_a_source_checkout_is_a_development_build() -> None:
    assert not BUILD_INFO_FILE.exists()  # never committed: the spec writes it into the bundle
    info = build_info()
    assert (info.version, info.build_date, info.frozen) == (__version__, None, False)


def test_the_bundle_file_gives_the_build_date(tmp_path) -> None:
    path = tmp_path / "build-info.json"
    path.write_text('{"build_date": "2026-12-03", "version": "0.1.0"}', encoding="utf-8")
    assert build_info(path).build_date == date(2026, 12, 3)
    path.write_text("not json", encoding="utf-8")
    assert build_info(path).build_date is None


def test_every_licence_the_about_box_names_is_shipped() -> None:
    for name in (
        "GPL-3.0.txt",
        "LGPL-3.0.txt",
        "reportlab-BSD.txt",
        "SQLAlchemy-MIT.txt",
        "THIRD-PARTY.txt",
        "DATA-SOURCES.txt",
    ):
        assert (LICENSES_DIR / name).stat().st_size > 500, name
    third = (LICENSES_DIR / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    for dist in ("alembic", "babel", "psycopg", "openpyxl", "keyring", "tzdata"):
        assert f"\n{dist} " in third, dist
