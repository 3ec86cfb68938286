"""The command line: success paths, and every bad input gives one line on stderr, exit 2,
and changes nothing on disk."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_accounts import CLI_LOGIN, CLI_PASSWORD, add_cli_account, passwords_on_stdin
from sqlalchemy import select

from incubator_app.cli import main
from incubator_app.db.migrate import open_database
from incubator_app.models import User

pytestmark = pytest.mark.core


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    path = tmp_path / "base.sqlite3"
    assert main(["migrate", "--db", str(path), "--lang", "en"]) == 0
    return path


def test_migrate_creates_then_check_reports(fresh_db: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["check", "--db", str(fresh_db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out
    assert "current" in out
    assert "entrepreneur" in out


def test_check_counts_rows_in_the_messages_language(fresh_db: Path, capsys) -> None:
    with sqlite3.connect(fresh_db) as conn:
        conn.executemany(
            "INSERT INTO discipline (code, label, position, active, version_id, created_at, "
            "updated_at) VALUES (?, ?, 0, 1, 1, '2026-11-18 09:00', '2026-11-18 09:00')",
            [(f"d{i}", f"Discipline {i}") for i in range(1234)],
        )
    counts = {}
    for lang in ("fr", "en", "it", "es"):
        capsys.readouterr()
        assert main(["check", "--db", str(fresh_db), "--lang", lang]) == 0
        line = next(x for x in capsys.readouterr().out.splitlines() if " discipline " in x + " ")
        counts[lang] = line.split("discipline", 1)[1].strip()
    # French groups thousands with a (narrow) no-break space, English with a comma.
    assert counts["fr"].replace("\u202f", " ").replace("\xa0", " ").startswith("1 2")
    assert counts["en"].startswith("1,2")
    assert counts["fr"][-3:] == counts["en"][-3:]
    # Italian and Spanish group with a dot.
    assert counts["it"].startswith("1.2") and counts["es"].startswith("1.2")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "n’existe pas"),
        ("en", "does not exist"),
        ("it", "non esiste"),
        ("es", "no existe"),
    ],
)
def test_messages_follow_lang_before_or_after_the_command_or_the_environment(
    tmp_path: Path, capsys, monkeypatch, lang: str, expected: str
) -> None:
    missing = str(tmp_path / "none.sqlite3")
    for args in (
        ["--lang", lang, "check", "--db", missing],
        ["check", "--lang", lang, "--db", missing],
    ):
        assert main(args) == 2
        assert expected in _one_line_error(capsys), args
    monkeypatch.delenv("INCUBATOR_APP_LANG", raising=False)
    monkeypatch.setenv("LANG", f"{lang}_XX.UTF-8")
    assert main(["check", "--db", missing]) == 2
    assert expected in _one_line_error(capsys)


def test_check_on_postgresql_or_sqlite_url(db_url: str, db, capsys) -> None:
    assert main(["check", "--db", db_url, "--lang", "en"]) == 0
    assert "coaching_session" in capsys.readouterr().out


def test_user_add_reads_password_from_stdin(fresh_db: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("long-enough-secret\n"))
    code = main(
        [
            "user",
            "add",
            "--db",
            str(fresh_db),
            "--login",
            "claire",
            "--role",
            "coach",
            "--name",
            "Claire Coach",
            "--lang",
            "en",
        ]
    )
    assert code == 0, capsys.readouterr().err
    conn = sqlite3.connect(fresh_db)
    assert conn.execute("SELECT login, role FROM user_account").fetchall() == [("claire", "coach")]
    # A coach account comes with its coach profile.
    assert conn.execute("SELECT display_name FROM coach").fetchall() == [("Claire Coach",)]
    conn.close()


def _user_add(db: str, login: str, role: str, *extra: str) -> int:
    return main(
        ["user", "add", "--db", db, "--login", login, "--role", role, "--lang", "en", *extra]
    )


def _logins(db: str) -> list[str]:
    database = open_database(db, create=False, upgrade=False)
    try:
        with database.session() as session:
            return list(session.scalars(select(User.login).order_by(User.login)))
    finally:
        database.dispose()


def test_user_add_needs_an_admin_once_the_database_has_an_account(
    db_url: str, db, monkeypatch, capsys
) -> None:
    """Issue 20 §3: `user add --login mallory --role admin` must not succeed without signing in,
    on the SQLite file as on a PostgreSQL URL (the suite runs on both)."""
    passwords_on_stdin(monkeypatch, "first-admin-secret")
    assert _user_add(db_url, "first", "admin") == 0  # first-run setup: no account to sign in
    passwords_on_stdin(monkeypatch, "mallory-secret")
    capsys.readouterr()
    assert _user_add(db_url, "mallory", "admin") == 2
    assert "--user LOGIN is required" in _one_line_error(capsys)
    passwords_on_stdin(monkeypatch, "not-the-password", "mallory-secret")
    assert _user_add(db_url, "mallory", "admin", "--user", "first") == 2
    assert _one_line_error(capsys) == "incubator-app: Wrong login or password."
    passwords_on_stdin(monkeypatch, "first-admin-secret", "coach-secret")
    assert _user_add(db_url, "claire", "coach", "--user", "first") == 0
    passwords_on_stdin(monkeypatch, "coach-secret", "mallory-secret")
    capsys.readouterr()
    assert _user_add(db_url, "mallory", "admin", "--user", "claire") == 2
    assert "may not do this" in _one_line_error(capsys)
    assert _logins(db_url) == ["claire", "first"]
    # The account the admin made signs in with the second line it was given (refused for its
    # role, not for its password).
    passwords_on_stdin(monkeypatch, "coach-secret", "x")
    assert _user_add(db_url, "y", "viewer", "--user", "claire") == 2  # a coach, yet signed in
    assert "may not do this" in _one_line_error(capsys)


def test_user_add_without_a_password_line_is_one_line(fresh_db: Path, monkeypatch, capsys) -> None:
    add_cli_account(str(fresh_db))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    capsys.readouterr()
    assert _user_add(str(fresh_db), "x", "staff", "--user", CLI_LOGIN) == 2
    assert "No password on stdin" in _one_line_error(capsys)
    assert _logins(str(fresh_db)) == [CLI_LOGIN]


def test_backup_writes_a_readable_copy(fresh_db: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    user = add_cli_account(str(fresh_db))
    passwords_on_stdin(monkeypatch, CLI_PASSWORD)
    out = tmp_path / "copy.zip"
    assert main(["backup", "--db", str(fresh_db), "-o", str(out), "--lang", "en", *user]) == 0
    assert "It holds the database and 0 document(s)." in capsys.readouterr().out
    copy = tmp_path / "copy.sqlite3"
    with zipfile.ZipFile(out) as archive:
        copy.write_bytes(archive.read("database.sqlite3"))
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert main(["backup", "--db", str(fresh_db), "--lang", "en", *user]) == 0
    assert len(list((fresh_db.parent / "backups").glob("base-backup-*.zip"))) == 1


def _newer(fresh_db: Path) -> Path:
    conn = sqlite3.connect(fresh_db)
    conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    conn.commit()
    conn.close()
    return fresh_db


BAD_CASES = [
    (case, command)
    for case in ("text_file", "missing_folder", "read_only", "newer_schema")
    for command in ("migrate", "check", "backup", "demo", "user")
    # check only reads: a read-only file is fine for it (see the test below).
    if (case, command) != ("read_only", "check")
]


@pytest.mark.parametrize(("case", "command"), BAD_CASES)
def test_bad_databases_give_one_line_and_exit_2(
    case: str, command: str, tmp_path: Path, fresh_db: Path, capsys, monkeypatch
) -> None:
    if case == "text_file":
        target = tmp_path / "adherents.csv"
        target.write_text("Nom;Prénom\nDupont;Hélène\n", encoding="utf-8")
        expected = "not a database"
    elif case == "missing_folder":
        target = tmp_path / "no-such-folder" / "db.sqlite3"
        expected = "does not exist"
    elif case == "read_only":
        target = fresh_db
        target.chmod(0o444)
        expected = "read-only"
    else:
        target = _newer(fresh_db)
        expected = "newer version"
    before = _digest(target) if target.exists() else None
    args = {
        "migrate": ["migrate"],
        "check": ["check"],
        "backup": ["backup", "-o", str(tmp_path / "out.sqlite3"), "--user", "x"],
        "demo": ["demo", "--scale", "small"],
        "user": ["user", "add", "--login", "x", "--role", "staff"],
    }[command]
    monkeypatch.setattr(sys, "stdin", io.StringIO("long-enough-secret\n"))
    capsys.readouterr()
    code = main([*args, "--db", str(target), "--lang", "en"])
    line = _one_line_error(capsys)
    assert code == 2
    assert expected in line
    assert (_digest(target) if target.exists() else None) == before
    assert not (tmp_path / "out.sqlite3").exists()


def test_check_reads_a_read_only_database(fresh_db: Path, capsys) -> None:
    fresh_db.chmod(0o444)
    before = _digest(fresh_db)
    assert main(["check", "--db", str(fresh_db), "--lang", "en"]) == 0
    assert "Integrity: ok" in capsys.readouterr().out
    assert _digest(fresh_db) == before


def test_unknown_role_is_refused_before_anything(fresh_db: Path, capsys) -> None:
    before = _digest(fresh_db)
    capsys.readouterr()
    code = main(
        ["user", "add", "--db", str(fresh_db), "--login", "x", "--role", "boss", "--lang", "en"]
    )
    assert code == 2
    assert "boss" in _one_line_error(capsys)
    assert _digest(fresh_db) == before


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["check"], ["demo", "--scale", "huge"], ["user", "add", "--login", "x"]],
)
def test_usage_errors_are_one_line(argv: list[str], capsys) -> None:
    assert main([*argv, "--lang", "en"]) == 2
    _one_line_error(capsys)


def test_messages_follow_the_language(tmp_path: Path, capsys) -> None:
    assert main(["check", "--db", str(tmp_path / "none" / "x.db"), "--lang", "fr"]) == 2
    french = _one_line_error(capsys)
    assert main(["check", "--db", str(tmp_path / "none" / "x.db"), "--lang", "en"]) == 2
    english = _one_line_error(capsys)
    assert "does not exist" in english
    assert french != english


def test_real_entry_point_exits_2_with_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("pas une base", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "incubator_app", "check", "--db", str(notes), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"incubator-app: {notes} is not a database (not a SQLite file)."
    ]
    assert done.stdout == ""


def test_database_opened_by_cli_is_usable(fresh_db: Path) -> None:
    database = open_database(fresh_db)
    try:
        with database.session() as s:
            assert s.get_bind().dialect.name == "sqlite"
    finally:
        database.dispose()
