"""Hours as people type and read them, stored as whole minutes (no floats)."""

from __future__ import annotations

import re

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

_HM = re.compile(r"^(\d{1,4})\s*(?:h|:)\s*(\d{1,2})?\s*(?:min)?$")
_DECIMAL = re.compile(r"^(\d{1,4})(?:[.,](\d{1,2}))?\s*h?$")
_MINUTES = re.compile(r"^(\d{1,6})\s*min$")


def hours_text(minutes: int) -> str:
    """-90 → "-1 h 30", 120 → "2 h" (as French offices write hours; messages, CLI, PDF)."""
    sign = "-" if minutes < 0 else ""
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h} h {m:02d}" if m else f"{sign}{h} h"


def parse_hours(text: str, field: str = "hours") -> int:
    """ "1,5" / "1.5" / "1h30" / "1:30" / "1 h" / "90 min" → minutes. A decimal must land on
    a whole minute ("0,33" is refused rather than rounded)."""
    t = (text or "").strip().lower()
    if m := _HM.match(t):
        minutes = int(m.group(1)) * 60 + int(m.group(2) or 0)
        if int(m.group(2) or 0) < 60:
            return minutes
    elif m := _MINUTES.match(t):
        return int(m.group(1))
    elif m := _DECIMAL.match(t):
        frac = (m.group(2) or "0").ljust(2, "0")
        hundredths = int(m.group(1)) * 100 + int(frac)
        if hundredths * 60 % 100 == 0:
            return hundredths * 60 // 100
    raise ValidationError(
        {
            field: msg(
                QT_TRANSLATE_NOOP(
                    "Exchange", "Not a duration: “{value}” (write 1,5 or 1h30 or 90 min)."
                ),
                value=text,
            )
        }
    )
