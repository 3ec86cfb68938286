"""What each extraction note tells the reader of a sheet (translatable)."""

from __future__ import annotations

from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import ExtractionNote

_NOTES = {
    ExtractionNote.PASSWORD_PROTECTED: QT_TRANSLATE_NOOP(
        "Toolbox", "protected by a password: kept, but its text is not searched"
    ),
    ExtractionNote.UNREADABLE: QT_TRANSLATE_NOOP(
        "Toolbox", "damaged or not the kind of file its name says: kept, its text is not searched"
    ),
    ExtractionNote.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Toolbox", "a kind of file whose text is not read (only PDF, DOCX, ODT and text files)"
    ),
    ExtractionNote.NO_TEXT: QT_TRANSLATE_NOOP(
        "Toolbox", "no text found in it (a scanned document?): only its name is searched"
    ),
    ExtractionNote.TRUNCATED: QT_TRANSLATE_NOOP(
        "Toolbox", "very long: only its beginning is searched"
    ),
}


def note_message(note: ExtractionNote) -> Msg:
    return msg(_NOTES[note])
