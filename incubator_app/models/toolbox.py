"""The shared toolbox (boîte à outils): sheets of methods, templates, guides, links, contact tips
and experiences (what worked, what did not), their attached files and their version history.

`ToolboxFilesText` holds the text extracted from a sheet's attachments, joined and capped, in a
row and a full-text index of its own (db/toolbox_index.py: FTS5 on SQLite, a generated `tsvector`
column on PostgreSQL), searched beside the sheet's; services/toolbox/attachments.py is the only
writer. (Until revision 0039 it was the sheet's `attachments_text` column.)
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Timestamped, Versioned, str_enum, utcnow
from incubator_app.models.document import listen_content_release
from incubator_app.models.vocabulary import ExtractionNote, SheetKind, SheetStatus

__all__ = [
    "ExtractionNote",
    "SheetKind",
    "SheetStatus",
    "ToolboxAttachment",
    "ToolboxFilesText",
    "ToolboxSheet",
    "ToolboxSheetRevision",
]


class ToolboxSheet(Versioned, Base):
    __tablename__ = "toolbox_sheet"
    __table_args__ = (Index("ix_toolbox_sheet_status_updated", "status", "updated_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[SheetKind] = mapped_column(str_enum(SheetKind, "sheet_kind"))
    status: Mapped[SheetStatus] = mapped_column(
        str_enum(SheetStatus, "sheet_status"), default=SheetStatus.DRAFT
    )
    summary: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    # Experience sheets (any kind may fill them).
    context: Mapped[str | None] = mapped_column(Text)
    partners: Mapped[str | None] = mapped_column(Text)
    budget: Mapped[str | None] = mapped_column(Text)
    worked: Mapped[str | None] = mapped_column(Text)
    failed: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    # "tag one, tag two" as typed, normalised by services/toolbox/sheets.py.
    tags: Mapped[str | None] = mapped_column(Text)
    disciplines: Mapped[str | None] = mapped_column(Text)
    territory: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000))
    licence: Mapped[str | None] = mapped_column(String(60))
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), index=True
    )
    author_name: Mapped[str] = mapped_column(String(200))
    published_at: Mapped[datetime | None]
    last_reviewed_on: Mapped[date | None]
    call_id: Mapped[int | None] = mapped_column(
        ForeignKey("cooperation_call.id", ondelete="SET NULL"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    # The project it was started from (no foreign key: added by a plain ALTER TABLE, 0032).
    project_id: Mapped[int | None] = mapped_column(Integer, index=True)


class ToolboxFilesText(Base):
    """The searchable text of a sheet's files: each file's name and extracted text, newest
    version only, oldest file first, capped (services/toolbox/attachments.py). No row when the
    sheet has no file."""

    __tablename__ = "toolbox_files_text"

    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("toolbox_sheet.id", ondelete="CASCADE"), primary_key=True
    )
    joined_text: Mapped[str] = mapped_column(Text)


class ToolboxAttachment(Timestamped, Base):
    """A file of a sheet, stored once by SHA-256 under `<data dir>/toolbox/<aa>/<digest>`."""

    __tablename__ = "toolbox_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("toolbox_sheet.id", ondelete="CASCADE"), index=True
    )
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str | None] = mapped_column(String(120))
    size_bytes: Mapped[int] = mapped_column(Integer)
    extracted_text: Mapped[str | None] = mapped_column(Text)
    extraction_note: Mapped[ExtractionNote | None] = mapped_column(
        str_enum(ExtractionNote, "extraction_note")
    )
    uploaded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


listen_content_release(ToolboxAttachment.__table__)


class ToolboxSheetRevision(Base):
    """The sheet as saved, each time (append-only): number 1 is the creation."""

    __tablename__ = "toolbox_sheet_revision"
    __table_args__ = (UniqueConstraint("sheet_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("toolbox_sheet.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
    saved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    saved_by_login: Mapped[str] = mapped_column(String(120))
    content: Mapped[str] = mapped_column(Text)  # JSON of the sheet's fields
