"""Persistence with SQLAlchemy: sync cursors, seen messages, threads and their event log.

What is persisted, and why:
- `SyncCursor` (folder, UIDVALIDITY, last UID): where incremental sync resumes. It advances in the
  same transaction as the results of the messages it covers, so a crash re-reads, never skips.
- `SeenMessage` (folder, UIDVALIDITY, UID, dedupe key, outcome): every message looked at, also the
  ones skipped, so nothing is fetched or classified twice, and a UIDVALIDITY reset can dedupe by
  Message-ID (a content hash where there is none). An answer's row also keeps the recruiter's
  own words (`feedback_text`: no quoted history, signature or disclaimer) for `debrief plan`.
- `Thread`: one rejection and its lifecycle. `request_message_id` / `thanks_message_id` are the
  intent journal: written and committed *before* the APPEND, confirmed by `*_placed_at` after it.
  A set id with no placed time means "may or may not be in the mailbox: look before appending".
- `Event`: an append-only log per thread, for `explain` and for humans.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
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
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.pool import StaticPool

from agent.errors import AlreadyRunning, StoreError


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


class SyncCursor(Base):
    __tablename__ = "sync_cursor"
    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # IMAP: unsigned 32-bit
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SeenMessage(Base):
    __tablename__ = "seen_message"
    __table_args__ = (
        UniqueConstraint("folder", "uidvalidity", "uid"),
        Index("ix_seen_dedupe", "folder", "dedupe_key"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
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
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
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
    rejection_message_id: Mapped[str] = mapped_column(String(600), unique=True)
    rejection_subject: Mapped[str] = mapped_column(Text, default="")
    rejection_from: Mapped[str] = mapped_column(String(320), default="")
    rejection_references: Mapped[str] = mapped_column(Text, default="")  # space-separated ids
    rejected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_action_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    request_message_id: Mapped[str | None] = mapped_column(String(600), nullable=True)
    request_placed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_message_id: Mapped[str | None] = mapped_column(String(600), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answer_message_id: Mapped[str | None] = mapped_column(String(600), nullable=True)
    answer_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answer_kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    thanks_message_id: Mapped[str | None] = mapped_column(String(600), nullable=True)
    thanks_placed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
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

    @property
    def reasons(self) -> list[str]:
        try:
            return list(json.loads(self.classifier_reasons or "[]"))
        except ValueError:
            return []


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("thread.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    thread: Mapped[Thread] = relationship(back_populates="events")


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets its folder created and WAL + busy timeout."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise StoreError(f"invalid database URL: {type(exc).__name__}") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if parsed.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # WAL: safe against process crashes
            cur.execute("PRAGMA busy_timeout=10000")
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


class Store:
    """A database session with Debrief's queries. `dry_run` never commits anything."""

    def __init__(self, url: str, dry_run: bool = False) -> None:
        self.url = url
        self.dry_run = dry_run
        try:
            self.engine = (dry_run and dry_run_engine(url)) or make_engine(url)
            Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database: {_safe_error(exc)}") from None
        self.session = Session(self.engine, expire_on_commit=False)
        self._lock_handle: Any = None

    # -- transactions -----------------------------------------------------------------------
    def commit(self) -> None:
        try:
            if self.dry_run:
                self.session.flush()
            else:
                self.session.commit()
        except SQLAlchemyError as exc:
            self.session.rollback()
            raise StoreError(f"database write failed: {_safe_error(exc)}") from None

    def rollback(self) -> None:
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
        """Refuse to run beside another Debrief on the same database (AlreadyRunning). A dry run
        changes nothing, so it takes no lock (and creates no lock file)."""
        if self.dry_run:
            return
        url = make_url(self.url)
        backend = url.get_backend_name()
        if backend == "sqlite" and url.database not in (None, "", ":memory:"):
            path = Path(url.database).expanduser().with_suffix(".lock")
            handle = open(path, "a+")  # noqa: SIM115 - held for the process's life
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip()
                handle.close()
                raise AlreadyRunning(
                    f"another Debrief is already running on {url.database}"
                    + (f" (pid {holder})" if holder else "")
                ) from None
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            self._lock_handle = handle
        elif backend == "postgresql":
            # A session-level lock: held as long as this connection lives (see release_lock).
            conn = self.engine.connect()
            got = conn.execute(text("SELECT pg_try_advisory_lock(7301620513)")).scalar()
            conn.commit()  # the lock survives the commit; no session left idle in transaction
            if not got:
                conn.close()
                raise AlreadyRunning("another Debrief is already running on this database")
            self._lock_handle = conn

    def release_lock(self) -> None:
        handle, self._lock_handle = self._lock_handle, None
        if handle is None:
            return
        with suppress(Exception):
            if isinstance(handle, Connection):
                # close() alone would return the connection, and the lock with it, to the pool:
                # end the database session instead, which releases its advisory locks.
                handle.invalidate()
            handle.close()

    # -- cursors ----------------------------------------------------------------------------
    def cursor(self, folder: str) -> SyncCursor | None:
        return self.session.get(SyncCursor, folder)

    def set_cursor(self, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        row = self.cursor(folder)
        if row is None:
            self.session.add(SyncCursor(folder=folder, uidvalidity=uidvalidity,
                                        last_uid=last_uid, updated_at=now))
        else:
            row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, last_uid, now

    # -- seen messages ----------------------------------------------------------------------
    def seen_uid(self, folder: str, uidvalidity: int, uid: int) -> bool:
        return self.session.scalar(
            select(SeenMessage.id).where(
                SeenMessage.folder == folder,
                SeenMessage.uidvalidity == uidvalidity,
                SeenMessage.uid == uid,
            )
        ) is not None

    def seen_key(self, folder: str, dedupe_key: str) -> SeenMessage | None:
        return self.session.scalars(
            select(SeenMessage).where(
                SeenMessage.folder == folder, SeenMessage.dedupe_key == dedupe_key
            ).limit(1)
        ).first()

    def record_seen(self, **fields: Any) -> SeenMessage:
        row = SeenMessage(**fields)
        self.session.add(row)
        return row

    def seen_message(self, dedupe_key: str) -> SeenMessage | None:
        return self.session.scalars(
            select(SeenMessage).where(SeenMessage.dedupe_key == dedupe_key)
            .order_by(SeenMessage.id.desc()).limit(1)
        ).first()

    def answers(self, thread_id: int) -> list[SeenMessage]:
        return list(self.session.scalars(
            select(SeenMessage).where(
                SeenMessage.thread_id == thread_id, SeenMessage.outcome == "answer"
            ).order_by(SeenMessage.message_date, SeenMessage.id)
        ))

    # -- threads ----------------------------------------------------------------------------
    def threads(self, states: tuple[str, ...] | None = None) -> list[Thread]:
        query = select(Thread).order_by(Thread.id)
        if states:
            query = query.where(Thread.state.in_(states))
        return list(self.session.scalars(query))

    def thread(self, thread_id: int) -> Thread | None:
        return self.session.get(Thread, thread_id)

    def thread_by_message_id(self, message_id: str) -> Thread | None:
        return self.session.scalars(
            select(Thread).where(
                (Thread.rejection_message_id == message_id)
                | (Thread.request_message_id == message_id)
                | (Thread.sent_message_id == message_id)
                | (Thread.thanks_message_id == message_id)
            ).limit(1)
        ).first()

    def add_thread(self, thread: Thread) -> Thread:
        self.session.add(thread)
        self.session.flush()
        return thread

    def log(self, thread: Thread, at: datetime, kind: str, detail: str = "") -> None:
        self.session.add(Event(thread_id=thread.id, at=at, kind=kind, detail=detail[:2000]))

    def events(self, thread_id: int) -> list[Event]:
        return list(self.session.scalars(
            select(Event).where(Event.thread_id == thread_id).order_by(Event.id)
        ))


def _safe_error(exc: Exception) -> str:
    """A database error without the URL (which may hold a password)."""
    message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return message[:300]


@contextmanager
def open_store(url: str, dry_run: bool = False) -> Iterator[Store]:
    store = Store(url, dry_run=dry_run)
    try:
        yield store
    finally:
        store.close()
