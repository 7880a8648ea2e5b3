"""Folder sync and dedupe: which folders, which messages are new, in batches, each message's
outcome recorded once. A thin shell over `agent.mailbox` and `agent.store`; what a message
means is the handler's (see `agent.intake`).

Every FETCH batch commits its outcomes with the cursor that covers it; a batch that fails is
redone one message at a time, so one bad message can neither block the queue nor be lost.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from datetime import datetime, timedelta
from typing import Any, TypeVar

from agent.core import matching
from agent.core.message import Address, ParsedMessage, parse_headers
from agent.mailbox import FetchedMessage, Folders
from agent.poll import Poll, is_transient
from agent.store import Thread

log = logging.getLogger("debrief.cycle")

FETCH_CAP = 262_144  # bytes of each message fetched: headers and the text part, not attachments
FETCH_BATCH = 100  # messages per UID FETCH, and per database transaction
KEY_CHARS = 600  # the store's dedupe_key column
_UIDVALIDITY_NOTED: set[str] = set()  # folders whose same-messages UIDVALIDITY change was logged
Handler = Callable[[FetchedMessage, ParsedMessage], None]
AfterBatch = Callable[[], None]
T = TypeVar("T")


def find_folders(poll: Poll) -> Folders:
    """The folders found last time (no LIST), else a LIST; a folder that has gone since
    makes the next STATUS fail, which clears the memory (see `forget_folders`)."""
    s, store = poll.settings, poll.store
    known = store.known_folders()
    if known is not None and s.drafts_folder in (None, known.drafts) and (
            s.sent_folder in (None, known.sent)):
        return known
    found = poll.mailbox.find_folders(s.drafts_folder, s.sent_folder)
    store.remember_folders(found)
    store.commit()
    return found


def sync(poll: Poll, folder: str, handle: Handler,
         long_scan: AfterBatch | None = None) -> None:
    """Hand each message new in `folder` since its cursor to `handle`, batch by batch;
    `long_scan` is called after each committed batch when there is more than one."""
    store, mailbox, now = poll.store, poll.mailbox, poll.now
    cursor = store.cursor(folder)
    poll.report.fetched[folder] = 0
    status = mailbox.status(folder)
    if (cursor is not None and cursor.uidvalidity == status.uidvalidity
            and status.uidnext <= cursor.last_uid + 1):
        return  # nothing new: one STATUS was enough
    since = (now - timedelta(days=poll.settings.lookback_days)).date()
    state = mailbox.folder_state(folder)
    last_uid: int | None = None
    if cursor is not None and cursor.uidvalidity == state.uidvalidity:
        last_uid = cursor.last_uid
    state, uids = mailbox.new_uids(folder, last_uid, since if last_uid is None else None,
                                   state=state)
    seen = store.seen_uids(folder, state.uidvalidity, uids)
    uids = [u for u in uids if u not in seen]
    if cursor is not None and cursor.uidvalidity != state.uidvalidity:
        uids = drop_known(poll, folder, uids, cursor.uidvalidity, state.uidvalidity)
    poll.report.fetched[folder] = len(uids)
    # Everything below UIDNEXT is now either handled below, seen before, or expunged.
    done_to = max(state.uidnext - 1, last_uid or 0, *uids[-1:])
    if uids:
        advance = poll.progress(folder, len(uids))
        batches = mailbox.fetch_batches(folder, uids, FETCH_CAP, FETCH_BATCH)
        with closing(read_ahead(batches) if len(uids) > FETCH_BATCH else batches) as fetched:
            for chunk, batch in fetched:
                handle_batch(poll, folder, batch, handle)
                # The batch's outcomes and the cursor past it commit together.
                store.set_cursor(folder, state.uidvalidity, max(last_uid or 0, chunk[-1]), now)
                store.commit()
                for _ in chunk:
                    advance(1)
                if poll.stop_requested():
                    return
                if long_scan is not None and len(uids) > FETCH_BATCH:
                    long_scan()
    store.set_cursor(folder, state.uidvalidity, done_to, now)
    store.commit()


def read_ahead(items: Iterator[T]) -> Generator[T, None, None]:
    """`items`, each produced in a background thread while the one before is handled: the
    next FETCH is on the wire while this batch is parsed, classified and committed (the
    handlers never use the connection). The producer is joined before this generator ends, so
    the connection is the caller's again afterwards, however the loop ends."""
    slot: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(kind: str, value: Any) -> bool:
        while not stop.is_set():
            try:
                slot.put((kind, value), timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put("item", item):
                    return
            put("end", None)
        except BaseException as exc:  # handed to the consumer, raised there
            put("error", exc)

    worker = threading.Thread(target=produce, name="debrief-fetch", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = slot.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        worker.join()


def drop_known(poll: Poll, folder: str, uids: list[int], old: int, new: int) -> list[int]:
    """After a UIDVALIDITY change, only the window's messages not already seen (by
    Message-ID, read from headers alone, looked up in one query) need fetching.

    Courier gives a folder that no client has opened read-write a new UIDVALIDITY on every
    session: without this every poll would refetch the whole window.
    """
    ids = poll.mailbox.message_ids(folder, uids) if uids else {}
    known = poll.store.seen_keys(folder, (mid for mid in ids.values() if mid))
    unknown = [u for u in uids if not ids.get(u) or ids[u][:KEY_CHARS] not in known]
    if unknown:
        log.warning("%s: UIDVALIDITY changed (%s -> %s); %d message(s) of the last %s days "
                    "already seen, fetching %d", folder, old, new, len(uids) - len(unknown),
                    poll.settings.lookback_days, len(unknown))
    elif folder not in _UIDVALIDITY_NOTED:
        _UIDVALIDITY_NOTED.add(folder)
        log.info("%s: UIDVALIDITY changed (%s -> %s) but the messages are the ones already "
                 "seen (recognised by Message-ID); nothing is fetched again. Some servers "
                 "(Courier) do this on every session for a folder no client opened "
                 "read-write.", folder, old, new)
    else:
        log.debug("%s: UIDVALIDITY changed again (%s -> %s); same messages", folder, old, new)
    return unknown


def handle_batch(poll: Poll, folder: str, batch: list[FetchedMessage], handle: Handler) -> None:
    """Handle one FETCH batch in one transaction; if any message fails, roll it back and
    redo it one message at a time, recording the failing one as skipped."""
    if not batch:
        return
    heads = [(fetched, parse_headers(fetched.raw)) for fetched in batch]
    keys = poll.store.seen_keys(folder, (head.dedupe_key for _, head in heads))
    opened = len(poll.report.opened)
    try:
        for fetched, head in heads:
            handle_one(poll, fetched, head, keys, handle)
        poll.store.flush()
    except Exception as exc:
        if is_transient(exc):
            raise
        poll.rollback(opened)
        log.info("%s: batch of %d redone one message at a time (%s)", folder, len(batch),
                 type(exc).__name__)
        for fetched in batch:
            handle_alone(poll, folder, fetched, handle)


def handle_alone(poll: Poll, folder: str, fetched: FetchedMessage, handle: Handler) -> None:
    store, now = poll.store, poll.now
    opened = len(poll.report.opened)
    try:
        head = parse_headers(fetched.raw)
        keys = store.seen_keys(folder, [head.dedupe_key])
        handle_one(poll, fetched, head, keys, handle)
        store.flush()
    except Exception as exc:  # hostile mail must never stop the cycle
        if is_transient(exc):
            raise
        poll.rollback(opened)
        log.warning("%s uid %s: skipped, could not be handled (%s: %s)", folder, fetched.uid,
                    type(exc).__name__, str(exc)[:200])
        poll.report.skipped_messages += 1
        store.record_seen(
            folder=folder, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
            dedupe_key=f"uid:{fetched.uidvalidity}:{fetched.uid}", outcome="skipped",
            reason=f"{type(exc).__name__}: {str(exc)[:300]}", message_date=None, seen_at=now,
        )
    store.set_cursor(folder, fetched.uidvalidity, fetched.uid, now)
    store.commit()


def handle_one(poll: Poll, fetched: FetchedMessage, head: ParsedMessage, keys: set[str],
               handle: Handler) -> None:
    """Skip a message seen before under another UID (after a UIDVALIDITY reset, say);
    else hand it on (headers parsed; the handler parses the body if it needs it)."""
    key = head.dedupe_key[:KEY_CHARS]
    if key in keys:
        record(poll, fetched, head, "duplicate", "already seen under another UID")
        return
    keys.add(key)
    handle(fetched, head)


def record(poll: Poll, fetched: FetchedMessage, parsed: ParsedMessage, outcome: str,
           reason: str = "", thread: Thread | None = None, when: datetime | None = None,
           sender: Address | None = None, feedback_text: str | None = None) -> None:
    """Record the message's outcome (with its batch, in one INSERT)."""
    sender = sender or parsed.sender
    poll.store.queue_seen(
        feedback_text=feedback_text,
        folder=fetched.folder, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
        dedupe_key=parsed.dedupe_key, outcome=outcome, reason=reason,
        thread_id=thread.id if thread else None,
        message_date=when or matching.message_time(parsed, fetched.internaldate, poll.now),
        seen_at=poll.now, sender=sender.email if sender else "",
        sender_name=sender.name if sender else "",
    )
