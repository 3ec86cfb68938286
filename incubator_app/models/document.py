"""Files attached to an entrepreneur, stored once by content hash under the data dir."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned


class Document(Versioned, Base):
    __tablename__ = "document"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    # SHA-256 hex digest; the file lives at <data dir>/documents/<aa>/<digest>.
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    doc_type: Mapped[str] = mapped_column(String(40), default="other")
    mime_type: Mapped[str | None] = mapped_column(String(120))
    size_bytes: Mapped[int] = mapped_column(Integer)
    uploaded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class StoredFileContent(Base):
    """The bytes of a stored file (documents, event materials), on a shared PostgreSQL only:
    every PC opens what another attached, copied from here into its data folder (the local
    cache). On SQLite the data folder alone holds the files and this table stays empty."""

    __tablename__ = "stored_file_content"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_not_negative"),)

    # SHA-256 hex digest of `content`, as in document.content_hash / event_material's.
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
