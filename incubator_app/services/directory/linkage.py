"""Record linkage without a database: blocking, scoring, one-to-one decisions, three zones.

Blocking: two records become a candidate pair when they share an identifier (registry id, SIRET,
web site, e-mail, phone), or the same commune, or the same département and a rare word of their
names. Inside a commune, two names must share a word or begin alike.

Scoring, Fellegi–Sunter style: each field adds the log-odds weight of its agreement level
(`nom 0,91 +4,2 · même commune +3,1 · même site web +6 · année de création différente −1,5`);
the sum is the score. A shared identifier of the same registry is a definite match, two different
SIRETs (or ids of one registry) a definite non-match.

Decision, per pair of listings: greedy one-to-one by descending score (a record is matched to at
most one record of the other listing, unless that listing says it holds duplicates) — never
connected components, which chain different actors together. Then three zones: merged
automatically (≥ auto), to review (≥ review), rejected.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from incubator_app.services.directory import normalize as norm

DEFINITE = 30.0
AUTO_ABOVE = 8.0
REVIEW_ABOVE = 3.0
#: A commune block above this many pairs (per listing pair) is split by name words.
MAX_BLOCK_PAIRS = 2_000


@dataclass(slots=True)
class LinkRecord:
    """What linkage compares of one source record."""

    id: int
    listing: int
    name: str
    commune: str | None = None  # INSEE code of the city (districts folded into their city)
    departement: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    siret: str | None = None
    registry: dict[str, str] = field(default_factory=dict)
    year: int | None = None
    discipline: str | None = None
    lat: float | None = None
    lon: float | None = None
    key: str = ""
    tokens: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    discipline_key: str = ""

    def __post_init__(self) -> None:
        folded = norm.fold(self.name).split()  # folded once: 100,000 records per run
        core = sorted(t for t in folded if t not in norm.STOP_WORDS)
        self.key = " ".join(core) if core else " ".join(sorted(folded))
        self.tokens = tuple(norm.core_blocking_tokens(core))
        self.words = frozenset(self.key.split())
        self.discipline_key = norm.fold(self.discipline) if self.discipline else ""


@dataclass(frozen=True)
class Candidate:
    a: int  # record ids, a < b
    b: int
    score: float
    evidence: str
    zone: str = "reject"


def _fmt(number: float) -> str:
    text = f"{number:+.1f}".replace(".", ",").replace("-", "−")
    return text


def _distance_km(a: LinkRecord, b: LinkRecord) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    x = (lon2 - lon1) * math.cos((lat1 + lat2) / 2)
    return 6371.0 * math.hypot(x, lat2 - lat1)


def name_similarity(a: LinkRecord, b: LinkRecord) -> float:
    if not a.key or not b.key:
        return 0.0
    return max(fuzz.ratio(a.key, b.key), fuzz.token_set_ratio(a.key, b.key) - 5) / 100.0


def score_pair(
    a: LinkRecord, b: LinkRecord, rarity: dict[str, float] | None = None
) -> tuple[float, str]:
    """The log-odds score of a pair and its explanation, field by field (in French)."""
    score, parts = score_parts(a, b, rarity)
    return score, explain(parts)


def explain(parts: str | list[tuple[str, float]]) -> str:
    if isinstance(parts, str):
        return parts
    return " · ".join(f"{label.replace('.', ',')} {_fmt(w)}" for label, w in parts)


def name_similarities(
    records: Sequence[LinkRecord], pairs: Sequence[tuple[int, int]]
) -> list[float]:
    """`name_similarity` of many pairs at once: rapidfuzz scores the aligned lists of keys in
    C (`process.cpdist`, on every core) instead of two Python calls per pair."""
    if not pairs:
        return []
    left = [records[i].key for i, _j in pairs]
    right = [records[j].key for _i, j in pairs]
    ratio = process.cpdist(left, right, scorer=fuzz.ratio, dtype=np.float64, workers=-1)
    token_set = process.cpdist(
        left, right, scorer=fuzz.token_set_ratio, dtype=np.float64, workers=-1
    )
    return [
        max(r, t - 5) / 100.0 if a and b else 0.0
        for r, t, a, b in zip(ratio.tolist(), token_set.tolist(), left, right, strict=True)
    ]


def score_parts(
    a: LinkRecord,
    b: LinkRecord,
    rarity: dict[str, float] | None = None,
    sim: float | None = None,
) -> tuple[float, str | list[tuple[str, float]]]:
    """The score and its parts (label, weight), or the text of a definite decision (`sim`: the
    name similarity when it was computed in a batch)."""
    parts: list[tuple[str, float]] = []
    for registry, value in a.registry.items() if a.registry and b.registry else ():
        other = b.registry.get(registry)
        if other is not None and registry != "registry_id":
            if other == value:
                return DEFINITE, f"même identifiant {registry} {value} (certain)"
            return -DEFINITE, f"identifiants {registry} différents (certain)"
    if a.siret and b.siret:
        if a.siret == b.siret:
            return DEFINITE, "même SIRET (certain)"
        return -DEFINITE, "SIRET différents (certain)"
    if sim is None:
        sim = name_similarity(a, b)
    if sim >= 0.97:
        weight = 5.0
    elif sim >= 0.90:
        weight = 4.0
    elif sim >= 0.80:
        weight = 2.0
    elif sim >= 0.65:
        weight = -1.0
    else:
        weight = -5.0
    if weight > 0 and rarity is not None:
        shared = a.words & b.words
        best = max((rarity.get(t, 1.0) for t in shared), default=0.4)
        weight *= best  # "musée municipal" twice says little
    parts.append((f"nom {sim:.2f}", weight))
    if a.commune and b.commune:
        if a.commune == b.commune:
            parts.append(("même commune", 3.0))
        elif a.departement and a.departement == b.departement:
            parts.append(("autre commune du département", -2.5))
        else:
            parts.append(("autre département", -5.0))
    if a.website and b.website:
        parts.append(
            ("même site web", 6.0) if a.website == b.website else ("site web différent", -1.0)
        )
    if a.email and b.email:
        parts.append(("même e-mail", 6.0) if a.email == b.email else ("e-mail différent", -0.5))
    if a.phone and b.phone:
        parts.append(
            ("même téléphone", 5.0) if a.phone == b.phone else ("téléphone différent", -1.0)
        )
    if a.year and b.year:
        if a.year == b.year:
            parts.append(("même année de création", 1.5))
        elif abs(a.year - b.year) > 1:
            parts.append(("année de création différente", -1.5))
    if a.discipline and b.discipline:
        if a.discipline_key == b.discipline_key:
            parts.append(("même discipline", 0.5))
        else:
            parts.append(("autre discipline", -1.0))
    distance = _distance_km(a, b)
    if distance is not None:
        if distance < 0.1:
            parts.append(("même lieu", 1.5))
        elif distance < 2:
            parts.append(("lieux proches", 0.5))
        elif distance > 20:
            parts.append(("lieux éloignés", -2.0))
    total = sum(w for _, w in parts)
    return total, parts


def rarity_of(records: Sequence[LinkRecord]) -> dict[str, float]:
    """Weight factor of each name word: 1 for rare words, down to 0.3 for the commonest."""
    counts: dict[str, int] = defaultdict(int)
    for r in records:
        for t in r.words:
            counts[t] += 1
    total = max(len(records), 1)
    out = {}
    for t, c in counts.items():
        idf = math.log(total / c)
        out[t] = max(0.3, min(1.0, idf / 5.0))
    return out


def _identifier_keys(r: LinkRecord) -> Iterable[str]:
    for registry, value in r.registry.items():
        if registry != "registry_id":
            yield f"id:{registry}:{value}"
    for prefix, value in (
        ("siret", r.siret),
        ("web", r.website),
        ("mail", r.email),
        ("tel", r.phone),
    ):
        if value:
            yield f"{prefix}:{value}"


def candidate_pairs(
    records: Sequence[LinkRecord],
    within: Iterable[int] = (),
    only: set[int] | None = None,
) -> set[tuple[int, int]]:
    """Pairs (index, index) of records of different listings sharing a block, and of records of
    one listing of `within` (listings said to hold their own duplicates).

    `only` (indexes): an incremental run, only the pairs with at least one side in it. The
    blocks are still built over every record (the same block sizes and rare words as a full
    run), so these pairs are exactly the full run's pairs that involve `only`."""
    inside = set(within)
    blocks: dict[str, list[int]] = defaultdict(list)
    token_count: dict[str, int] = defaultdict(int)
    for r in records:
        for t in set(r.tokens):
            token_count[t] += 1
    rare_limit = max(50, len(records) // 200)
    for i, r in enumerate(records):
        for key in _identifier_keys(r):
            blocks[key].append(i)
        if r.commune:
            blocks[f"c:{r.commune}"].append(i)
        if r.departement:
            rare = sorted(r.tokens, key=lambda t: token_count[t])[:2]
            for t in rare:
                if token_count[t] <= rare_limit:
                    blocks[f"d:{r.departement}:{t}"].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2:
            continue
        if only is not None and not any(i in only for i in members):
            continue
        by_listing: dict[int, list[int]] = defaultdict(list)
        for i in members:
            by_listing[records[i].listing].append(i)
        listings = sorted(by_listing)
        sides = [(la, lb) for x, la in enumerate(listings) for lb in listings[x + 1 :]]
        sides += [(la, la) for la in listings if la in inside and len(by_listing[la]) > 1]
        if not sides:
            continue
        for la, lb in sides:
            left, right = by_listing[la], by_listing[lb]
            if key.startswith("c:") and len(left) * len(right) > 4:
                # Inside a commune, names must share a word or begin alike: a pair with
                # nothing in common scores far below any zone (identifiers have their own
                # blocks).
                _split_by_words(records, left, right, pairs, only)
                continue
            if len(left) * len(right) > MAX_BLOCK_PAIRS:
                continue  # a web host or e-mail shared by thousands says nothing
            for i in left:
                for j in right:
                    if i != j and (only is None or i in only or j in only):
                        pairs.add((i, j) if i < j else (j, i))
    return pairs


def _split_by_words(
    records: Sequence[LinkRecord],
    left: list[int],
    right: list[int],
    pairs: set[tuple[int, int]],
    only: set[int] | None = None,
) -> None:
    by_word: dict[str, list[int]] = defaultdict(list)
    for j in right:
        for t in records[j].words | {"^" + records[j].key[:4]}:
            by_word[t].append(j)
    for i in left:
        for t in records[i].words | {"^" + records[i].key[:4]}:
            group = by_word.get(t, ())
            if len(group) > 200:
                continue
            for j in group:
                if i != j and (only is None or i in only or j in only):
                    pairs.add((i, j) if i < j else (j, i))


def link_records(
    records: Sequence[LinkRecord],
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    duplicates_allowed: Iterable[int] = (),
    decided: dict[tuple[int, int], str] | None = None,
    only: set[int] | None = None,
) -> list[Candidate]:
    """Every candidate pair scored, decided one-to-one per listing pair, and zoned.

    `decided` holds a person's verdicts ({(a, b): "same"|"different"}): never overturned.
    `only` (record indexes): only the pairs with at least one side in it (an incremental run;
    see `candidate_pairs`)."""
    decided = decided or {}
    allowed = set(duplicates_allowed)
    rarity = rarity_of(records)
    scored: list[tuple[float, int, int, Any]] = []
    pairs = list(candidate_pairs(records, allowed, only))
    for (i, j), sim in zip(pairs, name_similarities(records, pairs), strict=True):
        score, evidence = score_parts(records[i], records[j], rarity, sim)
        if score < review_above - 6.0:
            continue  # far below any zone: not even a rejected candidate worth keeping
        scored.append((score, i, j, evidence))

    def order(s: tuple[float, int, int, Any]) -> tuple:
        a, b = sorted((records[s[1]].id, records[s[2]].id))
        return (decided.get((a, b)) != "same", -s[0], a, b)  # a person's "same" first

    scored.sort(key=order)
    # taken[(record index, other listing)]: matched already in that listing pair.
    taken: set[tuple[int, int]] = set()
    out: list[Candidate] = []
    for score, i, j, evidence in scored:
        a, b = records[i], records[j]
        pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        verdict = decided.get(pair)
        if verdict == "different":
            zone = "reject"
        elif verdict == "same":
            zone = "auto"
        else:
            free = ((i, b.listing) not in taken or b.listing in allowed) and (
                (j, a.listing) not in taken or a.listing in allowed
            )
            if not free:
                zone = "reject"
            elif score >= auto_above:
                zone = "auto"
            elif score >= review_above:
                zone = "review"
            else:
                zone = "reject"
        if zone in ("auto", "review"):
            taken.add((i, b.listing))
            taken.add((j, a.listing))
        text = explain(evidence) if zone != "reject" else ""
        out.append(Candidate(pair[0], pair[1], round(score, 2), text, zone))
    return out


def zone_counts(candidates: Iterable[Candidate]) -> dict[str, int]:
    counts = {"auto": 0, "review": 0, "reject": 0}
    for c in candidates:
        counts[c.zone] += 1
    return counts


def record_from_values(
    record_id: int, listing: int, values: dict[str, Any], city, dep
) -> LinkRecord:
    disciplines = values.get("disciplines") or []
    return LinkRecord(
        id=record_id,
        listing=listing,
        name=values.get("name") or "",
        commune=city,
        departement=dep,
        website=values.get("website"),
        email=values.get("email"),
        phone=values.get("phone"),
        siret=values.get("siret"),
        registry=dict(values.get("registry_ids") or {}),
        year=values.get("creation_year"),
        discipline=disciplines[0] if disciplines else None,
        lat=values.get("latitude"),
        lon=values.get("longitude"),
    )
