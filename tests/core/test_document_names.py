"""Hostile document names (issue 20 §2): control characters, NUL, line breaks and bidirectional
overrides never reach a screen as such; `..`, empty names and Windows device names are refused
with a message naming the file; nothing is stored for a refused name."""

from __future__ import annotations

import pytest
from helpers_people import make_entrepreneur

from incubator_app.db.paths import documents_dir
from incubator_app.errors import ValidationError
from incubator_app.services.administration.audit_log import entrepreneur_history
from incubator_app.services.entrepreneurs.document_names import (
    is_reserved_device,
    safe_display_name,
)
from incubator_app.services.entrepreneurs.documents import (
    attach_document,
    document_path,
    list_documents,
)

pytestmark = pytest.mark.core

RLO = "\u202e"
# Every character a name must not carry to a screen: C0 and C1 controls, DEL, the line and
# paragraph separators, the bidi embeddings, overrides, isolates and marks.
UNSAFE = (
    [chr(c) for c in range(0x20)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u2028", "\u2029", "\u200e", "\u200f", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def _stored_files() -> list:
    root = documents_dir()
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (f"facture{RLO}fdp.exe", "facturefdp.exe"),  # shown as "factureexe.pdf" otherwise
        ("devis\x00.pdf", "devis.pdf"),
        ("ligne 1\nligne 2\r\n.pdf", "ligne 1 ligne 2 .pdf"),
        ("tab\there.txt", "tab here.txt"),
        ("\u2066isolé\u2069\u200f.odt", "isolé.odt"),
        ("bip\x07\x1b[31mrouge\x9b.txt", "bip[31mrouge.txt"),
        ("  Budget 2027 .xlsx  ", "Budget 2027 .xlsx"),
        ("console.pdf", "console.pdf"),  # "con" only as the whole stem
        ("com10.txt", "com10.txt"),
        ("nul-et-non-avenu.pdf", "nul-et-non-avenu.pdf"),
        ("..pdf", "..pdf"),
        ("a..b.pdf", "a..b.pdf"),
    ],
)
def test_unsafe_characters_are_removed_from_a_new_name(session, admin, given, stored) -> None:
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, b"contenu", original_name=given, actor=admin)
    assert doc.original_name == stored
    assert not any(c in doc.original_name for c in UNSAFE)
    assert [d.display_name for d in list_documents(session, person.id, actor=admin)] == [stored]


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("..", "is not a file name"),
        (".", None),  # no name left at all once the path is taken off: "required"
        ("C:\\Users\\lea\\..", "is not a file name"),
        ("../..", "is not a file name"),
        ("...", "is not a file name"),
        (". .", "is not a file name"),
        ("", None),
        ("   ", None),
        ("\x00", "has no visible character"),
        (f"{RLO}\u2066\n", "has no visible character"),
        ("con", "device name Windows reserves"),
        ("CON", "device name Windows reserves"),
        ("nul.txt", "device name Windows reserves"),
        ("Aux.tar.gz", "device name Windows reserves"),
        ("prn .pdf", "device name Windows reserves"),
        ("com1", "device name Windows reserves"),
        ("COM9.log", "device name Windows reserves"),
        ("lpt1.pdf", "device name Windows reserves"),
        ("Lpt9", "device name Windows reserves"),
        ("com\u00b9.txt", "device name Windows reserves"),
        (f"n{RLO}ul.pdf", "device name Windows reserves"),  # the override removed, then checked
        ("C:\\temp\\NUL.docx", "device name Windows reserves"),
        ("x" * 252 + ".pdf", "At most 255"),
    ],
)
def test_bad_names_are_refused_naming_the_file(session, admin, given, says) -> None:
    person = make_entrepreneur(session, admin)
    with pytest.raises(ValidationError) as err:
        attach_document(session, person.id, b"contenu", original_name=given, actor=admin)
    assert set(err.value.field_errors) == {"original_name"}
    text = str(err.value.field_errors["original_name"])
    if says is not None:
        assert says in text
    assert not any(c in text for c in UNSAFE)  # the message shows the name escaped
    assert _stored_files() == [] and list_documents(session, person.id, actor=admin) == []


def test_a_path_named_after_a_device_is_refused_too(session, admin, tmp_path) -> None:
    person = make_entrepreneur(session, admin)
    hostile = tmp_path / "aux.pdf"
    hostile.write_bytes(b"%PDF")
    with pytest.raises(ValidationError, match="aux.pdf"):
        attach_document(session, person.id, hostile, actor=admin)
    named = tmp_path / f"photo{RLO}gnp.js"
    named.write_bytes(b"alert(1)")
    doc = attach_document(session, person.id, named, actor=admin)
    assert doc.original_name == "photognp.js"


def test_the_display_form_escapes_what_an_older_row_may_hold(session, admin) -> None:
    assert safe_display_name("Budget 2027.xlsx") == "Budget 2027.xlsx"
    assert safe_display_name(f"facture{RLO}fdp.exe") == "facture\\u202efdp.exe"
    assert safe_display_name("a\x00b\nc\r\td\x7f\x85") == "a\\x00b\\nc\\r\\td\\x7f\\x85"
    assert safe_display_name("\u2066x\u2069\u2028") == "\\u2066x\\u2069\\u2028"
    for char in UNSAFE:
        assert char not in safe_display_name(f"a{char}b")
    # A row written before the rule: the list, the history and the error messages escape it.
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, b"ancien", original_name="ancien.pdf", actor=admin)
    from incubator_app.models import AuditEntry, Document

    session.get(Document, doc.id).original_name = f"ancien{RLO}fdp.exe"
    for entry in session.query(AuditEntry).filter_by(entity="document", entity_id=doc.id):
        entry.changes = {**entry.changes, "original_name": f"ancien{RLO}fdp.exe"}
    session.commit()
    (listed,) = list_documents(session, person.id, actor=admin)
    assert listed.original_name == f"ancien{RLO}fdp.exe"
    assert listed.display_name == "ancien\\u202efdp.exe"
    history = entrepreneur_history(session, person.id, actor=admin)
    assert RLO not in repr(history) and "ancien\\\\u202efdp.exe" in repr(history)
    documents_dir().joinpath(listed.content_hash[:2], listed.content_hash).unlink()
    if session.get_bind().dialect.name == "postgresql":
        # The shared database keeps the content too: remove it there as well, so the file is
        # missing everywhere and the error message is what is checked.
        from sqlalchemy import delete

        from incubator_app.models import StoredFileContent

        session.execute(delete(StoredFileContent))
        session.commit()
    with pytest.raises(Exception) as err:
        document_path(session, doc.id, actor=admin)
    assert RLO not in str(err.value) and "ancien\\u202efdp.exe" in str(err.value)


@pytest.mark.parametrize(
    ("name", "reserved"),
    [
        ("con", True),
        ("CoN.", True),
        ("con .txt", True),
        ("lpt3.a.b", True),
        ("com0", False),
        ("lpt", False),
        ("conference.pdf", False),
        ("x.con", False),
    ],
)
def test_windows_device_names(name, reserved) -> None:
    assert is_reserved_device(name) is reserved
