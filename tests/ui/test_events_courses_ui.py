"""Courses and attendance in the event window, driven as a user: P and A mark present and
absent and go to the next row; the attendance sheet is written and opened; an event becomes a
module of a new course; someone is enrolled in the whole course; completion is shown."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from incubator_app import clock
from incubator_app.services.events.courses import create_course
from incubator_app.services.events.records import create_event
from incubator_app.services.events.registrations import register
from incubator_app.ui.events.course_dialog import CourseDialog
from incubator_app.ui.events.event_window import EventWindow

SHOTS = os.environ.get("INCUBATOR_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _event(s, actor, title, days, hours=3, capacity=10, **fields):
    starts = clock.now_utc().replace(microsecond=0, second=0, minute=0) + timedelta(days=days)
    return create_event(
        s,
        title=title,
        kind="training",
        starts_at=starts,
        ends_at=starts + timedelta(hours=hours),
        capacity=capacity,
        actor=actor,
        **fields,
    )


@pytest.fixture
def course(db, admin_actor):
    with db.session() as s:
        modules = [
            _event(s, admin_actor, f"Module {i} — Budget & Cie", 7 * i, hours=h)
            for i, h in ((1, 3), (2, 3))
        ]
        course_id = create_course(
            s, title="Gérer un budget culturel", event_ids=modules, actor=admin_actor
        )
        for name in ("Hugo Morel", "Inès Haddad", "Zoé Roux"):
            first = name.split()[0].lower()
            register(s, modules[0], email=f"{first}@exemple.fr", name=name, actor=admin_actor)
        return course_id, modules


def test_attendance_keys_and_sheet(qtbot, context, course, tmp_path, frozen_clock) -> None:
    _, modules = course
    window = EventWindow(context, modules[0])
    qtbot.addWidget(window)
    window.resize(980, 600)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_P)
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    qtbot.keyClick(window.table, Qt.Key.Key_P)
    qtbot.waitUntil(
        lambda: [r.status.value for r in window.model.rows()] == ["attended", "absent", "attended"],
        timeout=5000,
    )
    assert "course: Gérer un budget culturel" in window.summary.text()
    _shot(window, "event-window-attendance")

    opened = []
    window.ask_path = lambda parent, name, ics=False: str(tmp_path / "sheet.pdf")
    window.open_url = lambda url: opened.append(url.toLocalFile()) or True
    window.sheet_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened == [str(tmp_path / "sheet.pdf")]
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", opened[0], "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Inès Haddad" in text and "Module 1 — Budget & Cie" in text

    window.ask_path = lambda parent, name, ics=False: str(tmp_path / name)
    window.ics_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert opened[1].endswith(".ics")
    assert b"SUMMARY:Module 1" in Path(opened[1]).read_bytes()


def test_event_becomes_a_module_then_someone_enrols(qtbot, context, db, admin_actor) -> None:
    with db.session() as s:
        first = _event(s, admin_actor, "Atelier comptabilité", 5)
    dialog = CourseDialog(context, first, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.existing.count() >= 1)
    qtbot.keyClicks(dialog.new_title, "Parcours gestion")
    dialog.percent.setValue(75)
    _shot(dialog, "course-attach")
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: dialog.progress is not None, timeout=5000)
    assert dialog.heading.text() == "Parcours gestion"
    assert "completed at 75 %" in dialog.summary.text()

    dialog.enrol_button.click()
    enrol = dialog.enrol_dialog
    enrol.tabs.setCurrentIndex(1)
    qtbot.keyClicks(enrol.name, "Nadia Benali")
    qtbot.keyClicks(enrol.email, "nadia@exemple.fr")
    qtbot.keyClick(enrol.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    row = dialog.model.rows()[0]
    assert row.person == "Nadia Benali"
    assert dialog.model.index(0, 4).data() == "On track"
    assert not dialog.certificates_button.isEnabled()
    dialog.resize(760, 420)
    _shot(dialog, "course-dialog")

    # Enrolling the same person again says so in the dialog.
    dialog.enrol_button.click()
    again = dialog.enrol_dialog
    again.tabs.setCurrentIndex(1)
    qtbot.keyClicks(again.name, "Nadia Benali")
    qtbot.keyClicks(again.email, "NADIA@exemple.fr")
    qtbot.keyClick(again.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already enrolled" in again.error.text(), timeout=5000)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_mnemonic_clash_in_event_and_course_windows(qtbot, qapp, context, course, lang):
    from test_mnemonics import visible_mnemonics

    from incubator_app.ui.app import install_translators

    install_translators(qapp, lang)
    try:
        _, modules = course
        window = EventWindow(context, modules[0])
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == 3)
        dialogs = [window]
        for course_id in (None, window.detail.course_id):
            dialog = CourseDialog(context, modules[0], course_id)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitUntil(lambda: not context.ops.busy, timeout=5000)
            dialogs.append(dialog)
        for w in dialogs:
            clashes = {k: v for k, v in visible_mnemonics(w).items() if len(v) > 1}
            assert clashes == {}, (lang, type(w).__name__, clashes)
        if lang == "fr":
            assert window.course_button.text() == "F&ormation…"
    finally:
        install_translators(qapp, "en")


def test_events_page_filters_by_programme_and_cohort(qtbot, context, db, admin_actor) -> None:
    from datetime import date

    from incubator_app.models import Cohort
    from incubator_app.ui.pages.events import EventsPage

    with db.session() as s:
        cape = Cohort(name="CAPE 2026", programme="CAPE", start_date=date(2026, 1, 5))
        nursery = Cohort(name="Fabrique", programme="Pépinière", start_date=date(2026, 3, 1))
        s.add_all([cape, nursery])
        s.commit()
        _event(s, admin_actor, "Atelier CAPE", 3, cohort_id=cape.id)
        _event(s, admin_actor, "Atelier Fabrique", 4, cohort_id=nursery.id)
        _event(s, admin_actor, "Rencontre ouverte", 5)
        cape_id = cape.id
    page = EventsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 400)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.cohort.count() == 5)
    page.cohort.setCurrentIndex(page.cohort.findData("programme:CAPE"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 1).data() == "Atelier CAPE"
    page.cohort.setCurrentIndex(page.cohort.findData(f"cohort:{cape_id}"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.cohort.setCurrentIndex(page.cohort.findData("programme:Pépinière"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 1).data() == "Atelier Fabrique"
    _shot(page, "events-page-programme")
    page.cohort.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_course_waiting_list_in_the_course_dialog(qtbot, context, db, admin_actor) -> None:
    """A full course: the enrol dialog says the person waits; a cancellation offers the place;
    the offer shows with its deadline and is accepted from the dialog."""
    from incubator_app.services.events.courses import cancel_enrolment, enrol

    with db.session() as s:
        modules = [_event(s, admin_actor, f"Module {i}", 7 * i, capacity=1) for i in (1, 2)]
        course = create_course(s, title="Cycle complet", event_ids=modules, actor=admin_actor)
        first = enrol(s, course, email="anne@exemple.fr", name="Anne Autre", actor=admin_actor)
    dialog = CourseDialog(context, modules[0], course)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.progress is not None, timeout=5000)
    dialog.enrol_button.click()
    waiting = dialog.enrol_dialog
    waiting.tabs.setCurrentIndex(1)
    qtbot.keyClicks(waiting.name, "Basile Martin")
    qtbot.keyClicks(waiting.email, "basile@exemple.fr")
    qtbot.keyClick(waiting.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: waiting.outcome is not None, timeout=5000)
    assert waiting.outcome_text() == "The course is full: number 1 on its waiting list"
    qtbot.waitUntil(lambda: dialog.waiting.rowCount() == 1, timeout=5000)
    assert dialog.waiting.rows()[0].person == "Basile Martin"
    assert dialog.waiting.index(0, 0).data() == "1"

    with db.session() as s:
        cancel_enrolment(s, first.id, actor=admin_actor)
    dialog.reload()
    qtbot.waitUntil(lambda: "offered until" in (dialog.waiting.index(0, 3).data() or ""))
    dialog.resize(760, 560)
    _shot(dialog, "course-waiting")
    dialog.waiting_table.setFocus()
    dialog.waiting_table.setCurrentIndex(dialog.waiting.index(0, 0))
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.waiting.rowCount() == 0, timeout=5000)
    # Anne's cancelled enrolment and Basile's new one.
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert {r.person: r.status.value for r in dialog.model.rows()} == {
        "Anne Autre": "cancelled",
        "Basile Martin": "enrolled",
    }
