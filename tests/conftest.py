"""Shared fixtures: one real Dovecot per test session, a fresh mail user per test.

    def test_x(imap_settings, dovecot_server, mailbox_user):
        dovecot_server.append("INBOX", raw, user=mailbox_user)
        with Mailbox(imap_settings) as mb: ...

Without dovecot installed the tests that use these fixtures are skipped locally and fail in CI
(env CI set), so a CI machine missing `apt-get install dovecot-imapd` cannot pass silently.
"""

from __future__ import annotations

import itertools
import os
import secrets
from collections.abc import Iterator

import pytest

from agent.mailbox import ImapSettings
from agent.sandbox import DovecotSandbox, dovecot_available

_user_numbers = itertools.count(1)


def require_dovecot() -> None:
    """Skip (locally) or fail (CI) when dovecot is not installed."""
    if dovecot_available():
        return
    reason = "dovecot is not installed (apt-get install dovecot-imapd)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must install it", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def needs_dovecot() -> None:
    """For tests that start their own DovecotSandbox."""
    require_dovecot()


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotSandbox]:
    """One sandbox for the whole session: plain IMAP on .port, implicit TLS on .tls_port."""
    require_dovecot()
    box = DovecotSandbox(tls=True)
    box.start()
    try:
        yield box
    finally:
        box.stop()


@pytest.fixture
def mailbox_user(dovecot_server: DovecotSandbox) -> str:
    """A fresh user with an empty mailbox (INBOX, Drafts, Sent, Trash, Junk); returns the name."""
    name = f"t{next(_user_numbers)}-{secrets.token_hex(3)}"
    dovecot_server.add_user(name, secrets.token_urlsafe(12))
    return name


@pytest.fixture
def imap_settings(dovecot_server: DovecotSandbox, mailbox_user: str) -> ImapSettings:
    """Plain-IMAP settings for `mailbox_user` on the session sandbox."""
    return ImapSettings(
        host=dovecot_server.host,
        port=dovecot_server.port,
        username=mailbox_user,
        password=dovecot_server.users[mailbox_user],
        security="plain",
        connect_timeout=5.0,
        read_timeout=15.0,
    )


@pytest.fixture
def box(dovecot_server: DovecotSandbox, mailbox_user: str, tmp_path):
    """(sandbox, user, env) for one fresh mailbox and database, for `debrief` subprocesses."""
    from helpers import env_for

    return dovecot_server, mailbox_user, env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
