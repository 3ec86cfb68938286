"""What the projects' fixed values are called on screen, and one line per person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_app.models.vocabulary import ProjectStatus


def status_label(status: ProjectStatus | str) -> str:
    return {
        "planned": QCoreApplication.translate("Projects", "Planned"),
        "under_way": QCoreApplication.translate("Projects", "Under way"),
        "done": QCoreApplication.translate("Projects", "Done"),
        "stopped": QCoreApplication.translate("Projects", "Stopped"),
    }[ProjectStatus(status).value]


def kind_label(kind: str) -> str:
    return {
        "entrepreneur": QCoreApplication.translate("Projects", "entrepreneur"),
        "contact": QCoreApplication.translate("Projects", "contact"),
    }[kind]


def person_line(person) -> str:
    """ "Paul Martin — Théâtre du Merlan (contact)"."""
    line = person.name
    if person.organisation:
        line += f" — {person.organisation}"
    return f"{line} ({kind_label(person.kind)})"
