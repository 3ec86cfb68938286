"""Where data files live (platformdirs user data dir unless told otherwise)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from incubator_app import APP_NAME


def data_dir() -> Path:
    """INCUBATOR_APP_DATA_DIR overrides the platform default (tests, portable installs)."""
    override = os.environ.get("INCUBATOR_APP_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "incubator.sqlite3"


def documents_dir() -> Path:
    return data_dir() / "documents"


def stored_document_path(content_hash: str) -> Path:
    """Where a document's content lives: stored once by its SHA-256 (`documents/ab/abcd…`)."""
    return documents_dir() / content_hash[:2] / content_hash
