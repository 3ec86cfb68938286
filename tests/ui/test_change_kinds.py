"""Change kinds are the ui/changes.py constants: no page watches, and no operation broadcasts, a
string typed by hand (a typo there silently stops a page from reloading)."""

from __future__ import annotations

import ast
from pathlib import Path

import incubator_app.ui as ui_package
from incubator_app.ui import changes
from incubator_app.ui.pages.coaching import CoachingPage
from incubator_app.ui.pages.milestones import MilestonesPage

UI = Path(ui_package.__file__).parent

#: Literals in files owned by someone else at the time of this test (reported to the
#: integrator); each must disappear, then its entry here too.
PENDING: set[tuple[str, str]] = set()


def _kind_sets(tree: ast.AST):
    """The set/frozenset expressions passed as `changes=` or assigned to `watched_kinds`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "changes":
            yield node.value
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "watched_kinds" for t in node.targets
        ):
            yield node.value


def _literals() -> set[tuple[str, str]]:
    found = set()
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for value in _kind_sets(tree):
            for node in ast.walk(value):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add((path.relative_to(UI).as_posix(), node.value))
    return found


def test_no_kind_is_a_hand_typed_string() -> None:
    literals = _literals()
    assert literals - PENDING == set()
    assert PENDING <= literals, "fixed: drop it from PENDING"


def test_action_item_kind_is_the_shared_constant() -> None:
    assert changes.ACTION_ITEM == "action_item"
    assert changes.ACTION_ITEM in changes.ALL_KINDS
    assert changes.ACTION_ITEM in CoachingPage.watched_kinds
    assert changes.ACTION_ITEM in MilestonesPage.watched_kinds
    assert CoachingPage.watched_kinds <= changes.ALL_KINDS
    assert MilestonesPage.watched_kinds <= changes.ALL_KINDS
