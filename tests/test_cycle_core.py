"""The decisions a cycle asks the core for, without a server: whether a verdict opens a thread,
what a new thread gets from its rejection (plan, voice, look-up hints), the facts the table
steps on, what an answer says; and the table's and the planner's edges (time limits, the
answer window, headers of the drafts)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from core_fakes import FakeThread, facts

from agent.core import lifecycle, matching, planner
from agent.core.classify import Verdict
from agent.core.drafts import sandbox
from agent.core.lifecycle import Event, Policy, Reason, State, ThreadFacts, next_step
from agent.core.message import from_fields, parse_message
from agent.core.schedule import parse_business_hours
from agent.drafting import load_templates

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H, D = timedelta(hours=1), timedelta(days=1)
POLICY = Policy()
BERLIN = ZoneInfo("Europe/Berlin")
NINE_TO_FIVE = parse_business_hours("09:00-17:00")
YOU = planner.You("Alex Rivera", "alex@example.org")


def Thread(**kw: object) -> FakeThread:  # noqa: N802 - reads like the store's class
    """The shared stand-in, replying in an earlier conversation."""
    return FakeThread(**{"rejection_references": "<app-1@northwind.example>", **kw})


def verdict(**kw: object) -> Verdict:
    base: dict[str, object] = dict(
        label="rejection", confidence=0.9, language="de", stage="interview",
        company="Northwind", job_title="Data Engineer", contact_name="Priya Natarajan",
        contact_email="priya@northwind.example", company_confidence=0.3,
        title_confidence=0.6)
    base.update(kw)
    return Verdict(**base)  # type: ignore[arg-type]


# -- opening a thread --------------------------------------------------------------------------


def test_only_a_sure_rejection_that_is_not_bulk_mail_opens_a_thread():
    assert planner.verdict_opens_thread(verdict(confidence=planner.MIN_CONFIDENCE))
    assert not planner.verdict_opens_thread(verdict(confidence=0.49))
    assert not planner.verdict_opens_thread(verdict(bulk=True))
    assert not planner.verdict_opens_thread(verdict(label="job_other"))
    assert not planner.verdict_opens_thread(verdict(label="other", confidence=0.99))


GERMAN_REPLY = """Hallo Alex,

danke dir für dein Interesse. Leider haben wir uns für jemand anderen entschieden.

Viele Grüße
Priya

Am 10.11.2026 schrieb Alex Rivera <alex@example.org>:
> Sehr geehrte Frau Natarajan, ich freue mich auf das finale Gespräch mit Ihnen.
"""


def test_the_voice_is_read_from_the_rejection_s_own_words_not_the_quoted_mail():
    rejection = from_fields("Re: Bewerbung", "Priya Natarajan <priya@northwind.example>",
                            GERMAN_REPLY)
    voice = planner.voice_of(rejection, verdict())
    # The user's own quoted formal note about a final interview says nothing of the register.
    assert (voice.formal, voice.final_round, voice.stage) == (False, False, "interview")
    # The recogniser's confidences are taken as they are (not guessed again from the domain).
    assert (voice.company_confidence, voice.title_confidence) == (0.3, 0.6)
    formal = from_fields("Ihre Bewerbung", "Priya Natarajan <priya@northwind.example>",
                         "Sehr geehrte Frau Natarajan, leider haben wir uns nach dem finalen "
                         "Gespräch für einen anderen Kandidaten entschieden. Mit freundlichen "
                         "Grüßen")
    voice = planner.voice_of(formal, verdict())
    assert (voice.formal, voice.final_round, voice.salutation) == (True, True, "f Natarajan")
    assert "final round" in voice.describe() and "formal" in voice.describe()


RAW_REJECTION = b"""From: Northwind Jobs <no-reply@northwind.example>
To: Alex Rivera <alex@example.org>
Subject: Ihre Bewerbung
Message-ID: <rej-9@northwind.example>
Date: Mon, 16 Nov 2026 18:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

Sehr geehrte Frau Natarajan, leider ... Fragen an alex@example.org.

--b
Content-Type: text/html; charset=utf-8

<p>Leider ... <a href="https://careers.lumenhealth.example/jobs">Jobs</a></p>
--b--
"""


def test_a_new_thread_gets_its_plan_voice_and_look_up_hints_from_the_rejection():
    rejection = parse_message(RAW_REJECTION)
    unreachable = verdict(contact_email="no-reply@northwind.example")
    monday = datetime(2026, 11, 16, 18, 0, tzinfo=BERLIN)
    opening = planner.plan_opening(rejection, RAW_REJECTION, unreachable, monday, monday + H,
                                   NINE_TO_FIVE, BERLIN, ["alex@example.org"])
    assert opening.plan == planner.plan_thread(rejection, unreachable, monday, monday + H,
                                               NINE_TO_FIVE, BERLIN)
    assert opening.plan.contact_email == ""  # a no-reply address is nobody to ask
    assert opening.plan.due_at == datetime(2026, 11, 18, 9, 0, tzinfo=BERLIN)  # business hours
    # The look-up searches the company's domains, from every part of the message (a careers
    # link in the HTML part), never the user's own.
    assert opening.hints.domains == ("northwind.example", "lumenhealth.example")
    assert (opening.hints.company, opening.hints.job_title, opening.hints.signature_name) == (
        "Northwind", "Data Engineer", "Priya Natarajan")
    assert opening.hints.rejection_message_id == "<rej-9@northwind.example>"
    assert opening.voice == planner.voice_of(rejection, unreachable)
    assert opening.voice.formal and opening.voice.company_confidence == 0.3


def test_a_bulk_rejection_from_a_role_address_has_nobody_to_ask():
    bulk = from_fields("Your application", "Northwind Careers <careers@northwind.example>",
                       "We regret ...", headers=[("Precedence", "bulk")])
    plan = planner.plan_thread(bulk, verdict(contact_email="careers@northwind.example"),
                               T0, T0, None, BERLIN)
    assert (plan.contact_email, plan.contact_name) == ("", "")
    personal = from_fields("Your application", "Northwind Careers <careers@northwind.example>",
                           "We regret ...")
    plan = planner.plan_thread(personal, verdict(contact_email="careers@northwind.example"),
                               T0, T0, None, BERLIN)
    assert plan.contact_email == "careers@northwind.example"


def test_a_rejection_without_a_sender_is_from_nobody():
    plan = planner.plan_thread(from_fields("Your application", "", "We regret ..."),
                               verdict(contact_email=""), T0, T0, None, BERLIN)
    assert (plan.rejection_from, plan.contact_email) == ("", "")


def test_a_rejection_after_hours_is_asked_about_at_the_window_s_first_business_moment():
    monday = datetime(2026, 11, 16, 18, 0, tzinfo=BERLIN)  # +24 h: Tuesday 18:00, after hours
    rejection = from_fields("Your application", "priya@northwind.example", "We regret ...")
    plan = planner.plan_thread(rejection, verdict(), monday, monday + H, NINE_TO_FIVE, BERLIN)
    assert plan.due_at == datetime(2026, 11, 18, 9, 0, tzinfo=BERLIN)  # Wednesday 09:00
    off = planner.plan_thread(rejection, verdict(), monday, monday + H, None, BERLIN)
    assert off.due_at == monday + 24 * H
    friday = datetime(2026, 11, 20, 18, 0, tzinfo=BERLIN)  # the window is all weekend
    plan = planner.plan_thread(rejection, verdict(), friday, friday + H, NINE_TO_FIVE, BERLIN)
    assert plan.due_at == friday + 24 * H


# -- the facts the table steps on --------------------------------------------------------------


def test_thread_facts_take_the_answer_only_inside_the_window():
    answers = [planner.Answer("<early@x>", T0 + 2 * H, "feedback", "priya@northwind.example",
                              "Priya"),  # before the request was sent: not an answer to it
               planner.Answer("<a@x>", T0 + 3 * D, "feedback", "priya@northwind.example",
                              "Priya")]
    f = planner.thread_facts(Thread(), answers, None, POLICY, ("interview",))
    assert f == ThreadFacts(
        state=State.SENT, reason=Reason.NONE, rejected_at=T0, first_seen_at=T0 + H,
        due_at=T0 + 24 * H, has_contact=True, request_placed_at=T0 + 24 * H,
        draft_present=None, sent_at=T0 + 25 * H, answer_at=T0 + 3 * D, thanks_placed_at=None,
        stage_wanted=True)
    late = planner.thread_facts(Thread(thanks_placed_at=T0 + 4 * D), answers[:1], True, POLICY,
                                ("interview",))
    assert (late.answer_at, late.draft_present, late.thanks_placed_at) == (
        None, True, T0 + 4 * D)
    nobody = planner.thread_facts(Thread(contact_email="", state="scheduled",
                                         reason="draft deleted"), [], False, POLICY,
                                  ("final",))
    assert (nobody.has_contact, nobody.stage_wanted, nobody.state, nobody.reason) == (
        False, False, State.SCHEDULED, Reason.DRAFT_DELETED)


def test_an_answer_declining_feedback_in_words_the_reply_markers_miss_is_no_feedback():
    for text in ("I am afraid we cannot go into the reasons for our decision.",
                 "Leider geben wir grundsätzlich keine Rückmeldung zu einzelnen Bewerbungen."):
        reading = matching.read_answer(from_fields("Re: x", "jane@acme.com", text))
        assert (reading.kind, reading.words) == ("no_feedback", text)
    feedback = ("Hi Alex, the panel felt you needed more experience with Kafka.\n\nBest, Priya"
                "\n\n> On Monday Alex wrote:\n> could you share any feedback?")
    reading = matching.read_answer(from_fields("Re: x", "jane@acme.com", feedback))
    assert reading.kind == "feedback"
    assert reading.words == "Hi Alex, the panel felt you needed more experience with Kafka."


# -- the table's edges --------------------------------------------------------------------------


def test_a_stored_empty_reason_is_no_reason():
    assert Reason.of(None) is Reason.NONE and Reason.of("") is Reason.NONE
    assert Reason.of("too late") is Reason.TOO_LATE


def test_thanked_and_closed_threads_are_final_whatever_their_reason():
    assert lifecycle.is_final(State.THANKED, Reason.NONE)
    assert lifecycle.is_final(State.CLOSED, Reason.NO_ANSWER)
    assert lifecycle.is_final(State.CLOSED, Reason.DRAFT_DELETED)


def test_an_answer_dated_just_before_the_send_counts_clock_skew():
    sent = T0 + 25 * H
    assert lifecycle.answer_window(sent, POLICY) == (sent - 5 * timedelta(minutes=1),
                                                     sent + POLICY.silence)
    assert lifecycle.first_answer([sent - timedelta(minutes=2)], sent, POLICY) == 0
    assert lifecycle.first_answer([sent - timedelta(minutes=6)], sent, POLICY) is None


def test_of_two_answers_at_the_same_moment_the_first_recorded_is_the_answer():
    sent = T0 + 25 * H
    assert lifecycle.first_answer([sent + D, sent + D], sent, POLICY) == 0


def test_too_late_is_seven_days_after_the_rejection_when_first_seen_or_now():
    week = POLICY.too_late
    scheduled = dict(state=State.SCHEDULED, sent_at=None, request_placed_at=None)
    # First seen exactly a week after the rejection: too late, not drafted.
    step = next_step(facts(first_seen_at=T0 + week, **scheduled), T0 + week, POLICY)
    assert step is not None and step.event is Event.TOO_LATE
    # Seen in time, but the daemon was down until a week had passed: too late as well.
    step = next_step(facts(**scheduled), T0 + week, POLICY)
    assert step is not None and step.event is Event.TOO_LATE
    step = next_step(facts(**scheduled), T0 + week - timedelta(seconds=1), POLICY)
    assert step is not None and step.event is Event.DUE


def test_the_next_moment_the_clock_moves_a_thread():
    drafted = facts(state=State.DRAFTED, sent_at=None, request_placed_at=T0 + 6 * D + 20 * H)
    # A draft placed late still gets its day of grace before it closes as not sent.
    assert lifecycle.next_action_at(drafted, POLICY) == T0 + 7 * D + 20 * H
    assert lifecycle.next_action_at(replace(drafted, request_placed_at=T0 + D),
                                    POLICY) == T0 + POLICY.too_late
    assert lifecycle.next_action_at(facts(), POLICY) == T0 + 25 * H + POLICY.silence
    assert lifecycle.next_action_at(facts(state=State.REPLIED), POLICY) is None
    assert lifecycle.next_action_at(facts(state=State.SKIPPED, sent_at=None), POLICY) is None


def test_the_next_step_in_words_for_status():
    assert lifecycle.describe_next(facts(), POLICY) == (
        "waiting for an answer; closes 2026-11-24 11:00 UTC if none")
    assert lifecycle.describe_next(facts(state=State.REPLIED), POLICY) == (
        "thank-you draft on the next cycle")
    assert lifecycle.describe_next(facts(state=State.THANKED), POLICY) == (
        "done: thank-you drafted")
    assert lifecycle.describe_next(facts(state=State.CLOSED, reason=Reason.NO_ANSWER),
                                   POLICY) == "done: no answer"


# -- the drafts' headers ------------------------------------------------------------------------


def test_no_answer_in_the_window_means_none():
    sent = T0 + 25 * H
    early = [planner.Answer("<a@x>", sent - D, "feedback", "priya@northwind.example", "")]
    assert planner.the_answer(Thread(), early, POLICY) is None
    assert planner.the_answer(Thread(), [], POLICY) is None


def test_a_request_names_you_and_the_contact_and_threads_only_to_a_real_message_id():
    env = sandbox(load_templates())
    plan = planner.plan_request(Thread(rejection_message_id="sha256:abc"), YOU, "<r@x.org>",
                                T0, env)
    msg = parse_message(plan.raw)
    assert msg.in_reply_to == () and plan.headers.in_reply_to == ""
    assert (msg.sender.name, msg.sender.email) == ("Alex Rivera", "alex@example.org")
    assert [(a.name, a.email) for a in msg.to] == [("Priya Natarajan",
                                                    "priya@northwind.example")]
    assert msg.message_id == "<r@x.org>" and plan.answer is None


def test_the_thank_you_is_a_thanks_intent_for_the_answer_it_replies_to():
    env = sandbox(load_templates())
    answer = planner.Answer("<ans@northwind.example>", T0 + 2 * D, "feedback",
                            "priya@northwind.example", "Priya N.")
    plan = planner.plan_thanks(Thread(), [answer], POLICY, YOU, "<thx@example.org>",
                               T0 + 2 * D, env)
    assert (plan.intent, plan.kind, plan.answer) == ("thanks", "thank_you_feedback", answer)
    msg = parse_message(plan.raw)
    assert msg.message_id == "<thx@example.org>"
    assert msg.in_reply_to == ("<ans@northwind.example>",)
    # The user's send was not seen (no Message-ID of it): the rejection's thread only.
    assert plan.headers.references == ("<app-1@northwind.example>", "<rej-1@northwind.example>")
    # The contact answered: the thank-you goes to the contact, by the contact's name.
    assert [(a.name, a.email) for a in msg.to] == [("Priya Natarajan",
                                                    "priya@northwind.example")]


def test_a_thank_you_without_an_answer_replies_to_the_rejection():
    env = sandbox(load_templates())
    plan = planner.plan_thanks(Thread(), [], POLICY, YOU, "<thx@example.org>", T0 + 2 * D, env)
    assert plan.answer is None and plan.headers.in_reply_to == "<rej-1@northwind.example>"
    assert plan.to.email == "priya@northwind.example"


def test_no_draft_is_addressed_to_a_no_reply_address():
    env = sandbox(load_templates())
    with pytest.raises(ValueError, match="no-reply@northwind.example"):
        planner.plan_request(Thread(contact_email="no-reply@northwind.example"), YOU,
                             "<r@x.org>", T0, env)
