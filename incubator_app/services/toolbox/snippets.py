"""Highlighted snippets of a search hit: the passage of the sheet (or of its files' text) where
the typed words are, with each match marked. The same rule as the index (case and accents set
aside, each typed word the start of a word), in Python, so that SQLite and PostgreSQL show the
same snippets. The text is folded to bytes by a table and searched with `bytes.find` (C speed),
and of a long text only the start, up to the passage shown, when every word is found in it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from incubator_app.db.search_index import _FOLD_FROM, _FOLD_TO

#: Characters shown before the first match and in all.
_BEFORE = 70
_LENGTH = 260

Segment = tuple[str, bool]  # (text, is a match)


@dataclass(frozen=True)
class Snippet:
    field: str  # which part of the sheet: "summary", "body", "attachments_text"…
    segments: tuple[Segment, ...]

    def marked(self, start: str = "[", end: str = "]") -> str:
        return "".join(f"{start}{t}{end}" if hit else t for t, hit in self.segments)


@lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    variants: dict[str, set[str]] = {}
    for accented, plain in zip(_FOLD_FROM, _FOLD_TO, strict=True):
        variants.setdefault(plain, {plain, plain.upper()}).update({accented, accented.upper()})
    return {k: "[" + "".join(sorted(v)) + "]" for k, v in variants.items()}


def _word_pattern(word: str) -> str:
    classes = _letter_classes()
    pattern = "".join(classes.get(c, re.escape(c)) for c in word)
    # A folded "oe"/"ae" is also the ligature the text may hold.
    for plain, ligature in (("oe", "œŒ"), ("ae", "æÆ")):
        a, b = (classes.get(c, c) for c in plain)
        pattern = pattern.replace(a + b, f"(?:{a}{b}|[{ligature}])")
    return pattern


def match_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """Matches, as whole words, every word that starts with one of `words` (folded)."""
    alternatives = "|".join(_word_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """One character for one (positions stay those of the original text): accented letters to
    their plain lower-case letter, A-Z to a-z."""
    table = {ord(a): b for a, b in zip(_FOLD_FROM, _FOLD_TO, strict=True)}
    table.update({ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    return table


#: Occurrences of one word looked at, at most, per field.
_MAX_OCCURRENCES = 64
#: The first part of a long text folded to look for the words; four times more each time
#: they are not all found in it, or the passage to show does not end in it.
_FIRST_WINDOW = 4096
_ERRORS = "incubator-toolbox-fold"
#: The byte that stands for a letter or digit outside Latin-1 that folding leaves as it is
#: ("ª": a letter, never in an ASCII word).
_OTHER_LETTER = "\xaa"


def _fold_unencodable(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    table = _fold_table()
    out = []
    for char in error.object[error.start : error.end]:
        folded = table.get(ord(char))
        out.append(folded or (_OTHER_LETTER if char.isalnum() else " "))
    return "".join(out), error.end


@lru_cache(maxsize=1)
def _byte_tables() -> tuple[bytes, tuple[bool, ...]]:
    """Folding of Latin-1 bytes (as _fold_table) and which bytes stand for a letter or digit."""
    codecs.register_error(_ERRORS, _fold_unencodable)
    fold = bytes(ord(_fold_table().get(b, chr(b))) for b in range(256))
    return fold, tuple(chr(b).isalnum() for b in range(256))


def _folded_bytes(text: str) -> bytes:
    """The text folded as _fold_table does, one byte per character (the same positions), for
    ASCII words to be looked for: Latin-1 bytes folded by a table (C speed), other characters
    (rare) by the error handler, to their plain letter, a letter or a space."""
    fold, _alnum = _byte_tables()
    return text.encode("latin-1", _ERRORS).translate(fold)


def _occurrences(folded: str | bytes, word: str | bytes) -> list[tuple[int, int]]:
    """(start, end) of the words of `folded` that start with `word` (find: C speed)."""
    found: list[tuple[int, int]] = []
    size = len(folded)
    if isinstance(folded, bytes):
        alnum = _byte_tables()[1].__getitem__
    else:
        alnum = str.isalnum
    at = folded.find(word)  # type: ignore[arg-type]
    while at != -1 and len(found) < _MAX_OCCURRENCES:
        if at == 0 or not alnum(folded[at - 1]):  # type: ignore[arg-type]
            end = at + len(word)
            while end < size and alnum(folded[end]):  # type: ignore[arg-type]
                end += 1
            found.append((at, end))
        at = folded.find(word, at + 1)  # type: ignore[arg-type]
    return found


def _matches(text: str, words: Sequence[str]) -> tuple[int, list[tuple[int, int]]]:
    """How many of `words` the text holds, and where (sorted; the occurrences of the passage
    best_snippet shows, at least: after it, a long text is not read)."""
    if any(("oe" in w or "ae" in w) for w in words) and any(c in text for c in "œŒæÆ"):
        # A ligature is one character for two letters: the (slower) pattern handles it.
        pattern = match_pattern(words)
        spans = [m.span() for m in pattern.finditer(text)][: _MAX_OCCURRENCES * len(words)]
        from incubator_app.db.search_index import fold

        distinct = {w for a, b in spans for w in words if fold(text[a:b]).startswith(w)}
        return len(distinct), spans
    ascii_words = all(w.isascii() for w in words)
    keys: Sequence[str | bytes] = [w.encode() for w in words] if ascii_words else words
    size = _FIRST_WINDOW
    while True:
        part = text if size >= len(text) else text[:size]
        folded = _folded_bytes(part) if ascii_words else part.translate(_fold_table())
        distinct, merged = _found(folded, keys)
        # Final when the whole text was read, or when every word is found and the passage
        # (at most _LENGTH from the first match) ends inside the part read: the occurrences
        # it shows are those of the whole text (the first ones of each word, in order; a word
        # cut at the part's end lies after the passage, where the full text's does too).
        if part is text or (distinct == len(words) and merged[0][0] + _LENGTH < size):
            return distinct, merged
        size *= 4


def _found(folded: str | bytes, words: Sequence[str | bytes]) -> tuple[int, list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    distinct = 0
    for word in words:
        found = _occurrences(folded, word)
        if found:
            distinct += 1
            spans.extend(found)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for span in spans:  # a word matched by two typed prefixes is marked once
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return distinct, merged


def best_snippet(fields: Sequence[tuple[str, str | None]], words: Sequence[str]) -> Snippet | None:
    """The passage of the field (in the order given, to break ties) holding most of `words`."""
    if not words:
        return None
    best: tuple[int, str, str, list[tuple[int, int]]] | None = None
    for name, text in fields:
        if not text:
            continue
        score, spans = _matches(text, words)
        if spans and (best is None or score > best[0]):
            best = (score, name, text, spans)
            if score == len(words):
                break
    if best is None:
        return None
    _, name, text, spans = best
    first_start, first_end = spans[0]
    start = max(0, first_start - _BEFORE)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first_start else start
    end = min(len(text), start + _LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first_end else end
    segments: list[Segment] = []
    if start:
        segments.append(("…", False))
    cursor = start
    for a, b in spans:
        if a < start:
            continue
        if b > end:
            break
        if a > cursor:
            segments.append((_flat(text[cursor:a]), False))
        segments.append((text[a:b], True))
        cursor = b
    if cursor < end:
        segments.append((_flat(text[cursor:end]), False))
    if end < len(text):
        segments.append(("…", False))
    return Snippet(name, tuple(segments))


_WHITESPACE = re.compile(r"\s+")


def _flat(text: str) -> str:
    return _WHITESPACE.sub(" ", text)
