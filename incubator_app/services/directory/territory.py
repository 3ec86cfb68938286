"""The territorial view of the directory (issue 14): who is where, and who is isolated.

A territory is a département, an EPCI or a region of the commune reference
(services/directory/communes.py). `territory_portrait` gives, for the current (not merged)
actors whose commune lies in it:

- counts per commune and per EPCI, by type, by discipline and by sector, and the actors per
  10,000 inhabitants (municipal population of the reference). Actors placed in a district of
  Paris, Lyon or Marseille count for the city. An EPCI's row counts only its communes inside the
  territory (actors and population alike), so that the rows add up to the territory;
- the communes without any actor (largest population first);
- the **isolated actors**. Definition: an actor is isolated when no other current actor that
  shares one of its disciplines (or, for an actor without a discipline, its type; an actor with
  neither is never called isolated) is placed within `radius_km` kilometres of it (default
  10 km; distance on the local equirectangular plane, within 0.1 % of the great circle at such
  distances), NOR in the same EPCI. A position is the actor's own coordinates, else its
  commune's town hall (reference centroid). Neighbours are looked for across the territory's
  border too (in the communes whose town hall lies within the radius plus 15 km of one inside),
  so an actor next to a colleague on the other side of a département line is not isolated.
- the actors **without any relation**: no link to another actor, to a person or to an
  entrepreneur, and no event attended by one of their people (isolated by their relations, not
  by the map);
- the entrepreneurs supported (not archived) and the events held (not cancelled) per commune
  and EPCI, placed by the commune of their address (the postal code and town written in it).

The counts by commune, type and sector are grouped in SQL; the disciplines (a JSON list) and the
isolation are counted in Python on one pass over the territory's actors (a grid of `radius_km`
cells, so the cost grows with the actors, not with their pairs).

The commune outlines for maps (`commune_outlines`) come from resources/communes/boundaries/, one
file per département written by tools/build_communes.py; only the départements shown are read.
"""

from __future__ import annotations

import json
import lzma
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from incubator_app.errors import NotFound, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ActorContact,
    ActorEntrepreneur,
    ActorLink,
    DirectoryActor,
    Entrepreneur,
    Event,
    Registration,
)
from incubator_app.models.vocabulary import RegistrationStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.communes import (
    RESOURCE,
    CommuneReference,
    commune_reference,
    resolve_commune,
)
from incubator_app.services.directory.normalize import fold

BOUNDARIES = RESOURCE.parent / "boundaries"
TERRITORY_KINDS = ("departement", "epci", "region")
DEFAULT_RADIUS_KM = 10.0

#: The sector words an actor's free `sector` text may hold, grouped in three axes.
SECTORS = ("professional", "amateur", "for_profit", "non_profit", "public")
NO_VALUE = ""  # the key of actors without a type / discipline / sector in the counts


def sector_classes(text: str | None) -> tuple[str, ...]:
    """`"professionnel, associatif"` → ("professional", "non_profit"); English or French,
    any case. Words that name no class give nothing (the actor counts as sector unknown)."""
    if not text:
        return ()
    words = fold(text)
    found = []
    if "professionn" in words or "professional" in words:
        found.append("professional")
    if "amateur" in words:
        found.append("amateur")
    non_profit = any(
        w in words for w in ("non lucratif", "non profit", "nonprofit", "associati", "non marchand")
    )
    if non_profit:
        found.append("non_profit")
    elif any(w in words for w in ("lucratif", "for profit", "commercial", "prive", "marchand")):
        found.append("for_profit")
    if "public" in words.replace("publique", "public"):
        found.append("public")
    return tuple(found)


@dataclass(frozen=True)
class Territory:
    kind: str  # departement, epci, region
    code: str
    name: str
    departements: tuple[str, ...]
    communes: tuple[str, ...]  # INSEE codes of the current communes (no districts)


@dataclass(frozen=True)
class TerritoryChoice:
    kind: str
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}" if self.kind == "departement" else self.name


@dataclass
class AreaCount:
    """A commune's or an EPCI's counts."""

    code: str
    name: str
    population: int | None
    actors: int = 0
    isolated: int = 0
    # Actors without any link (to an actor, a person, an entrepreneur) nor any event attended.
    unconnected: int = 0
    entrepreneurs: int = 0  # supported (not archived), by the commune of their address
    events: int = 0  # held (not cancelled), by the commune of their address
    by_kind: Counter = field(default_factory=Counter)
    by_discipline: Counter = field(default_factory=Counter)
    by_sector: Counter = field(default_factory=Counter)

    @property
    def per_10k(self) -> float | None:
        if not self.population:
            return None
        return self.actors * 10_000 / self.population


@dataclass(frozen=True)
class PlacedActor:
    id: int
    name: str
    kind: str | None
    sector: str | None
    disciplines: tuple[str, ...]
    commune: str  # INSEE code of the city (districts folded)
    commune_name: str
    epci: str | None
    latitude: float | None
    longitude: float | None
    isolated: bool
    # A link to another actor, a person or an entrepreneur, or a person of it attended an event.
    connected: bool = True


@dataclass
class TerritoryPortrait:
    territory: Territory
    radius_km: float
    population: int
    total: AreaCount
    communes: list[AreaCount]  # every commune of the territory, by name
    epcis: list[AreaCount]  # by name; "" for communes outside any EPCI
    actors: list[PlacedActor]  # by name
    attribution: str

    @property
    def isolated(self) -> list[PlacedActor]:
        return [a for a in self.actors if a.isolated]

    @property
    def unconnected(self) -> list[PlacedActor]:
        """No link and no event attended: isolated by their relations, not by the map."""
        return [a for a in self.actors if not a.connected]

    @property
    def without_actor(self) -> list[AreaCount]:
        empty = [c for c in self.communes if c.actors == 0]
        return sorted(empty, key=lambda c: (-(c.population or 0), c.name))

    def actors_of(self, commune: str) -> list[PlacedActor]:
        return [a for a in self.actors if a.commune == commune]


def list_territories(kind: str) -> list[TerritoryChoice]:
    """Every territory of a kind in the reference, for a picker (départements by code)."""
    ref = commune_reference()
    if kind == "departement":
        return [TerritoryChoice(kind, c, v[0]) for c, v in sorted(ref.departements.items())]
    if kind == "region":
        rows = [TerritoryChoice(kind, c, n) for c, n in ref.regions.items()]
    elif kind == "epci":
        used = {c.epci for c in ref.by_insee.values() if c.epci}
        rows = [TerritoryChoice(kind, c, v[0]) for c, v in ref.epci.items() if c in used]
    else:
        raise _unknown_kind(kind)
    return sorted(rows, key=lambda t: fold(t.name))


def _unknown_kind(kind: str) -> ValidationError:
    return ValidationError(
        {
            "territory": msg(
                QT_TRANSLATE_NOOP(
                    "Territory", "Unknown kind of territory {kind}: département, EPCI or region."
                ),
                kind=kind,
            )
        }
    )


def find_territory(kind: str, code: str) -> Territory:
    """The territory of that kind and code (a département `13`, `2A`, `971`; an EPCI's SIREN;
    a region's INSEE code `93`), or a ValidationError naming what was not found."""
    ref = commune_reference()
    code = (code or "").strip().upper()
    if kind == "departement":
        if len(code) == 1 and code.isdigit():
            code = "0" + code
        if code not in ref.departements:
            raise NotFound(
                msg(
                    QT_TRANSLATE_NOOP("Territory", "No département has the code {code}."), code=code
                )
            )
        name = ref.departements[code][0]
        communes = [c for c in ref.by_insee.values() if c.departement == code and not c.parent]
    elif kind == "epci":
        if code not in ref.epci:
            raise NotFound(
                msg(QT_TRANSLATE_NOOP("Territory", "No EPCI has the SIREN {code}."), code=code)
            )
        name = ref.epci[code][0]
        communes = [c for c in ref.by_insee.values() if c.epci == code and not c.parent]
    elif kind == "region":
        if code not in ref.regions:
            raise NotFound(
                msg(QT_TRANSLATE_NOOP("Territory", "No region has the code {code}."), code=code)
            )
        name = ref.regions[code]
        deps = {d for d, (_n, region) in ref.departements.items() if region == code}
        communes = [c for c in ref.by_insee.values() if c.departement in deps and not c.parent]
    else:
        raise _unknown_kind(kind)
    deps = tuple(sorted({c.departement for c in communes}))
    return Territory(kind, code, name, deps, tuple(sorted(c.insee for c in communes)))


def _prefix_filter(departements: Iterable[str]):
    """Actors whose commune lies in these départements (INSEE codes start with their code)."""
    return or_(*(DirectoryActor.commune_insee.startswith(d) for d in sorted(departements)))


def _current():
    return DirectoryActor.merged_into_id.is_(None)


#: How far beyond `radius_km` a neighbouring commune's town hall may lie and still hold an actor
#: within the radius (a commune's actors are placed anywhere in it; the largest are ~20 km wide).
BORDER_MARGIN_KM = 15.0


def _placed(lat: float | None, lon: float | None) -> bool:
    return lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon)


@lru_cache(maxsize=32)
def _border_communes(territory: Territory, radius_km: float) -> tuple[str, ...]:
    """The communes outside the territory (districts of Paris, Lyon, Marseille included) whose
    town hall lies within `radius_km` + BORDER_MARGIN_KM of a town hall inside it: the only
    places outside where an actor can keep an actor inside from being isolated. Kept for the
    last territories asked (the reference does not change while the app runs)."""
    ref = commune_reference()
    reach = radius_km + BORDER_MARGIN_KM
    cell = reach / 111.0
    grid: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for insee in territory.communes:
        c = ref.by_insee[insee]
        if _placed(c.latitude, c.longitude):
            grid[(int(c.latitude // cell), int(c.longitude // cell))].append(
                (c.latitude, c.longitude)
            )
    inside = set(territory.communes)
    limit = (reach / 111.195) ** 2
    out = []
    for c in ref.by_insee.values():
        if c.city in inside or not _placed(c.latitude, c.longitude):
            continue
        k = max(math.cos(math.radians(abs(c.latitude))), 0.1)
        row, col = int(c.latitude // cell), int(c.longitude // cell)
        span = math.ceil(1 / k)
        if any(
            (lat - c.latitude) ** 2 + ((lon - c.longitude) * k) ** 2 <= limit
            for r in (row - 1, row, row + 1)
            for q in range(col - span, col + span + 1)
            for lat, lon in grid.get((r, q), ())
        ):
            out.append(c.insee)
    return tuple(sorted(out))


@cache
def _theme_words(kind: str | None, disciplines: tuple[str, ...]) -> frozenset[str]:
    found = frozenset(f"d:{w}" for d in disciplines if d and (w := fold(d)))
    if found:
        return found
    word = fold(kind) if kind else ""
    return frozenset({f"k:{word}"}) if word else frozenset()


def _themes(kind: str | None, disciplines: Iterable[str]) -> frozenset[str]:
    """What an actor is compared on: its disciplines, else its type (folded; the few distinct
    values are folded once)."""
    return _theme_words(kind, tuple(disciplines))


def territory_portrait(
    session: Session,
    kind: str,
    code: str,
    *,
    radius_km: float = DEFAULT_RADIUS_KM,
    actor: Actor,
) -> TerritoryPortrait:
    """Counts, isolated actors and communes without actors of a territory (module docstring)."""
    require(actor, Permission.VIEW)
    if not radius_km > 0:
        raise ValidationError(
            {"radius": msg(QT_TRANSLATE_NOOP("Territory", "The radius must be more than 0 km."))}
        )
    territory = find_territory(kind, code)
    ref = commune_reference()
    inside = set(territory.communes)

    def city(insee: str | None):
        commune = ref.get(insee)
        if commune is None:
            return None
        return ref.by_insee.get(commune.city, commune)

    communes = {
        insee: AreaCount(insee, ref.by_insee[insee].name, ref.by_insee[insee].population)
        for insee in territory.communes
    }
    epcis: dict[str, AreaCount] = {}
    for insee in territory.communes:
        commune = ref.by_insee[insee]
        key = commune.epci or NO_VALUE
        area = epcis.get(key)
        if area is None:
            area = epcis[key] = AreaCount(key, ref.epci_name(commune.epci) or "", 0)
        area.population = (area.population or 0) + (commune.population or 0)
    total = AreaCount(
        territory.code,
        territory.name,
        sum(ref.by_insee[i].population or 0 for i in territory.communes),
    )

    # Counts by commune, type and sector: grouped in SQL.
    grouped = session.execute(
        select(
            DirectoryActor.commune_insee,
            DirectoryActor.kind,
            DirectoryActor.sector,
            func.count(),
        )
        .where(_current(), _prefix_filter(territory.departements))
        .group_by(DirectoryActor.commune_insee, DirectoryActor.kind, DirectoryActor.sector)
    ).all()
    for insee, kind_, sector, n in grouped:
        commune = city(insee)
        if commune is None or commune.insee not in inside:
            continue
        areas = (communes[commune.insee], epcis[commune.epci or NO_VALUE], total)
        sectors = sector_classes(sector) or (NO_VALUE,)
        for area in areas:
            area.actors += n
            area.by_kind[kind_ or NO_VALUE] += n
            for s in sectors:
                area.by_sector[s] += n

    # Each actor of the territory and its neighbourhood: disciplines and isolation.
    border = _border_communes(territory, radius_km)
    rows = session.execute(
        select(
            DirectoryActor.id,
            DirectoryActor.name,
            DirectoryActor.kind,
            DirectoryActor.sector,
            DirectoryActor.disciplines,
            DirectoryActor.commune_insee,
            DirectoryActor.latitude,
            DirectoryActor.longitude,
        ).where(
            _current(),
            or_(
                _prefix_filter(territory.departements),
                DirectoryActor.commune_insee.in_(list(border)),
            )
            if border
            else _prefix_filter(territory.departements),
        )
    ).all()
    cell_deg = radius_km / 111.0
    grid: dict[tuple[str, int, int], list[tuple[int, float, float]]] = defaultdict(list)
    by_epci: Counter = Counter()
    placed = []
    for actor_id, name, kind_, sector, disciplines, insee, lat, lon in rows:
        commune = city(insee)
        if commune is None:
            continue
        if not _placed(lat, lon):
            lat, lon = commune.latitude, commune.longitude
        if not _placed(lat, lon):  # two town halls of the reference have no position (NaN)
            lat = lon = None
        themes = _themes(kind_, disciplines or [])
        for theme in themes:
            if commune.epci:
                by_epci[(theme, commune.epci)] += 1
            if lat is not None and lon is not None:
                grid[(theme, int(lat // cell_deg), int(lon // cell_deg))].append(
                    (actor_id, lat, lon)
                )
        if commune.insee in inside:
            placed.append(
                (actor_id, name, kind_, sector, disciplines or [], commune, lat, lon, themes)
            )

    connected = _connected_actors(session)
    actors = []
    for actor_id, name, kind_, sector, disciplines, commune, lat, lon, themes in placed:
        # The EPCI first (a dictionary look-up), then the grid around the actor.
        isolated = bool(themes) and not any(
            (commune.epci and by_epci[(theme, commune.epci)] > 1) for theme in themes
        )
        isolated = isolated and not any(
            _has_neighbour(grid, theme, actor_id, lat, lon, radius_km, cell_deg) for theme in themes
        )
        actors.append(
            PlacedActor(
                actor_id,
                name,
                kind_,
                sector,
                tuple(disciplines),
                commune.insee,
                commune.name,
                commune.epci,
                lat,
                lon,
                isolated,
                actor_id in connected,
            )
        )
        areas = (communes[commune.insee], epcis[commune.epci or NO_VALUE], total)
        for area in areas:
            for d in disciplines or [NO_VALUE]:
                area.by_discipline[d] += 1
            area.isolated += isolated
            area.unconnected += actor_id not in connected
    _count_people_and_events(session, inside, city, communes, epcis, total)
    actors.sort(key=lambda a: (a.name.casefold(), a.id))
    return TerritoryPortrait(
        territory,
        radius_km,
        total.population or 0,
        total,
        sorted(communes.values(), key=lambda c: (fold(c.name), c.code)),
        sorted(epcis.values(), key=lambda c: (c.code == NO_VALUE, fold(c.name), c.code)),
        actors,
        ref.attribution,
    )


def _connected_actors(session: Session) -> set[int]:
    """Actors with a link (to an actor, a person, an entrepreneur) or an event attended by one
    of their people."""
    found: set[int] = set()
    for stmt in (
        select(ActorLink.from_actor_id),
        select(ActorLink.to_actor_id),
        select(ActorContact.actor_id),
        select(ActorEntrepreneur.actor_id),
        select(ActorContact.actor_id)
        .join(Registration, Registration.contact_id == ActorContact.contact_id)
        .where(Registration.status == RegistrationStatus.ATTENDED),
    ):
        found.update(session.scalars(stmt.distinct()))
    # A merge moves no link: the links of an actor merged into another are the other's.
    merged_into = dict(
        session.execute(
            select(DirectoryActor.id, DirectoryActor.merged_into_id).where(
                DirectoryActor.merged_into_id.is_not(None)
            )
        ).all()
    )
    roots = set()
    for actor_id in found:
        seen = 0
        while actor_id in merged_into and seen < 1000:
            actor_id, seen = merged_into[actor_id], seen + 1
        roots.add(actor_id)
    return found | roots


_POSTAL_AND_TOWN = re.compile(r"\b(\d{5})\b[ ,]*([^\d,\n]*)")


@lru_cache(maxsize=4096)
def _commune_of_address(address: str):
    """The commune of a written address: its postal code and the town after it
    ("12 rue X, 13001 Marseille"); None when the address names none for sure."""
    for postal, town in _POSTAL_AND_TOWN.findall(address):
        found = resolve_commune(postal=postal, name=town.strip() or None)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=4096)
def _commune_of_person(name: str | None, postal: str | None):
    if not name and not postal:
        return None
    return resolve_commune(postal=postal, name=name)


def _count_people_and_events(session, inside, city, communes, epcis, total) -> None:
    """Entrepreneurs supported (not archived) and events held (not cancelled) per commune and
    EPCI, placed by the commune of their address (grouped in SQL by address first)."""

    def add(commune, attr: str, n: int) -> None:
        commune = city(commune.insee) if commune is not None else None
        if commune is None or commune.insee not in inside:
            return
        for area in (communes[commune.insee], epcis[commune.epci or NO_VALUE], total):
            setattr(area, attr, getattr(area, attr) + n)

    for name, postal, n in session.execute(
        select(Entrepreneur.commune, Entrepreneur.postal_code, func.count())
        .where(Entrepreneur.archived.is_(False))
        .group_by(Entrepreneur.commune, Entrepreneur.postal_code)
    ):
        add(_commune_of_person(name, postal), "entrepreneurs", n)
    for address, n in session.execute(
        select(Event.address, func.count())
        .where(Event.cancelled.is_(False), Event.address.is_not(None))
        .group_by(Event.address)
    ):
        add(_commune_of_address(address), "events", n)


def _has_neighbour(grid, theme, actor_id, lat, lon, radius_km, cell_deg) -> bool:
    if lat is None or lon is None:
        return False
    row, col = int(lat // cell_deg), int(lon // cell_deg)
    # A cell is radius_km tall; in longitude degrees it is narrower than radius_km away from
    # the equator, so look as many cells sideways as the latitude needs.
    k = max(math.cos(math.radians(abs(lat))), 0.1)
    span = math.ceil(1 / k)
    # Equirectangular distance (within 0.1 % of the great circle at these distances), in
    # squared degrees of latitude: no trigonometry per pair. The actor's own cell first.
    limit = (radius_km / 111.195) ** 2
    cells = [(row, col)] + [
        (r, c)
        for r in (row - 1, row, row + 1)
        for c in range(col - span, col + span + 1)
        if (r, c) != (row, col)
    ]
    for r, c in cells:
        for other, olat, olon in grid.get((theme, r, c), ()):
            dlat, dlon = olat - lat, (olon - lon) * k
            if other != actor_id and dlat * dlat + dlon * dlon <= limit:
                return True
    return False


# Map outlines ------------------------------------------------------------------------------


@cache
def _outlines_of(departement: str) -> dict[str, tuple[tuple[tuple[float, float], ...], ...]]:
    path = BOUNDARIES / f"{departement}.json.xz"
    if not path.exists():
        return {}
    data = json.loads(lzma.decompress(path.read_bytes()))
    out = {}
    for insee, rings in data["communes"].items():
        decoded = []
        for flat in rings:
            x, y = flat[0], flat[1]
            points = [(x / 10000, y / 10000)]
            for i in range(2, len(flat), 2):
                x += flat[i]
                y += flat[i + 1]
                points.append((x / 10000, y / 10000))
            decoded.append(tuple(points))
        out[insee] = tuple(decoded)
    return out


def commune_outlines(
    departements: Iterable[str],
) -> dict[str, tuple[tuple[tuple[float, float], ...], ...]]:
    """{INSEE: rings of (lon, lat)} of the communes of these départements (simplified outlines;
    a commune without one is absent: draw its centroid instead)."""
    out: dict[str, tuple] = {}
    for dep in departements:
        out.update(_outlines_of(dep))
    return out


def reference() -> CommuneReference:
    return commune_reference()


Line = tuple[tuple[float, float], ...]


def _inside(x: float, y: float, ring: tuple[tuple[float, float], ...]) -> bool:
    """Even–odd rule."""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


@cache
def _epci_border_lines(departement: str) -> dict[str, tuple[Line, ...]]:
    ref = commune_reference()
    outlines = dict(_outlines_of(departement))
    # The communes across the département's line, so that an EPCI border there is found too.
    for other in _neighbour_departements(departement):
        outlines.update(_outlines_of(other))
    cell = 0.05
    grid: dict[tuple[int, int], list[tuple[str, tuple]]] = defaultdict(list)
    for insee, rings in outlines.items():
        for ring in rings:
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            box = (min(xs), min(ys), max(xs), max(ys))
            for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
                for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                    grid[(gx, gy)].append((insee, box, ring))

    def commune_at(x: float, y: float) -> str | None:
        for insee, (x0, y0, x1, y1), ring in grid.get((int(x // cell), int(y // cell)), ()):
            if x0 <= x <= x1 and y0 <= y <= y1 and _inside(x, y, ring):
                return insee
        return None

    def epci_of(insee: str | None) -> str | None:
        commune = ref.get(insee) if insee else None
        return (commune.epci or insee) if commune else None

    out: dict[str, tuple[Line, ...]] = {}
    for insee, rings in _outlines_of(departement).items():
        mine = epci_of(insee)
        lines: list[list[tuple[float, float]]] = []
        for ring in rings:
            points = list(ring) if ring[0] == ring[-1] else [*ring, ring[0]]
            current: list[tuple[float, float]] = []
            for p, q in zip(points, points[1:], strict=False):
                dx, dy = q[0] - p[0], q[1] - p[1]
                length = math.hypot(dx, dy)
                if length == 0:
                    continue
                # A point a little way off the middle of the edge, on each side: the commune
                # on the other side (outlines simplified one by one do not share their edges
                # exactly, so edges are not matched; a side is asked where it lies).
                mx, my = (p[0] + q[0]) / 2, (p[1] + q[1]) / 2
                off = 0.004
                nx, ny = -dy / length * off, dx / length * off
                sides = {commune_at(mx + nx, my + ny), commune_at(mx - nx, my - ny)}
                sides.discard(insee)
                other = next(iter(sides), None)
                border = other is not None and epci_of(other) != mine
                if border:
                    if not current:
                        current = [p]
                    current.append(q)
                elif current:
                    lines.append(current)
                    current = []
            if current:
                lines.append(current)
        if lines:
            out[insee] = tuple(tuple(line) for line in lines)
    return out


@cache
def _neighbour_departements(departement: str) -> tuple[str, ...]:
    """The départements with a town hall within 40 km of one of this one's."""
    ref = commune_reference()
    mine = [
        (c.latitude, c.longitude)
        for c in ref.by_insee.values()
        if c.departement == departement and c.latitude is not None
    ]
    if not mine:
        return ()
    lo_y, hi_y = min(p[0] for p in mine) - 0.4, max(p[0] for p in mine) + 0.4
    lo_x, hi_x = min(p[1] for p in mine) - 0.6, max(p[1] for p in mine) + 0.6
    found = {
        c.departement
        for c in ref.by_insee.values()
        if c.latitude is not None
        and c.departement != departement
        and lo_y <= c.latitude <= hi_y
        and lo_x <= c.longitude <= hi_x
    }
    return tuple(sorted(found))


def epci_borders(departements: Iterable[str]) -> dict[str, tuple[Line, ...]]:
    """{INSEE: lines of (lon, lat)}: the pieces of a commune's outline that run along the
    border of its EPCI (with a commune of another EPCI, or of none). No EPCI outline is
    shipped: they are found from the commune outlines, each edge asking which commune lies
    just across it. The outer edge of the drawn area is not included (nothing is across)."""
    out: dict[str, tuple[Line, ...]] = {}
    for dep in departements:
        out.update(_epci_border_lines(dep))
    return out
