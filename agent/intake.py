"""What new mail means, asked of the core and recorded: in INBOX, a new rejection opens a
thread (`core.planner.plan_opening`) and an answer or auto-reply is attached to its thread
(`core.matching.match_inbox`, `read_answer`); in Sent, the user's send, thank-you or note to
someone else (`core.matching.match_sent`). Before a new thread's first step, one look-up of the
earlier mail with the company may raise its stage and find the person to ask.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from agent.contact_lookup import (
    Correspondence,
    SearchPlan,
    choose_contact,
    history_mail,
    search_companies,
    search_company,
)
from agent.core import matching, planner
from agent.core.classify import Verdict, bulk_by_headers, recognise
from agent.core.conversation import RejectionFacts
from agent.core.lifecycle import Policy, State
from agent.core.matching import InboxKind, InboxMatch, SentKind
from agent.core.message import ParsedMessage, with_body
from agent.core.stage import raise_with_history
from agent.lookahead import EarlierMailAhead
from agent.mailbox import FetchedMessage, Folders
from agent.poll import Poll
from agent.store import Thread
from agent.sync import record
from agent.views import when

log = logging.getLogger("debrief.cycle")

HISTORY_WINDOW = timedelta(days=180)  # earlier mail with the company read for its stage


class Intake:
    """The INBOX and Sent handlers of one poll (see `agent.sync.sync`)."""

    def __init__(self, poll: Poll, policy: Policy,
                 classifier: Callable[[ParsedMessage], Verdict] = recognise) -> None:
        self.poll = poll
        self.policy = policy
        self.classify = classifier

    # -- INBOX ------------------------------------------------------------------------------
    def inbox(self, fetched: FetchedMessage, head: ParsedMessage) -> None:
        poll = self.poll
        match = matching.match_inbox(head, fetched.internaldate, poll.now, poll.index,
                                     poll.settings.your_email)
        if match.kind is InboxKind.FROM_YOU:
            record(poll, fetched, head, "ignored", "from you")
            return
        if match.kind is InboxKind.SAME_MESSAGE:
            record(poll, fetched, head, "duplicate", match.kind.value, match.thread)
            return
        if match.kind is InboxKind.CANDIDATE:
            bulk = bulk_by_headers(head)
            if bulk:  # list or newsletter mail is never a rejection: no body, no classifier
                record(poll, fetched, head, "ignored", "bulk: " + "; ".join(bulk))
                return
            parsed = with_body(head, fetched.raw)  # the body matters from here on
            verdict = self.classify(parsed)
            if not planner.verdict_opens_thread(verdict):
                record(poll, fetched, parsed, "ignored",
                       f"{verdict.label} ({verdict.confidence:.2f})")
                return
            thread = self.open_thread(fetched, parsed, verdict)
            record(poll, fetched, parsed, "thread", "rejection", thread)
            return
        assert match.thread is not None
        self.attach(match.thread, fetched, match, with_body(head, fetched.raw))

    def attach(self, thread: Thread, fetched: FetchedMessage, match: InboxMatch[Any],
               parsed: ParsedMessage) -> None:
        """A message in an existing thread: an answer, an auto-reply, or just more mail."""
        poll = self.poll
        if match.kind in (InboxKind.AUTO_REPLY, InboxKind.BOUNCE):
            record(poll, fetched, parsed, "auto_reply", match.kind.value, thread)
            poll.store.log(thread, poll.now, f"{match.kind.value} ignored", parsed.subject)
            return
        if match.kind is not InboxKind.ANSWER or match.who is None:
            record(poll, fetched, parsed, "ignored", match.kind.value, thread)
            return
        answer = matching.read_answer(parsed)
        # Who answered (a Reply-To through a relay), timed by arrival; the recruiter's own
        # words are kept for `debrief plan`.
        record(poll, fetched, parsed, "answer", answer.kind, thread, when=match.at,
               sender=match.who, feedback_text=answer.words)
        poll.store.log(thread, poll.now, "message from contact",
                       f"{parsed.subject} ({answer.kind.replace('_', ' ')})")

    def open_thread(self, fetched: FetchedMessage, parsed: ParsedMessage,
                    verdict: Verdict) -> Thread:
        """A recognised rejection becomes a thread, as `planner.plan_opening` says."""
        poll, s = self.poll, self.poll.settings
        opening = planner.plan_opening(
            parsed, fetched.raw, verdict,
            matching.message_time(parsed, fetched.internaldate, poll.now), poll.now,
            s.business_hours, s.timezone, poll.own_addresses())
        plan, speech, now = opening.plan, opening.voice, poll.now
        thread = poll.store.add_thread(Thread(
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
            contact_hints=opening.hints.to_json(), first_seen_at=now, due_at=plan.due_at,
            next_action_at=plan.due_at, created_at=now, updated_at=now,
        ))
        poll.index.add(thread)
        contact = plan.contact_email or (
            "to be looked up in earlier mail" if needs_look_up(thread) else "none")
        poll.store.log(thread, now, "rejection recognised",
                       f"{plan.company or '?'} / {plan.job_title or '?'} "
                       f"({plan.confidence:.2f}); contact {contact}")
        log.info("thread %s: rejection from %s for %s (%s); contact %s; request due %s",
                 thread.id, plan.company or "unknown company", plan.job_title or "a role",
                 f"{plan.confidence:.2f}", contact, when(plan.due_at, s.timezone))
        poll.store.log(thread, now, "how the draft speaks", speech.describe())
        poll.report.opened.append(thread.id)
        return thread

    # -- Sent -------------------------------------------------------------------------------
    def sent(self, fetched: FetchedMessage, parsed: ParsedMessage) -> None:
        poll = self.poll
        when = matching.message_time(parsed, fetched.internaldate, poll.now)
        match = matching.match_sent(parsed, when, poll.index, self.policy.answer_skew)
        thread: Thread | None = match.thread
        if match.kind is SentKind.UNRELATED or thread is None:
            record(poll, fetched, parsed, "ignored", match.kind.value)
            return
        if match.kind is SentKind.THANKS_SENT:
            poll.store.log(thread, poll.now, "thank-you sent", parsed.subject)
        elif match.kind is SentKind.ELSEWHERE:
            poll.store.log(thread, poll.now, "you wrote about this thread to someone else",
                           parsed.subject)
        elif match.sent_at is not None:
            thread.sent_at = match.sent_at
            thread.sent_message_id = parsed.message_id or None
            thread.updated_at = poll.now
            poll.index.add(thread)  # its send's Message-ID is the thread's too now
            poll.store.log(thread, poll.now, "you sent a message in this thread",
                           parsed.subject)
        record(poll, fetched, parsed, "sent", match.kind.value, thread)


def needs_look_up(thread: Thread) -> bool:
    """A new rejection whose earlier mail has not been looked at yet."""
    return (thread.state == State.SCHEDULED.value and bool(thread.contact_hints)
            and thread.contact_reason is None)


def _since(poll: Poll, thread: Thread) -> datetime:
    return min(poll.now - timedelta(days=poll.settings.contact_lookback_days),
               thread.rejected_at - HISTORY_WINDOW)


def search_ahead(poll: Poll, ahead: EarlierMailAhead) -> None:
    """Start the earlier-mail searches of the rejections opened so far (the scan goes on)."""
    ahead.submit((t.id, RejectionFacts.from_json(t.contact_hints or ""), _since(poll, t).date())
                 for t in poll.index if needs_look_up(t) and not ahead.submitted(t.id))


def prefetch_earlier_mail(poll: Poll, threads: list[Thread],
                          folders: Folders) -> dict[int, Correspondence]:
    """The earlier-mail searches of every new rejection in this cycle at once (one combined
    search per folder, or the look-back index when they are many: see
    contact_lookup.search_companies). Mail older than one rejection's
    own look-back is harmless to it: the stage and the contact choice bound their windows."""
    if len(threads) < 2:
        return {}
    many = [RejectionFacts.from_json(t.contact_hints or "") for t in threads]
    since = min(_since(poll, t) for t in threads).date()
    found = search_companies(poll.mailbox, folders, many, since, SearchPlan())
    return {t.id: f for t, f in zip(threads, found, strict=True)}


def look_up_earlier_mail(poll: Poll, thread: Thread, folders: Folders,
                         found: Correspondence | None = None) -> None:
    """Once per new rejection: one look-up of the earlier mail with the company (one
    SINCE-bounded header search per folder, or its share of a combined one in `found`) that
    both raises the stage and, when nobody in the rejection is reachable, finds the person
    the user talked to there."""
    now = poll.now
    facts = RejectionFacts.from_json(thread.contact_hints or "")
    if found is None:
        found = search_company(poll.mailbox, folders, facts, _since(poll, thread).date())
    if not found.error:
        history = history_mail(poll.mailbox, found, facts, rejected_at=thread.rejected_at,
                               window=HISTORY_WINDOW, own_addresses=poll.own_addresses())
        before = thread.stage
        finding = raise_with_history(thread.stage, bool(thread.final_round), history)
        thread.stage, thread.final_round = finding.stage, finding.final_round
        if finding.reason:
            poll.store.log(thread, now, "stage from earlier mail",
                           f"{before} -> {finding.stage} ({finding.reason})")
    if thread.contact_email:
        thread.contact_reason = ""  # looked up: reachable, nobody else to choose
    else:
        _choose_contact(poll, thread, facts, found)
    thread.updated_at = now
    poll.index.add(thread)  # a new contact to match answers by
    poll.store.commit()


def _choose_contact(poll: Poll, thread: Thread, facts: RejectionFacts,
                    found: Correspondence) -> None:
    result = choose_contact(
        found, facts, now=poll.now, lookback_days=poll.settings.contact_lookback_days,
        own_addresses=poll.own_addresses(), tz=poll.settings.timezone)
    thread.contact_reason, choice = result.reason, result.choice
    if choice is not None:
        thread.contact_name, thread.contact_email = choice.name, choice.email
        thread.contact_reply_to = choice.reply_message_id or None
        thread.contact_references = " ".join(choice.reply_references) or None
        thread.contact_subject = choice.reply_subject or None
    poll.store.log(thread, poll.now, "contact found in an earlier conversation" if choice
                   else "no contact found", result.reason)
    log.info("thread %s: contact %s (%d earlier messages looked at)", thread.id,
             choice.email if choice else "none", result.looked_at)
