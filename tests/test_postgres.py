"""Any SQLAlchemy URL works: the lifecycle, the instance lock and crash recovery on PostgreSQL.

One private PostgreSQL per session (tests/pg.py), a fresh database per test. The lifecycle runs
`debrief once` processes on PostgreSQL and, step by step, the same cycle in-process on SQLite
for another mailbox: `status --json` must agree exactly, timestamps included.
"""

from __future__ import annotations

import contextlib
import secrets
from datetime import datetime, timedelta, timezone

import pytest
from helpers import (
    env_for,
    iso,
    make_mail,
    parse,
    rejection,
    run_cli,
    settings_for,
    status_json,
)

from agent.cli import thread_json
from agent.cycle import fixed_clock, run_cycle
from agent.errors import AlreadyRunning
from agent.mailbox import Mailbox
from agent.store import Store, Thread

pytest_plugins = ["pg"]  # the session PostgreSQL (postgres_url) and a fresh database (pg_db)

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H, D = timedelta(hours=1), timedelta(days=1)
REJ = "<rej-1@northwind.example>"


class CrashAfterAppend(Mailbox):
    """The process dies right after the server stored the draft, before the database commit."""

    def append_draft(self, folder, raw, when):
        super().append_draft(folder, raw, when)
        raise SystemExit("simulated crash after APPEND")


def drafts(sandbox, user):
    return sandbox.messages("Drafts", user=user)


def send_draft(sandbox, user, when: datetime) -> None:
    """What a mail client does on send: file a copy in Sent, remove the draft."""
    (uid, _, raw), = drafts(sandbox, user)
    msg = parse(raw)
    del msg["Date"]
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    sandbox.append("Sent", msg.as_bytes(), when=when, user=user)
    client = sandbox.client(user)
    client.select_folder("Drafts")
    client.delete_messages([uid])
    client.expunge()
    client.logout()


def comparable(threads: list[dict]) -> list[dict]:
    """status --json without the random draft Message-ID (only whether there is one)."""
    return [t | {"request_message_id": bool(t["request_message_id"])} for t in threads]


def test_lifecycle_on_postgres_matches_sqlite(dovecot_server, mailbox_user, pg_db, tmp_path):
    sandbox, user = dovecot_server, mailbox_user
    env = env_for(sandbox, user, tmp_path / "unused.db", DEBRIEF_DATABASE_URL=pg_db)
    ref_user = f"{user}-sqlite"  # the same steps, in-process, on SQLite
    sandbox.add_user(ref_user, secrets.token_urlsafe(12))
    ref_settings = settings_for(sandbox, ref_user, tmp_path / "ref.db")

    def step(when: datetime) -> dict:
        done = run_cli(env, "once", "--now", iso(when))
        assert done.returncode == 0, done.stderr
        with Store(ref_settings.database_url) as ref:
            ref.acquire_lock()
            run_cycle(ref_settings, ref, fixed_clock(when))
            expected = [thread_json(t) for t in ref.threads()]
        got = status_json(env)
        assert comparable(got) == comparable(expected)
        assert len(got) == 1, got
        return got[0]

    for who in (user, ref_user):
        sandbox.append("INBOX", rejection(T0), when=T0, user=who)

    t = step(T0 + H)
    assert t["state"] == "scheduled" and t["rejection_message_id"] == REJ
    assert (t["company"], t["contact_email"]) == ("Northwind Analytics", "priya@northwind.example")
    assert t["rejected_at"] == "2026-11-16T10:00:00+00:00"
    assert t["next_action_at"] == "2026-11-17T10:00:00+00:00"
    assert t["updated_at"] == "2026-11-16T11:00:00+00:00"

    t = step(T0 + 24 * H)
    assert t["state"] == "drafted" and t["request_message_id"]
    (_, flags, raw), = drafts(sandbox, user)
    assert b"\\Draft" in flags
    assert parse(raw)["Message-ID"] == t["request_message_id"]
    assert parse(raw)["In-Reply-To"] == REJ

    step(T0 + 25 * H)  # a repeated cycle changes nothing
    assert len(drafts(sandbox, user)) == 1

    for who in (user, ref_user):
        send_draft(sandbox, who, T0 + 26 * H)
    t = step(T0 + 27 * H)
    assert t["state"] == "sent" and t["sent_at"] == "2026-11-17T12:00:00+00:00"

    answer = make_mail("Priya Natarajan <priya@northwind.example>",
                       "Re: Your application for Senior Data Engineer",
                       "Hi Alex, happy to help: the panel wanted more depth on data modelling.",
                       T0 + 3 * D, msgid="<ans-1@northwind.example>", in_reply_to=REJ)
    for who in (user, ref_user):
        sandbox.append("INBOX", answer, when=T0 + 3 * D, user=who)
    t = step(T0 + 3 * D + H)
    assert t["state"] == "thanked" and t["answer_at"] == "2026-11-19T10:00:00+00:00"
    assert t["updated_at"] == "2026-11-19T11:00:00+00:00"
    (_, _, raw), = drafts(sandbox, user)
    assert parse(raw)["In-Reply-To"] == "<ans-1@northwind.example>"
    for key in ("rejected_at", "sent_at", "answer_at", "updated_at"):
        assert datetime.fromisoformat(t[key]).utcoffset() == timedelta(0), key


def test_timestamps_round_trip_aware_utc_like_sqlite(pg_db, tmp_path):
    """Microseconds and any input zone in, the same aware UTC instant out, on both backends."""
    berlin = timezone(timedelta(hours=1))
    when = datetime(2026, 3, 29, 3, 30, 15, 123456, tzinfo=berlin)
    results = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 'ts.db'}"), ("postgresql", pg_db)):
        with Store(url) as store:
            store.add_thread(Thread(state="scheduled", rejection_message_id="<ts@example>",
                                    rejected_at=when, first_seen_at=when, due_at=when,
                                    next_action_at=None, created_at=when, updated_at=when))
            store.commit()
        with Store(url) as store:
            (thread,) = store.threads()
            results[name] = (thread.rejected_at, thread.next_action_at)
    value, nothing = results["postgresql"]
    assert results["postgresql"] == results["sqlite"]
    assert value == when and value.tzinfo is timezone.utc and nothing is None
    assert value.isoformat() == "2026-03-29T02:30:15.123456+00:00"


def test_instance_lock_on_postgres(pg_db):
    """What `debrief once` / `run` do: hold the lock for the process's life, close() at exit."""
    first, second = Store(pg_db), Store(pg_db)
    try:
        first.acquire_lock()
        with pytest.raises(AlreadyRunning, match="already running"):
            second.acquire_lock()
        first.close()
        second.acquire_lock()  # the first instance is gone: the next one may run
        with Store(pg_db) as third, pytest.raises(AlreadyRunning):
            third.acquire_lock()
    finally:
        first.close()
        second.close()
    with Store(pg_db) as fourth:
        fourth.acquire_lock()


def test_release_lock_frees_the_postgres_lock(pg_db):
    first, second = Store(pg_db), Store(pg_db)
    try:
        first.acquire_lock()
        with pytest.raises(AlreadyRunning):
            second.acquire_lock()
        first.release_lock()
        second.acquire_lock()  # released: the next instance may run
        with pytest.raises(AlreadyRunning):
            first.acquire_lock()
    finally:
        first.close()
        second.close()


def test_32_bit_imap_uids_fit_on_postgres(pg_db):
    now = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)
    big = 2**32 - 1
    with Store(pg_db) as store:
        store.set_cursor("INBOX", big, big, now)
        store.record_seen(folder="INBOX", uidvalidity=big, uid=big, dedupe_key="<big@example>",
                          outcome="ignored", seen_at=now)
        store.commit()
    with Store(pg_db) as store:
        assert (store.cursor("INBOX").uidvalidity, store.cursor("INBOX").last_uid) == (big, big)
        assert store.seen_uid("INBOX", big, big)


def test_cli_refuses_a_second_instance_on_postgres(dovecot_server, mailbox_user, pg_db, tmp_path):
    env = env_for(dovecot_server, mailbox_user, tmp_path / "unused.db", DEBRIEF_DATABASE_URL=pg_db)
    with Store(pg_db) as holder:
        holder.acquire_lock()
        done = run_cli(env, "once", "--now", iso(T0))
    assert done.returncode == 1, done.stderr
    assert "already running" in done.stderr and "Traceback" not in done.stderr


def test_crash_between_append_and_commit_is_recovered_on_postgres(dovecot_server, mailbox_user,
                                                                  pg_db, tmp_path):
    settings = settings_for(dovecot_server, mailbox_user, tmp_path / "unused.db",
                            DEBRIEF_DATABASE_URL=pg_db)
    assert settings.database_url == pg_db
    dovecot_server.append("INBOX", rejection(T0), when=T0, user=mailbox_user)
    now = fixed_clock(T0 + 2 * D)
    store = Store(settings.database_url)
    with contextlib.suppress(SystemExit):
        run_cycle(settings, store, now, mailbox_factory=CrashAfterAppend)
    store.session.close()  # uncommitted work dies with the process
    store.engine.dispose()
    assert len(drafts(dovecot_server, mailbox_user)) == 1
    with Store(settings.database_url) as fresh:
        (thread,) = fresh.threads()
        assert thread.request_message_id and thread.request_placed_at is None  # intent only
        run_cycle(settings, fresh, now)
        run_cycle(settings, fresh, fixed_clock(T0 + 2 * D + H))
        (after,) = fresh.threads()
        assert after.state == "drafted"
        assert after.request_placed_at is not None and after.request_placed_at.tzinfo is not None
    (_, _, raw), = drafts(dovecot_server, mailbox_user)  # exactly one: no duplicate
    assert parse(raw)["Message-ID"] == thread.request_message_id
