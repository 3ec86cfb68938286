"""What every window and page of a logged-in session shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the main window's module must not pull in SQLAlchemy
    from incubator_app.db.migrate import Database
    from incubator_app.services.actor import Actor
    from incubator_app.services.administration.setup import IncubatorProfileView
    from incubator_app.ui.changes import ChangeBus
    from incubator_app.ui.ops import Operations
    from incubator_app.ui.settings import AppSettings


@dataclass
class AppContext:
    db: Database
    actor: Actor
    profile: IncubatorProfileView | None
    settings: AppSettings
    ops: Operations
    bus: ChangeBus

    @property
    def db_key(self) -> str:
        """Identifies the database in settings; never contains a password."""
        return self.db.url.render_as_string(hide_password=True)
