"""Several mailboxes in one database (issue 12): every row belongs to an account, each process
sees, writes and locks only its own, and a database from before accounts keeps its threads.

Real servers throughout: one Dovecot (a user per account), one private PostgreSQL per session
(tests/pg.py, a fresh database per test) or a SQLite file, and `debrief` subprocesses started
at the same moment.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from helpers import env_for, iso, make_mail, parse, rejection, run_cli, status_json
from sqlalchemy import create_engine, select, text

from agent import migrations
from agent.config import load_settings
from agent.errors import AlreadyRunning, ConfigError
from agent.store import (
    PG_LOCK_KEY,
    UNNAMED,
    Base,
    FolderSnapshot,
    KnownFolder,
    SeenMessage,
    Store,
    SyncCursor,
    Thread,
    account_lock_key,
    account_lock_path,
)

pytest_plugins = ["pg"]  # the session's PostgreSQL (postgres_url)

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H, D = timedelta(hours=1), timedelta(days=1)
REJ = "<rej-1@northwind.example>"
FIXTURE = Path(__file__).parent / "fixtures" / "v0_1_database.sql"


# -- fixtures and helpers ----------------------------------------------------------------------


@pytest.fixture(params=["postgresql", "sqlite"])
def shared_url(request, tmp_path) -> str:
    """One database URL that several accounts share, on each backend."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_db"))
    return f"sqlite:///{tmp_path / 'shared.db'}"


def new_user(sandbox, prefix: str) -> str:
    name = f"{prefix}-{secrets.token_hex(3)}"
    sandbox.add_user(name, secrets.token_urlsafe(12))
    return name


def account_env(sandbox, user: str, url: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    return env_for(sandbox, user, tmp_path / "unused.db", DEBRIEF_DATABASE_URL=url,
                   COLUMNS="400", **extra)


def account_of(env: dict[str, str]) -> str:
    return load_settings(environ={k: v for k, v in env.items() if k.startswith("DEBRIEF_")}
                         ).account


def at_once(envs: list[dict[str, str]], *args: str, timeout: float = 180
            ) -> list[subprocess.CompletedProcess]:
    """`debrief ARGS` for every env, all started at the same moment."""
    with ThreadPoolExecutor(len(envs)) as pool:
        return list(pool.map(lambda env: run_cli(env, *args, timeout=timeout), envs))


def once_at_once(envs: list[dict[str, str]], when: datetime) -> None:
    for done in at_once(envs, "once", "--now", iso(when)):
        assert done.returncode == 0, done.stderr


def drafts(sandbox, user) -> list[tuple[int, bytes, bytes]]:
    return sandbox.messages("Drafts", user=user)


def draft_ids(sandbox, user) -> set[str]:
    return {parse(raw)["Message-ID"] for _, _, raw in drafts(sandbox, user)}


def send_draft(sandbox, user, when: datetime) -> None:
    """What a mail client does on send: file a copy in Sent, remove the draft."""
    (uid, _, raw), = drafts(sandbox, user)
    msg = parse(raw)
    del msg["Date"]
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    sandbox.append("Sent", msg.as_bytes(), when=when, user=user)
    delete_draft(sandbox, user, uid)


def delete_draft(sandbox, user, uid: int) -> None:
    client = sandbox.client(user)
    client.select_folder("Drafts")
    client.delete_messages([uid])
    client.expunge()
    client.logout()


def other_rejection(n: int) -> bytes:
    return rejection(T0, msgid=f"<rej-{n}@co{n}.example>",
                     sender=f"Dana Lee <dana{n}@co{n}.example>",
                     subject=f"Your application for Engineer {n}")


def schema_diff(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


def rows(url: str, model) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(model.__table__)))
    finally:
        engine.dispose()


# -- the accounts' names -------------------------------------------------------------------------


BASE = {"DEBRIEF_IMAP_HOST": "IMAP.Example.ORG", "DEBRIEF_IMAP_USERNAME": "Alex@Example.org",
        "DEBRIEF_IMAP_PASSWORD": "pw", "DEBRIEF_YOUR_NAME": "Alex",
        "DEBRIEF_YOUR_EMAIL": "alex@example.org", "DEBRIEF_TIMEZONE": "UTC"}


def test_the_account_is_named_or_derived_from_user_host_and_port():
    assert load_settings(environ=BASE).account == "Alex@Example.org@imap.example.org:993"
    starttls = dict(BASE, DEBRIEF_IMAP_SECURITY="starttls")
    assert load_settings(environ=starttls).account == "Alex@Example.org@imap.example.org:143"
    assert load_settings(environ=dict(BASE, DEBRIEF_IMAP_PORT="1993")).account.endswith(":1993")
    named = dict(BASE, DEBRIEF_ACCOUNT=" work ")
    assert load_settings(environ=named).account == "work"
    with pytest.raises(ConfigError, match="DEBRIEF_ACCOUNT"):
        load_settings(environ=dict(BASE, DEBRIEF_ACCOUNT="a\x01b"))
    with pytest.raises(ConfigError, match="DEBRIEF_ACCOUNT"):
        load_settings(environ=dict(BASE, DEBRIEF_ACCOUNT="x" * 400))


# -- the store: nothing crosses accounts ------------------------------------------------------------


def thread_row(message_id: str = REJ, state: str = "drafted") -> Thread:
    return Thread(state=state, rejection_message_id=message_id, rejected_at=T0,
                  first_seen_at=T0, due_at=T0 + D, created_at=T0, updated_at=T0)


def test_every_store_query_sees_only_its_account(shared_url):
    from agent.mailbox import Folders

    mine = {}
    for account in ("a", "b"):
        with Store(shared_url, account=account) as store:
            store.set_cursor("INBOX", 7, 10 if account == "a" else 20, T0)
            store.set_snapshot("Drafts", 1, 5 if account == "a" else 9, 3, None, T0)
            store.remember_folders(Folders(inbox="INBOX", drafts=f"Drafts-{account}",
                                           sent="Sent"))
            store.record_seen(folder="INBOX", uidvalidity=7, uid=1, dedupe_key=REJ,
                              outcome="thread", seen_at=T0)
            store.queue_seen(folder="INBOX", uidvalidity=7, uid=2, dedupe_key=f"<x-{account}>",
                             outcome="ignored", seen_at=T0)
            thread = store.add_thread(thread_row())  # the same rejection in both mailboxes
            store.plan_intent(thread, "request", f"<req-{account}@example.org>", T0)
            store.log(thread, T0, "rejection recognised")
            store.record_seen(folder="INBOX", uidvalidity=7, uid=3, dedupe_key=f"<ans-{account}>",
                              outcome="answer", thread_id=thread.id, seen_at=T0,
                              message_date=T0 + D)
            store.commit()
            mine[account] = thread.id
    with Store(shared_url, account="a") as a:
        assert a.cursor("INBOX").last_uid == 10 and a.snapshot("Drafts").uidnext == 5
        assert a.known_folders().drafts == "Drafts-a"
        assert [t.id for t in a.threads()] == [mine["a"]]
        assert a.thread(mine["b"]) is None and a.thread(mine["a"]).account == "a"
        assert a.thread_by_message_id(REJ).id == mine["a"]
        assert a.thread_by_message_id("<req-b@example.org>") is None
        assert a.seen_uids("INBOX", 7, [1, 2, 3]) == {1, 2, 3}
        assert a.seen_keys("INBOX", ["<x-a>", "<x-b>"]) == {"<x-a>"}
        assert a.seen_message("<ans-b>") is None and a.seen_key("INBOX", "<x-b>") is None
        assert [i.message_id for i in a.unplaced_intents()] == ["<req-a@example.org>"]
        assert a.answers(mine["b"]) == [] and len(a.answers(mine["a"])) == 1
        assert a.events(mine["b"]) == [] and len(a.events(mine["a"])) == 1
        a.forget_folders()
        a.commit()
    with Store(shared_url, account="b") as b:
        assert b.known_folders().drafts == "Drafts-b"  # a forgot only its own
        assert b.cursor("INBOX").last_uid == 20
    with Store(shared_url, account="a", all_accounts=True) as every:
        assert sorted(t.account for t in every.threads()) == ["a", "b"]
        assert every.thread(mine["b"]).account == "b"
    assert sorted(r.account for r in rows(shared_url, SyncCursor)) == ["a", "b"]
    assert Counter(r.account for r in rows(shared_url, SeenMessage)) == {"a": 3, "b": 3}
    with Store(shared_url) as nameless:  # several accounts: a store without one is neither
        assert nameless.account == UNNAMED and nameless.threads() == []


def test_a_store_without_an_account_is_the_databases_only_one(tmp_path):
    """What callers from before accounts wrote (`Store(url)`, scripts, the benchmark's idle
    poll) keeps working on a database that one account's `debrief` made."""
    url = f"sqlite:///{tmp_path / 'd.db'}"
    with Store(url) as empty:
        assert empty.account == UNNAMED
    with Store(url, account="alex@imap.example.org:993") as store:
        store.set_cursor("INBOX", 1, 5, T0)
        store.add_thread(thread_row())
        store.commit()
    with Store(url) as store:
        assert store.account == "alex@imap.example.org:993"
        assert store.cursor("INBOX").last_uid == 5 and len(store.threads()) == 1
    with Store(url, account="b") as other:
        assert other.threads() == [] and not other.claimed


def test_a_cycle_refuses_an_all_accounts_store(tmp_path):
    from agent.cycle import run_cycle

    with Store(f"sqlite:///{tmp_path / 'd.db'}", account="a", all_accounts=True) as store, \
            pytest.raises(ValueError, match="one account"):
        run_cycle(load_settings(environ=BASE), store)


# -- two accounts, one database, the whole lifecycle ------------------------------------------------


def test_two_accounts_share_one_database_through_the_lifecycle(dovecot_server, shared_url,
                                                               tmp_path):
    sandbox = dovecot_server
    alice, bob = new_user(sandbox, "alice"), new_user(sandbox, "bob")
    env_a, env_b = (account_env(sandbox, u, shared_url, tmp_path) for u in (alice, bob))
    acc_a, acc_b = account_of(env_a), account_of(env_b)
    assert acc_a == f"{alice}@{sandbox.host.lower()}:{sandbox.port}" and acc_a != acc_b
    # The very same rejection reaches both mailboxes; Bob has a second one.
    for user in (alice, bob):
        sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    sandbox.append("INBOX", other_rejection(2), when=T0, user=bob)

    once_at_once([env_a, env_b], T0 + H)
    a, b = status_json(env_a), status_json(env_b)
    assert [t["rejection_message_id"] for t in a] == [REJ]
    assert sorted(t["rejection_message_id"] for t in b) == [REJ, "<rej-2@co2.example>"]
    assert {t["state"] for t in a + b} == {"scheduled"}
    assert not {t["id"] for t in a} & {t["id"] for t in b}
    assert "account" not in a[0]  # the JSON keys are the same as before accounts

    once_at_once([env_a, env_b], T0 + 24 * H)
    a, b = status_json(env_a), status_json(env_b)
    assert {t["state"] for t in a + b} == {"drafted"}
    assert draft_ids(sandbox, alice) == {a[0]["request_message_id"]}
    assert draft_ids(sandbox, bob) == {t["request_message_id"] for t in b}
    assert len(drafts(sandbox, bob)) == 2

    # A repeated cycle changes nothing: neither takes the other's draft for a deleted one.
    once_at_once([env_a, env_b], T0 + 25 * H)
    assert {t["state"] for t in status_json(env_a) + status_json(env_b)} == {"drafted"}
    assert len(drafts(sandbox, alice)) == 1 and len(drafts(sandbox, bob)) == 2

    # Alice sends hers, Bob deletes one of his: each sees only what happened to its own.
    send_draft(sandbox, alice, T0 + 26 * H)
    bob_second = next(t for t in b if t["rejection_message_id"] != REJ)
    uid = next(uid for uid, _, raw in drafts(sandbox, bob)
               if parse(raw)["Message-ID"] == bob_second["request_message_id"])
    delete_draft(sandbox, bob, uid)
    once_at_once([env_a, env_b], T0 + 27 * H)
    (a_thread,) = status_json(env_a)
    assert a_thread["state"] == "sent"
    b_states = {t["rejection_message_id"]: (t["state"], t["reason"]) for t in status_json(env_b)}
    assert b_states[REJ] == ("drafted", "")
    assert b_states["<rej-2@co2.example>"][0] == "skipped"
    assert "deleted" in b_states["<rej-2@co2.example>"][1]

    answer = make_mail("Priya Natarajan <priya@northwind.example>",
                       "Re: Your application for Senior Data Engineer",
                       "Hi Alex, happy to help: the panel wanted more depth on data modelling.",
                       T0 + 3 * D, msgid="<ans-1@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", answer, when=T0 + 3 * D, user=alice)
    once_at_once([env_a, env_b], T0 + 3 * D + H)
    assert status_json(env_a)[0]["state"] == "thanked"
    assert status_json(env_b)[0]["state"] == "drafted"  # Bob's copy of the rejection: untouched
    assert len(drafts(sandbox, alice)) == 1 and len(drafts(sandbox, bob)) == 1

    # Cursors, the Drafts snapshot and the folder names are kept per account.
    cursors = {(r.account, r.folder) for r in rows(shared_url, SyncCursor)}
    assert cursors == {(acc, f) for acc in (acc_a, acc_b) for f in ("INBOX", "Sent")}
    assert {r.account for r in rows(shared_url, FolderSnapshot)} == {acc_a, acc_b}
    assert Counter(r.account for r in rows(shared_url, KnownFolder)) == {acc_a: 3, acc_b: 3}

    # --all-accounts: every account's threads, with whose they are.
    every = json.loads(run_cli(env_a, "status", "--json", "--all-accounts").stdout)
    assert Counter(t["account"] for t in every) == {acc_a: 1, acc_b: 2}
    table = run_cli(env_b, "status", "--all-accounts")
    assert table.returncode == 0, table.stderr
    head, *lines = table.stdout.splitlines()
    assert head.split()[:3] == ["ID", "ACCOUNT", "COMPANY"]
    assert sum(acc_a in line for line in lines) == 1 and sum(acc_b in line for line in lines) == 2
    assert acc_a not in run_cli(env_b, "status").stdout
    # explain: another account's thread is not there, unless asked for.
    missing = run_cli(env_b, "explain", str(a_thread["id"]))
    assert missing.returncode == 1 and "no thread" in missing.stderr
    shown = run_cli(env_b, "explain", str(a_thread["id"]), "--all-accounts")
    assert shown.returncode == 0 and f"account    {acc_a}" in shown.stdout
    # plan: Alice's answer is hers; with --all-accounts each object says whose.
    (plan_a,) = json.loads(run_cli(env_a, "plan", "--json").stdout)
    assert "account" not in plan_a
    assert json.loads(run_cli(env_b, "plan", "--json").stdout) == []
    (plan_all,) = json.loads(run_cli(env_b, "plan", "--json", "--all-accounts").stdout)
    assert plan_all == {"account": acc_a, **plan_a}


def test_ten_accounts_start_at_once_on_one_postgres(dovecot_server, pg_db, tmp_path):
    """Ten processes on a fresh database: the schema is made once, under the migration lock;
    each account drafts exactly its own rejection, to its own contact."""
    sandbox = dovecot_server
    users = [new_user(sandbox, f"u{n}") for n in range(10)]
    envs = [account_env(sandbox, user, pg_db, tmp_path) for user in users]
    for n, user in enumerate(users):
        sandbox.append("INBOX", other_rejection(n), when=T0, user=user)
        sandbox.append("INBOX", rejection(T0), when=T0, user=user)  # and one they all got

    once_at_once(envs, T0 + H)
    once_at_once(envs, T0 + 24 * H)
    for n, (user, env) in enumerate(zip(users, envs, strict=True)):
        threads = status_json(env)
        assert sorted(t["rejection_message_id"] for t in threads) == sorted(
            [REJ, f"<rej-{n}@co{n}.example>"])
        assert {t["state"] for t in threads} == {"drafted"}
        placed = drafts(sandbox, user)
        assert {parse(raw)["Message-ID"] for _, _, raw in placed} == {
            t["request_message_id"] for t in threads}
        assert sorted(parse(raw)["To"].addresses[0].addr_spec for _, _, raw in placed) == sorted(
            [f"dana{n}@co{n}.example", "priya@northwind.example"])
    every = json.loads(run_cli(envs[0], "status", "--json", "--all-accounts").stdout)
    assert Counter(t["account"] for t in every) == {account_of(env): 2 for env in envs}
    assert schema_diff(pg_db) == []


# -- the lock: one process per account ------------------------------------------------------------


def test_the_lock_is_per_account(shared_url):
    a1, a2, b = (Store(shared_url, account=x) for x in ("a", "a", "b"))
    unnamed = Store(shared_url)
    try:
        a1.acquire_lock()
        with pytest.raises(AlreadyRunning, match="already running for account a"):
            a2.acquire_lock()
        b.acquire_lock()  # another account runs side by side
        with pytest.raises(AlreadyRunning):
            unnamed.acquire_lock()  # the unnamed account stands for the whole database
        a1.release_lock()
        a2.acquire_lock()  # released: the next instance of a may run
        a2.release_lock()
        b.release_lock()
        unnamed.acquire_lock()  # alone now
        with pytest.raises(AlreadyRunning):
            a1.acquire_lock()
        unnamed.release_lock()
        a1.acquire_lock()
    finally:
        for store in (a1, a2, b, unnamed):
            store.close()


def test_lock_names_are_stable_and_keep_the_single_users_file(tmp_path):
    db = tmp_path / "d.db"
    assert account_lock_path(db, UNNAMED) == tmp_path / "d.lock"
    path = account_lock_path(db, "alex@imap.example.org:993")
    assert path.parent == tmp_path and path.name.startswith("d.alex@imap.example.org_993-")
    assert account_lock_path(db, "a/b") != account_lock_path(db, "a_b")
    # The PostgreSQL key must not change between releases: a running old and a new process of
    # the same account would both get in.
    assert account_lock_key("alex@imap.example.org:993") == account_lock_key(
        "alex@imap.example.org:993")
    assert account_lock_key("a") != account_lock_key("b") != PG_LOCK_KEY
    assert -2**63 <= account_lock_key("a") < 2**63
    with Store(f"sqlite:///{db}", account="alex@imap.example.org:993") as store:
        store.acquire_lock()
        assert (tmp_path / "d.lock").exists() and path.exists()
        assert path.read_text() == str(os.getpid())


def test_advisory_lock_on_postgres_is_the_accounts_key(pg_db):
    with Store(pg_db, account="a") as store:
        store.acquire_lock()
        engine = create_engine(pg_db)
        with engine.connect() as conn:
            held = {(row.classid, row.objid, row.mode) for row in conn.execute(text(
                "SELECT classid::bigint AS classid, objid::bigint AS objid, mode FROM pg_locks "
                "WHERE locktype = 'advisory' AND granted"))}
        engine.dispose()
    key = account_lock_key("a") & (2**64 - 1)
    assert (key >> 32, key & 0xFFFFFFFF, "ExclusiveLock") in held
    assert (PG_LOCK_KEY >> 32, PG_LOCK_KEY & 0xFFFFFFFF, "ShareLock") in held


def test_cli_same_account_refuses_other_account_runs(dovecot_server, shared_url, tmp_path):
    sandbox = dovecot_server
    alice, bob = new_user(sandbox, "alice"), new_user(sandbox, "bob")
    env_a, env_b = (account_env(sandbox, u, shared_url, tmp_path) for u in (alice, bob))
    for user in (alice, bob):
        sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    with Store(shared_url, account=account_of(env_a)) as holder:
        holder.acquire_lock()  # Alice's daemon, running
        refused, ran = at_once([env_a, env_b], "once", "--now", iso(T0 + 24 * H))
    assert refused.returncode == 1 and "already running" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert ran.returncode == 0, ran.stderr
    assert len(drafts(sandbox, bob)) == 1 and drafts(sandbox, alice) == []
    # The same account under an explicit name is another account, with its own lock.
    named = run_cli(dict(env_a, DEBRIEF_ACCOUNT="alice-work"), "once", "--now",
                    iso(T0 + 24 * H))
    assert named.returncode == 0, named.stderr


# -- upgrading a database from before accounts -------------------------------------------------


def test_a_v0_1_database_keeps_its_threads_for_its_user(tmp_path):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(FIXTURE.read_text())
    env = {**BASE, "DEBRIEF_DATABASE_URL": f"sqlite:///{db}", "HOME": str(tmp_path)}
    done = run_cli(env, "status", "--json")
    assert done.returncode == 0, done.stderr
    threads = json.loads(done.stdout)
    assert len(threads) == 5
    assert {t["rejection_message_id"] for t in threads} >= {"<rej-2@co2.example>",
                                                            "<rej-4@co4.example>"}
    account = load_settings(environ=BASE).account
    with Store(f"sqlite:///{db}", account=account) as store:
        assert store.cursor("INBOX").last_uid == 7  # the cursor came along: nothing re-read
        assert [i.kind for i in store.unplaced_intents()] == ["request", "thanks"]
        assert len(store.threads()) == 5
    with sqlite3.connect(db) as conn:
        for table in ("thread", "seen_message", "event", "sync_cursor", "draft_intent"):
            assert conn.execute(f"select distinct account from {table}").fetchall() in (
                [(account,)], []), table
    # Another account that opens the database later starts empty; the threads stay theirs.
    other = dict(env, DEBRIEF_ACCOUNT="someone-else")
    assert json.loads(run_cli(other, "status", "--json").stdout) == []
    assert len(json.loads(run_cli(env, "status", "--json").stdout)) == 5


def make_0004_database(url: str) -> None:
    """A database as the current code before accounts (HEAD 0004) leaves it, with a thread."""
    engine = create_engine(url)
    try:
        migrations.upgrade(engine, to="0004")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO thread (id, state, reason, company, job_title, contact_name, "
                "contact_email, stage, language, confidence, classifier_reasons, "
                "rejection_message_id, rejection_subject, rejection_from, rejection_references, "
                "rejected_at, first_seen_at, due_at, created_at, updated_at) VALUES (1, "
                "'drafted', '', 'Northwind', 'Engineer', 'Priya', 'priya@northwind.example', "
                "'interview', 'en', 0.9, '[]', :rej, 'Your application', "
                "'priya@northwind.example', '', :t, :t, :t, :t, :t)"), {"rej": REJ, "t": T0})
            conn.execute(text(
                "INSERT INTO draft_intent (thread_id, kind, message_id, planned_at, placed_at) "
                "VALUES (1, 'request', '<req@example.org>', :t, :t)"), {"t": T0})
            conn.execute(text("INSERT INTO sync_cursor (folder, uidvalidity, last_uid, "
                              "updated_at) VALUES ('INBOX', 1, 7, :t)"), {"t": T0})
            conn.execute(text("INSERT INTO event (thread_id, at, kind, detail) VALUES "
                              "(1, :t, 'rejection recognised', '')"), {"t": T0})
    finally:
        engine.dispose()


def test_accounts_opening_an_old_database_at_once_one_keeps_it(pg_db):
    """Ten accounts open a 0004 database at once: it is upgraded once, and exactly one account
    (the first) takes over its rows, whole."""
    make_0004_database(pg_db)
    start = ("import sys\nfrom agent.store import Store\n"
             "s = Store(sys.argv[1], account=sys.argv[2])\nprint(int(s.claimed))\ns.close()\n")
    procs = [subprocess.Popen([sys.executable, "-c", start, pg_db, f"acc{n}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in range(10)]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0] * 10, [err for _, err in results]
    claimed = [n for n, (out, _) in enumerate(results) if out.strip() == "1"]
    assert len(claimed) == 1, results
    owner = f"acc{claimed[0]}"
    with Store(pg_db, account=owner) as store:
        (thread,) = store.threads()
        assert thread.request_message_id == "<req@example.org>" and thread.state == "drafted"
        assert store.cursor("INBOX").last_uid == 7 and len(store.events(thread.id)) == 1
    with Store(pg_db, account="acc-other" if owner != "acc-other" else "x") as store:
        assert store.threads() == [] and store.cursor("INBOX") is None
    assert schema_diff(pg_db) == []


def test_an_upgraded_users_daemon_carries_on_without_a_second_draft(dovecot_server,
                                                                    mailbox_user, tmp_path):
    """The rows of the unnamed account (what an upgraded database holds) become the user's on
    their first `debrief once`: the placed draft is still theirs, nothing is drafted twice,
    the thread is not taken for deleted."""
    from agent.cycle import fixed_clock, run_cycle

    sandbox, user = dovecot_server, mailbox_user
    env = env_for(sandbox, user, tmp_path / "d.db")
    settings = load_settings(environ=env)
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    with Store(settings.database_url) as legacy:  # no account: as before accounts
        run_cycle(settings, legacy, fixed_clock(T0 + 24 * H))
        (before,) = legacy.threads()
        assert before.account == UNNAMED and before.state == "drafted"
    done = run_cli(env, "once", "--now", iso(T0 + 25 * H))
    assert done.returncode == 0, done.stderr
    assert "0 new message(s)" in done.stdout and "0 draft(s) placed" in done.stdout
    (after,) = status_json(env)
    assert (after["id"], after["state"]) == (before.id, "drafted")
    assert len(drafts(sandbox, user)) == 1
    assert {r.account for r in rows(settings.database_url, Thread)} == {settings.account}
