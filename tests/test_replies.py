"""Answers: human or automatic, feedback or a polite no."""

import pytest

from agent.core.message import from_fields, parse_message
from agent.core.replies import answer_kind, is_auto_reply, is_bounce, own_words


def test_auto_reply_markers():
    assert is_auto_reply(from_fields("Re: x", "a@b.com", "hi", headers=[("Auto-Submitted", "auto-replied")]))
    assert not is_auto_reply(from_fields("Re: x", "a@b.com", "hi", headers=[("Auto-Submitted", "no")]))
    assert is_auto_reply(from_fields("Re: x", "a@b.com", "hi", headers=[("X-Autoreply", "yes")]))
    assert is_auto_reply(from_fields("Re: x", "a@b.com", "hi", headers=[("Precedence", "bulk")]))
    assert is_auto_reply(from_fields("Out of Office: back Monday", "a@b.com", "away"))
    assert is_auto_reply(from_fields("Automatische Antwort: Ihre Nachricht", "a@b.com", "weg"))
    assert not is_auto_reply(from_fields("Re: Your application", "a@b.com", "Sure, happy to help"))


def test_bounce():
    raw = (b"From: MAILER-DAEMON@mx.acme.com\r\nSubject: Undelivered Mail\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b--\r\n")
    assert is_bounce(parse_message(raw))
    assert not is_bounce(from_fields("Re: x", "jane@acme.com", "Hello"))


@pytest.mark.parametrize("text", [
    "Hi Alex, thanks for asking. Unfortunately our policy is not to provide individual feedback.",
    "I'm sorry, but we are unable to provide feedback on applications at this stage.",
    "Hi Alex, we don't share detailed feedback due to the volume of candidates.",
    "Leider können wir Ihnen kein individuelles Feedback geben.",
    "Malheureusement, nous ne pouvons pas vous faire de retour détaillé.",
    "Lamentablemente no podemos dar retroalimentación individual.",
    # wrapped mid-phrase by the sender's mail client
    "Guten Tag Herr Rivera,\nleider können wir Ihnen aus rechtlichen Gründen kein\nindividuelles"
    " Feedback geben.",
    "Hi Alex,\nthanks for reaching out. Unfortunately we are not able to\r\nprovide individual\n"
    "feedback.",
    "Malheureusement, nous ne\npouvons pas vous faire de retour détaillé.",
])
def test_no_feedback_answers(text):
    assert answer_kind(from_fields("Re: x", "jane@acme.com", text)) == "no_feedback"


@pytest.mark.parametrize("text", [
    "Hi Alex, happy to help. The panel felt your system design answers lacked depth on scaling.",
    "Sure! The other candidate had more hands-on Kubernetes experience. Your portfolio was strong.",
])
def test_feedback_answers(text):
    assert answer_kind(from_fields("Re: x", "jane@acme.com", text)) == "feedback"


def test_quoted_request_does_not_count():
    text = ("The team thought you were strong on SQL but wanted more leadership examples.\n\n"
            "On Tue, Nov 18, 2026 at 10:00 Alex wrote:\n"
            "> I would be grateful for any feedback you cannot provide feedback on")
    assert answer_kind(from_fields("Re: x", "jane@acme.com", text)) == "feedback"
    assert own_words(text).startswith("The team") and "wrote" not in own_words(text)


@pytest.mark.parametrize("quote_line", [
    "On Tue, 1 Dec 2026 at 10:15, Alex Rivera <alex@example.org> wrote:",
    "Am 01.12.2026 um 10:15 schrieb Alex Rivera <alex@example.org>:",
    "Le mar. 1 déc. 2026 à 10:15, Alex Rivera <alex@example.org> a écrit :",
    "El mar, 1 dic 2026 a las 10:15, Alex Rivera (<alex@example.org>) escribió:",
    "-----Original Message-----",
    "-------- Weitergeleitete Nachricht --------",
])
def test_the_recogniser_and_both_readers_cut_at_the_same_quote_line(quote_line):
    """One quote pattern (lexicon.QUOTE_*) behind all three: the feedback reader used to miss
    the German 'schrieb <name>:' line that the recogniser knew."""
    from agent.core.classify import strip_quoted
    from agent.core.feedback import recruiter_words
    from agent.core.replies import own_words

    text = f"Thanks, that helps a lot.\n\n{quote_line}\n> Hello, could you share feedback?\n"
    for cut in (strip_quoted(text), own_words(text), recruiter_words(text)):
        assert "Thanks, that helps a lot." in cut
        assert "could you share" not in cut and quote_line not in cut
