"""What to do about a thread: when its request is due, which draft, to whom, with which template
and headers. Pure: the thread, its answers, the clock, the templates and a Message-ID come in.

`verdict_opens_thread` says whether a classified message opens a thread; `plan_opening` is
everything a new thread gets from its rejection (`plan_thread`: whom to ask and when; `voice_of`:
stage, register, salutation, hook; the hints the look-up of earlier mail searches by);
`plan_request` / `plan_thanks` are where a draft is planned (`draft_context`, the template
kind, the recipient).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Literal, Protocol

from jinja2.sandbox import ImmutableSandboxedEnvironment

from agent.core.classify import ANALYSED_CHARS, Verdict, strip_quoted
from agent.core.contacts import is_unreachable
from agent.core.conversation import RejectionFacts, rejection_facts
from agent.core.drafts import (
    DraftContext,
    DraftHeaders,
    DraftKind,
    RenderedDraft,
    build,
    may_receive_draft,
    render,
)
from agent.core.lifecycle import Policy, Reason, State, ThreadFacts, first_answer
from agent.core.message import Address, ParsedMessage
from agent.core.register import gender_for
from agent.core.schedule import WAIT_MAX, BusinessHours, feedback_due_at, first_business_moment
from agent.core.voice import Voice, assess

IntentKind = Literal["request", "thanks"]
MAX_REFERENCES = 10
MIN_CONFIDENCE = 0.5  # a rejection less sure than this opens no thread


def verdict_opens_thread(verdict: Verdict) -> bool:
    """Only a rejection, not list or bulk mail, at least MIN_CONFIDENCE sure, opens a thread."""
    return (verdict.label == "rejection" and not verdict.bulk
            and verdict.confidence >= MIN_CONFIDENCE)


def due_at(rejected_at: datetime, now: datetime, hours: BusinessHours | None,
           tz: tzinfo) -> datetime:
    """Draft time: the 24–48 h window's first business moment, not before we saw the mail.

    First seen inside the window after its best moment: the next business moment left in it,
    else at once (the too-late rule of the lifecycle takes over after a week)."""
    due = feedback_due_at(rejected_at, hours, tz)
    if due >= now or hours is None:
        return due
    later = first_business_moment(now, rejected_at + WAIT_MAX, hours, tz)
    return later or now


@dataclass(frozen=True)
class ThreadPlan:
    """The fields of a new thread opened by a rejection."""

    company: str
    job_title: str
    contact_name: str
    contact_email: str
    stage: str
    language: str
    confidence: float
    reasons: tuple[str, ...]
    rejection_message_id: str
    rejection_subject: str
    rejection_from: str
    rejection_references: str
    rejected_at: datetime
    due_at: datetime


def plan_thread(parsed: ParsedMessage, verdict: Verdict, rejected_at: datetime, now: datetime,
                hours: BusinessHours | None, tz: tzinfo) -> ThreadPlan:
    """A recognised rejection as a thread: whom to ask (never a no-reply, relay or bulk
    address) and when."""
    contact_email = verdict.contact_email
    if contact_email and (is_unreachable(contact_email)
                          or not may_receive_draft(contact_email, parsed)):
        contact_email = ""
    return ThreadPlan(
        company=verdict.company,
        job_title=verdict.job_title,
        contact_name=verdict.contact_name if contact_email else "",
        contact_email=contact_email,
        stage=verdict.stage,
        language=verdict.language,
        confidence=verdict.confidence,
        reasons=tuple(verdict.reasons)[:20],
        rejection_message_id=parsed.dedupe_key,
        rejection_subject=parsed.subject,
        rejection_from=parsed.sender.email if parsed.sender else "",
        rejection_references=" ".join(parsed.references[-MAX_REFERENCES:]),
        rejected_at=rejected_at,
        due_at=due_at(rejected_at, now, hours, tz),
    )


def voice_of(parsed: ParsedMessage, verdict: Verdict) -> Voice:
    """How the drafts speak, from the rejection's own words (quoted mail left out): stage
    (earlier mail may raise it before the first step), register, salutation, hook; and how
    sure the recogniser is of company and role, as it says (a verdict always carries both, so
    `assess` never needs to guess them from the company's mail domains)."""
    text = strip_quoted(parsed.text or "")[:ANALYSED_CHARS]
    return assess(
        verdict_stage=verdict.stage, language=verdict.language, text=text,
        contact_name=verdict.contact_name, company=verdict.company, domains=(),
        company_confidence=verdict.company_confidence,
        title_confidence=verdict.title_confidence,
    )


@dataclass(frozen=True)
class Opening:
    """Everything a new thread gets from its rejection."""

    plan: ThreadPlan
    voice: Voice
    hints: RejectionFacts  # what the look-up of earlier mail searches by


def plan_opening(parsed: ParsedMessage, raw: bytes, verdict: Verdict, rejected_at: datetime,
                 now: datetime, hours: BusinessHours | None, tz: tzinfo,
                 own_addresses: Sequence[str]) -> Opening:
    """A recognised rejection as a new thread: the plan (`plan_thread`: whom to ask, when),
    the voice (`voice_of`), and the look-up hints (company, role, the signature's name, the
    company's domains from every part of the raw message; never the user's own)."""
    plan = plan_thread(parsed, verdict, rejected_at, now, hours, tz)
    hints = rejection_facts(parsed, raw, company=verdict.company, job_title=verdict.job_title,
                            signature_name=verdict.contact_name,
                            own_addresses=tuple(own_addresses))
    return Opening(plan, voice_of(parsed, verdict), hints)


class DraftSubject(Protocol):
    """What planning reads of a thread (the store's Thread satisfies it)."""

    @property
    def contact_name(self) -> str: ...
    @property
    def contact_email(self) -> str: ...
    @property
    def company(self) -> str: ...
    @property
    def job_title(self) -> str: ...
    @property
    def stage(self) -> str: ...
    @property
    def rejection_subject(self) -> str: ...
    @property
    def rejection_message_id(self) -> str: ...
    @property
    def rejection_references(self) -> str: ...
    @property
    def sent_message_id(self) -> str | None: ...
    @property
    def sent_at(self) -> datetime | None: ...
    # How the drafts speak, decided when the thread opened (None: unknown, older threads).
    @property
    def language(self) -> str: ...
    @property
    def formal(self) -> bool | None: ...
    @property
    def salutation(self) -> str | None: ...
    @property
    def final_round(self) -> bool | None: ...
    @property
    def hook_kind(self) -> str | None: ...
    @property
    def hook(self) -> str | None: ...
    @property
    def company_confidence(self) -> float | None: ...
    @property
    def title_confidence(self) -> float | None: ...
    # The conversation found with the person when the rejection came from a no-reply system.
    @property
    def contact_reply_to(self) -> str | None: ...
    @property
    def contact_references(self) -> str | None: ...
    @property
    def contact_subject(self) -> str | None: ...


@dataclass(frozen=True)
class Answer:
    """One answer recorded in a thread."""

    message_id: str
    at: datetime | None  # arrival time
    kind: str  # "feedback" | "no_feedback"
    sender: str
    sender_name: str


@dataclass(frozen=True)
class You:
    name: str
    email: str


@dataclass(frozen=True)
class DraftPlan:
    intent: IntentKind
    kind: DraftKind
    to: Address
    context: DraftContext
    headers: DraftHeaders
    rendered: RenderedDraft
    raw: bytes
    answer: Answer | None = None  # for a thank-you: the answer it thanks for


def the_answer(thread: DraftSubject, answers: Sequence[Answer], policy: Policy) -> Answer | None:
    """The first answer inside the answer window (see lifecycle.first_answer)."""
    i = first_answer((a.at for a in answers), thread.sent_at, policy)
    return None if i is None else answers[i]


class StepSubject(DraftSubject, Protocol):
    """What the table reads of a thread, besides what planning reads."""

    @property
    def state(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def rejected_at(self) -> datetime: ...
    @property
    def first_seen_at(self) -> datetime: ...
    @property
    def due_at(self) -> datetime: ...
    @property
    def request_placed_at(self) -> datetime | None: ...
    @property
    def thanks_placed_at(self) -> datetime | None: ...


def thread_facts(thread: StepSubject, answers: Sequence[Answer], draft_present: bool | None,
                 policy: Policy, draft_stages: Sequence[str]) -> ThreadFacts:
    """The facts the table steps on: a contact only with an address, the answer only inside
    the window, the stage against the stages the user wants drafts for."""
    first = the_answer(thread, answers, policy)
    return ThreadFacts(
        state=State(thread.state),
        reason=Reason.of(thread.reason),
        rejected_at=thread.rejected_at,
        first_seen_at=thread.first_seen_at,
        due_at=thread.due_at,
        has_contact=bool(thread.contact_email),
        request_placed_at=thread.request_placed_at,
        draft_present=draft_present,
        sent_at=thread.sent_at,
        answer_at=first.at if first else None,
        thanks_placed_at=thread.thanks_placed_at,
        stage_wanted=thread.stage in draft_stages,
    )


def draft_context(thread: DraftSubject, to: Address, you: You) -> DraftContext:
    """What the template may say, addressed to `to` (the contact, or whoever answered)."""
    return DraftContext(
        contact_name=to.name, company=thread.company, job_title=thread.job_title,
        stage=thread.stage, your_name=you.name,
        rejection_subject=thread.contact_subject or thread.rejection_subject,
        language=thread.language, formal=thread.formal is not False,
        gender=gender_for(thread.salutation, to.name),
        final_round=bool(thread.final_round), hook_kind=thread.hook_kind or "",
        hook=thread.hook or "", company_confidence=thread.company_confidence,
        title_confidence=thread.title_confidence,
    )


def _plan(intent: IntentKind, kind: DraftKind, thread: DraftSubject, to: Address,
          in_reply_to: str, references: tuple[str, ...], you: You, message_id: str,
          now: datetime, templates: ImmutableSandboxedEnvironment,
          answer: Answer | None = None) -> DraftPlan:
    if not may_receive_draft(to.email):
        raise ValueError(f"refusing to address a draft to {to.email!r}")
    if not in_reply_to.startswith("<"):
        in_reply_to = ""  # the message had no Message-ID: nothing to thread to
    context = draft_context(thread, to, you)
    rendered = render(kind, context, templates)
    headers = DraftHeaders(
        message_id=message_id, from_name=you.name, from_email=you.email, to_name=to.name,
        to_email=to.email, in_reply_to=in_reply_to, references=references, date=now,
    )
    return DraftPlan(intent, kind, to, context, headers, rendered, build(headers, rendered),
                     answer)


def plan_request(thread: DraftSubject, you: You, message_id: str, now: datetime,
                 templates: ImmutableSandboxedEnvironment) -> DraftPlan:
    """The feedback request: to the thread's contact, as a reply to the rejection, or to the
    conversation the user had with the contact when the rejection came from a no-reply."""
    to = Address(thread.contact_name, thread.contact_email)
    in_reply_to = thread.rejection_message_id
    references = tuple(thread.rejection_references.split())
    if thread.contact_reply_to:
        # The rejection's id first, so the user's Sent copy still finds this thread.
        in_reply_to = thread.contact_reply_to
        references = tuple(r for r in (thread.rejection_message_id,
                                       *(thread.contact_references or "").split())
                           if r.startswith("<"))
    return _plan("request", "feedback_request", thread, to, in_reply_to, references, you,
                 message_id, now, templates)


def thanks_recipient(thread: DraftSubject, answer: Answer | None) -> Address:
    """Whoever answered (a colleague of the contact, say), unless no person reads that
    address; else the contact."""
    if (answer is not None and answer.sender and answer.sender != thread.contact_email
            and not is_unreachable(answer.sender)):
        return Address(answer.sender_name, answer.sender)
    return Address(thread.contact_name, thread.contact_email)


def plan_thanks(thread: DraftSubject, answers: Sequence[Answer], policy: Policy, you: You,
                message_id: str, now: datetime,
                templates: ImmutableSandboxedEnvironment) -> DraftPlan:
    """The thank-you: for feedback, or for a polite "we don't give feedback"; to whoever
    answered; as a reply to the answer."""
    answer = the_answer(thread, answers, policy)
    kind: DraftKind = (
        "thank_you_no_feedback" if answer is not None and answer.kind == "no_feedback"
        else "thank_you_feedback"
    )
    references = tuple(r for r in (*thread.rejection_references.split(),
                                   thread.rejection_message_id, thread.sent_message_id or "")
                       if r)
    in_reply_to = answer.message_id if answer is not None else thread.rejection_message_id
    return _plan("thanks", kind, thread, thanks_recipient(thread, answer), in_reply_to,
                 references, you, message_id, now, templates, answer)
