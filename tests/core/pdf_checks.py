"""Checks every report test runs on a produced PDF (qpdf, pdftotext, pdftoppm from poppler)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image


def qpdf_ok(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text of the PDF (or of pages first..last), no-break spaces made plain spaces."""
    args = ["pdftotext"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.replace("\u00a0", " ").replace("\u202f", " ")


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def first_page_ink(path: Path, tmp_dir: Path) -> float:
    """Share of non-white pixels on page 1 rendered at 40 dpi."""
    prefix = tmp_dir / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
    )
    image = Image.open(f"{prefix}.png").convert("L")
    histogram = image.histogram()
    return sum(histogram[:235]) / (image.width * image.height)


def check_pdf(path: Path, tmp_dir: Path) -> str:
    """qpdf-valid, first page not blank; returns the text."""
    qpdf_ok(path)
    assert first_page_ink(path, tmp_dir) > 0.003  # a blank page is 0; a sparse cover ~0.005
    return pdf_text(path)
