"""The text of an attached file, for the search: PDF (pypdf), DOCX and ODT (their XML read
with the standard library: both are zip files of XML, nothing else is needed), plain text.

Never raises on a bad file: a damaged, password-protected or unknown file gives no text and a
note (`ExtractionNote`) that the sheet shows. Zip members are read with a size cap (a "zip bomb"
stops at the cap), and the text kept is capped too.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from xml.etree import ElementTree as ET

from incubator_app.models import ExtractionNote

log = logging.getLogger(__name__)

#: Text kept per file for the search (about 40 pages of prose).
MAX_TEXT_CHARS = 100_000
#: Uncompressed XML read from a DOCX or ODT at most.
MAX_XML_BYTES = 30 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Office file is an OLE container
_TEXT_SUFFIXES = {".txt", ".md", ".csv", ".text"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class Extracted:
    text: str
    note: ExtractionNote | None


def _finish(text: str) -> Extracted:
    text = _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", text.replace("\x00", ""))).strip()
    if not text:
        return Extracted("", ExtractionNote.NO_TEXT)
    if len(text) > MAX_TEXT_CHARS:
        return Extracted(text[:MAX_TEXT_CHARS], ExtractionNote.TRUNCATED)
    return Extracted(text, None)


def _pdf(content: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    reader = PdfReader(io.BytesIO(content))
    if reader.is_encrypted:
        # Many PDFs are "encrypted" with an empty user password (only printing is limited).
        try:
            if not reader.decrypt(""):
                return Extracted("", ExtractionNote.PASSWORD_PROTECTED)
        except Exception:  # noqa: BLE001 (pypdf raises several kinds for unknown schemes)
            return Extracted("", ExtractionNote.PASSWORD_PROTECTED)
    parts: list[str] = []
    size = 0
    try:
        for page in reader.pages:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                break
    except FileNotDecryptedError:
        return Extracted("", ExtractionNote.PASSWORD_PROTECTED)
    return _finish("\n\n".join(parts))


def _zip_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    with archive.open(info) as member:
        data = member.read(MAX_XML_BYTES + 1)
    return data[:MAX_XML_BYTES]


def _paragraph_texts(root: ET.Element, paragraph_tags: set[str], text_tag: str | None):
    for element in root.iter():
        if element.tag in paragraph_tags:
            if text_tag is None:
                yield "".join(element.itertext())
            else:
                yield "".join(t.text or "" for t in element.iter(text_tag))


def _docx(content: bytes) -> Extracted:
    archive = zipfile.ZipFile(io.BytesIO(content))
    xml = _zip_member(archive, "word/document.xml")
    if xml is None:
        return Extracted("", ExtractionNote.UNREADABLE)
    root = ET.fromstring(xml)
    return _finish("\n".join(_paragraph_texts(root, {f"{_W}p"}, f"{_W}t")))


def _odt(content: bytes) -> Extracted:
    archive = zipfile.ZipFile(io.BytesIO(content))
    manifest = _zip_member(archive, "META-INF/manifest.xml") or b""
    if b"encryption-data" in manifest:
        return Extracted("", ExtractionNote.PASSWORD_PROTECTED)
    xml = _zip_member(archive, "content.xml")
    if xml is None:
        return Extracted("", ExtractionNote.UNREADABLE)
    root = ET.fromstring(xml)
    return _finish("\n".join(_paragraph_texts(root, {f"{_ODF_TEXT}p", f"{_ODF_TEXT}h"}, None)))


def _plain(content: bytes) -> Extracted:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return _finish(content.decode(encoding))
        except UnicodeDecodeError:
            continue
    return Extracted("", ExtractionNote.UNREADABLE)


def extract_text(content: bytes, name: str) -> Extracted:
    """The searchable text of a file named `name` (its suffix says how to read it)."""
    suffix = PurePath(name).suffix.lower()
    if content.startswith(_OLE_MAGIC) and suffix in {".docx", ".odt", ".xlsx", ".pptx"}:
        return Extracted("", ExtractionNote.PASSWORD_PROTECTED)
    readers = {".pdf": _pdf, ".docx": _docx, ".odt": _odt}
    reader = readers.get(suffix) or (_plain if suffix in _TEXT_SUFFIXES else None)
    if reader is None:
        return Extracted("", ExtractionNote.UNSUPPORTED)
    try:
        return reader(content)
    except Exception as exc:  # noqa: BLE001 (any damage in any library: a note, never a crash)
        log.info("no text from %s: %r", name, exc)
        return Extracted("", ExtractionNote.UNREADABLE)
