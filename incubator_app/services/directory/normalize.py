"""Normalising what listings write: names, web sites, e-mails, phones, years, identifiers.

Names are compared folded (no case, no accents, no punctuation), their words sorted, without the
words every cultural actor's name carries (festival, musée, association, de, la…): what remains
is the name's core (`musée des musiques populaires` → `musiques populaires`).
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

#: Words that say what an actor is, not which one it is.
STOP_WORDS = frozenset(
    """
    a au aux d de des du en et l la le les sur sous par pour dans un une the of and
    festival festivals fest musee musees museum association asso assoc cie compagnie
    theatre centre maison espace lieu salle ville commune municipal municipale
    saint sainte st ste
    """.split()
)
#: Words too general to make a name rare (kept in the core, but not used for blocking).
_GENERIC = frozenset({"art", "arts", "culture", "culturel", "culturelle", "musique", "musiques"})

_NON_WORD = re.compile(r"[^0-9a-z]+")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([^/\s?#:]+)")


def fold(text: str | None) -> str:
    """Lower case, no accents, punctuation as single spaces: `Musée d'Art` → `musee d art`."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text).lower().replace("œ", "oe").replace("æ", "ae"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip()


def name_tokens(name: str | None) -> list[str]:
    """The name's core words, sorted (word order does not matter)."""
    return sorted(t for t in fold(name).split() if t not in STOP_WORDS)


def name_key(name: str | None) -> str:
    """The core as one string; the folded full name when the core is empty (`musée municipal`)."""
    tokens = name_tokens(name)
    return " ".join(tokens) if tokens else " ".join(sorted(fold(name).split()))


def blocking_tokens(name: str | None) -> list[str]:
    return core_blocking_tokens(name_tokens(name))


def core_blocking_tokens(core: list[str]) -> list[str]:
    """The words of a name's core rare enough to block on (not `art`, not a number)."""
    return [t for t in core if len(t) > 2 and t not in _GENERIC and not t.isdigit()]


def web_domain(url: str | None) -> str | None:
    """`https://www.Festival-X.fr/agenda` → `festival-x.fr`; None for what is not a site."""
    if not url:
        return None
    text = str(url).strip().lower()
    if "@" in text or " " in text.strip():
        return None
    match = _DOMAIN.match(text)
    if not match or "." not in match.group(1):
        return None
    domain = match.group(1).strip(".")
    # A page on a shared host says nothing about who it is.
    if domain in {"facebook.com", "fr-fr.facebook.com", "m.facebook.com", "instagram.com"}:
        path = text.split(match.group(1), 1)[-1].strip("/").split("/")[0]
        return f"{domain}/{path}" if path else None
    return domain


def email_address(text: str | None) -> str | None:
    """A lower-cased e-mail address, or None (phone numbers end up in e-mail columns)."""
    if not text:
        return None
    candidate = str(text).strip().lower().split()[0].strip(";,")
    return candidate if _EMAIL.match(candidate) else None


def phone_number(text: str | None) -> str | None:
    """French numbers as ten digits (`+33 (0)4 …` → `04…`); None when it is no phone number."""
    if not text:
        return None
    digits = re.sub(r"\D", "", str(text))
    if digits.startswith("0033"):
        digits = "0" + digits[4:]
    elif digits.startswith("330") and len(digits) == 12:
        digits = digits[2:]
    elif digits.startswith("33") and len(digits) == 11:
        digits = "0" + digits[2:]
    elif len(digits) == 9:
        digits = "0" + digits
    return digits if len(digits) == 10 and digits.startswith("0") else None


def creation_year(value: object) -> int | None:
    """`2014`, `01/01/2005 00:00`, a date or a number → the year; `12ème` (a century) → None."""
    if value is None:
        return None
    if hasattr(value, "year"):
        return int(value.year)
    if isinstance(value, float | int):
        number = int(value)
        return number if 1500 <= number <= 2100 else None
    match = _YEAR.search(str(value))
    return int(match.group(1)) if match else None


def siret_number(text: str | None) -> str | None:
    """A valid SIRET (Luhn checked) as 14 digits, else None."""
    if not text:
        return None
    compact = re.sub(r"\D", "", str(text))
    return compact if len(compact) == 14 and stdnum_siret.is_valid(compact) else None


def siren_number(text: str | None) -> str | None:
    """A valid SIREN (9 digits, Luhn), or the SIREN of a valid SIRET, else None."""
    if not text:
        return None
    compact = re.sub(r"\D", "", str(text))
    if len(compact) == 14 and stdnum_siret.is_valid(compact):
        return compact[:9]
    return compact if len(compact) == 9 and stdnum_siren.is_valid(compact) else None


def rna_number(text: str | None) -> str | None:
    """An association's RNA number `W` + 9 digits (or an old `NNNP…`), upper case."""
    if not text:
        return None
    compact = re.sub(r"\s", "", str(text)).upper()
    return compact if re.fullmatch(r"W\d{9}|\d{3}P\d{7}", compact) else None


def coordinate(value: object) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(str(value).replace(",", ".").strip())
    except ValueError:
        return None
    return number if -180.0 <= number <= 180.0 else None


def lat_lon(text: str | None) -> tuple[float | None, float | None]:
    """A geocode `43.5, 5.4` (or `43,5, 5,4`) in one cell."""
    if not text:
        return None, None
    numbers = re.findall(r"-?\d+(?:[.,]\d+)?", str(text))
    if len(numbers) < 2:
        return None, None
    if len(numbers) == 4:  # decimal commas: "43,5, 5,4"
        numbers = [f"{numbers[0]}.{numbers[1]}", f"{numbers[2]}.{numbers[3]}"]
    return coordinate(numbers[0]), coordinate(numbers[1])
