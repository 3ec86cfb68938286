"""Another PC's save on a shared PostgreSQL database reaches this PC's change bus within 2 s
(LISTEN/NOTIFY); this PC's own saves are not announced a second time."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from incubator_app.ui import changes
from incubator_app.ui.changes import ChangeBus
from incubator_app.ui.server_changes import kinds_of, listen_for_changes

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        not os.environ.get("INCUBATOR_TEST_DB_URL"), reason="needs a PostgreSQL server"
    ),
]

OTHER_PC = """
import sys
from sqlalchemy import create_engine, text
engine = create_engine(sys.argv[1])
with engine.begin() as conn:
    conn.execute(
        text(
            "INSERT INTO discipline (code, label, position, active, created_at, updated_at,"
            " version_id) VALUES ('marionnettes', 'Marionnettes', 99, true, now(), now(), 1)"
        )
    )
engine.dispose()
"""


def test_table_names_become_change_kinds() -> None:
    assert kinds_of({"coaching_note", "session_topic"}) == {changes.COACHING_SESSION}
    assert kinds_of({"exchange_transfer", "audit_entry"}) == {changes.EXCHANGE}


def test_another_pc_save_reaches_the_bus_within_2_s(qtbot, db, db_url) -> None:
    bus = ChangeBus()
    listening = listen_for_changes(db.engine, bus)
    assert listening is not None
    try:
        assert listening.listener.listening.wait(5)
        with qtbot.waitSignal(bus.changed, timeout=2000) as seen:
            subprocess.run([sys.executable, "-c", OTHER_PC, db_url], check=True, timeout=60)
        assert seen.args[0] == {changes.REFERENCE_LIST}
        # This PC's own save (through its own engine) is already shown: no second reload.
        with qtbot.assertNotEmitted(bus.changed, wait=1000):
            with db.engine.begin() as conn:
                conn.execute(text("UPDATE discipline SET active = false"))
    finally:
        listening.stop()
