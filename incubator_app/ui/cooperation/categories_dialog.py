"""Checking and changing a volunteer's categories (filled from what the app knows) and
organisation: one line per category; an empty line drops the category."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from incubator_app.services.cooperation.categories import CATEGORIES


class CategoriesDialog(QDialog):
    def __init__(self, volunteer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Categories of {name}").format(name=volunteer.name))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.organisation = QLineEdit(volunteer.organisation or "")
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.lines: dict[str, QLineEdit] = {}
        names = list(CATEGORIES) + sorted(set(volunteer.categories) - set(CATEGORIES))
        for name in names:
            edit = QLineEdit(volunteer.categories.get(name, ""))
            edit.setObjectName(f"category_{name}")
            self.lines[name] = edit
            form.addRow(f"{name}:", edit)
        hint = {
            "statut": self.tr("pro, amateur"),
            "secteur": self.tr("lucratif, non lucratif, public"),
            "role": self.tr("institution, association, artiste, habitant, élu"),
            "milieu": self.tr("urbain, rural"),
        }
        for name, text in hint.items():
            self.lines[name].setPlaceholderText(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def categories(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.lines.items() if e.text().strip()}
