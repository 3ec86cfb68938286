"""First run: create the incubator (profile + first administrator), or open the demo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ValidationError
from incubator_app.services.actor import Actor
from incubator_app.services.administration.setup import create_incubator
from incubator_app.ui.changes import INCUBATOR_PROFILE, USER
from incubator_app.ui.messages import tr_msg
from incubator_app.ui.ops import Operations
from incubator_app.ui.widgets import FieldError, dialog_header

# Service field names (ValidationError.field_errors keys) → this dialog's fields.
SERVICE_FIELDS = {
    "name": "name",
    "legal_name": "legal_name",
    "siret": "siret",
    "commune": "commune",
    "postal_code": "commune",
    "login": "login",
    "display_name": "display_name",
    "password": "password",
}


def generate_demo_file(path: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Runs in the worker thread: the small demo at `path` (the one `./dev.sh app` opens too),
    kept when it is fresh, built or rebuilt otherwise; a file there that is not a readable demo
    is replaced (the demo's place holds nothing else)."""
    from incubator_app.demo import generate_demo, refresh_demo_if_stale  # lazy: big
    from incubator_app.errors import ConflictError, StorageError

    report = (lambda _phase, done, total: progress(done, total)) if progress else None
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        refresh_demo_if_stale(path, scale="small", progress=report)
    except (ConflictError, StorageError):
        generate_demo(path, scale="small", force=True, progress=report)
    return path


class WelcomeDialog(QDialog):
    """Accepted with either `actor` set (incubator created, its admin is logged in) or
    `demo_path` set (the demo was generated there; the caller opens it)."""

    def __init__(self, ops: Operations, demo_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.demo_target = demo_path
        self.actor: Actor | None = None
        self.demo_path: Path | None = None
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(560)

        # Two pages, one visible at a time. Not a QStackedWidget: its height-for-width is the
        # tallest page's, which would leave the short choice page floating in blank space.
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.pages = [self._choice_page(), self._form_page()]
        for page in self.pages:
            body.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.body)
        self.show_page(0)

    # Page 1: the choice -------------------------------------------------------
    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            dialog_header(
                self.tr("Welcome!"),
                self.tr(
                    "This database is still empty. Create your incubator to start, or explore "
                    "the demo first: a made-up incubator you can try everything on."
                ),
            )
        )
        self.create_choice = QCommandLinkButton(
            self.tr("Create my incubator"),
            self.tr("Enter its name and create the first administrator account."),
        )
        self.create_choice.setObjectName("createChoice")
        self.create_choice.clicked.connect(self.show_form)
        layout.addWidget(self.create_choice)
        self.demo_choice = QCommandLinkButton(
            self.tr("Open the demo"),
            self.tr(
                "Entrepreneurs, coaching sessions and bookings of a fictional incubator, "
                "in a separate file. Your own data is not touched."
            ),
        )
        self.demo_choice.setObjectName("demoChoice")
        self.demo_choice.clicked.connect(self.open_demo)
        layout.addWidget(self.demo_choice)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return page

    # Page 2: the form ---------------------------------------------------------
    def _line(self, key: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"{key}Edit")
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self._update_ok)
        self.edits[key] = edit
        self.errors[key] = FieldError()
        self.errors[key].setObjectName(f"{key}Error")
        return edit

    def _add_row(self, form: QFormLayout, label: str, key: str, **kwargs: bool) -> None:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self._line(key, **kwargs))
        col.addWidget(self.errors[key])
        form.addRow(label, box)

    def _form_page(self) -> QWidget:
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            dialog_header(
                self.tr("Create my incubator"),
                self.tr("You can complete the profile later in Settings."),
            )
        )
        incubator = QGroupBox(self.tr("Incubator"))
        form = QFormLayout(incubator)
        self._add_row(form, self.tr("Name *"), "name")
        self._add_row(form, self.tr("Legal name"), "legal_name")
        self._add_row(form, self.tr("SIRET"), "siret")
        self._add_row(form, self.tr("Town"), "commune")
        self.edits["name"].setPlaceholderText(self.tr("e.g. Couveuse des Arts"))
        self.edits["siret"].setPlaceholderText(self.tr("14 digits"))
        self.edits["siret"].setMaxLength(14)
        layout.addWidget(incubator)

        admin = QGroupBox(self.tr("First administrator"))
        form = QFormLayout(admin)
        self._add_row(form, self.tr("Login *"), "login")
        self._add_row(form, self.tr("Display name *"), "display_name")
        self._add_row(form, self.tr("Password *"), "password", password=True)
        self._add_row(form, self.tr("Confirm password *"), "confirm", password=True)
        self.edits["display_name"].setPlaceholderText(self.tr("e.g. Camille Martin"))
        layout.addWidget(admin)

        note = QLabel(self.tr("* required"))
        note.setObjectName("requiredNote")
        layout.addWidget(note)
        self.general_error = FieldError()
        self.general_error.setObjectName("generalError")
        layout.addWidget(self.general_error)

        self.form_buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(lambda: self.show_page(0))
        self.form_buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.ok_button = self.form_buttons.addButton(
            self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("createButton")
        self.ok_button.setDefault(True)
        self.form_buttons.accepted.connect(self.create)
        layout.addWidget(self.form_buttons)
        self._update_ok()
        return page

    def show_page(self, index: int) -> None:
        for i, page in enumerate(self.pages):
            page.setVisible(i == index)
        self.layout().activate()
        self.resize(max(self.width(), self.minimumWidth()), self.sizeHint().height())

    def show_form(self) -> None:
        self.show_page(1)

    def _required_filled(self) -> bool:
        keys = ("name", "login", "display_name", "password", "confirm")
        return all(self.edits[k].text().strip() for k in keys)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self._required_filled())

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()
        self.general_error.clear_error()

    def create(self) -> None:
        if not self._required_filled():
            return
        self._clear_errors()
        values = {k: e.text().strip() for k, e in self.edits.items()}
        password = self.edits["password"].text()
        if password != self.edits["confirm"].text():
            self.errors["confirm"].show_error(self.tr("The two passwords are different."))
            self.edits["confirm"].setFocus()
            return

        def work(session):
            return create_incubator(
                session,
                name=values["name"],
                legal_name=values["legal_name"] or None,
                siret=values["siret"] or None,
                commune=values["commune"] or None,
                admin_login=values["login"],
                admin_display_name=values["display_name"],
                admin_password=password,
            )

        self.body.setEnabled(False)
        self.ops.run(
            work,
            parent=self,
            label=self.tr("Creating the incubator…"),
            on_done=self._created,
            on_error=self._failed,
            changes={INCUBATOR_PROFILE, USER},
        )

    def _created(self, actor: Actor) -> None:
        self.body.setEnabled(True)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.body.setEnabled(True)
        if not isinstance(exc, ValidationError):
            return False  # the default message box explains it
        first: QLineEdit | None = None
        for name, message in exc.field_errors.items():
            key = SERVICE_FIELDS.get(name)
            if key is None:
                self.general_error.show_error(tr_msg(message))
                continue
            self.errors[key].show_error(tr_msg(message))
            first = first or self.edits[key]
        if first is not None:
            first.setFocus()
        return True

    # Demo ---------------------------------------------------------------------
    def open_demo(self) -> None:
        target = self.demo_target
        self.body.setEnabled(False)
        self.ops.run(
            lambda progress: generate_demo_file(target, progress),
            session=False,
            parent=self,
            label=self.tr("Creating the demo database… This takes a few seconds."),
            on_done=self._demo_ready,
            on_error=self._demo_failed,
        )

    def _demo_failed(self, _exc: BaseException) -> bool:
        self.body.setEnabled(True)
        return False  # the default message box explains it

    def _demo_ready(self, path: Path) -> None:
        self.body.setEnabled(True)
        self.demo_path = path
        self.accept()
