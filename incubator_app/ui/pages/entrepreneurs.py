"""Porteurs de projet: the list of every entrepreneur (50,000 at network scale), filtered and
sorted in SQL through `EntrepreneurListSource` and shown by a `WindowedTableModel`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from incubator_app.models.vocabulary import PathwayStage
from incubator_app.services.administration.reference_lists import list_disciplines
from incubator_app.services.coaching.coaches import list_coaches
from incubator_app.services.entrepreneurs.cohorts import list_cohorts
from incubator_app.services.entrepreneurs.list import (
    CONTRACT_WARNING_DAYS,
    STAGE_ORDER,
    EntrepreneurFilter,
    EntrepreneurListSource,
    EntrepreneurRow,
    entrepreneur_filter_from,
)
from incubator_app.services.entrepreneurs.records import archive_entrepreneur, delete_entrepreneur
from incubator_app.services.sites.members import site_choices, sites_of
from incubator_app.ui.changes import ENTREPRENEUR, SITE
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo, short_date, stage_label
from incubator_app.ui.flow_layout import FlowLayout, labelled
from incubator_app.ui.messages import show_error, tr_msg
from incubator_app.ui.pages.base import Page
from incubator_app.ui.table_headers import fit_header_titles
from incubator_app.ui.widgets import ERROR_COLOUR
from incubator_app.ui.windowed_model import ROW_ID_ROLE, Column, Debouncer, WindowedTableModel

FILTER_DELAY_MS = 150
NO_DATE = QDate(1900, 1, 1)


def _columns() -> list[Column]:
    # Literal (context, text) calls: lupdate collects only those (a helper hid the headers).
    translate = QCoreApplication.translate

    warn = QColor(ERROR_COLOUR)

    def contract_text(row: EntrepreneurRow) -> str:
        if row.contract_end is None:
            return ""
        flag = "⚠ " if row.contract_ends_soon() or row.contract_past_end() else ""
        return flag + short_date(row.contract_end)

    def contract_tooltip(row: EntrepreneurRow) -> str | None:
        if row.contract_past_end():
            return QCoreApplication.translate(
                "EntrepreneursPage", "The support contract has ended: update the stage."
            )
        if row.contract_ends_soon():
            return translate(
                "EntrepreneursPage", "The support contract ends within {days} days."
            ).format(days=CONTRACT_WARNING_DAYS)
        return None

    return [
        Column(translate("EntrepreneursPage", "Name"), lambda r: r.display_name, "name"),
        Column(
            translate("EntrepreneursPage", "Project"), lambda r: r.project_name or "", "project"
        ),
        Column(
            translate("EntrepreneursPage", "Discipline"), lambda r: r.discipline or "", "discipline"
        ),
        Column(translate("EntrepreneursPage", "Stage"), lambda r: stage_label(r.stage), "stage"),
        Column(translate("EntrepreneursPage", "Referent coach"), lambda r: r.coach or "", "coach"),
        Column(translate("EntrepreneursPage", "Cohort"), lambda r: r.cohort or "", "cohort"),
        Column(
            translate("EntrepreneursPage", "Entry date"),
            lambda r: short_date(r.entry_date),
            "entry_date",
        ),
        Column(
            translate("EntrepreneursPage", "Last session"),
            lambda r: short_date(r.last_session_on),
            "last_session",
        ),
        Column(
            translate("EntrepreneursPage", "Next milestone"),
            lambda r: short_date(r.next_milestone_due),
            "next_milestone",
            tooltip=lambda r: r.next_milestone_title,
        ),
        Column(
            translate("EntrepreneursPage", "Contract end"),
            contract_text,
            "contract_end",
            foreground=lambda r: warn if r.contract_ends_soon() or r.contract_past_end() else None,
            tooltip=contract_tooltip,
        ),
    ]


class EntrepreneursPage(Page):
    """apply_filters keys: stage, coach_id, cohort_id, discipline_id,
    contract_ending_within_days, contract_past_end, text, active_only."""

    watched_kinds = frozenset({ENTREPRENEUR, SITE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._editors: dict[int, QWidget] = {}
        self._extra_filter: dict[str, object] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)

        header = QHBoxLayout()
        title = QLabel(self.tr("Entrepreneurs"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title)
        header.addStretch(1)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setObjectName("newEntrepreneurButton")
        self.new_button.setToolTip(self.tr("New entrepreneur (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importButton")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.setObjectName("archiveButton")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteButton")
        for button in (
            self.new_button,
            self.import_button,
            self.export_button,
            self.archive_button,
            self.delete_button,
        ):
            header.addWidget(button)
        outer.addLayout(header)

        outer.addLayout(self._build_filter_bar())

        self.model = WindowedTableModel(context.db, _columns(), parent=self)
        self.table = QTableView()
        self.table.setObjectName("entrepreneursTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(True)
        for column, width in enumerate((170, 190, 130, 125, 130, 120, 85, 95, 105, 100)):
            # Never narrower than the header: French headers are longer than English ones.
            self.table.setColumnWidth(column, max(width, head.sectionSizeHint(column)))
        head.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        head.setSortIndicatorShown(True)
        fit_header_titles(self.table)
        head.sortIndicatorChanged.connect(self._sort_changed)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        outer.addWidget(self.table, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("rowCountLabel")
        outer.addWidget(self.count_label)
        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self._update_buttons)

        self.new_button.clicked.connect(lambda: self.create_record())
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        self.archive_button.clicked.connect(self._archive_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        # The texts name them in the keyboard shortcuts list (Help menu, Ctrl+/).
        self._add_shortcut(
            QKeySequence.StandardKey.New,
            self.create_record,
            "newAction",
            self.tr("New entrepreneur"),
        )
        self._add_shortcut(
            QKeySequence.StandardKey.Find,
            self.focus_filter,
            "findAction",
            self.tr("Filter the list"),
        )
        self._add_shortcut(
            QKeySequence.StandardKey.Delete,
            self._delete_selected,
            "deleteAction",
            self.tr("Delete the selected entrepreneur"),
        )
        self.model.set_sort("name")
        self._apply_filter()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # Filter bar -----------------------------------------------------------------------

    def _build_filter_bar(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(6)
        first = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, project, e-mail or town (Ctrl+F)")
        )
        first.addWidget(self.filter_edit, 1)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.clear_filters)
        first.addWidget(self.clear_button)
        box.addLayout(first)

        # The other filters wrap onto more lines when the window is narrow.
        flow = FlowLayout()
        # The site filter: only in a network of two sites or more (see _fill_site_combo).
        self.site_combo = ChoiceCombo()
        self.site_combo.setObjectName("siteFilter")
        self.site_combo.setAccessibleName(self.tr("Site"))
        flow.addWidget(self.site_combo)
        self._fill_site_combo()
        self.stage_combo = ChoiceCombo()
        self.stage_combo.setObjectName("stageFilter")
        self.stage_combo.add(self.tr("All stages"))
        for stage in STAGE_ORDER:
            self.stage_combo.add(stage_label(stage), stage.value)
        flow.addWidget(self.stage_combo)
        self.discipline_combo = ChoiceCombo()
        self.discipline_combo.setObjectName("disciplineFilter")
        self.coach_combo = ChoiceCombo()
        self.coach_combo.setObjectName("coachFilter")
        self.cohort_combo = ChoiceCombo()
        self.cohort_combo.setObjectName("cohortFilter")
        for combo in (self.discipline_combo, self.coach_combo, self.cohort_combo):
            flow.addWidget(combo)
        self._fill_reference_combos()

        self.active_check = QCheckBox(self.tr("Active only"))
        self.active_check.setObjectName("activeOnlyCheck")
        self.active_check.setChecked(True)
        self.active_check.setToolTip(self.tr("Hide archived records"))
        flow.addWidget(self.active_check)
        self.ending_check = QCheckBox(
            self.tr("Contract ending within {days} days").format(days=CONTRACT_WARNING_DAYS)
        )
        self.ending_check.setObjectName("contractEndingCheck")
        flow.addWidget(self.ending_check)
        self.past_end_check = QCheckBox(self.tr("Contract ended, stage to update"))
        self.past_end_check.setObjectName("contractPastEndCheck")
        self.past_end_check.setToolTip(
            self.tr(
                "People whose support contract has passed its end date while their stage still "
                "says incubated: graduate them, record their exit or renew the contract."
            )
        )
        flow.addWidget(self.past_end_check)
        self.entered_from = self._date_filter("enteredFrom")
        self.entered_to = self._date_filter("enteredTo")
        entered = labelled(self.tr("Entered from"), self.entered_from)
        entered.layout().addWidget(QLabel(self.tr("to")))
        entered.layout().addWidget(self.entered_to)
        flow.addWidget(entered)
        box.addLayout(flow)

        self.debouncer = Debouncer(FILTER_DELAY_MS, self._apply_filter, self)
        self.filter_edit.textChanged.connect(self.debouncer.poke)
        self.filter_edit.returnPressed.connect(self._filter_return)
        for combo in (
            self.site_combo,
            self.stage_combo,
            self.discipline_combo,
            self.coach_combo,
            self.cohort_combo,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.active_check.toggled.connect(self._apply_filter)
        self.ending_check.toggled.connect(self._apply_filter)
        self.past_end_check.toggled.connect(self._apply_filter)
        self.entered_from.dateChanged.connect(self._apply_filter)
        self.entered_to.dateChanged.connect(self._apply_filter)
        return box

    def _date_filter(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        return edit

    def _fill_reference_combos(self) -> None:
        actor = self.context.actor
        with self.context.db.session() as session:
            disciplines = list_disciplines(session, include_inactive=True, actor=actor)
            coaches = list_coaches(session, include_inactive=True, actor=actor)
            cohorts = list_cohorts(session, include_retired=True, actor=actor)
        self.discipline_combo.add(self.tr("All disciplines"))
        for item in disciplines:
            self.discipline_combo.add(item.label, item.id)
        self.coach_combo.add(self.tr("All coaches"))
        for coach in coaches:
            self.coach_combo.add(coach.display_name, coach.id)
        self.cohort_combo.add(self.tr("All cohorts"))
        for cohort in cohorts:
            self.cohort_combo.add(cohort.name, cohort.id)

    def _fill_site_combo(self) -> None:
        """The sites this person may pick, first "all (my) sites"; hidden on an install of
        fewer than two sites. Keeps the site picked when the sites are read again."""
        actor = self.context.actor
        with self.context.db.session() as session:
            choices = site_choices(session, actor)
            everywhere = sites_of(session, actor) is None
        picked = self.site_combo.value()
        self.site_combo.blockSignals(True)
        self.site_combo.clear_choices()
        self.site_combo.add(self.tr("All sites") if everywhere else self.tr("All my sites"))
        for site_id, name in choices:
            self.site_combo.add(name, site_id)
        self.site_combo.set_value(picked)
        self.site_combo.blockSignals(False)
        self.site_combo.setVisible(bool(choices))

    def _add_shortcut(self, key, slot, name: str, text: str) -> None:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)

    def current_filter(self) -> EntrepreneurFilter:
        def date_of(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == NO_DATE else value.toPython()

        stage = self.stage_combo.value()
        return EntrepreneurFilter(
            text=self.filter_edit.text(),
            stages=(PathwayStage(stage),) if stage else (),
            discipline_id=self.discipline_combo.value(),
            coach_id=self.coach_combo.value(),
            cohort_id=self.cohort_combo.value(),
            active_only=self.active_check.isChecked(),
            entered_from=date_of(self.entered_from),
            entered_to=date_of(self.entered_to),
            contract_ending_within_days=(
                CONTRACT_WARNING_DAYS if self.ending_check.isChecked() else None
            ),
            contract_past_end=self.past_end_check.isChecked(),
            site_id=self.site_combo.value(),
        )

    def _filter_return(self) -> None:
        self.debouncer.flush()
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _apply_filter(self, *_args: object) -> None:
        try:
            source = EntrepreneurListSource(self.current_filter(), self.context.actor)
        except ValidationError:
            self.count_label.setText(self.tr("The end of the period comes before its start."))
            return
        self.model.set_source(source)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n entrepreneur(s)", "", count))

    # Page API -------------------------------------------------------------------------

    def reload(self) -> None:
        before = self.site_combo.value()
        self._fill_site_combo()
        if self.site_combo.value() != before:
            self._apply_filter()
            return
        self.model.refresh()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def clear_filters(self) -> None:
        widgets = (
            self.filter_edit,
            self.site_combo,
            self.stage_combo,
            self.discipline_combo,
            self.coach_combo,
            self.cohort_combo,
            self.active_check,
            self.ending_check,
            self.past_end_check,
            self.entered_from,
            self.entered_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.filter_edit.clear()
        for combo in (
            self.site_combo,
            self.stage_combo,
            self.discipline_combo,
            self.coach_combo,
            self.cohort_combo,
        ):
            combo.setCurrentIndex(0)
        self.active_check.setChecked(True)
        self.ending_check.setChecked(False)
        self.past_end_check.setChecked(False)
        self.entered_from.setDate(NO_DATE)
        self.entered_to.setDate(NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filter()

    def apply_filters(self, **filters: object) -> None:
        """Keys: stage, coach_id, cohort_id, discipline_id, contract_ending_within_days,
        contract_past_end, text, active_only. Other filters are cleared first."""
        wanted = entrepreneur_filter_from(**filters)
        self.clear_filters()
        checks = (self.active_check, self.ending_check, self.past_end_check)
        for widget in (self.filter_edit, self.stage_combo, *checks):
            widget.blockSignals(True)
        for combo in (self.discipline_combo, self.coach_combo, self.cohort_combo):
            combo.blockSignals(True)
        self.filter_edit.setText(wanted.text)
        if wanted.stages:
            self.stage_combo.setCurrentIndex(
                max(0, self.stage_combo.index_of(wanted.stages[0].value))
            )
        for combo, value in (
            (self.discipline_combo, wanted.discipline_id),
            (self.coach_combo, wanted.coach_id),
            (self.cohort_combo, wanted.cohort_id),
        ):
            if value is not None:
                combo.set_value(value)
        self.active_check.setChecked(wanted.active_only)
        self.ending_check.setChecked(wanted.contract_ending_within_days is not None)
        self.past_end_check.setChecked(wanted.contract_past_end)
        for widget in (self.filter_edit, self.stage_combo, *checks):
            widget.blockSignals(False)
        for combo in (self.discipline_combo, self.coach_combo, self.cohort_combo):
            combo.blockSignals(False)
        self._apply_filter()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ID_ROLE) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.archive_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # Records --------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        row_id = index.data(ROW_ID_ROLE)
        if row_id is not None:
            self.open_record(row_id)

    def open_record(self, entrepreneur_id: int):
        """Shows the record's editor (one window per record; raised if already open)."""
        from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor

        editor = self._editors.get(entrepreneur_id)
        if editor is None:
            try:
                editor = EntrepreneurEditor(self.context, entrepreneur_id, self)
            except (PermissionDenied, NotFound) as refused:
                # Another site's person (a network), or no such record: said in words.
                self.refusal = show_error(self, refused)
                return None
            self._track(editor, entrepreneur_id)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def create_record(self):
        from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor

        editor = EntrepreneurEditor(self.context, None, self)
        editor.created.connect(lambda new_id, e=editor: self._track(e, new_id))
        editor.show()
        return editor

    def _track(self, editor, entrepreneur_id: int) -> None:
        self._editors[entrepreneur_id] = editor
        editor.open_record_requested.connect(self.open_record)
        editor.destroyed.connect(lambda *_: self._editors.pop(entrepreneur_id, None))

    def _import(self) -> None:
        from incubator_app.ui.entrepreneurs.import_dialog import open_import_dialog

        open_import_dialog(self, self.context)

    def _export(self) -> None:
        from incubator_app.ui.entrepreneurs.export_actions import export_entrepreneurs

        export_entrepreneurs(self, self.context, self.current_filter(), self.model.sort_order)

    def _selected_row(self) -> EntrepreneurRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _archive_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        self.context.ops.run(
            lambda s: archive_entrepreneur(
                s,
                row.id,
                expected_version=row.version_id,
                archived=not row.archived,
                actor=self.context.actor,
            ),
            label=self.tr("Archiving…"),
            parent=self,
            changes={ENTREPRENEUR},
        )

    def _delete_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete"))
        box.setText(self.tr("Delete {name}? This cannot be undone.").format(name=row.display_name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._delete(row))
        box.open()
        self.confirm_box = box

    def _delete(self, row: EntrepreneurRow) -> None:
        self.context.ops.run(
            lambda s: delete_entrepreneur(
                s, row.id, expected_version=row.version_id, actor=self.context.actor
            ),
            label=self.tr("Deleting…"),
            parent=self,
            changes={ENTREPRENEUR},
            on_error=lambda exc: self._delete_refused(exc, row),
        )

    def _delete_refused(self, exc: BaseException, row: EntrepreneurRow) -> bool:
        """History means archive, not delete: say why and offer it."""
        if not isinstance(exc, ConflictError):
            return False
        box = QMessageBox(self)
        box.setObjectName("deleteRefusedBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Cannot delete"))
        box.setText(tr_msg(exc.message))
        archive = box.addButton(self.tr("&Archive instead"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(archive)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button) -> None:
            if button is archive and not row.archived:
                self._archive_selected()

        box.buttonClicked.connect(chosen)
        box.open()
        self.refused_box = box
        return True
