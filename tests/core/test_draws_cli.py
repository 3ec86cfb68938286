"""`incubator-app draw freeze|run|verify` without a database: identical bytes from separate
processes, French spreadsheets, verification, infeasible quotas and hostile files (exit 2,
nothing written)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from draw_pools import HEADER, pool_rows, quota_rows, write_csv, write_inputs

from incubator_app.cli import main

pytestmark = pytest.mark.core


def run_cli(*argv: str, hash_seed: str = "0") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, INCUBATOR_APP_LANG="en")
    return subprocess.run(
        [sys.executable, "-m", "incubator_app", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def draw_args(pool: Path, quotas: Path, *extra: str) -> list[str]:
    return ["draw", "run", "--pool", str(pool), "--quotas", str(quotas), "--size", "12", *extra]


def test_two_processes_give_identical_bytes(tmp_path: Path) -> None:
    pool, quotas = write_inputs(tmp_path)
    first = run_cli(
        *draw_args(
            pool, quotas, "--groups", "3", "--seed", "7 9 21", "-o", str(tmp_path / "a.csv")
        ),
        hash_seed="1",
    )
    second = run_cli(
        *draw_args(
            pool, quotas, "--groups", "3", "--seed", "7 9 21", "-o", str(tmp_path / "b.csv")
        ),
        hash_seed="987",
    )
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    a = (tmp_path / "a.csv").read_bytes()
    assert a == (tmp_path / "b.csv").read_bytes()
    lines = a.decode().splitlines()
    assert lines[0] == "id,status,group,cell,rank" and len(lines) == 81
    assert sum(1 for line in lines if ",selected," in line) == 12
    assert b"\r" not in a and not a.startswith(b"\xef\xbb\xbf")


def test_french_spreadsheet_gives_the_same_hash_and_result(tmp_path: Path, capsys) -> None:
    plain = tmp_path / "plain"
    french = tmp_path / "french"
    plain.mkdir()
    french.mkdir()
    hashes = []
    results = []
    for folder, is_french in ((plain, False), (french, True)):
        pool, quotas = write_inputs(folder, french=is_french)
        assert (
            main(["draw", "freeze", "--pool", str(pool), "--quotas", str(quotas), "--size", "12"])
            == 0
        )
        hashes.append(capsys.readouterr().out.strip())
        assert main(draw_args(pool, quotas, "--seed", "s", "-o", str(folder / "r.csv"))) == 0
        results.append((folder / "r.csv").read_bytes())
        assert capsys.readouterr().out.startswith(f"sha256 {hashes[-1]} ")
    assert hashes[0] == hashes[1] and len(hashes[0]) == 64
    assert results[0] == results[1]


def test_verify(tmp_path: Path, capsys) -> None:
    pool, quotas = write_inputs(tmp_path)
    result = tmp_path / "r.csv"
    assert main(draw_args(pool, quotas, "--seed", "42", "-o", str(result))) == 0
    verify = ["draw", "verify", "--pool", str(pool), "--quotas", str(quotas), "--size", "12"]
    assert main([*verify, "--seed", "42", "--expect", str(result)]) == 0
    # Re-saved by a French spreadsheet: same cells, still verified.
    lines = result.read_text().splitlines()
    resaved = tmp_path / "resaved.csv"
    resaved.write_bytes(("\ufeff" + "\r\n".join(x.replace(",", ";") for x in lines)).encode())
    assert main([*verify, "--seed", "42", "--expect", str(resaved)]) == 0
    capsys.readouterr()
    assert main([*verify, "--seed", "43", "--expect", str(result)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("different at row")
    tampered = tmp_path / "t.csv"
    tampered.write_text(result.read_text().replace("selected", "reserve", 1))
    assert main([*verify, "--seed", "42", "--expect", str(tampered)]) == 1


def test_infeasible_quotas_exit_2_and_write_nothing(tmp_path: Path) -> None:
    pool, _ = write_inputs(tmp_path)
    quotas = write_csv(
        tmp_path / "q.csv",
        ["category", "value", "min", "max"],
        [*quota_rows(12), ["milieu", "urbain", 10, ""]],
    )
    out = tmp_path / "r.csv"
    done = run_cli(*draw_args(pool, quotas, "--seed", "1", "-o", str(out)))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "relax them: lower the minimum of milieu=urbain from 10 to 8" in done.stderr
    assert not out.exists() and not list(tmp_path.glob(".draw-*"))


@pytest.mark.parametrize(
    ("pool_bytes", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02\xff\xfe" * 50, ""),
        (b"nom;milieu\r\nA;rural\r\n", "no “id” column"),
        ("\ufeffid;milieu\r\nx;rural\r\nx;urbain\r\n".encode(), "appears twice"),
        (b"id,milieu\n" + b"".join(b"p%d,rural\n" % i for i in range(20_001)), "more than 20000"),
    ],
)
def test_hostile_pools_exit_2(tmp_path: Path, capsys, pool_bytes: bytes, message: str) -> None:
    pool = tmp_path / "pool.csv"
    pool.write_bytes(pool_bytes)
    quotas = write_csv(tmp_path / "q.csv", ["category", "value", "min", "max"], [])
    out = tmp_path / "r.csv"
    code = main(
        [
            "draw",
            "run",
            "--pool",
            str(pool),
            "--quotas",
            str(quotas),
            "--size",
            "1",
            "--seed",
            "1",
            "-o",
            str(out),
            "--lang",
            "en",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert message in err
    assert not out.exists()


def test_formula_ids_are_neutralised(tmp_path: Path) -> None:
    rows = pool_rows(30)
    rows[0][0] = '=HYPERLINK("http://x")'
    pool = write_csv(tmp_path / "pool.csv", HEADER, rows)
    quotas = write_csv(
        tmp_path / "q.csv", ["category", "value", "min", "max"], [["statut", "pro", 1, ""]]
    )
    out = tmp_path / "r.csv"
    assert (
        main(
            [
                "draw",
                "run",
                "--pool",
                str(pool),
                "--quotas",
                str(quotas),
                "--size",
                "5",
                "--seed",
                "1",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    text = out.read_text()
    assert "'=HYPERLINK" in text and "\n=" not in text


def test_notice_and_minutes_pdfs(tmp_path: Path, capsys) -> None:
    from pdf_checks import pdf_text, qpdf_ok

    pool, quotas = write_inputs(tmp_path)
    common = [
        "--pool",
        str(pool),
        "--quotas",
        str(quotas),
        "--size",
        "12",
        "--groups",
        "2",
        "--title",
        "Laboratoire 2027",
        "--seed-source",
        "Loto du 05/12/2026",
        "--lang",
        "en",
    ]
    notice = tmp_path / "notice.pdf"
    assert main(["draw", "freeze", *common, "--notice", str(notice)]) == 0
    digest = capsys.readouterr().out.strip()
    qpdf_ok(notice)
    text = " ".join(pdf_text(notice).split())
    assert "Notice of draw" in text and "Loto du 05/12/2026" in text
    assert digest[:32] in text and digest[32:] in text
    minutes = tmp_path / "pv.pdf"
    assert (
        main(
            [
                "draw",
                "run",
                *common,
                "--seed",
                "4 8 15",
                "-o",
                str(tmp_path / "r.csv"),
                "--minutes",
                str(minutes),
            ]
        )
        == 0
    )
    qpdf_ok(minutes)
    text = " ".join(pdf_text(minutes).split())
    assert "Minutes of the draw" in text and "4 8 15" in text and digest[:32] in text
    first_selected = next(
        line.split(",")[0]
        for line in (tmp_path / "r.csv").read_text().splitlines()
        if ",selected," in line
    )
    assert first_selected in text
