"""Draft rendering and building: wording rules, threading headers, header injection, sandbox."""

import email
import email.policy
import re
from datetime import datetime, timezone

import pytest
from jinja2.exceptions import SecurityError, UndefinedError

from agent.core.drafts import (
    DraftContext,
    DraftHeaders,
    RenderedDraft,
    build,
    render,
    reply_subject,
)
from agent.core.message import parse_message
from agent.drafting import new_message_id, template_environment

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=timezone.utc)


def ctx(**kw) -> DraftContext:
    base = dict(contact_name="Jane Doe", company="Acme Robotics", job_title="Data Engineer",
                stage="interview", your_name="Alex Smith", rejection_subject="Your application")
    base.update(kw)
    return DraftContext(**base)


def headers(**kw) -> DraftHeaders:
    base = dict(message_id="<debrief.1@example.org>", from_name="Alex Smith",
                from_email="alex@example.org", to_name="Jane Doe", to_email="jane@acme.com",
                in_reply_to="<rej-1@acme.com>", references=("<older@acme.com>",), date=NOW)
    base.update(kw)
    return DraftHeaders(**base)


@pytest.mark.parametrize("stage", ["interview", "application"])
def test_feedback_request_follows_the_advice(stage):
    draft = render("feedback_request", ctx(stage=stage), template_environment())
    body = draft.body
    assert draft.subject == "Re: Your application"
    assert body.startswith("Hello Jane,")
    assert "Data Engineer" in body and "Acme Robotics" in body
    assert body.rstrip().endswith("Alex Smith")
    assert len(body.split()) <= 120
    assert body.lower().count("feedback") == 1  # one concise ask
    lowered = body.lower()
    for demanding in ("reconsider", "must", "demand", "why was i", "best candidate", "asap"):
        assert demanding not in lowered
    assert "thank" in lowered and "all the best" in lowered


def test_unknown_fields_degrade_gracefully():
    body = render("feedback_request", ctx(contact_name="", company="", job_title=""),
                  template_environment()).body
    assert body.startswith("Hello,")
    assert " at ." not in body and "the  team" not in body and "None" not in body


def test_first_name_forms():
    assert ctx(contact_name="Doe, Jane").first_name == "Jane"
    assert ctx(contact_name="Anne-Marie Roy").first_name == "Anne-Marie"
    assert ctx(contact_name="Talent Team").first_name == "Talent"  # classifier keeps team names out
    assert ctx(contact_name="").first_name == ""


@pytest.mark.parametrize("kind", ["thank_you_feedback", "thank_you_no_feedback"])
def test_thank_yous(kind):
    body = render(kind, ctx(), template_environment()).body
    assert body.startswith("Hello Jane,") and "Thank you" in body
    assert len(body.split()) <= 80 and "feedback" not in body.lower().split("thank you")[0]


def test_user_templates_override_and_can_set_subject(tmp_path):
    (tmp_path / "feedback_request.txt.j2").write_text(
        "Subject: Following up on the {{ job_title }} position\n\nHi {{ first_name }}!\n")
    draft = render("feedback_request", ctx(), template_environment(tmp_path))
    assert draft.subject == "Following up on the Data Engineer position"
    assert draft.body == "Hi Jane!\n"
    # the others still come from Debrief's own folder
    assert render("thank_you_feedback", ctx(), template_environment(tmp_path)).body


def test_mail_content_is_data_not_template_source():
    evil = ctx(company="{{7*7}}", job_title="{%for x in range(3)%}X{%endfor%}")
    body = render("feedback_request", evil, template_environment()).body
    assert "{{7*7}}" in body and "49" not in body
    assert "{%for x in range(3)%}X{%endfor%}" in body and "XXX" not in body


def test_templates_are_sandboxed_and_strict(tmp_path):
    (tmp_path / "feedback_request.txt.j2").write_text("{{ company.__class__.__mro__ }}")
    with pytest.raises(SecurityError):
        render("feedback_request", ctx(), template_environment(tmp_path))
    (tmp_path / "feedback_request.txt.j2").write_text("{{ no_such_variable }}")
    with pytest.raises(UndefinedError):
        render("feedback_request", ctx(), template_environment(tmp_path))


def test_build_threads_and_serialises_with_crlf():
    draft = render("feedback_request", ctx(), template_environment())
    raw = build(headers(), draft)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["In-Reply-To"] == "<rej-1@acme.com>"
    assert msg["References"] == "<older@acme.com> <rej-1@acme.com>"
    assert msg["Message-ID"] == "<debrief.1@example.org>"
    assert msg["To"].addresses[0].addr_spec == "jane@acme.com"
    assert msg["Date"].datetime == NOW
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == draft.body


def test_header_injection_is_impossible():
    draft = render("feedback_request", ctx(rejection_subject="Hi\r\nBcc: victim@evil.test",
                                           contact_name="Eve\nBcc: x@evil.test"),
                   template_environment())
    raw = build(headers(to_name="Eve\r\nBcc: x@evil.test", from_name="A\nX-Evil: 1"), draft)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None and msg["X-Evil"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == ["jane@acme.com"]


def test_non_ascii_names_are_encoded():
    draft = render("feedback_request", ctx(contact_name="Zoë Müller", company="Société Générale"),
                   template_environment())
    raw = build(headers(to_name="Zoë Müller"), draft)
    raw.decode("ascii")  # 7-bit clean on the wire
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert "Zoë" in msg.get_content() and msg["To"].addresses[0].display_name == "Zoë Müller"


def test_reply_subject_and_message_id():
    assert reply_subject("Re: Your application") == "Re: Your application"
    assert reply_subject("AW: Ihre Bewerbung") == "AW: Ihre Bewerbung"
    assert reply_subject("Update") == "Re: Update"
    a, b = new_message_id("me@example.org"), new_message_id("me@example.org")
    assert a != b and a.endswith("@example.org>") and a.startswith("<")


@pytest.mark.parametrize("subject", [
    "Bewerbung_Senior_Backend_Engineer_Payments_Platform candidature GmbH candidature",
    "y" * 75 + " días KG &",
    "Senior " + "x" * 40 + " — días Referenz: Ihre #12345 à #12345 Referenz: GmbH Backend",
    "KG AW: candidature poste Müller " + "x" * 40 + " Développeur Co. días ÜÜÜÜÜÜÜÜÜÜÜÜ",
    "Re: Ihre Bewerbung — Zahlungsplattform — Müller Maschinenbau GmbH & Co. KG (Referenz 12345)",
])
def test_long_subjects_fold_without_changing_a_character(subject):
    """A folded Subject reads back exactly: never folded right after 'Subject:' (a leading
    space in some readers), and no space lost or doubled around encoded words."""
    raw = build(headers(), RenderedDraft(subject=subject, body="Hello\n"))
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert all(len(line) <= 78 for line in head.split(b"\r\n") if line.startswith(b"Subject"))
    assert not re.search(rb"Subject:[ \t]*\r\n", head)
    unfolded = re.search(rb"\r\nSubject:(.*?)\r\n(?![ \t])", head, re.S).group(1)
    assert unfolded.startswith(b" ") and not unfolded.startswith(b"  ")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert str(msg["Subject"]) == subject
    assert parse_message(raw).subject == subject


# -- French elision ------------------------------------------------------------------------------


@pytest.mark.parametrize("word, following, expected", [
    ("de", "Orange", "d'Orange"),
    ("de", "Analyste de données", "d'Analyste de données"),
    ("de", "Ingénieur logiciel", "d'Ingénieur logiciel"),
    ("de", "Hachette", "d'Hachette"),  # a mute h is elided; an aspirated one is rare in names
    ("de", "hôtesse d'accueil", "d'hôtesse d'accueil"),
    ("de", "Yves Rocher", "de Yves Rocher"),
    ("de", "Head of Data", "de Head of Data"),  # an English h is aspirated
    ("de", "HSBC", "de HSBC"), ("de", "IBM", "d'IBM"),
    ("de", "Product Manager", "de Product Manager"),
    ("de", "3M", "de 3M"),
    ("le", "Analyste", "l'Analyste"), ("que", "Orange", "qu'Orange"),
    ("De", "Orange", "D'Orange"),
    ("de", "", "de"),
])
def test_french_elision(word, following, expected):
    from agent.core.drafts import elide
    assert elide(word, following) == expected


def test_french_draft_elides_before_the_job_title():
    from agent.drafting import template_environment as env
    for kind in ("feedback_request", "thank_you_feedback", "thank_you_no_feedback"):
        for title, company in (("Analyste de données", "Orange"), ("Ingénieur QA", "Airbus"),
                               ("Data Engineer", "Hachette")):
            draft = render(kind, ctx(language="fr", job_title=title, company=company), env())
            assert not re.search(r"\b(?:de|le|que) [aeiouhàâéèêîôûAEIOUHÀÂÉÈÊÎÔÛ]", draft.body), \
                draft.body
    body = render("feedback_request", ctx(language="fr", job_title="Analyste de données"),
                  env()).body
    assert "le poste d'Analyste de données" in body
    assert ctx(language="fr", job_title="Analyste de données").variables()["role"] == \
        "le poste d'Analyste de données"
    assert "le poste de Data Engineer" in render(
        "feedback_request", ctx(language="fr"), env()).body


def test_user_templates_can_elide_with_a_filter(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "feedback_request.txt.j2").write_text(
        "Bonjour,\n\nle poste {{ job_title | elide('de') }}, l'équipe {{ company | elide('de') }}."
        "\n", "utf-8")
    body = render("feedback_request", ctx(language="fr", job_title="Analyste",
                                         company="Yves Rocher"),
                  template_environment(tmp_path)).body
    assert body == "Bonjour,\n\nle poste d'Analyste, l'équipe de Yves Rocher.\n"
