"""A backup holds everything needed to restore (issue 20 §1): the database and the documents it
references, in one ZIP with a manifest; restore puts both back, after checking the archive, and
refuses hostile ones in one line with nothing changed. Real files, real SQLite."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_accounts import passwords_on_stdin
from helpers_people import make_entrepreneur

from incubator_app import __version__
from incubator_app.cli import main
from incubator_app.db.backup import make_backup, restore_backup_file
from incubator_app.db.migrate import open_database
from incubator_app.db.paths import documents_dir
from incubator_app.db.schema_version import SCHEMA_HEAD
from incubator_app.errors import StorageError
from incubator_app.services.administration.setup import (
    create_incubator,
    get_incubator_profile,
    update_incubator_profile,
)
from incubator_app.services.entrepreneurs.documents import attach_document, document_path

pytestmark = pytest.mark.core

PDF = b"%PDF-1.4 Convention CAPE - Th\xc3\xa9\xc3\xa2tre du Panier\n" * 40
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64


def _live(tmp_path: Path, name: str = "live.sqlite3"):
    """A database with an incubator, one person and two documents."""
    path = tmp_path / name
    db = open_database(path)
    with db.session() as session:
        admin = create_incubator(
            session, name="Avant", admin_login="admin", admin_display_name="Admin",
            admin_password="long-enough",
        )  # fmt: skip
        person = make_entrepreneur(session, admin)
        attach_document(session, person.id, PDF, original_name="cape.pdf", actor=admin)
        attach_document(session, person.id, PHOTO, original_name="photo.png", actor=admin)
    return path, db, admin


def _profile_name(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM incubator_profile").fetchone()[0]
    finally:
        conn.close()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_backup_holds_the_database_its_documents_and_a_manifest(tmp_path) -> None:
    path, db, _admin = _live(tmp_path)
    made = make_backup(db.url)
    db.dispose()
    assert made.path.parent == tmp_path / "backups" and made.path.suffix == ".zip"
    assert (made.documents, made.missing_documents, made.with_documents) == (2, (), True)
    with zipfile.ZipFile(made.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        for name, entry in manifest["members"].items():
            assert _digest(archive.read(name)) == entry["sha256"]
    expected = {f"documents/{_digest(d)[:2]}/{_digest(d)}" for d in (PDF, PHOTO)}
    assert names == {"manifest.json", "database.sqlite3"} | expected
    assert manifest["format"] == "incubator_app backup"
    assert (manifest["app_version"], manifest["schema_revision"]) == (__version__, SCHEMA_HEAD)
    assert manifest["created"].startswith("2026-11-18T09:")  # the frozen clock (it ticks), UTC


def test_round_trip_puts_back_the_database_and_the_lost_documents(tmp_path) -> None:
    path, db, admin = _live(tmp_path)
    made = make_backup(db.url)
    with db.session() as session:
        version = get_incubator_profile(session).version_id
        update_incubator_profile(session, expected_version=version, actor=admin, name="Après")
    db.dispose()
    shutil.rmtree(documents_dir())  # the folder is lost (a disk, a bad copy)
    restored = restore_backup_file(db.url, made.path)
    assert restored.from_archive and restored.documents_put_back == 2
    assert _profile_name(path) == "Avant"
    db = open_database(path)
    with db.session() as session:
        for doc_id, content in ((1, PDF), (2, PHOTO)):
            assert document_path(session, doc_id, actor=admin).read_bytes() == content
    db.dispose()
    # The way back holds the database as it was just before, as an archive itself.
    with zipfile.ZipFile(restored.safety) as archive:
        (tmp_path / "before.sqlite3").write_bytes(archive.read("database.sqlite3"))
    assert _profile_name(tmp_path / "before.sqlite3") == "Après"
    assert not list(tmp_path.glob(".restore.*")) and not list(tmp_path.glob("backups/.*"))


def test_the_command_line_restores_onto_a_new_computer(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "old").mkdir()
    path, db, _admin = _live(tmp_path / "old")
    db.dispose()
    backup = tmp_path / "sauvegarde.zip"
    passwords_on_stdin(monkeypatch, "long-enough")
    args = ["backup", "--db", str(path), "-o", str(backup), "--lang", "en", "--user", "admin"]
    assert main(args) == 0
    assert "It holds the database and 2 document(s)." in capsys.readouterr().out
    # Another computer: an empty data folder, no database yet.
    new_home = tmp_path / "new_home"
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(new_home))
    (tmp_path / "new").mkdir()
    target = tmp_path / "new" / "incubator.sqlite3"
    assert main(["restore", "--db", str(target), str(backup), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "(2 document(s) put back)" in out
    assert _profile_name(target) == "Avant"
    assert {p.name for p in (new_home / "documents").rglob("*") if p.is_file()} == {
        _digest(PDF),
        _digest(PHOTO),
    }
    assert main(["check", "--db", str(target), "--full", "--lang", "en"]) == 0


def test_an_older_plain_database_backup_still_restores(tmp_path) -> None:
    path, db, _admin = _live(tmp_path)
    db.dispose()
    plain = tmp_path / "old-backup.sqlite3"
    shutil.copyfile(path, plain)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE incubator_profile SET name = 'Après'")
    conn.commit()
    conn.close()
    restored = restore_backup_file(open_database(path).url, plain)
    assert not restored.from_archive and restored.safety.suffix == ".zip"
    assert _profile_name(path) == "Avant"


def test_what_a_killed_backup_or_restore_left_is_removed_by_the_next_one(tmp_path) -> None:
    path, db, _admin = _live(tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)  # that process has ended
    backups = tmp_path / "backups"
    backups.mkdir()
    left = [
        backups / f".live-backup-20261118.zip.{pid}.k1ll.part",
        backups / f".live-before-upgrade-1.sqlite3.{pid}.k1ll.part",
        backups / f".live-backup-20261118.zip.{pid}.k1ll.work",
        tmp_path / f".restore.{pid}.k1ll.work",
    ]
    for leftover in left:
        if leftover.suffix == ".work":
            leftover.mkdir()
            (leftover / "database.sqlite3").write_bytes(b"half")
        else:
            leftover.write_bytes(b"half")
    live = backups / f".live-backup-20261118.zip.{os.getpid()}.l1ve.part"
    live.write_bytes(b"being written")
    made = make_backup(db.url)
    db.dispose()
    restore_backup_file(db.url, made.path)
    assert [p for p in left if p.exists()] == []
    assert live.exists()


# -- hostile and damaged archives -----------------------------------------------------------------


def _archive_bytes(made_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(made_path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(dest: Path, members: dict[str, bytes], *, manifest_edit=None, extra=None) -> Path:
    manifest = json.loads(members["manifest.json"])
    if manifest_edit:
        manifest_edit(manifest)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name != "manifest.json":
                archive.writestr(name, data)
        for info, data in extra or []:
            archive.writestr(info, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    return dest


def _listed(name: str, data: bytes):
    def edit(manifest: dict) -> None:
        manifest["members"][name] = {"sha256": _digest(data), "size": len(data)}

    return edit


def _hostile_cases(tmp_path: Path, members: dict[str, bytes]) -> dict[str, tuple[Path, str]]:
    doc = next(n for n in members if n.startswith("documents/"))
    evil = b"owned"
    link = zipfile.ZipInfo("documents/00/" + "0" * 64)
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bomb_name = "documents/ab/" + "ab" * 32
    cases = {}

    def case(label: str, expected: str, **kwargs) -> None:
        cases[label] = (_rewrite(tmp_path / f"{label}.zip", dict(members), **kwargs), expected)

    case("traversal", "unexpected file name: ../evil.txt", extra=[("../evil.txt", evil)],
         manifest_edit=_listed("../evil.txt", evil))  # fmt: skip
    case("absolute", "unexpected file name: /tmp/evil.txt", extra=[("/tmp/evil.txt", evil)],
         manifest_edit=_listed("/tmp/evil.txt", evil))  # fmt: skip
    case("symlink", "is a link", extra=[(link, b"/etc/passwd")],
         manifest_edit=_listed(link.filename, b"/etc/passwd"))  # fmt: skip
    tampered = dict(members)
    tampered[doc] = members[doc][:-1] + b"!"
    cases["tampered"] = (_rewrite(tmp_path / "tampered.zip", tampered), "is damaged")

    def bomb(manifest: dict) -> None:
        manifest["members"][bomb_name] = {"sha256": "ab" * 32, "size": 100 * 1024 * 1024}

    bomb_path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name != "manifest.json":
                archive.writestr(name, data)
        with archive.open(bomb_name, "w", force_zip64=True) as big:
            for _ in range(100):
                big.write(b"\0" * 1024 * 1024)
        manifest = json.loads(members["manifest.json"])
        bomb(manifest)
        archive.writestr("manifest.json", json.dumps(manifest))
    cases["bomb"] = (bomb_path, "does not match the manifest")

    def newer(manifest: dict) -> None:
        manifest["format_version"] = 2

    case("newer_format", "written by a newer version", manifest_edit=newer)
    no_manifest = tmp_path / "no_manifest.zip"
    with zipfile.ZipFile(no_manifest, "w") as archive:
        archive.writestr("database.sqlite3", members["database.sqlite3"])
    cases["no_manifest"] = (no_manifest, "it has no manifest")
    damaged_db = bytearray(members["database.sqlite3"])
    damaged_db[4096 * 3 : 4096 * 3 + 200] = b"\x07" * 200
    damaged = dict(members)
    damaged["database.sqlite3"] = bytes(damaged_db)
    cases["damaged_db"] = (
        _rewrite(
            tmp_path / "damaged_db.zip",
            damaged,
            manifest_edit=_listed("database.sqlite3", bytes(damaged_db)),
        ),  # fmt: skip
        "damaged",
    )
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(cases["tampered"][0].read_bytes()[:300])
    cases["truncated"] = (truncated, "not a usable backup")
    return cases


def test_hostile_archives_are_refused_in_one_line_with_nothing_changed(tmp_path) -> None:
    path, db, _admin = _live(tmp_path)
    made = make_backup(db.url)
    db.dispose()
    members = _archive_bytes(made.path)
    shutil.rmtree(documents_dir())
    before = path.read_bytes()
    backups_before = sorted((tmp_path / "backups").iterdir())
    work = tmp_path / "hostile"
    work.mkdir()
    for label, (archive, expected) in _hostile_cases(work, members).items():
        with pytest.raises(StorageError) as caught:
            restore_backup_file(db.url, archive)
        text = str(caught.value)
        assert expected in text and "\n" not in text, (label, text)
        assert path.read_bytes() == before, label
        assert not documents_dir().exists(), label
        assert sorted((tmp_path / "backups").iterdir()) == backups_before, label
        assert not list(tmp_path.glob(".restore.*")), label
    assert not list(tmp_path.rglob("evil.txt")) and not Path("/tmp/evil.txt").exists()


def test_a_backup_from_a_newer_schema_is_refused(tmp_path) -> None:
    path, db, _admin = _live(tmp_path)
    made = make_backup(db.url)
    db.dispose()
    members = _archive_bytes(made.path)
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(members["database.sqlite3"])
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    members["database.sqlite3"] = newer.read_bytes()
    archive = _rewrite(
        tmp_path / "newer.zip", members,
        manifest_edit=_listed("database.sqlite3", members["database.sqlite3"]),
    )  # fmt: skip
    with pytest.raises(StorageError, match="written by a newer version of the application"):
        restore_backup_file(db.url, archive)


def test_the_command_line_refuses_a_hostile_archive_in_one_line(
    tmp_path, capsys, monkeypatch
) -> None:
    path, db, _admin = _live(tmp_path)
    made = make_backup(db.url)
    db.dispose()
    members = _archive_bytes(made.path)
    evil = tmp_path / "evil.zip"
    _rewrite(evil, members, extra=[("../../x.sh", b"rm -rf")],
             manifest_edit=_listed("../../x.sh", b"rm -rf"))  # fmt: skip
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["restore", "--db", str(path), str(evil), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected file name: ../../x.sh" in err
    assert path.read_bytes() == before
    assert main(["restore", "--db", str(path), str(tmp_path / "nothing.zip"), "--lang", "en"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_restore_refuses_bad_command_lines_in_one_line(tmp_path, capsys, monkeypatch) -> None:
    path, db, _admin = _live(tmp_path)
    made = make_backup(db.url)
    db.dispose()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    (tmp_path / "folder").mkdir()
    before = path.read_bytes()
    cases = [
        ([str(path), str(text)], "is not a backup of an incubator database"),
        ([str(path), str(tmp_path / "folder")], "does not exist"),
        ([str(tmp_path / "folder"), str(made.path)], "is a folder, not a database file"),
        ([str(text), str(made.path)], "is not a database (not a SQLite file)"),
        ([str(tmp_path / "no" / "x.sqlite3"), str(made.path)], "does not exist"),
        (["postgresql+psycopg://u@127.0.0.1:5/x", str(made.path)], "restore a PostgreSQL"),
        ([str(path), str(path)], "the database in use"),
    ]
    for (target, backup), expected in cases:
        capsys.readouterr()
        assert main(["restore", "--db", target, backup, "--lang", "en"]) == 2, target
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and expected in err, (target, backup, err)
    assert path.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [made.path.name]


# -- owner-only files ------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="no permission bits on Windows")
def test_database_journals_backups_and_folders_are_their_owners_only(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(home))
    home.mkdir(mode=0o755)
    home.chmod(0o755)  # as a first start makes it (ui/startup.py)
    path, db, _admin = _live(home, "incubator.sqlite3")
    made = make_backup(db.url)
    with db.engine.connect() as conn:  # the journals exist while a connection is open
        conn.exec_driver_sql("SELECT 1").fetchall()
        for name in ("incubator.sqlite3", "incubator.sqlite3-wal", "incubator.sqlite3-shm"):
            assert _mode(home / name) == 0o600, name
    db.dispose()
    assert _mode(home) == 0o700
    assert _mode(home / "documents") == 0o700
    assert all(_mode(p) == 0o700 for p in (home / "documents").iterdir())
    assert all(_mode(p) == 0o600 for p in (home / "documents").rglob("*") if p.is_file())
    assert (_mode(made.path), _mode(made.path.parent)) == (0o600, 0o700)


@pytest.mark.skipif(sys.platform == "win32", reason="no permission bits on Windows")
def test_existing_files_readable_by_others_are_tightened_with_a_message(
    tmp_path, monkeypatch, caplog
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(home))
    home.mkdir()
    path, db, _admin = _live(home, "incubator.sqlite3")
    db.dispose()
    for loose in (path, home, home / "documents"):
        loose.chmod(0o755 if loose.is_dir() else 0o644)
    caplog.set_level("WARNING", logger="incubator_app.files")
    open_database(path).dispose()
    assert (_mode(path), _mode(home), _mode(home / "documents")) == (0o600, 0o700, 0o700)
    [record] = caplog.records
    assert "made private (owner only)" in record.getMessage()
    assert str(path) in record.getMessage() and str(home) in record.getMessage()
    caplog.clear()
    open_database(path).dispose()  # already private: nothing to say
    assert caplog.records == []
