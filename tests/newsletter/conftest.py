"""A real SMTP server on loopback (aiosmtpd) for the newsletter tests.

The handler records every message with the time it arrived, counts SMTP sessions (EHLO), can
refuse chosen recipients with 550 and can answer 421 after a number of messages, like a
relay that hits its limit and hangs up.
"""

import email
import socket
import threading
import time
from dataclasses import dataclass, field
from email import policy

import pytest
from aiosmtpd.controller import Controller

from newsletter.models import Subscriber


@dataclass
class Received:
    at: float
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.raw, policy=policy.default)


@dataclass
class RecordingHandler:
    received: list[Received] = field(default_factory=list)
    reject: set[str] = field(default_factory=set)
    sessions: int = 0
    hang_up_after: int | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        with self.lock:
            self.sessions += 1
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.reject:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.hang_up_after is not None and len(self.received) >= self.hang_up_after:
                return "421 4.7.0 Too many messages, closing connection"
            self.received.append(
                Received(
                    time.monotonic(), envelope.mail_from, list(envelope.rcpt_tos), envelope.content
                )
            )
        return "250 2.0.0 Ok: queued"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.rcpt_tos]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """Starts aiosmtpd on 127.0.0.1 and points Django's SMTP backend at it."""
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    settings.SITE_URL = "https://flr-juf.test"
    settings.NEWSLETTER_LIST_ID = "flr-juf.test"
    settings.NEWSLETTER_MESSAGE_ID_DOMAIN = "mail.flr-juf.test"
    settings.NEWSLETTER_SEND_RATE_PER_MINUTE = 0
    handler.port = port
    yield handler
    controller.stop()


@pytest.fixture
def newsletter_settings(settings):
    settings.SITE_URL = "https://flr-juf.test"
    settings.NEWSLETTER_LIST_ID = "flr-juf.test"
    settings.NEWSLETTER_MESSAGE_ID_DOMAIN = "mail.flr-juf.test"
    settings.NEWSLETTER_SEND_RATE_PER_MINUTE = 0
    return settings


def make_subscriber(email: str, *, status=Subscriber.Status.ACTIVE, **fields) -> Subscriber:
    return Subscriber.objects.create(email=email, status=status, **fields)
