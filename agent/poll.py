"""What the steps of one poll share: the connection, the store, the clock's one instant, the
threads index and the report. The steps themselves are `agent.sync` (folders and dedupe),
`agent.intake` (what new mail means), `agent.journal` (where our drafts are) and
`agent.executor` (carrying out the table's steps); `agent.cycle` runs them in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from agent.config import Settings
from agent.core.matching import ThreadIndex
from agent.errors import MailboxError, StoreError
from agent.mailbox import Mailbox
from agent.store import Store

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


def fixed_clock(instant: datetime) -> Clock:
    return lambda: instant


class Progress(Protocol):
    def __call__(self, folder: str, total: int, /) -> Callable[[int], None]: ...


def no_progress(folder: str, total: int) -> Callable[[int], None]:
    return lambda n: None


def no_fault(point: str) -> None:
    """Fault-injection hook: tests pass a function that raises at a named IO step of placing
    a draft ("before append", "after append", "before commit", "after commit")."""


def is_transient(exc: BaseException) -> bool:
    """An outage (server, database, network): the cycle stops and the daemon retries; any
    other error is the message's or the thread's own and must not stop the cycle."""
    return isinstance(exc, MailboxError | StoreError | OSError)


@dataclass
class CycleReport:
    now: datetime
    fetched: dict[str, int] = field(default_factory=dict)
    opened: list[int] = field(default_factory=list)
    drafts: list[tuple[int, str, bytes]] = field(default_factory=list)  # (thread, kind, raw)
    transitions: list[tuple[int, str, str]] = field(default_factory=list)  # (thread, from, to)
    skipped_messages: int = 0
    stopped: bool = False


@dataclass
class Poll:
    """One poll's shared state. `index` holds the store's threads (Any, not Thread: mypy 1.x
    cannot match SQLAlchemy's Mapped descriptors against the core's ThreadLike protocol
    reliably)."""

    settings: Settings
    store: Store
    mailbox: Mailbox
    now: datetime
    dry_run: bool = False
    progress: Progress = no_progress
    should_stop: Callable[[], bool] = lambda: False
    fault: Callable[[str], None] = no_fault
    report: CycleReport = field(init=False)
    index: ThreadIndex[Any] = field(init=False, default_factory=ThreadIndex)

    def __post_init__(self) -> None:
        self.report = CycleReport(now=self.now)

    def reindex(self) -> None:
        self.index = ThreadIndex(self.store.threads())

    def rollback(self, opened: int) -> None:
        """Undo the current transaction, and what this poll believed about it (threads opened
        since the report listed `opened` of them)."""
        self.store.rollback()
        del self.report.opened[opened:]
        self.reindex()

    def stop_requested(self) -> bool:
        if self.should_stop():
            self.report.stopped = True
        return self.report.stopped

    def own_addresses(self) -> tuple[str, ...]:
        login = self.settings.imap.username.lower()
        return (self.settings.your_email, *((login,) if "@" in login else ()))
