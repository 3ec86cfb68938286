"""The review queue, keyboard first: the two records side by side with the evidence of each
field; S = same, D = different, K = skip, U = undo the last verdict (one key each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.directory import review as review_service
from incubator_app.ui.context import AppContext

DIRECTORY = "directory"


def field_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("ReviewDialog", "Name"),
        "commune": QCoreApplication.translate("ReviewDialog", "Commune"),
        "postal_code": QCoreApplication.translate("ReviewDialog", "Postal code"),
        "address": QCoreApplication.translate("ReviewDialog", "Address"),
        "website": QCoreApplication.translate("ReviewDialog", "Web site"),
        "email": QCoreApplication.translate("ReviewDialog", "E-mail"),
        "phone": QCoreApplication.translate("ReviewDialog", "Phone"),
        "creation_year": QCoreApplication.translate("ReviewDialog", "Created in"),
        "disciplines": QCoreApplication.translate("ReviewDialog", "Disciplines"),
        "registry_ids": QCoreApplication.translate("ReviewDialog", "Registry ids"),
    }


class ReviewDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryReview")
        self.context = context
        self.setWindowTitle(self.tr("Pairs to review"))
        self.items: list[review_service.ReviewItem] = []
        self.position = 0
        self.decided: list[int] = []  # pair ids, last decided last (for Undo)
        self.counter = QLabel()
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(review_service.SHOWN_FIELDS), 2)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        labels = field_labels()
        self.table.setVerticalHeaderLabels([labels[f] for f in review_service.SHOWN_FIELDS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.same = QPushButton(self.tr("Same (S)"))
        self.different = QPushButton(self.tr("Different (D)"))
        self.skip = QPushButton(self.tr("Skip (K)"))
        self.undo = QPushButton(self.tr("Undo (U)"))
        buttons = QHBoxLayout()
        for button, key, slot in (
            (self.same, "S", lambda: self._decide("same")),
            (self.different, "D", lambda: self._decide("different")),
            (self.skip, "K", self._skip),
            (self.undo, "U", self._undo),
        ):
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            QShortcut(QKeySequence(key), self, activated=slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.evidence)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: review_service.review_queue(s, actor=actor), parent=self, on_done=self._loaded
        )

    def _loaded(self, items) -> None:
        self.items = list(items)
        self.position = 0
        self._show()

    def current(self) -> review_service.ReviewItem | None:
        return self.items[self.position] if self.position < len(self.items) else None

    def _show(self) -> None:
        item = self.current()
        self.undo.setEnabled(bool(self.decided))
        for button in (self.same, self.different, self.skip):
            button.setEnabled(item is not None)
        if item is None:
            self.counter.setText(self.tr("Nothing left to review."))
            self.evidence.clear()
            self.table.clearContents()
            return
        self.counter.setText(
            self.tr("Pair {n} of {total} — score {score}")
            .replace("{n}", str(self.position + 1))
            .replace("{total}", str(len(self.items)))
            .replace("{score}", f"{item.score:.1f}")
        )
        self.table.setHorizontalHeaderLabels(
            [
                f"{item.left.source} · {self.tr('row')} {item.left.row_number}",
                f"{item.right.source} · {self.tr('row')} {item.right.row_number}",
            ]
        )
        for row, field in enumerate(review_service.SHOWN_FIELDS):
            left, right = item.left.fields[field], item.right.fields[field]
            for column, text in enumerate((left, right)):
                cell = QTableWidgetItem(text)
                if left and right and left != right:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.evidence.setText(item.evidence)

    def _decide(self, verdict: str) -> None:
        item = self.current()
        if item is None:
            return
        actor, pair_id = self.context.actor, item.pair_id

        def done(_result) -> None:
            self.decided.append(pair_id)
            del self.items[self.position]
            self._show()

        self.context.ops.run(
            lambda s: review_service.decide_pair(s, pair_id, verdict, actor=actor),
            parent=self,
            on_done=done,
            changes=(DIRECTORY,),
        )

    def _skip(self) -> None:
        if self.current() is not None:
            self.position += 1
            self._show()

    def _undo(self) -> None:
        if not self.decided:
            return
        actor, pair_id = self.context.actor, self.decided.pop()
        self.context.ops.run(
            lambda s: review_service.undo_decision(s, pair_id, actor=actor),
            parent=self,
            on_done=lambda _r: self.reload(),
            changes=(DIRECTORY,),
        )
