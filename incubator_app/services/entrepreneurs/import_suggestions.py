"""The closest entries of a list for a value a file names its own way (no Qt, no database).

    ranked = suggest("Cinéma, audiovisuel", entries, field="discipline")
    ranked[0].entry.label == "Audiovisuel et cinéma"; is_clear(ranked) is True

Texts are compared without accents, case, punctuation, small words (et, de, la…) or word order
(rapidfuzz's WRatio on the normalised text), plus a table of synonyms seen in real French
files, which names the entries a value stands for by their stable code (`livre_edition`), never
by a label that users may rename. A suggestion is *clear* when it is good enough and well ahead
of the second (`CLEAR_SCORE`, `CLEAR_MARGIN`); only a clear one may be taken without asking.

A value naming two different entries ("Arts visuels, arts numériques": the list has both
`Arts visuels` and `Création numérique`) is never clear, however close one of them looks: its
entries get the same score, so the person who knows the file decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from incubator_app.db.search_index import fold
from incubator_app.i18n import Msg

#: A suggestion must score at least this (0-100) to be taken without asking...
CLEAR_SCORE = 80.0
#: ...and be at least this many points ahead of the second.
CLEAR_MARGIN = 15.0
#: Entries scoring less are not suggested at all.
MIN_SCORE = 65.0
MAX_SUGGESTIONS = 5

_SMALL_WORDS = frozenset("a au aux d de des du en et l la le les ou sur the of and or".split())

#: Values of real files -> codes (disciplines) or values (enumerations) they stand for, by field.
#: Several codes: the value is ambiguous and the person must choose.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "discipline": {
        "livre litterature": ("livre_edition",),
        "litterature": ("livre_edition",),
        "edition": ("livre_edition",),
        "ecriture": ("livre_edition",),
        "bande dessinee": ("livre_edition", "arts_visuels"),
        "cinema audiovisuel": ("audiovisuel",),
        "cinema": ("audiovisuel",),
        "video": ("audiovisuel",),
        "arts visuels arts numeriques": ("arts_visuels", "numerique"),
        "arts numeriques": ("numerique",),
        "multimedia": ("numerique",),
        "jeu video": ("numerique",),
        "arts plastiques": ("arts_visuels",),
        "photographie": ("arts_visuels",),
        "theatre": ("spectacle_vivant",),
        "danse": ("spectacle_vivant",),
        "cirque": ("spectacle_vivant",),
        "arts rue": ("spectacle_vivant",),
        "musiques actuelles": ("musique",),
        "artisanat art": ("metiers_art",),
        "mode": ("design",),
    },
    "gender": {
        "mlle": ("female",),
        "mademoiselle": ("female",),
        "m": ("male",),
        "mr": ("male",),
        "non binaire": ("other",),
    },
    "education_level": {
        "bac 2": ("bac_2",),
        "bts": ("bac_2",),
        "dut": ("bac_2",),
        "but": ("bac_3",),
        "licence pro": ("bac_3",),
        "cap": ("below_bac",),
        "bep": ("below_bac",),
        "sans diplome": ("below_bac",),
        "master 2": ("bac_5",),
        "dnsep": ("bac_5",),
        "dnap": ("bac_3",),
    },
    "job_seeker": {
        "de": ("true",),
        "demandeur emploi": ("true",),
        "demandeuse emploi": ("true",),
        "inscrit france travail": ("true",),
        "inscrit pole emploi": ("true",),
        "france travail": ("true",),
        "pole emploi": ("true",),
        "salarie": ("false",),
        "en emploi": ("false",),
    },
}


@dataclass(frozen=True)
class Entry:
    """One choice for a value: `value` is what is stored (an id, an enumeration value, "true"),
    `label` what a person reads, `code` the stable name synonyms use, `aliases` other names."""

    value: str
    label: str | Msg
    code: str = ""
    aliases: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Suggestion:
    entry: Entry
    score: float  # 0-100


def normalise(text: str) -> str:
    """`Livre, littérature` -> `livre litterature`: folded, words only, no small words."""
    words = re.sub(r"[^0-9a-z]+", " ", fold(text.replace("’", "'"))).split()
    kept = [w for w in words if w not in _SMALL_WORDS]
    return " ".join(kept or words)


def _score(value: str, entry: Entry) -> float:
    names = [str(entry.label), entry.code.replace("_", " "), *entry.aliases]
    best = 0.0
    for name in names:
        target = normalise(name)
        if target:
            best = max(best, fuzz.WRatio(value, target), fuzz.token_sort_ratio(value, target))
    return best


def _parts(value: str) -> list[str]:
    return [normalise(p) for p in re.split(r"[,/;&+]| et | and ", value) if normalise(p)]


def _entries_named_by_parts(
    text: str, entries: Sequence[Entry], by_code: dict[str, Entry], synonyms: dict
) -> list[Entry]:
    """The entries the parts of "X, Y" name, when they are at least two different ones."""
    parts = _parts(text)
    if len(parts) < 2:
        return []
    named: list[Entry] = []
    for part in parts:
        hits = [by_code[c] for c in synonyms.get(part, ()) if c in by_code]
        if not hits and entries:
            best = max(entries, key=lambda e: _score(part, e))
            hits = [best] if _score(part, best) >= CLEAR_SCORE else []
        named.extend(e for e in hits if e not in named)
    return named if len(named) >= 2 else []


def suggest(text: str, entries: Sequence[Entry], *, field: str = "") -> list[Suggestion]:
    """The closest entries for `text`, best first (ties in list order), at most
    MAX_SUGGESTIONS, none below MIN_SCORE."""
    value = normalise(text)
    if not value:
        return []
    scores = {e.value: _score(value, e) for e in entries}
    by_code = {e.code: e for e in entries if e.code}
    by_code.update({e.value: e for e in entries if e.value not in by_code})
    synonyms = SYNONYMS.get(field, {})
    named = [by_code[c] for c in synonyms.get(value, ()) if c in by_code]
    if named:
        # A known synonym outranks any resemblance ("Master 2" looks like "Bac + 2").
        scores = {v: min(score, 100.0 - CLEAR_MARGIN) for v, score in scores.items()}
    else:
        named = _entries_named_by_parts(text, entries, by_code, synonyms)
    for entry in named:
        scores[entry.value] = 100.0
    order = {e.value: i for i, e in enumerate(entries)}
    ranked = sorted(entries, key=lambda e: (-scores[e.value], order[e.value]))
    kept = [Suggestion(e, round(scores[e.value], 1)) for e in ranked]
    kept = [s for s in kept if s.score >= MIN_SCORE]
    return kept[:MAX_SUGGESTIONS]


def is_clear(suggestions: Sequence[Suggestion]) -> bool:
    """The first suggestion may be taken without asking: good enough, well ahead of the next."""
    if not suggestions or suggestions[0].score < CLEAR_SCORE:
        return False
    return len(suggestions) == 1 or suggestions[0].score - suggestions[1].score >= CLEAR_MARGIN
