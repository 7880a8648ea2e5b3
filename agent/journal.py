"""Where our drafts are, read against the intent journal (one row per planned draft: thread,
kind, Message-ID, planned, placed; see `Store.plan_intent`):

- `recover_intents`: a draft planned but not confirmed may have been appended before a crash;
  it is looked for before anyone appends it again. Finding it is an event for the table
  (REQUEST_PLACED / THANKS_PLACED), taken in `agent.executor`.
- `check_drafts`: which waiting requests are still in Drafts (one STATUS when nothing changed).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from agent.mailbox import Folders
from agent.poll import Poll
from agent.store import DraftIntent, Thread

log = logging.getLogger("debrief.cycle")


@dataclass
class DraftsSeen:
    """What `check_drafts` found: Drafts' UIDVALIDITY (for the UIDs of drafts placed now) and,
    per waiting thread, whether its request draft is there."""

    uidvalidity: int | None = None
    present: dict[int, bool] = field(default_factory=dict)


def recover_intents(poll: Poll, folders: Folders) -> None:
    for intent in poll.store.unplaced_intents():
        thread = intent.thread
        if draft_exists(poll, folders, intent, thread):
            intent.placed_at = poll.now
            poll.store.log(thread, poll.now, f"{intent.kind} draft found after restart",
                           intent.message_id)
            log.info("thread %s: %s draft %s was already placed", thread.id, intent.kind,
                     intent.message_id)
    poll.store.commit()


def draft_exists(poll: Poll, folders: Folders, intent: DraftIntent, thread: Thread) -> bool:
    """Our draft by its Message-ID in Drafts or Sent; else the user's edited or sent copy,
    or any sign it was sent (some clients give sent mail a new Message-ID)."""
    mailbox, mid = poll.mailbox, intent.message_id
    for folder in (folders.drafts, folders.sent):
        if mailbox.find_message_ids(folder, [mid]).get(mid):
            return True
    if intent.kind == "thanks":  # the user's edited or sent copy answers the answer
        answer = thread.answer_message_id or ""
        return answer.startswith("<") and any(
            mailbox.find_replies_to(folder, answer) for folder in (folders.drafts, folders.sent)
        )
    return thread.sent_at is not None or find_edited_request(poll, thread, folders) is not None


def find_edited_request(poll: Poll, thread: Thread, folders: Folders) -> int | None:
    """The UID of our request, or of the user's edited copy of it (a new UID, the same
    threading headers) in Drafts."""
    mid = thread.request_message_id
    if mid:
        hits = poll.mailbox.find_message_ids(folders.drafts, [mid]).get(mid)
        if hits:
            return hits[-1]
    if thread.rejection_message_id.startswith("<"):
        hits = poll.mailbox.find_replies_to(folders.drafts, thread.rejection_message_id)
        if hits:
            return hits[-1]
    return None


def check_drafts(poll: Poll, folders: Folders) -> DraftsSeen:
    """Unchanged Drafts (one STATUS): every waiting request is there, as last time. Changed:
    one UID FETCH of their known UIDs, and a search only for one that moved (the user edited
    it: a new UID)."""
    store, now = poll.store, poll.now
    waiting = [i for i in store.waiting_drafts()
               if i.placed_at is not None and i.placed_at < now]
    status = poll.mailbox.status(folders.drafts)
    seen = DraftsSeen(status.uidvalidity)
    snap = store.snapshot(folders.drafts)
    unchanged = snap is not None and (
        snap.uidvalidity, snap.uidnext, snap.messages, snap.highestmodseq
    ) == (status.uidvalidity, status.uidnext, status.messages, status.highestmodseq)
    store.set_snapshot(folders.drafts, status.uidvalidity, status.uidnext, status.messages,
                       status.highestmodseq, now)
    if unchanged or not waiting:
        seen.present = {i.thread_id: True for i in waiting}
        store.commit()
        return seen
    known = {i.draft_uid: i for i in waiting
             if i.draft_uid is not None and i.draft_uidvalidity == status.uidvalidity}
    headers = poll.mailbox.draft_headers(folders.drafts, list(known))
    for intent in waiting:
        thread = intent.thread
        found = headers.get(intent.draft_uid) if intent.draft_uid in known else None
        if found is not None and (found.message_id == intent.message_id
                                  or thread.rejection_message_id in found.thread_ids):
            seen.present[thread.id] = True
            continue
        uid = find_edited_request(poll, thread, folders)
        seen.present[thread.id] = uid is not None
        intent.draft_uid = uid
        intent.draft_uidvalidity = status.uidvalidity if uid is not None else None
    store.commit()
    return seen
