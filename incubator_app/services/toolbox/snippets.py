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


def _distinct_words(found: list[re.Match[str]], words: Sequence[str]) -> int:
    from incubator_app.db.search_index import fold

    seen = {w for m in found[:200] for w in words if fold(m.group()).startswith(w)}
    return len(seen)


def best_snippet(fields: Sequence[tuple[str, str | None]], words: Sequence[str]) -> Snippet | None:
    """The passage of the field (in the order given, to break ties) holding most of `words`."""
    if not words:
        return None
    pattern = match_pattern(words)
    best: tuple[int, str, str, list[re.Match[str]]] | None = None
    for name, text in fields:
        if not text:
            continue
        found = list(pattern.finditer(text))
        if not found:
            continue
        score = _distinct_words(found, words)
        if best is None or score > best[0]:
            best = (score, name, text, found)
    if best is None:
        return None
    _, name, text, found = best
    start = max(0, found[0].start() - _BEFORE)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < found[0].start() else start
    end = min(len(text), start + _LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > found[0].end() else end
    segments: list[Segment] = []
    if start:
        segments.append(("…", False))
    cursor = start
    for m in found:
        if m.start() < start:
            continue
        if m.end() > end:
            break
        if m.start() > cursor:
            segments.append((_flat(text[cursor : m.start()]), False))
        segments.append((m.group(), True))
        cursor = m.end()
    if cursor < end:
        segments.append((_flat(text[cursor:end]), False))
    if end < len(text):
        segments.append(("…", False))
    return Snippet(name, tuple(segments))


_WHITESPACE = re.compile(r"\s+")


def _flat(text: str) -> str:
    return _WHITESPACE.sub(" ", text)
