"""Models and migrations agree; databases are created, upgraded (after a backup) or refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from incubator_app.db import migrate
from incubator_app.db.engine import make_engine, resolve_url
from incubator_app.db.migrate import (
    SchemaState,
    alembic_config,
    open_database,
    schema_comparison_options,
    schema_state,
)
from incubator_app.errors import StorageError
from incubator_app.models import Base

pytestmark = pytest.mark.core


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_build_exactly_the_models(db_url: str) -> None:
    """Upgrading an empty database with Alembic gives the schema the models describe."""
    engine = make_engine(resolve_url(db_url))
    try:
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        with engine.connect() as conn:
            opts = schema_comparison_options()
            context = MigrationContext.configure(conn, opts=opts)
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_schema_head_constant_matches_the_alembic_scripts() -> None:
    assert migrate.scripts_head_revision() == migrate.head_revision()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "current.sqlite3"
    open_database(path).dispose()
    code = (
        "import sys; from incubator_app.db.migrate import open_database; "
        f"open_database({str(path)!r}).dispose(); "
        "print(sorted(m for m in sys.modules if m.startswith('alembic')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_new_database_is_created_and_stamped(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).dispose()
    assert schema_state(path) == (SchemaState.CURRENT, migrate.head_revision())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_foreign_keys_are_enforced(db) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with db.session() as s, pytest.raises(IntegrityError):
        s.execute(
            text(
                "INSERT INTO coach (id, user_id, display_name, external, active, "
                "version_id, created_at, updated_at) VALUES (1, 999, 'x', false, true, 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
        s.flush()


def _future_revision_dir(tmp_path: Path) -> Path:
    """A copy of our migrations plus one newer revision, as the next release would ship."""
    scripts = tmp_path / "alembic"
    shutil.copytree(migrate.ALEMBIC_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_future.py").write_text(
        '"""future"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '9999_future'\ndown_revision = {migrate.head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('cohort') as batch:\n"
        "        batch.add_column(sa.Column('colour', sa.String(7), nullable=True))\n\n\n"
        "def downgrade():\n"
        "    with op.batch_alter_table('cohort') as batch:\n"
        "        batch.drop_column('colour')\n"
    )
    return scripts


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO cohort (name, programme, start_date, version_id, created_at, "
        "updated_at) VALUES ('Promo 2025', 'CAPE', '2025-01-06', 1, '2025-01-06', "
        "'2025-01-06')"
    )
    conn.commit()
    conn.close()

    monkeypatch.setattr(migrate, "ALEMBIC_DIR", _future_revision_dir(tmp_path))
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999_future")
    assert schema_state(path)[0] is SchemaState.OLDER
    database = open_database(path)
    database.dispose()

    assert database.backup_made is not None and database.backup_made.exists()
    backup = sqlite3.connect(database.backup_made)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "9999_future"
    assert backup.execute("SELECT name FROM cohort").fetchone()[0] == "Promo 2025"
    backup.close()
    upgraded = sqlite3.connect(path)
    assert (
        upgraded.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"
    )
    assert upgraded.execute("SELECT name, colour FROM cohort").fetchone() == ("Promo 2025", None)
    upgraded.close()


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'zz_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StorageError, match="newer version"):
        open_database(path)
    assert _digest(path) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Nom;Prenom\nDupont;Hel\xc3\xa8ne\n", "not a database"),
        (b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 200, "damaged"),
    ],
)
def test_garbage_files_are_refused_and_untouched(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StorageError, match=expected):
        open_database(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "garbage.sqlite3"] or sorted(
        p.name for p in tmp_path.iterdir()
    ) == ["garbage.sqlite3"]


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="another application"):
        open_database(path)


def test_read_only_file_and_missing_folder_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    open_database(path).dispose()
    path.chmod(0o444)
    with pytest.raises(StorageError, match="read-only"):
        open_database(path)
    with pytest.raises(StorageError, match="does not exist"):
        open_database(tmp_path / "missing" / "x.sqlite3")
