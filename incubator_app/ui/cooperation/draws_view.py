"""Tirages au sort: the calls for volunteers on the left; on the right the chosen call's pool,
quotas, draws and the places of the last draw with the time left to confirm.

The steps follow the order that makes a draw verifiable: import the pool and the quotas, Freeze
(shows the SHA-256 and prints the notice, before the seed exists), then Draw with the seed as
published (prints the procès-verbal), then record each answer; Expire closes the windows that
have run out and invites the replacements.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.cooperation import calls as call_service
from incubator_app.services.cooperation import confirmations, projects, recorded_draws
from incubator_app.ui.changes import TOOLBOX
from incubator_app.ui.context import AppContext
from incubator_app.ui.cooperation.categories_dialog import CategoriesDialog
from incubator_app.ui.cooperation.people_picker import PeoplePicker
from incubator_app.ui.cooperation.project_dialog import ProjectDialog

COOPERATION = "cooperation"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


def remaining(deadline: datetime | None, now: datetime) -> str:
    if deadline is None:
        return ""
    seconds = int((deadline - now).total_seconds())
    if seconds <= 0:
        return QCoreApplication.translate("Draws", "window closed")
    days, rest = divmod(seconds, 86400)
    hours = rest // 3600
    return QCoreApplication.translate("Draws", "{days} d {hours} h").format(days=days, hours=hours)


class CallDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New call for volunteers"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.purpose = QLineEdit()
        self.territory = QLineEdit()
        self.groups = QSpinBox(minimum=1, maximum=50, value=3)
        self.size = QSpinBox(minimum=1, maximum=200, value=8)
        self.days = QSpinBox(minimum=1, maximum=60, value=7)
        self.seed_source = QLineEdit()
        self.seed_source.setPlaceholderText(self.tr("e.g. the Loto draw of Saturday 05/12/2026"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("Te&rritory:"), self.territory)
        form.addRow(self.tr("&Groups:"), self.groups)
        form.addRow(self.tr("People per &group:"), self.size)
        form.addRow(self.tr("&Days to confirm:"), self.days)
        form.addRow(self.tr("Public &seed source:"), self.seed_source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DrawsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.call_id: int | None = None
        self.draw_id: int | None = None
        self.calls = _table([self.tr("Call"), self.tr("Volunteers")], "callsTable")
        self.calls.itemSelectionChanged.connect(self._call_chosen)
        new_call = QPushButton(self.tr("&New call…"))
        new_call.clicked.connect(self.new_call)
        left = QVBoxLayout()
        left.addWidget(self.calls)
        left.addWidget(new_call)
        left_box = QWidget()
        left_box.setLayout(left)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pool = _table(
            [self.tr("Id"), self.tr("Name"), self.tr("Organisation"), self.tr("Categories")],
            "poolTable",
        )
        self.quotas = _table(
            [
                self.tr("Category"),
                self.tr("Value"),
                self.tr("Min"),
                self.tr("Max"),
                self.tr("Applies to"),
            ],
            "quotasTable",
        )
        self.places = _table(
            [
                self.tr("Id"),
                self.tr("Group"),
                self.tr("Status"),
                self.tr("Time left"),
                self.tr("Replaces"),
            ],
            "placesTable",
        )
        self.import_pool = QPushButton(self.tr("&Import pool…"))
        self.add_people = QPushButton(self.tr("Add pe&ople…"))
        self.add_people.setObjectName("addPeopleToPool")
        self.edit_categories = QPushButton(self.tr("Change ca&tegories…"))
        self.edit_categories.setObjectName("editVolunteerCategories")
        self.pool.itemSelectionChanged.connect(self._enable)
        self.pool.cellActivated.connect(lambda _r, _c: self.do_edit_categories())
        self.import_quotas = QPushButton(self.tr("Import &quotas…"))
        self.freeze = QPushButton(self.tr("Free&ze and print the notice…"))
        self.draw = QPushButton(self.tr("Enter the seed and &draw…"))
        self.confirm = QPushButton(self.tr("&Confirmed"))
        self.decline = QPushButton(self.tr("Dec&lined"))
        self.expire = QPushButton(self.tr("Close the e&xpired windows"))
        self.make_project = QPushButton(self.tr("Make a pro&ject of a group…"))
        self.make_project.setObjectName("projectFromGroup")
        for button, slot in (
            (self.import_pool, self.do_import_pool),
            (self.add_people, self.do_add_people),
            (self.edit_categories, self.do_edit_categories),
            (self.import_quotas, self.do_import_quotas),
            (self.freeze, self.do_freeze),
            (self.draw, self.do_draw),
            (self.confirm, lambda: self.answer(True)),
            (self.decline, lambda: self.answer(False)),
            (self.expire, self.do_expire),
            (self.make_project, self.do_make_project),
        ):
            button.clicked.connect(slot)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        row = QHBoxLayout()
        for button in (self.import_pool, self.import_quotas, self.freeze, self.draw):
            row.addWidget(button)
        right.addLayout(row)
        pool_bar = QHBoxLayout()
        pool_bar.addWidget(QLabel(self.tr("Pool")))
        pool_bar.addStretch(1)
        pool_bar.addWidget(self.add_people)
        pool_bar.addWidget(self.edit_categories)
        right.addLayout(pool_bar)
        right.addWidget(self.pool, 2)
        right.addWidget(QLabel(self.tr("Quotas")))
        right.addWidget(self.quotas, 1)
        right.addWidget(QLabel(self.tr("Places of the last draw")))
        right.addWidget(self.places, 2)
        answers = QHBoxLayout()
        for button in (self.confirm, self.decline, self.expire):
            answers.addWidget(button)
        answers.addSpacing(12)
        answers.addWidget(self.make_project)
        answers.addStretch(1)
        right.addLayout(answers)
        right_box = QWidget()
        right_box.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._call_ids: list[int] = []
        self._volunteers: list = []
        self._enable()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: call_service.list_calls(s, actor=actor), parent=self, on_done=self._calls
        )

    def _calls(self, calls) -> None:
        self._call_ids = [c.id for c in calls]
        _fill(self.calls, [[c.title, c.volunteers] for c in calls])
        if self.call_id in self._call_ids:
            self.calls.blockSignals(True)
            self.calls.selectRow(self._call_ids.index(self.call_id))
            self.calls.blockSignals(False)
            self._load_call()  # the same row stays selected: no selection signal
        elif calls:
            self.calls.selectRow(0)

    def _call_chosen(self) -> None:
        rows = self.calls.selectionModel().selectedRows()
        if not rows:
            return
        self.call_id = self._call_ids[rows[0].row()]
        self._load_call()

    def _load_call(self) -> None:
        actor, call_id = self.context.actor, self.call_id
        if call_id is None:
            return

        def load(s):
            draws = recorded_draws.list_draws(s, call_id, actor=actor)
            state = None
            if draws and draws[-1].seed is not None:
                state = confirmations.panel_state(s, draws[-1].id, actor=actor)
            return (
                call_service.get_call(s, call_id, actor=actor),
                call_service.list_volunteers(s, call_id, actor=actor),
                call_service.list_quotas(s, call_id, actor=actor),
                draws,
                state,
            )

        self.context.ops.run(load, parent=self, on_done=self._call_shown)

    def _call_shown(self, loaded) -> None:
        call, volunteers, quotas, draws, state = loaded
        self._group_count = call.group_count
        self.draw_id = draws[-1].id if draws else None
        self._drawn = bool(draws and draws[-1].seed)
        lines = [
            f"<b>{call.title}</b> — {call.territory or ''}",
            self.tr("{groups} group(s) of {size}; {days} days to confirm; seed: {source}").format(
                groups=call.group_count,
                size=call.group_size,
                days=call.confirm_days,
                source=call.seed_source or "—",
            ),
        ]
        for d in draws:
            line = self.tr("Draw {n}: SHA-256 {hash}").format(n=d.number, hash=d.frozen_hash)
            if d.seed:
                line += self.tr(" — seed “{seed}”").format(seed=d.seed)
            if d.reason:
                line += self.tr(" — reason: {reason}").format(reason=d.reason)
            lines.append(line)
        self.summary.setText("<br/>".join(lines))
        self._volunteers = list(volunteers)
        _fill(
            self.pool,
            [
                [
                    v.code,
                    v.name,
                    v.organisation or "",
                    ", ".join(f"{k}: {x}" for k, x in sorted(v.categories.items())),
                ]
                for v in volunteers
            ],
        )
        _fill(
            self.quotas,
            [
                [
                    q.category,
                    q.value,
                    q.minimum,
                    "" if q.maximum is None else q.maximum,
                    self.tr("each group") if q.scope == "group" else self.tr("whole draw"),
                ]
                for q in quotas
            ],
        )
        now = clock.now_utc()
        status = {"pending": self.tr("waiting"), "confirmed": self.tr("confirmed")}
        rows = [
            [
                p.code,
                p.group,
                status.get(p.status, p.status),
                remaining(p.deadline, now),
                p.replaces or "",
            ]
            for p in (state.places if state else ())
        ]
        _fill(self.places, rows)
        self._enable()

    def _enable(self) -> None:
        has_call = self.call_id is not None
        for button in (self.import_pool, self.import_quotas, self.freeze, self.add_people):
            button.setEnabled(has_call)
        self.edit_categories.setEnabled(has_call and self._chosen_volunteer() is not None)
        self.draw.setEnabled(self.draw_id is not None and not getattr(self, "_drawn", False))
        for button in (self.confirm, self.decline, self.expire, self.make_project):
            button.setEnabled(getattr(self, "_drawn", False))

    # --- actions -------------------------------------------------------------------------
    def _run(self, fn, on_done=None) -> None:
        def done(result) -> None:
            if on_done is not None:
                on_done(result)
            self.reload()

        self.context.ops.run(fn, parent=self, on_done=done, changes=(COOPERATION,))

    def new_call(self) -> None:
        dialog = CallDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor = self.context.actor
        values = dict(
            title=dialog.title.text(),
            purpose=dialog.purpose.text() or None,
            territory=dialog.territory.text() or None,
            group_count=dialog.groups.value(),
            group_size=dialog.size.value(),
            confirm_days=dialog.days.value(),
            seed_source=dialog.seed_source.text() or None,
        )

        def chosen(call_id: int) -> None:
            self.call_id = call_id

        self._run(lambda s: call_service.create_call(s, **values, actor=actor), chosen)

    def _file(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        return path

    def do_import_pool(self) -> None:
        path = self._file(self.tr("Import the pool"))
        if path:
            actor, call_id = self.context.actor, self.call_id
            self._run(lambda s: call_service.import_volunteers(s, call_id, path, actor=actor))

    def _chosen_volunteer(self):
        rows = self.pool.selectionModel().selectedRows() if self.pool.selectionModel() else []
        volunteers = getattr(self, "_volunteers", [])
        if not rows or rows[0].row() >= len(volunteers):
            return None
        return volunteers[rows[0].row()]

    def do_add_people(self) -> PeoplePicker | None:
        """Opens the picker (window-modal); the people chosen join the pool with their
        categories filled from what the app knows. Returns the dialog."""
        if self.call_id is None:
            return None
        picker = PeoplePicker(self.context, self.tr("Add people to the pool"), self)
        actor, call_id = self.context.actor, self.call_id

        def add() -> None:
            people = picker.chosen()
            if people:
                self._run(
                    lambda s: call_service.add_people_to_pool(s, call_id, people, actor=actor)
                )

        picker.accepted.connect(add)
        picker.open()
        return picker

    def do_edit_categories(self) -> CategoriesDialog | None:
        volunteer = self._chosen_volunteer()
        if volunteer is None:
            return None
        dialog = CategoriesDialog(volunteer, self)
        actor = self.context.actor

        def save() -> None:
            categories, organisation = dialog.categories(), dialog.organisation.text()
            self._run(
                lambda s: call_service.set_volunteer_categories(
                    s, volunteer.id, categories, organisation=organisation, actor=actor
                )
            )

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def do_import_quotas(self) -> None:
        path = self._file(self.tr("Import the quotas"))
        if path:
            actor, call_id = self.context.actor, self.call_id
            self._run(
                lambda s: call_service.set_quotas(
                    s, call_id, call_service.quotas_from_file(path), actor=actor
                )
            )

    def do_freeze(self) -> None:
        reason = None
        if self.draw_id is not None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("New draw"),
                self.tr("This call already has a draw. Reason for a new one (kept on record):"),
            )
            if not ok:
                return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the notice of draw"), "avis-de-tirage.pdf", "PDF (*.pdf)"
        )
        if not target:
            return
        actor, call_id = self.context.actor, self.call_id

        def freeze(s):
            from incubator_app.reports.draw_documents import build_draw_notice

            view = recorded_draws.freeze_draw(s, call_id, reason=reason, actor=actor)
            build_draw_notice(notice_for(s, call_id, view, actor), target)
            return view

        def shown(view) -> None:
            self.summary.setText(
                self.summary.text()
                + "<br/>"
                + self.tr("Frozen: SHA-256 {hash}").format(hash=view.frozen_hash)
            )

        self._run(freeze, shown)

    def do_draw(self) -> None:
        seed, ok = QInputDialog.getText(
            self, self.tr("Draw"), self.tr("The seed exactly as published by the public source:")
        )
        if not ok or not seed.strip():
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the procès-verbal"), "proces-verbal-de-tirage.pdf", "PDF (*.pdf)"
        )
        if not target:
            return
        actor, call_id, draw_id = self.context.actor, self.call_id, self.draw_id

        def draw(s):
            from incubator_app.reports.draw_documents import build_draw_minutes

            view = recorded_draws.perform_draw(s, draw_id, seed, actor=actor)
            _, result = recorded_draws.draw_result(s, draw_id, actor=actor)
            build_draw_minutes(
                notice_for(s, call_id, view, actor),
                result,
                target,
                drawn_at=view.drawn_at,
                reason=view.reason or "",
            )

        self._run(draw)

    def _chosen_place(self) -> str | None:
        rows = self.places.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.places.item(rows[0].row(), 0)
        return item.text() if item else None

    def answer(self, confirmed: bool) -> None:
        code = self._chosen_place()
        if code is None:
            return
        actor, draw_id = self.context.actor, self.draw_id
        self._run(
            lambda s: confirmations.record_answer(
                s, draw_id, code, confirmed=confirmed, actor=actor
            )
        )

    def do_make_project(self, group: int | None = None) -> None:
        """A project under way from a group of the draw: the dialog opens with the call's
        title, territory and the members who confirmed; saving writes it (shared in the
        toolbox)."""
        if self.draw_id is None:
            return
        if group is None:
            count = getattr(self, "_group_count", 1)
            group, ok = QInputDialog.getInt(
                self, self.tr("Project of a group"), self.tr("Group:"), 1, 1, max(1, count)
            )
            if not ok:
                return
        actor, draw_id = self.context.actor, self.draw_id

        def load(s):
            values, keys = projects.project_values_from_group(s, draw_id, group, actor=actor)
            return values, projects.describe_people(s, keys, actor=actor)

        self.context.ops.run(load, parent=self, on_done=self._project_dialog)

    def _project_dialog(self, loaded) -> None:
        values, members = loaded
        dialog = ProjectDialog(self.context, values=values, members=members, parent=self)
        self.last_project_dialog = dialog
        actor = self.context.actor

        def save() -> None:
            fields, people = dialog.values(), dialog.members()
            self.context.ops.run(
                lambda s: projects.create_project(s, fields, members=people, actor=actor),
                parent=self,
                changes=(TOOLBOX,),
            )

        dialog.accepted.connect(save)
        dialog.open()

    def do_expire(self) -> None:
        actor, draw_id = self.context.actor, self.draw_id
        self._run(lambda s: confirmations.expire_invitations(s, draw_id, actor=actor))


def notice_for(session, call_id: int, view, actor):
    """The notice's data for a recorded draw (names from the database beside the ids)."""
    from incubator_app.reports.draw_documents import DrawNotice
    from incubator_app.services.administration.setup import get_incubator_profile

    call = call_service.get_call(session, call_id, actor=actor)
    profile = get_incubator_profile(session)
    draw = recorded_draws.frozen_inputs_of(session, view.id, actor=actor)
    names = {v.code: v.name for v in call_service.list_volunteers(session, call_id, actor=actor)}
    return DrawNotice(
        incubator_name=profile.name if profile else "",
        logo_png=getattr(profile, "logo_png", None) if profile else None,
        title=call.title,
        purpose=call.purpose or "",
        territory=call.territory or "",
        seed_source=view.seed_source or "",
        frozen_hash=view.frozen_hash,
        app_version=view.app_version,
        algorithm=view.algorithm,
        inputs=draw,
        names=names,
    )
