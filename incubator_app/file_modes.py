"""File permissions (no Qt): what the app writes for people to read gets the usual mode; the
database, its journals, its backups, the data and documents folders are its owner's only.

`tempfile.mkstemp` creates files readable by their owner only (0600). Reports and exports are
written to a temporary file next to the target and then moved into place, so without help they
would end up private; `give_usual_mode` gives them the mode any new file gets (0o666 minus the
umask), as `open(path, "w")` would.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

_lock = threading.Lock()


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _lock:  # os.umask can only be read by setting it: restore it at once
        umask = os.umask(0o022)
        os.umask(umask)
    return umask


def give_usual_mode(path: str | os.PathLike[str]) -> None:
    """chmod `path` to 0o666 & ~umask (a temp file from mkstemp is 0600)."""
    os.chmod(Path(path), 0o666 & ~current_umask())


@contextmanager
def replaced_on_success(target: str | os.PathLike[str], suffix: str = ".part") -> Iterator[Path]:
    """Yields a temporary path beside `target` to write to. If the block succeeds the file gets
    the usual mode and atomically replaces `target`; if it fails the temporary file is removed
    and `target` (a previous version, or nothing) is left as it was."""
    target = Path(target)
    # The writer's process id in the name: a later run knows a leftover from a live writer.
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=suffix, dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    # The new file's time is the folder's "now" (file times, not the incubator's clock).
    remove_leftovers(target, suffix, now=tmp.stat().st_mtime)
    try:
        yield tmp
        give_usual_mode(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# Where the process cannot be asked (Windows), a leftover this old is a dead writer's.
_STALE_SECONDS = 24 * 3600


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # somebody else's live process
        return True
    return True


def remove_leftovers(
    target: Path, suffix: str = ".part", *, now: float | None = None
) -> list[Path]:
    """Removes the temporary files a killed writer left beside `target` (`.NAME.PID.XXXX.part`);
    a live writer's file, and files of other names, stay; with `now` (a file time of the same
    folder), so does any file less than a day old whose writer cannot be asked (Windows).
    Returns what was removed."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+)\.[^.]+{re.escape(suffix)}")
    removed = []
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*{glob.escape(suffix)}"):
        found = pattern.fullmatch(leftover.name)
        if found is None:
            continue
        try:
            stale = now is not None and now - leftover.stat().st_mtime > _STALE_SECONDS
        except OSError:
            continue
        if stale or not _process_alive(int(found.group(1))):
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


# -- private files: the database, its journals, backups, documents ------------------------------

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")

log = logging.getLogger("incubator_app.files")


def make_private(path: str | os.PathLike[str], *, folder: bool = False) -> bool:
    """Takes every right of group and others away from `path` (0600 for a file, 0700 for a
    folder, the owner's own bits kept). Returns True when the mode was wider. Windows has no
    such bits: nothing done there; a missing path is left alone."""
    if sys.platform == "win32":
        return False
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return False
    if not mode & 0o077:
        return False
    wanted = PRIVATE_FOLDER if folder else PRIVATE_FILE
    os.chmod(path, (mode & 0o700) | wanted)
    return True


def create_private_file(path: str | os.PathLike[str]) -> bool:
    """Creates an empty file readable by its owner only, unless something exists there (then
    False). SQLite gives its -wal, -shm and -journal files the mode of the database file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def make_private_folder_tree(folder: Path, top: Path) -> list[Path]:
    """Creates `folder` (and its parents up to `top`) readable by the owner only; tightens the
    existing ones between `top` and `folder`. Returns the folders that were tightened."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    tightened = []
    current = folder
    while True:
        if make_private(current, folder=True):
            tightened.append(current)
        if current == top or current.parent == current or top not in current.parents:
            break
        current = current.parent
    return tightened


def tighten_sqlite_files(database: Path) -> list[Path]:
    """The database file and its journals made private; returns those that were not."""
    return [
        path
        for path in [database] + [database.with_name(database.name + s) for s in SQLITE_COMPANIONS]
        if make_private(path)
    ]


def report_tightened(paths: list[Path]) -> None:
    """Says which files or folders were readable by others and are no longer (stderr through
    logging's last-resort handler on the command line; the GUI's log otherwise)."""
    if not paths:
        return
    log.warning(
        str(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Readable by other users until now, made private (owner only): {paths}",
                ),
                paths=", ".join(str(p) for p in paths),
            )
        )
    )


# `.NAME.PID.XXXX.part` (a file being written) or `.NAME.PID.XXXX.work` (a folder of work).
_WRITERS_FILE = re.compile(r"\..+\.(\d+)\.[^.]+\.(?:part|work)")


def remove_dead_writers_files(folder: Path, prefix: str = ".") -> list[Path]:
    """Removes from `folder` the temporary files and work folders (names starting with
    `prefix`) that a killed writer left: their name holds the writer's process id, and that
    process is gone. A live writer's stay. Returns what was removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for leftover in folder.iterdir():
        found = _WRITERS_FILE.fullmatch(leftover.name)
        if not leftover.name.startswith(prefix) or found is None:
            continue
        if _process_alive(int(found.group(1))):
            continue
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed
