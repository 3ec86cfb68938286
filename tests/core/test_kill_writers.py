"""kill -9 during an import, bulk charges and a report (issue 20 "Must hold", the bounded
version run on every run of the suite; tools/kill_campaign.py runs ≥ 100 kills over every
writing phase). After each kill the database opens as the app opens it, `check --full` is clean,
the write happened whole or not at all, the next run succeeds and no leftover stays.

The kill moments come from seeded generators over the span each phase writes in: the same
moments relative to the work on every machine, nothing timed is asserted."""

from __future__ import annotations

import os

import pytest
from kill_harness import build_base, kill_phase

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(
        bool(os.environ.get("INCUBATOR_TEST_DB_URL")),
        reason="SQLite files killed in subprocesses: the PostgreSQL run adds nothing",
    ),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return build_base(tmp_path_factory.mktemp("kill_base"))


@pytest.mark.parametrize("phase", ["import", "charges", "report"])
def test_killed_writers_leave_a_whole_database_and_no_leftover(phase, base, tmp_path) -> None:
    result = kill_phase(phase, base, tmp_path / phase, attempts=2, seed=20261203)
    assert result.failures == []
    # The first kill comes as soon as the command reaches its data: it is always a kill.
    assert result.kills >= 1
