"""The core half of the selftest (what the frozen build must do besides windows)."""

from __future__ import annotations

import pytest

from incubator_app.db.migrate import head_revision
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg, set_core_language
from incubator_app.selfcheck import check_core_translations, check_migrations

pytestmark = pytest.mark.core

KEY = QT_TRANSLATE_NOOP("Cli", "--db is required for this command.")


def test_migrations_build_an_empty_sqlite_file_to_the_head(tmp_path) -> None:
    assert check_migrations(tmp_path) == head_revision()
    assert (tmp_path / "selftest-migrated.sqlite3").stat().st_size > 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_catalogue_check_gives_back_the_callers_language(lang) -> None:
    set_core_language(lang)
    before = str(msg(KEY))
    try:
        check_core_translations()
        assert str(msg(KEY)) == before
    finally:
        set_core_language("en")
