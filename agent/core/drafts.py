"""Draft rendering and building. Pure: inputs in, RFC 5322 bytes out.

Mail content is data, never template source: template sources are read by the shell
(`agent.drafting`) from Debrief's own folder and the user's DEBRIEF_TEMPLATES_DIR and handed in;
they are rendered in an immutable Jinja2 sandbox with StrictUndefined.
Every header goes through the email API after control characters are removed, so a display
name or subject carrying CR/LF cannot inject headers.
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Literal

from jinja2 import DictLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from agent.core import questions
from agent.core.contacts import is_role_address, is_unreachable
from agent.core.message import ParsedMessage, clean_header, is_reply_subject
from agent.core.questions import Hook
from agent.core.register import SUPPORTED, greeting, honorific, split_name

DraftKind = Literal["feedback_request", "thank_you_feedback", "thank_you_no_feedback"]
TEMPLATE_FILES: dict[str, str] = {
    "feedback_request": "feedback_request.txt.j2",
    "thank_you_feedback": "thank_you_feedback.txt.j2",
    "thank_you_no_feedback": "thank_you_no_feedback.txt.j2",
}
_SUBJECT_LINE = re.compile(r"\ASubject:[ \t]*(?P<subject>[^\n]*)\n[ \t]*\n", re.IGNORECASE)
_MAX_REFERENCES = 20
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def sandbox(sources: Mapping[str, str]) -> ImmutableSandboxedEnvironment:
    """A sandboxed environment over template sources read by the shell: Debrief's own under
    'builtin/', the user's under 'user/' (e.g. 'builtin/de/feedback_request.txt.j2'). Which
    one renders a draft is decided by `template_candidates`. Templates get one filter,
    `elide`: `{{ company | elide("de") }}` is "d'Orange" or "de Yves Rocher"."""
    env = ImmutableSandboxedEnvironment(
        loader=DictLoader(dict(sources)),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters["elide"] = lambda value, word: elide(str(word), str(value))
    return env


# -- French elision: "le poste d'Analyste", "qu'Orange" --------------------------------------

_ELIDED = {"de": "d'", "le": "l'", "la": "l'", "que": "qu'", "je": "j'", "ne": "n'"}
_VOWEL = frozenset("aeiouàâäéèêëîïôöùûüœæ")  # not y: "de Yves Rocher"
#: Words whose h is aspirated (no elision): the English words job titles borrow, and the
#: common French ones.
_ASPIRATED_H = frozenset({
    "head", "hr", "help", "helpdesk", "hardware", "hacker", "hacking", "handler", "hands-on",
    "health", "healthcare", "host", "hosting", "hub", "human", "hunter", "headhunter", "hiring",
    "high", "home", "hotline", "hybrid", "hyper",
    "haut", "haute", "hauts", "hautes", "hall", "hangar", "handicap", "hasard", "hâte",
    "héros", "hibou", "hiérarchie", "hockey", "homard", "honte", "hors", "hotte", "houblon",
})


def elide(word: str, following: str) -> str:
    """`word` + `following` as French writes them: "de" + "Orange" is "d'Orange", "que" +
    "Orange" "qu'Orange", "de" + "Hachette" "d'Hachette" (a mute h), but "de Yves Rocher",
    "de Head of Data" (an English, aspirated h), "de HSBC" (spelt out) and "de 3M".
    A word it does not elide ("chez") is written as it is, followed by a space."""
    following = (following or "").strip()
    if not following:
        return word
    elided = _ELIDED.get(word.lower())
    if elided and _elides_before(following):
        elided = elided[0].upper() + elided[1:] if word[:1].isupper() else elided
        return elided + following
    return f"{word} {following}"


def _elides_before(text: str) -> bool:
    first = text.split()[0]
    initial = first[0].lower()
    if initial in _VOWEL:
        return True
    if initial != "h" or (first.isupper() and len(first) > 1):
        return False  # an acronym with h is spelt out: "de HSBC"
    return first.lower().strip(".,;:!?'’") not in _ASPIRATED_H


def template_language(language: str) -> str:
    """A safe folder name for the language ('en' when it is not a plain language code)."""
    language = (language or "").strip().lower()
    return language if _LANGUAGE_CODE.fullmatch(language) else "en"


def template_candidates(kind: DraftKind, language: str) -> list[str]:
    """Where a draft's template is looked for, first found wins:

    1. the user's `<lang>/` file; for English also the user's flat file (the old layout);
    2. Debrief's own `<lang>/` file;
    3. the English fallback: the user's `en/` file, the user's flat file, Debrief's `en/` file.
    So a user's flat file keeps replacing the English draft, and never turns a German
    rejection's draft English while Debrief has a German one."""
    name = TEMPLATE_FILES[kind]
    lang = template_language(language)
    order = [f"user/{lang}/{name}"]
    if lang == "en":
        order.append(f"user/{name}")
    order += [f"builtin/{lang}/{name}", f"user/en/{name}", f"user/{name}", f"builtin/en/{name}"]
    return list(dict.fromkeys(order))


#: A company name that is really a team, a job board or a person's title is never written.
_NOT_A_COMPANY = re.compile(
    r"\b(?:team|teams|recruiting|recruitment|talent|people|hr|human resources|department|"
    r"abteilung|personalabteilung|bewerbermanagement|équipe|recrutement|equipo|selección|rrhh|"
    r"manager|director|head of|lead|recruiter|engineer|officer|specialist|coordinator|"
    r"consultant|partner|referent\w*|leiter\w*|chargée?|responsable|jefe|jefa|"
    r"jobs?|careers?|karriere|weekly|newsletter|digest|alerts?|board|platform)\b"
    r"|jobs|weekly|careers|newsletter",
    re.IGNORECASE,
)
MIN_CONFIDENCE = 0.6  # company/title confidence below which the draft does not name them
MAX_COMPANY_WORDS = 4  # longer is a sentence the extractor caught, not a name; and drafts must
MAX_TITLE_WORDS = 6  # stay short (a request <= 110 words with every value at its longest)


def company_evidence(company: str, domains: tuple[str, ...] | list[str]) -> float:
    """How sure we are of a company name when the classifier gave no confidence: 1.0 when it is
    the correspondent's domain ('Northwind Analytics' / northwind.example), else 0.5."""
    words = [_fold(w) for w in re.findall(r"[^\W_]{3,}", company or "")]
    squashed = [re.sub(r"[^a-z0-9]", "", _fold(d.rpartition("@")[2])) for d in domains if d]
    if words and any(words[0] in d for d in squashed):
        return 1.0
    return 0.5


def _fold(text: str) -> str:
    table = str.maketrans("äöüßàâéèêëîïôûùçñáíóú", "aousaaeeeeiiouucnaiou")
    return text.lower().translate(table)


def speakable(value: str, confidence: float | None, *, company: bool = False,
              contact_name: str = "") -> str:
    """`value` when a draft may say it, else '' (unsure, or not really a company name)."""
    value = (value or "").strip()
    if not value or (confidence is not None and confidence < MIN_CONFIDENCE):
        return ""
    if len(value.split()) > (MAX_COMPANY_WORDS if company else MAX_TITLE_WORDS):
        return ""
    if company:
        if _NOT_A_COMPANY.search(value):
            return ""
        if contact_name and value.lower() in contact_name.lower():
            return ""
    return value


_BULK_LOCALPART = re.compile(
    r"^(?:newsletters?|news|mailer|mailer-daemon|bounces?|bulk|marketing|campaigns?|lists?|"
    r"digest|alerts?|updates?|notifications?|notify|postmaster|daemon)(?:[-_.+].*)?$")
_BULK_HEADERS = ("list-id", "list-unsubscribe")


def may_receive_draft(address: str, rejection: ParsedMessage | None = None) -> bool:
    """Never a no-reply, relay or bulk address. When the rejection itself is list or bulk mail,
    its sender is only taken if it is a person's address (not careers@ and the like)."""
    address = (address or "").strip().lower()
    if is_unreachable(address) or _BULK_LOCALPART.match(address.rpartition("@")[0]):
        return False
    if rejection is None or rejection.sender is None or rejection.sender.email != address:
        return True
    bulk = rejection.header("precedence").lower() in ("bulk", "list", "junk") or any(
        rejection.header(h) for h in _BULK_HEADERS)
    return not (bulk and is_role_address(address))


@dataclass(frozen=True)
class DraftContext:
    """Everything a template may use. Values are plain strings taken from mail: data only.

    `company_confidence` / `title_confidence`: None when unknown (older threads); below
    MIN_CONFIDENCE the draft does not name them."""

    contact_name: str
    company: str
    job_title: str
    stage: str
    your_name: str
    rejection_subject: str
    language: str = "en"
    formal: bool = True
    gender: str = ""  # "f" / "m" only when the rejection states it
    final_round: bool = False
    hook_kind: str = ""
    hook: str = ""
    company_confidence: float | None = None
    title_confidence: float | None = None

    @property
    def first_name(self) -> str:
        return split_name(self.contact_name)[0]

    @property
    def lang(self) -> str:
        lang = template_language(self.language)
        return lang if lang in SUPPORTED else "en"

    def variables(self) -> dict[str, str | bool]:
        lang = self.lang
        company = speakable(self.company, self.company_confidence, company=True,
                            contact_name=self.contact_name)
        title = speakable(self.job_title, self.title_confidence)
        if title and company and title.lower() == company.lower():
            title = ""
        stage = self.stage if self.stage in ("application", "screening", "interview") else (
            "application")
        hook = Hook("skill" if self.hook_kind == "skill" else "round", self.hook) if (
            self.hook_kind in ("skill", "round")) else Hook()
        kind = questions.choose(stage, self.final_round, hook)
        first, surname = split_name(self.contact_name)
        role = _ROLE[lang][0].format(title=title, de_title=elide("de", title)) if title else (
            _ROLE[lang][1])
        return {
            "first_name": first,
            "surname": surname,
            "contact_name": self.contact_name,
            "honorific": honorific(lang, self.gender),
            "greeting": greeting(lang, self.formal, self.gender, self.contact_name),
            "company": company,
            "job_title": title,
            "role": role,
            "stage": stage,
            "final_round": bool(self.final_round and stage == "interview"),
            "language": self.language if self.language else "en",
            "formal": bool(self.formal),
            "question_kind": kind,
            "question": questions.question(kind, lang, self.formal, hook),
            "hook": hook.text if hook.kind == "skill" else "",
            "your_name": self.your_name,
            "rejection_subject": self.rejection_subject,
        }


_ROLE: dict[str, tuple[str, str]] = {
    "en": ("the {title} role", "the role"),
    "de": ("die Stelle als {title}", "die Stelle"),
    "fr": ("le poste {de_title}", "le poste"),  # "le poste d'Analyste de données"
    "es": ("el puesto de {title}", "el puesto"),
}


@dataclass(frozen=True)
class RenderedDraft:
    subject: str
    body: str


def render(
    kind: DraftKind, context: DraftContext, env: ImmutableSandboxedEnvironment
) -> RenderedDraft:
    """Render one template. A leading 'Subject: …' line overrides the default reply subject."""
    values = {k: clean_header(v, 300) if isinstance(v, str) else v
              for k, v in context.variables().items()}
    template = env.select_template(template_candidates(kind, context.language))
    text = template.render(**values)
    text = text.replace("\r\n", "\n").lstrip("\n")
    subject = reply_subject(context.rejection_subject)
    match = _SUBJECT_LINE.match(text)
    if match:
        subject = clean_header(match["subject"], 300) or subject
        text = text[match.end():]
    body = re.sub(r"[ \t]+\n", "\n", text).strip() + "\n"
    return RenderedDraft(subject=subject, body=body)


def reply_subject(subject: str) -> str:
    subject = clean_header(subject, 300)
    if not subject:
        return "Thank you"
    return subject if is_reply_subject(subject) else f"Re: {subject}"


@dataclass(frozen=True)
class DraftHeaders:
    message_id: str
    from_name: str
    from_email: str
    to_name: str
    to_email: str
    in_reply_to: str
    references: tuple[str, ...]
    date: datetime


def build(headers: DraftHeaders, draft: RenderedDraft) -> bytes:
    """The draft as RFC 5322 bytes: text/plain UTF-8, CRLF line endings."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = _address(headers.from_name, headers.from_email)
    msg["To"] = _address(headers.to_name, headers.to_email)
    msg["Date"] = format_datetime(headers.date)
    msg["Message-ID"] = headers.message_id
    refs = list(dict.fromkeys(headers.references + (headers.in_reply_to,)))[-_MAX_REFERENCES:]
    if headers.in_reply_to:
        msg["In-Reply-To"] = headers.in_reply_to
    if refs:
        msg["References"] = " ".join(r for r in refs if r)
    msg.set_content(draft.body, subtype="plain", charset="utf-8", cte="quoted-printable")
    raw = msg.as_bytes()
    at = raw.index(b"\r\nDate: ") + 2  # after From and To; continuation lines start with space
    return raw[:at] + subject_field(draft.subject) + b"\r\n" + raw[at:]


_FOLD_AT = 78


def subject_field(subject: str) -> bytes:
    """The Subject field, folded so that it reads back exactly.

    The email package's folder can break the line right after "Subject:" (some readers then
    show a leading space) and drops or doubles the space between plain words and encoded
    words ("— días" came back as "—días"). Plain ASCII is folded here at its own spaces;
    anything else (non-ASCII, a word too long for a line, text that looks like an encoded
    word) becomes RFC 2047 encoded words, whose spaces are inside them."""
    subject = clean_header(subject, 300).strip()
    words = subject.split(" ")
    plain = (subject.isascii() and "=?" not in subject
             and len("Subject: " + words[0]) <= _FOLD_AT
             and all(len(w) < _FOLD_AT for w in words))
    if not plain:
        encoded = Header(subject, "utf-8", header_name="Subject").encode(
            linesep="\r\n", maxlinelen=_FOLD_AT)
        return f"Subject: {encoded}".encode("ascii")
    lines: list[str] = []
    line = "Subject: " + words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) > _FOLD_AT:
            lines.append(line)
            line = " " + word  # the fold goes before a space the subject already has
        else:
            line += " " + word
    lines.append(line)
    return "\r\n".join(lines).encode("ascii")


def _address(name: str, addr: str) -> HeaderAddress:
    name = clean_header(name, 200)
    addr = clean_header(addr, 320).strip("<> ")
    local, _, domain = addr.rpartition("@")
    try:
        return HeaderAddress(display_name=name, username=local, domain=domain)
    except (ValueError, IndexError):
        return HeaderAddress(display_name="", username=local, domain=domain)
