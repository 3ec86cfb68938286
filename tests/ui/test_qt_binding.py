"""The Qt binding itself must not corrupt reference counts.

PySide6 6.12.0 releases None once more than it should on every call of a method that returns
nothing (setEnabled, setCurrentIndex…) and on QComboBox.currentData() returning None. Python 3.11
keeps a real reference count on None/True/False, so a long session (or the test suite) aborted
with "Fatal Python error: none_dealloc / bool_dealloc". pyproject excludes that release; this test
fails if a broken binding is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget


def _lost_references(call, times: int = 500) -> dict[str, int]:
    before = {name: sys.getrefcount(obj) for name, obj in _SINGLETONS.items()}
    for _ in range(times):
        call()
    return {name: before[name] - sys.getrefcount(obj) for name, obj in _SINGLETONS.items()}


_SINGLETONS = {"None": None, "True": True, "False": False}


def test_void_calls_and_item_data_keep_reference_counts(qtbot) -> None:
    widget = QWidget()
    check = QCheckBox()
    combo = QComboBox()
    combo.addItem("none", None)
    combo.addItem("yes", True)
    qtbot.addWidget(widget)
    qtbot.addWidget(check)
    qtbot.addWidget(combo)
    calls = {
        "setEnabled": lambda: widget.setEnabled(True),
        "setChecked": lambda: check.setChecked(False),
        "setCurrentIndex": lambda: combo.setCurrentIndex(0),
        "currentData": combo.currentData,
        "itemData": lambda: combo.itemData(1),
    }
    losses = {name: _lost_references(call) for name, call in calls.items()}
    # A healthy binding loses nothing; the broken one loses one reference per call (500).
    assert all(lost < 50 for loss in losses.values() for lost in loss.values()), losses
