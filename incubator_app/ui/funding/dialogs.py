"""Dialogs of the Funders page: a funder, a grant, an indicator's target, a reporting deadline,
and attaching people by a rule. Each saves through its service in `ops`; a refusal shows in the
dialog, next to the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import FunderKind, PathwayStage
from incubator_app.services.funding.grants import (
    FunderView,
    GrantView,
    add_grant_deadline,
    create_funder,
    create_grant,
    update_funder,
    update_grant,
)
from incubator_app.services.funding.indicators import (
    INDICATOR_KEYS,
    INDICATOR_UNITS,
    PERCENT,
    set_grant_target,
)
from incubator_app.services.funding.rules import BeneficiaryRule, attribute_by_rule, preview_rule
from incubator_app.ui.changes import ENTREPRENEUR, FUNDING
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import stage_label
from incubator_app.ui.funding.texts import funder_kind_label, indicator_label
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError, qdate_of, today_qdate


class _SavingDialog(QDialog):
    """OK runs `work(session)` in ops; the dialog closes when it succeeded."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_value: Any = None

    def work(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def save(self) -> None:
        self.error.clear_error()
        self.context.ops.run(
            self.work(),
            parent=self,
            on_done=self._done,
            on_error=self._failed,
            changes={FUNDING},
        )

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.show_error(text)
        return True


class FunderDialog(_SavingDialog):
    def __init__(
        self, context: AppContext, funder: FunderView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, self.tr("New funder") if funder is None else self.tr("Funder"), parent
        )
        self.setObjectName("funderDialog")
        self.funder = funder
        self.name = QLineEdit(funder.name if funder else "")
        self.name.setObjectName("funderName")
        self.kind = QComboBox()
        self.kind.setObjectName("funderKind")
        for kind in FunderKind:
            self.kind.addItem(funder_kind_label(kind), kind.value)
        if funder is not None:
            self.kind.setCurrentIndex(self.kind.findData(funder.kind.value))
        self.contact_name = QLineEdit(funder.contact_name or "" if funder else "")
        self.contact_email = QLineEdit(funder.contact_email or "" if funder else "")
        self.notes = QPlainTextEdit(funder.notes or "" if funder else "")
        self.notes.setFixedHeight(70)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Contact person:"), self.contact_name)
        self.form.addRow(self.tr("&E-mail:"), self.contact_email)
        self.form.addRow(self.tr("N&otes:"), self.notes)

    def work(self):
        actor, funder = self.context.actor, self.funder
        values = {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "contact_name": self.contact_name.text() or None,
            "contact_email": self.contact_email.text() or None,
            "notes": self.notes.toPlainText() or None,
        }
        if funder is None:
            return lambda s: create_funder(s, actor=actor, **values)
        return lambda s: update_funder(
            s, funder.id, expected_version=funder.version_id, actor=actor, **values
        )


class GrantDialog(_SavingDialog):
    def __init__(
        self,
        context: AppContext,
        funder_id: int,
        grant: GrantView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context, self.tr("New grant") if grant is None else self.tr("Grant"), parent
        )
        self.setObjectName("grantDialog")
        self.funder_id, self.grant = funder_id, grant
        self.reference = QLineEdit(grant.reference if grant else "")
        self.reference.setObjectName("grantReference")
        self.title = QLineEdit(grant.title if grant else "")
        self.title.setObjectName("grantTitle")
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("grantAmount")
        self.amount.setRange(0, 100_000_000)
        self.amount.setDecimals(2)
        self.amount.setSuffix("\u00a0€")
        self.amount.setGroupSeparatorShown(True)
        self.amount.setValue((grant.amount_cents if grant else 0) / 100)
        today = today_qdate()
        self.start = QDateEdit(qdate_of(grant.period_start) if grant else today)
        self.end = QDateEdit(qdate_of(grant.period_end) if grant else today.addYears(1).addDays(-1))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.co_funders = QLineEdit(grant.co_funders or "" if grant else "")
        self.co_funders.setObjectName("grantCoFunders")
        self.co_funders.setPlaceholderText(self.tr("e.g. FSE+, Ville de Marseille"))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        self.form.addRow(self.tr("&Reference:"), self.reference)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Amount:"), self.amount)
        self.form.addRow(self.tr("&Period from:"), period)
        self.form.addRow(self.tr("&Co-funders:"), self.co_funders)

    def work(self):
        actor, grant, funder_id = self.context.actor, self.grant, self.funder_id
        values = {
            "reference": self.reference.text(),
            "title": self.title.text(),
            "amount_cents": round(self.amount.value() * 100),
            "period_start": self.start.date().toPython(),
            "period_end": self.end.date().toPython(),
            "co_funders": self.co_funders.text() or None,
        }
        if grant is None:
            return lambda s: create_grant(s, funder_id=funder_id, actor=actor, **values)
        return lambda s: update_grant(
            s, grant.id, expected_version=grant.version_id, actor=actor, **values
        )


class TargetDialog(_SavingDialog):
    """Picks one of the indicators the funder report computes and sets its target."""

    def __init__(
        self,
        context: AppContext,
        grant_id: int,
        indicator: str | None = None,
        target: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, self.tr("Indicator target"), parent)
        self.setObjectName("targetDialog")
        self.grant_id = grant_id
        self.indicator = QComboBox()
        self.indicator.setObjectName("targetIndicator")
        for key in INDICATOR_KEYS:
            self.indicator.addItem(indicator_label(key), key)
        if indicator is not None:
            self.indicator.setCurrentIndex(self.indicator.findData(indicator))
        self.target = QSpinBox()
        self.target.setObjectName("targetValue")
        self.target.setRange(0, 10_000_000)
        self.target.setValue(target or 0)
        self.indicator.currentIndexChanged.connect(self._unit_changed)
        self.form.addRow(self.tr("&Indicator:"), self.indicator)
        self.form.addRow(self.tr("&Target:"), self.target)
        self._unit_changed()

    def _unit_changed(self) -> None:
        unit = INDICATOR_UNITS[self.indicator.currentData()]
        self.target.setSuffix({"hours": "\u00a0h", PERCENT: "\u00a0%"}.get(unit, ""))
        self.target.setMaximum(100 if unit == PERCENT else 10_000_000)

    def work(self):
        actor, grant_id = self.context.actor, self.grant_id
        key, value = self.indicator.currentData(), self.target.value()
        return lambda s: set_grant_target(s, grant_id, key, value, actor=actor)


class DeadlineDialog(_SavingDialog):
    def __init__(self, context: AppContext, grant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Reporting deadline"), parent)
        self.setObjectName("deadlineDialog")
        self.grant_id = grant_id
        self.label = QLineEdit()
        self.label.setObjectName("deadlineLabel")
        self.label.setPlaceholderText(self.tr("e.g. Interim report"))
        self.due_on = QDateEdit(today_qdate().addMonths(1))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("dd/MM/yyyy")
        self.form.addRow(self.tr("&What to send:"), self.label)
        self.form.addRow(self.tr("&Due on:"), self.due_on)

    def work(self):
        actor, grant_id = self.context.actor, self.grant_id
        label, due_on = self.label.text(), self.due_on.date().toPython()
        return lambda s: add_grant_deadline(s, grant_id, label=label, due_on=due_on, actor=actor)


class RuleDialog(_SavingDialog):
    """Attaches in bulk everyone a rule matches: a cohort, stages, entry during the grant."""

    def __init__(
        self,
        context: AppContext,
        grant_id: int,
        cohorts: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, self.tr("Attach people by rule"), parent)
        self.setObjectName("ruleDialog")
        self.grant_id = grant_id
        self.cohort = QComboBox()
        self.cohort.setObjectName("ruleCohort")
        self.cohort.addItem(self.tr("Any cohort"), None)
        for cohort_id, name in cohorts:
            self.cohort.addItem(name, cohort_id)
        self.stage_boxes: dict[PathwayStage, QCheckBox] = {}
        stages = QHBoxLayout()
        for stage in (
            PathwayStage.ADMITTED,
            PathwayStage.INCUBATED,
            PathwayStage.GRADUATED,
            PathwayStage.EXITED,
        ):
            box = QCheckBox(stage_label(stage))
            box.setObjectName(f"ruleStage_{stage.value}")
            box.toggled.connect(self.update_preview)
            self.stage_boxes[stage] = box
            stages.addWidget(box)
        self.entered = QCheckBox(self.tr("&Entered the incubator during the grant's period"))
        self.entered.setObjectName("ruleEntered")
        self.preview = QLabel()
        self.preview.setObjectName("rulePreview")
        self.cohort.currentIndexChanged.connect(self.update_preview)
        self.entered.toggled.connect(self.update_preview)
        self.form.addRow(self.tr("C&ohort:"), self.cohort)
        self.form.addRow(self.tr("Stages:"), stages)
        self.form.addRow("", self.entered)
        self.form.addRow("", self.preview)
        self.update_preview()

    def rule(self) -> BeneficiaryRule:
        return BeneficiaryRule(
            cohort_id=self.cohort.currentData(),
            stages=tuple(s for s, box in self.stage_boxes.items() if box.isChecked()),
            entered_during_grant=self.entered.isChecked(),
        )

    def update_preview(self) -> None:
        with self.context.db.session() as session:
            n = preview_rule(session, self.grant_id, self.rule(), actor=self.context.actor)
        self.preview.setText(self.tr("{n} people will be attached.").format(n=n))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def work(self):
        actor, grant_id, rule = self.context.actor, self.grant_id, self.rule()
        return lambda s: attribute_by_rule(s, grant_id, rule, actor=actor)

    def save(self) -> None:
        self.error.clear_error()
        self.context.ops.run(
            self.work(),
            parent=self,
            on_done=self._done,
            on_error=self._failed,
            changes={FUNDING, ENTREPRENEUR},
        )


def period_of(grant: GrantView) -> tuple[date, date]:
    return grant.period_start, grant.period_end
