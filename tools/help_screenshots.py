"""Screenshots of the user guide, taken offscreen from the small demo, in each language:

    python tools/help_screenshots.py            # fr, en, it, es, into the help's images
    python tools/help_screenshots.py --lang fr

Each page of the main window at its default size (1120×720), a record window and the coaching
session dialog, scaled to 900 px wide and saved as 256-colour optimised PNG (<name>-<lang>.png),
so that the guide's images stay small (the whole folder under 3 MB).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from datetime import datetime
from datetime import time as dt_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "incubator_app" / "resources" / "help" / "images"
WIDTH = 900


def save_png(image, path: Path) -> int:
    """QImage -> 900 px wide, 256 colours, optimised PNG; returns the file's size."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt

    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture = picture.quantize(
        colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    picture.save(path, "PNG", optimize=True)
    return path.stat().st_size


def settle(app, context, seconds: float = 0.6) -> None:
    """Lets background loads finish and the widgets repaint."""
    deadline = time.monotonic() + 15
    while context.ops.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def take(lang: str, db_path: Path, workdir: Path, out: Path) -> list[tuple[Path, int]]:
    from PySide6.QtCore import QSettings

    from incubator_app.db.migrate import open_database
    from incubator_app.services.administration.setup import get_incubator_profile
    from incubator_app.ui.app import create_application, install_translators
    from incubator_app.ui.changes import ChangeBus
    from incubator_app.ui.context import AppContext
    from incubator_app.ui.main_window import MainWindow
    from incubator_app.ui.ops import Operations
    from incubator_app.ui.pages import PAGES
    from incubator_app.ui.settings import AppSettings
    from incubator_app.ui.startup import first_admin
    from incubator_app.ui.windowed_model import ROW_ID_ROLE

    app, _ = create_application(lang)
    install_translators(app, lang)
    settings = AppSettings(
        QSettings(str(workdir / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    )
    db = open_database(str(db_path))
    actor = first_admin(db)
    with db.session() as session:
        profile = get_incubator_profile(session)
    bus = ChangeBus()
    ops = Operations(db.sessions, bus)
    context = AppContext(db, actor, profile, settings, ops, bus)
    window = MainWindow(context)
    window.resize(1120, 720)
    window.show()
    saved = []

    def shot(widget, name: str) -> None:
        path = out / f"{name}-{lang}.png"
        saved.append((path, save_png(widget.grab().toImage(), path)))

    for spec in PAGES:
        window.show_page(spec.key)
        settle(app, context)
        shot(window, spec.key)

    people = window._pages["entrepreneurs"]
    window.show_page("entrepreneurs")
    settle(app, context)
    editor = people.open_record(people.table.model().index(0, 0).data(ROW_ID_ROLE))
    editor.resize(900, 680)
    settle(app, context)
    shot(editor, "record")
    editor.close()

    from incubator_app.ui.coaching.log_dialog import open_log_session_dialog

    dialog = open_log_session_dialog(window, entrepreneur_id=None)
    settle(app, context)
    shot(dialog, "log-session")
    dialog.reject()

    window.close()
    settle(app, context, 0.2)
    ops.shutdown()
    db.dispose()
    return saved


@contextlib.contextmanager
def _at_ten():
    """Today at 10:00 in the incubator's zone (with time-machine, a test dependency), so that
    the dialogs' default times look like office hours whenever the screenshots are taken."""
    try:
        import time_machine
    except ImportError:
        yield
        return
    from incubator_app import clock

    ten = datetime.combine(clock.today(), dt_time(10, 0), clock.zone())
    with time_machine.travel(ten.timestamp(), tick=True):
        yield


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    languages = ["fr", "en", "it", "es"]
    parser.add_argument("--lang", nargs="+", default=languages, choices=languages)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="incubator-help-") as tmp, _at_ten():
        workdir = Path(tmp)
        # Private data folder: the user's settings and databases are left alone.
        os.environ["INCUBATOR_APP_DATA_DIR"] = str(workdir)
        from incubator_app.demo import generate_demo

        db_path = workdir / "demo.sqlite3"
        generate_demo(db_path, scale="small", seed=1)
        args.out.mkdir(parents=True, exist_ok=True)
        total = 0
        for lang in args.lang:
            for path, size in take(lang, db_path, workdir, args.out):
                total += size
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                print(f"{shown}: {size // 1024} KB")
    print(f"{total / 1_048_576:.2f} MB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
