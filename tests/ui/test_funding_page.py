"""The Funders page: funders and grants, the grant window's indicators (every figure equals the
funder report's, on the hand-counted fixture), and the administrators' audit trail tab, which
never shows confidential notes."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))

from funder_fixture import PERIOD, build_funder_fixture  # noqa: E402
from test_grant_indicators import HAND  # noqa: E402

from incubator_app.services.funding.grants import add_grant_deadline  # noqa: E402
from incubator_app.services.funding.indicators import (  # noqa: E402
    INDICATOR_KEYS,
    INDICATOR_UNITS,
    set_grant_target,
)
from incubator_app.services.reporting.funder_kpis import funder_kpis  # noqa: E402
from incubator_app.ui.funding.texts import indicator_label, number_text  # noqa: E402
from incubator_app.ui.pages.funding import FundingPage  # noqa: E402
from incubator_app.ui.widgets import qdate_of  # noqa: E402

SHOTS = Path("/work/helpers/shots/grants")


def _texts(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_indicator_screen_shows_the_funder_reports_figures(context, qtbot) -> None:
    with context.db.session() as s:
        fx = build_funder_fixture(s)
        for n, key in enumerate(INDICATOR_KEYS):
            set_grant_target(s, fx.grant_id, key, (n * 7) % 40, actor=context.actor)
        add_grant_deadline(s, fx.grant_id, label="Bilan intermédiaire", due_on=date(2026, 7, 15),
                           actor=context.actor)  # fmt: skip
        kpis = funder_kpis(s, fx.grant_id, *PERIOD, actor=context.actor)
    page = FundingPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.select_grant(fx.grant_id)
    panel = page.panel
    panel.start.setDate(qdate_of(PERIOD[0]))
    panel.end.setDate(qdate_of(PERIOD[1]))
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: panel.shown_period == PERIOD, timeout=10_000)
    rows = _texts(panel.indicators)
    assert [r[0] for r in rows] == [indicator_label(k) for k in INDICATOR_KEYS]
    for key, row in zip(INDICATOR_KEYS, rows, strict=True):
        assert row[2] == number_text(INDICATOR_UNITS[key], HAND[key]), key
    # And against the report's own figures, read off the function the report is built from.
    actual = {k: r[2] for k, r in zip(INDICATOR_KEYS, rows, strict=True)}
    assert actual["people_supported"] == str(kpis.people_supported)
    assert actual["sessions"] == str(kpis.sessions)
    assert actual["positive_exits"] == str(kpis.positive_exits)
    gap = {k: r[3] for k, r in zip(INDICATOR_KEYS, rows, strict=True)}
    assert gap["people_supported"] == "+5"  # target 0
    assert gap["survival_36"] == "—"
    qtbot.waitUntil(lambda: len(panel.chart.bars) > 0, timeout=10_000)
    assert "Région Sud" in panel.details.text()
    page.grab().save(str(SHOTS / "funding-page.png"))
    panel.tabs.setCurrentIndex(2)
    assert panel.deadlines.rowCount() == 1
    assert panel.people_count.text().startswith("7 people")


def test_audit_tab_never_shows_confidential_notes(context, qtbot) -> None:
    from factories import make_coach, make_entrepreneur

    from incubator_app.services.coaching.sessions import log_coaching_session
    from incubator_app.ui.administration.audit_tab import AuditTab

    with context.db.session() as s:
        coach, person = make_coach(s), make_entrepreneur(s)
        log_coaching_session(
            s, session_date=date(2026, 3, 2), duration_minutes=60, coach_id=coach.id,
            participants=[person.id], summary="Devis révisé", confidential_notes="SECRET-NOTE",
            actor=context.actor,
        )  # fmt: skip
    tab = AuditTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    tab.reload()
    index = tab.kind.findData("coaching_session")
    tab.kind.setCurrentIndex(index)
    tab._debounce.flush()
    assert tab.model.rowCount() == 1
    row = [tab.model.index(0, c).data() for c in range(5)]
    assert row[2].startswith("Coaching session #") and row[3] == "created"
    assert "Devis révisé" in row[4]
    assert "SECRET" not in " ".join(row) and "onfidential" not in row[4]
    tab.kind.setCurrentIndex(0)
    tab._debounce.flush()
    assert tab.model.rowCount() > 1
    tab.grab().save(str(SHOTS / "audit-tab.png"))


def test_dashboard_lists_the_funder_reports_due_and_opens_their_grant(context, qtbot) -> None:
    from incubator_app.ui.main_window import MainWindow

    today = date(2026, 11, 18)  # the frozen clock's day
    with context.db.session() as s:
        fx = build_funder_fixture(s)
        add_grant_deadline(s, fx.grant_id, label="Bilan final", due_on=date(2026, 11, 30),
                           actor=context.actor)  # fmt: skip
        add_grant_deadline(s, fx.grant_id, label="Bilan 2027", due_on=date(2027, 6, 30),
                           actor=context.actor)  # fmt: skip
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1120, 720)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("dashboard")
    page = win.current_page
    page.reload()
    qtbot.waitUntil(lambda: not context.ops.busy and page.data is not None, timeout=5000)
    assert page.deadlines_card.rows_text() == [
        ("Région Sud — RS-2026-0001", "Bilan final", page._date(date(2026, 11, 30)))
    ]
    assert today < date(2026, 11, 30)
    page.deadlines_card.entrepreneur_activated.emit(fx.grant_id)
    funders = win.current_page
    assert funders.objectName() == "page_funding"
    assert funders.panel.grant is not None and funders.panel.grant.id == fx.grant_id


def test_audit_tab_exports_what_it_shows(context, qtbot, tmp_path) -> None:
    from incubator_app.ui.administration.audit_tab import AuditTab

    tab = AuditTab(context)
    qtbot.addWidget(tab)
    tab.reload()
    target = tmp_path / "audit.csv"
    tab.export_to(str(target), "csv")
    qtbot.waitUntil(lambda: target.exists() and not context.ops.busy, timeout=10_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "When;Who;About;Action;Changes"
    assert len(lines) == 1 + tab.model.rowCount()
    assert any(";created;" in line for line in lines[1:])


def test_a_viewer_reads_the_figures_but_cannot_change_them(context, qtbot) -> None:
    from dataclasses import replace

    from incubator_app.models.vocabulary import Role

    with context.db.session() as s:
        fx = build_funder_fixture(s)
    context.actor = replace(context.actor, role=Role.VIEWER)
    page = FundingPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_grant(fx.grant_id)
    assert page.panel.grant is not None
    assert page.new_funder.isHidden() and page.panel.add_target.isHidden()
    assert page.panel.by_rule.isHidden() and page.panel.mark_sent.isHidden()
    assert not page.panel.refresh_button.isHidden()  # reading stays possible
