"""`debrief run` as a real process: signals, the instance lock, outages and dropped connections."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import env_for, private_sandbox, rejection, run_cli


def start_daemon(env: dict[str, str]) -> subprocess.Popen:
    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")}
    full.update(env)
    return subprocess.Popen([sys.executable, "-m", "agent", "run"], env=full,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=Path(__file__).parent)


def wait_for(predicate, timeout: float = 30.0, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> tuple[int, str, float]:
    started = time.monotonic()
    proc.send_signal(sig)
    try:
        out, _ = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        raise
    return proc.returncode, out, time.monotonic() - started


def recent_rejection(msgid: str = "<rej-d@northwind.example>") -> tuple[bytes, datetime]:
    when = datetime.now(timezone.utc) - timedelta(hours=50)  # due at once
    return rejection(when, msgid=msgid), when


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_run_places_draft_and_stops_cleanly_on_signal(dovecot_server, mailbox_user, tmp_path, sig):
    raw, when = recent_rejection()
    dovecot_server.append("INBOX", raw, when=when, user=mailbox_user)
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db", DEBRIEF_POLL_INTERVAL="1")
    proc = start_daemon(env)
    try:
        assert wait_for(lambda: dovecot_server.messages("Drafts", user=mailbox_user))
    finally:
        code, out, took = stop(proc, sig)
    assert code == 0, out
    assert took < 10
    assert "stopped" in out
    assert env["DEBRIEF_IMAP_PASSWORD"] not in out
    assert len(dovecot_server.messages("Drafts", user=mailbox_user)) == 1


def test_second_instance_refuses(dovecot_server, mailbox_user, tmp_path):
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db", DEBRIEF_POLL_INTERVAL="1")
    proc = start_daemon(env)
    try:
        assert wait_for(lambda: (tmp_path / "d.lock").exists())
        time.sleep(0.5)
        second = run_cli(env, "once")
        assert second.returncode == 1
        assert "already running" in second.stderr and "Traceback" not in second.stderr
    finally:
        stop(proc)


@pytest.fixture
def private_server(needs_dovecot):
    """A Dovecot of its own: these tests stop and restart it."""
    with private_sandbox(alex="outage-pw") as box:
        yield box


def test_outage_server_down_then_back(private_server, tmp_path):
    env = env_for(private_server, "alex", tmp_path / "d.db", DEBRIEF_POLL_INTERVAL="1")
    proc = start_daemon(env)
    try:
        time.sleep(2)
        private_server.stop()
        time.sleep(4)  # several failed cycles while the server is down
        assert proc.poll() is None, "the daemon must not exit on a network fault"
        private_server.start()
        raw, when = recent_rejection("<rej-outage@northwind.example>")
        private_server.append("INBOX", raw, when=when, user="alex")
        assert wait_for(lambda: private_server.messages("Drafts", user="alex"), timeout=40)
    finally:
        code, out, _ = stop(proc)
    assert code == 0
    assert "mail server unavailable" in out and "retrying in" in out
    assert "outage-pw" not in out and "Traceback" not in out
    assert len(private_server.messages("Drafts", user="alex")) == 1


def test_kicked_connections_are_survived(private_server, tmp_path):
    env = env_for(private_server, "alex", tmp_path / "d.db", DEBRIEF_POLL_INTERVAL="1")
    proc = start_daemon(env)
    try:
        for _ in range(5):
            time.sleep(0.7)
            private_server.kick("alex")
        raw, when = recent_rejection("<rej-kick@northwind.example>")
        private_server.append("INBOX", raw, when=when, user="alex")
        assert wait_for(lambda: private_server.messages("Drafts", user="alex"), timeout=40)
        assert proc.poll() is None
    finally:
        code, _, _ = stop(proc)
    assert code == 0
    assert len(private_server.messages("Drafts", user="alex")) == 1
