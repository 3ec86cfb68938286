"""Nothing but `incubator_app/clock.py` reads the system clock: every date and time of the
application goes through the one seam, so tests can freeze it and the incubator's zone applies."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import incubator_app

pytestmark = pytest.mark.core

PACKAGE = Path(incubator_app.__file__).parent
SEAM = PACKAGE / "clock.py"

# (receiver, attribute) pairs that read the system clock when called.
FORBIDDEN = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QTime", "currentTime"),
}


def _receiver(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):  # datetime.datetime.now, QtCore.QDate.currentDate
        return node.attr
    return None


def clock_reads(source: str) -> list[tuple[int, str]]:
    """Line and text of every call (or reference, e.g. `default_factory=date.today`) that
    reads the system clock directly."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and (_receiver(node.value), node.attr) in FORBIDDEN:
            found.append((node.lineno, f"{_receiver(node.value)}.{node.attr}"))
    return sorted(found)


def test_the_scanner_finds_each_way_of_reading_the_clock() -> None:
    source = (
        "import datetime as dt\n"
        "from datetime import date, datetime\n"
        "a = date.today()\n"
        "b = datetime.now(UTC)\n"
        "c = dt.datetime.now()\n"
        "d = field(default_factory=date.today)\n"
        "e = QDate.currentDate().addMonths(-1)\n"
        "f = QtCore.QDateTime.currentDateTime()\n"
        "g = time.time()\n"
        "ok = self.time.time().toPython()\n"  # a QTimeEdit's value, not the clock
        "ok2 = clock.today(); ok3 = value.date(); ok4 = time.monotonic()\n"
    )
    found = [line for line, _ in clock_reads(source)]
    # `self.time.time()` has receiver "time" too: the scanner errs on the side of caution,
    # so the exemption below names it.
    assert found == [3, 4, 5, 6, 7, 8, 9, 10]


# A QTimeEdit called `time` whose `.time()` is the edited value, not the clock.
EXEMPT = {("ui/coaching/log_dialog.py", "self.time.time")}


def _is_exempt(rel: str, source: str, line: int) -> bool:
    text = source.splitlines()[line - 1]
    return any(rel == path and snippet in text for path, snippet in EXEMPT)


def test_only_the_clock_module_reads_the_system_clock() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == SEAM:
            continue
        rel = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        for line, what in clock_reads(source):
            if not _is_exempt(rel, source, line):
                offenders.append(f"{rel}:{line} {what}")
    assert offenders == [], "read the time through incubator_app.clock:\n" + "\n".join(offenders)
