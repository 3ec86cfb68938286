"""The record window's ESF+ tab (entry form driven with the keyboard, consent-aware) and the
grant window's ESF+ indicators tab (the figures of the hand-counted grant of fse_fixture.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))

from fse_fixture import HAND, PERIOD, build_fse_fixture  # noqa: E402

from incubator_app.models import Entrepreneur  # noqa: E402
from incubator_app.models.vocabulary import FseMoment  # noqa: E402
from incubator_app.services.funding.fse.questionnaires import list_questionnaires  # noqa: E402
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor  # noqa: E402
from incubator_app.ui.pages.funding import FundingPage  # noqa: E402
from incubator_app.ui.widgets import qdate_of  # noqa: E402

pytestmark = pytest.mark.ui
SHOTS = Path("/work/helpers/shots/fse")


@pytest.mark.clock("2026-08-20 10:00")
def test_fse_tab_records_entry_answers_with_the_keyboard(context, qtbot) -> None:
    with context.db.session() as s:
        build_fse_fixture(s)
        gaspard = s.query(Entrepreneur).filter_by(first_name="Gaspard").one().id
    editor = EntrepreneurEditor(context, gaspard)
    qtbot.addWidget(editor)
    editor.resize(900, 760)
    editor.show()
    qtbot.waitExposed(editor)
    pages = [editor.tabs.widget(i) for i in range(editor.tabs.count())]
    tab = next(p for p in pages if p.objectName() == "fseTab")
    editor.tabs.setCurrentWidget(tab)
    assert tab.status.text() == "Not answered yet."
    assert tab.age.text().startswith("28 years")
    # Gaspard gave his consent (fixture): the optional questions are open.
    assert tab.sensitive["disability"].isEnabled()
    tab.labour.setFocus()
    for _ in range(2):  # Not answered → Unemployed → Long-term unemployed
        qtbot.keyClick(tab.labour, Qt.Key.Key_Down)
    tab.education.setFocus()
    qtbot.keyClick(tab.education, Qt.Key.Key_Down)
    tab.sensitive["disability"].setFocus()
    for _ in range(3):  # Not asked → Yes → No → Declined
        qtbot.keyClick(tab.sensitive["disability"], Qt.Key.Key_Down)
    tab.save_button.setFocus()
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    with context.db.session() as s:
        entry = list_questionnaires(s, gaspard, actor=context.actor)[FseMoment.ENTRY]
    assert (entry.labour_status, entry.education, entry.disability) == (
        "long_term_unemployed", "isced_0_2", "declined",
    )  # fmt: skip
    assert tab.status.text() == "Answered."
    tab.grab().save(str(SHOTS / "fse-tab-entry-en.png"))
    # A date in the future is refused with a message in the tab.
    tab.moment.setCurrentIndex(1)
    tab.answered_on.setDate(qdate_of(date(2027, 1, 1)))
    tab.save_button.click()
    assert "future" in tab.error.text()
    tab.moment.setCurrentIndex(0)
    editor.grab().save(str(SHOTS / "fse-record-window-en.png"))


def test_grant_window_shows_the_fse_table(context, qtbot) -> None:
    with context.db.session() as s:
        grant_id = build_fse_fixture(s)
    page = FundingPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.select_grant(grant_id)
    panel = page.panel
    panel.start.setDate(qdate_of(PERIOD[0]))
    panel.end.setDate(qdate_of(PERIOD[1]))
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: panel.shown_period == PERIOD, timeout=10_000)
    panel.tabs.setCurrentWidget(panel.fse_tab)
    model = panel.fse_tab.model
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }
    assert rows["EECO01"][1:] == ["Total number of participants", *map(str, HAND["EECO01"])]
    assert rows["EECR04"][2] == str(HAND["EECR04"][0])
    assert "not marked as co-funded" not in panel.fse_tab.note.text()
    page.grab().save(str(SHOTS / "fse-grant-window-en.png"))


@pytest.mark.clock("2026-08-20 10:00")
def test_fse_tab_in_french(context, qtbot, qapp) -> None:
    from incubator_app.ui.app import install_translators
    from incubator_app.ui.funding.fse_tab import FseTab

    with context.db.session() as s:
        build_fse_fixture(s)
        bruno = s.query(Entrepreneur).filter_by(first_name="Bruno").one().id
    install_translators(qapp, "fr")
    try:
        tab = FseTab(context, bruno)
        qtbot.addWidget(tab)
        tab.resize(760, 560)
        tab.show()
        tab.moment.setCurrentIndex(2)  # six months after leaving: not answered, due
        assert tab.status.text() == "À remplir du 01/08/2026 au 29/08/2026."
        tab.grab().save(str(SHOTS / "fse-tab-six-months-fr.png"))
        tab.moment.setCurrentIndex(0)
        assert tab.labour.currentText() == "Chômeur·se de longue durée"
        tab.grab().save(str(SHOTS / "fse-tab-entry-fr.png"))
    finally:
        install_translators(qapp, "en")
