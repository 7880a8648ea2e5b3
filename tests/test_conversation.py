"""The contact look-up's pure core: company domains from a rejection, header summaries, and the
choice of the person the user actually talked to."""

from __future__ import annotations

import ast
from datetime import datetime, timedelta, timezone
from pathlib import Path

from helpers import make_mail

from agent.core import conversation as conv
from agent.core.conversation import HeaderSummary, RejectionFacts
from agent.core.message import Address, parse_message

ME = "alex@example.org"
T = datetime(2026, 11, 2, 10, tzinfo=timezone.utc)
D = timedelta(days=1)
MARCO = Address("Marco Bianchi", "marco.bianchi@lumenhealth.example")
DECOY = Address("Marco Rossi", "marco@brightworks.example")
FACTS = RejectionFacts(
    company="Lumen Health", job_title="Product Analyst", signature_name="Marco Bianchi",
    rejection_from="no-reply@us.greenhouse-mail.io", rejection_message_id="<rej@greenhouse>",
    domains=(), slugs=("lumenhealth", "lumen"),
)


def inbox(sender: Address | None, subject: str, when: datetime, mid: str, **kw) -> HeaderSummary:
    return HeaderSummary(folder="inbox", message_id=mid, subject=subject, date=when,
                         sender=sender, to=(Address("Alex", ME),), **kw)


def sent(to: Address, subject: str, when: datetime, mid: str, **kw) -> HeaderSummary:
    return HeaderSummary(folder="sent", message_id=mid, subject=subject, date=when,
                         sender=Address("Alex", ME), to=(to,), **kw)


# -- facts from the rejection ----------------------------------------------------------------


def test_facts_take_the_company_domain_from_links_and_addresses_never_from_relays():
    raw = make_mail(
        "Lumen Health <no-reply@us.greenhouse-mail.io>", "Update on your application", """
        <html><body><p>Hi Alex, unfortunately we will not move forward.</p>
        <p>See <a href="https://careers.lumen-health.example/jobs?id=4">our careers site</a>,
        <a href="https://boards.greenhouse.io/lumenhealth/jobs/123">the posting</a> and
        <a href="https://www.linkedin.com/company/lumen">LinkedIn</a>.
        Questions: privacy@lumen-health.example or someone@gmail.com</p></body></html>
        """, T, msgid="<rej@greenhouse>", html=True)
    facts = conv.rejection_facts(parse_message(raw), raw, company="Lumen Health",
                                 job_title="Product Analyst", signature_name="Marco Bianchi",
                                 own_addresses=[ME])
    assert facts.domains == ("lumen-health.example",)
    assert facts.slugs == ("lumenhealth", "lumen")  # from the name and the Greenhouse board
    assert facts.rejection_from == "no-reply@us.greenhouse-mail.io"
    assert RejectionFacts.from_json(facts.to_json()) == facts
    assert "lumen-health.example" in conv.search_terms(facts)
    assert "lumen-health" in conv.search_terms(facts)


def test_a_no_reply_at_the_company_itself_still_names_its_domain():
    raw = make_mail("Orbital Careers <no-reply@mail.orbitalfreight.example>", "Your application",
                    "Thank you. The position has been filled.", T)
    facts = conv.rejection_facts(parse_message(raw), raw, company="Orbital Freight",
                                 job_title="", signature_name="")
    assert facts.domains == ("orbitalfreight.example",)


def test_domains_and_slugs():
    assert conv.base_domain("careers.acme.co.uk") == "acme.co.uk"
    assert conv.base_domain("mail.lumen-health.example") == "lumen-health.example"
    assert conv.domain_name("talent.lumen-health.example") == "lumenhealth"
    assert conv.company_slugs("Northwind Analytics GmbH") == ("northwindanalytics", "northwind")
    assert conv.company_slugs("Acme Inc.") == ("acme",)
    assert conv.company_slugs("") == ()
    for foreign in ("gmail.com", "boards.greenhouse.io", "calendly.com", "example.org", "x"):
        assert conv.is_foreign_domain(foreign, ["example.org"]), foreign
    assert not conv.is_foreign_domain("lumenhealth.example", ["example.org"])


# -- summaries ----------------------------------------------------------------------------------


def test_calendar_people_unfold_lines_and_read_names():
    ics = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
           'ORGANIZER;CN="Bianchi, Marco":mailto:MARCO.BIANCHI@lumenhealth.example\r\n'
           "ATTENDEE;CN=Alex Rivera;ROLE=REQ-PARTICIPANT:mailto:alex@ex\r\n ample.org\r\n"
           "ATTENDEE;CN=Dana Kim:mailto:dana.kim@lumenhealth.example\r\n"
           "ATTENDEE:mailto:not an address\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    organizers, attendees = conv.calendar_people(ics)
    assert organizers == (Address("Bianchi, Marco", "marco.bianchi@lumenhealth.example"),)
    assert [a.email for a in attendees] == ["alex@example.org", "dana.kim@lumenhealth.example"]
    assert conv.calendar_people("\x00garbage\nORGANIZER:") == ((), ())


def test_summary_from_headers_marks_lists_and_keeps_threading():
    headers = (b"From: Marco Bianchi <marco.bianchi@lumenhealth.example>\r\n"
               b"To: alex@example.org\r\nSubject: Re: Interview times\r\n"
               b"Message-ID: <m2@lumen>\r\nIn-Reply-To: <m1@lumen>\r\n"
               b"Date: Tue, 03 Nov 2026 09:00:00 +0000\r\n")
    s = conv.summarize(headers, "inbox")
    assert (s.sender, s.message_id, s.references, s.bulk) == (MARCO, "<m2@lumen>", ("<m1@lumen>",),
                                                              False)
    assert s.date == datetime(2026, 11, 3, 9, tzinfo=timezone.utc)
    assert conv.summarize(headers + b"List-Id: <news.lumen>\r\n", "inbox").bulk
    assert conv.summarize(headers + b"Auto-Submitted: auto-generated\r\n", "inbox").bulk
    assert conv.decode_part(b"QkVHSU46VkNBTEVOREFS", "base64") == "BEGIN:VCALENDAR"
    assert conv.decode_part(b"a=3Db", "quoted-printable") == "a=b"


# -- the choice ---------------------------------------------------------------------------------


def test_the_recruiter_the_user_wrote_to_is_chosen_and_the_draft_answers_the_last_message():
    summaries = [
        inbox(MARCO, "Interview scheduling: Product Analyst", T, "<m1@lumen>"),
        sent(MARCO, "Re: Interview scheduling: Product Analyst", T + D, "<s1@example.org>",
             references=("<m1@lumen>",)),
        inbox(MARCO, "Re: Interview scheduling: Product Analyst", T + 2 * D, "<m2@lumen>",
              references=("<m1@lumen>", "<s1@example.org>")),
        inbox(Address("Lumen Health", "no-reply@us.greenhouse-mail.io"), "Your application",
              T + 9 * D, "<rej@greenhouse>"),
    ]
    choice = conv.choose(FACTS, summaries, [ME])
    assert choice is not None
    assert (choice.name, choice.email, choice.messages) == ("Marco Bianchi", MARCO.email, 3)
    assert choice.reply_message_id == "<m2@lumen>"
    assert choice.reply_references == ("<m1@lumen>", "<s1@example.org>")
    assert choice.reply_subject == "Re: Interview scheduling: Product Analyst"
    assert choice.named_in_signature
    assert choice.explain("no-reply@us.greenhouse-mail.io", timezone.utc).startswith(
        "Marco Bianchi marco.bianchi@lumenhealth.example, 3 messages exchanged, last 2026-11-04; "
        "the rejection came from no-reply@us.greenhouse-mail.io")


def test_a_decoy_with_the_same_first_name_at_another_company_is_never_chosen():
    summaries = [sent(DECOY, f"Coffee {i}", T + i * D, f"<d{i}@x>") for i in range(5)]
    summaries += [inbox(DECOY, f"Re: Coffee {i}", T + i * D, f"<e{i}@x>") for i in range(5)]
    assert conv.choose(FACTS, summaries, [ME]) is None
    summaries.append(inbox(MARCO, "Interview: Product Analyst", T, "<m1@lumen>"))
    assert conv.choose(FACTS, summaries, [ME]).email == MARCO.email


def test_no_reply_list_relay_role_and_own_addresses_are_never_chosen():
    summaries = [
        inbox(Address("Lumen", "no-reply@lumenhealth.example"), "Your interview", T, "<a@l>"),
        inbox(Address("Lumen News", "anna.berg@lumenhealth.example"), "Newsletter", T, "<b@l>",
              bulk=True),
        inbox(Address("Lumen via Greenhouse", "x@greenhouse.io"), "Interview", T, "<c@l>"),
        inbox(Address("Careers", "careers@lumenhealth.example"), "Interview", T, "<d@l>"),
        sent(Address("Me", "alex@lumenhealth.example"), "hi", T, "<e@l>"),
    ]
    assert conv.choose(FACTS, summaries, [ME, "alex@lumenhealth.example"]) is None
    reason = conv.no_conversation_reason(FACTS, 120)
    assert reason.startswith("none: no earlier conversation with Lumen Health")
    assert "last 120 days" in reason and "no-reply@us.greenhouse-mail.io" in reason


def test_a_scheduling_service_teaches_the_company_domain_through_reply_to():
    facts = RejectionFacts(company="Lumen Health", rejection_from="no-reply@greenhouse.io")
    recruiter = Address("Jo Park", "jo.park@lumen.example")  # a domain not named like the company
    summaries = [
        inbox(Address("Lumen Health via GoodTime", "no-reply@goodtime.io"),
              "Lumen Health interview confirmed", T, "<g1@goodtime>", reply_to=(recruiter,)),
        sent(recruiter, "Re: Lumen Health interview confirmed", T + D, "<s@example.org>"),
    ]
    choice = conv.choose(facts, summaries, [ME])
    assert choice is not None and choice.email == "jo.park@lumen.example"
    assert choice.messages == 2 and choice.reply_message_id == "<s@example.org>"


def test_a_recruiter_is_preferred_over_a_busier_scheduling_coordinator():
    sam = Address("Sam Lee (Recruiting Coordinator)", "sam.lee@lumenhealth.example")
    dana = Address("Dana Kim", "dana.kim@lumenhealth.example")
    summaries = [inbox(sam, f"Interview slot {i}", T + i * D, f"<s{i}@l>") for i in range(4)]
    summaries += [sent(sam, "Re: Interview slot", T + 5 * D, "<r@example.org>")]
    summaries += [inbox(dana, "Take-home exercise", T + D, "<dana@l>")]
    facts = RejectionFacts(company="Lumen Health", rejection_from="no-reply@greenhouse.io",
                           slugs=("lumenhealth",))
    choice = conv.choose(facts, summaries, [ME])
    assert choice is not None and choice.email == dana.email and not choice.coordinator
    text = choice.explain("no-reply@greenhouse.io")
    assert "preferred over scheduling coordinator sam.lee@lumenhealth.example" in text
    alone = conv.choose(facts, [s for s in summaries if s.sender != dana], [ME])
    assert alone is not None and alone.coordinator and alone.name == "Sam Lee"
    assert "a scheduling coordinator: no recruiter or hiring manager" in alone.explain("x@y")


def test_the_person_who_signed_the_rejection_wins_when_they_appear():
    other = Address("Dana Kim", "dana.kim@lumenhealth.example")
    summaries = [sent(other, f"Hi {i}", T + i * D, f"<o{i}@x>") for i in range(3)]
    summaries += [inbox(other, "Re: Hi", T + 4 * D, "<o9@x>")]
    summaries += [HeaderSummary(folder="inbox", message_id="<cc@x>", subject="Panel", date=T,
                                sender=other, cc=(MARCO,))]
    choice = conv.choose(FACTS, summaries, [ME])
    assert choice is not None and choice.email == MARCO.email and choice.named_in_signature
    assert choice.reply_message_id == "<cc@x>"  # the only message they were in
    unsigned = RejectionFacts(company="Lumen Health", slugs=("lumenhealth",))
    assert conv.choose(unsigned, summaries, [ME]).email == other.email


def test_a_calendar_invitation_alone_is_a_conversation():
    invite = HeaderSummary(
        folder="inbox", message_id="<inv@google>", subject="Invitation: Product Analyst interview",
        date=T, sender=Address("Google Calendar", "calendar-notification@google.com"),
        organizer=(Address("Marco Bianchi", MARCO.email),),
        attendees=(Address("Alex", ME), Address("Dana Kim", "dana.kim@lumenhealth.example")))
    choice = conv.choose(FACTS, [invite], [ME])
    assert choice is not None and choice.email == MARCO.email and choice.messages == 1
    assert choice.reply_message_id == "<inv@google>"
    assert choice.reply_subject == "Invitation: Product Analyst interview"


def test_the_core_module_does_no_io():
    tree = ast.parse(Path(conv.__file__).read_text(encoding="utf-8"))
    imported = {n.names[0].name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)}
    imported |= {(n.module or "").split(".")[0] for n in ast.walk(tree)
                 if isinstance(n, ast.ImportFrom)}
    assert not imported & {"imapclient", "imaplib", "socket", "sqlalchemy", "os", "pathlib",
                           "subprocess", "agent.mailbox"}
    assert "open(" not in Path(conv.__file__).read_text(encoding="utf-8")


def test_ats_links_give_the_company_slug_not_the_relay_host():
    text = ("Apply again: https://jobs.lever.co/quillon/123 or https://hire.lever.co/x "
            "https://lumen.wd5.myworkdayjobs.com/en-US/careers https://fonts.googleapis.com/css")
    raw = make_mail("Quillon <no-reply@hire.lever.co>", "Your application", text, T)
    facts = conv.rejection_facts(parse_message(raw), raw, company="", job_title="",
                                 signature_name="")
    assert facts.slugs == ("quillon", "lumen") and facts.domains == ()


def test_a_friend_writing_about_the_company_never_makes_another_company_its_own():
    """Only a relay (no-reply, ATS, scheduler) putting someone in Reply-To/Cc/ORGANIZER tells
    which domain is the company's. A friend at a free-mail address who writes about the
    interview and copies a colleague at another company, or a newsletter naming the company,
    teaches nothing: that colleague is never the contact."""
    friend = Address("Sam Lee", "sam.lee@gmail.com")
    other = Address("Marco Rossi", "marco.rossi@brightworks.example")
    newsletter = Address("Jobs Weekly", "news@gmail.com")
    summaries = [
        inbox(friend, "Your Lumen Health interview: tips", T - 9 * D, "<f1@gmail>",
              cc=(other,)),
        inbox(newsletter, "Lumen Health is hiring", T - 8 * D, "<n1@gmail>",
              reply_to=(Address("Editor", "editor@brightworks.example"),), bulk=True),
        sent(friend, "Re: Your Lumen Health interview: tips", T - 8 * D, "<me1@example>",
             cc=(other,)),
    ]
    assert conv.choose(FACTS, summaries, [ME]) is None


def test_a_scheduler_relay_still_teaches_the_company_domain():
    recruiter = Address("Marco Bianchi", "marco@lumen-hq.example")
    summaries = [
        inbox(Address("Lumen Health via GoodTime", "no-reply@goodtime.io"),
              "Lumen Health interview confirmed", T - 5 * D, "<g1@goodtime>",
              reply_to=(recruiter,)),
    ]
    found = conv.choose(FACTS, summaries, [ME])
    assert found is not None and found.email == "marco@lumen-hq.example"


def test_facts_from_a_hostile_body_take_linear_time():
    """'a.a.a.…' with no '@' made the address pattern rescan the run from every position:
    20,000 characters took 8 s, a 200 KB body minutes, inside the poll."""
    import time

    body = "contact: jane@lumen-health.example https://" + "a." * 100_000 + " " + "b-" * 50_000
    raw = b"From: Lumen <no-reply@greenhouse-mail.io>\r\nSubject: x\r\n\r\n" + body.encode()
    started = time.monotonic()
    facts = conv.rejection_facts(parse_message(raw), raw, company="Lumen Health",
                                 job_title="", signature_name="")
    assert time.monotonic() - started < 2
    assert "lumen-health.example" in facts.domains


def test_never_chooses_an_address_the_draft_may_not_go_to():
    """The choice and the draft agree on bulk mailboxes: 'updates@', 'lists@', 'notify@' ...
    chosen here made place_draft refuse the address, and the thread failed every cycle."""
    from agent.core.drafts import may_receive_draft

    for local in ("updates", "lists", "notify", "campaign", "daemon", "news", "alerts"):
        bulk = Address("Lumen Health Updates", f"{local}@lumenhealth.example")
        summaries = [
            inbox(bulk, "Your Product Analyst interview", T - 5 * D, f"<{local}1@lumen>"),
            sent(bulk, "Re: Your Product Analyst interview", T - 4 * D, f"<{local}2@me>"),
        ]
        found = conv.choose(FACTS, summaries, [ME])
        assert found is None or may_receive_draft(found.email), local
