"""A real SMTP server on 127.0.0.1 (aiosmtpd in a thread) that keeps what it is given, and can
refuse recipients (4xx, 5xx), ask for a login, or go away and come back on the same port."""

from __future__ import annotations

import socket
import threading
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Handler:
    def __init__(self, server: SmtpTestServer) -> None:
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        refuse = self.server.refuse
        if refuse:
            return refuse
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.server.lock:
            self.server.received.append(
                (envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content))
            )
        return "250 2.0.0 Message accepted for delivery"


class SmtpTestServer:
    def __init__(self, *, login: tuple[str, str] | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.received: list[tuple[str, list[str], bytes]] = []
        self.refuse: str | None = None
        self.lock = threading.Lock()
        self.login = login
        self._controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (
            self.login is not None
            and (
                auth_data.login.decode(),
                auth_data.password.decode(),
            )
            == self.login
        )
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpTestServer:
        kwargs = {}
        if self.login is not None:
            kwargs = {
                "authenticator": self._authenticate,
                "auth_require_tls": False,  # loopback only
                "auth_required": True,
            }
        self._controller = Controller(
            _Handler(self), hostname=self.host, port=self.port, ready_timeout=10, **kwargs
        )
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            raw = [content for _, _, content in self.received]
        return [message_from_bytes(content, policy=default) for content in raw]  # type: ignore[misc]

    def message_ids(self) -> list[str]:
        return [str(m["Message-ID"]) for m in self.messages()]

    def count(self) -> int:
        with self.lock:
            return len(self.received)
