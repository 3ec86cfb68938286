from __future__ import annotations

import pytest
from memory_keyring import MemoryKeyring, using_keyring
from PySide6.QtWidgets import QApplication, QMessageBox

from incubator_app.db.migrate import open_database
from incubator_app.services.administration.remember import issue_remember_token
from incubator_app.ui.selftest import run_selftest
from incubator_app.ui.startup import AppController, StartResult

pytestmark = pytest.mark.ui


def test_unreadable_database_is_explained_and_exits_2(qtbot, tmp_path, monkeypatch) -> None:
    from incubator_app.ui import app as app_module

    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("ceci n'est pas une base")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    assert app_module.run_gui(str(not_a_db), "en") == 2
    assert shown == [f"{not_a_db} is not a database (not a SQLite file)."]


def test_remembered_user_skips_the_login(qtbot, db_url, settings, make_incubator) -> None:
    db = open_database(db_url)
    actor = make_incubator(db)
    with db.session() as session:
        token = issue_remember_token(session, actor=actor)
    key = db.url.render_as_string(hide_password=True)
    db.dispose()
    ring = MemoryKeyring()
    ring.set_password("incubator-app", key, token)
    controller = AppController(QApplication.instance(), settings)
    try:
        with using_keyring(ring):
            assert controller.start(db_url) is StartResult.OK
        qtbot.addWidget(controller.window)
        assert controller.window.isVisible()
        assert controller.context.actor.login == "admin"
        assert settings.last_database == db_url
    finally:
        controller.window.close()
        controller.close_session()


def test_selftest_passes_on_an_incubator_database(db_url, make_incubator) -> None:
    db = open_database(db_url)
    make_incubator(db)
    db.dispose()
    assert run_selftest(db_url) == 0


def test_selftest_fails_on_an_empty_database(db_url, capsys) -> None:
    open_database(db_url).dispose()
    assert run_selftest(db_url) == 1
    assert "n’a pas encore de couveuse" in capsys.readouterr().err  # the selftest runs in French


def test_selftest_with_the_demo(qtbot) -> None:
    pytest.importorskip("incubator_app.demo", reason="demo generator not there yet")
    from incubator_app import demo

    if not hasattr(demo, "generate_demo"):
        pytest.skip("demo generator not there yet")
    assert run_selftest(None) == 0


@pytest.mark.parametrize(("forced", "expected"), [(None, "es"), ("en", "en")])
def test_the_signed_in_person_s_language_takes_over_unless_lang_was_given(
    qtbot, qapp, db_url, settings, make_incubator, forced, expected
) -> None:
    """Their language is on their account (Settings), so it follows them to any computer;
    `--lang` still wins for one run."""
    from incubator_app.services.administration.users import set_user_language
    from incubator_app.ui import app as app_module

    db = open_database(db_url)
    actor = make_incubator(db)
    with db.session() as session:
        set_user_language(session, actor.user_id, "es", actor=actor)
        token = issue_remember_token(session, actor=actor)
    key = db.url.render_as_string(hide_password=True)
    db.dispose()
    ring = MemoryKeyring()
    ring.set_password("incubator-app", key, token)
    app_module._forced[0] = forced
    controller = AppController(qapp, settings)
    try:
        with using_keyring(ring):
            assert controller.start(db_url) is StartResult.OK
        qtbot.addWidget(controller.window)
        assert app_module.ui_language() == expected
        menus = [a.text() for a in controller.window.menuBar().actions()]
        assert (menus[0] == "&File") is (expected == "en"), menus
    finally:
        app_module._forced[0] = None
        controller.window.close()
        controller.close_session()
