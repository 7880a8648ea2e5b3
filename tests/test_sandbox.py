"""The throwaway Dovecot: start, stop, restart, kick, users, TLS, no leftover processes."""

from __future__ import annotations

import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import imapclient
import pytest
from imapclient.exceptions import IMAPClientError

import agent.sandbox as sandbox_mod
from agent.sandbox import DovecotSandbox, group_alive

RAW = b"From: a@example.com\r\nSubject: hello\r\nMessage-ID: <s1@example.com>\r\n\r\nbody\r\n"


pytestmark = pytest.mark.usefixtures("needs_dovecot")


def _group_alive(pgid: int) -> bool:
    return group_alive(pgid)


def _wait_gone(pgid: int, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _group_alive(pgid):
            return True
        time.sleep(0.05)
    return False


def _greeting(host: str, port: int) -> bytes:
    with socket.create_connection((host, port), timeout=5) as s:
        return s.recv(200)


def test_start_is_fast_and_stop_leaves_nothing() -> None:
    t0 = time.monotonic()
    box = DovecotSandbox().start()
    elapsed = time.monotonic() - t0
    try:
        assert elapsed < 2.0, f"start took {elapsed:.2f}s"
        assert box.host == "127.0.0.1" and box.port > 0 and box.tls_port is None
        assert _greeting(box.host, box.port).startswith(b"* OK")
        root, pgid = box.root, box.pid
        assert root is not None and pgid is not None
        assert (root / "dovecot.conf").exists()
    finally:
        box.stop()
    assert not _group_alive(pgid), "dovecot processes left behind"
    assert not root.exists(), "own temp root not removed"
    box.stop()  # idempotent
    with pytest.raises(OSError):
        _greeting("127.0.0.1", box.port)


def test_default_user_and_folders() -> None:
    with DovecotSandbox() as box:
        c = box.client()
        try:
            folders = {name: flags for flags, _d, name in c.list_folders()}
        finally:
            c.logout()
        assert set(folders) == {"INBOX", "Drafts", "Sent", "Trash", "Junk"}
        assert b"\\Drafts" in folders["Drafts"]
        assert b"\\Sent" in folders["Sent"]
        uid = box.append("INBOX", RAW, flags=[b"\\Flagged"])
        assert uid == 1
        ((uid2, flags, raw),) = box.messages("INBOX")
        assert (uid2, raw) == (1, RAW)
        assert b"\\Flagged" in flags and b"\\Seen" not in flags


def test_custom_root_and_users_kept(tmp_path: Path) -> None:
    root = tmp_path / "box"
    with DovecotSandbox(root=root, users={"alice": "pw1", "bob": "pw2"}) as box:
        assert box.root == root.resolve()
        box.append("INBOX", RAW, user="bob")
        assert box.messages("INBOX", user="alice") == []
        assert len(box.messages("INBOX", user="bob")) == 1
        with pytest.raises(KeyError):
            box.client("user")
    assert root.exists(), "a caller-supplied root must not be removed"


def test_restart_keeps_ports_and_mail() -> None:
    with DovecotSandbox(tls=True) as box:
        port, tls_port, old = box.port, box.tls_port, box.pid
        box.append("INBOX", RAW)
        box.restart()
        assert (box.port, box.tls_port) == (port, tls_port)
        assert box.pid != old and old is not None and not _group_alive(old)
        assert [uid for uid, _f, _r in box.messages("INBOX")] == [1]
        assert box.append("INBOX", RAW) == 2


def test_kick_drops_connections() -> None:
    with DovecotSandbox() as box:
        c = box.client()
        c.select_folder("INBOX", readonly=True)
        box.kick()
        with pytest.raises((IMAPClientError, OSError)):
            c.noop()
            c.noop()
        box.kick()  # nobody connected: not an error
        c2 = box.client()  # the server is still there
        c2.logout()


def test_add_user_at_runtime() -> None:
    with DovecotSandbox() as box:
        box.add_user("carol", "s3cret")
        c = box.client("carol")
        c.logout()
        with pytest.raises(ValueError):
            box.add_user("carol", "again")
        with pytest.raises(ValueError):
            box.add_user("bad:name", "x")


def test_tls_listener_with_self_signed_cert() -> None:
    with DovecotSandbox(tls=True) as box:
        assert box.tls_port and box.cert_file and box.cert_file.exists()
        ctx = ssl.create_default_context(cafile=str(box.cert_file))
        for host in ("127.0.0.1", "localhost"):
            c = imapclient.IMAPClient(host, port=box.tls_port, ssl=True, ssl_context=ctx, timeout=5)
            c.login("user", "secret")
            c.logout()
        with pytest.raises(ssl.SSLCertVerificationError):
            imapclient.IMAPClient(box.host, port=box.tls_port, ssl=True, timeout=5)


def test_missing_binary_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_mod, "_find_dovecot", lambda: None)
    assert not sandbox_mod.dovecot_available()
    with pytest.raises(RuntimeError, match="apt-get install dovecot-imapd"):
        DovecotSandbox().start()


def test_start_failure_reports_log_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        monkeypatch.setattr(sandbox_mod, "_free_port", lambda: taken)
        box = DovecotSandbox()
        with pytest.raises(RuntimeError, match="(?i)address already in use"):
            box.start()
        box.stop()
        assert not box.running


_ORPHAN_SCRIPT = """
import os, signal, sys
sys.path.insert(0, {repo!r})
from agent.sandbox import DovecotSandbox, group_alive
box = DovecotSandbox().start()
print(box.pid, box.root, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_no_process_left_when_owner_is_killed() -> None:
    repo = str(Path(__file__).resolve().parents[1])
    done = subprocess.run(
        [sys.executable, "-c", _ORPHAN_SCRIPT.format(repo=repo)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    pid_text, root = done.stdout.split()
    assert _wait_gone(int(pid_text)), "dovecot survived its SIGKILLed owner"
    shutil.rmtree(root, ignore_errors=True)
