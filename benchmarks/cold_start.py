"""Cold start: seconds from process start to the main window painted, on an existing database.

    python benchmarks/cold_start.py DBFILE     # prints two figures on stdout (see below)
    python benchmarks/cold_start.py --bare     # the same for a bare PySide6 main window

For the app, stdout has two numbers: the first paint of the main window (its shell: sidebar,
menus, "Opening the database…", before SQLAlchemy loads), then "ready": database open, signed
in, the window attached to the session and its first page built and painted.


Runs offscreen in THIS (fresh) process, skips the login the way the selftest does (first
administrator), and counts the interpreter's own start-up too (from /proc where available).
Target: < 1.5 s on the incubator-scale demo (2,000 entrepreneurs, 40,000 sessions).
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # before any heavy import

import os  # noqa: E402
import sys  # noqa: E402


def _python_startup_seconds() -> float:
    """Time the interpreter spent before T0 (Linux: process start time from /proc)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of stat(5), counted after the comm field
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return max(0.0, now - started_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return 0.0


BEFORE_T0 = _python_startup_seconds() - (time.perf_counter() - T0)


def bare() -> int:
    """The reference: a QMainWindow of the app's default size with a label, shown and painted."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    t_imports = time.perf_counter()
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Incubator"))
    window.resize(1120, 720)
    window.show()
    window.repaint()
    app.processEvents()
    t_shown = time.perf_counter()
    print(f"{max(BEFORE_T0, 0.0) + (t_shown - T0):.3f}")
    print(
        f"python start-up {max(BEFORE_T0, 0.0):.3f} s, imports {t_imports - T0:.3f} s, "
        f"window {t_shown - t_imports:.3f} s",
        file=sys.stderr,
    )
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[1] == "--bare":
        return bare()
    db = argv[1]
    if "INCUBATOR_APP_DATA_DIR" not in os.environ:  # don't touch the user's settings
        import tempfile

        os.environ["INCUBATOR_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="cold-start-")

    from incubator_app.ui.app import create_application
    from incubator_app.ui.startup import AppController, StartResult, first_admin

    t_imports = time.perf_counter()
    app, settings = create_application("fr")
    controller = AppController(app, settings, interactive=False)
    painted: list[float] = []
    if hasattr(controller, "shell_painted"):  # a tree before the shell (--baseline) has none
        controller.shell_painted.connect(lambda: painted.append(time.perf_counter()))
    if controller.start(db, pick_actor=first_admin) is not StartResult.OK:
        return 1
    window = controller.window
    window.repaint()  # the page painted, synchronously
    app.processEvents()
    t_ready = time.perf_counter()

    before = max(BEFORE_T0, 0.0)
    first = painted[0] if painted else t_ready
    print(" ".join(f"{before + (t - T0):.3f}" for t in dict.fromkeys((first, t_ready))))
    print(
        f"python start-up {before:.3f} s, imports {t_imports - T0:.3f} s, "
        f"window painted {first - t_imports:.3f} s, "
        f"open + sign-in + page {t_ready - first:.3f} s",
        file=sys.stderr,
    )
    controller.close_session()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
