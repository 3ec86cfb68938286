"""Highlighted snippets of a search hit: the passage of the sheet (or of its files' text) where
the typed words are, with each match marked. The same rule as the index (case and accents set
aside, each typed word the start of a word), in Python, so that SQLite and PostgreSQL show the
same snippets. Regular expressions run in C: a 300,000-character attachment text costs little.
"""

from __future__ import annotations

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


def _occurrences(folded: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of the words of `folded` that start with `word` (str.find: C speed)."""
    found: list[tuple[int, int]] = []
    size = len(folded)
    at = folded.find(word)
    while at != -1 and len(found) < _MAX_OCCURRENCES:
        if at == 0 or not folded[at - 1].isalnum():
            end = at + len(word)
            while end < size and folded[end].isalnum():
                end += 1
            found.append((at, end))
        at = folded.find(word, at + 1)
    return found


def _matches(text: str, words: Sequence[str]) -> tuple[int, list[tuple[int, int]]]:
    """How many of `words` the text holds, and where (sorted)."""
    if any(("oe" in w or "ae" in w) for w in words) and any(c in text for c in "œŒæÆ"):
        # A ligature is one character for two letters: the (slower) pattern handles it.
        pattern = match_pattern(words)
        spans = [m.span() for m in pattern.finditer(text)][: _MAX_OCCURRENCES * len(words)]
        from incubator_app.db.search_index import fold

        distinct = {w for a, b in spans for w in words if fold(text[a:b]).startswith(w)}
        return len(distinct), spans
    folded = text.translate(_fold_table())
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
