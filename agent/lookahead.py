"""Earlier-mail searches started while a long scan is still reading: the new rejections of each
FETCH batch are searched for on a second connection, in a background thread, while the main
connection fetches and the main thread classifies the batches after it.

On a first scan (or any backlog of more than one FETCH batch) the earlier-mail search is most
of the wait: the server reads the From/To/Cc/Subject of months of mail, once per folder, which
took as long as fetching and classifying the whole 7-day window. Done alongside, it is hidden
behind the scan while it is shorter than the scan. A search's cost is its terms times the
look-back's messages, so past about 35 rejections this connection's `SearchPlan` reads each
folder's look-back addresses once and matches the rest locally (contact_lookup.LookbackIndex).

The searches are read-only and their results are the same `Correspondence` the executor would
look up itself (`contact_lookup.search_companies`); a search that fails here, or a second
connection the server refuses, is done again on the main connection as it would have been
without this, so errors are handled in one place.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date

from agent.contact_lookup import Correspondence, SearchPlan, search_companies
from agent.core.conversation import RejectionFacts
from agent.mailbox import Folders, Mailbox

log = logging.getLogger("debrief.lookahead")


class EarlierMailAhead:
    """Searches handed to one background thread with its own, lazily opened, connection.

    Rejections asked for while a search is running wait and then go together in the next
    combined search: on a big mailbox every search reads the headers of the whole look-back,
    however few rejections it asks about, so a search per batch would fall behind the scan."""

    def __init__(self, open_mailbox: Callable[[], Mailbox], folders: Folders) -> None:
        self._open = open_mailbox
        self._folders = folders
        self._mailbox: Mailbox | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pending: list[tuple[int, RejectionFacts, date]] = []
        self._running = False  # a drain of `_pending` is queued or running
        self._futures: dict[int, Future[Correspondence]] = {}
        self._stopped = False  # closed, or the second connection could not be opened
        self._plan = SearchPlan()  # this connection's searches: by server, then from an index

    def submit(self, wanted: Iterable[tuple[int, RejectionFacts, date]]) -> None:
        """Search for these rejections (thread id, facts, look-back start) in the background."""
        with self._lock:
            fresh = [w for w in wanted if w[0] not in self._futures]
            if not fresh or self._stopped:
                return
            for tid, _, _ in fresh:
                self._futures[tid] = Future()
            self._pending += fresh
            if self._running:
                return
            self._running = True
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="debrief-ahead")
        self._pool.submit(self._drain)

    def submitted(self, thread_id: int) -> bool:
        return thread_id in self._futures

    def take(self, thread_ids: Iterable[int]) -> dict[int, Correspondence]:
        """The results found for these threads; a thread whose search failed (or was never
        asked for) is left out, for the caller to look up itself."""
        out: dict[int, Correspondence] = {}
        for tid in thread_ids:
            future = self._futures.get(tid)
            if future is None:
                continue
            try:
                out[tid] = future.result()
            except Exception as exc:  # the main connection tries again and reports it
                log.debug("thread %s: search ahead failed (%s); looking again", tid,
                          type(exc).__name__)
        return out

    def close(self) -> None:
        """Stop asking, wait for the search under way and log out of the second connection."""
        with self._lock:
            self._stopped = True
            for tid, _, _ in self._pending:
                self._futures[tid].cancel()
            self._pending = []
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._mailbox is not None:
            self._mailbox.close()
            self._mailbox = None

    def _drain(self) -> None:
        """Search for everything pending, as one combined search from the earliest start
        (later mail is harmless to the others: the stage and the contact choice bound their
        own windows), until nothing is pending."""
        while True:
            with self._lock:
                batch, self._pending = self._pending, []
                if not batch:
                    self._running = False
                    return
            futures = [self._futures[tid] for tid, _, _ in batch]
            try:
                found = search_companies(self._connected(), self._folders,
                                         [f for _, f, _ in batch],
                                         min(since for _, _, since in batch), self._plan)
            except Exception as exc:
                for future in futures:
                    future.set_exception(exc)
                continue
            log.debug("searched ahead for %d rejection(s)", len(batch))
            for future, result in zip(futures, found, strict=True):
                future.set_result(result)

    def _connected(self) -> Mailbox:
        if self._stopped:
            raise ConnectionRefusedError("no second connection")
        if self._mailbox is None or not self._mailbox.connected:
            try:
                mailbox = self._open()
                mailbox.connect()
            except Exception:
                with self._lock:
                    self._stopped = True  # a server that allows one connection, say
                raise
            self._mailbox = mailbox
        return self._mailbox
