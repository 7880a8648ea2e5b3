"""Which thread a message belongs to, and as what. Pure: threads, a message and a clock in.

INBOX mail is the user's own, an answer from the thread's correspondent, an automatic reply or
bounce, other mail in a thread, the rejection itself seen again, or a candidate for the
classifier. Sent mail is the user's send of a request (or their own reply), the thank-you, a
forward or a note to someone else about the thread, or unrelated.

`ThreadIndex` is the one in-memory index a cycle builds of its threads (by Message-ID, by
normalised subject, by correspondent of threads waiting on an answer), updated as threads open
and change, so no message costs a database query.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, Protocol, TypeVar

from agent.core.contacts import is_unreachable
from agent.core.feedback import read_feedback, recruiter_words, theme_names
from agent.core.message import Address, ParsedMessage, normalize_subject
from agent.core.replies import AnswerKind, answer_kind, is_auto_reply, is_bounce

#: An answer under the rejection's subject is looked for this long after the rejection.
SUBJECT_MATCH_DAYS = timedelta(days=60)
#: A message dated this long after its arrival, or this long before it, has a wrong Date.
_DATE_AHEAD, _DATE_BEHIND = timedelta(days=1), timedelta(days=30)


class ThreadLike(Protocol):
    """What matching reads of a thread (the store's Thread satisfies it)."""

    id: int
    state: str
    contact_email: str
    rejection_from: str
    rejection_message_id: str
    rejection_subject: str
    rejected_at: datetime
    sent_at: datetime | None
    sent_message_id: str | None
    answer_message_id: str | None

    @property
    def request_message_id(self) -> str | None: ...
    @property
    def thanks_message_id(self) -> str | None: ...


T = TypeVar("T", bound=ThreadLike)


class ThreadIndex(Generic[T]):
    """Threads by every Message-ID they own, by normalised rejection subject, and by contact."""

    def __init__(self, threads: Iterable[T] = ()) -> None:
        self._by_id: dict[int, T] = {}
        self._by_mid: dict[str, T] = {}
        self._by_subject: dict[str, list[T]] = {}
        self._by_contact: dict[str, list[T]] = {}
        for thread in threads:
            self.add(thread)

    def __iter__(self) -> Iterator[T]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def add(self, thread: T) -> None:
        """Index a new thread, or re-index one whose Message-IDs or contact changed."""
        fresh = thread.id not in self._by_id
        self._by_id[thread.id] = thread
        for mid in own_message_ids(thread):
            self._by_mid.setdefault(mid, thread)
        if fresh:
            subject = normalize_subject(thread.rejection_subject)
            if subject:
                self._by_subject.setdefault(subject, []).append(thread)
        contact = thread.contact_email
        if contact and thread not in self._by_contact.get(contact, []):
            self._by_contact.setdefault(contact, []).append(thread)

    def by_message_id(self, message_id: str) -> T | None:
        return self._by_mid.get(message_id)

    def by_subject(self, subject: str) -> list[T]:
        return self._by_subject.get(normalize_subject(subject), []) if subject else []

    def by_contact(self, email: str) -> list[T]:
        return self._by_contact.get(email, [])


def own_message_ids(thread: ThreadLike) -> tuple[str, ...]:
    """The ids of the rejection, our drafts, the user's send and the answer we thanked for."""
    return tuple(m for m in (thread.rejection_message_id, thread.request_message_id,
                             thread.sent_message_id, thread.answer_message_id,
                             thread.thanks_message_id) if m)


# -- times -------------------------------------------------------------------------------------


def message_time(parsed: ParsedMessage, internaldate: datetime | None,
                 now: datetime) -> datetime:
    """The message's own Date, unless missing or implausible; then the server's arrival time."""
    arrived = internaldate or now
    if parsed.date is None:
        return arrived
    if parsed.date > arrived + _DATE_AHEAD or parsed.date < arrived - _DATE_BEHIND:
        return arrived
    return parsed.date


def arrival_time(parsed: ParsedMessage, internaldate: datetime | None,
                 now: datetime) -> datetime:
    """The later of the Date header and the server's arrival time (a sender's slow clock must
    not put a real answer before the request)."""
    return max(message_time(parsed, internaldate, now), internaldate or now)


# -- correspondents ----------------------------------------------------------------------------


def correspondent_matches(sender: str, thread: ThreadLike) -> bool:
    """The contact, the rejection's sender, or someone at the contact's domain; never a
    no-reply or relay address, which no person reads."""
    sender = sender.lower()
    if not sender or is_unreachable(sender):
        return False
    if sender in (thread.contact_email, thread.rejection_from):
        return True
    domain = sender.rpartition("@")[2]
    contact_domain = thread.contact_email.rpartition("@")[2]
    return bool(contact_domain) and domain == contact_domain


def answering_address(parsed: ParsedMessage, thread: ThreadLike) -> Address | None:
    """Who in this message speaks for the thread's correspondent: a reachable Reply-To or From
    (a relay's Reply-To names the person), never a no-reply address."""
    for address in (*parsed.reply_to, parsed.sender):
        if address is not None and correspondent_matches(address.email, thread):
            return address
    return None


_FORWARD = re.compile(r"^\s*(fwd?|wg|tr|rv|i)\s*:", re.IGNORECASE)


def is_forward(subject: str) -> bool:
    return bool(_FORWARD.match(subject))


def sent_to_correspondent(parsed: ParsedMessage, thread: ThreadLike) -> bool:
    """A Sent message that answers the thread: to its correspondent, and not a forward."""
    if is_forward(parsed.subject):
        return False
    return any(correspondent_matches(a.email, thread) or a.email == thread.rejection_from
               for a in parsed.to + parsed.cc)


# -- INBOX -------------------------------------------------------------------------------------


class InboxKind(str, enum.Enum):
    FROM_YOU = "from you"
    SAME_MESSAGE = "the rejection itself, seen again"
    AUTO_REPLY = "auto-reply"
    BOUNCE = "bounce"
    ANSWER = "answer"
    NOT_FROM_CONTACT = "in thread, not from the contact"
    CANDIDATE = "no thread: classify it"


@dataclass(frozen=True)
class InboxMatch(Generic[T]):
    kind: InboxKind
    thread: T | None = None
    who: Address | None = None  # for an answer: who answered (Reply-To through a relay)
    at: datetime | None = None  # for an answer: its arrival time


def thread_of(parsed: ParsedMessage, index: ThreadIndex[T], now: datetime) -> T | None:
    """The thread this message belongs to: by its references, else correspondent + subject."""
    for ref in reversed(parsed.thread_ids):
        found = index.by_message_id(ref)
        if found is not None:
            return found
    if parsed.message_id:
        found = index.by_message_id(parsed.message_id)
        if found is not None:
            return found
    for thread in index.by_subject(parsed.subject):
        if now - thread.rejected_at > SUBJECT_MATCH_DAYS:
            continue
        # Only a person's address or the company's own domain: an ATS relay sends the same
        # subject for many companies.
        if thread.contact_email and answering_address(parsed, thread):
            return thread
    return None


def awaiting_answer_from(parsed: ParsedMessage, arrived: datetime,
                         index: ThreadIndex[T]) -> T | None:
    """A thread whose request went to this very address and awaits an answer: a reply under a
    new subject ("we can't share feedback") is an answer, not a new rejection."""
    for address in (*parsed.reply_to, parsed.sender):
        if address is None:
            continue
        for thread in index.by_contact(address.email):
            if thread.state == "sent" and thread.sent_at and arrived >= thread.sent_at:
                return thread
    return None


def match_inbox(parsed: ParsedMessage, internaldate: datetime | None, now: datetime,
                index: ThreadIndex[T], your_email: str) -> InboxMatch[T]:
    """What an INBOX message is to Debrief, from its headers (what an answer says, feedback
    or not, is `read_answer` on the body)."""
    sender = parsed.sender.email if parsed.sender else ""
    if sender and sender == your_email.lower():
        return InboxMatch(InboxKind.FROM_YOU)
    arrived = arrival_time(parsed, internaldate, now)
    thread = thread_of(parsed, index, now) or awaiting_answer_from(parsed, arrived, index)
    if thread is None:
        return InboxMatch(InboxKind.CANDIDATE)
    if parsed.message_id and parsed.message_id in own_message_ids(thread):
        return InboxMatch(InboxKind.SAME_MESSAGE, thread)
    if is_bounce(parsed):
        return InboxMatch(InboxKind.BOUNCE, thread)
    if is_auto_reply(parsed):
        return InboxMatch(InboxKind.AUTO_REPLY, thread)
    who = answering_address(parsed, thread)
    if who is None:
        return InboxMatch(InboxKind.NOT_FROM_CONTACT, thread)
    return InboxMatch(InboxKind.ANSWER, thread, who, arrived)


@dataclass(frozen=True)
class AnswerReading:
    kind: AnswerKind  # "feedback" | "no_feedback"
    words: str  # the recruiter's own words (no quotes, closing, signature): for `debrief plan`


def read_answer(parsed: ParsedMessage) -> AnswerReading:
    """What an answer says: feedback, or a refusal to give any, by the reply markers or, when
    those miss one (a phrase wrapped mid-line, say), by the feedback reader finding nothing
    but a no-feedback policy in the recruiter's own words."""
    words = recruiter_words(parsed.text)
    kind = answer_kind(parsed)
    if kind == "feedback" and theme_names(read_feedback(words)) == ["no_feedback"]:
        kind = "no_feedback"
    return AnswerReading(kind, words)


# -- Sent --------------------------------------------------------------------------------------


class SentKind(str, enum.Enum):
    UNRELATED = "not about a thread"
    THANKS_SENT = "thank-you sent"
    ELSEWHERE = "in thread, not to the contact"
    YOUR_SEND = "in thread"


@dataclass(frozen=True)
class SentMatch(Generic[T]):
    kind: SentKind
    thread: T | None = None
    #: for YOUR_SEND: when it was sent, if it is the first send that counts (else None)
    sent_at: datetime | None = None


def thread_by_subject_and_recipient(parsed: ParsedMessage, index: ThreadIndex[T]) -> T | None:
    recipients = {a.email for a in parsed.to + parsed.cc}
    if not recipients:
        return None
    for thread in index.by_subject(parsed.subject):
        if thread.contact_email in recipients or thread.rejection_from in recipients:
            return thread
    return None


def sent_thread(parsed: ParsedMessage, index: ThreadIndex[T]) -> T | None:
    """The thread a Sent message is about: by what it replies to, by its own Message-ID (our
    draft, sent as is), else by subject and recipient."""
    for ref in reversed(parsed.thread_ids):
        found = index.by_message_id(ref)
        if found is not None:
            return found
    if parsed.message_id:
        found = index.by_message_id(parsed.message_id)
        if found is not None:
            return found
    return thread_by_subject_and_recipient(parsed, index)


def match_sent(parsed: ParsedMessage, when: datetime, index: ThreadIndex[T],
               skew: timedelta = timedelta(minutes=5)) -> SentMatch[T]:
    """What a message in Sent is to Debrief; `when` is its message time."""
    thread = sent_thread(parsed, index)
    if thread is None:
        return SentMatch(SentKind.UNRELATED)
    if thread.thanks_message_id and (
        parsed.message_id == thread.thanks_message_id
        or (thread.answer_message_id or "-") in parsed.thread_ids
    ):
        return SentMatch(SentKind.THANKS_SENT, thread)
    ours = bool(parsed.message_id) and parsed.message_id == thread.request_message_id
    if not ours and not sent_to_correspondent(parsed, thread):
        return SentMatch(SentKind.ELSEWHERE, thread)
    first = thread.sent_at is None and when >= thread.rejected_at - skew
    return SentMatch(SentKind.YOUR_SEND, thread, when if first else None)
