"""Exactly-once drafts: kill -9 at random moments, a crash between APPEND and commit, and a
UIDVALIDITY reset never produce a duplicate draft or lose a rejection."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

from helpers import (
    env_for,
    iso,
    parse,
    private_sandbox,
    rejection,
    run_cli,
    settings_for,
    status_json,
)

from agent.cycle import fixed_clock, run_cycle
from agent.mailbox import Mailbox
from agent.store import Store

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)
N_REJECTIONS = 60
N_KILLS = 30


def seed_rejections(sandbox, user, count: int) -> set[str]:
    ids = set()
    for i in range(count):
        msgid = f"<rej-{i}@company{i}.example>"
        raw = rejection(T0 + timedelta(minutes=i), msgid=msgid,
                        sender=f"Recruiter {i} <recruiter{i}@company{i}.example>",
                        subject=f"Your application for Engineer {i}")
        sandbox.append("INBOX", raw, when=T0, user=user)
        ids.add(msgid)
    return ids


def drafts_per_rejection(sandbox, user) -> Counter:
    return Counter(parse(raw)["In-Reply-To"] for _, _, raw in sandbox.messages("Drafts", user=user))


def test_kill_9_at_random_moments_never_duplicates_or_loses(dovecot_server, mailbox_user,
                                                            tmp_path):
    ids = seed_rejections(dovecot_server, mailbox_user, N_REJECTIONS)
    env = env_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")} | env
    now = iso(T0 + timedelta(days=3))  # every rejection is due at once
    rng = random.Random(20261123)
    killed = 0
    for _ in range(N_KILLS):
        proc = subprocess.Popen([sys.executable, "-m", "agent", "once", "--now", now], env=full,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                cwd=Path(__file__).parent)
        time.sleep(rng.uniform(0.15, 0.9))  # a full cycle here takes ~1 s
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        counts = drafts_per_rejection(dovecot_server, mailbox_user)
        assert max(counts.values(), default=1) == 1, f"duplicate draft: {counts.most_common(3)}"
    done = run_cli(env, "once", "--now", now)
    assert done.returncode == 0, done.stderr
    counts = drafts_per_rejection(dovecot_server, mailbox_user)
    assert set(counts) == ids, "a rejection was lost"
    assert set(counts.values()) == {1}, "a draft was duplicated"
    assert killed >= N_KILLS // 3, f"only {killed} runs were killed mid-cycle"
    print(f"{killed} kills, {N_REJECTIONS} rejections, 0 duplicate drafts, 0 lost")
    states = Counter(t["state"] for t in status_json(env))
    assert states == {"drafted": N_REJECTIONS}


class CrashAfterAppend(Mailbox):
    """The process dies right after the server stored the draft, before the database commit."""

    def append_draft(self, folder, raw, when):
        super().append_draft(folder, raw, when)
        raise SystemExit("simulated crash after APPEND")


def test_crash_between_append_and_commit_is_recovered(dovecot_server, mailbox_user, tmp_path):
    settings = settings_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    now = fixed_clock(T0 + timedelta(days=2))
    store = Store(settings.database_url)
    with contextlib.suppress(SystemExit):
        run_cycle(settings, store, now, mailbox_factory=CrashAfterAppend)
    store.session.close()  # uncommitted work dies with the process
    store.engine.dispose()
    assert len(dovecot_server.messages("Drafts", user=mailbox_user)) == 1
    with Store(settings.database_url) as fresh:
        (thread,) = fresh.threads()
        assert thread.request_message_id and thread.request_placed_at is None  # intent only
        run_cycle(settings, fresh, now)
        run_cycle(settings, fresh, fixed_clock(T0 + timedelta(days=2, hours=1)))
        assert fresh.threads()[0].state == "drafted"
    (_, _, raw), = dovecot_server.messages("Drafts", user=mailbox_user)
    assert parse(raw)["Message-ID"] == thread.request_message_id


def test_uidvalidity_change_resyncs_without_duplicates(needs_dovecot, tmp_path):
    with private_sandbox(alex="uv-pw") as box:
        uidvalidity_reset(box, "alex", tmp_path)


def uidvalidity_reset(dovecot_server, mailbox_user, tmp_path):
    settings = settings_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    with Store(settings.database_url) as store:
        run_cycle(settings, store, fixed_clock(T0 + timedelta(days=2)))
        before = store.cursor("INBOX").uidvalidity
    # Throw away Dovecot's UID list and indexes: the folder comes back with a new UIDVALIDITY.
    maildir = Path(dovecot_server.root) / "mail" / mailbox_user
    dovecot_server.stop()
    for name in os.listdir(maildir):
        if name.startswith("dovecot"):
            (maildir / name).unlink()
    time.sleep(1.1)  # UIDVALIDITY is a timestamp
    dovecot_server.start()
    with Store(settings.database_url) as store:
        report = run_cycle(settings, store, fixed_clock(T0 + timedelta(days=2, hours=1)))
        assert store.cursor("INBOX").uidvalidity != before
        # The window's Message-IDs were read again, all already seen: nothing refetched ...
        assert report.fetched["INBOX"] == 0
        assert report.opened == [] and report.drafts == []  # ... nor opened twice
        assert len(store.threads()) == 1
    assert len(dovecot_server.messages("Drafts", user=mailbox_user)) == 1
