"""The record's History tab lists the entries of the rows that belong to the entrepreneur too
(stage, contract, milestones, action items, sessions), each saying what it is about."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QTreeWidget

from incubator_app.services.administration.users import actor_for_user, create_user
from incubator_app.services.coaching.coaches import create_coach
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import create_entrepreneur, update_entrepreneur
from incubator_app.services.milestones.action_items import create_action_item
from incubator_app.services.milestones.records import create_milestone, delete_milestone
from incubator_app.ui.app import install_translators
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor


def test_history_shows_the_rows_of_the_record_with_what_they_are(context, qtbot) -> None:
    actor = context.actor
    with context.db.session() as s:
        pid = create_entrepreneur(
            s, first_name="Hélène", last_name="Durand", entry_date=date(2026, 1, 5), actor=actor
        ).id
        change_stage(s, pid, "admitted", on=date(2026, 2, 1), expected_version=None, actor=actor)
        change_stage(s, pid, "incubated", on=date(2026, 3, 1), expected_version=None, actor=actor)
        create_milestone(
            s, entrepreneur_id=pid, title="Business plan", due_on=date(2026, 6, 1), actor=actor
        )
        gone = create_milestone(
            s, entrepreneur_id=pid, title="Old idea", due_on=date(2026, 7, 1), actor=actor
        )
        delete_milestone(s, gone.id, expected_version=gone.version_id, actor=actor)
        create_action_item(s, entrepreneur_id=pid, text="Call the bank", actor=actor)
    editor = EntrepreneurEditor(context, pid)
    qtbot.addWidget(editor)
    editor.resize(1100, 560)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentWidget(editor.history_tab)
    tree: QTreeWidget = editor.history_tab.list
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)

    rows = [
        [tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())
    ]
    about = [(r[2], r[3]) for r in rows]
    assert about[0] == ("Action item “Call the bank”", "created")  # newest first
    assert ("Milestone “Old idea”", "deleted") in about
    assert ("Milestone “Business plan”", "created") in about
    assert ("Support contract", "created") in about
    assert ("Stage", "created") in about
    assert ("Record", "created") in about
    assert tree.headerItem().text(2) == "About"
    editor.grab().save("/work/helpers/shots/hfix/history_tab.png")


def _history_rows(context, qtbot, pid: int) -> list[list[str]]:
    editor = EntrepreneurEditor(context, pid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentWidget(editor.history_tab)
    tree: QTreeWidget = editor.history_tab.list
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    return [
        [tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())
    ]


def test_history_speaks_the_app_s_words_not_its_columns(context, qtbot, qapp) -> None:
    """Field names as the forms say them, values as the app shows them (a stage's name, a
    coach's and a cohort's name, a date), and who did it by name, not by login."""
    admin = context.actor
    with context.db.session() as s:
        staff = create_user(
            s,
            login="staff02",
            display_name="Sacha Lemoine",
            role="staff",
            password="staff-password",
            actor=admin,
        )
        actor = actor_for_user(s, staff.id)
        first = create_coach(s, display_name="Inès Faure", actor=admin).id
        second = create_coach(s, display_name="Marc Obin", actor=admin).id
        view = create_entrepreneur(
            s,
            first_name="Maëlle",
            last_name="Boyadjian",
            entry_date=date(2026, 1, 5),
            referent_coach_id=first,
            actor=actor,
        )
        view = update_entrepreneur(
            s,
            view.id,
            expected_version=view.version_id,
            phone="06 12 34 56 78",
            referent_coach_id=second,
            job_seeker=True,
            actor=actor,
        )
        change_stage(
            s, view.id, "admitted", on=date(2026, 2, 1), expected_version=None, actor=actor
        )
    install_translators(qapp, "fr")
    rows = _history_rows(context, qtbot, view.id)
    changes = "\n".join(r[4] for r in rows)
    assert {r[1] for r in rows} == {"Sacha Lemoine"}, "people by name, not by login"
    assert "Étape : Candidat → Admis" in changes
    assert "Téléphone : — → 06 12 34 56 78" in changes
    assert "Accompagnateur référent : Inès Faure → Marc Obin" in changes
    assert "Demandeur d'emploi : — → Oui" in changes
    assert "Date du changement : 01/02/2026" in changes
    assert "Orienté par" not in changes, "a created row's empty fields are left out"
    shown = changes + " ".join(r[1] for r in rows)
    for raw in ("staff02", "admitted", "candidate", "referent_coach_id", "phone", "True"):
        assert not re.search(rf"\b{raw}\b", shown), raw


def test_every_field_of_a_record_s_trail_has_a_name(qapp) -> None:
    """Every column of the rows whose changes the History shows (the record and what belongs to
    it) is named, or deliberately hidden: a new column cannot leak as `snake_case`."""
    from incubator_app import models
    from incubator_app.services.administration.audit_log import _OWNED
    from incubator_app.ui.entrepreneurs.history_fields import HIDDEN_FIELDS, field_labels

    technical = {"id", "version_id", "created_at", "updated_at"}
    named = set(field_labels()) | HIDDEN_FIELDS
    tables = [*_OWNED.values(), models.Entrepreneur, models.CoachingSession]
    missing = {
        f"{table.__tablename__}.{column.name}"
        for table in tables
        for column in table.__table__.columns
        if column.name not in technical | named
    }
    assert not missing


def test_a_follow_up_answer_and_call_read_in_the_app_s_words(qapp) -> None:
    """The follow-up campaign's answer and attempts (revision 0035) in the History: the
    dialogs' words for legal form, revenue band and situation, the checkpoint's name, the means
    of contact; never a code or an outbox id."""
    from incubator_app.ui.entrepreneurs.history_fields import change_text

    install_translators(qapp, "fr")
    answer = change_text(
        "follow_up_checkpoint",
        {
            "business_active": [None, True],
            "legal_form": [None, "association"],
            "revenue_band": [None, "10k_30k"],
            "jobs_created": [None, 2],
            "situation": [None, "own_business"],
        },
        {},
    )
    call = change_text(
        "follow_up_contact",
        {"channel": "call", "checkpoint": "m12", "reached": True, "outbox_message_id": 41},
        {},
    )
    assert "Forme juridique : — → Association" in answer
    assert "Chiffre d'affaires (tranche) : — → 10 000 – 30 000 €" in answer
    assert "Emplois créés : — → 2" in answer
    assert "Moyen de contact : Appel" in call and "Étape de suivi : 12 mois" in call
    shown = answer + call
    for raw in ("association", "10k_30k", "own_business", "m12", "call", "41", "legal_form"):
        assert not re.search(rf"\b{raw}\b", shown), raw
