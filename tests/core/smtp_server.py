"""A real SMTP server on 127.0.0.1 (aiosmtpd in a thread) that keeps what it is given, and can
refuse recipients (4xx, 5xx), ask for a login, speak STARTTLS or TLS (a self-signed
certificate), or go away and come back on the same port."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

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
    def __init__(
        self,
        *,
        login: tuple[str, str] | None = None,
        tls_context: ssl.SSLContext | None = None,
        implicit_tls: bool = False,
    ) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.received: list[tuple[str, list[str], bytes]] = []
        self.refuse: str | None = None
        self.lock = threading.Lock()
        self.login = login
        self.tls_context = tls_context
        self.implicit_tls = implicit_tls
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
        if self.tls_context is not None and self.implicit_tls:
            kwargs["ssl_context"] = self.tls_context  # TLS from the first byte (port 465)
        elif self.tls_context is not None:
            kwargs["tls_context"] = self.tls_context  # STARTTLS offered
            kwargs["require_starttls"] = True
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


def self_signed(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting it) for 127.0.0.1, made with openssl."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return server, client
