"""Every text a user can see is in the language of the UI: the app is started on the small demo
as its start-up code does it (translators, Qt's own catalogue), and a walker reads every page,
every tab, a record window with its History, the main dialogs and a file dialog as the app opens
it: labels, buttons, tabs, group titles, placeholders, combo items, window titles, menus, tool
tips, table and tree headers and cells.

The detector is built from the app's own catalogues (incubator_app_fr/it/es.ts), not from what
the walk happened to show, so that it can fail on a text nobody has seen yet:
- in French, Italian or Spanish, a text equal to an English source whose translation differs, a
  word that only English sources use, a word of the English UI stop-list (Qt's dialogs are not in
  our catalogue), a raw internal value (`incubated`, `in_person`, `postal_code`), or a text or
  word of one of the other two translations that this language's catalogue never uses
  (« Étape » in Italian, "Nuevo" in French);
- in English, a text equal to a translation that differs from its source, a word that only
  translations use, or an accented word of a translation;
- in all, a date that is not written dd/mm/yyyy (one format everywhere), and thousands written
  another language's way (7,078 in French, Italian or Spanish, 7 078 in English).
Data is not language: every text stored in the database (names, projects, notes, reference
lists; enumeration values excepted) and every file name the file dialog lists is removed from
a text before it is judged.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import unicodedata
import xml.etree.ElementTree as ET
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFileSystemModel,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from incubator_app.models import vocabulary
from incubator_app.ui.app import create_application
from incubator_app.ui.pages import PAGES
from incubator_app.ui.settings import AppSettings
from incubator_app.ui.startup import AppController, StartResult, first_admin

pytestmark = pytest.mark.ui

TS_DIR = Path(__file__).parents[2] / "incubator_app/resources/translations"
TRANSLATED = ("fr", "it", "es")  # English is the source
LANGUAGES = ("en", *TRANSLATED)
DEMO_INSTANT = "2026-11-18 10:00"
TABLE_ROWS = 40  # cells read per table: enough to meet every enumeration value of the demo

# Words of Qt's own widgets and of any English UI, which our catalogue may not contain.
ENGLISH_STOP_WORDS = {
    *"name names project stage save cancel look files modified size detail view back forward"
    " directory folder folders computer open close apply reset discard yes no all help abort"
    " retry ignore choose select file new delete remove add edit search filter next previous"
    " today week month year day days hours hour minutes phone address town entry last first"
    " end start cohort coach referent contract milestone milestones booking bookings revenue"
    " history when who of the and to by for with from is none any show hide".split()
}
DATE = re.compile(r"(?<![\d/.])\d{1,4}[/-]\d{1,2}[/-]\d{1,4}(?![\d/.])")  # not 0.1.0
GOOD_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")
# Thousands written the other language's way: 7,078 in French, 7 078 in English.
_COMMA_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,.])")
THOUSANDS = {
    "fr": _COMMA_THOUSANDS,
    "it": _COMMA_THOUSANDS,
    "es": _COMMA_THOUSANDS,
    "en": re.compile(r"(?<![\d\s])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d])"),
}
# A file or folder path (or a time zone): two or more components, each with a letter (not a
# date).
PATH = re.compile(r"(?:[A-Za-z]:|\b[^\W\d]\w*)?(?:[/\\][^/\\\s]*[^\W\d][^/\\\s]*){2,}[/\\]?")
WORD = re.compile(r"[^\W\d]+(?:_[^\W\d]+)*")
ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæìòáíóúñ¿¡]", re.IGNORECASE)


# The detector ------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Without mnemonics, ellipsis, trailing colon and spacing differences; case-folded."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()
    text = re.sub(r"\s*(…|\.\.\.|:)$", "", text).strip()
    return text.casefold()


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def _pairs(lang: str) -> list[tuple[str, str]]:
    """(source, translation) of every finished message, one pair per plural form."""
    pairs: list[tuple[str, str]] = []
    for message in ET.parse(TS_DIR / f"incubator_app_{lang}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in translation.iter("numerusform")]
        for text in forms or [translation.text or ""]:
            if text:
                pairs.append((source, text))
    return pairs


@dataclass(frozen=True, repr=False)
class Language:
    """What a text in another language looks like, seen from one language of the UI."""

    foreign_texts: set[str]  # whole texts of another language
    foreign_words: set[str]  # words only another language uses
    own_words: set[str]  # every word of this language's texts (raw values it also uses)


@dataclass(frozen=True, repr=False)
class Catalogue:
    languages: dict[str, Language]
    raw_values: set[str]
    english_words_all: set[str]

    @classmethod
    def load(cls) -> Catalogue:
        pairs = {lang: _pairs(lang) for lang in TRANSLATED}
        every = [pair for lang in TRANSLATED for pair in pairs[lang]]
        sources = {normalise(s) for s, _ in every}
        source_words = set().union(*(_words(s) for s, _ in every))
        # Placeholders ({name}, %n, %1) are not words of any language.
        placeholders = set().union(*(set(re.findall(r"\{(\w+)\}", s)) for s, _ in every))
        texts = {lang: {normalise(t) for _, t in pairs[lang]} for lang in TRANSLATED}
        words = {lang: set().union(*(_words(t) for _, t in pairs[lang])) for lang in TRANSLATED}
        changed = {  # translations that differ from their English source
            lang: {normalise(t) for s, t in pairs[lang] if normalise(s) != normalise(t)}
            for lang in TRANSLATED
        }
        languages = {
            "en": Language(
                foreign_texts=set().union(*changed.values()) - sources,
                foreign_words={
                    w for lang in TRANSLATED for w in words[lang] - source_words if len(w) > 3
                },
                own_words=source_words,
            )
        }
        for lang in TRANSLATED:
            others = [other for other in TRANSLATED if other != lang]
            english_texts = {
                normalise(s) for s, t in pairs[lang] if normalise(s) != normalise(t)
            } - texts[lang]
            other_texts = set().union(*(changed[o] for o in others)) - sources - texts[lang]
            english_words = {w for w in source_words - words[lang] - placeholders if len(w) > 2} | (
                ENGLISH_STOP_WORDS - words[lang]
            )
            other_words = {
                w for o in others for w in words[o] - words[lang] - source_words if len(w) > 3
            }
            languages[lang] = Language(
                foreign_texts=english_texts | other_texts,
                foreign_words=english_words | other_words,
                own_words=words[lang],
            )
        raw = {
            member.value
            for enum_type in vars(vocabulary).values()
            if isinstance(enum_type, type) and issubclass(enum_type, Enum)
            for member in enum_type
            if isinstance(member.value, str)
        }
        return cls(languages=languages, raw_values=raw, english_words_all=source_words)

    def problems(self, text: str, lang: str) -> list[str]:
        found = []
        language = self.languages[lang]
        norm = normalise(text)
        words = WORD.findall(text)
        for word in words:
            if "_" in word:
                found.append(f"internal name {word!r}")
            elif (
                lang != "en"
                and word in self.raw_values
                and word.casefold() not in language.own_words
            ):
                found.append(f"raw value {word!r}")
        if norm in language.foreign_texts:
            found.append("text of another language")
        foreign = sorted(
            {
                w
                for w in words
                if w.casefold() in language.foreign_words
                or (
                    lang == "en"
                    and ACCENTED.search(w)
                    and w.casefold() not in self.english_words_all
                )
            }
        )
        if foreign:
            found.append(f"words of another language {foreign}")
        for number in THOUSANDS[lang].findall(text):
            found.append(f"number {number!r} written another language's way")
        for day in DATE.findall(text):
            if not GOOD_DATE.fullmatch(day):
                found.append(f"date {day!r} not dd/mm/yyyy")
        return found


class DataFilter:
    """Removes data (texts stored in the database, file names) from a text before it is judged:
    a person's or a project's name is in no language."""

    def __init__(self, values: set[str]) -> None:
        self.values = {v for v in values if len(v.strip()) > 1}
        self._pattern: re.Pattern[str] | None = None

    def add(self, values: set[str]) -> None:
        self.values |= {v for v in values if len(v.strip()) > 1}
        self._pattern = None

    def without_data(self, text: str) -> str:
        if self._pattern is None:
            ordered = sorted(self.values, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(v) for v in ordered) + r")(?!\w)"
            )
        # A file or folder's path (or a time zone, America/Argentina/Buenos_Aires), named by
        # the system or the user, then data.
        return self._pattern.sub(" ", PATH.sub(" ", text))


def database_texts(path: Path) -> set[str]:
    """Every text value of every column, except the columns of enumerations (whose internal
    values must never be shown as they are) and of JSON (the audit trail's raw changes)."""
    raw = Catalogue.load().raw_values
    found: set[str] = set()
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                query = f'SELECT DISTINCT "{column}" FROM "{table}" WHERE typeof("{column}")=?'
                values = {value for (value,) in conn.execute(query, ("text",))}
                if values <= raw or any(v.startswith(("{", "[")) for v in values):
                    continue
                for value in values:
                    found.add(value)
                    found.update(part.strip() for part in value.splitlines() if part.strip())
        # The directory shows commune names from the shipped reference (by INSEE code): data.
        found |= commune_names(conn)
        # A volunteer's categories (JSON) are names and values typed or imported by the staff.
        if "cooperation_volunteer" in tables:
            for (text,) in conn.execute("SELECT categories FROM cooperation_volunteer"):
                found.update(str(x) for pair in json.loads(text or "{}").items() for x in pair)
    # Time zones are named by the tz database, in no language.
    return found | zoneinfo.available_timezones()


def commune_names(conn: sqlite3.Connection) -> set[str]:
    from incubator_app.services.directory.communes import commune_reference

    reference = commune_reference()
    codes = {c for (c,) in conn.execute("SELECT DISTINCT commune_insee FROM directory_actor")}
    communes = [reference.get(code) for code in codes]
    names = {c.name for c in communes if c is not None}
    # The territorial view's picker lists the reference's départements, EPCIs and regions.
    from incubator_app.services.directory.territory import TERRITORY_KINDS, list_territories

    return names | {t.label for kind in TERRITORY_KINDS for t in list_territories(kind)}


# The walker ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    where: str
    text: str


def _plain(text: str) -> str:
    if "<" in text and re.search(r"<\w[^>]*>", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _name(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__}#{widget.objectName()}"
        if widget.objectName()
        else type(widget).__name__
    )


def _column_count(model: QAbstractItemModel) -> int:
    # A list model's columnCount is private in PySide6: one column.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView, where: str) -> Iterator[Seen]:
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    head = header() if callable(header) else None
    if head is None or isinstance(head, QHeaderView) and not head.isHidden():
        for column in range(_column_count(model)):
            value = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(value, str):
                yield Seen(f"{where} header", value)
    if isinstance(model, QFileSystemModel):
        return  # its cells are file names: data
    rows = min(model.rowCount(QModelIndex()), TABLE_ROWS)
    for row in range(rows):
        for column in range(_column_count(model)):
            index = model.index(row, column)
            yield from _cell(model, index, where)
            for child in range(min(model.rowCount(index), 5)):
                yield from _cell(model, model.index(child, 0, index), where)


def _cell(model: QAbstractItemModel, index: QModelIndex, where: str) -> Iterator[Seen]:
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        value = model.data(index, role)
        if isinstance(value, str) and value:
            yield Seen(f"{where} cell", _plain(value))


def widget_texts(widget: QWidget, where: str) -> Iterator[Seen]:
    here = f"{where} › {_name(widget)}"
    if widget.isWindow() and widget.windowTitle():
        yield Seen(f"{here} title", widget.windowTitle())
    if widget.toolTip():
        yield Seen(f"{here} tooltip", _plain(widget.toolTip()))
    if isinstance(widget, QLabel):
        yield Seen(here, _plain(widget.text()))
    elif isinstance(widget, QAbstractButton):
        yield Seen(here, widget.text())
    elif isinstance(widget, QGroupBox):
        yield Seen(here, widget.title())
    elif isinstance(widget, QLineEdit):
        yield Seen(f"{here} placeholder", widget.placeholderText())
        if widget.isReadOnly():
            yield Seen(here, widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield Seen(f"{here} placeholder", widget.placeholderText())
        if widget.isReadOnly():
            yield Seen(here, widget.toPlainText())
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield Seen(f"{here} item", widget.itemText(i))
    elif isinstance(widget, QAbstractSpinBox):
        if isinstance(widget, QDateTimeEdit):
            yield Seen(here, widget.text())
        yield Seen(here, widget.specialValueText())
        for part in ("prefix", "suffix"):
            getter = getattr(widget, part, None)
            if getter is not None:
                yield Seen(here, getter())
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield Seen(f"{here} tab", widget.tabText(i))
            yield Seen(f"{here} tab tooltip", widget.tabToolTip(i))
    elif (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget, QHeaderView)  # read with its view
        and widget.model() is not None
    ):
        yield from _model_texts(widget.model(), widget, here)
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            yield Seen(f"{here} menu", action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    yield Seen(f"{here} menu {action.text()}", item.text())


class Walker:
    def __init__(self, qtbot, settle: Callable[[], None]) -> None:
        self.qtbot = qtbot
        self.settle = settle
        self.seen: list[Seen] = []

    def walk(self, root: QWidget, where: str) -> None:
        """Reads `root` and its visible descendants; shows each tab of every tab widget."""
        self.settle()
        tab_bars = [bar for bar in root.findChildren(QTabBar) if bar.isVisible()]
        self._read(root, where)
        for bar in tab_bars:
            current = bar.currentIndex()
            for index in range(bar.count()):
                if index == current or not bar.isTabEnabled(index):
                    continue
                bar.setCurrentIndex(index)
                self.settle()
                self._read(root, f"{where} [{bar.tabText(index)}]")
            bar.setCurrentIndex(current)

    def _read(self, root: QWidget, where: str) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is root or widget.isVisible():
                self.seen.extend(s for s in widget_texts(widget, where) if s.text.strip())


# The session -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from incubator_app.demo import generate_demo

    path = tmp_path_factory.mktemp("language-walk") / "demo.sqlite3"
    # The demo is built around "today": the same day as the tests' frozen clock.
    instant = datetime.fromisoformat(DEMO_INSTANT).replace(tzinfo=ZoneInfo("Europe/Paris"))
    with time_machine.travel(instant.timestamp(), tick=False):
        generate_demo(path, scale="small")
    return path


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


class Session:
    def __init__(self, qtbot, qapp, db: Path, lang: str) -> None:
        self.qtbot, self.app, self.lang = qtbot, qapp, lang
        self.display_name = qapp.applicationDisplayName()
        create_application(lang)
        settings = AppSettings()
        self.controller = AppController(qapp, settings, interactive=False)
        assert self.controller.start(str(db), pick_actor=first_admin) is StartResult.OK
        self.window = self.controller.window
        self.walker = Walker(qtbot, self.settle)
        self.data = DataFilter(database_texts(db))

    def settle(self) -> None:
        ops = self.controller.ops
        self.app.processEvents()
        self.qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
        self.app.processEvents()

    def close(self) -> None:
        self.controller.close_session()
        # The main window's F1 and Ctrl+/ are application-wide shortcuts: a window left alive
        # makes them ambiguous for the next test module's window (test_help).
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.setApplicationDisplayName(self.display_name)


def _entrepreneur_with_history(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        (found,) = conn.execute(
            "SELECT entity_id FROM audit_entry WHERE entity='entrepreneur'"
            " GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1"
        ).fetchone()
    return int(found)


def _new_dialog(before: set[int]) -> QWidget:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and id(widget) not in before and widget.isWindow():
            return widget
    raise AssertionError("no new window")


def walk_everything(session: Session, db: Path) -> list[Seen]:
    window, walker, qtbot = session.window, session.walker, session.qtbot
    window.resize(1366, 768)
    for spec in PAGES:
        window.show_page(spec.key)
        walker.walk(window, f"page {spec.key}")

    # An entrepreneur's record, every tab (History included).
    page = window._pages["entrepreneurs"]
    editor = page.open_record(_entrepreneur_with_history(db))
    qtbot.waitExposed(editor)
    walker.walk(editor, "record")
    editor.close()

    def open_and_walk(
        where: str, opener: Callable[[], object], ready: Callable[[QWidget], bool] = bool
    ) -> None:
        """Reads the window `opener` shows, from a timer: a modal exec() returns only once the
        reader has closed it."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        read: list[str] = []
        tries = [100]

        def reader() -> None:
            try:
                dialog = _new_dialog(before)
                if not ready(dialog):
                    raise AssertionError("not filled yet")
            except AssertionError:
                tries[0] -= 1
                if tries[0]:
                    QTimer.singleShot(50, reader)
                return
            walker.walk(dialog, where)
            read.append(where)
            dialog.close()

        QTimer.singleShot(0, reader)
        opener()
        qtbot.waitUntil(lambda: bool(read) or not tries[0], timeout=10_000)
        assert read, f"{where}: no window opened"
        session.settle()

    window.show_page("dashboard")
    window.activateWindow()
    open_and_walk("log session (Ctrl+Shift+N)", window.log_coaching_session)

    def quick_search() -> None:
        dialog = window.quick_search() or getattr(window, "_quick_search_dialog", None)
        dialog.input.setText("a")

    open_and_walk("quick search (Ctrl+K)", quick_search, lambda dialog: dialog.results.count() > 0)
    window.show_page("entrepreneurs")
    open_and_walk("new entrepreneur", page.create_record)
    open_and_walk("import", page._import)
    page.table.selectRow(0)
    open_and_walk("delete confirmation", page._delete_selected)
    window.show_page("services")
    services = window._pages["services"]
    services.tabs.setCurrentWidget(services.bookings)
    session.settle()
    open_and_walk("booking", services.bookings.new_booking)
    open_and_walk("recurring booking", services.bookings.new_recurring)
    for tab, opener in (
        (services.catalogue, services.catalogue.new_service),
        (services.usage, services.usage.open_quick_entry),
        (services.usage, services.usage.open_monthly_charge),
        (services.revenue, services.revenue.open_entry),
    ):
        services.tabs.setCurrentWidget(tab)
        session.settle()
        open_and_walk(f"services: {opener.__name__}", opener)
    window.show_page("exchange")
    exchange = window._pages["exchange"]
    exchange.tabs.setCurrentWidget(exchange.listings)
    open_and_walk("exchange: publish", exchange.listings.open_publish_dialog)
    window.show_page("settings")
    open_and_walk("settings: new account", window._pages["settings"].accounts.new_account)
    open_and_walk("about", window.show_about)

    # The first-run and login dialogs, as the start-up code builds them.
    from incubator_app.ui.login_dialog import LoginDialog
    from incubator_app.ui.welcome_dialog import WelcomeDialog

    ops, key = session.controller.ops, session.controller.db.url.render_as_string()
    kept: list[QWidget] = []  # alive while read
    for where, make in (
        ("login", lambda: LoginDialog(ops, AppSettings(), key, incubator_name="x")),
        ("welcome", lambda: WelcomeDialog(ops, db.parent / "other-demo.sqlite3")),
    ):
        open_and_walk(where, lambda make=make: (kept.append(make()), kept[-1].show()))

    # A file dialog as the app opens it (File > Open a database): modal, so read from a timer.
    seen_dialog: list[QFileDialog] = []

    def read_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, read_file_dialog)
            return
        seen_dialog.append(dialog)
        folder = Path(dialog.directory().absolutePath())
        names = {p.name for p in folder.iterdir()} | set(folder.parts) | {str(folder)}
        session.data.add(names | {str(p) for p in folder.iterdir()})
        walker.walk(dialog, "file dialog")
        dialog.reject()

    QTimer.singleShot(0, read_file_dialog)
    window._open_database()
    assert seen_dialog, "the file dialog did not open"
    return walker.seen


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_visible_text_is_in_the_language_of_the_ui(
    qtbot, qapp, tmp_path, demo_db, catalogue, lang
) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db, db)
    session = Session(qtbot, qapp, db, lang)
    try:
        seen = walk_everything(session, db)
    finally:
        session.close()
    assert len(seen) > 1500, "the walk read too little to prove anything"
    problems: dict[str, set[str]] = {}
    for item in seen:
        found = catalogue.problems(item.text, lang)
        if found:
            found = catalogue.problems(session.data.without_data(item.text), lang)
        for problem in found:
            problems.setdefault(f"{item.text!r}: {problem}", set()).add(item.where)
    report = "\n".join(f"{text}  (at {min(where)})" for text, where in sorted(problems.items()))
    assert not problems, f"{len(problems)} texts not in the language of the UI ({lang}):\n{report}"


def test_the_detector_sees_english_in_french_and_french_in_english(catalogue) -> None:
    """The detector itself: each rule catches what it is meant to catch, and lets French (or
    English) UI text through."""
    assert catalogue.problems("Name", "fr")
    assert catalogue.problems("Files of &type:", "fr")
    assert catalogue.problems("Étape : admitted → incubated", "fr")
    assert catalogue.problems("Code postal : postal_code", "fr")
    assert not catalogue.problems("Porteurs de projet", "fr")
    assert not catalogue.problems("&Nom de fichier :", "fr")
    assert catalogue.problems("Langue : Français", "en")
    assert catalogue.problems("Étape", "en")
    assert not catalogue.problems("Stage", "en")
    assert catalogue.problems("11/30/26", "en")
    assert catalogue.problems("7,078 lignes", "fr")
    assert not catalogue.problems("7\u202f078 lignes", "fr")
    assert catalogue.problems("7\u202f078 rows", "en")
    assert not catalogue.problems("30/11/2026", "en")
    # Italian and Spanish: English, French and each other are caught; their own texts pass.
    assert catalogue.problems("Name", "it")
    assert catalogue.problems("Porteurs de projet", "it")
    assert catalogue.problems("Imprenditori", "es")
    assert catalogue.problems("Emprendedores", "it")
    assert not catalogue.problems("Imprenditori", "it")
    assert not catalogue.problems("Emprendedores", "es")
    assert catalogue.problems("Emprendedores", "en")
    assert catalogue.problems("Étape : admitted → incubated", "es")
    assert catalogue.problems("7,078 righe", "it")
    assert not catalogue.problems("7.078 righe", "it")
    assert catalogue.problems("3/12/26", "es")
    data = DataFilter({"Maëlle Boyadjian", "Atelier Name"})
    assert not catalogue.problems(data.without_data("Atelier Name, Maëlle Boyadjian"), "fr")


def test_no_helper_hides_a_text_from_lupdate() -> None:
    """lupdate collects `translate("Context", "literal")` only: a helper such as
    `def t(text): return translate("Page", text)` leaves its texts out of the catalogue, and
    they stay English in French (the entrepreneurs table's headers did). Passing on a key
    marked elsewhere (`translate(*key)`, `translate(msg.context, msg.source)`) is fine."""
    import ast

    package = Path(__file__).parents[2] / "incubator_app"
    hidden = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            context, source = node.args[0], node.args[1]
            if (
                name == "translate"
                and isinstance(context, ast.Constant)
                and not isinstance(source, ast.Constant)
            ):
                hidden.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    assert not hidden, "texts lupdate cannot see:\n" + "\n".join(hidden)
