"""One cycle: fetch what is new, ask the core what it means and what to do, carry it out.

This is the only module that joins the pure core to the mailbox and the database. The decisions
are the core's: `core.matching` (which thread a message belongs to, and as what),
`core.planner` (when a request is due, which draft to whom), `core.lifecycle` (every state
change). Order matters:
1. INBOX: new rejections open threads (`open_thread`); answers and auto-replies are attached to
   their thread (`attach_to_thread`);
2. Sent: a message referencing a rejection means the user sent (or wrote) an answer;
3. a draft whose APPEND may have happened before a crash is looked for before anyone appends
   it again (the intent journal);
4. Drafts: one STATUS says whether anything changed; only then are the waiting drafts looked up
   (one UID FETCH of their known UIDs);
5. each open thread walks the state table until it waits, placing drafts as the table says.
Every FETCH batch commits its outcomes with the cursor that covers it; a batch that fails is
redone one message at a time, so one bad message can neither block the queue nor be lost.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from jinja2.sandbox import ImmutableSandboxedEnvironment

from agent.config import Settings
from agent.contact_lookup import Correspondence, choose_contact, history_mail, search_company
from agent.core import conversation, lifecycle, matching, planner
from agent.core.classify import ANALYSED_CHARS, Verdict, classify, strip_quoted
from agent.core.feedback import read_feedback, recruiter_words, theme_names
from agent.core.lifecycle import Action, Policy, Reason, State, ThreadFacts
from agent.core.matching import InboxKind, SentKind, ThreadIndex
from agent.core.message import Address, ParsedMessage, parse_headers, with_body
from agent.core.planner import Answer, You
from agent.core.replies import answer_kind
from agent.core.stage import history_domains, raise_with_history
from agent.core.voice import Voice, assess
from agent.drafting import new_message_id, template_environment
from agent.errors import FolderError
from agent.mailbox import FetchedMessage, Folders, Mailbox
from agent.store import DraftIntent, SeenMessage, Store, Thread

log = logging.getLogger("debrief.cycle")

Clock = Callable[[], datetime]
FETCH_CAP = 262_144  # bytes of each message fetched: headers and the text part, not attachments
FETCH_BATCH = 100  # messages per UID FETCH, and per database transaction
HISTORY_WINDOW = timedelta(days=180)
_UIDVALIDITY_NOTED: set[str] = set()  # folders whose same-messages UIDVALIDITY change was logged
MIN_CONFIDENCE = 0.5
MAX_STEPS = 10  # transitions per thread per cycle; the table has no loops, this is a fuse
Handler = Callable[[FetchedMessage, ParsedMessage], None]


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


@dataclass
class CycleReport:
    now: datetime
    fetched: dict[str, int] = field(default_factory=dict)
    opened: list[int] = field(default_factory=list)
    drafts: list[tuple[int, str, bytes]] = field(default_factory=list)  # (thread, kind, raw)
    transitions: list[tuple[int, str, str]] = field(default_factory=list)  # (thread, from, to)
    skipped_messages: int = 0
    stopped: bool = False


class Cycle:
    """One cycle over one mailbox connection and one store. Use `run_cycle`."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        mailbox: Mailbox,
        now: datetime,
        *,
        dry_run: bool = False,
        progress: Progress = no_progress,
        should_stop: Callable[[], bool] = lambda: False,
        classifier: Callable[[ParsedMessage], Verdict] = classify,
        message_ids: Callable[[], str] | None = None,
        fault: Callable[[str], None] = no_fault,
    ) -> None:
        self.settings = settings
        self.store = store
        self.mailbox = mailbox
        self.now = now
        self.dry_run = dry_run
        self.progress = progress
        self.should_stop = should_stop
        self.classify = classifier
        self.new_message_id = message_ids or (lambda: new_message_id(settings.your_email))
        self.fault = fault
        self.policy = Policy(silence=timedelta(days=settings.silence_days))
        self.you = You(settings.your_name, settings.your_email)
        self._templates: ImmutableSandboxedEnvironment | None = None
        self.report = CycleReport(now=now)
        self.folders: Folders | None = None
        # Any, not Thread: mypy 1.x cannot match SQLAlchemy's Mapped descriptors against the
        # core's ThreadLike protocol reliably; the index only ever holds store Threads.
        self.index: ThreadIndex[Any] = ThreadIndex()
        self.draft_present: dict[int, bool] = {}  # thread id -> its request draft is there
        self.drafts_uidvalidity: int | None = None
        self.answers: dict[int, list[Answer]] = {}

    @property
    def templates(self) -> ImmutableSandboxedEnvironment:
        """The sandboxed templates, read on first use (an idle poll never reads them)."""
        if self._templates is None:
            self._templates = template_environment(self.settings.templates_dir)
        return self._templates

    # -- the cycle --------------------------------------------------------------------------
    def run(self) -> CycleReport:
        folders = self.folders = self.find_folders()
        self.index = ThreadIndex(self.store.threads())
        try:
            self.sync(folders.inbox, self.handle_inbox)
            if not self.report.stopped:
                self.sync(folders.sent, self.handle_sent)
            if not self.report.stopped:
                # After both syncs: a recovered draft the user has since sent is seen in Sent.
                self.recover_intents(folders)
                self.check_drafts(folders)
                self.step_threads(folders)
        except FolderError:
            self.store.rollback()
            self.store.forget_folders()  # renamed or deleted: LIST again next time
            self.store.commit()
            raise
        return self.report

    def find_folders(self) -> Folders:
        """The folders found last time (no LIST), else a LIST; a folder that has gone since
        makes the next STATUS fail, which clears the memory (see `forget_folders`)."""
        s = self.settings
        known = self.store.known_folders()
        if known is not None and s.drafts_folder in (None, known.drafts) and (
                s.sent_folder in (None, known.sent)):
            return known
        found = self.mailbox.find_folders(s.drafts_folder, s.sent_folder)
        self.store.remember_folders(found)
        self.store.commit()
        return found

    # -- 1./2. incremental sync -------------------------------------------------------------
    def sync(self, folder: str, handle: Handler) -> None:
        cursor = self.store.cursor(folder)
        self.report.fetched[folder] = 0
        status = self.mailbox.status(folder)
        if (cursor is not None and cursor.uidvalidity == status.uidvalidity
                and status.uidnext <= cursor.last_uid + 1):
            return  # nothing new: one STATUS was enough
        since = (self.now - timedelta(days=self.settings.lookback_days)).date()
        state = self.mailbox.folder_state(folder)
        last_uid: int | None = None
        if cursor is not None and cursor.uidvalidity == state.uidvalidity:
            last_uid = cursor.last_uid
        state, uids = self.mailbox.new_uids(folder, last_uid, since if last_uid is None else None,
                                            state=state)
        seen = self.store.seen_uids(folder, state.uidvalidity, uids)
        uids = [u for u in uids if u not in seen]
        if cursor is not None and cursor.uidvalidity != state.uidvalidity:
            uids = self.drop_known(folder, uids, cursor.uidvalidity, state.uidvalidity)
        self.report.fetched[folder] = len(uids)
        # Everything below UIDNEXT is now either handled below, seen before, or expunged.
        done_to = max(state.uidnext - 1, last_uid or 0, *uids[-1:])
        if not uids:
            self.store.set_cursor(folder, state.uidvalidity, done_to, self.now)
            self.store.commit()
            return
        advance = self.progress(folder, len(uids))
        for chunk, batch in self.mailbox.fetch_batches(folder, uids, FETCH_CAP, FETCH_BATCH):
            self.handle_batch(folder, batch, handle)
            # The batch's outcomes and the cursor past it commit together.
            self.store.set_cursor(folder, state.uidvalidity, max(last_uid or 0, chunk[-1]),
                                  self.now)
            self.store.commit()
            for _ in chunk:
                advance(1)
            if self.should_stop():
                self.report.stopped = True
                return
        self.store.set_cursor(folder, state.uidvalidity, done_to, self.now)
        self.store.commit()

    def drop_known(self, folder: str, uids: list[int], old: int, new: int) -> list[int]:
        """After a UIDVALIDITY change, only the window's messages not already seen (by
        Message-ID, read from headers alone, looked up in one query) need fetching.

        Courier gives a folder that no client has opened read-write a new UIDVALIDITY on every
        session: without this every poll would refetch the whole window.
        """
        ids = self.mailbox.message_ids(folder, uids) if uids else {}
        known = self.store.seen_keys(folder, (mid for mid in ids.values() if mid))
        unknown = [u for u in uids if not ids.get(u) or ids[u][:600] not in known]
        if unknown:
            log.warning("%s: UIDVALIDITY changed (%s -> %s); %d message(s) of the last %s days "
                        "already seen, fetching %d", folder, old, new, len(uids) - len(unknown),
                        self.settings.lookback_days, len(unknown))
        elif folder not in _UIDVALIDITY_NOTED:
            _UIDVALIDITY_NOTED.add(folder)
            log.info("%s: UIDVALIDITY changed (%s -> %s) but the messages are the ones already "
                     "seen (recognised by Message-ID); nothing is fetched again. Some servers "
                     "(Courier) do this on every session for a folder no client opened "
                     "read-write.", folder, old, new)
        else:
            log.debug("%s: UIDVALIDITY changed again (%s -> %s); same messages", folder, old, new)
        return unknown

    def handle_batch(self, folder: str, batch: list[FetchedMessage], handle: Handler) -> None:
        """Handle one FETCH batch in one transaction; if any message fails, roll it back and
        redo it one message at a time, recording the failing one as skipped."""
        if not batch:
            return
        heads = [(fetched, parse_headers(fetched.raw)) for fetched in batch]
        keys = self.store.seen_keys(folder, (head.dedupe_key for _, head in heads))
        opened = len(self.report.opened)
        try:
            for fetched, head in heads:
                self.handle_one(fetched, head, keys, handle)
            self.store.flush()
        except Exception as exc:
            if is_transient(exc):
                raise
            self.rollback(opened)
            log.info("%s: batch of %d redone one message at a time (%s)", folder, len(batch),
                     type(exc).__name__)
            for fetched in batch:
                self.handle_alone(folder, fetched, handle)

    def handle_alone(self, folder: str, fetched: FetchedMessage, handle: Handler) -> None:
        opened = len(self.report.opened)
        try:
            head = parse_headers(fetched.raw)
            keys = self.store.seen_keys(folder, [head.dedupe_key])
            self.handle_one(fetched, head, keys, handle)
            self.store.flush()
        except Exception as exc:  # hostile mail must never stop the cycle
            if is_transient(exc):
                raise
            self.rollback(opened)
            log.warning("%s uid %s: skipped, could not be handled (%s: %s)", folder, fetched.uid,
                        type(exc).__name__, str(exc)[:200])
            self.report.skipped_messages += 1
            self.store.record_seen(
                folder=folder, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
                dedupe_key=f"uid:{fetched.uidvalidity}:{fetched.uid}", outcome="skipped",
                reason=f"{type(exc).__name__}: {str(exc)[:300]}", message_date=None,
                seen_at=self.now,
            )
        self.store.set_cursor(folder, fetched.uidvalidity, fetched.uid, self.now)
        self.store.commit()

    def rollback(self, opened: int) -> None:
        """Undo the current transaction, and what this cycle believed about it."""
        self.store.rollback()
        del self.report.opened[opened:]
        self.index = ThreadIndex(self.store.threads())

    def handle_one(self, fetched: FetchedMessage, head: ParsedMessage, keys: set[str],
                   handle: Handler) -> None:
        """Skip a message seen before under another UID (after a UIDVALIDITY reset, say);
        else hand it on (headers parsed; the handler parses the body if it needs it)."""
        key = head.dedupe_key[:600]
        if key in keys:
            self.seen(fetched, head, "duplicate", "already seen under another UID")
            return
        keys.add(key)
        handle(fetched, head)

    def seen(self, fetched: FetchedMessage, parsed: ParsedMessage, outcome: str,
             reason: str = "", thread: Thread | None = None,
             when: datetime | None = None, sender: Address | None = None,
             feedback_text: str | None = None) -> None:
        """Record the message's outcome (with its batch, in one INSERT)."""
        sender = sender or parsed.sender
        self.store.queue_seen(
            feedback_text=feedback_text,
            folder=fetched.folder, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
            dedupe_key=parsed.dedupe_key, outcome=outcome, reason=reason,
            thread_id=thread.id if thread else None,
            message_date=when or matching.message_time(parsed, fetched.internaldate, self.now),
            seen_at=self.now, sender=sender.email if sender else "",
            sender_name=sender.name if sender else "",
        )

    # -- INBOX ------------------------------------------------------------------------------
    def handle_inbox(self, fetched: FetchedMessage, head: ParsedMessage) -> None:
        match = matching.match_inbox(head, fetched.internaldate, self.now, self.index,
                                     self.settings.your_email)
        if match.kind is InboxKind.FROM_YOU:
            self.seen(fetched, head, "ignored", "from you")
            return
        if match.kind is InboxKind.SAME_MESSAGE:
            self.seen(fetched, head, "duplicate", match.kind.value, match.thread)
            return
        parsed = with_body(head, fetched.raw)  # the body matters from here on
        if match.kind is InboxKind.CANDIDATE:
            verdict = self.classify(parsed)
            if (verdict.label != "rejection" or verdict.bulk
                    or verdict.confidence < MIN_CONFIDENCE):
                self.seen(fetched, parsed, "ignored",
                          f"{verdict.label} ({verdict.confidence:.2f})")
                return
            thread = self.open_thread(fetched, parsed, verdict)
            self.seen(fetched, parsed, "thread", "rejection", thread)
            return
        assert match.thread is not None
        self.attach_to_thread(match.thread, fetched, match, parsed)

    def attach_to_thread(self, thread: Thread, fetched: FetchedMessage,
                         match: matching.InboxMatch[Any], parsed: ParsedMessage) -> None:
        """A message in an existing thread: an answer, an auto-reply, or just more mail."""
        if match.kind in (InboxKind.AUTO_REPLY, InboxKind.BOUNCE):
            self.seen(fetched, parsed, "auto_reply", match.kind.value, thread)
            self.store.log(thread, self.now, f"{match.kind.value} ignored", parsed.subject)
            return
        if match.kind is not InboxKind.ANSWER or match.who is None:
            self.seen(fetched, parsed, "ignored", match.kind.value, thread)
            return
        words = recruiter_words(parsed.text)
        kind = answer_kind(parsed)
        words = recruiter_words(parsed.text)
        if kind == "feedback" and theme_names(read_feedback(words)) == ["no_feedback"]:
            kind = "no_feedback"  # a refusal the line-based check missed (wrapped mid-phrase)
        # Who answered (a Reply-To through a relay), timed by arrival; the recruiter's own
        # words are kept for `debrief plan`.
        self.seen(fetched, parsed, "answer", kind, thread, when=match.at, sender=match.who,
                  feedback_text=words)
        self.store.log(thread, self.now, "message from contact",
                       f"{parsed.subject} ({kind.replace('_', ' ')})")

    def open_thread(self, fetched: FetchedMessage, parsed: ParsedMessage,
                    verdict: Verdict) -> Thread:
        """A recognised rejection becomes a thread, as `planner.plan_thread` says; how the
        drafts will speak is decided now (with the company's earlier mail)."""
        s = self.settings
        plan = planner.plan_thread(parsed, verdict,
                                   matching.message_time(parsed, fetched.internaldate, self.now),
                                   self.now, s.business_hours, s.timezone)
        # What the look-up of earlier mail (before the thread's first step) searches by; the
        # stage is the rejection's own until then.
        hints = conversation.rejection_facts(
            parsed, fetched.raw, company=verdict.company, job_title=verdict.job_title,
            signature_name=verdict.contact_name, own_addresses=self.own_addresses(),
        ).to_json()
        speech = self.voice(parsed, verdict, plan.contact_email)
        thread = self.store.add_thread(Thread(
            state=State.SCHEDULED.value, reason="",
            company=plan.company, job_title=plan.job_title, contact_name=plan.contact_name,
            contact_email=plan.contact_email, stage=speech.stage, language=plan.language,
            formal=speech.formal, salutation=speech.salutation, final_round=speech.final_round,
            hook_kind=speech.hook.kind, hook=speech.hook.text,
            company_confidence=speech.company_confidence,
            title_confidence=speech.title_confidence,
            confidence=plan.confidence, classifier_reasons=json.dumps(list(plan.reasons)),
            rejection_message_id=plan.rejection_message_id,
            rejection_subject=plan.rejection_subject, rejection_from=plan.rejection_from,
            rejection_references=plan.rejection_references, rejected_at=plan.rejected_at,
            contact_hints=hints, first_seen_at=self.now, due_at=plan.due_at,
            next_action_at=plan.due_at,
            created_at=self.now, updated_at=self.now,
        ))
        self.index.add(thread)
        self.store.log(thread, self.now, "rejection recognised",
                       f"{plan.company or '?'} / {plan.job_title or '?'} "
                       f"({plan.confidence:.2f}); contact {plan.contact_email or 'none'}")
        log.info("thread %s: rejection from %s for %s (%s); contact %s; request due %s",
                 thread.id, plan.company or "unknown company", plan.job_title or "a role",
                 f"{plan.confidence:.2f}", plan.contact_email or "none",
                 plan.due_at.astimezone(s.timezone).isoformat(timespec="minutes"))
        self.store.log(thread, self.now, "how the draft speaks", speech.describe())
        self.report.opened.append(thread.id)
        return thread

    def voice(self, parsed: ParsedMessage, verdict: Verdict, contact_email: str) -> Voice:
        """How the drafts speak: stage (from the rejection; earlier mail may raise it before
        the first step, see `look_up_earlier_mail`), register, hook."""
        text = strip_quoted(parsed.text or "")[:ANALYSED_CHARS]
        domains = history_domains(contact_email, parsed.sender.email if parsed.sender else "")
        return assess(
            verdict_stage=verdict.stage, language=verdict.language, text=text,
            contact_name=verdict.contact_name, company=verdict.company, domains=domains,
            company_confidence=getattr(verdict, "company_confidence", None),
            title_confidence=getattr(verdict, "title_confidence", None),
        )

    def own_addresses(self) -> tuple[str, ...]:
        login = self.settings.imap.username.lower()
        return (self.settings.your_email, *((login,) if "@" in login else ()))

    def look_up_earlier_mail(self, thread: Thread, folders: Folders) -> None:
        """Once per new rejection: one look-up of the earlier mail with the company (one
        SINCE-bounded header search per folder) that both raises the stage and, when nobody in
        the rejection is reachable, finds the person the user talked to there."""
        s = self.settings
        facts = conversation.RejectionFacts.from_json(thread.contact_hints or "")
        since = min(self.now - timedelta(days=s.contact_lookback_days),
                    thread.rejected_at - HISTORY_WINDOW)
        found = search_company(self.mailbox, folders, facts, since.date())
        if not found.error:
            history = history_mail(self.mailbox, found, facts, rejected_at=thread.rejected_at,
                                   window=HISTORY_WINDOW, own_addresses=self.own_addresses())
            before = thread.stage
            finding = raise_with_history(thread.stage, bool(thread.final_round), history)
            thread.stage, thread.final_round = finding.stage, finding.final_round
            if finding.reason:
                self.store.log(thread, self.now, "stage from earlier mail",
                               f"{before} -> {finding.stage} ({finding.reason})")
        if thread.contact_email:
            thread.contact_reason = ""  # looked up: reachable, nobody else to choose
        else:
            self.choose_contact(thread, found)
        thread.updated_at = self.now
        self.index.add(thread)  # a new contact to match answers by
        self.store.commit()

    def choose_contact(self, thread: Thread, found: Correspondence) -> None:
        facts = conversation.RejectionFacts.from_json(thread.contact_hints or "")
        result = choose_contact(
            found, facts, now=self.now, lookback_days=self.settings.contact_lookback_days,
            own_addresses=self.own_addresses(), tz=self.settings.timezone)
        thread.contact_reason, choice = result.reason, result.choice
        if choice is not None:
            thread.contact_name, thread.contact_email = choice.name, choice.email
            thread.contact_reply_to = choice.reply_message_id or None
            thread.contact_references = " ".join(choice.reply_references) or None
            thread.contact_subject = choice.reply_subject or None
        self.store.log(thread, self.now, "contact found in an earlier conversation" if choice
                       else "no contact found", result.reason)
        log.info("thread %s: contact %s (%d earlier messages looked at)", thread.id,
                 choice.email if choice else "none", result.looked_at)

    # -- Sent -------------------------------------------------------------------------------
    def handle_sent(self, fetched: FetchedMessage, parsed: ParsedMessage) -> None:
        when = matching.message_time(parsed, fetched.internaldate, self.now)
        match = matching.match_sent(parsed, when, self.index, self.policy.answer_skew)
        thread: Thread | None = match.thread
        if match.kind is SentKind.UNRELATED or thread is None:
            self.seen(fetched, parsed, "ignored", match.kind.value)
            return
        if match.kind is SentKind.THANKS_SENT:
            self.store.log(thread, self.now, "thank-you sent", parsed.subject)
        elif match.kind is SentKind.ELSEWHERE:
            self.store.log(thread, self.now, "you wrote about this thread to someone else",
                           parsed.subject)
        elif match.sent_at is not None:
            thread.sent_at = match.sent_at
            thread.sent_message_id = parsed.message_id or None
            thread.updated_at = self.now
            self.index.add(thread)  # its send's Message-ID is the thread's too now
            self.store.log(thread, self.now, "you sent a message in this thread", parsed.subject)
        self.seen(fetched, parsed, "sent", match.kind.value, thread)

    # -- 3. crash recovery ------------------------------------------------------------------
    def recover_intents(self, folders: Folders) -> None:
        """A draft planned but not confirmed: find it before anyone appends it again. Finding
        it is an event for the table (REQUEST_PLACED / THANKS_PLACED), in `step_threads`."""
        for intent in self.store.unplaced_intents():
            thread = intent.thread
            if self.draft_exists(folders, intent, thread):
                intent.placed_at = self.now
                self.store.log(thread, self.now, f"{intent.kind} draft found after restart",
                               intent.message_id)
                log.info("thread %s: %s draft %s was already placed", thread.id, intent.kind,
                         intent.message_id)
        self.store.commit()

    def draft_exists(self, folders: Folders, intent: DraftIntent, thread: Thread) -> bool:
        """Our draft by its Message-ID in Drafts or Sent; else the user's edited or sent copy,
        or any sign it was sent (some clients give sent mail a new Message-ID)."""
        mid = intent.message_id
        for folder in (folders.drafts, folders.sent):
            if self.mailbox.find_message_ids(folder, [mid]).get(mid):
                return True
        if intent.kind == "thanks":  # the user's edited or sent copy answers the answer
            answer = thread.answer_message_id or ""
            return answer.startswith("<") and any(
                self.mailbox.find_replies_to(folder, answer)
                for folder in (folders.drafts, folders.sent)
            )
        return thread.sent_at is not None or self.find_edited_request(thread, folders) is not None

    def find_edited_request(self, thread: Thread, folders: Folders) -> int | None:
        """The UID of our request, or of the user's edited copy of it (a new UID, the same
        threading headers) in Drafts."""
        mid = thread.request_message_id
        if mid:
            hits = self.mailbox.find_message_ids(folders.drafts, [mid]).get(mid)
            if hits:
                return hits[-1]
        if thread.rejection_message_id.startswith("<"):
            hits = self.mailbox.find_replies_to(folders.drafts, thread.rejection_message_id)
            if hits:
                return hits[-1]
        return None

    # -- 4. Drafts --------------------------------------------------------------------------
    def check_drafts(self, folders: Folders) -> None:
        """Which waiting requests are still in Drafts. Unchanged Drafts (one STATUS): all of
        them, as last time. Changed: one UID FETCH of their known UIDs, and a search only for
        one that moved (the user edited it: a new UID)."""
        waiting = [i for i in self.store.waiting_drafts()
                   if i.placed_at is not None and i.placed_at < self.now]
        status = self.mailbox.status(folders.drafts)
        self.drafts_uidvalidity = status.uidvalidity
        snap = self.store.snapshot(folders.drafts)
        unchanged = snap is not None and (
            snap.uidvalidity, snap.uidnext, snap.messages, snap.highestmodseq
        ) == (status.uidvalidity, status.uidnext, status.messages, status.highestmodseq)
        self.store.set_snapshot(folders.drafts, status.uidvalidity, status.uidnext,
                                status.messages, status.highestmodseq, self.now)
        if unchanged or not waiting:
            self.draft_present = {i.thread_id: True for i in waiting}
            self.store.commit()
            return
        known = {i.draft_uid: i for i in waiting
                 if i.draft_uid is not None and i.draft_uidvalidity == status.uidvalidity}
        headers = self.mailbox.draft_headers(folders.drafts, list(known))
        for intent in waiting:
            thread = intent.thread
            found = headers.get(intent.draft_uid) if intent.draft_uid in known else None
            if found is not None and (found.message_id == intent.message_id
                                      or thread.rejection_message_id in found.thread_ids):
                self.draft_present[thread.id] = True
                continue
            uid = self.find_edited_request(thread, folders)
            self.draft_present[thread.id] = uid is not None
            intent.draft_uid = uid
            intent.draft_uidvalidity = status.uidvalidity if uid is not None else None
        self.store.commit()

    # -- 5. threads -------------------------------------------------------------------------
    def step_threads(self, folders: Folders) -> None:
        live = [t for t in self.index
                if not lifecycle.is_final(State(t.state), Reason.of(t.reason))]
        self.answers = {
            tid: [answer_of(row) for row in rows]
            for tid, rows in self.store.answers_by_thread(t.id for t in live).items()
        }
        for thread in sorted(live, key=lambda t: t.id):
            if self.should_stop():
                self.report.stopped = True
                return
            try:
                self.step_thread(thread, folders)
            except Exception as exc:
                if is_transient(exc):
                    raise
                self.store.rollback()
                log.exception("thread %s: step failed (%s); will retry next cycle",
                              thread.id, type(exc).__name__)
        self.store.commit()

    def step_thread(self, thread: Thread, folders: Folders) -> None:
        if (thread.state == State.SCHEDULED.value and thread.contact_hints
                and thread.contact_reason is None):
            self.look_up_earlier_mail(thread, folders)
        for _ in range(MAX_STEPS):
            step = lifecycle.next_step(self.facts(thread), self.now, self.policy)
            if step is None:
                break
            if step.transition.action is not Action.NONE and not self.place(
                thread, step.transition.action, folders
            ):
                break
            old = thread.state
            why = step.transition.reason.value or step.event.value
            thread.state = step.transition.to.value
            thread.reason = step.transition.reason.value
            if step.transition.reason is Reason.STAGE_NOT_WANTED:
                thread.reason = why = (f"{thread.stage} stage not in DEBRIEF_DRAFT_STAGES "
                                       f"({','.join(self.settings.draft_stages)})")
            thread.updated_at = self.now
            self.store.log(thread, self.now, f"{old} -> {thread.state}", why)
            log.info("thread %s: %s%s -> %s (%s)", thread.id, "would go " if self.dry_run else "",
                     old, thread.state, why)
            self.report.transitions.append((thread.id, old, thread.state))
            self.fault("before commit")
            self.store.commit()
            self.fault("after commit")
        thread.next_action_at = lifecycle.next_action_at(self.facts(thread), self.policy)

    def facts(self, thread: Thread) -> ThreadFacts:
        answers = self.answers.get(thread.id, [])
        first = planner.the_answer(thread, answers, self.policy)
        return ThreadFacts(
            state=State(thread.state),
            reason=Reason.of(thread.reason),
            rejected_at=thread.rejected_at,
            first_seen_at=thread.first_seen_at,
            due_at=thread.due_at,
            has_contact=bool(thread.contact_email),
            request_placed_at=thread.request_placed_at,
            draft_present=self.draft_present.get(thread.id),
            sent_at=thread.sent_at,
            answer_at=first.at if first else None,
            thanks_placed_at=thread.thanks_placed_at,
            stage_wanted=thread.stage in self.settings.draft_stages,
        )

    def place(self, thread: Thread, action: Action, folders: Folders) -> bool:
        """Place a draft exactly once: the intent (its Message-ID) is committed before the
        APPEND; a planned intent that recovery did not find is appended under the same id."""
        kind: planner.IntentKind = "request" if action is Action.PLACE_REQUEST else "thanks"
        intent = thread.intent(kind)
        message_id = intent.message_id if intent is not None else self.new_message_id()
        if kind == "request":
            plan = planner.plan_request(thread, self.you, message_id, self.now, self.templates)
        else:
            plan = planner.plan_thanks(thread, self.answers.get(thread.id, []), self.policy,
                                       self.you, message_id, self.now, self.templates)
            answer = plan.answer
            thread.answer_message_id = answer.message_id if answer else None
            thread.answer_at = answer.at if answer else None
            thread.answer_kind = answer.kind if answer else None
        if intent is None:
            intent = self.store.plan_intent(thread, kind, message_id, self.now)
            self.store.log(thread, self.now, f"{plan.kind} intent", message_id)
            self.store.commit()  # the intent is durable before the APPEND
            self.index.add(thread)
        self.fault("before append")
        self.report.drafts.append((thread.id, plan.kind, plan.raw))
        if not self.dry_run:
            uid = self.mailbox.append_draft(folders.drafts, plan.raw, self.now)
            if uid is not None and self.drafts_uidvalidity is not None:
                intent.draft_uidvalidity, intent.draft_uid = self.drafts_uidvalidity, uid
        self.fault("after append")
        intent.placed_at = self.now
        self.store.log(thread, self.now, f"{plan.kind} draft placed",
                       f"{plan.rendered.subject} -> {plan.to.email}")
        if self.dry_run:
            log.info("thread %s: would place %s draft in %s for %s (dry run)", thread.id,
                     plan.kind, folders.drafts, plan.to.email)
        else:
            log.info("thread %s: %s draft placed in %s for %s", thread.id, plan.kind,
                     folders.drafts, plan.to.email)
        return True


def answer_of(row: SeenMessage) -> Answer:
    return Answer(message_id=row.dedupe_key, at=row.message_date, kind=row.reason,
                  sender=row.sender, sender_name=row.sender_name)


def is_transient(exc: BaseException) -> bool:
    from agent.errors import MailboxError, StoreError

    return isinstance(exc, MailboxError | StoreError | OSError)


def run_cycle(
    settings: Settings,
    store: Store,
    clock: Clock = system_clock,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    should_stop: Callable[[], bool] = lambda: False,
    mailbox_factory: Callable[..., Mailbox] = Mailbox,
    fault: Callable[[str], None] = no_fault,
) -> CycleReport:
    """Connect, run one cycle, disconnect. Raises MailboxError/StoreError on outages."""
    if store.all_accounts:  # a cycle must see only its own account's threads and cursors
        raise ValueError("run_cycle needs a store of one account (all_accounts=False)")
    now = clock()
    with mailbox_factory(settings.imap) as mailbox:
        return Cycle(settings, store, mailbox, now, dry_run=dry_run, progress=progress,
                     should_stop=should_stop, fault=fault).run()


__all__ = ["Cycle", "CycleReport", "run_cycle", "system_clock", "fixed_clock"]
