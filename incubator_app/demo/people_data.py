"""Small helpers that turn random draws into plausible personal data."""

from __future__ import annotations

import unicodedata
from random import Random

from incubator_app.models import EducationLevel, Gender

GENDERS = (
    (Gender.FEMALE.value, 0.53),
    (Gender.MALE.value, 0.43),
    (Gender.OTHER.value, 0.01),
    (Gender.UNDISCLOSED.value, 0.03),
)
EDUCATION = (
    (EducationLevel.BELOW_BAC.value, 0.12),
    (EducationLevel.BAC.value, 0.18),
    (EducationLevel.BAC_2.value, 0.2),
    (EducationLevel.BAC_3.value, 0.22),
    (EducationLevel.BAC_5.value, 0.25),
    (EducationLevel.DOCTORATE.value, 0.03),
)
EMAIL_DOMAINS = ("example.org", "example.net", "example.com")


def weighted(rng: Random, choices: tuple[tuple[str, float], ...]) -> str:
    r = rng.random()
    for value, weight in choices:
        r -= weight
        if r < 0:
            return value
    return choices[-1][0]


def ascii_slug(text: str, sep: str = "-") -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = "".join(ch if ch.isalnum() else " " for ch in plain)
    return sep.join(out.split())


def phone_number(rng: Random) -> str:
    """A French mobile number in the usual grouped form (06/07 …)."""
    digits = int(rng.random() * 100_000_000)
    body = f"{digits:08d}"
    prefix = "06" if rng.random() < 0.7 else "07"
    return f"{prefix} {body[0:2]} {body[2:4]} {body[4:6]} {body[6:8]}"


def email_for(rng: Random, first: str, last: str, serial: int) -> str:
    domain = EMAIL_DOMAINS[int(rng.random() * len(EMAIL_DOMAINS))]
    # The serial keeps addresses unique among thousands of namesakes.
    return f"{ascii_slug(first, '')}.{ascii_slug(last, '')}{serial}@{domain}"
