"""Settings › Personal data (administrators): the retention rules, the people past their time
(the monthly review list) and their anonymisation, one by one or all at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.i18n import msg
from incubator_app.services.privacy.erasure import purge_freed_space
from incubator_app.services.privacy.retention import (
    RETENTION_RULES,
    RetentionCandidate,
    apply_retention,
    retention_review,
)
from incubator_app.ui.administration.common import row_table
from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import tr_msg
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column


class RetentionTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        rules = "".join(f"<li>{tr_msg(msg(r.label))}</li>" for r in RETENTION_RULES)
        intro = QLabel(
            self.tr(
                "<p>People past the time their data may be kept, by these rules:</p><ul>{rules}"
                "</ul><p>Review this list every month. Anonymising someone keeps what funders'"
                " reports count, without their identity, and cannot be undone.</p>"
            ).format(rules=rules)
        )
        intro.setWordWrap(True)
        kinds = {"entrepreneur": self.tr("Entrepreneur"), "contact": self.tr("Contact")}
        self.model = RowListModel(
            [
                Column(self.tr("Who"), lambda c: kinds[c.person.kind]),
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Rule"), lambda c: tr_msg(msg(c.rule.label))),
                Column(self.tr("Counted from"), lambda c: c.since.strftime("%d/%m/%Y")),
                Column(self.tr("Time ran out"), lambda c: c.due_on.strftime("%d/%m/%Y")),
            ],
            self,
        )
        self.table = row_table("retentionTable", self.model, stretch=1)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Review again"))
        self.refresh_button.clicked.connect(self.reload)
        self.selected_button = QPushButton(self.tr("Anonymise the selected…"))
        self.selected_button.setObjectName("anonymiseSelected")
        self.selected_button.clicked.connect(lambda: self.confirm(self.selected()))
        self.all_button = QPushButton(self.tr("Anonymise all listed…"))
        self.all_button.setObjectName("anonymiseAll")
        self.all_button.clicked.connect(lambda: self.confirm(self.model.rows()))
        buttons = QHBoxLayout()
        for b in (self.refresh_button, self.selected_button, self.all_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.box: QMessageBox | None = None

    def reload(self) -> None:
        with self.context.db.session() as session:
            rows = retention_review(session, actor=self.context.actor)
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("Nobody is past their retention time.")
            if not rows
            else self.tr("%n person(s) past their retention time.", "", len(rows))
        )
        self.all_button.setEnabled(bool(rows))
        self.selected_button.setEnabled(bool(rows))

    def selected(self) -> list[RetentionCandidate]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [c for r in rows if (c := self.model.row_at(r)) is not None]

    def confirm(self, people: list[RetentionCandidate]) -> QMessageBox | None:
        if not people:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Anonymise"),
            self.tr(
                "Anonymise %n person(s)? Their names, contact details, notes and documents are"
                " removed everywhere; what funders' reports count stays without their identity."
                " This cannot be undone.",
                "",
                len(people),
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("retentionConfirmation")
        go = box.addButton(self.tr("Anonymise"), QMessageBox.ButtonRole.DestructiveRole)
        go.setObjectName("anonymiseConfirmed")
        go.clicked.connect(lambda: self.apply([c.person for c in people]))
        self.box = box
        box.open()
        return box

    def apply(self, people):
        actor = self.context.actor

        def work(session):
            reports = apply_retention(session, people, actor=actor)
            tables = sorted({t for r in reports for t in r.tables_touched})
            purge_freed_space(session, tuple(tables))
            return len(reports)

        return self.context.ops.run(
            work,
            label=self.tr("Anonymising…"),
            parent=self,
            changes={ENTREPRENEUR},
            on_done=self._applied,
        )

    def _applied(self, count: int) -> None:
        self.reload()
        self.status.setText(self.tr("%n person(s) anonymised.", "", count))
