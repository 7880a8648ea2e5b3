"""Exactly-once drafts: kill -9 at random moments, a crash between APPEND and commit, and a
UIDVALIDITY reset never produce a duplicate draft or lose a rejection."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import (
    env_for,
    iso,
    make_mail,
    parse,
    private_sandbox,
    rejection,
    run_cli,
    settings_for,
    status_json,
)
from sqlalchemy import select

from agent.cycle import fixed_clock, run_cycle
from agent.mailbox import Mailbox
from agent.store import SeenMessage, Store

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


def intents(db: Path) -> int:
    """Draft intents committed so far (read beside the running process; SQLite WAL)."""
    try:
        with contextlib.closing(sqlite3.connect(db, timeout=5)) as conn:
            return conn.execute("select count(*) from draft_intent").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_kill_9_at_random_moments_never_duplicates_or_loses(dovecot_server, mailbox_user,
                                                            tmp_path):
    """Every kill lands while drafts are being placed: the test waits for the process to have
    committed a random number more intents (an event, not a sleep), then kills it."""
    ids = seed_rejections(dovecot_server, mailbox_user, N_REJECTIONS)
    db = tmp_path / "d.db"
    env = env_for(dovecot_server, mailbox_user, db)
    full = {k: v for k, v in os.environ.items() if not k.startswith("DEBRIEF_")} | env
    now = iso(T0 + timedelta(days=3))  # every rejection is due at once
    rng = random.Random(20261123)
    killed = 0
    for _ in range(N_KILLS):
        target = intents(db) + rng.randint(1, 6)
        proc = subprocess.Popen([sys.executable, "-m", "agent", "once", "--now", now], env=full,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                cwd=Path(__file__).parent)
        while proc.poll() is None and intents(db) < target:
            time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        counts = drafts_per_rejection(dovecot_server, mailbox_user)
        assert max(counts.values(), default=1) == 1, f"duplicate draft: {counts.most_common(3)}"
        if proc.returncode == 0:
            break  # the run finished: every draft is placed
    done = run_cli(env, "once", "--now", now)
    assert done.returncode == 0, done.stderr
    counts = drafts_per_rejection(dovecot_server, mailbox_user)
    assert set(counts) == ids, "a rejection was lost"
    assert set(counts.values()) == {1}, "a draft was duplicated"
    assert killed >= 8, f"only {killed} runs were killed while placing drafts"
    print(f"{killed} kills while placing, {N_REJECTIONS} rejections, 0 duplicate drafts, 0 lost")
    states = Counter(t["state"] for t in status_json(env))
    assert states == {"drafted": N_REJECTIONS}


class Crash(BaseException):
    """A process death at a chosen step: not an Exception, so nothing in the cycle catches it."""


def crash_at(point: str, occurrence: int = 1):
    seen = Counter()

    def fault(p: str) -> None:
        seen[p] += 1
        if p == point and seen[p] == occurrence:
            raise Crash(p)

    return fault


def die(store: Store) -> None:
    """What a kill leaves: the committed rows only."""
    store.session.close()
    store.engine.dispose()


@pytest.mark.parametrize("point", ["before append", "after append", "before commit",
                                   "after commit"])
def test_a_crash_at_each_step_of_placing_the_request_resumes_to_one_draft(
        dovecot_server, mailbox_user, tmp_path, point):
    settings = settings_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    now = T0 + timedelta(days=2)
    store = Store(settings.database_url)
    with pytest.raises(Crash):
        run_cycle(settings, store, fixed_clock(now), fault=crash_at(point))
    die(store)
    appended = point != "before append"
    assert len(dovecot_server.messages("Drafts", user=mailbox_user)) == int(appended)
    with Store(settings.database_url) as fresh:
        (intent,) = [i for t in fresh.threads() for i in t.intents]  # committed before APPEND
        run_cycle(settings, fresh, fixed_clock(now + timedelta(minutes=5)))
        run_cycle(settings, fresh, fixed_clock(now + timedelta(hours=1)))  # and again: idempotent
        (thread,) = fresh.threads()
        assert thread.state == "drafted" and thread.request_placed_at is not None
        assert thread.request_message_id == intent.message_id
    (_, _, raw), = dovecot_server.messages("Drafts", user=mailbox_user)
    assert parse(raw)["Message-ID"] == intent.message_id


def send_and_answer(sandbox, user) -> str:
    """The user sends the request (copy in Sent, draft gone); the contact answers."""
    (uid, _, raw), = sandbox.messages("Drafts", user=user)
    sandbox.append("Sent", raw, when=T0 + timedelta(hours=25), user=user)
    client = sandbox.client(user)
    client.select_folder("Drafts")
    client.delete_messages([uid])
    client.expunge()
    client.logout()
    answer = make_mail("Priya Natarajan <priya@northwind.example>",
                       "Re: Your application for Senior Data Engineer",
                       "Hi Alex, the panel wanted more depth on data modelling.",
                       T0 + timedelta(days=2), msgid="<ans-1@northwind.example>",
                       in_reply_to=parse(raw)["Message-ID"])
    sandbox.append("INBOX", answer, when=T0 + timedelta(days=2), user=user)
    return "<ans-1@northwind.example>"


# The cycle that sees the answer commits SENT -> REPLIED first, then places the thank-you and
# commits REPLIED -> THANKED: the thank-you's commit steps are the second of their kind.
@pytest.mark.parametrize("point,occurrence", [("before append", 1), ("after append", 1),
                                              ("before commit", 2), ("after commit", 2)])
def test_a_crash_at_each_step_of_placing_the_thank_you_resumes_to_one_draft(
        dovecot_server, mailbox_user, tmp_path, point, occurrence):
    settings = settings_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    with Store(settings.database_url) as store:
        run_cycle(settings, store, fixed_clock(T0 + timedelta(hours=24)))
    answer = send_and_answer(dovecot_server, mailbox_user)
    now = T0 + timedelta(days=2, hours=1)
    store = Store(settings.database_url)
    with pytest.raises(Crash):
        run_cycle(settings, store, fixed_clock(now), fault=crash_at(point, occurrence))
    die(store)
    with Store(settings.database_url) as fresh:
        run_cycle(settings, fresh, fixed_clock(now + timedelta(minutes=5)))
        run_cycle(settings, fresh, fixed_clock(now + timedelta(hours=1)))
        (thread,) = fresh.threads()
        assert thread.state == "thanked" and thread.thanks_placed_at is not None
        thanks = thread.thanks_message_id
    (_, _, raw), = dovecot_server.messages("Drafts", user=mailbox_user)
    msg = parse(raw)
    assert msg["Message-ID"] == thanks and msg["In-Reply-To"] == answer


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


def test_a_second_copy_of_a_message_is_a_duplicate_not_an_answer(dovecot_server, mailbox_user,
                                                                 tmp_path):
    """The same rejection under two UIDs (copied back, or a resync): Message-ID dedupe files
    the second as a duplicate, in the same batch or in a later one."""
    settings = settings_for(dovecot_server, mailbox_user, tmp_path / "d.db")
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    with Store(settings.database_url) as store:
        run_cycle(settings, store, fixed_clock(T0 + timedelta(hours=1)))
        dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
        run_cycle(settings, store, fixed_clock(T0 + timedelta(hours=2)))
        (thread,) = store.threads()
        rows = list(store.session.scalars(select(SeenMessage).order_by(SeenMessage.uid)))
        assert [(r.outcome, r.reason) for r in rows] == [
            ("thread", "rejection"), ("duplicate", "already seen under another UID"),
            ("duplicate", "already seen under another UID")]
        assert store.answers(thread.id) == []


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
    second = int(time.time())
    while int(time.time()) == second:  # UIDVALIDITY is a timestamp: wait for the next second
        time.sleep(0.01)
    dovecot_server.start()
    with Store(settings.database_url) as store:
        report = run_cycle(settings, store, fixed_clock(T0 + timedelta(days=2, hours=1)))
        assert store.cursor("INBOX").uidvalidity != before
        # The window's Message-IDs were read again, all already seen: nothing refetched ...
        assert report.fetched["INBOX"] == 0
        assert report.opened == [] and report.drafts == []  # ... nor opened twice
        (thread,) = store.threads()
        assert store.answers(thread.id) == [] and thread.state == "drafted"
    assert len(dovecot_server.messages("Drafts", user=mailbox_user)) == 1
