""" "Export personal data…" and "Erase this person…" for an entrepreneur or a contact: the
same services as `incubator-app gdpr export|erase`, run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from incubator_app import clock
from incubator_app.services.actor import Permission, can
from incubator_app.services.privacy.access import AccessExport, export_personal_data
from incubator_app.services.privacy.erasure import (
    ErasureReport,
    erase_and_rewrite,
    erasure_report_lines,
)
from incubator_app.services.privacy.people import PersonRef
from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import tr_msg

SUPPORTED_REPORT_LANGUAGES = ("fr", "en", "it", "es")


def may_use_privacy_actions(context: AppContext) -> bool:
    """Access exports and erasures are for administrators."""
    return can(context.actor, Permission.MANAGE_USERS)


def report_language(context: AppContext) -> str:
    profile = context.profile
    lang = (profile.locale if profile else "fr")[:2]
    return lang if lang in SUPPORTED_REPORT_LANGUAGES else "fr"


def erasure_confirmation_text(name: str) -> str:
    return QCoreApplication.translate(
        "PrivacyActions",
        "<p>Erase <b>{name}</b> from the application?</p><ul>"
        "<li>Their name, e-mail, phone, address, project and notes are removed from every"
        " record, the audit trail, the search index and the e-mail outbox.</li>"
        "<li>Their documents are deleted from the documents folder; their milestones, action"
        " items, consents and e-mails are deleted.</li>"
        "<li>What funders' reports and the skills exchange ledger count is kept without their"
        " identity (pathway dates, profile at entry, attendance, hours).</li>"
        "<li>The backups made until now still hold them until they are rotated out.</li></ul>"
        "<p><b>This cannot be undone.</b> Export their personal data first if they asked for"
        " it.</p>",
    ).format(name=_escape(name))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PersonRightsActions(QObject):
    """The two actions for one person. `erased` is emitted once the person is erased."""

    erased = Signal(object)
    exported = Signal(object)

    def __init__(
        self,
        context: AppContext,
        person: PersonRef,
        name: str,
        parent: QWidget,
        *,
        changes: frozenset[str] | set[str] = frozenset({ENTREPRENEUR}),
    ) -> None:
        super().__init__(parent)
        self.context = context
        #: The kinds of records the erasure changes (the pages showing them re-read).
        self.changes = set(changes)
        self.person = person
        self.name = name
        self.parent_widget = parent
        self.box: QMessageBox | None = None

    # Export ---------------------------------------------------------------------------------

    def ask_export(self) -> None:
        base = QFileDialog.getExistingDirectory(
            self.parent_widget,
            QCoreApplication.translate("PrivacyActions", "Folder to export the personal data into"),
        )
        if base:
            self.export_to(Path(base))

    def export_to(self, base: Path):
        """Exports into a new folder inside `base`, named for the person and the day."""
        stamp = clock.today().strftime("%Y-%m-%d")
        folder = base / f"personal-data-{self.person.kind}-{self.person.id}-{stamp}"
        n = 2
        while folder.exists():
            folder = base / f"personal-data-{self.person.kind}-{self.person.id}-{stamp}-{n}"
            n += 1
        person, actor, lang = self.person, self.context.actor, report_language(self.context)

        def work(session):
            from incubator_app.reports.personal_data import build_personal_data_pdf

            return export_personal_data(
                session, person, folder, actor=actor,
                write_pdf=lambda data, path: build_personal_data_pdf(data, path, locale=lang),
            )  # fmt: skip

        return self.context.ops.run(
            work,
            label=QCoreApplication.translate("PrivacyActions", "Exporting personal data…"),
            parent=self.parent_widget,
            on_done=self._exported,
        )

    def _exported(self, result: AccessExport) -> None:
        self.box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("PrivacyActions", "Personal data exported"),
            QCoreApplication.translate(
                "PrivacyActions",
                "Everything held about {name} is in {folder}: a PDF to read, a JSON file and"
                " CSV files for machines, and their documents. The export is in the audit trail.",
            ).format(name=result.display_name, folder=result.folder),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        self.box.setObjectName("exportDoneBox")
        self.box.open()
        self.exported.emit(result)

    # Erasure --------------------------------------------------------------------------------

    def confirm_erase(self) -> QMessageBox:
        """The confirmation: it says what will happen; only its Erase button erases."""
        box = QMessageBox(self.parent_widget)
        box.setObjectName("eraseConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("PrivacyActions", "Erase this person"))
        box.setText(erasure_confirmation_text(self.name))
        erase = box.addButton(
            QCoreApplication.translate("PrivacyActions", "Erase for good"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        erase.setObjectName("eraseForGood")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        erase.clicked.connect(self.erase)
        self.box = box
        box.open()
        return box

    def erase(self):
        person, actor = self.person, self.context.actor
        return self.context.ops.run(
            lambda s: erase_and_rewrite(s, person, actor=actor),
            label=QCoreApplication.translate("PrivacyActions", "Erasing…"),
            parent=self.parent_widget,
            changes=self.changes,
            on_done=self._erased,
        )

    def _erased(self, result: tuple[ErasureReport, bool]) -> None:
        report, rewritten = result
        lines = [tr_msg(line) for line in erasure_report_lines(report)]
        if not rewritten:
            lines.append(
                QCoreApplication.translate(
                    "PrivacyActions",
                    "The database file could not be rewritten now (in use elsewhere): the old"
                    " values stay in its free space until the next rewrite.",
                )
            )
        self.box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("PrivacyActions", "Person erased"),
            QCoreApplication.translate(
                "PrivacyActions", "The person is erased. What was erased and what was kept:"
            ),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        self.box.setObjectName("erasureReportBox")
        self.box.setInformativeText("\n".join(f"• {line}" for line in lines))
        self.box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 560px; }")
        self.box.open()
        self.erased.emit(report)
