"""Pathway & contract tab: current stage, the allowed next stages only, the CAPE contract
(renewable twice, flagged when it ends within 30 days or has passed its end date while still open,
services/entrepreneurs/contract_status.py) and the timeline of stage changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import ExitType, PathwayStage
from incubator_app.services.entrepreneurs.contract_status import (
    CONTRACT_WARNING_DAYS,
    ContractState,
    contract_state,
)
from incubator_app.services.entrepreneurs.pathway import (
    LEAVING_STAGES,
    MAX_RENEWALS,
    TRANSITIONS,
    change_stage,
    list_contracts,
    renew_contract,
    stage_history,
)
from incubator_app.services.entrepreneurs.records import get_entrepreneur
from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import (
    ChoiceCombo,
    exit_type_label,
    short_date,
    stage_label,
)
from incubator_app.ui.widgets import ERROR_COLOUR, FieldError, today_qdate


class PathwayTab(QWidget):
    #: The entrepreneur as the stage change left it (new version).
    stage_changed = Signal(object)

    def __init__(self, context: AppContext, entrepreneur_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pathwayTab")
        self.context = context
        self.entrepreneur_id = entrepreneur_id
        self.contract = None
        self.view = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        stage_box = QGroupBox(self.tr("Stage"))
        stage_form = QFormLayout(stage_box)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("currentStage")
        font = self.stage_label.font()
        font.setBold(True)
        self.stage_label.setFont(font)
        stage_form.addRow(self.tr("Current stage"), self.stage_label)
        self.next_stage = ChoiceCombo()
        self.next_stage.setObjectName("nextStage")
        stage_form.addRow(self.tr("Mo&ve to"), self.next_stage)
        self.on_date = QDateEdit(today_qdate())
        self.on_date.setObjectName("stageDate")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("dd/MM/yyyy")
        stage_form.addRow(self.tr("&On"), self.on_date)
        self.exit_type = ChoiceCombo()
        self.exit_type.setObjectName("exitType")
        self.exit_type.add("—")
        for kind in ExitType:
            self.exit_type.add(exit_type_label(kind), kind.value)
        self.exit_label = QLabel(self.tr("E&xit outcome"))
        self.exit_label.setBuddy(self.exit_type)
        stage_form.addRow(self.exit_label, self.exit_type)
        self.reason = QLineEdit()
        self.reason.setObjectName("stageReason")
        stage_form.addRow(self.tr("R&eason"), self.reason)
        self.stage_error = FieldError()
        self.stage_error.setObjectName("stageError")
        stage_form.addRow(self.stage_error)
        self.apply_button = QPushButton(self.tr("Ch&ange stage"))
        self.apply_button.setObjectName("changeStageButton")
        stage_form.addRow(self.apply_button)
        top.addWidget(stage_box, 1)

        contract_box = QGroupBox(self.tr("Support contract (CAPE)"))
        contract_form = QFormLayout(contract_box)
        self.contract_label = QLabel()
        self.contract_label.setObjectName("contractSummary")
        self.contract_label.setWordWrap(True)
        contract_form.addRow(self.contract_label)
        self.contract_warning = QLabel()
        self.contract_warning.setObjectName("contractWarning")
        self.contract_warning.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.contract_warning.setWordWrap(True)
        contract_form.addRow(self.contract_warning)
        self.renew_button = QPushButton(self.tr("Re&new the contract"))
        self.renew_button.setObjectName("renewButton")
        contract_form.addRow(self.renew_button)
        top.addWidget(contract_box, 1)
        layout.addLayout(top)

        layout.addWidget(QLabel(self.tr("Timeline")))
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("stageTimeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Reason"), self.tr("By")]
        )
        layout.addWidget(self.timeline, 1)

        self.next_stage.currentIndexChanged.connect(self._next_changed)
        self.exit_type.currentIndexChanged.connect(self._update_apply)
        self.apply_button.clicked.connect(self.apply_stage)
        self.renew_button.clicked.connect(self.renew)
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor
        with self.context.db.session() as session:
            self.view = get_entrepreneur(session, self.entrepreneur_id, actor=actor)
            contracts = list_contracts(session, self.entrepreneur_id, actor=actor)
            history = stage_history(session, self.entrepreneur_id, actor=actor)
        self.stage_label.setText(stage_label(self.view.stage))
        self.next_stage.blockSignals(True)
        self.next_stage.clear_choices()
        allowed = sorted(
            TRANSITIONS.get(self.view.stage, ()), key=lambda s: list(PathwayStage).index(s)
        )
        # A stage change cannot be undone: nothing is chosen until the user picks a stage.
        self.next_stage.add(self.tr("Choose…") if allowed else "—")
        for stage in allowed:
            self.next_stage.add(stage_label(stage), stage.value)
        self.next_stage.setCurrentIndex(0)
        self.exit_type.setCurrentIndex(0)
        self.next_stage.blockSignals(False)
        self.next_stage.setEnabled(bool(allowed))
        self._next_changed()

        self.contract = contracts[-1] if contracts else None
        c = self.contract
        if c is None:
            self.contract_label.setText(self.tr("No contract yet: one starts on incubation."))
            self.renew_button.setEnabled(False)
            self.contract_warning.hide()
        else:
            text = self.tr("From {start} to {end}; renewed {renewals} of {max} times.").format(
                start=short_date(c.start_date),
                end=short_date(c.end_date),
                renewals=c.renewals,
                max=MAX_RENEWALS,
            )
            if c.ended_on:
                text += " " + self.tr("Ended on {date}.").format(date=short_date(c.ended_on))
            self.contract_label.setText(text)
            self.renew_button.setEnabled(c.can_renew)
            warning = self._contract_warning(c.end_date, c.ended_on)
            self.contract_warning.setText(warning)
            self.contract_warning.setVisible(bool(warning))

        self.timeline.clear()
        for change in history:
            QTreeWidgetItem(
                self.timeline,
                [
                    short_date(change.changed_on),
                    stage_label(change.from_stage) if change.from_stage else "—",
                    stage_label(change.to_stage),
                    change.reason or "",
                    change.changed_by_name or "",
                ],
            )
        for column in range(4):
            self.timeline.resizeColumnToContents(column)

    def _contract_warning(self, end_date: date, ended_on: date | None) -> str:
        state = contract_state(end_date, ended_on, clock.today())
        end = short_date(end_date)
        if state is ContractState.ENDING_SOON:
            return self.tr("⚠ The contract ends within {days} days ({end}).").format(
                days=CONTRACT_WARNING_DAYS, end=end
            )
        if state is ContractState.PAST_END:
            text = self.tr("⚠ The contract ended on {end}.").format(end=end)
            if self.view is not None and self.view.stage is PathwayStage.INCUBATED:
                text += " " + self.tr(
                    "The stage is still Incubated: record the graduation or the exit, "
                    "or renew the contract."
                )
            return text
        return ""

    def _next_changed(self, *_args: object) -> None:
        value = self.next_stage.value()
        leaving = value is not None and PathwayStage(value) in LEAVING_STAGES
        self.exit_type.setVisible(leaving)
        self.exit_label.setVisible(leaving)
        self.stage_error.clear_error()
        self._update_apply()

    def _update_apply(self, *_args: object) -> None:
        """The button waits for a stage, and for an outcome when the person leaves."""
        value = self.next_stage.value()
        leaving = value is not None and PathwayStage(value) in LEAVING_STAGES
        chosen = value is not None and (not leaving or self.exit_type.value() is not None)
        self.apply_button.setEnabled(chosen)

    def apply_stage(self) -> None:
        target = self.next_stage.value()
        if target is None or self.view is None:
            return
        stage = PathwayStage(target)
        exit_type = self.exit_type.value() if stage in LEAVING_STAGES else None
        reason = self.reason.text().strip() or None
        if stage is PathwayStage.EXITED and (exit_type is None or reason is None):
            self.stage_error.show_error(self.tr("An exit needs an outcome and a reason."))
            return
        on = self.on_date.date().toPython()
        version = self.view.version_id
        rid = self.entrepreneur_id
        actor = self.context.actor
        self.apply_button.setEnabled(False)
        self.context.ops.run(
            lambda s: change_stage(
                s,
                rid,
                stage,
                on=on,
                reason=reason,
                expected_version=version,
                exit_type=exit_type,
                actor=actor,
            ),
            label=self.tr("Changing the stage…"),
            parent=self,
            changes={ENTREPRENEUR},
            on_done=self._stage_done,
            on_error=self._stage_failed,
        )

    def _stage_done(self, result) -> None:
        self.reason.clear()
        self.reload()
        self.stage_changed.emit(result.entrepreneur)

    def _stage_failed(self, exc: BaseException) -> bool:
        from incubator_app.errors import ValidationError
        from incubator_app.ui.messages import tr_msg

        self._update_apply()
        if isinstance(exc, ValidationError):
            self.stage_error.show_error("\n".join(tr_msg(m) for m in exc.field_errors.values()))
            return True
        return False

    def renew(self) -> None:
        c = self.contract
        if c is None:
            return
        actor = self.context.actor
        self.renew_button.setEnabled(False)
        self.context.ops.run(
            lambda s: renew_contract(s, c.id, expected_version=c.version_id, actor=actor),
            label=self.tr("Renewing the contract…"),
            parent=self,
            changes={ENTREPRENEUR},
            on_done=lambda _view: self.reload(),
            on_error=lambda _exc: self.reload(),
        )
