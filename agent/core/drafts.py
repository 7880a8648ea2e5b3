"""Draft rendering and building. Pure: inputs in, RFC 5322 bytes out.

Mail content is data, never template source: templates come only from Debrief's own folder or
the user's DEBRIEF_TEMPLATES_DIR, rendered in an immutable Jinja2 sandbox with StrictUndefined.
Every header goes through the email API after control characters are removed, so a display
name or subject carrying CR/LF cannot inject headers.
"""

from __future__ import annotations

import email.policy
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from typing import Literal

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from agent.core.message import clean_header

DraftKind = Literal["feedback_request", "thank_you_feedback", "thank_you_no_feedback"]
TEMPLATE_FILES: dict[str, str] = {
    "feedback_request": "feedback_request.txt.j2",
    "thank_you_feedback": "thank_you_feedback.txt.j2",
    "thank_you_no_feedback": "thank_you_no_feedback.txt.j2",
}
_SUBJECT_LINE = re.compile(r"\ASubject:[ \t]*(?P<subject>[^\n]*)\n[ \t]*\n", re.IGNORECASE)
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|antw)\s*:", re.IGNORECASE)
_MAX_REFERENCES = 20


def builtin_templates_dir() -> Path:
    return Path(str(resources.files("agent.templates")))


def template_environment(user_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    """Templates from `user_dir` first (same file names override), then Debrief's own."""
    loaders = [FileSystemLoader(str(user_dir))] if user_dir else []
    loaders.append(FileSystemLoader(str(builtin_templates_dir())))
    return ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=False,
    )


@dataclass(frozen=True)
class DraftContext:
    """Everything a template may use. Values are plain strings taken from mail: data only."""

    contact_name: str
    company: str
    job_title: str
    stage: str
    your_name: str
    rejection_subject: str

    @property
    def first_name(self) -> str:
        name = self.contact_name.strip()
        if "," in name:  # "Doe, Jane"
            name = name.split(",", 1)[1].strip()
        first = name.split()[0] if name.split() else ""
        return first if first.isalpha() or "-" in first or "'" in first else ""

    def variables(self) -> dict[str, str]:
        role = f"the {self.job_title} role" if self.job_title else "the role"
        return {
            "first_name": self.first_name,
            "contact_name": self.contact_name,
            "company": self.company,
            "job_title": self.job_title,
            "role": role,
            "stage": self.stage,
            "your_name": self.your_name,
            "rejection_subject": self.rejection_subject,
        }


@dataclass(frozen=True)
class RenderedDraft:
    subject: str
    body: str


def render(
    kind: DraftKind, context: DraftContext, env: ImmutableSandboxedEnvironment
) -> RenderedDraft:
    """Render one template. A leading 'Subject: …' line overrides the default reply subject."""
    values = {k: clean_header(v, 300) for k, v in context.variables().items()}
    text = env.get_template(TEMPLATE_FILES[kind]).render(**values)
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
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"


def new_message_id(your_email: str) -> str:
    """A fresh Message-ID on the user's own domain (no hostname lookup, nothing leaked)."""
    domain = your_email.rpartition("@")[2] or "localhost"
    return f"<debrief.{secrets.token_hex(12)}@{domain}>"


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
    msg["Subject"] = clean_header(draft.subject, 300)
    msg["Date"] = format_datetime(headers.date)
    msg["Message-ID"] = headers.message_id
    refs = list(dict.fromkeys(headers.references + (headers.in_reply_to,)))[-_MAX_REFERENCES:]
    if headers.in_reply_to:
        msg["In-Reply-To"] = headers.in_reply_to
    if refs:
        msg["References"] = " ".join(r for r in refs if r)
    msg.set_content(draft.body, subtype="plain", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


def _address(name: str, addr: str) -> HeaderAddress:
    name = clean_header(name, 200)
    addr = clean_header(addr, 320).strip("<> ")
    local, _, domain = addr.rpartition("@")
    try:
        return HeaderAddress(display_name=name, username=local, domain=domain)
    except (ValueError, IndexError):
        return HeaderAddress(display_name="", username=local, domain=domain)
