"""Log (or edit) a coaching session in a few seconds, from the keyboard alone.

Ctrl+Shift+N anywhere opens it with the entrepreneur field focused: type a few letters, Enter
picks the match, Tab through the defaults (today, the time rounded to the quarter hour, the
duration used last, the user's own coach profile), Ctrl+Enter saves, Esc cancels. A session
overlapping one already logged (same coach, entrepreneur and day) asks before being saved.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.models.vocabulary import Role, SessionKind, SessionMode
from incubator_app.services.administration.reference_lists import list_coaching_topics
from incubator_app.services.coaching.checks import OverlappingSession, find_overlapping_sessions
from incubator_app.services.coaching.lookup import coach_choices, entrepreneur_choices
from incubator_app.services.coaching.recurrence import (
    Frequency,
    Recurrence,
    SeriesScope,
    delete_session_series,
    log_coaching_sessions,
    update_session_series,
)
from incubator_app.services.coaching.sessions import (
    CoachingSessionView,
    get_coaching_session,
    may_write_notes,
)
from incubator_app.ui.changes import ACTION_ITEM, COACHING_SESSION
from incubator_app.ui.coaching.coach_default import remember_coach, select_preferred_coach
from incubator_app.ui.coaching.notes_box import notes_box_state
from incubator_app.ui.coaching.widgets import ActionItemsEditor, ParticipantList, TopicChips
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.entrepreneurs.labels import glossary_label
from incubator_app.ui.messages import field_label, tr_msg
from incubator_app.ui.widgets import FieldError, dialog_header, today_qdate

DEFAULT_DURATION = 60


def rounded_now(now: datetime | None = None) -> time:
    """The current time to the nearest quarter hour (14:07 → 14:00, 14:08 → 14:15)."""
    now = now or clock.now()
    quarter = round((now.hour * 60 + now.minute) / 15) * 15
    quarter = min(quarter, 23 * 60 + 45)
    return time(quarter // 60, quarter % 60)


def kind_label(kind: SessionKind) -> str:
    return glossary_label(SessionKind, kind)


def mode_label(mode: SessionMode) -> str:
    return glossary_label(SessionMode, mode)


class LogSessionDialog(QDialog):
    def __init__(
        self,
        context,
        *,
        entrepreneur_id: int | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.editing: CoachingSessionView | None = None
        self.setObjectName("logSessionDialog")
        self.saved_ids: list[int] = []
        self.duplicate_box: QMessageBox | None = None
        with context.db.session() as s:
            coaches = coach_choices(s, actor=self.actor)
            if session_id is not None:
                self.editing = get_coaching_session(s, session_id, actor=self.actor)
            kept = set(self.editing.topic_ids) if self.editing else set()  # retired but set
            every = list_coaching_topics(s, include_inactive=True, actor=self.actor)
            topics = [(t.id, t.label) for t in every if t.active or t.id in kept]
            preset_ids = (
                [p.entrepreneur_id for p in self.editing.participants]
                if self.editing
                else ([entrepreneur_id] if entrepreneur_id else [])
            )
            preset = {c.id: c for c in entrepreneur_choices(s, preset_ids, actor=self.actor)}
        self.setWindowTitle(
            self.tr("Edit a coaching session")
            if self.editing
            else self.tr("Log a coaching session")
        )
        self._build(topics, coaches)
        if self.editing:
            self._fill(self.editing, preset)
        else:
            for eid in preset_ids:
                if eid in preset:
                    self.participants.add(preset[eid], single=True)
        self._kind_changed()
        self._coach_changed()
        self.resize(820, 740)
        # Narrower than its rows, the dialog would cut them (no horizontal scroll bar).
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(
            self.scroll.widget().minimumSizeHint().width()
            + self.scroll.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        (self.summary if preset_ids else self.picker).setFocus()

    # Layout ---------------------------------------------------------------------------
    def _build(self, topics: list[tuple[int, str]], coaches) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr("Ctrl+Enter saves, Esc cancels."),
                "coaching",
            )
        )
        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # extra height below the fields, not between them
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Every row fits the dialog's width (the action items wrap on two lines): only the
        # height may scroll.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        def row(text: str, widget: QWidget, name: str) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setObjectName(name)
            form.addRow(label, widget)

        self.picker = EntrepreneurPicker(self.context, clear_after_pick=True)
        self.picker.picked.connect(self._picked)
        row(self.tr("E&ntrepreneur:"), self.picker, "entrepreneurPicker")
        self.participants = ParticipantList()
        self.participants.changed.connect(self._participants_changed)
        row(self.tr("Participants:"), self.participants, "participants")
        self.participants_error = FieldError()
        form.addRow("", self.participants_error)

        when = QWidget()
        line = QHBoxLayout(when)
        line.setContentsMargins(0, 0, 0, 0)
        self.date = QDateEdit(today_qdate())
        self.date.setObjectName("sessionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.dateChanged.connect(lambda d: self.actions.set_session_day(d.toPython()))
        self.time = QTimeEdit(QTime(rounded_now()))
        self.time.setObjectName("startTime")
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(
            self.context.settings.last_session_duration(self._user_key()) or DEFAULT_DURATION
        )
        date_label, time_label, duration_label = (
            QLabel(self.tr("&Date:")),
            QLabel(self.tr("&Time:")),
            QLabel(self.tr("Duration:")),
        )
        date_label.setBuddy(self.date)
        time_label.setBuddy(self.time)
        duration_label.setBuddy(self.duration)
        line.addWidget(self.date)
        line.addSpacing(12)
        line.addWidget(time_label)
        line.addWidget(self.time)
        line.addSpacing(12)
        line.addWidget(duration_label)
        line.addWidget(self.duration)
        line.addStretch(1)
        form.addRow(date_label, when)

        self.coach = QComboBox()
        for c in coaches:
            self.coach.addItem(c.name, c.id)
        # The user's own coach profile, else the coach they worked with last (the first coach
        # only the very first time, so the keyboard flow still saves).
        select_preferred_coach(self.coach, self.context)
        # A coach logs their own sessions; admins and staff pick whose session it is.
        self.coach.setEnabled(self.actor.role in (Role.ADMIN, Role.STAFF))
        self.coach.currentIndexChanged.connect(self._coach_changed)
        row(self.tr("&Coach:"), self.coach, "coach")
        # Moving a session with notes: they stay with their author (the new coach won't read).
        self.notes_stay = FieldError()
        self.notes_stay.setObjectName("notesStayWarning")
        # Two lines at most: a wrapped label asks for the height of its narrowest layout.
        self.notes_stay.setMaximumHeight(self.notes_stay.fontMetrics().lineSpacing() * 2 + 4)
        self.notes_stay.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", self.notes_stay)

        how = QWidget()
        line = QHBoxLayout(how)
        line.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in SessionKind:
            self.kind.addItem(kind_label(k), k.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.mode = QComboBox()
        self.mode.setObjectName("mode")
        for m in SessionMode:
            self.mode.addItem(mode_label(m), m.value)
        kind_label_w, mode_label_w = QLabel(self.tr("&Kind:")), QLabel(self.tr("&Mode:"))
        kind_label_w.setBuddy(self.kind)
        mode_label_w.setBuddy(self.mode)
        line.addWidget(self.kind)
        line.addSpacing(12)
        line.addWidget(mode_label_w)
        line.addWidget(self.mode)
        line.addStretch(1)
        form.addRow(kind_label_w, how)

        self.topics = TopicChips(topics)
        row(self.tr("Topics:"), self.topics, "topics")
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was discussed (shared with the team)"))
        self.summary.setFixedHeight(70)
        row(self.tr("S&ummary:"), self.summary, "summary")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        row(self.tr("C&onfidential notes:"), self.notes, "confidentialNotes")

        self.repeat = QCheckBox(self.tr("&Repeat"))
        self.repeat.setObjectName("repeat")
        repeat_box = QWidget()
        line = QHBoxLayout(repeat_box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.repeat)
        self.every = QSpinBox()
        self.every.setObjectName("repeatInterval")
        self.every.setRange(1, 12)
        self.every.setPrefix(self.tr("every "))
        self.frequency = QComboBox()
        self.frequency.setObjectName("repeatFrequency")
        self.frequency.addItem(self.tr("week(s)"), Frequency.WEEKLY.value)
        self.frequency.addItem(self.tr("month(s)"), Frequency.MONTHLY.value)
        self.until = QDateEdit(today_qdate().addMonths(3))
        self.until.setObjectName("repeatUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        until_label = QLabel(self.tr("until"))
        for w in (self.every, self.frequency, until_label, self.until):
            line.addWidget(w)
        line.addStretch(1)
        self.repeat_parts = (self.every, self.frequency, self.until)
        self.repeat.toggled.connect(lambda on: [w.setEnabled(on) for w in self.repeat_parts])
        self.repeat.setChecked(False)
        for w in self.repeat_parts:
            w.setEnabled(False)
        form.addRow("", repeat_box)

        self.actions = ActionItemsEditor(self.date.date().toPython())
        actions_label = QLabel(self.tr("Act&ion items:"))
        actions_label.setBuddy(self.actions.text)
        form.addRow(actions_label, self.actions)

        self.error = FieldError()
        self.error.setObjectName("formError")
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        self.delete_button.setVisible(False)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save  (Ctrl+Enter)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save).setWhatsThis(self.tr("Save"))

    def _user_key(self) -> str:
        return f"{self.context.db_key}#{self.actor.login}"

    # Behaviour ------------------------------------------------------------------------
    def _kind(self) -> SessionKind:
        return SessionKind(self.kind.currentData())

    def _picked(self, choice) -> None:
        self.participants.add(choice, single=self._kind() is SessionKind.INDIVIDUAL)

    def _participants_changed(self) -> None:
        self.participants_error.clear_error()

    def _kind_changed(self) -> None:
        collective = self._kind() is SessionKind.COLLECTIVE
        self.participants.setMaximumHeight(140 if collective else 34)
        self.picker.setPlaceholderText(
            self.tr("Add participants: type a few letters…")
            if collective
            else self.tr("Type a few letters of a name or project…")
        )

    def _coach_id(self) -> int | None:
        return self.coach.currentData()

    def _coach_changed(self) -> None:
        state = notes_box_state(self.actor, self._coach_id(), self.editing)
        self.notes.setEnabled(state.writable)
        self.notes.setPlaceholderText(state.placeholder)
        if state.move_warning:
            self.notes_stay.show_error(state.move_warning)
        else:
            self.notes_stay.clear_error()

    def _fill(self, view: CoachingSessionView, preset) -> None:
        self.delete_button.setVisible(True)
        self.date.setDate(QDate(view.session_date))
        if view.start_time:
            self.time.setTime(QTime(view.start_time))
        self.duration.setValue(view.duration_minutes)
        index = self.coach.findData(view.coach_id)
        if index >= 0:
            self.coach.setCurrentIndex(index)
        self.kind.setCurrentIndex(self.kind.findData(view.kind.value))
        self.mode.setCurrentIndex(self.mode.findData(view.mode.value))
        self.topics.set_selected(view.topic_ids)
        self.summary.setPlainText(view.summary or "")
        self.notes.setPlainText(view.confidential_notes or "")
        for p in view.participants:
            if p.entrepreneur_id in preset:
                self.participants.add(preset[p.entrepreneur_id], p.attended, single=False)
        # One session is edited: its repeat row (and the orphan "until") goes away.
        self.repeat.parentWidget().setVisible(False)

    def fields(self) -> dict[str, Any]:
        return {
            "session_date": self.date.date().toPython(),
            "start_time": self.time.time().toPython().replace(second=0, microsecond=0),
            "duration_minutes": self.duration.value(),
            "coach_id": self._coach_id(),
            "kind": self._kind(),
            "mode": SessionMode(self.mode.currentData()),
            "participants": self.participants.participants(),
            "topic_ids": self.topics.selected(),
            "summary": self.summary.toPlainText().strip() or None,
            "confidential_notes": self.notes.toPlainText().strip() or None,
        }

    def _recurrence(self) -> Recurrence | None:
        if not self.repeat.isChecked() or self.editing:
            return None
        return Recurrence(
            Frequency(self.frequency.currentData()),
            interval=self.every.value(),
            until=self.until.date().toPython(),
        )

    # Saving ---------------------------------------------------------------------------
    def save(self) -> None:
        self.error.clear_error()
        fields = self.fields()
        if not fields["participants"]:
            self.participants_error.show_error(self.tr("Pick an entrepreneur first."))
            self.picker.setFocus()
            return
        overlaps = self._overlaps(fields)
        if overlaps:
            self._warn_duplicate(overlaps)
            return
        self._ask_scope_then_write()

    def _overlaps(self, fields: dict[str, Any]) -> list[OverlappingSession]:
        if fields["coach_id"] is None:
            return []
        with self.context.db.session() as s:
            return find_overlapping_sessions(
                s,
                coach_id=fields["coach_id"],
                entrepreneur_ids=[p.entrepreneur_id for p in fields["participants"]],
                session_date=fields["session_date"],
                start_time=fields["start_time"],
                duration_minutes=fields["duration_minutes"],
                exclude_session_id=self.editing.id if self.editing else None,
                actor=self.actor,
            )

    def _warn_duplicate(self, overlaps: list[OverlappingSession]) -> None:
        box = QMessageBox(self)
        box.setObjectName("duplicateWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Already logged?"))
        first = overlaps[0]
        when = first.session_date.strftime("%d/%m/%Y")
        if first.start_time:
            end = datetime.combine(first.session_date, first.start_time) + timedelta(
                minutes=first.duration_minutes
            )
            when += f" {first.start_time:%H:%M}–{end:%H:%M}"
        box.setText(
            self.tr(
                "A session with the same coach and entrepreneur is already logged at an "
                "overlapping time ({when}). Save this one anyway?"
            ).format(when=when)
        )
        if first.summary:
            box.setInformativeText(first.summary)
        save = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        save.setObjectName("saveAnyway")
        back.setObjectName("goBack")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.buttonClicked.connect(
            lambda b: self._ask_scope_then_write() if b is save else self.picker.setFocus()
        )
        self.duplicate_box = box
        box.open()

    def _ask_scope_then_write(self) -> None:
        if self.editing is None or self.editing.series_id is None:
            self._write(SeriesScope.THIS)
            return
        box = QMessageBox(self)
        box.setObjectName("seriesScope")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Recurring session"))
        box.setText(self.tr("This session is part of a series. Change:"))
        buttons = {
            box.addButton(self.tr("&Only this one"), QMessageBox.ButtonRole.AcceptRole): "this",
            box.addButton(
                self.tr("This and the &following"), QMessageBox.ButtonRole.AcceptRole
            ): "following",
            box.addButton(self.tr("&All in the series"), QMessageBox.ButtonRole.AcceptRole): "all",
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda b: self._write(SeriesScope(buttons[b])) if b in buttons else None
        )
        self.scope_box = box
        box.open()

    def _write(self, scope: SeriesScope) -> None:
        fields = self.fields()
        actor = self.actor
        self.save_button.setEnabled(False)
        if self.editing is None:
            items = self.actions.action_items()
            recurrence = self._recurrence()
            if not may_write_notes(
                actor, fields["coach_id"], has_notes=False, notes_author_id=None
            ):
                fields.pop("confidential_notes")

            def work(s):
                return log_coaching_sessions(
                    s, recurrence=recurrence, action_items=items, actor=actor, **fields
                )
        else:
            view = self.editing
            if scope is not SeriesScope.THIS and fields["session_date"] == view.session_date:
                # Unchanged: the other occurrences keep their own dates.
                del fields["session_date"]
            if not view.notes_writable:
                fields.pop("confidential_notes")

            def work(s):
                return update_session_series(
                    s,
                    view.id,
                    scope=scope,
                    expected_version=view.version_id,
                    actor=actor,
                    **fields,
                )

        self.context.ops.run(
            work,
            label=self.tr("Saving the session…"),
            parent=self,
            on_done=self._saved,
            on_error=self._failed,
            changes={COACHING_SESSION, ACTION_ITEM},
        )

    def _saved(self, views) -> None:
        self.saved_ids = [v.id for v in views]
        self.context.settings.set_last_session_duration(self._user_key(), self.duration.value())
        remember_coach(self.context, self._coach_id())
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.show_error(
                "\n".join(
                    f"{self._field_name(name)}: {tr_msg(m)}" for name, m in exc.field_errors.items()
                )
            )
            return True
        return None

    def _field_name(self, name: str) -> str:
        names = {
            "session_date": self.tr("Date"),
            "start_time": self.tr("Time"),
            "duration_minutes": self.tr("Duration"),
            "coach_id": self.tr("Coach"),
            "participants": self.tr("Participants"),
            "topic_ids": self.tr("Topics"),
            "action_items": self.tr("Action items"),
            "until": self.tr("Repeat until"),
            "interval": self.tr("Repeat every"),
        }
        return names.get(name, field_label(name))

    # Deleting -------------------------------------------------------------------------
    def delete(self) -> None:
        view = self.editing
        if view is None:
            return
        box = QMessageBox(self)
        box.setObjectName("deleteConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete the session"))
        box.setText(self.tr("Delete this coaching session? Its action items are kept."))
        destructive = QMessageBox.ButtonRole.DestructiveRole
        choices = {box.addButton(self.tr("&Delete"), destructive): "this"}
        if view.series_id:
            following = box.addButton(self.tr("This and the &following"), destructive)
            choices[following] = "following"
            choices[box.addButton(self.tr("&All in the series"), destructive)] = "all"
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        actor = self.actor

        def chosen(button) -> None:
            if button not in choices:
                return
            scope = choices[button]
            self.context.ops.run(
                lambda s: delete_session_series(
                    s, view.id, scope=scope, expected_version=view.version_id, actor=actor
                ),
                label=self.tr("Deleting…"),
                parent=self,
                on_done=lambda _n: self.accept(),
                changes={COACHING_SESSION, ACTION_ITEM},
            )

        box.buttonClicked.connect(chosen)
        self.delete_box = box
        box.open()


def open_log_session_dialog(
    window, entrepreneur_id: int | None = None, *, session_id: int | None = None
) -> LogSessionDialog:
    """Opens the dialog (non-blocking) over `window` (anything with `.context`)."""
    dialog = LogSessionDialog(
        window.context, entrepreneur_id=entrepreneur_id, session_id=session_id, parent=window
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
