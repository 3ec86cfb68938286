"""Shared data for the coaching UI tests: coaches, entrepreneurs, and a host widget with
`.context` (what the log dialog expects of its parent window)."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtWidgets import QWidget

from incubator_app.models import Coach, Entrepreneur, PathwayStage

SHOTS = os.environ.get("INCUBATOR_SHOTS_DIR")


def shot(widget: QWidget, name: str) -> None:
    """Saves a screenshot when INCUBATOR_SHOTS_DIR is set (looked at by hand, not asserted)."""
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


class Host(QWidget):
    def __init__(self, context) -> None:
        super().__init__()
        self.context = context


def seed_people(db) -> dict[str, int]:
    with db.session() as s:
        ana = Coach(display_name="Ana Lefèvre")
        bob = Coach(display_name="Bob Garnier")
        s.add_all([ana, bob])
        s.flush()
        people = {}
        for first, last, project in (
            ("Léa", "Dupont", "Atelier céramique"),
            ("Marc", "Dupuis", "Compagnie Les Fous"),
            ("Paul", "Martin", "Studio son"),
            ("Inès", "Moreau", "Éditions du Port"),
        ):
            person = Entrepreneur(
                first_name=first,
                last_name=last,
                project_name=project,
                entry_date=date(2026, 1, 5),
                stage=PathwayStage.INCUBATED,
                referent_coach_id=ana.id if last != "Moreau" else bob.id,
            )
            s.add(person)
            s.flush()
            people[last] = person.id
        s.commit()
        return {"ana": ana.id, "bob": bob.id, **people}
