"""incubator_app.clock: the incubator's day and time in its zone, whatever the computer's zone;
the zone is the profile's, validated, and applied when a database opens."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import time_machine

from incubator_app import clock
from incubator_app.db.migrate import open_database
from incubator_app.errors import ValidationError
from incubator_app.services.administration.setup import (
    create_incubator,
    get_incubator_profile,
    update_incubator_profile,
)

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _paris_again():
    yield
    clock.set_zone(clock.DEFAULT_ZONE)


def test_today_is_the_incubators_day_not_utcs() -> None:
    # 23:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Paris.
    with time_machine.travel(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), tick=False):
        assert clock.today() == date(2027, 1, 1)
        assert clock.now().hour == 0 and clock.now().minute == 30
        assert clock.now_utc().date() == date(2026, 12, 31)
        clock.set_zone("America/Mexico_City")
        assert clock.today() == date(2026, 12, 31)
        assert clock.now().hour == 17


def test_summer_and_winter_offsets_follow_the_zone() -> None:
    with time_machine.travel(datetime(2027, 3, 28, 0, 59, tzinfo=UTC), tick=False):
        assert clock.now().strftime("%H:%M %z") == "01:59 +0100"
    with time_machine.travel(datetime(2027, 3, 28, 1, 0, tzinfo=UTC), tick=False):
        assert clock.now().strftime("%H:%M %z") == "03:00 +0200"  # 02:00–03:00 never happens


def test_an_unknown_zone_is_refused() -> None:
    for bad in ["Europe/Pariss", "", " Europe/Paris", "../../etc/passwd"]:
        assert not clock.is_valid_zone(bad)
        with pytest.raises(ValueError):
            clock.set_zone(bad)
    assert clock.zone_name() == "Europe/Paris"
    assert "Europe/Paris" in clock.known_zones()


def test_the_profile_zone_is_validated_and_applied_when_the_database_opens(
    tmp_path: Path,
) -> None:
    path = tmp_path / "zone.sqlite3"
    db = open_database(path)
    with db.session() as session:
        admin = create_incubator(
            session,
            name="Red de Casas de Cultura",
            admin_login="admin",
            admin_display_name="Admin",
            admin_password="a-long-password",
            time_zone="America/Mexico_City",
        )
        assert clock.zone_name() == "America/Mexico_City"
        version = get_incubator_profile(session).version_id
        with pytest.raises(ValidationError) as caught:
            update_incubator_profile(
                session, expected_version=version, actor=admin, time_zone="Mexico"
            )
        assert set(caught.value.field_errors) == {"time_zone"}
        assert get_incubator_profile(session).time_zone == "America/Mexico_City"
    db.dispose()

    clock.set_zone("Europe/Paris")
    db = open_database(path)
    assert clock.zone_name() == "America/Mexico_City"
    with db.session() as session:
        profile = get_incubator_profile(session)
        update_incubator_profile(
            session, expected_version=profile.version_id, actor=admin, time_zone="Europe/Rome"
        )
    assert clock.zone_name() == "Europe/Rome"
    db.dispose()


def test_a_new_database_without_a_profile_runs_on_paris_time(tmp_path: Path) -> None:
    clock.set_zone("Asia/Tokyo")
    open_database(tmp_path / "new.sqlite3").dispose()
    assert clock.zone_name() == "Europe/Paris"
