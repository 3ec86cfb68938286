"""Durations as people read them: 90 minutes is "1 h 30" in French and "1 h 30 min" in English,
never a rounded "2 h" (the dashboard's tiles, charts and lists show hours through it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def duration_text(minutes: int) -> str:
    """90 → "1 h 30" (fr) / "1 h 30 min" (en); 120 → "2 h"; 45 → "45 min"; -90 → "-1 h 30"."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(int(minutes)), 60)
    if not hours:
        text = QCoreApplication.translate("Durations", "{m} min").format(m=rest)
    elif not rest:
        text = QCoreApplication.translate("Durations", "{h} h").format(h=_grouped(hours))
    else:
        text = QCoreApplication.translate("Durations", "{h} h {mm} min").format(
            h=_grouped(hours), mm=f"{rest:02d}"
        )
    return sign + text


def _grouped(hours: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(hours)
