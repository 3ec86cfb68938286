"""Export the entrepreneurs list as it is filtered and sorted on screen, to CSV or XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from incubator_app import clock
from incubator_app.services.entrepreneurs.export import export_entrepreneurs as write_list_file
from incubator_app.services.entrepreneurs.export import format_for_path
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter
from incubator_app.services.paging import SortOrder
from incubator_app.ui.context import AppContext
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.messages import tr_msg
from incubator_app.ui.ops import Operation
from incubator_app.ui.settings import AppSettings


def default_export_name(file_format: str = "xlsx", today: date | None = None) -> str:
    day = (today or clock.today()).isoformat()
    return (
        QCoreApplication.translate("ExportActions", "entrepreneurs-%1").replace("%1", day)
        + f".{file_format}"
    )


def export_to(
    parent: QWidget | None,
    context: AppContext,
    entrepreneur_filter: EntrepreneurFilter,
    sort: SortOrder | None,
    path: str | Path,
) -> Operation:
    """Writes the list to `path` (format from its extension) through the database worker."""
    path = Path(path)
    file_format = format_for_path(path)
    actor = context.actor

    def run(session, progress, cancel) -> int:
        return write_list_file(
            session,
            entrepreneur_filter,
            path,
            actor=actor,
            file_format=file_format,
            sort=sort,
            translate=tr_msg,
            progress=progress,
            cancel=cancel,
        )

    def done(count: int) -> None:
        window = parent.window() if parent is not None else None
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            message = QCoreApplication.translate(
                "ExportActions", "%1 entrepreneur(s) exported to %2."
            )
            bar().showMessage(message.replace("%1", str(count)).replace("%2", path.name), 8000)

    return context.ops.run(
        run,
        label=QCoreApplication.translate("ExportActions", "Exporting the list…"),
        parent=parent,
        on_done=done,
    )


def ask_export_path(parent: QWidget | None, settings: AppSettings) -> str:
    """Asks where to write (in the folder of the last export, else Documents); the chosen
    filter sets the extension when the name has none."""
    xlsx_filter = QCoreApplication.translate("ExportActions", "Excel workbook (*.xlsx)")
    csv_filter = QCoreApplication.translate("ExportActions", "CSV for Excel, semicolon (*.csv)")
    suggested = start_path(settings, FileKind.EXPORTS, default_export_name())
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportActions", "Export the list"),
        suggested,
        f"{xlsx_filter};;{csv_filter}",
    )
    if not path:
        return ""
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        path += ".csv" if chosen == csv_filter else ".xlsx"
    remember_folder(settings, FileKind.EXPORTS, path)
    return path


def export_entrepreneurs(
    parent: QWidget | None,
    context: AppContext,
    entrepreneur_filter: EntrepreneurFilter,
    sort: SortOrder | None,
) -> Operation | None:
    """File dialog with a default name, then the export in the background."""
    path = ask_export_path(parent, context.settings)
    if not path:
        return None
    return export_to(parent, context, entrepreneur_filter, sort, path)
