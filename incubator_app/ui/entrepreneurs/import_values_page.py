"""The values page of the import dialog: every value of the file that no list knows, how many
rows hold it, and a combo saying what it becomes.

Each combo lists the suggestions best first, then "(leave empty)", "Add … to the list" (disciplines,
for someone who manages the settings), then the rest of the list.
It starts on the choice remembered from an earlier file, else on a clear suggestion, else on
"Choose…": an unclear value is never decided for the person.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.entrepreneurs.import_headers import field_label
from incubator_app.services.entrepreneurs.import_value_step import (
    NEW_ENTRY,
    UnknownValue,
    ValueMap,
    ValuesStep,
)
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo
from incubator_app.ui.messages import tr_msg

#: The combo value of "Choose…" (nothing decided yet); None means "leave empty".
UNDECIDED = object()


def _text(label: Any) -> str:
    return label if isinstance(label, str) else tr_msg(label)


class ValuesPage(QWidget):
    """Emits `changed` whenever a choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importValuesPage")
        self.step: ValuesStep | None = None
        self.combos: list[ChoiceCombo] = []
        self.intro = QLabel()
        self.intro.setObjectName("valuesIntro")
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setHorizontalSpacing(16)
        inner = QWidget()
        inner.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.set_step(None)

    def set_step(self, step: ValuesStep | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        self.step = step
        if step is None:
            self.intro.setText("")
            return
        if not step.unknown:
            self.intro.setText(self.tr("Every value of the file is in its list."))
            return
        self.intro.setText(
            self.tr(
                "%1 value(s) of the file are in no list. Choose what each becomes (the closest "
                "entries come first); your choices are remembered for the next file."
            ).replace("%1", str(len(step.unknown)))
        )
        headers = [self.tr("Column"), self.tr("Value in the file"), self.tr("Rows"),
                   self.tr("Becomes")]  # fmt: skip
        for column, text in enumerate(headers):
            title = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(title, 0, column)
        for row, unknown in enumerate(step.unknown, start=1):
            combo = self._combo(unknown, step)
            combo.setObjectName(f"value_{row - 1}")
            field = tr_msg(field_label(unknown.field))
            combo.setAccessibleName(
                self.tr("%1 “%2” becomes").replace("%1", field).replace("%2", unknown.text)
            )
            same = unknown.column.strip().lower() == field.lower()
            column_label = QLabel(unknown.column if same else f"{unknown.column} ({field})")
            value_label = QLabel(self.tr("“%1”").replace("%1", unknown.text))
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setBuddy(combo)
            rows = ", ".join(str(r) for r in unknown.rows[:5])
            if len(unknown.rows) > 5:
                rows += ", …"
            count_label = QLabel(str(unknown.count))
            count_label.setToolTip(self.tr("Rows: %1").replace("%1", rows))
            count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(column_label, row, 0)
            self.grid.addWidget(value_label, row, 1)
            self.grid.addWidget(count_label, row, 2)
            self.grid.addWidget(combo, row, 3)
            combo.currentIndexChanged.connect(self.changed)
            self.combos.append(combo)
        self.grid.setRowStretch(len(step.unknown) + 1, 1)
        for first, second in zip(self.combos, self.combos[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _combo(self, unknown: UnknownValue, step: ValuesStep) -> ChoiceCombo:
        combo = ChoiceCombo()
        combo.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(24)
        entries = step.entries.get(unknown.field, ())
        combo.add(self.tr("Choose…"), UNDECIDED)
        suggested = [s.entry.value for s in unknown.suggestions]
        for index, suggestion in enumerate(unknown.suggestions):
            label = _text(suggestion.entry.label)
            if index == 0 and unknown.clear:
                label = f"{label} {self.tr('(clear suggestion)')}"
            combo.add(label, suggestion.entry.value)
        if suggested:
            combo.insertSeparator(combo.count())
            combo.values.append(UNDECIDED)  # the separator is an item too
        combo.add(self.tr("(leave empty)"), None)
        if unknown.field in step.creatable:
            combo.add(self.tr("Add “%1” to the list").replace("%1", unknown.text), NEW_ENTRY)
        for entry in entries:
            if entry.value not in suggested:
                combo.add(_text(entry.label), entry.value)
        if unknown.has_remembered:
            combo.set_value(unknown.remembered)
            text = combo.currentText().removesuffix(" " + self.tr("(clear suggestion)"))
            combo.setItemText(combo.currentIndex(), self.tr("%1 (remembered)").replace("%1", text))
        elif unknown.clear:
            combo.set_value(unknown.suggestions[0].entry.value)
        else:
            combo.setCurrentIndex(0)
        return combo

    def value_map(self) -> ValueMap:
        """The choices made (undecided values are left out: the check reports them)."""
        values: ValueMap = {}
        if self.step is None:
            return values
        for unknown, combo in zip(self.step.unknown, self.combos, strict=True):
            choice = combo.value()
            if choice is not UNDECIDED:
                values.setdefault(unknown.field, {})[unknown.text] = choice
        return values

    def undecided(self) -> list[UnknownValue]:
        if self.step is None:
            return []
        return [
            u
            for u, combo in zip(self.step.unknown, self.combos, strict=True)
            if combo.value() is UNDECIDED
        ]
