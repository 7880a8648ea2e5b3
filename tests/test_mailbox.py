"""The IMAP layer against a real Dovecot (no IMAP mocks)."""

from __future__ import annotations

import dataclasses
import logging
import socket
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from agent.errors import AuthError, ConfigError, ConnectError, FolderError, MailboxError
from agent.mailbox import FetchedMessage, Folders, ImapSettings, Mailbox
from agent.sandbox import DovecotSandbox

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def mail(n: int, *, mid: str | None = None, extra: str = "", body: bytes = b"") -> bytes:
    head = (
        f"From: hr{n}@example.com\r\nTo: me@example.org\r\nSubject: Message {n}\r\n"
        f"Message-ID: {mid or f'<m{n}@example.com>'}\r\n{extra}"
    )
    return head.encode() + b"\r\n" + (body or f"body {n}\r\n".encode())


@pytest.fixture
def mb(imap_settings: ImapSettings) -> Iterator[Mailbox]:
    with Mailbox(imap_settings) as m:
        yield m


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- connecting --------------------------------------------------------------------------------


def test_connect_login_and_close(imap_settings: ImapSettings) -> None:
    m = Mailbox(imap_settings)
    assert not m.connected
    with m:
        assert m.connected
        assert m.folder_state("INBOX").exists == 0
    assert not m.connected
    m.close()  # idempotent


def test_password_never_shown(
    imap_settings: ImapSettings, caplog: pytest.LogCaptureFixture
) -> None:
    secret = imap_settings.password
    caplog.set_level(logging.DEBUG)  # imapclient's own command log too
    with Mailbox(imap_settings) as m:
        m.find_folders()
        assert secret not in repr(m)
    assert secret not in repr(imap_settings)
    # imapclient logs every command at DEBUG (and redacts LOGIN): the check below is meaningful.
    assert any(
        r.name.startswith("imapclient") and "LOGIN" in r.getMessage() for r in caplog.records
    )
    assert secret not in caplog.text
    with pytest.raises(AuthError) as err:
        Mailbox(dataclasses.replace(imap_settings, password=secret + "x")).connect()
    assert secret not in str(err.value) and secret not in caplog.text


def test_wrong_password_is_auth_error(imap_settings: ImapSettings) -> None:
    bad = dataclasses.replace(imap_settings, password="wrong-password")
    with pytest.raises(AuthError, match=f"login refused for {imap_settings.username}") as err:
        Mailbox(bad).connect()
    assert "wrong-password" not in str(err.value)
    assert isinstance(err.value, MailboxError)


def test_closed_port_is_connect_error(imap_settings: ImapSettings) -> None:
    port = _closed_port()
    gone = dataclasses.replace(imap_settings, port=port)
    with pytest.raises(ConnectError, match=f"cannot reach 127.0.0.1:{port}: Connection refused"):
        Mailbox(gone).connect()


def test_silent_server_times_out(imap_settings: ImapSettings) -> None:
    with socket.socket() as mute:  # accepts (backlog) but never greets
        mute.bind(("127.0.0.1", 0))
        mute.listen()
        port = mute.getsockname()[1]
        s = dataclasses.replace(imap_settings, port=port, connect_timeout=0.5, read_timeout=0.5)
        with pytest.raises(ConnectError, match="timed out"):
            Mailbox(s).connect()


def test_bad_security_value_rejected(imap_settings: ImapSettings) -> None:
    with pytest.raises(ValueError, match="security"):
        dataclasses.replace(imap_settings, security="tls")


def _tls(box: DovecotSandbox, user: str, **kw: object) -> ImapSettings:
    fields: dict[str, object] = {
        "host": box.host,
        "port": box.tls_port,
        "username": user,
        "password": box.users[user],
        "security": "ssl",
        "connect_timeout": 5.0,
        "read_timeout": 10.0,
    }
    fields.update(kw)
    return ImapSettings(**fields)  # type: ignore[arg-type]


def test_tls_self_signed_refused_by_default(
    dovecot_server: DovecotSandbox, mailbox_user: str
) -> None:
    with pytest.raises(ConnectError, match="TLS certificate verification failed for 127.0.0.1:"):
        Mailbox(_tls(dovecot_server, mailbox_user)).connect()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_tls_accepted_with_ca_file(
    dovecot_server: DovecotSandbox, mailbox_user: str, host: str
) -> None:
    s = _tls(dovecot_server, mailbox_user, host=host, ca_file=str(dovecot_server.cert_file))
    with Mailbox(s) as m:
        assert m.find_folders().drafts == "Drafts"


def test_starttls(dovecot_server: DovecotSandbox, mailbox_user: str) -> None:
    ca = str(dovecot_server.cert_file)
    ok = _tls(
        dovecot_server, mailbox_user, port=dovecot_server.port, security="starttls", ca_file=ca
    )
    with Mailbox(ok) as m:
        assert m.folder_state("INBOX").uidnext == 1
    unverified = dataclasses.replace(ok, ca_file=None)
    with pytest.raises(ConnectError, match="certificate"):
        Mailbox(unverified).connect()


def test_starttls_unsupported_and_ssl_on_plain_port(needs_dovecot: None) -> None:
    with DovecotSandbox() as box:  # no TLS at all
        plain = ImapSettings(box.host, box.port, "user", "secret", security="starttls")
        with pytest.raises(ConnectError, match="does not offer STARTTLS"):
            Mailbox(plain).connect()
        with pytest.raises(ConnectError, match="TLS"):
            Mailbox(dataclasses.replace(plain, security="ssl", connect_timeout=3)).connect()


def test_dropped_connection_is_connect_error(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    mb.folder_state("INBOX")
    dovecot_server.kick(mailbox_user)
    with pytest.raises(ConnectError):
        mb.folder_state("INBOX")
        mb.folder_state("INBOX")
    assert not mb.connected
    with pytest.raises(ConnectError, match="not connected"):
        mb.folder_state("INBOX")


# -- folders -----------------------------------------------------------------------------------


def test_find_folders_by_special_use(mb: Mailbox) -> None:
    assert mb.find_folders() == Folders(inbox="INBOX", drafts="Drafts", sent="Sent")


def test_find_folders_overrides(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    c = dovecot_server.client(mailbox_user)
    try:
        c.create_folder("Entwürfe")
        c.create_folder("Gesendete Elemente")
    finally:
        c.logout()
    found = mb.find_folders(drafts="Entwürfe", sent="gesendete elemente")
    assert found == Folders("INBOX", "Entwürfe", "Gesendete Elemente")
    assert mb.append_draft(found.drafts, mail(1), T0) == 1
    with pytest.raises(FolderError, match="'Nowhere'"):
        mb.find_folders(drafts="Nowhere")
    with pytest.raises(FolderError, match="DEBRIEF_SENT_FOLDER"):
        mb.find_folders(sent="Missing")


def test_folder_state_and_missing_folder(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    empty = mb.folder_state("INBOX")
    assert (empty.name, empty.uidnext, empty.exists) == ("INBOX", 1, 0)
    assert empty.uidvalidity > 0
    dovecot_server.append("INBOX", mail(1), user=mailbox_user)
    dovecot_server.append("INBOX", mail(2), user=mailbox_user)
    later = mb.folder_state("INBOX")  # a fresh EXAMINE, not the cached one
    assert (later.uidvalidity, later.uidnext, later.exists) == (empty.uidvalidity, 3, 2)
    with pytest.raises(FolderError, match="'No such'"):
        mb.folder_state("No such")
    assert mb.folder_state("INBOX").exists == 2  # still usable afterwards


# -- new mail ----------------------------------------------------------------------------------


class _SearchSpy:
    def __init__(self, mb: Mailbox, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[object] = []
        client = mb._client
        assert client is not None
        real = client.search

        def spy(*args: object, **kw: object) -> object:
            self.calls.append(args)
            return real(*args, **kw)

        monkeypatch.setattr(client, "search", spy)


def test_new_uids_first_run_and_incremental(
    dovecot_server: DovecotSandbox,
    mailbox_user: str,
    mb: Mailbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = datetime(2025, 1, 10, 12, 0, tzinfo=timezone.utc)
    for n, when in enumerate([old, T0, T0 + timedelta(days=1)], start=1):
        dovecot_server.append("INBOX", mail(n), when=when, user=mailbox_user)
    state, uids = mb.new_uids("INBOX", None, None)
    assert uids == [1, 2, 3] and state.uidnext == 4 and state.exists == 3
    assert mb.new_uids("INBOX", None, date(2026, 3, 1))[1] == [2, 3]

    spy = _SearchSpy(mb, monkeypatch)
    state, uids = mb.new_uids("INBOX", 3, None)
    assert uids == [] and state.uidnext == 4
    assert spy.calls == [], "nothing new must not cost a SEARCH"

    dovecot_server.append("INBOX", mail(4), user=mailbox_user)
    dovecot_server.append("INBOX", mail(5), user=mailbox_user)
    state, uids = mb.new_uids("INBOX", 3, date(2030, 1, 1))  # since is for first runs only
    assert uids == [4, 5] and state.uidnext == 6
    assert len(spy.calls) == 1


def test_new_uids_highest_uid_pitfall(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    for n in (1, 2, 3):
        dovecot_server.append("INBOX", mail(n), user=mailbox_user)
    c = dovecot_server.client(mailbox_user)
    try:  # the newest message goes away: UIDNEXT stays 4, the highest UID is now 2
        c.select_folder("INBOX")
        c.delete_messages([3])
        c.expunge()
        c.select_folder("INBOX", readonly=True)
        assert c.search(["UID", "4:*"]) == [2]  # RFC 3501: n:* includes the highest UID
    finally:
        c.logout()
    state, uids = mb.new_uids("INBOX", 3, None)
    assert state.uidnext == 4 and uids == []


# -- reading -----------------------------------------------------------------------------------


def test_fetch_caps_bytes_and_never_sets_seen(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    big = mail(1, body=b"x" * 5000 + b"\r\n")
    dovecot_server.append("INBOX", big, when=T0, user=mailbox_user)
    dovecot_server.append("INBOX", mail(2), flags=[b"\\Flagged"], user=mailbox_user)
    before = {uid: flags for uid, flags, _ in dovecot_server.messages("INBOX", user=mailbox_user)}
    assert all(b"\\Seen" not in f for f in before.values())

    got = list(mb.fetch("INBOX", [2, 1, 99], cap_bytes=1000))
    assert [m.uid for m in got] == [1, 2]  # sorted, vanished uid 99 skipped
    first = got[0]
    assert isinstance(first, FetchedMessage)
    assert first.raw == big[:1000] and len(first.raw) == 1000
    assert first.size == len(big)
    assert first.internaldate == T0 and first.internaldate.tzinfo == timezone.utc
    assert first.uidvalidity == mb.folder_state("INBOX").uidvalidity
    assert got[1].raw == mail(2)
    assert "x" * 50 not in repr(first)

    after = {uid: flags for uid, flags, _ in dovecot_server.messages("INBOX", user=mailbox_user)}
    assert after == before


def test_fetch_in_batches(dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox) -> None:
    for n in range(1, 8):
        dovecot_server.append("INBOX", mail(n), user=mailbox_user)
    got = list(mb.fetch("INBOX", list(range(1, 8)), batch=3))
    assert [m.uid for m in got] == list(range(1, 8))
    assert [m.raw for m in got] == [mail(n) for n in range(1, 8)]
    assert list(mb.fetch("INBOX", [])) == []


def test_search_header_and_message_ids(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    dovecot_server.append("Drafts", mail(1, mid="<a@x.example>"), user=mailbox_user)
    dovecot_server.append("Drafts", mail(2, mid="<ba@x.example>"), user=mailbox_user)
    dovecot_server.append("Drafts", mail(3, mid="<a@x.example>"), user=mailbox_user)
    assert mb.search_header("Drafts", "Message-ID", "a@x.example") == [1, 2, 3]  # substring
    found = mb.find_message_ids("Drafts", ["<a@x.example>", "a@x.example", "<nope@x>"])
    assert found == {"<a@x.example>": [1, 3], "a@x.example": [1, 3], "<nope@x>": []}
    assert mb.find_message_ids("INBOX", []) == {}


def test_find_replies_to(dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox) -> None:
    rej = "<rejection-1@corp.example>"
    dovecot_server.append("Sent", mail(1, extra=f"In-Reply-To: {rej}\r\n"), user=mailbox_user)
    dovecot_server.append(
        "Sent",
        mail(2, extra=f"References: <older@corp.example>\r\n {rej}\r\n"),  # folded header
        user=mailbox_user,
    )
    dovecot_server.append(
        "Sent", mail(3, extra="In-Reply-To: <other@corp.example>\r\n"), user=mailbox_user
    )
    assert mb.find_replies_to("Sent", rej) == [1, 2]
    assert mb.find_replies_to("Sent", "<unknown@x>") == []


# -- writing -----------------------------------------------------------------------------------


def test_append_draft_sets_draft_and_seen(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    raw = mail(1, mid="<draft-1@debrief.local>")
    uid = mb.append_draft("Drafts", raw, T0)
    assert uid == 1
    assert mb.append_draft("Drafts", mail(2), datetime(2026, 3, 3, 8, 0)) == 2  # naive = UTC
    (u1, flags, stored), (u2, _, _) = dovecot_server.messages("Drafts", user=mailbox_user)
    assert (u1, u2) == (1, 2)
    assert {b"\\Draft", b"\\Seen"} <= flags
    assert stored == raw
    (first, second) = mb.fetch("Drafts", [1, 2])
    assert first.internaldate == T0
    assert second.internaldate == datetime(2026, 3, 3, 8, 0, tzinfo=timezone.utc)
    assert mb.find_message_ids("Drafts", ["<draft-1@debrief.local>"]) == {
        "<draft-1@debrief.local>": [1]
    }


def test_append_draft_to_missing_folder(mb: Mailbox) -> None:
    with pytest.raises(FolderError, match="'Nope'"):
        mb.append_draft("Nope", mail(1), T0)
    with pytest.raises(TypeError):
        mb.append_draft("Drafts", "not bytes", T0)  # type: ignore[arg-type]


def test_unusable_ca_file_is_config_error(
    dovecot_server: DovecotSandbox, mailbox_user: str, tmp_path: Path
) -> None:
    junk = tmp_path / "ca.pem"
    junk.write_text("not a certificate\n")
    with pytest.raises(ConfigError, match="DEBRIEF_IMAP_CA_FILE"):
        Mailbox(_tls(dovecot_server, mailbox_user, ca_file=str(junk))).connect()


class ReadWriteMailbox(Mailbox):
    """The same reads with the folder selected read-write, where a plain BODY[] would set
    \\Seen: only BODY.PEEK keeps the user's unread mail unread."""

    def _examine(self, folder: str, refresh: bool = False):
        state = super()._examine(folder, refresh=True)
        self._imap.select_folder(folder, readonly=False)
        return state


def test_every_read_peeks_and_nothing_is_marked_read(
    dovecot_server: DovecotSandbox, mailbox_user: str, imap_settings: ImapSettings, monkeypatch
) -> None:
    import imaplib

    sent: list[str] = []
    command = imaplib.IMAP4._command

    def recording(imap, name, *args):
        sent.append(" ".join(str(a) for a in (name, *args)))
        return command(imap, name, *args)

    monkeypatch.setattr(imaplib.IMAP4, "_command", recording)
    for n in (1, 2):
        dovecot_server.append("INBOX", mail(n, mid=f"<m{n}@example.com>"), user=mailbox_user)
    with ReadWriteMailbox(imap_settings) as box:
        assert [m.uid for m in box.fetch("INBOX", [1, 2])] == [1, 2]
        assert set(box.draft_headers("INBOX", [1, 2])) == {1, 2}
        assert box.find_message_ids("INBOX", ["<m1@example.com>"]) == {"<m1@example.com>": [1]}
    fetches = [c for c in sent if "FETCH" in c.upper()]
    assert len(fetches) == 3 and all("BODY.PEEK[" in c for c in fetches), fetches
    assert not any("BODY[" in c.replace("BODY.PEEK[", "") or "RFC822)" in c for c in fetches)
    flags = [f for _, f, _ in dovecot_server.messages("INBOX", user=mailbox_user)]
    assert flags == [set(), set()]


def test_status_reads_a_folder_without_selecting_it(
    dovecot_server: DovecotSandbox, mailbox_user: str, mb: Mailbox
) -> None:
    dovecot_server.append("Drafts", mail(1), user=mailbox_user)
    before = mb.status("Drafts")
    assert (before.messages, before.uidnext) == (1, 2) and before.uidvalidity > 0
    assert before.highestmodseq is not None  # Dovecot has CONDSTORE
    dovecot_server.append("Drafts", mail(2), user=mailbox_user)
    after = mb.status("Drafts")
    assert (after.messages, after.uidnext) == (2, 3)
    with pytest.raises(FolderError):
        mb.status("Nope")
