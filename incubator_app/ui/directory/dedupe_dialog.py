"""Finding duplicates inside the directory: the counts the two thresholds give are shown (and
counted again when they change) before anything is merged; "Merge and queue" merges the pairs
above the first threshold and sends those above the second to the review queue
(services/directory/dedupe.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.directory import dedupe as dedupe_service
from incubator_app.services.directory.linkage import AUTO_ABOVE, REVIEW_ABOVE
from incubator_app.ui.context import AppContext
from incubator_app.ui.directory.review_dialog import DIRECTORY


class DedupeDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryDedupe")
        self.setWindowTitle(self.tr("Duplicates in the directory"))
        self.context = context
        self.done_summary: dedupe_service.DedupeSummary | None = None
        self._asked: tuple[float, float] | None = None
        intro = QLabel(
            self.tr(
                "Actors of the directory are compared with each other. Pairs above the first "
                "threshold are merged (each merge can be undone), pairs above the second wait "
                "in the review queue."
            )
        )
        intro.setWordWrap(True)
        self.auto_above = QDoubleSpinBox()
        self.review_above = QDoubleSpinBox()
        for box, value in ((self.auto_above, AUTO_ABOVE), (self.review_above, REVIEW_ABOVE)):
            box.setRange(-20.0, 40.0)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setValue(value)
            box.setMaximumWidth(120)
            box.valueChanged.connect(self._changed)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Merge automatically a&bove:"), self.auto_above)
        form.addRow(self.tr("Send to &review above:"), self.review_above)
        self.buttons = QDialogButtonBox()
        self.apply = self.buttons.addButton(
            self.tr("&Merge and queue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply.clicked.connect(self.run)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.count)
        self.resize(560, 280)
        self.count()

    def thresholds(self) -> tuple[float, float]:
        return self.auto_above.value(), self.review_above.value()

    def _changed(self) -> None:
        self.apply.setEnabled(False)
        self.counts.setText(self.tr("Counting the pairs…"))
        self.timer.start()

    def count(self):
        auto, review = self.thresholds()
        self.apply.setEnabled(False)
        if review > auto:
            self.counts.setText(
                self.tr("The review threshold must not be above the automatic one.")
            )
            return None
        self._asked = (auto, review)
        self.counts.setText(self.tr("Counting the pairs…"))
        actor = self.context.actor
        return self.context.ops.run(
            lambda s: dedupe_service.preview_dedupe(
                s, auto_above=auto, review_above=review, actor=actor
            ),
            label=self.tr("Counting the pairs…"),
            parent=self,
            on_done=self._counted,
        )

    def _counted(self, summary: dedupe_service.DedupeSummary) -> None:
        if self._asked != self.thresholds():
            return
        self.counts.setText(
            self.tr("With these thresholds: %1 pair(s) merged, %2 to review.")
            .replace("%1", str(summary.merged))
            .replace("%2", str(summary.review))
        )
        self.apply.setEnabled(summary.merged + summary.review > 0)

    def run(self):
        auto, review = self.thresholds()
        actor = self.context.actor
        self.apply.setEnabled(False)
        return self.context.ops.run(
            lambda s: dedupe_service.dedupe_directory(
                s, auto_above=auto, review_above=review, actor=actor
            ),
            label=self.tr("Looking for duplicates…"),
            parent=self,
            on_done=self._done,
            changes=(DIRECTORY,),
        )

    def _done(self, summary: dedupe_service.DedupeSummary) -> None:
        self.done_summary = summary
        self.counts.setText(
            self.tr("Done: %1 pair(s) merged, %2 waiting for review.")
            .replace("%1", str(summary.merged))
            .replace("%2", str(summary.review))
        )
