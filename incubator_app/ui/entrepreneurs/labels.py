"""Translated names of pathway stages, exit types and the other enums the screens show."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from incubator_app.glossary import term_of
from incubator_app.models.vocabulary import EducationLevel, ExitType, Gender, PathwayStage


def glossary_label(kind: type[Enum], value: Enum | str | None) -> str:
    """The glossary's term for `value` (docs/glossary.md), in the UI's language: the same words
    as the PDFs and the exports. An unknown value is shown as it is."""
    if value is None:
        return ""
    found = term_of(kind, value)
    if found is None:
        return value.value if isinstance(value, Enum) else str(value)
    return QCoreApplication.translate(*found)


def stage_label(stage: PathwayStage | str | None) -> str:
    return glossary_label(PathwayStage, stage)


def exit_type_label(kind: ExitType | str) -> str:
    return glossary_label(ExitType, kind)


def gender_label(gender: Gender) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("Genders", "Woman"),
        Gender.MALE: QCoreApplication.translate("Genders", "Man"),
        Gender.OTHER: QCoreApplication.translate("Genders", "Other"),
        Gender.UNDISCLOSED: QCoreApplication.translate("Genders", "Not disclosed"),
    }[gender]


def education_label(level: EducationLevel) -> str:
    return {
        EducationLevel.BELOW_BAC: QCoreApplication.translate("Education", "Below baccalauréat"),
        EducationLevel.BAC: QCoreApplication.translate("Education", "Baccalauréat"),
        EducationLevel.BAC_2: QCoreApplication.translate("Education", "Bac + 2"),
        EducationLevel.BAC_3: QCoreApplication.translate("Education", "Bac + 3"),
        EducationLevel.BAC_5: QCoreApplication.translate("Education", "Bac + 5"),
        EducationLevel.DOCTORATE: QCoreApplication.translate("Education", "Doctorate"),
    }[level]


def short_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class ChoiceCombo(QComboBox):
    """A combo box whose values live in Python: PySide6 mis-counts references to None when
    `currentData()` reads an item without data (a crash at exit), so data roles are not used."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.values: list[Any] = []

    def add(self, text: str, value: Any = None) -> None:
        self.values.append(value)
        self.addItem(text)

    def clear_choices(self) -> None:
        self.values.clear()
        self.clear()

    def value(self) -> Any:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def index_of(self, value: Any) -> int:
        return self.values.index(value) if value in self.values else -1

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(0, self.index_of(value)))
