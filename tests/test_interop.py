"""Servers that are not the default Dovecot: a Courier-like namespace ("INBOX." prefix, "."
separator, no SPECIAL-USE), a new UIDVALIDITY on every session, folder names in other
languages, and a TLS mode that does not match the port."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import env_for, iso, rejection, run_cli, status_json

from agent.errors import ConnectError
from agent.mailbox import DRAFT_NAMES, SENT_NAMES, ImapSettings, Mailbox, likeliest_folder
from agent.sandbox import DovecotSandbox

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H = timedelta(hours=1)


@pytest.fixture(scope="module")
def courier(needs_dovecot_module):
    """A Dovecot laid out like Courier-IMAP: INBOX.Drafts, INBOX.Sent, no SPECIAL-USE."""
    root = Path(tempfile.mkdtemp(prefix="debrief-test-"))
    box = DovecotSandbox(root=root / "dovecot", users={"seed": "pw"}, namespace_prefix="INBOX.",
                         separator=".", special_use=False)
    box.start()
    try:
        yield box
    finally:
        box.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def needs_dovecot_module():
    from conftest import require_dovecot

    require_dovecot()


_n = iter(range(1, 10_000))


@pytest.fixture
def courier_box(courier, tmp_path):
    user = f"c{next(_n)}"
    courier.add_user(user, f"pw-{user}")
    return courier, user, env_for(courier, user, tmp_path / "d.db")


def once(env, when: datetime) -> str:
    done = run_cli(env, "once", "--now", iso(when))
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_courier_namespace_finds_folders_and_places_the_draft(courier_box):
    sandbox, user, env = courier_box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    check = run_cli(env, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "drafts    INBOX.Drafts" in check.stdout and "sent      INBOX.Sent" in check.stdout
    once(env, T0 + H)
    once(env, T0 + 24 * H)
    assert status_json(env)[0]["state"] == "drafted"
    (_, flags, _raw), = sandbox.messages("INBOX.Drafts", user=user)
    assert b"\\Draft" in flags


def test_a_missing_folder_lists_what_exists_and_suggests_the_likeliest(courier_box):
    sandbox, user, env = courier_box
    env = env | {"DEBRIEF_DRAFTS_FOLDER": "Drafts"}
    check = run_cli(env, "check")
    assert check.returncode == 1
    assert "Drafts folder 'Drafts' (DEBRIEF_DRAFTS_FOLDER) does not exist" in check.stdout
    assert "folders   INBOX, INBOX.Drafts, INBOX.Sent, INBOX.Trash, INBOX.Junk" in check.stdout
    assert "suggest   DEBRIEF_DRAFTS_FOLDER=INBOX.Drafts" in check.stdout
    # The daemon's one line says the same.
    done = run_cli(env, "once")
    assert done.returncode == 1
    assert "did you mean DEBRIEF_DRAFTS_FOLDER=INBOX.Drafts?" in done.stderr
    assert "'INBOX.Sent'" in done.stderr


def test_special_use_beats_names_in_the_suggestion(dovecot_server, mailbox_user, tmp_path):
    client = dovecot_server.client(mailbox_user)
    client.create_folder("Entwürfe")
    client.logout()
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db",
                  DEBRIEF_DRAFTS_FOLDER="Brouillons")
    check = run_cli(env, "check")
    assert check.returncode == 1
    assert "suggest   DEBRIEF_DRAFTS_FOLDER=Drafts" in check.stdout  # \Drafts, not Entwürfe


ROWS = [((b"\\HasNoChildren",), "/", "INBOX")]


@pytest.mark.parametrize(("names", "wanted", "expected"), [
    (["Entwürfe", "Gesendet"], None, "Entwürfe"),
    (["Brouillons", "Envoyés"], None, "Brouillons"),
    (["Borradores"], None, "Borradores"),
    (["Concepts"], None, "Concepts"),
    (["INBOX.Drafts", "INBOX.Sent"], None, "INBOX.Drafts"),
    (["[Gmail]/Drafts", "[Gmail]/Sent Mail"], None, "[Gmail]/Drafts"),
    (["[Gmail]/Entwürfe"], None, "[Gmail]/Entwürfe"),
    (["Archive/Private/Drafts"], None, "Archive/Private/Drafts"),
    (["Werk", "INBOX.Kladblok"], "Kladblok", "INBOX.Kladblok"),
    (["Notes"], None, None),
])
def test_likeliest_drafts_folder_by_name(names, wanted, expected):
    rows = ROWS + [((), "." if n.startswith("INBOX.") else "/", n) for n in names]
    assert likeliest_folder(rows, b"\\Drafts", DRAFT_NAMES, wanted) == expected


def test_likeliest_prefers_special_use_over_names():
    rows = ROWS + [((), "/", "Drafts"), ((b"\\Drafts",), "/", "Mes brouillons")]
    assert likeliest_folder(rows, b"\\Drafts", DRAFT_NAMES) == "Mes brouillons"
    rows = ROWS + [((b"\\Sent",), "/", "Posta inviata"), ((), "/", "Sent")]
    assert likeliest_folder(rows, b"\\Sent", SENT_NAMES) == "Posta inviata"


# -- UIDVALIDITY churn ---------------------------------------------------------------------------


def test_a_new_uidvalidity_every_session_does_not_refetch_the_window(courier_box):
    """Courier gives a folder no client opened read-write a new UIDVALIDITY on every session."""
    sandbox, user, env = courier_box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    out = once(env, T0 + H)
    assert "1 new message(s)" in out
    for n, folder in enumerate(("INBOX", "INBOX.Sent")):
        sandbox.set_uidvalidity(folder, 1_000 + n, user=user)
    out = once(env, T0 + 2 * H)
    assert "0 new message(s)" in out, out
    assert "recognised by Message-ID" in out and "WARNING" not in out
    # Again, and with one new message: only that one is fetched.
    second = rejection(T0 + H, msgid="<rej-2@contoso.example>",
                       sender="Dana Whitfield <dana@contoso.example>",
                       subject="Your application for Platform Engineer")
    sandbox.append("INBOX", second, when=T0 + H, user=user)
    for n, folder in enumerate(("INBOX", "INBOX.Sent")):
        sandbox.set_uidvalidity(folder, 2_000 + n, user=user)
    out = once(env, T0 + 3 * H)
    assert "1 new message(s)" in out, out
    assert "1 message(s) of the last 7 days already seen, fetching 1" in out
    assert len(status_json(env)) == 2
    out = once(env, T0 + 4 * H)  # UIDVALIDITY stable again: nothing to do
    assert "0 new message(s)" in out and "UIDVALIDITY" not in out


# -- TLS mode mismatch ---------------------------------------------------------------------------


def test_ssl_on_a_starttls_port_says_to_set_starttls(dovecot_server, mailbox_user, tmp_path):
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db",
                  DEBRIEF_IMAP_SECURITY="ssl", DEBRIEF_IMAP_PORT=str(dovecot_server.port),
                  DEBRIEF_IMAP_CA_FILE=str(dovecot_server.cert_file))
    check = run_cli(env, "check")
    assert check.returncode == 1
    assert "this port speaks STARTTLS; set DEBRIEF_IMAP_SECURITY=starttls" in check.stdout


@pytest.mark.parametrize("security", ["starttls", "plain"])
def test_starttls_or_plain_on_a_tls_port_says_to_set_ssl(dovecot_server, mailbox_user, security):
    settings = ImapSettings(host=dovecot_server.host, port=dovecot_server.tls_port,
                            username=mailbox_user, password=dovecot_server.users[mailbox_user],
                            security=security, ca_file=str(dovecot_server.cert_file),
                            connect_timeout=2, read_timeout=5)
    with pytest.raises(ConnectError, match="this port speaks TLS from the start; "
                                           "set DEBRIEF_IMAP_SECURITY=ssl"):
        Mailbox(settings).connect()


def test_the_right_modes_still_work(dovecot_server, mailbox_user):
    for security, port in (("ssl", dovecot_server.tls_port), ("starttls", dovecot_server.port)):
        settings = ImapSettings(host="localhost", port=port, username=mailbox_user,
                                password=dovecot_server.users[mailbox_user], security=security,
                                ca_file=str(dovecot_server.cert_file), connect_timeout=5)
        with Mailbox(settings) as mailbox:
            assert mailbox.find_folders().drafts == "Drafts"
