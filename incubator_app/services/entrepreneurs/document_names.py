r"""The names of attached documents: what is accepted, and the safe form every screen shows.

A file name comes from outside (a dropped file, a path typed, another OS). Control characters,
a NUL and line breaks can break a list row or a log line; the bidirectional overrides and
isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) reorder what is
shown, so that `facture\u202efdp.exe` reads as "facture" + "exe.pdf": an executable disguised as a
PDF. A new name loses them (line breaks and tabs become spaces). A name already stored before
this rule is shown with them escaped (`\u202e`), never interpreted.

Refused, with a message naming the file: an empty name (or one made only of such characters),
`.` and `..` (or any name made only of dots and spaces, which Windows strips to nothing), and the
device names Windows reserves (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, in any case, with or
without an extension: `nul.txt` and `Con .tar.gz` are devices too), which no Windows PC can save.
No Qt.
"""

from __future__ import annotations

import re
import unicodedata

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.services.validation import Validator

FIELD = "original_name"
MAX_NAME_LENGTH = 255

# Bidirectional controls: embeddings and overrides, isolates, and the implicit marks.
_BIDI = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
# Line and paragraph separators outside the C0/C1 controls.
_BREAKS = frozenset("\u2028\u2029")
# Windows devices; the superscript digits count too (COM¹ is a device on Windows 10 and 11).
_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"{port}{digit}" for port in ("com", "lpt") for digit in "123456789\u00b9\u00b2\u00b3"]
)
_SPACES = re.compile(r"\s+")


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in _BIDI or char in _BREAKS


def safe_display_name(name: str) -> str:
    """The name as screens, messages and the history show it: every control, line break and
    bidirectional character written as an escape (`\\n`, `\\x00`, `\\u202e`), so nothing is
    hidden or reordered. A name that has none comes back unchanged."""
    if not any(_unsafe(c) for c in name):
        return name
    out = []
    for char in name:
        if not _unsafe(char):
            out.append(char)
        elif char in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char])
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(f"\\u{ord(char):04x}")
    return "".join(out)


def _without_unsafe(name: str) -> str:
    kept = []
    for char in name:
        if char in "\n\r\t\x0b\x0c\x85" or char in _BREAKS:
            kept.append(" ")
        elif not _unsafe(char):
            kept.append(char)
    return _SPACES.sub(" ", "".join(kept)).strip()


def is_reserved_device(name: str) -> bool:
    """`nul`, `CON.txt`, `aux .tar.gz`: Windows reads the part before the first dot, with
    trailing spaces ignored, as a device."""
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.lower() in _DEVICES


def clean_document_name(v: Validator, name: str) -> str:
    """The name to store: unsafe characters removed; errors on `v` (field `original_name`)
    for a name that is empty, only dots, a Windows device or too long."""
    shown = safe_display_name(name)
    cleaned = _without_unsafe(name)
    if not cleaned:
        if name.strip():
            v.add(
                FIELD,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The file name “{name}” has no visible character: rename the file.",
                    ),
                    name=shown,
                ),
            )
        else:
            v.required(FIELD, None)
        return cleaned
    if not cleaned.strip(". "):
        v.add(
            FIELD,
            msg(
                QT_TRANSLATE_NOOP("Validation", "“{name}” is not a file name: rename the file."),
                name=shown,
            ),
        )
    elif is_reserved_device(cleaned):
        v.add(
            FIELD,
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "“{name}” is a device name Windows reserves (CON, PRN, AUX, NUL, COM1–COM9, "
                    "LPT1–LPT9, with or without an extension): rename the file.",
                ),
                name=shown,
            ),
        )
    else:
        v.max_length(FIELD, cleaned, MAX_NAME_LENGTH)
    return cleaned
