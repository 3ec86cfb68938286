"""The Tirages au sort page: a call with its pool, quotas and a recorded draw is shown with the
hash, the places and the time left; answering from the keyboard-reachable buttons records it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from incubator_app.services.cooperation.calls import (
    create_call,
    import_volunteers,
    quotas_from_file,
    set_quotas,
)
from incubator_app.services.cooperation.recorded_draws import freeze_draw, perform_draw
from incubator_app.ui.pages.draws import DrawsPage

HERE = Path(__file__).resolve().parents[1] / "core"


@pytest.fixture
def drawn_call(context, tmp_path: Path) -> int:
    import sys

    sys.path.insert(0, str(HERE))
    from draw_pools import write_inputs

    pool, quotas = write_inputs(tmp_path)
    with context.db.session() as s:
        call_id = create_call(
            s,
            title="Laboratoire des coopérations 2027",
            group_count=2,
            group_size=6,
            territory="Pays de la Vallée",
            seed_source="Loto du samedi 05/12/2026",
            actor=context.actor,
        )
        import_volunteers(s, call_id, pool, actor=context.actor)
        set_quotas(s, call_id, quotas_from_file(quotas), actor=context.actor)
        draw = freeze_draw(s, call_id, actor=context.actor)
        perform_draw(s, draw.id, "4 8 15 16 23 - 6", actor=context.actor)
    return call_id


def test_the_page_shows_the_draw_and_records_answers(qtbot, qapp, context, drawn_call) -> None:
    if os.environ.get("DRAWS_SCREENSHOT_LANG") == "fr":  # the French guide's picture
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    page = DrawsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.places.rowCount() == 12, timeout=60_000)
    assert "SHA-256" in view.summary.text()
    assert view.pool.rowCount() == 80 and view.quotas.rowCount() == 6
    assert view.places.item(0, 3).text().replace("j", "d") in ("7 d 0 h", "6 d 23 h")
    assert not view.draw.isEnabled() and view.confirm.isEnabled()
    shot = os.environ.get("DRAWS_SCREENSHOT")
    if shot:
        page.grab().save(shot)
    first = view.places.item(0, 0).text()
    view.places.selectRow(0)
    view.decline.click()
    qtbot.waitUntil(
        lambda: (
            view.places.rowCount() == 12
            and first not in {view.places.item(r, 0).text() for r in range(12)}
        ),
        timeout=60_000,
    )
    replaced = [r for r in range(12) if view.places.item(r, 4).text() == first]
    assert len(replaced) == 1


def test_people_of_the_app_join_the_pool_and_their_categories_change(qtbot, qapp, context) -> None:
    from incubator_app.models import ActorContact, DirectoryActor
    from incubator_app.services.contacts.records import add_contact
    from incubator_app.services.entrepreneurs.records import create_entrepreneur

    with context.db.session() as s:
        create_call(s, title="Binômes", group_size=2, actor=context.actor)
        create_entrepreneur(s, first_name="Hélène", last_name="Durand", actor=context.actor)
        paul = add_contact(s, name="Paul Martin", actor=context.actor)
        theatre = DirectoryActor(name="Théâtre du Merlan", kind="venue", sector="public")
        s.add(theatre)
        s.flush()
        s.add(ActorContact(actor_id=theatre.id, contact_id=paul.id))
        s.commit()
    page = DrawsPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.add_people.isEnabled(), timeout=30_000)
    picker = view.do_add_people()
    qtbot.waitUntil(lambda: picker.found.count() == 2, timeout=30_000)
    picker.found.selectAll()
    if os.environ.get("DRAWS_SCREENSHOT"):
        picker.grab().save(os.environ["DRAWS_SCREENSHOT"] + "-picker.png")
    picker.accept()
    qtbot.waitUntil(lambda: view.pool.rowCount() == 2, timeout=30_000)
    codes = [view.pool.item(r, 0).text() for r in range(2)]
    row = next(r for r, c in enumerate(codes) if c.startswith("c"))
    assert "role: institution" in view.pool.item(row, 3).text()
    view.pool.selectRow(row)
    dialog = view.do_edit_categories()
    assert dialog.organisation.text() == "théâtre du merlan"
    dialog.lines["role"].setText("élu")
    if os.environ.get("DRAWS_SCREENSHOT"):
        dialog.grab().save(os.environ["DRAWS_SCREENSHOT"] + "-categories.png")
    dialog.accept()
    qtbot.waitUntil(
        lambda: view.pool.rowCount() == 2 and "role: élu" in view.pool.item(row, 3).text(),
        timeout=30_000,
    )
    if os.environ.get("DRAWS_SCREENSHOT"):
        page.grab().save(os.environ["DRAWS_SCREENSHOT"] + "-pool.png")


def test_a_drawn_group_becomes_a_project(qtbot, qapp, context) -> None:
    from incubator_app.services.cooperation.calls import add_people_to_pool
    from incubator_app.services.cooperation.confirmations import panel_state, record_answer
    from incubator_app.services.cooperation.projects import list_projects
    from incubator_app.services.entrepreneurs.records import create_entrepreneur

    actor = context.actor
    with context.db.session() as s:
        call = create_call(s, title="Binômes", group_size=2, group_count=2,
                           territory="Haut-Var", actor=actor)  # fmt: skip
        people = [create_entrepreneur(s, first_name=f"P{i}", last_name=f"N{i}", actor=actor).id
                  for i in range(6)]  # fmt: skip
        add_people_to_pool(s, call, [("entrepreneur", p) for p in people], actor=actor)
        draw = freeze_draw(s, call, actor=actor)
        perform_draw(s, draw.id, "1 2 3 4 5", actor=actor)
        group_one = [p.code for p in panel_state(s, draw.id, actor=actor).places if p.group == 1]
        for code in group_one:
            record_answer(s, draw.id, code, confirmed=True, actor=actor)
    page = DrawsPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.make_project.isEnabled(), timeout=30_000)
    view.do_make_project(group=1)
    qtbot.waitUntil(lambda: getattr(view, "last_project_dialog", None) is not None, timeout=30_000)
    dialog = view.last_project_dialog
    assert dialog.title.text() == "Binômes — 1" and dialog.territory.text() == "Haut-Var"
    assert sorted(f"e{i}" for _k, i, _r in dialog.members()) == sorted(group_one)
    dialog.accept()

    def saved():
        with context.db.session() as s:
            return list_projects(s, actor=actor)

    qtbot.waitUntil(lambda: len(saved()) == 1, timeout=30_000)
    (project,) = saved()
    assert (project.call_id, project.group_number, len(project.members)) == (call, 1, 2)
