"""Hours in reports: one decimal, halves rounded up (435 min = 7.25 h prints 7,3 h, not 7,2)."""

from __future__ import annotations

import pytest

from incubator_app.reports.formatting import Formatter

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("minutes", "french", "english"),
    [
        (435, "7,3", "7.3"),  # 7.25: half-up, not half-even
        (45, "0,8", "0.8"),  # 0.75
        (27, "0,5", "0.5"),  # 0.45
        (93, "1,6", "1.6"),  # 1.55
        (90, "1,5", "1.5"),
        (60, "1", "1"),
        (20, "0,3", "0.3"),
        (0, "0", "0"),
        (60_000, "1\u00a0000", "1,000"),
    ],
)
def test_hours_round_half_up_to_a_tenth(minutes: int, french: str, english: str) -> None:
    assert Formatter("fr").hours(minutes) == f"{french}\u00a0h"
    assert Formatter("en").hours(minutes) == f"{english}\u00a0h"
