"""A rejection from a no-reply ATS address reaches the person the user talked to, found in the
earlier conversation in INBOX and Sent, against a real Dovecot (each `once` a new process)."""

from __future__ import annotations

import email.policy
import time
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from helpers import YOU_EMAIL, iso, make_mail, parse, run_cli, status_json

from agent.mailbox import Mailbox

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H, D = timedelta(hours=1), timedelta(days=1)
REJ = "<rej-ats-1@greenhouse-mail.io>"
MARCO = "Marco Bianchi <marco.bianchi@lumenhealth.example>"
DECOY = "Marco Rossi <marco.rossi@brightworks.example>"
ME = f"Alex Rivera <{YOU_EMAIL}>"


def ats_rejection() -> bytes:
    return make_mail("Lumen Health <no-reply@us.greenhouse-mail.io>",
                     "Update on your Lumen Health application", """
        Hi Alex,

        Thank you for your interest in the Product Analyst position at Lumen Health and for
        the time you invested in our interviews.

        Unfortunately, we will not be moving forward with your application at this time.
        We truly appreciate your interest and encourage you to apply for future openings.

        Kind regards,
        Marco Bianchi
        Talent Acquisition, Lumen Health
        """, T0, msgid=REJ)


def scheduling_conversation(sandbox, user) -> str:
    """Marco's scheduling mail, the user's reply (Sent), Marco's confirmation; returns the id of
    the last one."""
    first = make_mail(MARCO, "Product Analyst interview: your availability", """
        Hi Alex, thanks for applying to Lumen Health. Could you share times for a first call?
        Marco
        """, T0 - 20 * D, msgid="<sched-1@lumenhealth.example>")
    reply = make_mail(ME, "Re: Product Analyst interview: your availability",
                      "Hi Marco, Tuesday or Wednesday afternoon works. Alex", T0 - 19 * D,
                      msgid="<reply-1@example.org>", in_reply_to="<sched-1@lumenhealth.example>",
                      to=MARCO)
    confirm = make_mail(MARCO, "Re: Product Analyst interview: your availability",
                        "Great, Wednesday 14:00 it is. Marco", T0 - 18 * D,
                        msgid="<sched-2@lumenhealth.example>",
                        in_reply_to="<reply-1@example.org>",
                        references="<sched-1@lumenhealth.example> <reply-1@example.org>")
    sandbox.append("INBOX", first, when=T0 - 20 * D, user=user)
    sandbox.append("Sent", reply, when=T0 - 19 * D, user=user)
    sandbox.append("INBOX", confirm, when=T0 - 18 * D, user=user)
    return "<sched-2@lumenhealth.example>"


def decoy_conversation(sandbox, user) -> None:
    """More mail, both ways, with another Marco at another company."""
    for i in range(3):
        when = T0 - (15 - i) * D
        sandbox.append("INBOX", make_mail(DECOY, f"Product Analyst role at Brightworks ({i})",
                                          "Hi Alex, let's talk about the analyst role. Marco",
                                          when, msgid=f"<decoy-{i}@brightworks.example>"),
                       when=when, user=user)
        sandbox.append("Sent", make_mail(ME, f"Re: Product Analyst role at Brightworks ({i})",
                                         "Thanks Marco!", when + H, to=DECOY,
                                         msgid=f"<decoy-reply-{i}@example.org>"),
                       when=when + H, user=user)


def invitation(when: datetime) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Google Calendar <calendar-notification@google.com>"
    msg["To"] = ME
    msg["Subject"] = "Invitation: Lumen Health - Product Analyst interview @ Wed 4 Nov 2026"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<invite-1@google.com>"
    msg.set_content("You have been invited to the following event.")
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=Marco Bianchi:mailto:marco.bianchi@lumenhealth.example\r\n"
           "ATTENDEE;CN=Alex Rivera;ROLE=REQ-PARTICIPANT:mailto:alex@exam\r\n ple.org\r\n"
           "SUMMARY:Product Analyst interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"}, cte="base64")
    return msg.as_bytes()


def once(env, when: datetime) -> str:
    done = run_cli(env, "once", "--now", iso(when))
    assert done.returncode == 0, done.stderr
    return done.stdout


def only_thread(env) -> dict:
    threads = status_json(env)
    assert len(threads) == 1, threads
    return threads[0]


def explain(env) -> str:
    done = run_cli(env, "explain", REJ)
    assert done.returncode == 0, done.stderr
    return done.stdout


def the_draft(sandbox, user):
    (_, _, raw), = sandbox.messages("Drafts", user=user)
    return parse(raw), raw


def test_no_reply_rejection_goes_to_the_recruiter_threaded_to_the_conversation(box):
    sandbox, user, env = box
    last = scheduling_conversation(sandbox, user)
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)

    once(env, T0 + H)
    t = only_thread(env)
    assert t["state"] == "scheduled"
    assert (t["contact_name"], t["contact_email"]) == (
        "Marco Bianchi", "marco.bianchi@lumenhealth.example")
    out = explain(env)
    assert "contact    Marco Bianchi <marco.bianchi@lumenhealth.example>" in out
    assert "found in an earlier conversation: 3 messages exchanged, last 2026-10-29" in out
    assert ("the rejection itself had no reachable address (it came from "
            "no-reply@us.greenhouse-mail.io)") in out

    once(env, T0 + 24 * H)
    assert only_thread(env)["state"] == "drafted"
    msg, _ = the_draft(sandbox, user)
    assert msg["To"].addresses[0].addr_spec == "marco.bianchi@lumenhealth.example"
    assert msg["In-Reply-To"] == last
    refs = msg["References"].split()
    assert refs[-1] == last and "<sched-1@lumenhealth.example>" in refs and REJ in refs
    assert msg["Subject"] == "Re: Product Analyst interview: your availability"
    body = msg.get_content()
    assert "Hello Marco," in body and "Product Analyst" in body and "decision" in body
    assert "brightworks" not in msg.as_string().lower()

    # The user sends it; Marco answers it; the answer is recognised and thanked.
    (uid, _, raw), = sandbox.messages("Drafts", user=user)
    sandbox.append("Sent", raw, when=T0 + 25 * H, user=user)
    client = sandbox.client(user)
    client.select_folder("Drafts")
    client.delete_messages([uid])
    client.expunge()
    client.logout()
    once(env, T0 + 26 * H)
    assert only_thread(env)["state"] == "sent"
    answer = make_mail(MARCO, "Re: Product Analyst interview: your availability",
                       "Hi Alex, the panel wanted more depth on experiment design. Marco",
                       T0 + 3 * D, msgid="<answer-1@lumenhealth.example>",
                       in_reply_to=msg["Message-ID"])
    sandbox.append("INBOX", answer, when=T0 + 3 * D, user=user)
    once(env, T0 + 3 * D + H)
    assert only_thread(env)["state"] == "thanked"
    thanks, _ = the_draft(sandbox, user)
    assert thanks["To"].addresses[0].addr_spec == "marco.bianchi@lumenhealth.example"
    assert thanks["In-Reply-To"] == "<answer-1@lumenhealth.example>"


def test_a_calendar_invitation_alone_is_enough(box):
    sandbox, user, env = box
    sandbox.append("INBOX", invitation(T0 - 14 * D), when=T0 - 14 * D, user=user)
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    once(env, T0 + H)
    t = only_thread(env)
    assert t["contact_email"] == "marco.bianchi@lumenhealth.example"
    assert "1 message exchanged, last 2026-11-02" in t["contact_reason"]
    once(env, T0 + 24 * H)
    msg, _ = the_draft(sandbox, user)
    assert msg["To"].addresses[0].addr_spec == "marco.bianchi@lumenhealth.example"
    assert msg["In-Reply-To"] == "<invite-1@google.com>"
    assert str(msg["Subject"]).strip() == (
        "Re: Invitation: Lumen Health - Product Analyst interview @ Wed 4 Nov 2026")


def test_no_conversation_is_skipped_with_the_reason(box):
    sandbox, user, env = box
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    once(env, T0 + H)
    t = only_thread(env)
    assert (t["state"], t["reason"], t["contact_email"]) == ("skipped", "no reachable contact", "")
    assert t["contact_reason"].startswith("none: no earlier conversation with Lumen Health")
    assert "contact    none (no earlier conversation with Lumen Health" in explain(env)
    once(env, T0 + 24 * H)
    assert sandbox.messages("Drafts", user=user) == []


def test_a_friend_copying_someone_at_another_company_is_no_conversation(box):
    """A friend (free mail) writes about the Lumen Health interview and copies Marco Rossi at
    Brightworks; the user answers both. Neither is the company's: skipped, no draft."""
    sandbox, user, env = box
    friend = "Sam Lee <sam.lee@gmail.com>"
    tips = make_mail(friend, "Your Lumen Health interview: tips", "Good luck! Sam", T0 - 9 * D,
                     msgid="<tips-1@gmail.com>", headers={"Cc": DECOY})
    reply = make_mail(ME, "Re: Your Lumen Health interview: tips", "Thanks both!", T0 - 8 * D,
                      msgid="<tips-2@example.org>", to=friend, headers={"Cc": DECOY},
                      in_reply_to="<tips-1@gmail.com>")
    sandbox.append("INBOX", tips, when=T0 - 9 * D, user=user)
    sandbox.append("Sent", reply, when=T0 - 8 * D, user=user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    once(env, T0 + H)
    t = only_thread(env)
    assert (t["state"], t["contact_email"]) == ("skipped", "")
    assert t["contact_reason"].startswith("none: no earlier conversation with Lumen Health")
    once(env, T0 + 24 * H)
    assert sandbox.messages("Drafts", user=user) == []


def test_the_lookback_setting_bounds_the_search(box):
    sandbox, user, env = box
    scheduling_conversation(sandbox, user)  # 18 to 20 days before the rejection
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    once({**env, "DEBRIEF_CONTACT_LOOKBACK_DAYS": "10"}, T0 + H)
    t = only_thread(env)
    assert t["state"] == "skipped" and "last 10 days" in t["contact_reason"]


def test_a_reachable_rejection_does_no_look_up(box):
    from helpers import rejection

    sandbox, user, env = box
    sandbox.append("INBOX", rejection(T0), when=T0, user=user)
    once(env, T0 + H)
    t = only_thread(env)
    assert t["contact_email"] == "priya@northwind.example" and t["contact_reason"] == ""


def test_header_search_and_fetch(imap_settings, dovecot_server, mailbox_user):
    sandbox, user = dovecot_server, mailbox_user
    scheduling_conversation(sandbox, user)
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", invitation(T0 - 14 * D), when=T0 - 14 * D, user=user)
    old = make_mail(MARCO, "Long ago", "old", T0 - 200 * D, msgid="<old@lumenhealth.example>")
    sandbox.append("INBOX", old, when=T0 - 200 * D, user=user)
    since = (T0 - 120 * D).date()
    terms = ["lumenhealth.example", "lumenhealth"]
    with Mailbox(imap_settings) as mb:
        inbox = mb.search_correspondence("INBOX", since, terms, "Lumen Health")
        sent = mb.search_correspondence("Sent", since, terms, "Lumen Health")
        assert mb.search_correspondence("INBOX", date(2026, 11, 1), terms) == []
        assert mb.search_correspondence("INBOX", since, ["zürichrück"], "Zürich Rück") == []
        headers = mb.fetch_headers("INBOX", inbox)
        sent_headers = mb.fetch_headers("Sent", sent)
    subjects = sorted(parse(h.headers)["Subject"] for h in headers)
    assert subjects == [
        "Invitation: Lumen Health - Product Analyst interview @ Wed 4 Nov 2026",
        "Product Analyst interview: your availability",
        "Re: Product Analyst interview: your availability",
    ]  # the invitation by its subject, Marco by his address; not the decoy, not the old one
    assert [parse(h.headers)["Message-ID"] for h in sent_headers] == ["<reply-1@example.org>"]
    for h in headers + sent_headers:
        assert b"\r\n\r\n" not in h.headers.rstrip(b"\r\n")  # headers only, no body
        assert b"Tuesday" not in h.headers and b"invited to" not in h.headers
    invite = next(h for h in headers if h.calendars)
    (data, encoding), = invite.calendars
    assert encoding == "base64"
    assert sum(1 for h in headers if h.calendars) == 1
    inbox_flags = [flags for _, flags, _ in sandbox.messages("INBOX", user=user)]
    assert all(b"\\Seen" not in flags for flags in inbox_flags)


class RefusingMailbox(Mailbox):
    """The real mailbox, on a server that refuses the correspondence search."""

    def search_correspondence(self, *args, **kwargs):
        from agent.errors import MailboxError

        raise MailboxError("127.0.0.1 refused UID SEARCH: BAD [BADCHARSET]")


class DroppingMailbox(Mailbox):
    """The real mailbox, whose connection drops during the search."""

    def search_correspondence(self, *args, **kwargs):
        from agent.errors import ConnectError

        raise ConnectError("connection to 127.0.0.1 lost (UID SEARCH)")


def test_a_refused_search_skips_once_and_a_dropped_connection_retries(box, tmp_path):
    import pytest
    from helpers import settings_for

    from agent.cycle import fixed_clock, run_cycle
    from agent.errors import ConnectError
    from agent.store import Store

    sandbox, user, _ = box
    scheduling_conversation(sandbox, user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    settings = settings_for(sandbox, user, tmp_path / "x.db")
    with Store(settings.database_url) as store:
        with pytest.raises(ConnectError):
            run_cycle(settings, store, fixed_clock(T0 + H), mailbox_factory=DroppingMailbox)
        (thread,) = store.threads()
        assert thread.state == "scheduled" and thread.contact_reason is None  # looks again
        run_cycle(settings, store, fixed_clock(T0 + 2 * H), mailbox_factory=RefusingMailbox)
        assert thread.state == "skipped"
        assert thread.contact_reason.startswith(
            "none: the search for an earlier conversation failed (MailboxError")
        run_cycle(settings, store, fixed_clock(T0 + 3 * H))  # decided: no second look-up
        assert thread.state == "skipped" and thread.contact_email == ""


def test_search_terms_with_line_breaks_or_literals_cannot_break_the_command(
        imap_settings, dovecot_server, mailbox_user):
    """A company name or domain taken from hostile mail may hold CR/LF or an IMAP literal
    marker: sent as they were, '{5}\\r\\n' left the server waiting for a literal until the read
    timeout (every cycle), and 'x\\r\\nA1 LOGOUT' was a second command. They are one line."""
    scheduling_conversation(dovecot_server, mailbox_user)
    since = (T0 - 60 * D).date()
    started = time.monotonic()
    with Mailbox(imap_settings) as mb:
        assert len(mb.search_correspondence("INBOX", since, ["lumenhealth"],
                                            "Product Analyst\r\ninterview")) == 2
        assert mb.search_correspondence("INBOX", since, ["{5}\r\nabcde"], "{5}\r\n") == []
        assert mb.search_correspondence("INBOX", since, ["x\r\nA1 LOGOUT"], "\n") == []
        assert len(mb.search_correspondence("INBOX", since, ["lumenhealth)*"],
                                            "Product Analyst (Lumen)")) == 2
        assert len(mb.search_correspondence("INBOX", since, ["lumenhealth"])) == 2  # still open
    assert time.monotonic() - started < 10


def plain_ats_rejection() -> bytes:
    """A no-reply rejection that names no interview: only the conversation shows one."""
    return make_mail("Lumen Health <no-reply@us.greenhouse-mail.io>",
                     "Your application to Lumen Health", """
        Hi Alex,

        Thank you for your application for the Product Analyst position at Lumen Health.
        After careful consideration, we are not moving forward with your application.

        Best wishes,
        Marco Bianchi
        Talent Acquisition, Lumen Health
        """, T0, msgid=REJ)


def test_the_conversation_found_for_a_no_reply_rejection_raises_the_stage(box):
    """The stage comes from the same look-up that finds the recruiter, and the
    DEBRIEF_DRAFT_STAGES gate runs after it: interview mail with Marco makes it an interview."""
    sandbox, user, env = box
    scheduling_conversation(sandbox, user)
    invite = make_mail(MARCO, "Interview invitation: Product Analyst onsite", """
        Hi Alex, we'd like to invite you to an onsite interview at our office next Thursday
        at 10:00. Marco
        """, T0 - 10 * D, msgid="<onsite-1@lumenhealth.example>")
    sandbox.append("INBOX", invite, when=T0 - 10 * D, user=user)
    sandbox.append("INBOX", plain_ats_rejection(), when=T0, user=user)
    env = {**env, "DEBRIEF_DRAFT_STAGES": "interview"}
    once(env, T0 + H)
    t = only_thread(env)
    assert (t["state"], t["stage"]) == ("scheduled", "interview"), t
    assert t["contact_email"] == "marco.bianchi@lumenhealth.example"
    assert "stage from earlier mail" in explain(env)
    once(env, T0 + 24 * H)
    assert only_thread(env)["state"] == "drafted"
    msg, _ = the_draft(sandbox, user)
    assert msg["To"].addresses[0].addr_spec == "marco.bianchi@lumenhealth.example"


def test_without_interview_mail_the_stage_gate_skips_after_the_look_up(box):
    """Only an exchange about a call: screening. The gate (interview only) skips through the
    lifecycle table, with the reason `explain` shows, once the look-up ran."""
    sandbox, user, env = box
    ask = make_mail(MARCO, "Product Analyst role: a short call", """
        Hi Alex, thanks for applying to Lumen Health. Could you share times for a short call
        this week? Marco
        """, T0 - 12 * D, msgid="<call-1@lumenhealth.example>")
    answer = make_mail(ME, "Re: Product Analyst role: a short call", "Tuesday works. Alex",
                       T0 - 11 * D, msgid="<call-2@example.org>",
                       in_reply_to="<call-1@lumenhealth.example>", to=MARCO)
    sandbox.append("INBOX", ask, when=T0 - 12 * D, user=user)
    sandbox.append("Sent", answer, when=T0 - 11 * D, user=user)
    sandbox.append("INBOX", plain_ats_rejection(), when=T0, user=user)
    env = {**env, "DEBRIEF_DRAFT_STAGES": "interview"}
    once(env, T0 + H)
    t = only_thread(env)
    assert t["stage"] == "screening" and t["state"] == "skipped", t
    assert t["reason"] == "screening stage not in DEBRIEF_DRAFT_STAGES (interview)"
    assert t["contact_email"] == "marco.bianchi@lumenhealth.example"  # looked up first
    assert "skipped (screening stage not in DEBRIEF_DRAFT_STAGES (interview))" in explain(env)
    once(env, T0 + 24 * H)
    assert sandbox.messages("Drafts", user=user) == []


class CountingMailbox(Mailbox):
    """Counts the SEARCH commands the look-up sends."""

    searches = 0

    def search_correspondence(self, *args, **kwargs):
        CountingMailbox.searches += 1
        return super().search_correspondence(*args, **kwargs)


def test_a_combined_search_finds_what_each_rejection_s_own_search_finds(
        imap_settings, dovecot_server, mailbox_user):
    """A first scan with many new rejections: one combined SEARCH per folder instead of one
    per rejection and folder, and each rejection keeps exactly the mail its own search finds."""
    from agent.contact_lookup import search_companies, search_company
    from agent.core.conversation import RejectionFacts
    from agent.mailbox import Folders

    sandbox, user = dovecot_server, mailbox_user
    scheduling_conversation(sandbox, user)
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", invitation(T0 - 14 * D), when=T0 - 14 * D, user=user)
    many = [
        RejectionFacts(company="Lumen Health", domains=("lumenhealth.example",),
                       slugs=("lumenhealth",)),
        RejectionFacts(company="Brightworks", domains=("brightworks.example",)),
        RejectionFacts(company="Nobody Here", domains=("nobody.example",)),
        RejectionFacts(company="Product Analyst"),  # a subject-only search, wider than a name
    ]
    folders = Folders(inbox="INBOX", sent="Sent", drafts="Drafts")
    since = (T0 - 120 * D).date()
    with CountingMailbox(imap_settings) as mb:
        CountingMailbox.searches = 0
        alone = [search_company(mb, folders, facts, since) for facts in many]
        assert CountingMailbox.searches == 2 * len(many)
        CountingMailbox.searches = 0
        together = search_companies(mb, folders, many, since)
        assert CountingMailbox.searches == 2
    for one, combined in zip(alone, together, strict=True):
        assert not one.error and not combined.error
        assert sorted(combined.where) == sorted(one.where)
        assert sorted(s.message_id for s in combined.summaries) == sorted(
            s.message_id for s in one.summaries)
    assert len(together[0].where) == 4 and len(together[1].where) == 6
    assert together[2].where == ()


def test_a_first_scan_s_many_rejections_share_a_search_within_the_command_length(
        imap_settings, dovecot_server, mailbox_user):
    """120 new rejections: as many per SEARCH as fit in a command of about 7,000 octets (two
    per folder here, where twenty a command made six), each accepted by the server and each
    still finding its own mail."""
    from agent.contact_lookup import (
        SEARCH_COMMAND_OCTETS,
        _search_batches,
        search_companies,
        search_company,
    )
    from agent.core.conversation import RejectionFacts, search_terms
    from agent.mailbox import Folders

    sandbox, user = dovecot_server, mailbox_user
    scheduling_conversation(sandbox, user)
    many = [RejectionFacts(company=f"Co{n}", domains=(f"co{n}.example",)) for n in range(119)]
    many.insert(30, RejectionFacts(company="Lumen Health", domains=("lumenhealth.example",),
                                   slugs=("lumenhealth",)))
    terms_of = [list(search_terms(f)) for f in many]
    batches = _search_batches(terms_of, [f.company for f in many])
    assert sorted(i for b in batches for i in b) == list(range(120))
    assert len(batches) == 2
    for batch in batches:
        octets = sum(3 * (len(t) + 12) for i in batch for t in terms_of[i])
        assert octets <= SEARCH_COMMAND_OCTETS
    folders = Folders(inbox="INBOX", sent="Sent", drafts="Drafts")
    with CountingMailbox(imap_settings) as mb:
        CountingMailbox.searches = 0
        found = search_companies(mb, folders, many, (T0 - 120 * D).date())
        assert CountingMailbox.searches == 2 * len(batches)
        alone = search_company(mb, folders, many[30], (T0 - 120 * D).date())
    assert not any(f.error for f in found)
    assert len(found[30].where) == 3 and sorted(found[30].where) == sorted(alone.where)
    assert all(f.where == () for n, f in enumerate(found) if n != 30)


def test_search_batches_leave_out_rejections_with_nothing_to_ask():
    from agent.contact_lookup import _search_batches

    assert _search_batches([[], ["acme.example"], []], ["", "Acme", ""]) == [[1]]
    assert _search_batches([[], []], ["", ""]) == []
    assert _search_batches([["a" * 3000], ["b" * 3000]], ["", ""]) == [[0], [1]]


def _raw_headers(lines: list[str], body: str = "Hello.\r\n") -> bytes:
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8")


def test_the_look_back_index_finds_what_the_server_search_finds(
        imap_settings, dovecot_server, mailbox_user):
    """`LookbackIndex.search` (the look-back's From/To/Cc/Subject read once, matched locally)
    against Dovecot's own UID SEARCH FROM/TO/CC OR SUBJECT for the same terms: encoded names,
    folded and multi-address lines, Cc only, a domain inside a longer one, a company only in
    the subject, 8-bit UTF-8 headers, and mail older than the look-back."""
    from agent.contact_lookup import LookbackIndex

    sandbox, user = dovecot_server, mailbox_user
    scheduling_conversation(sandbox, user)
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", invitation(T0 - 14 * D), when=T0 - 14 * D, user=user)
    odd = [
        ["From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@zuerich-rueck.example>",
         "To: Alex <alex@example.org>", "Subject: =?utf-8?q?Zur=C3=BCck_zu_Z=C3=BCrich_R=C3=BCck?="],
        ["From: Team <jobs@acme.example>", "To: alex@example.org,",
         " \"Other, Person\" <other@acmerobotics.example>", "Subject: Your Acme Robotics application"],
        ["From: Friend <friend@example.net>", "To: alex@example.org",
         "Cc: Dana <dana@lumenhealth.example>", "Subject: dinner"],
        ["From: News <news@list.example>", "To: alex@example.org",
         "Subject: Weekly: Lumen Health and Brightworks in the news"],
        ["From: Zoë Ärger <zoe@brightworks.example>", "To: alex@example.org",
         "Subject: Grüße aus dem Büro"],
        ["From: Someone <someone@company12.example>", "To: alex@example.org",
         "Subject: company1 is a substring here"],
    ]
    for n, lines in enumerate(odd):
        when = T0 - (n + 2) * D
        sandbox.append("INBOX", _raw_headers(lines + [f"Message-ID: <odd-{n}@example.net>"]),
                       when=when, user=user)
    old = make_mail(MARCO, "Long ago", "old", T0 - 200 * D, msgid="<old@lumenhealth.example>")
    sandbox.append("INBOX", old, when=T0 - 200 * D, user=user)
    since = (T0 - 120 * D).date()
    asks = [
        (["lumenhealth.example", "lumenhealth"], ["Lumen Health"]),
        (["brightworks.example"], ["Brightworks"]),
        (["acme.example", "acme"], ["Acme Robotics"]),
        (["company1"], []),
        (["zuerich-rueck.example"], ["Zürich Rück"]),
        (["jürgen müller"], []),  # not address-like: every message's value is read
        (["zoë"], ["grüße"]),
        (["nobody.example"], ["Nobody Here"]),
        ([], ["Product Analyst"]),
    ]
    with Mailbox(imap_settings) as mb:
        for folder in ("INBOX", "Sent"):
            index = LookbackIndex.read(mb, folder, since)
            for terms, subjects in asks:
                server = mb.search_correspondence(folder, since, terms, subjects)
                assert index.search(terms, subjects, 300) == server, (folder, terms, subjects)
            assert index.search(["lumenhealth"], [], 2) == mb.search_correspondence(
                folder, since, ["lumenhealth"], [], limit=2)
        found = LookbackIndex.read(mb, "INBOX", since).search(["lumenhealth"], [], 300)
        uid_of = mb.find_message_ids("INBOX", ["<odd-2@example.net>", "<old@lumenhealth.example>"])
        assert uid_of["<odd-2@example.net>"][0] in found  # only in Cc
        assert uid_of["<old@lumenhealth.example>"][0] not in found  # before the look-back
    assert all(b"\\Seen" not in flags for _, flags, _ in sandbox.messages("INBOX", user=user))


def test_a_cycle_s_second_combined_search_reads_the_look_back_once_instead(
        imap_settings, dovecot_server, mailbox_user):
    """With a SearchPlan, 120 rejections (480 criteria, two combined SEARCHes per folder) are
    matched in each folder's look-back headers, read once, and find what their own searches
    find; later searches of the cycle reuse the index and send no SEARCH at all."""
    from agent.contact_lookup import SearchPlan, search_companies, search_company
    from agent.core.conversation import RejectionFacts
    from agent.mailbox import Folders

    sandbox, user = dovecot_server, mailbox_user
    scheduling_conversation(sandbox, user)
    decoy_conversation(sandbox, user)
    many = [RejectionFacts(company=f"Co{n}", domains=(f"co{n}.example",)) for n in range(118)]
    many.insert(30, RejectionFacts(company="Lumen Health", domains=("lumenhealth.example",),
                                   slugs=("lumenhealth",)))
    many.insert(70, RejectionFacts(company="Brightworks", domains=("brightworks.example",)))
    folders = Folders(inbox="INBOX", sent="Sent", drafts="Drafts")
    since = (T0 - 120 * D).date()

    class Reading(CountingMailbox):
        reads = 0

        def address_headers(self, *args, **kwargs):
            Reading.reads += 1
            return super().address_headers(*args, **kwargs)

    with Reading(imap_settings) as mb:
        CountingMailbox.searches = 0
        plan = SearchPlan()
        found = search_companies(mb, folders, many, since, plan)
        assert (CountingMailbox.searches, Reading.reads) == (0, 2)  # INBOX and Sent, once
        again = search_companies(mb, folders, many[30:31], since, plan)
        assert (CountingMailbox.searches, Reading.reads) == (0, 2)
        alone = [search_company(mb, folders, many[i], since) for i in (30, 70)]
    assert not any(f.error for f in found)
    for i, one in zip((30, 70), alone, strict=True):
        assert found[i].where and sorted(found[i].where) == sorted(one.where)
        assert sorted(s.message_id for s in found[i].summaries) == sorted(
            s.message_id for s in one.summaries)
    assert sorted(again[0].where) == sorted(alone[0].where)
    assert all(f.where == () for n, f in enumerate(found) if n not in (30, 70))


def test_a_search_plan_asks_the_server_first():
    from agent.contact_lookup import INDEX_AFTER_CRITERIA, SearchPlan

    plan = SearchPlan()
    assert not plan.use_index(7)  # the usual poll: one rejection, a few criteria
    assert not plan.use_index(INDEX_AFTER_CRITERIA)
    assert plan.use_index(INDEX_AFTER_CRITERIA + 1)  # dozens of rejections: read the index
    plan.criteria = INDEX_AFTER_CRITERIA - 5
    assert plan.use_index(7) and not plan.use_index(5)


def test_address_headers_reads_the_look_back_through_imaplib(
        imap_settings, dovecot_server, mailbox_user):
    """The look-back's header blocks as imapclient's own FETCH gives them, for every message
    since the date, read from imaplib's FETCH data (imapclient's parser is not called)."""
    sandbox, user = dovecot_server, mailbox_user
    scheduling_conversation(sandbox, user)
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", _raw_headers(["Subject: no one"]), when=T0 - 3 * D, user=user)
    sandbox.append("INBOX", _raw_headers(["X-Only: this"]), when=T0 - 2 * D, user=user)
    old = make_mail(MARCO, "Long ago", "old", T0 - 200 * D, msgid="<old@lumenhealth.example>")
    sandbox.append("INBOX", old, when=T0 - 200 * D, user=user)
    since = (T0 - 120 * D).date()
    with Mailbox(imap_settings) as mb:
        mb.folder_state("INBOX")  # EXAMINE, as every Mailbox call does first
        all_since = sorted(int(u) for u in mb._imap.search(["SINCE", since]))
        expected = {uid: next(v for k, v in item.items() if k.startswith(b"BODY[HEADER"))
                    for uid, item in mb._imap.fetch(
                        all_since, ["BODY.PEEK[HEADER.FIELDS (FROM TO CC SUBJECT)]"]).items()}
        calls = []
        real_fetch = mb._imap.fetch
        mb._imap.fetch = lambda *a, **k: calls.append(a) or real_fetch(*a, **k)
        got = mb.address_headers("INBOX", since, batch=3)
    assert not calls
    assert [uid for uid, _ in got] == all_since and len(all_since) >= 7  # not the old one
    assert dict(got) == expected
    assert any(not v.strip() for v in expected.values())  # the one with none of the fields
    assert all(b"\\Seen" not in flags for _, flags, _ in sandbox.messages("INBOX", user=user))


def test_address_items_reads_every_shape_of_fetch_data():
    from agent.mailbox import address_items, sequence_set

    data = [
        (b"1 (UID 40 BODY[HEADER.FIELDS (FROM TO CC SUBJECT)] {12}", b"From: a@b\r\n\r\n"),
        b")",
        (b"2 (BODY[HEADER.FIELDS (FROM TO CC SUBJECT)] {9}", b"To: c@d\r\n"),
        b" UID 41)",  # the UID after the literal
        b'3 (UID 42 BODY[HEADER.FIELDS (FROM TO CC SUBJECT)] "")',  # no such fields
        b"4 (FLAGS (\\Seen) UID 43)",  # an unsolicited update: not ours
        (b"5 (BODY[HEADER.FIELDS (FROM TO CC SUBJECT)] {3}", b"x\r\n"),  # no UID anywhere
        b")",
    ]
    assert address_items(data) == {40: b"From: a@b\r\n\r\n", 41: b"To: c@d\r\n", 42: b""}
    assert address_items([]) == {}
    assert sequence_set([5, 3, 4, 9, 11, 12, 12]) == "3:5,9,11:12"
    assert sequence_set([7]) == "7" and sequence_set([]) == ""


def test_fetch_commands_stay_short_on_sparse_uids():
    from agent.mailbox import SEQUENCE_SET_OCTETS, _short_chunks, sequence_set

    sparse = list(range(100_000, 900_000, 397))  # 2,016 UIDs, no two adjacent
    chunks = list(_short_chunks(sparse, 2000))
    assert [u for c in chunks for u in c] == sparse
    assert all(len(sequence_set(c)) <= SEQUENCE_SET_OCTETS and len(c) <= 2000 for c in chunks)
    assert len(chunks) > 1
    dense = list(range(1, 5001))  # imapclient's own FETCH lists every UID: counted as such
    chunks = list(_short_chunks(dense, 2000))
    assert [u for c in chunks for u in c] == dense
    assert all(sum(len(str(u)) + 1 for u in c) <= SEQUENCE_SET_OCTETS for c in chunks)
    assert list(_short_chunks(list(range(1, 11)), 4)) == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]


def test_index_fields_split_fields_only_at_line_ends():
    from agent.contact_lookup import _index_fields, _search_fields

    raw = (b"From: a@acme.example\r\nSubject: hi\x0cTo: x@injected.example\r\n"
           b"To: many <p1@x.example>,\r\n " + b", ".join(
               f"p{n} <person{n}@big{n}.example>".encode() for n in range(2, 150)) + b"\r\n\r\n")
    people, subject = _index_fields(raw)
    assert "injected" not in people and "injected" in subject
    assert "person149@big149.example" in people  # a long To keeps every address
    assert "injected" not in _search_fields(raw)[0]


def test_the_plan_adds_up_small_searches_then_reads_the_index(
        imap_settings, dovecot_server, mailbox_user):
    """Small searches go to the server until the cycle has asked INDEX_AFTER_CRITERIA
    criteria; after that, the index; a look-back that cannot be read leaves every search to
    the server, with the same results."""
    from agent.contact_lookup import INDEX_AFTER_CRITERIA, SearchPlan, search_companies
    from agent.core.conversation import RejectionFacts
    from agent.errors import MailboxError
    from agent.mailbox import Folders

    sandbox, user = dovecot_server, mailbox_user
    scheduling_conversation(sandbox, user)
    lumen = RejectionFacts(company="Lumen Health", domains=("lumenhealth.example",),
                           slugs=("lumenhealth",))
    others = [RejectionFacts(company=f"Co{n}", domains=(f"co{n}.example",)) for n in range(2)]
    folders = Folders(inbox="INBOX", sent="Sent", drafts="Drafts")
    since = (T0 - 120 * D).date()

    class Reading(CountingMailbox):
        reads = 0
        refuse = False

        def address_headers(self, *args, **kwargs):
            Reading.reads += 1
            if Reading.refuse:
                raise MailboxError("127.0.0.1 refused UID FETCH: BAD line too long")
            return super().address_headers(*args, **kwargs)

    for refuse in (False, True):
        Reading.refuse, Reading.reads, CountingMailbox.searches = refuse, 0, 0
        plan = SearchPlan()
        with Reading(imap_settings) as mb:
            first = search_companies(mb, folders, [lumen, *others], since, plan)
            assert (CountingMailbox.searches, Reading.reads) == (2, 0)  # few: the server
            plan.criteria = INDEX_AFTER_CRITERIA  # as after many small searches
            second = search_companies(mb, folders, [lumen, others[0]], since, plan)
            if refuse:
                assert Reading.reads == 1 and CountingMailbox.searches == 4
            else:
                assert (CountingMailbox.searches, Reading.reads) == (2, 2)
        assert not first[0].error and not second[0].error
        assert sorted(second[0].where) == sorted(first[0].where) and first[0].where
