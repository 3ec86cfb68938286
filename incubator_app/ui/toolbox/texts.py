"""What the toolbox's fixed values are called on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_app.models.vocabulary import SheetKind, SheetStatus


def kind_label(kind: SheetKind | str) -> str:
    return {
        "experience": QCoreApplication.translate("Toolbox", "Experience"),
        "method": QCoreApplication.translate("Toolbox", "Method"),
        "template": QCoreApplication.translate("Toolbox", "Template"),
        "guide": QCoreApplication.translate("Toolbox", "Guide"),
        "link": QCoreApplication.translate("Toolbox", "Link"),
        "contact_tip": QCoreApplication.translate("Toolbox", "Contact tip"),
    }[SheetKind(kind).value]


def status_label(status: SheetStatus | str) -> str:
    return {
        "draft": QCoreApplication.translate("Toolbox", "Draft"),
        "published": QCoreApplication.translate("Toolbox", "Published"),
        "archived": QCoreApplication.translate("Toolbox", "Archived"),
    }[SheetStatus(status).value]


def field_label(field: str) -> str:
    return {
        "title": QCoreApplication.translate("Toolbox", "Title"),
        "summary": QCoreApplication.translate("Toolbox", "Summary"),
        "body": QCoreApplication.translate("Toolbox", "Text"),
        "context": QCoreApplication.translate("Toolbox", "Context"),
        "partners": QCoreApplication.translate("Toolbox", "Partners"),
        "budget": QCoreApplication.translate("Toolbox", "Budget"),
        "worked": QCoreApplication.translate("Toolbox", "What worked"),
        "failed": QCoreApplication.translate("Toolbox", "What did not work"),
        "results": QCoreApplication.translate("Toolbox", "Results"),
        "tags": QCoreApplication.translate("Toolbox", "Tags"),
        "disciplines": QCoreApplication.translate("Toolbox", "Disciplines"),
        "territory": QCoreApplication.translate("Toolbox", "Territory"),
        "url": QCoreApplication.translate("Toolbox", "Link"),
        "licence": QCoreApplication.translate("Toolbox", "Licence"),
        "attachments_text": QCoreApplication.translate("Toolbox", "Attached files"),
    }.get(field, field)
