"""Persistence with SQLAlchemy: sync cursors, seen messages, threads and their event log.

What is persisted, and why:
- `SyncCursor` (folder, UIDVALIDITY, last UID): where incremental sync resumes. It advances in the
  same transaction as the results of the messages it covers, so a crash re-reads, never skips.
- `SeenMessage` (folder, UIDVALIDITY, UID, dedupe key, outcome): every message looked at, also the
  ones skipped, so nothing is fetched or classified twice, and a UIDVALIDITY reset can dedupe by
  Message-ID (a content hash where there is none). An answer's row also keeps the recruiter's
  own words (`feedback_text`: no quoted history, signature or disclaimer) for `debrief plan`.
- `Thread`: one rejection and its lifecycle.
- `DraftIntent`: the intent journal (in the spirit of mbsync's). One row per draft Debrief means
  to place (thread, kind, Message-ID), written and committed *before* the APPEND (`planned_at`),
  confirmed after it (`placed_at`, and the draft's UID when the server says). A planned intent
  that is not placed means "may or may not be in the mailbox: look before appending". At most
  one intent per thread and kind, so no draft is ever planned twice.
- `FolderSnapshot`: the Drafts folder as last seen (UIDVALIDITY, UIDNEXT, MESSAGES, HIGHESTMODSEQ),
  so an idle poll learns from one STATUS that nothing changed there.
- `Event`: an append-only log per thread, for `explain` and for humans.

Every row carries its `account` (the mailbox it belongs to, `Settings.account`), and a `Store`
reads and writes only its account's rows, so several mailboxes can share one database; the
per-folder tables are keyed by (account, folder) and (account, role). See `Store`.

The schema is owned by Alembic (`agent/migrations`): opening a store upgrades the database in
place under a lock, so several processes starting at once are safe, and a v0.1 database (made
before Alembic) is recognised and migrated without losing anything.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from urllib.parse import quote

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.pool import StaticPool

from agent.errors import AlreadyRunning, StoreError

T = TypeVar("T")

if TYPE_CHECKING:
    from agent.mailbox import Folders

log = logging.getLogger("debrief.store")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    pass


#: The account a store without one names: rows from before accounts (revision 0005), and rows
#: written by a caller that gave none. See `Store` for how a named account takes them over.
UNNAMED = ""
ACCOUNT_LENGTH = 320


def account_column(primary_key: bool = False) -> Mapped[str]:
    """Whose row this is: every table has one, and every query of a `Store` filters by it."""
    return mapped_column(String(ACCOUNT_LENGTH), primary_key=primary_key)


class SyncCursor(Base):
    __tablename__ = "sync_cursor"
    account: Mapped[str] = account_column(primary_key=True)
    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # IMAP: unsigned 32-bit
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SeenMessage(Base):
    __tablename__ = "seen_message"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_seen_account_uid"),
        Index("ix_seen_dedupe", "account", "folder", "dedupe_key"),
        Index("ix_seen_thread", "thread_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = account_column()
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # IMAP: unsigned 32-bit
    uid: Mapped[int] = mapped_column(BigInteger)
    dedupe_key: Mapped[str] = mapped_column(String(600))
    #: thread | ignored | answer | auto_reply | sent | skipped | duplicate
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("thread.id"), nullable=True)
    message_date: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sender: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: an answer's new text, as the recruiter wrote it (None for other mail)
    feedback_text: Mapped[str | None] = mapped_column(Text, nullable=True)


class Thread(Base):
    __tablename__ = "thread"
    # The same rejection may reach several accounts (a list, a forward): one thread in each.
    __table_args__ = (UniqueConstraint("account", "rejection_message_id",
                                       name="uq_thread_account_rejection"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = account_column()
    state: Mapped[str] = mapped_column(String(20), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str] = mapped_column(String(300), default="")
    job_title: Mapped[str] = mapped_column(String(300), default="")
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    stage: Mapped[str] = mapped_column(String(20), default="application")
    language: Mapped[str] = mapped_column(String(10), default="en")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    classifier_reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    rejection_message_id: Mapped[str] = mapped_column(String(600))
    rejection_subject: Mapped[str] = mapped_column(Text, default="")
    rejection_from: Mapped[str] = mapped_column(String(320), default="")
    rejection_references: Mapped[str] = mapped_column(Text, default="")  # space-separated ids
    rejected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_action_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_message_id: Mapped[str | None] = mapped_column(String(600), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answer_message_id: Mapped[str | None] = mapped_column(String(600), nullable=True)
    answer_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answer_kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # The contact look-up for a rejection with nobody reachable (agent.core.conversation):
    # hints = the rejection's facts (JSON), kept until the look-up ran; reason = whom it chose
    # and why (or why nobody); reply_to/references/subject = the conversation the draft answers.
    contact_hints: Mapped[str | None] = mapped_column(Text, nullable=True)
    contact_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    contact_reply_to: Mapped[str | None] = mapped_column(String(600), nullable=True)
    contact_references: Mapped[str | None] = mapped_column(Text, nullable=True)
    contact_subject: Mapped[str | None] = mapped_column(Text, nullable=True)
    # How the drafts speak (None on threads opened before these existed: "unknown").
    formal: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # Sie/vous/usted
    # "f Schmidt" / "m Hartmann": Frau/Herr as the rejection stated it, and for whom; '' neutral
    salutation: Mapped[str | None] = mapped_column(String(200), nullable=True)
    final_round: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    hook_kind: Mapped[str | None] = mapped_column(String(10), nullable=True)  # skill, round, ''
    hook: Mapped[str | None] = mapped_column(String(200), nullable=True)
    company_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    title_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    events: Mapped[list[Event]] = relationship(
        back_populates="thread", order_by="Event.id", cascade="all, delete-orphan"
    )
    intents: Mapped[list[DraftIntent]] = relationship(
        back_populates="thread", order_by="DraftIntent.id", cascade="all, delete-orphan",
        lazy="selectin",
    )

    def intent(self, kind: IntentKind) -> DraftIntent | None:
        return next((i for i in self.intents if i.kind == kind), None)

    @property
    def request_message_id(self) -> str | None:
        intent = self.intent("request")
        return intent.message_id if intent else None

    @property
    def request_placed_at(self) -> datetime | None:
        intent = self.intent("request")
        return intent.placed_at if intent else None

    @property
    def thanks_message_id(self) -> str | None:
        intent = self.intent("thanks")
        return intent.message_id if intent else None

    @property
    def thanks_placed_at(self) -> datetime | None:
        intent = self.intent("thanks")
        return intent.placed_at if intent else None

    @property
    def reasons(self) -> list[str]:
        try:
            return list(json.loads(self.classifier_reasons or "[]"))
        except ValueError:
            return []


IntentKind = Literal["request", "thanks"]


class DraftIntent(Base):
    """One draft Debrief means to place. Written before the APPEND, confirmed after it."""

    __tablename__ = "draft_intent"
    __table_args__ = (UniqueConstraint("thread_id", "kind", name="uq_draft_intent_thread_kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = account_column()
    thread_id: Mapped[int] = mapped_column(ForeignKey("thread.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # request | thanks
    message_id: Mapped[str] = mapped_column(String(600), unique=True)
    planned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    placed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: where the draft is now (ours, or the user's edited copy): UIDVALIDITY and UID in Drafts
    draft_uidvalidity: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    draft_uid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    thread: Mapped[Thread] = relationship(back_populates="intents")


class FolderSnapshot(Base):
    """A folder's status as last seen; equal values mean nothing was added or removed."""

    __tablename__ = "folder_snapshot"
    account: Mapped[str] = account_column(primary_key=True)
    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uidnext: Mapped[int] = mapped_column(BigInteger)
    messages: Mapped[int] = mapped_column(BigInteger)
    highestmodseq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KnownFolder(Base):
    """The folder names last found by LIST (role: inbox, drafts, sent), so a poll need not
    LIST again; forgotten when one of them is missing."""

    __tablename__ = "known_folder"
    account: Mapped[str] = account_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = account_column()
    thread_id: Mapped[int] = mapped_column(ForeignKey("thread.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    thread: Mapped[Thread] = relationship(back_populates="events")


def _when_unlocked(step: Callable[[], T]) -> T:
    """`step`, tried again a few times when SQLite reports the database locked at once: two
    processes opening one new database together can meet in a lock SQLite will not wait for
    (a read turning into a write), and the retry starts from a fresh transaction."""
    for attempt in range(5):
        try:
            return step()
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets its folder created and WAL + busy timeout."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise StoreError(f"invalid database URL: {type(exc).__name__}") from None
    database = parsed.database
    if parsed.get_backend_name() == "sqlite" and database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    sqlite = parsed.get_backend_name() == "sqlite"
    engine = create_engine(url, future=True, pool_pre_ping=True,
                           connect_args={"timeout": 10} if sqlite else {})
    if sqlite:

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            # first: switching a new database to WAL waits for another process opening it too
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # WAL: safe against process crashes
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine


def dry_run_engine(url: str) -> Engine | None:
    """For a dry run on SQLite: a private in-memory copy of the database (empty when there is
    none), so that nothing is written anywhere: no database, no folder, no lock, no -wal file.
    None for other backends, whose dry run is one transaction that is rolled back."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    path = Path(parsed.database or ":memory:").expanduser()
    if str(path) != ":memory:" and path.is_file():
        # immutable=1 reads without creating -shm/-wal; a live daemon's -wal needs mode=ro.
        mode = "mode=ro" if path.with_name(path.name + "-wal").exists() else "immutable=1"
        try:
            source = sqlite3.connect(f"file:{quote(str(path))}?{mode}", uri=True)
            try:
                source.backup(memory)
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the database {path}: {exc}") from None
    return create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)


# The session-level advisory locks that keep one Debrief per account and database. A named
# account holds PG_LOCK_KEY shared and its own key (account_lock_key) exclusively; a store of the
# unnamed account holds PG_LOCK_KEY exclusively: alone on the database, as before accounts.
PG_LOCK_KEY = 7301620513


def account_lock_key(account: str) -> int:
    """An account's PostgreSQL advisory-lock key: 64 bits of a SHA-256, as a signed bigint."""
    digest = hashlib.sha256(b"debrief account lock\0" + account.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def account_lock_path(database: Path, account: str) -> Path:
    """An account's lock file beside a SQLite database: `<db>.<account>-<hash>.lock` (the
    name made safe, the hash keeps names that read alike apart); `<db>.lock`, the file it always
    was, is the whole database's (see `Store.acquire_lock`)."""
    if account == UNNAMED:
        return database.with_suffix(".lock")
    safe = re.sub(r"[^A-Za-z0-9@._+-]", "_", account)[:60]
    digest = hashlib.sha256(account.encode()).hexdigest()[:8]
    return database.with_name(f"{database.stem}.{safe}-{digest}.lock")


#: Every table; each row belongs to one account.
OWNED: tuple[type[Base], ...] = (SyncCursor, SeenMessage, Thread, DraftIntent, FolderSnapshot,
                                 KnownFolder, Event)


class Store:
    """A database session with Debrief's queries, for one account. `dry_run` never commits.

    Every row belongs to an account (`Settings.account`: DEBRIEF_ACCOUNT, else
    USERNAME@HOST:PORT), so several mailboxes may share one database: each store reads, writes
    and locks only its account's rows. `all_accounts` widens what it reads to every account's
    (`status --all-accounts`); what it writes is still its own.

    The unnamed account ('') is the single user of a database from before accounts. When a
    named account opens a database in which only the unnamed account has rows, it takes them
    over: the first account to open an upgraded database is the user who made it, and their
    threads stay theirs (`claimed` says it happened).

    `Store(url)` without an account, as callers wrote it before accounts, works on the
    database's one account: the named account whose rows it holds when it holds exactly one's,
    else the unnamed account (an empty database, an old one, or several accounts').
    """

    def __init__(self, url: str, account: str | None = None, dry_run: bool = False,
                 all_accounts: bool = False) -> None:
        if account is not None and not isinstance(account, str):
            raise TypeError(f"account must be a str, not {type(account).__name__}")
        if account is not None and len(account) > ACCOUNT_LENGTH:
            raise StoreError(f"account name longer than {ACCOUNT_LENGTH} characters")
        self.url = url
        self.account = UNNAMED if account is None else account
        self.dry_run = dry_run
        self.all_accounts = all_accounts
        try:
            self.engine = (dry_run and dry_run_engine(url)) or make_engine(url)
            from agent.migrations import upgrade

            _when_unlocked(lambda: upgrade(self.engine))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database: {_safe_error(exc)}") from None
        self.session = Session(self.engine, expire_on_commit=False)
        event.listen(self.session, "before_flush", self._stamp_account)
        self._lock_handle: Any = None
        self._pending_seen: list[dict[str, Any]] = []
        try:
            if account is None:
                self.account = _when_unlocked(self._only_account)
            self.claimed = bool(account) and _when_unlocked(self._claim_unnamed)
        except SQLAlchemyError as exc:
            self.session.close()
            self.engine.dispose()
            raise StoreError(f"cannot open the database: {_safe_error(exc)}") from None

    def _stamp_account(self, session: Session, _context: Any, _instances: Any) -> None:
        """Whatever this store adds is its account's (threads built by the cycle, events, the
        intents appended to a thread, rows a caller added to the session itself)."""
        for obj in session.new:
            if isinstance(obj, OWNED) and getattr(obj, "account", None) is None:
                setattr(obj, "account", self.account)  # noqa: B010 - every OWNED model has it

    def _mine(self, column: Any) -> Any:
        """The filter of every read: this account's rows (all of them with all_accounts)."""
        return true() if self.all_accounts else column == self.account

    # -- the unnamed account's rows ---------------------------------------------------------
    def _only_account(self) -> str:
        """The one account whose rows the database holds, else UNNAMED (MIN and MAX per table,
        which the account-first keys answer without reading the rows)."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for model in OWNED:
                table = cast(Table, model.__table__)
                low, high = conn.execute(select(func.min(table.c.account),
                                                func.max(table.c.account))).one()
                if low is not None:
                    found |= {str(low), str(high)}
                if len(found) > 1:
                    return UNNAMED
        return found.pop() if found else UNNAMED

    def _claim_unnamed(self) -> bool:
        """Give the unnamed account's rows to this account when no named account has any.
        Under the migration lock, so that of two accounts opening an upgraded database at once
        exactly one takes them; a dry run takes them in its own transaction, rolled back."""
        tables = [cast(Table, model.__table__) for model in OWNED]

        def any_rows(conn: Connection, unnamed: bool) -> bool:
            return bool(conn.execute(select(or_(*(
                select(t.c.account).where((t.c.account == UNNAMED) if unnamed
                                          else (t.c.account != UNNAMED)).exists()
                for t in tables)))).scalar())

        def claim(conn: Connection) -> bool:
            if not any_rows(conn, unnamed=True):
                return False
            if any_rows(conn, unnamed=False):
                log.debug("rows without an account stay unclaimed: this database holds "
                          "accounts' rows already")
                return False
            for table in tables:
                conn.execute(update(table).where(table.c.account == UNNAMED)
                             .values(account=self.account))
            log.debug("the rows from before accounts now belong to account %s", self.account)
            return True

        if self.dry_run:
            return claim(self.session.connection())
        with self.engine.connect() as conn:  # the usual case costs one SELECT
            if not any_rows(conn, unnamed=True):
                return False
        from agent.migrations import locked

        with locked(self.engine) as conn:
            return claim(conn)

    # -- transactions -----------------------------------------------------------------------
    def commit(self) -> None:
        try:
            self.flush()
            if self.dry_run:
                self.session.flush()
            else:
                self.session.commit()
        except SQLAlchemyError as exc:
            self.session.rollback()
            raise StoreError(f"database write failed: {_safe_error(exc)}") from None

    def rollback(self) -> None:
        self._pending_seen = []
        self.session.rollback()

    def close(self) -> None:
        if self.dry_run:
            self.session.rollback()
        self.session.close()
        self.release_lock()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one instance at a time -------------------------------------------------------------
    def acquire_lock(self) -> None:
        """Refuse to run beside another Debrief of the same account on the same database
        (AlreadyRunning); other accounts run side by side. A dry run changes nothing, so it
        takes no lock (and creates no lock file).

        Two levels, so that nothing changes for a single user: the whole database's lock
        (`<db>.lock` beside SQLite, PG_LOCK_KEY on PostgreSQL) is held shared by every named
        account, which also holds its own lock exclusively (`account_lock_path`,
        `account_lock_key`); the unnamed account holds the database's lock exclusively."""
        if self.dry_run:
            return
        url = make_url(self.url)
        backend = url.get_backend_name()
        database = url.database
        if backend == "sqlite" and database and database != ":memory:":
            self._lock_handle = self._lock_files(Path(database).expanduser())
        elif backend == "postgresql":
            self._lock_handle = self._lock_postgres()

    def _who(self) -> str:
        return f"account {self.account}" if self.account != UNNAMED else "this database"

    def _lock_files(self, db: Path) -> list[Any]:
        shared = open(db.with_suffix(".lock"), "a+")  # noqa: SIM115 - held for the process's life
        try:
            mode = fcntl.LOCK_EX if self.account == UNNAMED else fcntl.LOCK_SH
            fcntl.flock(shared, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _pid_in(shared) if self.account != UNNAMED else ""
            shared.close()
            raise AlreadyRunning(
                f"another Debrief is already running on {db}"
                + (" (for every account of it)" if self.account != UNNAMED else "")
                + (f" (pid {holder})" if holder else "")) from None
        if self.account == UNNAMED:
            _write_pid(shared)
            return [shared]
        own = open(account_lock_path(db, self.account), "a+")  # noqa: SIM115
        try:
            fcntl.flock(own, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _pid_in(own)
            own.close()
            shared.close()
            raise AlreadyRunning(f"another Debrief is already running for {self._who()} on "
                                 f"{db}" + (f" (pid {holder})" if holder else "")) from None
        _write_pid(own)
        return [own, shared]

    def _lock_postgres(self) -> Connection:
        # Session-level locks: held as long as this connection lives (see release_lock).
        conn = self.engine.connect()
        try:
            if self.account == UNNAMED:
                got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                   {"key": PG_LOCK_KEY}).scalar()
                if not got:
                    raise AlreadyRunning("another Debrief is already running on this database")
            else:
                shared = conn.execute(text("SELECT pg_try_advisory_lock_shared(:key)"),
                                      {"key": PG_LOCK_KEY}).scalar()
                if not shared:
                    raise AlreadyRunning("another Debrief is already running on this database "
                                         "(for every account of it)")
                got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                   {"key": account_lock_key(self.account)}).scalar()
                if not got:
                    raise AlreadyRunning(f"another Debrief is already running for "
                                         f"{self._who()} on this database")
            conn.commit()  # the locks survive the commit; no session left idle in transaction
        except BaseException:
            with suppress(Exception):
                conn.rollback()
                conn.invalidate()  # ends the session, and with it any lock taken above
            conn.close()
            raise
        return conn

    def release_lock(self) -> None:
        handle, self._lock_handle = self._lock_handle, None
        if handle is None:
            return
        if isinstance(handle, Connection):
            with suppress(Exception):
                # Unlock explicitly: a dropped connection frees the lock only once the server
                # has noticed the disconnect and ended the backend, which is asynchronous, so the
                # next instance could still be refused for a moment (a flaky CI run showed it).
                if self.account == UNNAMED:
                    handle.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_LOCK_KEY})
                else:
                    handle.execute(text("SELECT pg_advisory_unlock(:key)"),
                                   {"key": account_lock_key(self.account)})
                    handle.execute(text("SELECT pg_advisory_unlock_shared(:key)"),
                                   {"key": PG_LOCK_KEY})
                handle.commit()
            with suppress(Exception):
                # close() alone would return the connection to the pool: end the session.
                handle.invalidate()
            with suppress(Exception):
                handle.close()
            return
        for file in handle:
            with suppress(Exception):
                file.close()  # closing the last descriptor releases the flock

    # -- cursors ----------------------------------------------------------------------------
    def cursor(self, folder: str) -> SyncCursor | None:
        return self.session.get(SyncCursor, {"account": self.account, "folder": folder})

    def set_cursor(self, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        row = self.cursor(folder)
        if row is None:
            self.session.add(SyncCursor(account=self.account, folder=folder,
                                        uidvalidity=uidvalidity, last_uid=last_uid,
                                        updated_at=now))
        else:
            row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, last_uid, now

    # -- seen messages ----------------------------------------------------------------------
    def seen_uid(self, folder: str, uidvalidity: int, uid: int) -> bool:
        return self.session.scalar(
            select(SeenMessage.id).where(
                SeenMessage.account == self.account,
                SeenMessage.folder == folder,
                SeenMessage.uidvalidity == uidvalidity,
                SeenMessage.uid == uid,
            )
        ) is not None

    def seen_uids(self, folder: str, uidvalidity: int, uids: Iterable[int]) -> set[int]:
        """Which of `uids` were already looked at (one query per 500)."""
        wanted, found = sorted(set(uids)), set[int]()
        for i in range(0, len(wanted), _CHUNK):
            found.update(self.session.scalars(select(SeenMessage.uid).where(
                SeenMessage.account == self.account,
                SeenMessage.folder == folder, SeenMessage.uidvalidity == uidvalidity,
                SeenMessage.uid.in_(wanted[i:i + _CHUNK]),
            )))
        return found

    def seen_keys(self, folder: str, keys: Iterable[str]) -> set[str]:
        """Which dedupe keys (Message-ID or content hash) `folder` has seen, in any UIDVALIDITY."""
        wanted, found = sorted({k[:600] for k in keys}), set[str]()
        for i in range(0, len(wanted), _CHUNK):
            found.update(self.session.scalars(select(SeenMessage.dedupe_key).where(
                SeenMessage.account == self.account,
                SeenMessage.folder == folder, SeenMessage.dedupe_key.in_(wanted[i:i + _CHUNK]),
            )))
        return found

    def seen_key(self, folder: str, dedupe_key: str) -> SeenMessage | None:
        return self.session.scalars(
            select(SeenMessage).where(
                SeenMessage.account == self.account,
                SeenMessage.folder == folder, SeenMessage.dedupe_key == dedupe_key
            ).limit(1)
        ).first()

    def record_seen(self, **fields: Any) -> SeenMessage:
        row = SeenMessage(**{"account": self.account, **fields})
        self.session.add(row)
        return row

    def queue_seen(self, **fields: Any) -> None:
        """Record a message looked at, written with the others of its batch in one INSERT
        (at `flush` or `commit`)."""
        self._pending_seen.append(_clipped(SeenMessage, {"account": self.account, **fields}))

    def flush(self) -> None:
        """Send what is pending to the database (inside the current transaction)."""
        if self._pending_seen:
            rows, self._pending_seen = self._pending_seen, []
            self.session.execute(insert(SeenMessage), rows)
        self.session.flush()

    def seen_message(self, dedupe_key: str) -> SeenMessage | None:
        return self.session.scalars(
            select(SeenMessage).where(SeenMessage.dedupe_key == dedupe_key,
                                      self._mine(SeenMessage.account))
            .order_by(SeenMessage.id.desc()).limit(1)
        ).first()

    def answers(self, thread_id: int) -> list[SeenMessage]:
        return self.answers_by_thread([thread_id]).get(thread_id, [])

    def answers_by_thread(self, thread_ids: Iterable[int]) -> dict[int, list[SeenMessage]]:
        """The answers recorded in each of these threads, oldest first (one query per 500)."""
        wanted = sorted(set(thread_ids))
        found: dict[int, list[SeenMessage]] = {}
        for i in range(0, len(wanted), _CHUNK):
            for row in self.session.scalars(select(SeenMessage).where(
                SeenMessage.thread_id.in_(wanted[i:i + _CHUNK]), SeenMessage.outcome == "answer",
                self._mine(SeenMessage.account),
            ).order_by(SeenMessage.message_date, SeenMessage.id)):
                if row.thread_id is not None:
                    found.setdefault(row.thread_id, []).append(row)
        return found

    # -- threads ----------------------------------------------------------------------------
    def threads(self, states: tuple[str, ...] | None = None) -> list[Thread]:
        query = select(Thread).where(self._mine(Thread.account)).order_by(Thread.id)
        if states:
            query = query.where(Thread.state.in_(states))
        return list(self.session.scalars(query))

    def thread(self, thread_id: int) -> Thread | None:
        found = self.session.get(Thread, thread_id)
        if found is None or not (self.all_accounts or found.account == self.account):
            return None
        return found

    def thread_by_message_id(self, message_id: str) -> Thread | None:
        """The thread whose rejection, user's send, or one of our drafts has this Message-ID."""
        found = self.session.scalars(
            select(Thread).where(
                (Thread.rejection_message_id == message_id)
                | (Thread.sent_message_id == message_id),
                self._mine(Thread.account),
            ).order_by(Thread.id).limit(1)
        ).first()
        if found is not None:
            return found
        intent = self.session.scalars(
            select(DraftIntent).where(DraftIntent.message_id == message_id,
                                      self._mine(DraftIntent.account)).limit(1)
        ).first()
        return intent.thread if intent is not None else None

    # -- the intent journal -----------------------------------------------------------------
    def plan_intent(self, thread: Thread, kind: IntentKind, message_id: str,
                    now: datetime) -> DraftIntent:
        """Record the draft about to be appended (commit before the APPEND)."""
        intent = DraftIntent(account=thread.account or self.account, kind=kind,
                             message_id=message_id, planned_at=now)
        thread.intents.append(intent)
        return intent

    def unplaced_intents(self) -> list[DraftIntent]:
        return list(self.session.scalars(
            select(DraftIntent).where(DraftIntent.placed_at.is_(None),
                                      DraftIntent.account == self.account)
            .order_by(DraftIntent.id)
        ))

    def waiting_drafts(self) -> list[DraftIntent]:
        """Placed feedback requests whose thread still waits for the user to send them."""
        return list(self.session.scalars(
            select(DraftIntent).join(Thread).where(
                DraftIntent.kind == "request", DraftIntent.placed_at.is_not(None),
                DraftIntent.account == self.account, Thread.account == self.account,
                Thread.state == "drafted", Thread.sent_at.is_(None),
            ).order_by(DraftIntent.id)
        ))

    # -- folders ----------------------------------------------------------------------------
    def known_folders(self) -> Folders | None:
        names = {row.role: row.name for row in self.session.scalars(
            select(KnownFolder).where(KnownFolder.account == self.account))}
        if not {"inbox", "drafts", "sent"} <= set(names):
            return None
        from agent.mailbox import Folders

        return Folders(inbox=names["inbox"], drafts=names["drafts"], sent=names["sent"])

    def remember_folders(self, folders: Folders) -> None:
        self.forget_folders()
        for role in ("inbox", "drafts", "sent"):
            self.session.add(KnownFolder(account=self.account, role=role,
                                         name=getattr(folders, role)))

    def forget_folders(self) -> None:
        self.session.execute(delete(KnownFolder).where(KnownFolder.account == self.account))

    def snapshot(self, folder: str) -> FolderSnapshot | None:
        return self.session.get(FolderSnapshot, {"account": self.account, "folder": folder})

    def set_snapshot(self, folder: str, uidvalidity: int, uidnext: int, messages: int,
                     highestmodseq: int | None, now: datetime) -> None:
        row = self.snapshot(folder)
        if row is None:
            self.session.add(FolderSnapshot(
                account=self.account, folder=folder, uidvalidity=uidvalidity, uidnext=uidnext,
                messages=messages, highestmodseq=highestmodseq, checked_at=now))
        else:
            row.uidvalidity, row.uidnext, row.messages = uidvalidity, uidnext, messages
            row.highestmodseq, row.checked_at = highestmodseq, now

    def add_thread(self, thread: Thread) -> Thread:
        if thread.account is None:
            thread.account = self.account
        self.session.add(thread)
        self.session.flush()
        return thread

    def log(self, thread: Thread, at: datetime, kind: str, detail: str = "") -> None:
        self.session.add(Event(account=thread.account or self.account, thread_id=thread.id,
                               at=at, kind=kind, detail=detail[:2000]))

    def events(self, thread_id: int) -> list[Event]:
        return list(self.session.scalars(
            select(Event).where(Event.thread_id == thread_id, self._mine(Event.account))
            .order_by(Event.id)
        ))


def _pid_in(handle: Any) -> str:
    with suppress(OSError):
        handle.seek(0)
        return str(handle.read().strip())[:20]
    return ""


def _write_pid(handle: Any) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()


_CHUNK = 500  # values per IN (...) query


def _clipped(model: type[Base], fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` with every string cut to its column's length."""
    out = dict(fields)
    for column in model.__table__.columns:
        length = getattr(column.type, "length", None)
        value = out.get(column.key)
        if length and isinstance(value, str) and len(value) > length:
            out[column.key] = value[:length]
    return out


@event.listens_for(Session, "before_flush")
def _clip_strings(session: Session, _context: Any, _instances: Any) -> None:
    """Values longer than their column are cut to fit, here, once, for every backend (SQLite
    would store them whole, PostgreSQL would refuse them)."""
    for obj in (*session.new, *session.dirty):
        table = getattr(obj, "__table__", None)
        if table is None:
            continue
        for column in table.columns:
            length = getattr(column.type, "length", None)
            if length and isinstance(column.type, String):
                value = getattr(obj, column.key, None)
                if isinstance(value, str) and len(value) > length:
                    setattr(obj, column.key, value[:length])


def _safe_error(exc: Exception) -> str:
    """A database error without the URL (which may hold a password)."""
    message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return message[:300]


@contextmanager
def open_store(url: str, dry_run: bool = False, account: str | None = None) -> Iterator[Store]:
    store = Store(url, account=account, dry_run=dry_run)
    try:
        yield store
    finally:
        store.close()
