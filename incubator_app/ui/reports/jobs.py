"""What the Reports page asks for (a plain request) and the work done in the database worker to
turn it into a file. No widgets here: `generate` runs in the worker thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from incubator_app.errors import NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.reports.funder_texts import default_file_name, slugify
from incubator_app.services.actor import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ENTREPRENEUR = "entrepreneur"
FUNDER = "funder"
ATTENDANCE = "attendance"
ATTENDANCE_MONTH = "attendance_month"
KINDS = (ENTREPRENEUR, FUNDER, ATTENDANCE, ATTENDANCE_MONTH)


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    start: date | None = None
    end: date | None = None
    entrepreneur_id: int | None = None
    grant_id: int | None = None
    session_id: int | None = None
    day: date | None = None
    month: date | None = None
    comment: str = ""
    locale: str = "fr"
    #: Words for the default file name: the entrepreneur's name, the grant's reference…
    subject: str = ""

    def file_name(self, extension: str = "pdf") -> str:
        """`rapport-<name>-<period>.<ext>`, slugified."""
        if self.kind == ATTENDANCE_MONTH and self.month:
            return f"emargement-{self.month:%Y-%m}.{extension}"
        if self.kind == ATTENDANCE:
            day = self.day.isoformat() if self.day else "seance"
            return f"emargement-{slugify(self.subject or day)}.{extension}"
        if self.start and self.end:
            return default_file_name(self.subject or self.kind, self.start, self.end, extension)
        return f"rapport-{slugify(self.subject or self.kind)}.{extension}"


Progress = Callable[[int, int], None]


def generate(
    session: Session,
    request: ReportRequest,
    path: Path,
    *,
    actor: Actor,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    excel: bool = False,
) -> Path:
    """Builds the report of `request` into `path` (atomically) and returns the path."""
    if request.kind == FUNDER:
        if excel:
            from incubator_app.reports.funder_workbook import write_funder_workbook as write
        else:
            from incubator_app.reports.funder_report import write_funder_report as write
        return write(
            session,
            request.grant_id,
            request.start,
            request.end,
            path,
            actor=actor,
            locale=request.locale,
            progress=progress,
            cancelled=cancelled,
        )
    if request.kind == ENTREPRENEUR:
        from incubator_app.reports.entrepreneur_report import build_entrepreneur_report
        from incubator_app.services.reporting.entrepreneur_report import entrepreneur_report_data

        data = entrepreneur_report_data(
            session,
            request.entrepreneur_id,
            actor=actor,
            start=request.start,
            end=request.end,
            coach_comment=request.comment,
        )
        return build_entrepreneur_report(data, path, locale=request.locale)
    if request.kind == ATTENDANCE:
        from incubator_app.reports.attendance_sheet import build_attendance_sheet
        from incubator_app.services.reporting.attendance import attendance_sheet_data

        sheet = attendance_sheet_data(
            session, actor=actor, session_id=request.session_id, day=request.day
        )
        if not sheet.sessions:
            raise NotFound(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "No coaching session on {day}: nothing to sign."),
                    day=request.day.strftime("%d/%m/%Y") if request.day else "",
                )
            )
        return build_attendance_sheet(sheet, path, locale=request.locale)
    if request.kind == ATTENDANCE_MONTH:
        from incubator_app.reports.attendance_sheet import build_attendance_summary
        from incubator_app.services.reporting.attendance import attendance_summary_data

        summary = attendance_summary_data(session, request.month, actor=actor)
        return build_attendance_summary(summary, path, locale=request.locale)
    raise ValueError(request.kind)
