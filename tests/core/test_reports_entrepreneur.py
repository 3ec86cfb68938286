from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

import pytest
from factories import make_actor, make_coach, make_entrepreneur, make_topic
from pdf_checks import check_pdf

from incubator_app.errors import NotFound
from incubator_app.models import (
    ActionItem,
    IncubatorProfile,
    Milestone,
    MilestoneStatus,
    PathwayStage,
    Revenue,
    RevenueChannel,
    ServiceUnit,
    ServiceUsage,
    SharedService,
    StageChange,
)
from incubator_app.reports.entrepreneur_report import build_entrepreneur_report
from incubator_app.services.coaching.sessions import Participant, log_coaching_session
from incubator_app.services.reporting.entrepreneur_report import entrepreneur_report_data

pytestmark = pytest.mark.core

NASTY = "Café <b>Théâtre</b> & Cie"
SECRET = "SECRET-NOTE-never-print"


@pytest.fixture
def person(session, admin):
    session.add(IncubatorProfile(name="Couveuse Écluse"))
    person = make_entrepreneur(session, "Hélène", "Bénédicte-Ørsted", entry_date=date(2026, 1, 5))
    person.project_name = NASTY
    coach = make_coach(session, "Zoé Lefèvre")
    other = make_entrepreneur(session, "Noé", "Autre")
    topic_a = make_topic(session, "Modèle économique")
    topic_b = make_topic(session, "Juridique")
    sessions = [
        (date(2026, 1, 10), 90, [topic_a.id], True, "Résumé partageable de janvier"),
        (date(2026, 1, 24), 60, [topic_a.id, topic_b.id], True, f"Travail sur {NASTY}"),
        (date(2026, 3, 2), 120, [topic_b.id], False, "Séance manquée"),
        (date(2025, 12, 1), 45, [topic_b.id], True, "Hors période"),
    ]
    for day, minutes, topics, attended, summary in sessions:
        log_coaching_session(
            session,
            session_date=day,
            start_time=time(14, 0),
            duration_minutes=minutes,
            coach_id=coach.id,
            kind="collective",
            participants=[Participant(person.id, attended), Participant(other.id, True)],
            topic_ids=topics,
            summary=summary,
            confidential_notes=SECRET,
            actor=admin,
        )
    service = SharedService(
        name="Salle de répétition", category="salles", unit=ServiceUnit.HOUR, unit_price_cents=1500
    )
    session.add(service)
    session.flush()
    session.add_all(
        [
            StageChange(
                entrepreneur_id=person.id,
                to_stage=PathwayStage.CANDIDATE,
                changed_on=date(2026, 1, 5),
            ),
            StageChange(
                entrepreneur_id=person.id,
                from_stage=PathwayStage.CANDIDATE,
                to_stage=PathwayStage.INCUBATED,
                changed_on=date(2026, 2, 1),
                reason="Comité d'agrément",
            ),
            Milestone(
                entrepreneur_id=person.id,
                title="Premier devis",
                due_on=date(2026, 2, 1),
                status=MilestoneStatus.ACHIEVED,
                achieved_on=date(2026, 1, 30),
            ),
            Milestone(entrepreneur_id=person.id, title="Première facture", due_on=date(2026, 6, 1)),
            ActionItem(
                entrepreneur_id=person.id,
                text="Envoyer le devis à la mairie",
                due_on=date(2026, 2, 15),
            ),
            ActionItem(
                entrepreneur_id=person.id, text="Action close", done=True, done_on=date(2026, 1, 20)
            ),
            ServiceUsage(
                service_id=service.id,
                entrepreneur_id=person.id,
                used_on=date(2026, 2, 3),
                quantity_hundredths=8230,
                unit_price_cents=1500,
                amount_cents=123450,
                vat_rate_bp=2000,
            ),
            Revenue(
                entrepreneur_id=person.id,
                month=date(2026, 2, 1),
                amount_cents=250000,
                channel=RevenueChannel.INCUBATOR,
            ),
            Revenue(
                entrepreneur_id=person.id,
                month=date(2026, 3, 1),
                amount_cents=10000,
                channel=RevenueChannel.OWN,
            ),
        ]
    )
    session.commit()
    return person


def test_data_covers_the_period_and_never_holds_notes(session, admin, person) -> None:
    data = entrepreneur_report_data(
        session,
        person.id,
        actor=admin,
        start=date(2026, 1, 1),
        end=date(2026, 3, 31),
        coach_comment="  Bon travail.  ",
    )
    assert [s.session_date for s in data.sessions] == [
        date(2026, 1, 10),
        date(2026, 1, 24),
        date(2026, 3, 2),
    ]
    assert data.attended_sessions == 2 and data.attended_minutes == 150
    assert [(m.month, m.minutes, m.sessions) for m in data.hours_by_month] == [
        (date(2026, 1, 1), 150, 2),
        (date(2026, 2, 1), 0, 0),
        (date(2026, 3, 1), 0, 0),
    ]
    assert [(t.topic, t.minutes) for t in data.hours_by_topic] == [
        ("Modèle économique", 150),
        ("Juridique", 60),
    ]
    assert [a.text for a in data.open_actions] == ["Envoyer le devis à la mairie"]
    assert [(s.service, s.amount_cents) for s in data.services] == [("Salle de répétition", 123450)]
    assert [(r.month, r.total_cents) for r in data.revenue] == [
        (date(2026, 2, 1), 250000),
        (date(2026, 3, 1), 10000),
    ]
    assert [st.to_stage for st in data.pathway] == ["candidate", "incubated"]
    assert data.coach_comment == "Bon travail."
    assert data.incubator_name == "Couveuse Écluse"
    assert SECRET not in repr(dataclasses.asdict(data))


def test_report_pdf_prints_names_summaries_amounts_and_no_notes(
    session, person, tmp_path: Path
) -> None:
    # Even the session's coach / an admin, who may read the notes, gets a report without them.
    viewer = make_actor(session, "viewer")
    data = entrepreneur_report_data(
        session,
        person.id,
        actor=viewer,
        start=date(2026, 1, 1),
        end=date(2026, 3, 31),
        coach_comment=f"Commentaire : {NASTY}",
    )
    out = build_entrepreneur_report(data, tmp_path / "rapport.pdf", locale="fr")
    text = check_pdf(out, tmp_path)
    flat = " ".join(text.split())
    assert "Hélène Bénédicte-Ørsted" in flat
    assert NASTY in flat
    assert f"Commentaire : {NASTY}" in flat
    assert "Résumé partageable de janvier" in flat
    assert "1 234,50 €" in flat
    assert "2 500,00 €" in flat
    assert "Envoyer le devis à la mairie" in flat
    assert "Premier devis" in flat and "Première facture" in flat
    assert SECRET not in text
    assert "Hors période" not in flat


def test_report_in_english_and_with_nothing_recorded(session, admin, tmp_path: Path) -> None:
    lonely = make_entrepreneur(session, "Anaïs", "Seule")
    data = entrepreneur_report_data(session, lonely.id, actor=admin, end=date(2026, 2, 1))
    out = build_entrepreneur_report(data, tmp_path / "empty.pdf", locale="en")
    flat = " ".join(check_pdf(out, tmp_path).split())
    assert "Anaïs Seule" in flat
    assert "No coaching session in this period." in flat
    assert "No milestone planned." in flat


def test_unknown_entrepreneur(session, admin) -> None:
    with pytest.raises(NotFound):
        entrepreneur_report_data(session, 999_999, actor=admin)
