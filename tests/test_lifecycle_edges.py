"""Edge cases of the lifecycle found in review, each against the real Dovecot: who counts as
having answered, what counts as sent, crash recovery when a client rewrites Message-IDs."""

import sqlite3
from datetime import timedelta

from helpers import make_mail, parse, rejection, status_json
from test_lifecycle_imap import REJ, T0, D, H, drafts, once, send_draft, thread, walk_to_sent


def test_noreply_acknowledgement_is_not_an_answer(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    ack = make_mail("Northwind <no-reply@northwind.example>",
                    "Re: Your application for Senior Data Engineer",
                    "We received your message and will get back to you.", T0 + 2 * D,
                    msgid="<ack@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", ack, when=T0 + 2 * D, user=user)
    once(env, T0 + 2 * D + H)
    assert thread(env)["state"] == "sent"
    assert len(drafts(sandbox, user)) == 0


def test_answer_after_the_silence_deadline_does_not_reopen(box):
    sandbox, user, env = box
    # Keep every instant in the real past: Dovecot stores a future APPEND's INTERNALDATE as now.
    t0 = T0 - 14 * D
    sandbox.append("INBOX", rejection(t0), when=t0, user=user)
    once(env, t0 + H)
    once(env, t0 + 24 * H)
    send_draft(sandbox, user, t0 + 25 * H)
    once(env, t0 + 26 * H)
    ans = make_mail("Priya Natarajan <priya@northwind.example>",
                    "Re: Your application for Senior Data Engineer",
                    "Hi Alex, sorry for the delay: more depth on modelling.", t0 + 25 * H + 9 * D,
                    msgid="<ans@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", ans, when=t0 + 25 * H + 9 * D, user=user)
    once(env, t0 + 25 * H + 9 * D + H)
    t = thread(env)
    assert t["state"] == "closed"


def test_answer_is_timed_by_arrival_not_a_slow_date_header(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    # arrives 30 min after send, but sender's Date header is 1 h slow
    ans = make_mail("Priya Natarajan <priya@northwind.example>",
                    "Re: Your application for Senior Data Engineer",
                    "Hi Alex, the panel wanted more depth on modelling.", T0 + 25 * H - timedelta(minutes=30),
                    msgid="<ans@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", ans, when=T0 + 25 * H + 30 * timedelta(minutes=1), user=user)
    once(env, T0 + 27 * H)
    t = thread(env)
    assert t["state"] == "thanked"


def test_forwarding_the_rejection_is_not_answering_it(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + H)
    fwd = make_mail("Alex Rivera <alex@example.org>", "Fwd: Your application for Senior Data Engineer",
                    "ugh, look at this", T0 + 2 * H, msgid="<fwd@example.org>",
                    references=REJ, to="Sam <sam@friends.example>")
    sandbox.append("Sent", fwd, when=T0 + 2 * H, user=user)
    once(env, T0 + 3 * H)
    once(env, T0 + 24 * H)
    t = thread(env)
    assert t["state"] == "drafted"


def test_forward_while_drafted_is_not_sending(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + H)
    once(env, T0 + 24 * H)
    fwd = make_mail("Alex Rivera <alex@example.org>", "Fwd: Your application for Senior Data Engineer",
                    "should I send this?", T0 + 25 * H, msgid="<fwd@example.org>",
                    references=REJ, to="Sam <sam@friends.example>")
    sandbox.append("Sent", fwd, when=T0 + 25 * H, user=user)
    once(env, T0 + 26 * H)
    t = thread(env)
    assert t["state"] == "drafted"


def test_thanks_crash_then_sent_with_new_message_id_no_duplicate(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    ans = make_mail("Priya Natarajan <priya@northwind.example>",
                    "Re: Your application for Senior Data Engineer",
                    "Hi Alex, the panel wanted more depth on modelling.", T0 + 2 * D,
                    msgid="<ans@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", ans, when=T0 + 2 * D, user=user)
    once(env, T0 + 2 * D + H)
    assert thread(env)["state"] == "thanked"
    # crash between APPEND and commit: placed time not recorded
    db = env["DEBRIEF_DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(db) as c:
        c.execute("update draft_intent set placed_at=NULL where kind='thanks'")
        c.execute("update thread set state='replied'")
    # meanwhile the user sends the thank-you from a client that gives it a new Message-ID
    (uid, _, raw), = drafts(sandbox, user)
    msg = parse(raw)
    del msg["Message-ID"]
    msg["Message-ID"] = "<client-new@example.org>"
    sandbox.append("Sent", msg.as_bytes(), when=T0 + 2 * D + 2 * H, user=user)
    cl = sandbox.client(user)
    cl.select_folder("Drafts")
    cl.delete_messages([uid])
    cl.expunge()
    cl.logout()
    once(env, T0 + 2 * D + 3 * H)
    assert drafts(sandbox, user) == []
    assert thread(env)["state"] == "thanked"


def test_request_crash_then_sent_with_new_message_id_is_sent(box):
    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + H)
    once(env, T0 + 24 * H)
    db = env["DEBRIEF_DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(db) as c:
        c.execute("update draft_intent set placed_at=NULL where kind='request'")
        c.execute("update thread set state='scheduled'")
    (uid, _, raw) = drafts(sandbox, user)[0]
    msg = parse(raw)
    del msg["Message-ID"]
    msg["Message-ID"] = "<client-new@example.org>"
    sandbox.append("Sent", msg.as_bytes(), when=T0 + 25 * H, user=user)
    cl = sandbox.client(user)
    cl.select_folder("Drafts")
    cl.delete_messages([uid])
    cl.expunge()
    cl.logout()
    once(env, T0 + 26 * H)
    t = thread(env)
    assert t["state"] == "sent"


def test_fresh_subject_no_feedback_answer_joins_the_thread(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    ans = make_mail("Priya Natarajan <priya@northwind.example>", "Feedback on your application",
                    """Hi Alex,

                    thanks for your note. Unfortunately we are not able to provide individual
                    feedback, as we decided to move forward with other candidates for the
                    Senior Data Engineer role.

                    Best,
                    Priya Natarajan
                    Northwind Analytics""", T0 + 2 * D, msgid="<ans2@northwind.example>")
    sandbox.append("INBOX", ans, when=T0 + 2 * D, user=user)
    once(env, T0 + 2 * D + H)
    once(env, T0 + 4 * D)
    ts = status_json(env)
    assert len(ts) == 1


def test_answer_through_an_ats_relay_counts_by_reply_to(box):
    sandbox, user, env = box
    rej = rejection(T0, sender="Priya Natarajan <no-reply@hire.lever.co>",
                    reply_to="Priya Natarajan <priya@northwind.example>")
    walk_to_sent(sandbox, user, env, rej)
    assert thread(env)["contact_email"] == "priya@northwind.example"
    ans = make_mail("Priya Natarajan <priya-abc123@hire.lever.co>",
                    "Re: Your application for Senior Data Engineer",
                    "Hi Alex, the panel wanted more depth on modelling.", T0 + 2 * D,
                    msgid="<ans@hire.lever.co>", in_reply_to=REJ,
                    reply_to="Priya Natarajan <priya@northwind.example>")
    sandbox.append("INBOX", ans, when=T0 + 2 * D, user=user)
    once(env, T0 + 2 * D + H)
    t = thread(env)
    assert t["state"] == "thanked"


def test_an_answer_in_time_seen_only_after_the_deadline_is_thanked(box):
    """The daemon was down from day 2 to day 10: the answer arrived on day 4, inside the
    window. Seen late, it still counts (ANSWERED is checked before SILENCE)."""
    sandbox, user, env = box
    t0 = T0 - 14 * D  # real past instants: Dovecot keeps the INTERNALDATE we give
    sandbox.append("INBOX", rejection(t0), when=t0, user=user)
    once(env, t0 + H)
    once(env, t0 + 24 * H)
    send_draft(sandbox, user, t0 + 25 * H)
    once(env, t0 + 26 * H)
    ans = make_mail("Priya Natarajan <priya@northwind.example>",
                    "Re: Your application for Senior Data Engineer",
                    "Hi Alex, the panel wanted more depth on data modelling.", t0 + 4 * D,
                    msgid="<ans@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", ans, when=t0 + 4 * D, user=user)
    once(env, t0 + 12 * D)  # the first poll after the outage, past sent + 7 days
    t = thread(env)
    assert (t["state"], t["answer_kind"]) == ("thanked", "feedback")
    (_, _, raw), = drafts(sandbox, user)
    assert parse(raw)["In-Reply-To"] == "<ans@northwind.example>"


def test_the_thank_you_goes_to_the_colleague_who_answered(box):
    sandbox, user, env = box
    walk_to_sent(sandbox, user, env)
    ans = make_mail("Sam Okafor <sam.okafor@northwind.example>",
                    "Re: Your application for Senior Data Engineer",
                    "Hi Alex, Priya asked me to reply: more depth on data modelling.",
                    T0 + 2 * D, msgid="<sam@northwind.example>", in_reply_to=REJ)
    sandbox.append("INBOX", ans, when=T0 + 2 * D, user=user)
    once(env, T0 + 2 * D + H)
    assert thread(env)["state"] == "thanked"
    (_, _, raw), = drafts(sandbox, user)
    msg = parse(raw)
    assert [a.addr_spec for a in msg["To"].addresses] == ["sam.okafor@northwind.example"]
    assert msg["To"].addresses[0].display_name == "Sam Okafor"
    assert "Sam" in msg.get_content().splitlines()[0]
    assert msg["In-Reply-To"] == "<sam@northwind.example>"
