"""Reports and exports get the mode any new file gets (0o666 minus the umask), not mkstemp's
private 0600: a PDF saved to a shared folder must be readable by colleagues."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from incubator_app.file_modes import current_umask, give_usual_mode, replaced_on_success
from incubator_app.reports import Formatter, ReportMeta, build_pdf, paragraph, section
from incubator_app.services.entrepreneurs.export import export_entrepreneurs
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter
from incubator_app.services.entrepreneurs.records import create_entrepreneur

pytestmark = pytest.mark.core


@pytest.fixture(params=[0o022, 0o002])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_current_umask_reads_without_changing_it(umask) -> None:
    assert current_umask() == umask
    assert current_umask() == umask


def test_give_usual_mode(tmp_path, umask) -> None:
    path = tmp_path / "f"
    path.write_text("x")
    path.chmod(0o600)
    give_usual_mode(path)
    assert _mode(path) == 0o666 & ~umask


def test_pdf_report_has_the_usual_mode(tmp_path, umask) -> None:
    meta = ReportMeta(title="Essai", incubator_name="Couveuse", subtitle="2026")
    story = [section("Bilan"), paragraph("Texte.")]
    out = build_pdf(tmp_path / "r.pdf", story, meta, Formatter("fr"))
    assert _mode(out) == 0o666 & ~umask


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_entrepreneur_export_has_the_usual_mode(session, admin, tmp_path, umask, file_format):
    create_entrepreneur(
        session, first_name="Hélène", last_name="Durand", entry_date=date(2026, 1, 5), actor=admin
    )
    dest = tmp_path / f"people.{file_format}"
    export_entrepreneurs(session, EntrepreneurFilter(), dest, actor=admin, file_format=file_format)
    assert _mode(dest) == 0o666 & ~umask


def test_replaced_on_success_gives_the_usual_mode_and_cleans_up_on_failure(tmp_path) -> None:

    target = tmp_path / "statement.csv"
    with replaced_on_success(target) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current_umask()

    with pytest.raises(RuntimeError), replaced_on_success(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("the builder failed")
    assert target.read_text(encoding="utf-8") == "new"  # the previous version is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["statement.csv"]  # no temp file left


_OUT = {"capture_output": True, "text": True, "check": True}


def test_a_killed_writers_leftover_is_removed_by_the_next_write(tmp_path) -> None:
    """kill -9 while a report is written leaves `.NAME.PID.XXXX.part`: the next write of the
    same file removes it, but never the file of a writer still running."""
    target = tmp_path / "funder.pdf"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], **_OUT)
    dead_pid = int(dead.stdout)
    killed = tmp_path / f".funder.pdf.{dead_pid}.k1ll3d00.part"
    killed.write_bytes(b"%PDF-1.4 half")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as live:
        running = tmp_path / f".funder.pdf.{live.pid}.w0rk1ng0.part"
        running.write_bytes(b"%PDF-1.4 being written")
        other = tmp_path / f".statement.csv.{dead_pid}.aaaaaaaa.part"
        other.write_text("another file's", encoding="utf-8")

        with replaced_on_success(target) as tmp:
            tmp.write_bytes(b"%PDF-1.4 whole")

        live.kill()
    assert target.read_bytes() == b"%PDF-1.4 whole"
    assert not killed.exists()
    assert running.exists()  # its writer was alive
    assert other.exists()  # not this target's
