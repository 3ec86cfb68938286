"""The Events page driven as a user: the list and its filters, a new event, registering an
entrepreneur and a new contact in the event window, the waiting list with an offer's time left,
attendance ticked with the keyboard, the e-mails written."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from activation import make_active
from PySide6.QtCore import Qt

from incubator_app import clock
from incubator_app.models import Entrepreneur, PathwayStage
from incubator_app.services.events.records import create_event
from incubator_app.services.events.registrations import cancel_registration, register
from incubator_app.ui.pages.events import EventsPage

SHOTS = os.environ.get("INCUBATOR_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def event_id(db, admin_actor):
    with db.session() as s:
        person = Entrepreneur(
            first_name="Léa", last_name="Fabre", email="lea@exemple.fr",
            entry_date=date(2026, 1, 5), stage=PathwayStage.INCUBATED,
        )  # fmt: skip
        s.add(person)
        s.commit()
        starts = clock.now_utc().replace(microsecond=0, second=0, minute=0) + timedelta(days=9)
        ev = create_event(
            s,
            title="Atelier « Devis & factures »",
            starts_at=starts,
            ends_at=starts + timedelta(hours=3),
            capacity=2,
            address="Friche, salle 2",
            actor=admin_actor,
        )
        create_event(
            s,
            title="Rencontre des acteurs du territoire",
            kind="meeting",
            starts_at=starts + timedelta(days=3),
            ends_at=starts + timedelta(days=3, hours=2),
            capacity=40,
            actor=admin_actor,
        )
        first = register(s, ev, entrepreneur_id=person.id, actor=admin_actor)
        register(s, ev, email="hugo@exemple.fr", name="Hugo Morel", actor=admin_actor)
        register(s, ev, email="ines@exemple.fr", name="Inès Haddad", party_size=2,
                 actor=admin_actor)  # fmt: skip
        register(s, ev, email="zoe@exemple.fr", name="Zoé Roux", actor=admin_actor)
        cancel_registration(s, first.id, actor=admin_actor)
        return ev


def test_list_filters_and_event_window(qtbot, context, event_id) -> None:
    page = EventsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.index(0, 1).data() == "Atelier « Devis & factures »"
    assert page.model.index(0, 3).data() == "1 / 2"
    _shot(page, "events-page")
    page.full.setCurrentIndex(page.full.findData(True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.full.setCurrentIndex(page.full.findData(False))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    window = page.open_event(event_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    rows = window.model.rows()
    statuses = {r.person: (r.status.value, r.waiting_position) for r in rows}
    assert statuses["Hugo Morel"] == ("registered", None)
    # The group of two waits at the head; Zoé behind it is not offered the one free place.
    assert statuses["Inès Haddad"] == ("waitlisted", 1)
    assert statuses["Zoé Roux"] == ("waitlisted", 2)
    assert "1 of 2 places taken, 2 waiting" in window.summary.text()
    qtbot.waitUntil(lambda: window.mails.rowCount() >= 4)

    # Attendance by keyboard: Space on Hugo's row ticks him present.
    hugo = next(i for i, r in enumerate(rows) if r.person == "Hugo Morel")
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(hugo, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(r.status.value == "attended" for r in window.model.rows()), timeout=5000
    )
    window.resize(980, 560)
    _shot(window, "event-window")


def test_register_a_new_contact_in_a_few_keystrokes(qtbot, context, event_id) -> None:
    from incubator_app.ui.events.register_dialog import RegisterDialog

    dialog = RegisterDialog(context, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.name, "Nadia Benali")
    qtbot.keyClicks(dialog.email, "nadia@exemple.fr")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    _shot(dialog, "event-register")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert dialog.outcome.status.value == "waitlisted"
    assert dialog.outcome_text() == "Waiting list (position 3)"
    # Her e-mails are in the language chosen (the waiting-list one already is).
    from sqlalchemy import select

    from incubator_app.models import Contact, OutboxMessage

    with context.db.session() as s:
        nadia = s.scalars(select(Contact).where(Contact.email == "nadia@exemple.fr")).one()
        mail = s.scalars(
            select(OutboxMessage).where(OutboxMessage.to_address == "nadia@exemple.fr")
        ).one()
        assert (nadia.language, mail.subject) == (
            "en",
            "Waiting list: Atelier « Devis & factures »",
        )

    again = RegisterDialog(context, event_id)
    qtbot.addWidget(again)
    again.show()
    again.tabs.setCurrentIndex(1)
    qtbot.keyClicks(again.name, "Nadia Benali")
    qtbot.keyClicks(again.email, "NADIA@exemple.fr")
    qtbot.keyClick(again.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already registered" in again.error.text())


@pytest.mark.clock("2026-12-03 10:00")
def test_calendar_by_keyboard(qtbot, context, event_id) -> None:
    """The Calendar button shows the month; arrows move day by day (into the next month too),
    Page Down changes month, Home is today (the clock's), Enter goes to the day's events and
    Enter there opens the event; the page's filters apply."""
    from activation import make_active
    from PySide6.QtCore import QLocale

    page = EventsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    make_active(qtbot, page)
    # Alt+L is its mnemonic (the offscreen platform has none): Space on the focused button.
    page.calendar_button.setFocus()
    qtbot.keyClick(page.calendar_button, Qt.Key.Key_Space)
    assert page.calendar_button.isChecked() and page.stack.currentWidget() is page.calendar
    cal = page.calendar
    grid = cal.grid
    assert grid.hasFocus()
    december = QLocale().standaloneMonthName(12).capitalize()
    assert cal.month_label.text() == f"{december} 2026"
    assert cal.model.day_at(grid.currentIndex()) == date(2026, 12, 3)
    # The two events (9 and 12 days ahead) are in their days' cells.
    qtbot.waitUntil(lambda: len(cal.model.events) == 2)
    assert set(cal.model.events) == {date(2026, 12, 12), date(2026, 12, 15)}
    cell = cal.model.index_of(date(2026, 12, 12))
    assert "Atelier « Devis & factures »" in cal.model.data(cell)
    _shot(page, "events-calendar")

    qtbot.keyClick(grid, Qt.Key.Key_Down)  # 10 December
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # 12 December
    assert cal.selected == date(2026, 12, 12)
    assert cal.day_list.count() == 1 and "1 / 2" in cal.day_list.item(0).text()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert cal.day_list.hasFocus()
    qtbot.keyClick(cal.day_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.windows) == 1)
    window = page.windows[0]
    assert window.event_id == event_id
    window.close()  # deleted on close
    make_active(qtbot, page)
    qtbot.keyClick(cal.day_list, Qt.Key.Key_Escape)
    assert grid.hasFocus()

    # Into the next month, by Page Down and by arrows; Home comes back to today.
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert cal.selected == date(2027, 1, 12)
    assert cal.month_label.text().endswith("2027")
    qtbot.waitUntil(lambda: cal.model.month == date(2027, 1, 1))
    assert cal.model.day_at(grid.currentIndex()) == date(2027, 1, 12)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert cal.selected == date(2026, 12, 3)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert cal.selected == date(2026, 11, 26) and cal.model.month == date(2026, 11, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert cal.model.month == date(2026, 12, 1)

    # The page's filters: only meetings → only the 15th keeps an event.
    page.kind.setCurrentIndex(page.kind.findData("meeting"))
    qtbot.waitUntil(lambda: set(cal.model.events) == {date(2026, 12, 15)})
    # Back to the list: its period filter comes back.
    page.calendar_button.setFocus()
    qtbot.keyClick(page.calendar_button, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.table and page.period.isEnabled()


def test_import_preview_then_import(qtbot, context, event_id, tmp_path) -> None:
    """The preview shows the file's rows and exactly what the import will do (one free place:
    one registered, one waiting, one already registered); Import writes it. A bad file says
    which row, and cannot be imported."""
    from incubator_app.services.events.detail import event_detail
    from incubator_app.ui.events.import_dialog import ImportRegistrationsDialog

    good = tmp_path / "form.csv"
    good.write_text(
        "Nom complet;Courriel;Places\n"
        "Nadia Benali;nadia@exemple.fr;1\n"
        "Paul Roux;paul@exemple.fr;1\n"
        "Hugo Morel;HUGO@exemple.fr;1\n",
        encoding="utf-8",
    )
    dialog = ImportRegistrationsDialog(context, event_id, good)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.rows.rowCount() == 3
    assert dialog.rows.index(0, 1).data() == "Nadia Benali"
    p = dialog.preview
    assert (p.rows, p.registered, p.waitlisted, p.already) == (3, 0, 2, 1)
    assert "3 row(s): 0 registered, 2 on the waiting list, 1 already registered" in (
        dialog.summary.text()
    )
    _shot(dialog, "event-import-preview")
    with context.db.session() as s:  # the preview wrote nothing
        before = len(event_detail(s, event_id, actor=context.actor).registrations)
    assert before == 4
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert (dialog.result.registered, dialog.result.waitlisted) == (0, 2)
    with context.db.session() as s:
        assert len(event_detail(s, event_id, actor=context.actor).registrations) == 6

    bad = tmp_path / "bad.csv"
    bad.write_text("Nom complet;Courriel\nSans Adresse;\n", encoding="utf-8")
    failing = ImportRegistrationsDialog(context, event_id, bad)
    qtbot.addWidget(failing)
    failing.show()
    qtbot.waitUntil(lambda: "cannot be imported" in failing.summary.text())
    assert "2" in failing.summary.text() and not failing.import_button.isEnabled()
    failing.reject()


def test_evaluations_by_keyboard_dialog_and_import(qtbot, context, event_id, tmp_path) -> None:
    """Digits 1 to 5 on a row record its satisfaction and move down; the Evaluation dialog adds
    the comment (Ctrl+Enter saves); the summary shows the average; an imported form's export
    previews who each row matches and names the rows matching nobody (not imported)."""
    from incubator_app.ui.events.event_window import EventWindow

    window = EventWindow(context, event_id)
    qtbot.addWidget(window)
    window.resize(1120, 720)
    make_active(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    assert window.evaluation_summary.text() == "Evaluations: none yet"
    hugo = next(i for i, r in enumerate(window.model.rows()) if r.person == "Hugo Morel")
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(hugo, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: window.detail.answers == 1, timeout=5000)
    assert "4.0 / 5 on average, 1 answer(s)" in window.evaluation_summary.text()
    assert window.table.currentIndex().row() == hugo + 1
    # Waiting people cannot be evaluated: a digit on their row records nothing.
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    window.table.setCurrentIndex(window.model.index(hugo, 0))
    assert window.evaluation_button.isEnabled()
    dialog = window.open_evaluation()
    assert dialog is not None and dialog.satisfaction.value() == 4
    make_active(qtbot, dialog)
    qtbot.keyClicks(dialog.satisfaction, "5")
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "Clair et utile")
    _shot(dialog, "event-evaluation")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(r.comment == "Clair et utile" for r in window.model.rows()), timeout=5000
    )
    row = next(r for r in window.model.rows() if r.person == "Hugo Morel")
    assert (row.satisfaction, window.detail.answers) == (5, 1)
    # The new buttons keep the window's mnemonics unique and their text whole at 1120×720.
    from test_mnemonics import visible_mnemonics

    from incubator_app.ui.clipped_text import clipped_texts

    assert not {k: v for k, v in visible_mnemonics(window).items() if len(v) > 1}
    qtbot.waitUntil(lambda: not clipped_texts(window), timeout=3000)  # once laid out
    _shot(window, "event-window-evaluations")

    form = tmp_path / "answers.csv"
    form.write_text(
        "Adresse e-mail;Nom;Satisfaction;Commentaires\n"
        "hugo@exemple.fr;Hugo Morel;3;Trop court\n"
        ";Personne Inconnue;5;\n",
        encoding="utf-8",
    )
    importing = window.open_evaluations_import(str(form))
    qtbot.addWidget(importing)
    qtbot.waitUntil(lambda: importing.preview is not None)
    assert importing.rows.index(0, 1).data() == "Hugo Morel"
    assert importing.rows.index(1, 1).data() == "nobody: not imported"
    assert "not imported: 3." in importing.summary.text()
    _shot(importing, "event-evaluation-import")
    importing.import_button.setFocus()
    qtbot.keyClick(importing.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: importing.result is not None)
    assert (importing.result.replaced, len(importing.result.unmatched)) == (1, 1)
    qtbot.waitUntil(
        lambda: any(r.comment == "Trop court" for r in window.model.rows()), timeout=5000
    )


def test_event_window_in_french_keeps_its_text_and_mnemonics(qtbot, qapp, context, event_id):
    """The longer French labels of the evaluation buttons still fit at 1120×720, and their
    mnemonics clash with nothing in the window."""
    from test_mnemonics import visible_mnemonics

    from incubator_app.ui.app import install_translators
    from incubator_app.ui.clipped_text import clipped_texts
    from incubator_app.ui.events.event_window import EventWindow

    install_translators(qapp, "fr")
    try:
        window = EventWindow(context, event_id)
        qtbot.addWidget(window)
        window.resize(1120, 720)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == 4)
        assert window.import_evaluations_button.text() == "Impor&ter des évaluations…"
        assert window.evaluation_summary.text() == "Évaluations\u00a0: aucune pour l’instant"
        assert window.width() <= 1120
        assert not {k: v for k, v in visible_mnemonics(window).items() if len(v) > 1}
        qtbot.waitUntil(lambda: not clipped_texts(window), timeout=3000)  # once laid out
        _shot(window, "event-window-fr")
    finally:
        install_translators(qapp, "en")


def test_materials_added_opened_and_removed(qtbot, context, event_id, tmp_path) -> None:
    """Event files…: a file added through the worker is listed; Enter opens the stored copy;
    Remove (confirmed) takes it away."""
    from incubator_app.ui.events.event_window import EventWindow

    window = EventWindow(context, event_id)
    qtbot.addWidget(window)
    window.resize(1120, 720)
    make_active(qtbot, window)
    qtbot.waitUntil(lambda: window.detail is not None)
    dialog = window.open_materials()
    qtbot.addWidget(dialog)
    handout = tmp_path / "fiche devis.pdf"
    handout.write_bytes(b"%PDF-1.4 fiche\n")
    dialog.add_paths([handout])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, 0).data() == "fiche devis.pdf"
    opened: list[str] = []
    dialog.open_url = lambda url: opened.append(url.toLocalFile()) or True
    make_active(qtbot, dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    _shot(dialog, "event-materials")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 fiche\n"
    dialog.confirm_removal = lambda _name: True
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
