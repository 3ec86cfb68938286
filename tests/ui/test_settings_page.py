"""The Settings page driven as an administrator, a staff member and a viewer would: identity
with its SIRET and logo, accounts, reference lists, milestone templates, backups; mnemonics
unique in the window and every tab screenshotted in French without clipped text."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from activation import make_active
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)

from incubator_app.models import Role
from incubator_app.services.administration.reference_lists import list_disciplines
from incubator_app.services.administration.setup import get_incubator_profile
from incubator_app.services.administration.users import (
    actor_for_user,
    authenticate,
    create_user,
    list_users,
)
from incubator_app.services.entrepreneurs.cohorts import list_cohorts
from incubator_app.services.milestones.records import list_milestone_templates
from incubator_app.ui.app import install_translators
from incubator_app.ui.context import AppContext
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.pages.settings_page import SettingsPage

pytestmark = pytest.mark.ui


@pytest.fixture
def page(qtbot, context) -> SettingsPage:
    settings_page = SettingsPage(context)
    qtbot.addWidget(settings_page)
    settings_page.resize(1120, 720)
    settings_page.show()
    return settings_page


def _context_as(context: AppContext, role: str) -> AppContext:
    with context.db.session() as s:
        user = create_user(
            s, login=f"{role}1", display_name=f"Dom {role.title()}", role=role,
            password="long-enough-password", actor=context.actor,
        )  # fmt: skip
        actor = actor_for_user(s, user.id)
    return AppContext(
        context.db, actor, context.profile, context.settings, context.ops, context.bus
    )


def _wait_idle(qtbot, context) -> None:
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=10_000)


def _message_box(qtbot) -> QMessageBox:
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return any(b.isVisible() for b in boxes)

    qtbot.waitUntil(shown)
    return next(b for b in boxes if b.isVisible())


# -- identity -----------------------------------------------------------------------------


def test_identity_refuses_a_wrong_siret_then_saves_a_good_one(qtbot, page, context) -> None:
    tab = page.identity
    assert tab.name.text() == "Couveuse des Arts"
    tab.siret.setText("123 456 782 00011")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.error.isVisible)
    assert tab.error.text() == (
        "SIRET: 12345678200011 is not a valid SIRET: its check digit is wrong (look for a typo)."
    )
    tab.siret.setText("123 456 782 00010")
    tab.commune.setText("Marseille")
    tab.time_zone.setCurrentText("America/Cayenne")
    tab.report_language.setCurrentIndex(tab.report_language.findData("en_GB"))
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.saved.text() == "Saved.")
    assert not tab.error.isVisible()
    with context.db.session() as s:
        profile = get_incubator_profile(s)
    assert (profile.siret, profile.commune, profile.time_zone, profile.locale) == (
        "12345678200010", "Marseille", "America/Cayenne", "en_GB",
    )  # fmt: skip
    assert context.profile.locale == "en_GB"  # reports read it from the context
    assert tab.saved.text() == "Saved."  # the page reloaded on the broadcast: still told
    assert tab.siret.text() == "12345678200010"
    from incubator_app import clock

    clock.set_zone(clock.DEFAULT_ZONE)


def test_time_zone_completes_what_the_user_types(page) -> None:
    completer = page.identity.time_zone.completer()
    completer.setCompletionPrefix("mart")
    found = [completer.completionModel().index(i, 0).data() for i in range(3)]
    assert "America/Martinique" in found


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_a_logo_file_is_stored_as_png(qtbot, page, context, tmp_path, kind) -> None:
    image = QImage(900, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f5e"))
    path = tmp_path / f"logo.{kind.lower()}"
    assert image.save(str(path), kind)
    tab = page.identity
    tab.load_logo_file(str(path))
    assert tab.remove_logo.isEnabled()
    assert not tab.logo_preview.pixmap().isNull()
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.saved.text() == "Saved.")
    with context.db.session() as s:
        logo = get_incubator_profile(s).logo_png
    assert logo.startswith(b"\x89PNG")
    stored = QImage.fromData(logo)
    assert (stored.width(), stored.height()) == (600, 200)  # scaled down for the PDFs


def test_a_file_that_is_not_an_image_is_refused_inline(page, tmp_path) -> None:
    path = tmp_path / "logo.png"
    path.write_text("not an image")
    page.identity.load_logo_file(str(path))
    assert page.identity.error.text() == "Logo: This file is not a PNG or JPEG image."
    assert page.identity.logo is None


# -- accounts -----------------------------------------------------------------------------


def _show(page: SettingsPage, tab: QWidget) -> None:
    page.tabs.setCurrentWidget(tab)


def test_accounts_create_change_role_disable_and_reset(qtbot, page, context) -> None:
    tab = page.accounts
    _show(page, tab)
    with context.db.session() as s:
        authenticate(s, "admin", "admin-password")
    tab.reload()
    assert tab.model.rows()[0].login == "admin"
    from incubator_app import clock

    day = clock.today()
    # One date format in both languages: dd/mm/yyyy (British English), never 11/18/26.
    assert tab.model.index(0, 4).data() == day.strftime("%d/%m/%Y")
    assert tab.model.index(1, 4).data() == "—" if tab.model.rowCount() > 1 else True

    tab.new_button.click()
    dialog = tab.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.login.setText("nbenali")
    dialog.display_name.setText("Nora Benali")
    dialog.role.setCurrentIndex(dialog.role.findData("coach"))
    dialog.password.setText("long-enough-password")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tab.selected().login == "nbenali"
    assert tab.status.text() == "Account of Nora Benali created."

    tab.role.setCurrentIndex(tab.role.findData("staff"))
    tab.role_button.click()
    qtbot.waitUntil(lambda: tab.status.text() == "Nora Benali has a new role.")
    assert tab.selected().role is Role.STAFF

    assert tab.active_button.text() == "&Disable"
    tab.active_button.click()
    qtbot.waitUntil(lambda: tab.status.text() == "Nora Benali can no longer sign in.")
    assert tab.model.index(tab.table.currentIndex().row(), 3).data() == "disabled"
    assert tab.active_button.text() == "En&able"

    tab.password_button.click()
    pw = tab.dialog
    qtbot.waitUntil(pw.isVisible)
    pw.password.setText("another-long-one")
    pw.again.setText("another-long-on")
    pw.save()
    assert pw.error.text() == "The two passwords differ."
    pw.again.setText("another-long-one")
    pw.save()
    qtbot.waitUntil(lambda: not pw.isVisible())
    assert tab.status.text() == "New password saved for Nora Benali."


def test_the_last_admin_cannot_disable_themself_from_the_page(qtbot, page, context) -> None:
    tab = page.accounts
    _show(page, tab)
    tab.select_login("admin")
    tab.active_button.click()
    box = _message_box(qtbot)
    assert "last active administrator" in box.text()
    box.close()
    _wait_idle(qtbot, context)
    with context.db.session() as s:
        admin = next(u for u in list_users(s, actor=context.actor) if u.login == "admin")
    assert admin.active and admin.role is Role.ADMIN


# -- reference lists ----------------------------------------------------------------------


def test_lists_add_rename_move_and_retire_a_discipline(qtbot, page, context) -> None:
    tab = page.lists
    _show(page, tab)
    count = tab.model.rowCount()
    tab.label.setFocus()
    qtbot.keyClicks(tab.label, "Arts de la rue")
    qtbot.keyClick(tab.label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == count + 1)
    assert tab.selected().label == "Arts de la rue"
    tab.label.setText("Arts de la rue et du cirque")
    tab.rename_button.click()
    qtbot.waitUntil(lambda: tab.selected().label == "Arts de la rue et du cirque")
    tab.up_button.click()
    qtbot.waitUntil(lambda: tab.table.currentIndex().row() == count - 1)
    tab.retire_button.click()
    qtbot.waitUntil(lambda: not tab.selected().active)
    assert tab.model.index(count - 1, 2).data() == "retired"
    assert tab.retire_button.text() == "Res&tore"
    with context.db.session() as s:
        labels = [d.label for d in list_disciplines(s, actor=context.actor)]
    assert "Arts de la rue et du cirque" not in labels  # gone from the pickers


def test_lists_add_and_retire_a_cohort(qtbot, page, context) -> None:
    tab = page.lists
    _show(page, tab)
    tab.kind.setCurrentIndex(tab.kind.findData("cohort"))
    assert tab.start.isVisible() and not tab.up_button.isEnabled()
    tab.label.setText("Promotion 2027")
    tab.start.setDate(date(2027, 1, 4))
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 1).data() == "04/01/2027"
    tab.retire_button.click()
    qtbot.waitUntil(lambda: not tab.selected().active)
    with context.db.session() as s:
        assert list_cohorts(s, actor=context.actor) == []


# -- milestone templates, backups ---------------------------------------------------------


def test_templates_add_one_to_a_new_programme(qtbot, page, context) -> None:
    tab = page.templates
    _show(page, tab)
    assert tab.programme.currentText() == "CAPE" and tab.model.rowCount() == 5
    tab.programme.setCurrentText("Résidence")
    assert tab.model.rowCount() == 0
    tab.title.setText("Bilan de résidence")
    tab.months.setValue(3)
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 2).data() == "3 month(s)"
    with context.db.session() as s:
        made = list_milestone_templates(s, programme="Résidence", actor=context.actor)
    assert [(t.title, t.offset_months) for t in made] == [("Bilan de résidence", 3)]


def test_backup_now_then_restore_asks_then_reopens(qtbot, page, context) -> None:
    tab = page.backups
    _show(page, tab)
    assert tab.folder_label.text() == str(Path(context.db.display_name).parent / "backups")
    tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    backup = tab.model.rows()[0]
    box = tab.confirm_restore(backup)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    reopened: list[str] = []
    tab.reopen = lambda: reopened.append("yes")  # the main window's job, tested elsewhere
    restore.click()
    qtbot.waitUntil(lambda: tab.box is not box and tab.box.isVisible(), timeout=10_000)
    assert tab.status.text().startswith(f"Restored from {backup.name}.")
    assert tab.model.rowCount() == 2  # the database as it was is a backup too
    tab.box.done(0)
    assert reopened == ["yes"]


# -- roles --------------------------------------------------------------------------------


def test_a_viewer_sees_the_settings_read_only(qtbot, context) -> None:
    viewer = SettingsPage(_context_as(context, "viewer"))
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.note is not None and viewer.note.isVisible()
    assert viewer.note.text().startswith("Your role (viewer) does not allow changing")
    tabs = [viewer.tabs.tabText(i) for i in range(viewer.tabs.count())]
    assert tabs == ["&Identity", "&Lists", "&Milestone templates", "This &computer"]
    assert not any(w.isEnabled() for w in viewer.identity.editors)
    viewer.tabs.setCurrentWidget(viewer.lists)
    viewer.lists.table.selectRow(0)
    assert not any(w.isEnabled() for w in viewer.lists.editors)
    viewer.tabs.setCurrentWidget(viewer.templates)
    assert not any(w.isEnabled() for w in viewer.templates.editors)
    assert viewer.templates.programme.isEnabled()  # looking at another programme is fine
    assert viewer.computer.language.isEnabled()  # this computer's own preference


def test_a_viewer_chooses_their_own_language_kept_on_their_account(qtbot, context) -> None:
    """Per person, not per computer: saved on the account (the next sign-in, on any computer,
    uses it) and as this computer's start-up language (its login screen)."""
    viewer_context = _context_as(context, "viewer")
    page = SettingsPage(viewer_context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.computer)
    combo = page.computer.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["fr", "en", "it", "es"]
    assert [combo.itemText(i) for i in range(combo.count())][2:] == ["Italian", "Spanish"]
    combo.setCurrentIndex(combo.findData("it"))
    _wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "next time you sign in" in page.computer.language_note.text())
    with context.db.session() as s:
        signed_in = authenticate(s, "viewer1", "long-enough-password")
    assert signed_in.language == "it"
    assert context.settings.language == "it"


def test_staff_edit_settings_but_only_see_accounts(qtbot, context) -> None:
    staff = SettingsPage(_context_as(context, "staff"))
    qtbot.addWidget(staff)
    staff.show()
    assert staff.note is None
    assert staff.identity.save_button.isEnabled()
    staff.tabs.setCurrentWidget(staff.accounts)
    staff.accounts.table.selectRow(0)
    assert not any(w.isEnabled() for w in staff.accounts.editors)
    assert staff.findChild(QLabel, "readOnlyNote").isVisible()
    assert not staff.backups.restore_button.isEnabled()
    assert staff.backups.backup_button.isEnabled()


# -- keyboard, mnemonics, French screenshots ----------------------------------------------


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    clean = text.replace("&&", "")
    return clean[at + 1].lower() if 0 <= at < len(clean) - 1 else None


def _visible_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    found = []
    for action in window.menuBar().actions():
        if (key := _mnemonic(action.text())) is not None:
            found.append((key, f"menu {action.text()}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            if (key := _mnemonic(widget.text())) is not None:
                found.append((key, widget.text()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if (key := _mnemonic(widget.tabText(i))) is not None:
                    found.append((key, f"tab {widget.tabText(i)}"))
    return found


@pytest.mark.parametrize("lang", ["fr", "en", "it", "es"])
def test_no_mnemonic_of_the_settings_collides_in_the_window(qtbot, qapp, context, lang) -> None:
    install_translators(qapp, lang)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1120, 720)
    window.show()
    window.show_page("settings")
    page = window.current_page
    assert isinstance(page, SettingsPage)
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()}
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qapp.processEvents()
        seen: dict[str, list[str]] = {}
        for key, text in _visible_mnemonics(window):
            seen.setdefault(key, []).append(text)
        clashes = {
            key: texts
            for key, texts in seen.items()
            # The menus' own clash (Affichage / Aide) is not the Settings page's.
            if len(texts) > 1 and not (key in menus and all(t.startswith("menu") for t in texts))
        }
        assert not clashes, f"{page.tabs.tabText(index)}: {clashes}"


def test_tab_reaches_every_identity_field_in_order(qtbot, page) -> None:
    make_active(qtbot, page)
    tab = page.identity
    tab.name.setFocus()
    reached = []
    for _ in range(14):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    names = [w.objectName() for w in reached]
    order = ["incubatorName", "legalName", "siret", "address", "postalCode", "commune"]
    assert names[: len(order)] == order
    assert "chooseLogo" in names and "saveIdentity" in names


def _clipped(page: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (elided or cut)."""
    cut = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        text = widget.text().replace("&", "")
        if text and widget.width() < widget.fontMetrics().horizontalAdvance(text):
            cut.append(text)
    return cut


def test_every_tab_in_french_fits_at_1120_by_720(qtbot, qapp, context, tmp_path) -> None:
    install_translators(qapp, "fr")
    settings_page = SettingsPage(context)
    qtbot.addWidget(settings_page)
    settings_page.resize(1120, 720)
    settings_page.show()
    folder = Path(os.environ.get("SETTINGS_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    english = {"Settings", "Identity", "Accounts", "Lists", "Backups", "Save the identity"}
    for index in range(settings_page.tabs.count()):
        settings_page.tabs.setCurrentIndex(index)
        qapp.processEvents()
        assert settings_page.grab().save(str(folder / f"settings-fr-{index}.png"))
        assert not _clipped(settings_page), settings_page.tabs.tabText(index)
        texts = {w.text().replace("&", "") for w in settings_page.findChildren(QLabel)}
        texts |= {w.text().replace("&", "") for w in settings_page.findChildren(QAbstractButton)}
        assert not texts & english


def test_after_a_restore_the_main_window_reopens_the_database(qtbot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page("settings")
    asked: list[str] = []
    window.open_database_requested.connect(asked.append)
    window.current_page.backups.reopen()
    assert asked == [context.db.display_name]


def test_a_renamed_incubator_renames_the_window(qtbot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    identity = window.current_page.identity
    identity.name.setText("Couveuse du Panier")
    identity.save()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Couveuse du Panier"))


def test_the_editor_keeps_a_retired_discipline_and_cohort_only_where_set(qtbot, context) -> None:
    from incubator_app.services.administration.reference_lists import set_reference_item_active
    from incubator_app.services.entrepreneurs.cohorts import create_cohort, set_cohort_active
    from incubator_app.services.entrepreneurs.records import create_entrepreneur
    from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor

    actor = context.actor
    with context.db.session() as s:
        music = list_disciplines(s, actor=actor)[0]
        cohort = create_cohort(s, name="Promo 2024", start_date=date(2024, 1, 8), actor=actor)
        person = create_entrepreneur(
            s, first_name="Inès", last_name="Garcia", entry_date=date(2024, 1, 8),
            discipline_id=music.id, cohort_id=cohort.id, actor=actor,
        )  # fmt: skip
        set_reference_item_active(s, "discipline", music.id, False, expected_version=None,
                                  actor=actor)  # fmt: skip
        set_cohort_active(s, cohort.id, False, expected_version=None, actor=actor)
    editor = EntrepreneurEditor(context, person.id)
    qtbot.addWidget(editor)
    assert editor.profile.discipline.currentText() == music.label
    assert editor.profile.cohort.currentText() == "Promo 2024"
    assert editor.profile.values()["cohort_id"] == cohort.id
    new = EntrepreneurEditor(context, None)
    qtbot.addWidget(new)
    offered = [new.profile.discipline.itemText(i) for i in range(new.profile.discipline.count())]
    assert music.label not in offered
    assert new.profile.cohort.count() == 1  # only "—"


@pytest.mark.parametrize("lang", ["fr", "en", "it", "es"])
def test_account_dialogs_open_three_times_with_unique_mnemonics(
    qtbot, qapp, page, lang, tmp_path
) -> None:
    install_translators(qapp, lang)
    tab = page.accounts
    _show(page, tab)
    tab.reload()
    tab.select_login("admin")
    for opener in (tab.new_account, tab.reset_password):
        for _ in range(3):
            opener()
            dialog = tab.dialog
            qtbot.waitUntil(dialog.isVisible)
            keys = [
                _mnemonic(w.text())
                for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
                if w.isVisible() and _mnemonic(w.text())
            ]
            assert len(keys) == len(set(keys)), keys
            dialog.grab().save(str(tmp_path / f"{dialog.objectName()}-{lang}.png"))
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda d=dialog: not d.isVisible())
