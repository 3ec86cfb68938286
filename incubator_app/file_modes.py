"""File permissions for what the app writes for people to read (no Qt).

`tempfile.mkstemp` creates files readable by their owner only (0600). Reports and exports are
written to a temporary file next to the target and then moved into place, so without help they
would end up private; `give_usual_mode` gives them the mode any new file gets (0o666 minus the
umask), as `open(path, "w")` would.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
