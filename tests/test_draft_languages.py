"""Every built-in template, in every language, register and stage, read as the recruiter would:
the right language, the right greeting, one question, short, nothing left unfilled."""

from __future__ import annotations

import itertools
import re

import pytest

from agent.core.classify import _normalise, detect_language
from agent.core.drafts import (
    TEMPLATE_FILES,
    DraftContext,
    company_evidence,
    render,
    speakable,
    template_candidates,
)
from agent.drafting import template_environment

ENV = template_environment()
LANGS = ("en", "de", "fr", "es")
STAGES = (("application", False), ("screening", False), ("interview", False), ("interview", True))
HOOKS = (("", ""), ("skill", "hands-on Kubernetes and on-call experience"),
         ("round", "case_study"))
# (contact name, gender): a named woman, a named man, a name without a stated gender, nobody.
CONTACTS = (("Anna Schmidt", "f"), ("Marc Dubois", "m"), ("Sam Taylor", ""), ("", ""),
            ("Maria Luisa Fernández Ortega", ""))
# Long but real values, to test the word limits; and nothing known at all.
FACTS = (
    {"company": "Northwind Analytics Europe Limited", "job_title":
     "Senior Staff Machine Learning Infrastructure Engineer", "company_confidence": 0.9},
    {"company": "", "job_title": ""},
    {"company": "Acme", "job_title": "", "company_confidence": 0.95},
)

# Small, independent stopword lists: a draft must read as its language.
STOPWORDS = {
    "en": {"the", "and", "you", "your", "for", "with", "thank", "to", "of", "me", "my", "i"},
    "de": {"und", "die", "der", "das", "für", "mit", "ich", "mir", "sie", "ihre", "dich", "dir",
           "ein", "zu", "bei", "sich", "den"},
    "fr": {"le", "la", "les", "et", "vous", "votre", "pour", "je", "me", "ma", "de", "à", "tu",
           "ton", "ta", "un", "une", "que"},
    "es": {"el", "la", "los", "y", "usted", "su", "para", "me", "mi", "de", "que", "tu", "ti",
           "un", "una", "por", "en"},
}
INFORMAL = {
    "de": re.compile(r"\b(?:du|dich|dir|dein\w*)\b", re.I),
    "fr": re.compile(r"\b(?:tu|toi|ton|ta|tes|te)\b", re.I),
    "es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo)\b", re.I),
}
FORMAL = {
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihre?\w*)\b"),
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.I),
    "es": re.compile(r"\b(?:usted|su|sus|le)\b", re.I),
}
COMPARISON = re.compile(
    r"other candidate|successful candidate|chosen candidate|compare|than the|anderen? "
    r"Kandidat|Vergleich|autre candidat|comparaison|comparación|comparar|otro candidato|"
    r"otra candidata", re.I)
DEMANDING = re.compile(r"\b(?:must|demand|reconsider|insist|müssen|verlange|exige|dois|debe|"
                       r"exijo|asap|immediately|sofort)\b", re.I)
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\bNone\b|\bTrue\b|\bFalse\b|  |\( ?\)|“”|„“|« »|«»|"
                      r"\s[,.](?!\.)|\b(?:at|bei|chez|en|in|as|als|de|von|on|the) [,.]|\[|\]")


def expected_greeting(lang: str, formal: bool, name: str, gender: str) -> str:
    first, _, surname = name.partition(" ")
    if len(name.split()) > 2:
        gender = ""  # which words are the surname is unknown: the neutral full name
    if lang == "de":
        if not formal:
            return f"Hallo {first}," if first else "Hallo,"
        if gender:
            return {"f": f"Sehr geehrte Frau {surname},", "m": f"Sehr geehrter Herr {surname},"}[
                gender]
        return f"Guten Tag {name}," if name else "Sehr geehrte Damen und Herren,"
    if lang == "fr":
        if not formal:
            return f"Bonjour {first}," if first else "Bonjour,"
        if gender:
            return {"f": f"Bonjour Madame {surname},", "m": f"Bonjour Monsieur {surname},"}[gender]
        return f"Bonjour {name}," if name else "Madame, Monsieur,"
    if lang == "es":
        if not formal:
            return f"Hola, {first}:" if first else "Hola:"
        if gender:
            return {"f": f"Estimada Sra. {surname}:", "m": f"Estimado Sr. {surname}:"}[gender]
        return f"Buenos días, {name}:" if name else "Estimado equipo de selección:"
    return f"Hello {first}," if first else "Hello,"


def language_of(body: str) -> str:
    words = re.findall(r"[^\W\d_]+", body.lower())
    counts = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    return max(counts, key=counts.__getitem__)


CASES = list(itertools.product(LANGS, (True, False), STAGES, HOOKS, CONTACTS, range(len(FACTS))))


@pytest.mark.parametrize("kind", list(TEMPLATE_FILES))
def test_every_template_every_language_stage_and_register(kind):
    checked = 0
    for lang, formal, (stage, final), (hook_kind, hook), (name, gender), facts in CASES:
        context = DraftContext(
            contact_name=name, stage=stage, your_name="Alex Rivera",
            rejection_subject="Your application", language=lang, formal=formal, gender=gender,
            final_round=final, hook_kind=hook_kind, hook=hook, **FACTS[facts])
        draft = render(kind, context, ENV)
        body = draft.body
        where = f"{kind} {lang} formal={formal} {stage} final={final} {hook_kind} {name!r} " \
                f"{FACTS[facts]}:\n{body}"
        lines = body.splitlines()
        assert lines[0] == expected_greeting(lang, formal, name, gender), where
        assert language_of(body) == lang, where
        assert detect_language(_normalise(body)) == lang, where
        if lang in INFORMAL:
            text = "\n".join(lines[1:-1])  # the greeting and signature are checked elsewhere
            pronouns = (FORMAL if formal else INFORMAL)[lang]
            wrong = (INFORMAL if formal else FORMAL)[lang].findall(text)
            assert pronouns.search(text) and not wrong, (wrong, where)
        limit = 110 if kind == "feedback_request" else 120
        assert len(body.split()) <= limit, (len(body.split()), where)
        assert not LEFTOVER.search(body), (LEFTOVER.search(body), where)
        assert not COMPARISON.search(body) and not DEMANDING.search(body), where
        assert lines[-1] == "Alex Rivera", where
        if kind == "feedback_request":
            assert body.count("?") == 1, where
            if FACTS[facts]["job_title"]:
                assert FACTS[facts]["job_title"] in body, where
            if hook_kind == "skill":
                assert hook in body, where
        else:
            assert "?" not in body, where
        if FACTS[facts]["company"]:
            assert FACTS[facts]["company"] in body, where
        checked += 1
    assert checked == len(CASES) == 4 * 2 * 4 * 3 * 5 * 3


def test_stage_wording_differs():
    def body(stage, final=False, lang="en"):
        return render("feedback_request", DraftContext(
            contact_name="Jane Doe", company="Acme", job_title="Data Engineer", stage=stage,
            your_name="Alex", rejection_subject="x", language=lang, final_round=final,
            company_confidence=1.0), ENV).body

    assert "considering my profile" in body("application")
    assert "speak with me" in body("screening") and "our call" in body("screening")
    assert "in the interviews" in body("interview")
    assert "final round" in body("interview", final=True)
    assert "Telefonat" in body("screening", lang="de")
    assert "dernier tour" in body("interview", True, "fr")
    assert "ronda final" in body("interview", True, "es")
    assert len({body(s, f, lang) for s, f in STAGES for lang in LANGS}) == 16


def test_unknown_language_falls_back_to_english():
    draft = render("feedback_request", DraftContext(
        contact_name="Giulia Rossi", company="", job_title="", stage="interview", your_name="Alex",
        rejection_subject="La sua candidatura", language="it"), ENV)
    assert draft.body.startswith("Hello Giulia,") and language_of(draft.body) == "en"
    assert draft.subject == "Re: La sua candidatura"


def test_lookup_order_documented_in_the_code():
    assert template_candidates("feedback_request", "de") == [
        "user/de/feedback_request.txt.j2", "builtin/de/feedback_request.txt.j2",
        "user/en/feedback_request.txt.j2", "user/feedback_request.txt.j2",
        "builtin/en/feedback_request.txt.j2"]
    assert template_candidates("feedback_request", "en")[:3] == [
        "user/en/feedback_request.txt.j2", "user/feedback_request.txt.j2",
        "builtin/en/feedback_request.txt.j2"]
    assert template_candidates("thank_you_feedback", "../../etc")[0] == \
        "user/en/thank_you_feedback.txt.j2"  # a language is never a path


def test_user_templates_override_per_language(tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "it").mkdir()
    (tmp_path / "de" / "feedback_request.txt.j2").write_text("{{ greeting }}\n\nEigener Text.\n")
    (tmp_path / "it" / "feedback_request.txt.j2").write_text("Gentile {{ first_name }},\n")
    (tmp_path / "feedback_request.txt.j2").write_text("Hi {{ first_name }}, my own English.\n")
    env = template_environment(tmp_path)

    def body(lang):
        return render("feedback_request", DraftContext(
            contact_name="Anna Schmidt", company="", job_title="", stage="interview",
            your_name="Alex", rejection_subject="x", language=lang, gender="f"), env).body

    assert body("de") == "Sehr geehrte Frau Schmidt,\n\nEigener Text.\n"
    assert body("it") == "Gentile Anna,\n"
    assert body("en") == "Hi Anna, my own English.\n"
    assert body("fr").startswith("Bonjour Madame Schmidt,")  # built-in French, not the flat file
    assert body("nl") == "Hi Anna, my own English.\n"  # no Dutch anywhere: the user's English


def test_only_known_company_and_title_are_named():
    def body(**kw):
        base = dict(contact_name="Jane Doe", company="Acme", job_title="Data Engineer",
                    stage="interview", your_name="Alex", rejection_subject="x")
        base.update(kw)
        return render("feedback_request", DraftContext(**base), ENV).body

    assert "Acme" in body(company_confidence=0.9)
    assert "Acme" not in body(company_confidence=0.3)
    assert "Data Engineer" not in body(title_confidence=0.2)
    for not_company in ("Payments Platform", "Remotejobsweekly", "Engineering Manager",
                        "Talent Acquisition", "Recruiting Team", "Jane Doe"):
        text = body(company=not_company, company_confidence=0.99)
        assert not_company not in text.split("\n", 1)[1], text
        assert "the role at ," not in text and " at ." not in text
    assert speakable("Lumen Health", None, company=True) == "Lumen Health"
    assert company_evidence("Northwind Analytics", ["priya@northwind.example"]) == 1.0
    assert company_evidence("Kranich Logistik GmbH", ["x@kranich-logistik.de"]) == 1.0
    assert company_evidence("Payments Platform", ["jo@stripe.example"]) < 0.6


def test_the_readme_example_template_renders(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("templates/en/feedback_request.txt.j2`:\n\n```jinja\n", 1)[1]
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "feedback_request.txt.j2").write_text(example.split("```", 1)[0])
    draft = render("feedback_request", DraftContext(
        contact_name="Jane Doe", company="Acme", job_title="Data Engineer", stage="screening",
        your_name="Alex", rejection_subject="x", company_confidence=1.0),
        template_environment(tmp_path))
    assert draft.subject == "Following up on my Data Engineer application"
    assert draft.body.startswith("Hello Jane,") and draft.body.count("?") == 1
    assert "our call" in draft.body


def test_never_to_a_no_reply_relay_or_bulk_address():
    from agent.core.drafts import may_receive_draft
    from agent.core.message import Address, ParsedMessage

    for address in ("no-reply@acme.com", "noreply@acme.com", "newsletter@acme.com",
                    "bounces+123@acme.com", "notifications@acme.com", "x@us.greenhouse-mail.io"):
        assert not may_receive_draft(address), address
    assert may_receive_draft("jane.doe@acme.com") and may_receive_draft("careers@acme.com")
    bulk = ParsedMessage(sender=Address("Acme Careers", "careers@acme.com"),
                         headers=(("list-unsubscribe", "<https://acme.com/u>"),))
    assert not may_receive_draft("careers@acme.com", bulk)  # a mailing, not a mailbox to ask
    person = ParsedMessage(sender=Address("Jane Doe", "jane.doe@acme.com"),
                           headers=(("precedence", "bulk"),))
    assert may_receive_draft("jane.doe@acme.com", person)


@pytest.mark.parametrize("final", [False, True])
def test_german_informal_interview_sentence_is_grammatical(final):
    """'die Zeit, die du und das Team euch … genommen habt': du + Team is ihr, so the
    reflexive is euch (Sie + Team: sich … haben)."""
    def body(formal):
        return " ".join(render("feedback_request", DraftContext(
            contact_name="Jana Krüger", company="Acme", job_title="Data Engineer",
            stage="interview", your_name="Alex", rejection_subject="x", language="de",
            formal=formal, final_round=final, company_confidence=1.0), ENV).body.split())

    assert "die du und das Team euch " in body(False) and " sich " not in body(False)
    assert "die Sie und das Team sich " in body(True) and "genommen haben" in body(True)
