"""Attach a grant's events in bulk by rule: the events that start during the grant's period
(narrowed to dates if wanted), of some kinds, of a course or a cohort; the count to attach is
shown before OK (services/funding/rules.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from incubator_app.models.vocabulary import EventKind
from incubator_app.services.funding.rules import (
    EventRule,
    attribute_events_by_rule,
    preview_event_rule,
)
from incubator_app.ui.context import AppContext
from incubator_app.ui.events.texts import kind_label
from incubator_app.ui.funding.dialogs import _SavingDialog


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class EventRuleDialog(_SavingDialog):
    def __init__(
        self,
        context: AppContext,
        grant_id: int,
        period: tuple[date, date],
        courses: list[tuple[int, str]],
        cohorts: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, self.tr("Attach events by rule"), parent)
        self.setObjectName("eventRuleDialog")
        self.grant_id = grant_id
        self.period = period
        self.start = _date_edit(period[0], "eventRuleFrom")
        self.end = _date_edit(period[1], "eventRuleTo")
        for edit in (self.start, self.end):
            edit.setDateRange(QDate(period[0]), QDate(period[1]))
            edit.dateChanged.connect(self.update_preview)
        self.kind_boxes: dict[EventKind, QCheckBox] = {}
        kinds = QGridLayout()
        for position, kind in enumerate(EventKind):
            box = QCheckBox(kind_label(kind))
            box.setObjectName(f"eventRuleKind_{kind.value}")
            box.toggled.connect(self.update_preview)
            self.kind_boxes[kind] = box
            kinds.addWidget(box, position // 3, position % 3)
        self.course = QComboBox()
        self.course.setObjectName("eventRuleCourse")
        self.course.addItem(self.tr("Any course or none"), None)
        for course_id, title in courses:
            self.course.addItem(title, course_id)
        self.cohort = QComboBox()
        self.cohort.setObjectName("eventRuleCohort")
        self.cohort.addItem(self.tr("Any cohort"), None)
        for cohort_id, name in cohorts:
            self.cohort.addItem(name, cohort_id)
        for combo in (self.course, self.cohort):
            combo.currentIndexChanged.connect(self.update_preview)
        self.preview = QLabel()
        self.preview.setObjectName("eventRulePreview")
        self.form.addRow(self.tr("&From:"), self.start)
        self.form.addRow(self.tr("&To:"), self.end)
        self.form.addRow(self.tr("Kinds (none: all):"), kinds)
        self.form.addRow(self.tr("Co&urse:"), self.course)
        self.form.addRow(self.tr("C&ohort:"), self.cohort)
        self.form.addRow("", self.preview)
        self.update_preview()

    def rule(self) -> EventRule:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return EventRule(
            kinds=tuple(k for k, box in self.kind_boxes.items() if box.isChecked()),
            course_id=self.course.currentData(),
            cohort_id=self.cohort.currentData(),
            # The whole grant period is a rule too (every event of the period).
            start=start,
            end=end,
        )

    def update_preview(self) -> None:
        rule = self.rule()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if rule.start is not None and rule.end is not None and rule.end < rule.start:
            self.preview.setText(self.tr("The period ends before it starts."))
            ok.setEnabled(False)
            return
        with self.context.db.session() as session:
            n = preview_event_rule(session, self.grant_id, rule, actor=self.context.actor)
        self.preview.setText(self.tr("%n event(s) will be attached.", "", n))
        ok.setEnabled(n > 0)

    def work(self):
        actor, grant_id, rule = self.context.actor, self.grant_id, self.rule()
        return lambda s: attribute_events_by_rule(s, grant_id, rule, actor=actor)
