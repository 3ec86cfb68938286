"""Screenshots of every page of the app, in French, at the three window sizes it must fit.

    python tools/screenshots.py                     # docs/screenshots/<size>/<page>.png
    python tools/screenshots.py --language en --out /tmp/shots

Generates the small demo around a fixed reference date (the screenshots do not change with the
day they are taken), opens it offscreen as the demo's administrator with the clock frozen at
10:30 that day, shows each page (incubator_app.ui.pages.PAGES) at 1120×720, 1366×768 and
1920×1080, saves the window as an optimised PNG and lists any clipped text it finds (the same
check as tests/ui/test_no_clipped_text.py). Needs the test extras (time-machine) and Pillow
(a reportlab dependency).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DATE = date(2026, 11, 18)  # a Wednesday, mid-month
OUT = ROOT / "docs" / "screenshots"


def optimised_png(image) -> bytes:
    """The QImage as a small PNG: 256 colours (a UI has few) and maximum deflate."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    small = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    small.save(out, "PNG", optimize=True)
    return out.getvalue()


def take(out: Path, language: str, reference: date) -> int:
    import time_machine

    from incubator_app.demo import generate_demo
    from incubator_app.ui.app import create_application
    from incubator_app.ui.clipped_text import clipped_texts
    from incubator_app.ui.page_tour import PAGE_KEYS, SIZES, PageTour

    workdir = Path(tempfile.mkdtemp(prefix="incubator-screenshots-"))
    # Never the user's own settings or data folder.
    os.environ["INCUBATOR_APP_DATA_DIR"] = str(workdir)
    db = workdir / "demo.sqlite3"
    generate_demo(db, scale="small", reference_date=reference)
    moment = datetime.combine(reference, time(10, 30), ZoneInfo("Europe/Paris"))
    problems = 0
    with time_machine.travel(moment, tick=False):
        app, _ = create_application(language)
        tour = PageTour(app, db, workdir)
        try:
            for width, height in SIZES:
                folder = out / f"{width}x{height}"
                folder.mkdir(parents=True, exist_ok=True)
                for key in PAGE_KEYS:
                    page = tour.show(key, (width, height))
                    path = folder / f"{key}.png"
                    path.write_bytes(optimised_png(tour.window.grab().toImage()))
                    found = clipped_texts(page)
                    problems += len(found)
                    for problem in found:
                        print(f"{width}x{height} {key}: {problem}", file=sys.stderr)
                    print(path)
        finally:
            tour.close()
    total = sum(p.stat().st_size for p in out.rglob("*.png"))
    print(f"{total / 1_000_000:.1f} MB in {out}; {problems} clipped text(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder (default docs/screenshots)")
    parser.add_argument("--language", choices=("fr", "en"), default="fr")
    parser.add_argument(
        "--reference-date",
        type=date.fromisoformat,
        default=REFERENCE_DATE,
        help="the demo's today, YYYY-MM-DD (default %(default)s)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    return take(args.out.resolve(), args.language, args.reference_date)


if __name__ == "__main__":
    sys.exit(main())
