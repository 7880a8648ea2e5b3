"""One cycle: sync INBOX and Sent, classify what is new, step every thread, place drafts.

This is the only module that joins the pure core to the mailbox and the database. Order matters:
1. finish any draft whose APPEND may have happened before a crash (look before appending again);
2. INBOX: new rejections open threads; answers and auto-replies are attached to their thread;
3. Sent: a message referencing a rejection means the user sent (or wrote) an answer;
4. Drafts: is each placed, unsent draft still there (under any UID)?
5. each open thread walks the state table until it waits, placing drafts as the table says.
Every message's outcome is committed with the cursor that covers it, one batch at a time.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Protocol

from agent.config import Settings
from agent.contact_lookup import look_up_contact
from agent.core import conversation, lifecycle
from agent.core.classify import ANALYSED_CHARS, Verdict, classify, strip_quoted
from agent.core.contacts import is_unreachable
from agent.core.drafts import (
    DraftContext,
    DraftHeaders,
    DraftKind,
    build,
    may_receive_draft,
    new_message_id,
    render,
    template_environment,
)
from agent.core.feedback import read_feedback, recruiter_words, theme_names
from agent.core.lifecycle import Action, Policy, State, ThreadFacts
from agent.core.message import Address, ParsedMessage, normalize_subject, parse_message
from agent.core.register import gender_for
from agent.core.replies import answer_kind, is_auto_reply, is_bounce
from agent.core.schedule import WAIT_MAX, feedback_due_at, first_business_moment
from agent.core.stage import HistoryMail, history_domains
from agent.core.voice import Voice, assess
from agent.mailbox import FetchedMessage, Folders, Mailbox
from agent.store import SeenMessage, Store, Thread

log = logging.getLogger("debrief.cycle")

Clock = Callable[[], datetime]
FETCH_CAP = 262_144  # bytes of each message fetched: headers and the text part, not attachments
MIN_CONFIDENCE = 0.5
MAX_STEPS = 10  # transitions per thread per cycle; the table has no loops, this is a fuse
HISTORY_MAX = 20  # earlier messages per folder read to tell the stage
HISTORY_CAP = 32_768  # bytes of each
HISTORY_WINDOW = timedelta(days=180)
_UIDVALIDITY_NOTED: set[str] = set()  # folders whose same-messages UIDVALIDITY change was logged


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


def fixed_clock(instant: datetime) -> Clock:
    return lambda: instant


class Progress(Protocol):
    def __call__(self, folder: str, total: int) -> Callable[[int], None]: ...


def no_progress(folder: str, total: int) -> Callable[[int], None]:
    return lambda n: None


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
    ) -> None:
        self.settings = settings
        self.store = store
        self.mailbox = mailbox
        self.now = now
        self.dry_run = dry_run
        self.progress = progress
        self.should_stop = should_stop
        self.classify = classifier
        self.policy = Policy(silence=timedelta(days=settings.silence_days))
        self.templates = template_environment(settings.templates_dir)
        self.report = CycleReport(now=now)
        self.folders: Folders | None = None

    # -- the cycle --------------------------------------------------------------------------
    def run(self) -> CycleReport:
        folders = self.folders = self.mailbox.find_folders(
            self.settings.drafts_folder, self.settings.sent_folder
        )
        self.sync(folders.inbox, self.handle_inbox)
        if not self.report.stopped:
            self.sync(folders.sent, self.handle_sent)
        if not self.report.stopped:
            # After both syncs: a recovered draft the user has since sent is seen in Sent.
            self.recover_intents(folders)
            self.step_threads(folders)
        return self.report

    # -- 1. crash recovery ------------------------------------------------------------------
    def recover_intents(self, folders: Folders) -> None:
        """A draft id recorded but not confirmed: find it before anyone appends it again."""
        for thread in self.store.threads():
            for kind, id_attr, placed_attr in (
                ("request", "request_message_id", "request_placed_at"),
                ("thanks", "thanks_message_id", "thanks_placed_at"),
            ):
                message_id = getattr(thread, id_attr)
                if not message_id or getattr(thread, placed_attr) is not None:
                    continue
                if self.draft_exists(folders, message_id, thread, kind):
                    setattr(thread, placed_attr, self.now)
                    if kind == "request" and thread.state == State.SCHEDULED.value:
                        self.set_state(thread, State.DRAFTED, "")
                    elif kind == "thanks" and thread.state == State.REPLIED.value:
                        self.set_state(thread, State.THANKED, "")
                    self.store.log(thread, self.now, f"{kind} draft found after restart",
                                   message_id)
                    log.info("thread %s: %s draft %s was already placed", thread.id, kind,
                             message_id)
        self.store.commit()

    def draft_exists(self, folders: Folders, message_id: str, thread: Thread | None,
                     kind: str = "request") -> bool:
        """Our draft by its Message-ID in Drafts or Sent; for a request, also the user's edited
        copy, or any sign it was sent (some clients give sent mail a new Message-ID)."""
        for folder in (folders.drafts, folders.sent):
            if self.mailbox.find_message_ids(folder, [message_id]).get(message_id):
                return True
        if thread is None:
            return False
        if kind == "thanks":  # the user's edited or sent copy answers the answer
            answer = thread.answer_message_id or ""
            return answer.startswith("<") and any(
                self.mailbox.find_replies_to(folder, answer)
                for folder in (folders.drafts, folders.sent)
            )
        return thread.sent_at is not None or self.request_draft_present(thread, folders)

    # -- 2./3. incremental sync ---------------------------------------------------------------
    def sync(self, folder: str, handle: Callable[[FetchedMessage, ParsedMessage], None]) -> None:
        cursor = self.store.cursor(folder)
        since = (self.now - timedelta(days=self.settings.lookback_days)).date()
        state = self.mailbox.folder_state(folder)
        last_uid: int | None = None
        if cursor is not None and cursor.uidvalidity == state.uidvalidity:
            last_uid = cursor.last_uid
        state, uids = self.mailbox.new_uids(folder, last_uid, since if last_uid is None else None,
                                            state=state)
        uids = [u for u in uids if not self.store.seen_uid(folder, state.uidvalidity, u)]
        if cursor is not None and cursor.uidvalidity != state.uidvalidity:
            uids = self.drop_known(folder, uids, cursor.uidvalidity, state.uidvalidity)
        self.report.fetched[folder] = len(uids)
        if not uids:
            if cursor is None or cursor.uidvalidity != state.uidvalidity:
                self.store.set_cursor(folder, state.uidvalidity, max(state.uidnext - 1, 0),
                                      self.now)
                self.store.commit()
            return
        advance = self.progress(folder, len(uids))
        highest = last_uid or 0
        for fetched in self.mailbox.fetch(folder, uids, cap_bytes=FETCH_CAP):
            self.handle_one(folder, fetched, handle)
            highest = max(highest, fetched.uid)
            # The message's outcome and the cursor past it commit together.
            self.store.set_cursor(folder, state.uidvalidity, highest, self.now)
            self.store.commit()
            advance(1)
            if self.should_stop():
                self.report.stopped = True
                return
        # UIDs that vanished between SEARCH and FETCH (expunged) are passed too.
        self.store.set_cursor(folder, state.uidvalidity, max(highest, uids[-1]), self.now)
        self.store.commit()

    def drop_known(self, folder: str, uids: list[int], old: int, new: int) -> list[int]:
        """After a UIDVALIDITY change, only the window's messages not already seen (by
        Message-ID, read from headers alone) need fetching.

        Courier gives a folder that no client has opened read-write a new UIDVALIDITY on every
        session: without this every poll would refetch the whole window.
        """
        ids = self.mailbox.message_ids(folder, uids) if uids else {}
        unknown = [u for u in uids
                   if not ids.get(u) or self.store.seen_key(folder, ids[u]) is None]
        known = len(uids) - len(unknown)
        if unknown:
            log.warning("%s: UIDVALIDITY changed (%s -> %s); %d message(s) of the last %s days "
                        "already seen, fetching %d", folder, old, new, known,
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

    def handle_one(
        self,
        folder: str,
        fetched: FetchedMessage,
        handle: Callable[[FetchedMessage, ParsedMessage], None],
    ) -> None:
        """Parse and handle one message; anything it raises is logged and recorded, never fatal."""
        try:
            parsed = parse_message(fetched.raw)
            if self.store.seen_key(folder, parsed.dedupe_key) is not None:
                self.seen(fetched, parsed, "duplicate", "already seen under another UID")
                return
            handle(fetched, parsed)
        except Exception as exc:  # hostile mail must never stop the cycle
            self.store.rollback()
            log.warning("%s uid %s: skipped, could not be handled (%s: %s)", folder, fetched.uid,
                        type(exc).__name__, str(exc)[:200])
            self.report.skipped_messages += 1
            self.store.record_seen(
                folder=folder, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
                dedupe_key=f"uid:{fetched.uidvalidity}:{fetched.uid}", outcome="skipped",
                reason=f"{type(exc).__name__}: {str(exc)[:300]}", message_date=None,
                seen_at=self.now,
            )

    def seen(self, fetched: FetchedMessage, parsed: ParsedMessage, outcome: str,
             reason: str = "", thread: Thread | None = None) -> SeenMessage:
        return self.store.record_seen(
            folder=fetched.folder, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
            dedupe_key=parsed.dedupe_key[:600], outcome=outcome, reason=reason[:2000],
            thread_id=thread.id if thread else None,
            message_date=message_time(parsed, fetched, self.now), seen_at=self.now,
            sender=(parsed.sender.email if parsed.sender else "")[:320],
            sender_name=(parsed.sender.name if parsed.sender else "")[:300],
        )

    # -- INBOX ------------------------------------------------------------------------------
    def handle_inbox(self, fetched: FetchedMessage, parsed: ParsedMessage) -> None:
        sender = parsed.sender.email if parsed.sender else ""
        if sender == self.settings.your_email:
            self.seen(fetched, parsed, "ignored", "from you")
            return
        thread = self.thread_of(parsed) or self.awaiting_answer_from(parsed, fetched)
        if thread is not None:
            self.attach_to_thread(thread, fetched, parsed)
            return
        verdict = self.classify(parsed)
        if verdict.label != "rejection" or verdict.bulk or verdict.confidence < MIN_CONFIDENCE:
            self.seen(fetched, parsed, "ignored", f"{verdict.label} ({verdict.confidence:.2f})")
            return
        thread = self.open_thread(fetched, parsed, verdict)
        self.seen(fetched, parsed, "thread", "rejection", thread)

    def thread_of(self, parsed: ParsedMessage) -> Thread | None:
        """The thread this message belongs to: by its references, else correspondent + subject."""
        for ref in reversed(parsed.thread_ids):
            thread = self.store.thread_by_message_id(ref)
            if thread is not None:
                return thread
        subject = normalize_subject(parsed.subject)
        if not subject:
            return None
        for thread in self.store.threads():
            if normalize_subject(thread.rejection_subject) != subject:
                continue
            if self.now - thread.rejected_at > timedelta(days=60):
                continue
            # Only a person's address or the company's own domain: an ATS relay sends the same
            # subject for many companies.
            if thread.contact_email and answering_address(parsed, thread):
                return thread
        return None

    def awaiting_answer_from(self, parsed: ParsedMessage,
                             fetched: FetchedMessage) -> Thread | None:
        """A thread whose request went to this very address and awaits an answer: a reply under
        a new subject ("we can't share feedback") is an answer, not a new rejection."""
        addresses = {a.email for a in (*parsed.reply_to, parsed.sender) if a}
        arrived = arrival_time(parsed, fetched, self.now)
        for thread in self.store.threads((State.SENT.value,)):
            if thread.contact_email in addresses and thread.sent_at and arrived >= thread.sent_at:
                return thread
        return None

    def attach_to_thread(self, thread: Thread, fetched: FetchedMessage,
                         parsed: ParsedMessage) -> None:
        """A message in an existing thread: an answer, an auto-reply, or just more mail."""
        if is_auto_reply(parsed) or is_bounce(parsed):
            kind = "bounce" if is_bounce(parsed) else "auto-reply"
            self.seen(fetched, parsed, "auto_reply", kind, thread)
            self.store.log(thread, self.now, f"{kind} ignored", parsed.subject)
            return
        who = answering_address(parsed, thread)
        if who is None:
            self.seen(fetched, parsed, "ignored", "in thread, not from the contact", thread)
            return
        words = recruiter_words(parsed.text)
        kind = answer_kind(parsed)
        if kind == "feedback" and theme_names(read_feedback(words)) == ["no_feedback"]:
            kind = "no_feedback"  # a refusal the line-based check missed (wrapped mid-phrase)
        row = self.seen(fetched, parsed, "answer", kind, thread)
        # Who answered (Reply-To through a relay), timed by arrival: a sender's slow clock must
        # not put a real answer before the request.
        row.sender, row.sender_name = who.email[:320], who.name[:300]
        row.message_date = arrival_time(parsed, fetched, self.now)
        row.feedback_text = words  # the recruiter's own words, for `debrief plan`
        self.store.log(thread, self.now, "message from contact",
                       f"{parsed.subject} ({kind.replace('_', ' ')})")

    def open_thread(self, fetched: FetchedMessage, parsed: ParsedMessage,
                    verdict: Verdict) -> Thread:
        rejected_at = message_time(parsed, fetched, self.now)
        contact_email = verdict.contact_email
        if contact_email and is_unreachable(contact_email):  # belt and braces: never a no-reply
            contact_email = ""
        if contact_email and not may_receive_draft(contact_email, parsed):
            contact_email = ""
        due = self.due_at(rejected_at)
        hints = None
        if not contact_email:  # a no-reply system: look for the conversation before the draft
            hints = conversation.rejection_facts(
                parsed, fetched.raw, company=verdict.company, job_title=verdict.job_title,
                signature_name=verdict.contact_name, own_addresses=self.own_addresses(),
            ).to_json()
        speech = self.voice(parsed, verdict, contact_email, rejected_at)
        skip = speech.stage not in self.settings.draft_stages
        thread = self.store.add_thread(Thread(
            state=State.SKIPPED.value if skip else State.SCHEDULED.value,
            reason=(f"{speech.stage} stage not in DEBRIEF_DRAFT_STAGES "
                    f"({','.join(self.settings.draft_stages)})") if skip else "",
            company=verdict.company[:300],
            job_title=verdict.job_title[:300],
            contact_name=verdict.contact_name[:300] if contact_email else "",
            contact_email=contact_email[:320],
            stage=speech.stage,
            language=verdict.language,
            formal=speech.formal,
            salutation=speech.salutation,
            final_round=speech.final_round,
            hook_kind=speech.hook.kind,
            hook=speech.hook.text[:200],
            company_confidence=speech.company_confidence,
            title_confidence=speech.title_confidence,
            confidence=verdict.confidence,
            classifier_reasons=json.dumps(list(verdict.reasons)[:20]),
            rejection_message_id=parsed.dedupe_key[:600],
            rejection_subject=parsed.subject[:1000],
            rejection_from=(parsed.sender.email if parsed.sender else "")[:320],
            rejection_references=" ".join(parsed.references[-10:]),
            rejected_at=rejected_at,
            contact_hints=hints,
            first_seen_at=self.now,
            due_at=due,
            next_action_at=None if skip else due,
            created_at=self.now,
            updated_at=self.now,
        ))
        self.store.log(thread, self.now, "rejection recognised",
                       f"{verdict.company or '?'} / {verdict.job_title or '?'} "
                       f"({verdict.confidence:.2f}); contact {contact_email or 'none'}")
        log.info("thread %s: rejection from %s for %s (%s); contact %s; request due %s",
                 thread.id, verdict.company or "unknown company", verdict.job_title or "a role",
                 f"{verdict.confidence:.2f}", contact_email or "none",
                 due.astimezone(self.settings.timezone).isoformat(timespec="minutes"))
        self.store.log(thread, self.now, "how the draft speaks", speech.describe())
        if skip:
            self.store.log(thread, self.now, "scheduled -> skipped", thread.reason)
            log.info("thread %s: skipped (%s)", thread.id, thread.reason)
        self.report.opened.append(thread.id)
        return thread

    def voice(self, parsed: ParsedMessage, verdict: Verdict, contact_email: str,
              rejected_at: datetime) -> Voice:
        """How the drafts speak: stage (with the company's earlier mail), register, hook."""
        text = strip_quoted(parsed.text or "")[:ANALYSED_CHARS]
        domains = history_domains(contact_email, parsed.sender.email if parsed.sender else "")
        return assess(
            verdict_stage=verdict.stage, language=verdict.language, text=text,
            contact_name=verdict.contact_name, company=verdict.company, domains=domains,
            history=self.company_history(parsed, domains, rejected_at),
            company_confidence=getattr(verdict, "company_confidence", None),
            title_confidence=getattr(verdict, "title_confidence", None),
        )

    def company_history(self, parsed: ParsedMessage, domains: tuple[str, ...],
                        rejected_at: datetime) -> list[HistoryMail]:
        """Earlier mail with the company: from them in INBOX, from the user in Sent."""
        if not domains or self.folders is None:
            return []
        found: list[HistoryMail] = []
        try:
            for folder, header, kind in ((self.folders.inbox, "From", "inbox"),
                                         (self.folders.sent, "To", "sent")):
                uids: set[int] = set()
                for domain in domains[:2]:
                    uids.update(self.mailbox.search_header(folder, header, "@" + domain))
                for fetched in self.mailbox.fetch(folder, sorted(uids)[-HISTORY_MAX:],
                                                  cap_bytes=HISTORY_CAP):
                    earlier = parse_message(fetched.raw)
                    when = message_time(earlier, fetched, self.now)
                    if (earlier.dedupe_key == parsed.dedupe_key or when >= rejected_at
                            or when < rejected_at - HISTORY_WINDOW):
                        continue
                    found.append(HistoryMail(
                        folder=kind, subject=earlier.subject,  # type: ignore[arg-type]
                        text=strip_quoted(earlier.text or "")[:4000], date=when,
                        reply=bool(earlier.in_reply_to) or earlier.subject.lower().startswith(
                            ("re:", "aw:", "antw:", "rv:")),
                    ))
        except Exception as exc:  # history only refines the wording: never lose the thread
            if is_transient(exc):
                raise
            log.warning("history lookup failed (%s); stage from the rejection alone",
                        type(exc).__name__)
        return found

    def due_at(self, rejected_at: datetime) -> datetime:
        """Draft time: the 24–48 h window's first business moment, not before we saw the mail."""
        due = feedback_due_at(rejected_at, self.settings.business_hours, self.settings.timezone)
        if due >= self.now or self.settings.business_hours is None:
            return due
        # First seen inside the window after its best moment: the next business moment left in
        # it, else at once.
        later = first_business_moment(self.now, rejected_at + WAIT_MAX,
                                      self.settings.business_hours, self.settings.timezone)
        return later or self.now

    # -- Sent -------------------------------------------------------------------------------
    def handle_sent(self, fetched: FetchedMessage, parsed: ParsedMessage) -> None:
        thread = None
        for ref in reversed(parsed.thread_ids):
            thread = self.store.thread_by_message_id(ref)
            if thread is not None:
                break
        if thread is None and parsed.message_id:
            thread = self.store.thread_by_message_id(parsed.message_id)  # our draft, sent as is
        if thread is None:
            thread = self.thread_by_subject_and_recipient(parsed)
        if thread is None:
            self.seen(fetched, parsed, "ignored", "not about a thread")
            return
        when = message_time(parsed, fetched, self.now)
        is_thanks = bool(thread.thanks_message_id) and (
            parsed.message_id == thread.thanks_message_id
            or (thread.answer_message_id or "-") in parsed.thread_ids
        )
        if is_thanks:
            self.seen(fetched, parsed, "sent", "thank-you sent", thread)
            self.store.log(thread, self.now, "thank-you sent", parsed.subject)
            return
        ours = parsed.message_id and parsed.message_id == thread.request_message_id
        if not ours and not sent_to_correspondent(parsed, thread):
            self.seen(fetched, parsed, "sent", "in thread, not to the contact", thread)
            self.store.log(thread, self.now, "you wrote about this thread to someone else",
                           parsed.subject)
            return
        if thread.sent_at is None and when >= thread.rejected_at - timedelta(minutes=5):
            thread.sent_at = when
            thread.sent_message_id = parsed.message_id or None
            thread.updated_at = self.now
            self.store.log(thread, self.now, "you sent a message in this thread", parsed.subject)
        self.seen(fetched, parsed, "sent", "in thread", thread)

    def thread_by_subject_and_recipient(self, parsed: ParsedMessage) -> Thread | None:
        subject = normalize_subject(parsed.subject)
        recipients = {a.email for a in parsed.to + parsed.cc}
        if not subject or not recipients:
            return None
        for thread in self.store.threads():
            if normalize_subject(thread.rejection_subject) == subject and (
                thread.contact_email in recipients or thread.rejection_from in recipients
            ):
                return thread
        return None

    # -- 4./5. threads ------------------------------------------------------------------------
    def step_threads(self, folders: Folders) -> None:
        for thread in self.store.threads():
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

    def step_thread(self, thread: Thread, folders: Folders) -> None:
        if (thread.state == State.SCHEDULED.value and not thread.contact_email
                and thread.contact_hints and thread.contact_reason is None):
            self.find_conversation_contact(thread, folders)
        for _ in range(MAX_STEPS):
            facts = self.facts(thread, folders)
            step = lifecycle.next_step(facts, self.now, self.policy)
            if step is None:
                break
            if step.transition.action is not Action.NONE and not self.place(
                thread, step.transition.action, folders
            ):
                break
            old = thread.state
            self.set_state(thread, step.transition.to, step.transition.reason)
            self.store.log(thread, self.now, f"{old} -> {thread.state}",
                           step.transition.reason or step.event.value)
            log.info("thread %s: %s%s -> %s (%s)", thread.id,
                     "would go " if self.dry_run else "", old, thread.state,
                     step.transition.reason or step.event.value)
            self.report.transitions.append((thread.id, old, thread.state))
            self.store.commit()
        thread.next_action_at = lifecycle.next_action_at(self.facts(thread, None), self.policy)
        self.store.commit()

    def own_addresses(self) -> tuple[str, ...]:
        login = self.settings.imap.username.lower()
        return (self.settings.your_email, *((login,) if "@" in login else ()))

    def find_conversation_contact(self, thread: Thread, folders: Folders) -> None:
        """Once per rejection with nobody reachable: the person the user talked to there."""
        facts = conversation.RejectionFacts.from_json(thread.contact_hints or "")
        found = look_up_contact(
            self.mailbox, folders, facts,
            now=self.now, lookback_days=self.settings.contact_lookback_days,
            own_addresses=self.own_addresses(), tz=self.settings.timezone)
        thread.contact_reason, choice = found.reason, found.choice
        if choice is not None:
            thread.contact_name, thread.contact_email = choice.name[:300], choice.email[:320]
            thread.contact_reply_to = choice.reply_message_id[:600] or None
            thread.contact_references = " ".join(choice.reply_references) or None
            thread.contact_subject = choice.reply_subject[:1000] or None
        self.store.log(thread, self.now, "contact found in an earlier conversation" if choice
                       else "no contact found", found.reason)
        log.info("thread %s: contact %s (%d earlier messages looked at)", thread.id,
                 choice.email if choice else "none", found.looked_at)
        thread.updated_at = self.now
        self.store.commit()

    def facts(self, thread: Thread, folders: Folders | None) -> ThreadFacts:
        draft_present: bool | None = None
        if (folders is not None and thread.state == State.DRAFTED.value
                and thread.sent_at is None and thread.request_placed_at is not None
                and thread.request_placed_at < self.now):
            draft_present = self.request_draft_present(thread, folders)
        answer = self.first_answer(thread)
        return ThreadFacts(
            state=State(thread.state),
            reason=thread.reason,
            rejected_at=thread.rejected_at,
            first_seen_at=thread.first_seen_at,
            due_at=thread.due_at,
            has_contact=bool(thread.contact_email),
            request_placed_at=thread.request_placed_at,
            draft_present=draft_present,
            sent_at=thread.sent_at,
            answer_at=answer.message_date if answer else None,
        )

    def first_answer(self, thread: Thread) -> SeenMessage | None:
        """The first human answer after the request was sent (earlier mail is not an answer)."""
        if thread.sent_at is None:
            return None
        deadline = thread.sent_at + self.policy.silence  # the thread closed then, come what may
        for row in self.store.answers(thread.id):
            if row.message_date is not None and (
                thread.sent_at - timedelta(minutes=5) <= row.message_date < deadline
            ):
                return row
        return None

    def request_draft_present(self, thread: Thread, folders: Folders) -> bool:
        """Our draft, or the user's edited copy of it (new UID, same threading headers)."""
        if thread.request_message_id and self.mailbox.find_message_ids(
            folders.drafts, [thread.request_message_id]
        ).get(thread.request_message_id):
            return True
        if thread.rejection_message_id.startswith("<"):
            return bool(self.mailbox.find_replies_to(folders.drafts, thread.rejection_message_id))
        return False

    def place(self, thread: Thread, action: Action, folders: Folders) -> bool:
        """Place a draft exactly once: record its Message-ID, look for it, append only if absent."""
        if action is Action.PLACE_REQUEST:
            kind: DraftKind = "feedback_request"
            id_attr, placed_attr = "request_message_id", "request_placed_at"
            to_name, to_email = thread.contact_name, thread.contact_email
            in_reply_to = thread.rejection_message_id
            references = tuple(thread.rejection_references.split())
            if thread.contact_reply_to:  # a reply in the conversation the user had with them;
                # the rejection's id first, so the user's Sent copy still finds this thread
                in_reply_to = thread.contact_reply_to
                references = tuple(r for r in (thread.rejection_message_id,
                                               *(thread.contact_references or "").split())
                                   if r.startswith("<"))
        else:
            answer = self.first_answer(thread)
            kind = "thank_you_no_feedback" if answer and answer.reason == "no_feedback" else (
                "thank_you_feedback")
            id_attr, placed_attr = "thanks_message_id", "thanks_placed_at"
            to_name, to_email = thread.contact_name, thread.contact_email
            if (answer and answer.sender and answer.sender != thread.contact_email
                    and not is_unreachable(answer.sender)):
                to_name, to_email = answer.sender_name, answer.sender  # a colleague answered
            in_reply_to = answer.dedupe_key if answer else thread.rejection_message_id
            references = tuple(
                r for r in (*thread.rejection_references.split(), thread.rejection_message_id,
                            thread.sent_message_id or "") if r
            )
            thread.answer_message_id = in_reply_to
            thread.answer_at = answer.message_date if answer else None
            thread.answer_kind = answer.reason if answer else None
        if not in_reply_to.startswith("<"):
            in_reply_to = ""  # the rejection had no Message-ID: nothing to thread to
        message_id = getattr(thread, id_attr)
        if message_id is None:
            message_id = new_message_id(self.settings.your_email)
            setattr(thread, id_attr, message_id)
            self.store.log(thread, self.now, f"{kind} intent", message_id)
            self.store.commit()  # the intent is durable before the APPEND
        # else: an earlier APPEND failed or crashed and recover_intents found nothing: append.
        if not may_receive_draft(to_email):
            raise ValueError(f"refusing to address a draft to {to_email!r}")
        rendered = render(kind, DraftContext(
            contact_name=to_name,
            company=thread.company, job_title=thread.job_title,
            stage=thread.stage, your_name=self.settings.your_name,
            rejection_subject=thread.contact_subject or thread.rejection_subject,
            language=thread.language, formal=thread.formal is not False,
            gender=gender_for(thread.salutation, to_name),
            final_round=bool(thread.final_round), hook_kind=thread.hook_kind or "",
            hook=thread.hook or "", company_confidence=thread.company_confidence,
            title_confidence=thread.title_confidence,
        ), self.templates)
        raw = build(DraftHeaders(
            message_id=message_id, from_name=self.settings.your_name,
            from_email=self.settings.your_email, to_name=to_name, to_email=to_email,
            in_reply_to=in_reply_to, references=references, date=self.now,
        ), rendered)
        self.report.drafts.append((thread.id, kind, raw))
        if not self.dry_run:
            self.mailbox.append_draft(folders.drafts, raw, self.now)
        setattr(thread, placed_attr, self.now)
        self.store.log(thread, self.now, f"{kind} draft placed",
                       f"{rendered.subject} -> {to_email}")
        if self.dry_run:
            log.info("thread %s: would place %s draft in %s for %s (dry run)", thread.id, kind,
                     folders.drafts, to_email)
        else:
            log.info("thread %s: %s draft placed in %s for %s", thread.id, kind, folders.drafts,
                     to_email)
        return True

    def set_state(self, thread: Thread, state: State, reason: str) -> None:
        thread.state = state.value
        thread.reason = reason
        thread.updated_at = self.now


def message_time(parsed: ParsedMessage, fetched: FetchedMessage, now: datetime) -> datetime:
    """The message's own Date, unless missing or implausible; then the server's arrival time."""
    arrived = fetched.internaldate or now
    if parsed.date is None:
        return arrived
    if parsed.date > arrived + timedelta(days=1) or parsed.date < arrived - timedelta(days=30):
        return arrived
    return parsed.date


def arrival_time(parsed: ParsedMessage, fetched: FetchedMessage, now: datetime) -> datetime:
    """The later of the Date header and the server's arrival time."""
    return max(message_time(parsed, fetched, now), fetched.internaldate or now)


_FORWARD = re.compile(r"^\s*(fwd?|wg|tr|rv|i)\s*:", re.IGNORECASE)


def sent_to_correspondent(parsed: ParsedMessage, thread: Thread) -> bool:
    """A Sent message that answers the thread: to its correspondent, and not a forward."""
    if _FORWARD.match(parsed.subject):
        return False
    return any(correspondent_matches(a.email, thread) or a.email == thread.rejection_from
               for a in parsed.to + parsed.cc)


def answering_address(parsed: ParsedMessage, thread: Thread) -> Address | None:
    """Who in this message speaks for the thread's correspondent: a reachable Reply-To or From
    (a relay's Reply-To names the person), never a no-reply address."""
    for address in (*parsed.reply_to, parsed.sender):
        if address is not None and correspondent_matches(address.email, thread):
            return address
    return None


def correspondent_matches(sender: str, thread: Thread) -> bool:
    """The contact, the rejection's sender, or someone at the contact's domain; never a
    no-reply or relay address, which no person reads."""
    sender = sender.lower()
    if not sender or is_unreachable(sender):
        return False
    if sender == thread.contact_email:
        return True
    if sender == thread.rejection_from and not is_unreachable(sender):
        return True
    domain = sender.rpartition("@")[2]
    contact_domain = thread.contact_email.rpartition("@")[2]
    return bool(contact_domain) and domain == contact_domain


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
) -> CycleReport:
    """Connect, run one cycle, disconnect. Raises MailboxError/StoreError on outages."""
    now = clock()
    with mailbox_factory(settings.imap) as mailbox:
        return Cycle(settings, store, mailbox, now, dry_run=dry_run, progress=progress,
                     should_stop=should_stop).run()


__all__ = ["Cycle", "CycleReport", "run_cycle", "system_clock", "fixed_clock"]
