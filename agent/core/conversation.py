"""Whom to write to when the rejection came from a no-reply or ATS system: the person the user
actually talked to. Pure: facts about the rejection and header-level summaries of earlier mail
in, a choice (or None) out.

The seed's advice: ask the recruiter or hiring manager with whom you had the most substantive
conversations. The rejection names the company (and often links its career site, or is signed
by a person with no address); the user's INBOX and Sent hold the conversation with that company:
scheduling mail, the user's replies, calendar invitations. From those, at the company's own
domains only:

- a person the user wrote to *and* heard from beats one seen on one side only;
- the person named in the rejection's signature wins when they appear at all;
- a recruiter or hiring manager beats a pure scheduling coordinator;
- never a no-reply, list or relay address, never anyone at another company (a freemail,
  ATS, scheduling-service or the user's own domain is never a company domain).

The draft then answers the last message of that conversation (its Message-ID, References and
subject), so it lands in the thread the person already knows.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import json
import quopri
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Literal

from agent.core import lexicon
from agent.core.contacts import (
    ats_for_domain,
    is_role_address,
    is_unreachable,
    looks_like_person_name,
    name_from_local,
)
from agent.core.drafts import may_receive_draft
from agent.core.message import Address, ParsedMessage, clean_header, parse_message

FolderKind = Literal["inbox", "sent"]

#: Scheduling services send invitations on the company's behalf: a relay, never the company.
SCHEDULING_SERVICES = (
    "calendly.com", "goodtime.io", "modernloop.io", "prelude.co", "gem.com", "youcanbook.me",
    "doodle.com", "zoom.us", "cronofy.com", "rippling.com", "paradox.ai", "hirevue.com",
)  # fmt: skip
#: Hosts of links that say nothing about the employer (social, maps, shorteners, mail vendors).
GENERIC_LINK_DOMAINS = (
    "linkedin.com", "twitter.com", "x.com", "facebook.com", "instagram.com", "youtube.com",
    "glassdoor.com", "indeed.com", "google.com", "goo.gl", "apple.com", "microsoft.com",
    "bit.ly", "t.co", "tinyurl.com", "ow.ly", "mailchimp.com", "sendgrid.net", "list-manage.com",
    "w3.org", "schema.org", "gravatar.com", "github.com", "medium.com", "tiktok.com",
    "xing.com", "kununu.com", "wikipedia.org", "zoom.us", "teams.microsoft.com",
    "googleapis.com", "gstatic.com", "cloudfront.net", "amazonaws.com", "akamaihd.net",
    "mandrillapp.com", "mailgun.org", "hubspot.com", "hs-sites.com", "sparkpostmail.com",
)  # fmt: skip
_LEGAL_WORDS = lexicon.words(
    "inc llc ltd limited gmbh ag sa sas sarl bv nv plc corp corporation co company group se "
    "kg oy ab as spa srl the"
)
_SECOND_LEVEL = lexicon.words("co com org net ac gov edu ltd plc ne or")
_COORDINATOR = re.compile(
    r"\b(?:coordinator|co-ordinator|scheduling|scheduler|scheduled?|koordinator(?:in)?|"
    r"assistant|interviews?)\b", re.IGNORECASE)
_RECRUITER = re.compile(r"\b(?:recruiter|recruiting|recruitment|talent|sourcer|people partner|"
                        r"hr business partner)\b", re.IGNORECASE)
_MANAGER = re.compile(r"\b(?:manager|head of|director|lead|vp|cto|ceo|coo|founder|principal)\b",
                      re.IGNORECASE)
_URL = re.compile(r"https?://([^\s\"'<>()/?#\\]{1,253})([^\s\"'<>()]{0,200})", re.IGNORECASE)
# Bounded parts (RFC 5321: local part <= 64, label <= 63): an unbounded '[...]+@' rescans a
# long run without '@' from every position, quadratic on hostile mail.
_EMAIL = re.compile(r"(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}"
                    r"@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})", re.IGNORECASE)
_CAL_LINE = re.compile(r"^(ORGANIZER|ATTENDEE)((?:;[^:\r\n]*)?):(.*)$", re.IGNORECASE)
_CN = re.compile(r";CN=(\"[^\"]*\"|[^;:]*)", re.IGNORECASE)
_GENERIC_LABELS = lexicon.words(
    "www boards board jobs job apply careers career app api en de fr eu us uk company "
    "companies view embed posting postings hire hiring links link click url track tracking "
    "go cdn static assets images img") | lexicon.MAIL_SUBDOMAINS
MAX_SUMMARIES = 400  # messages weighed at most (the newest): a bound on the work, not a limit


# -- facts about the rejection ----------------------------------------------------------------


@dataclass(frozen=True)
class RejectionFacts:
    """What the rejection says about the company: enough to recognise its people elsewhere."""

    company: str = ""
    job_title: str = ""
    signature_name: str = ""  # the person who signed it, often without an address
    rejection_from: str = ""
    rejection_message_id: str = ""
    domains: tuple[str, ...] = ()  # company domains (registrable part), from the rejection
    slugs: tuple[str, ...] = ()  # the company's name as it appears in domains: "lumenhealth"

    def to_json(self) -> str:
        return json.dumps({
            "company": self.company, "job_title": self.job_title,
            "signature_name": self.signature_name, "rejection_from": self.rejection_from,
            "rejection_message_id": self.rejection_message_id, "domains": list(self.domains),
            "slugs": list(self.slugs),
        })

    @classmethod
    def from_json(cls, text: str) -> RejectionFacts:
        data = json.loads(text or "{}")
        return cls(
            company=str(data.get("company", "")), job_title=str(data.get("job_title", "")),
            signature_name=str(data.get("signature_name", "")),
            rejection_from=str(data.get("rejection_from", "")),
            rejection_message_id=str(data.get("rejection_message_id", "")),
            domains=tuple(str(d) for d in data.get("domains", ())),
            slugs=tuple(str(s) for s in data.get("slugs", ())),
        )


def base_domain(domain: str) -> str:
    """The registrable part of a domain, near enough: careers.acme.co.uk -> acme.co.uk."""
    labels = [x for x in domain.lower().strip(".").split(".") if x]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _matches(domain: str, suffixes: Iterable[str]) -> bool:
    domain = domain.lower()
    return any(domain == s or domain.endswith("." + s) for s in suffixes)


def is_foreign_domain(domain: str, own_domains: Iterable[str] = ()) -> bool:
    """A domain that can never be the employer's: freemail, ATS, scheduling service, generic
    link hosts, or the user's own."""
    domain = domain.lower().strip(".")
    if not domain or "." not in domain:
        return True
    base = base_domain(domain)
    return (base in lexicon.FREEMAIL or bool(ats_for_domain(domain))
            or _matches(domain, SCHEDULING_SERVICES) or _matches(domain, GENERIC_LINK_DOMAINS)
            or base in {base_domain(d) for d in own_domains})


def _ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def company_slugs(company: str) -> tuple[str, ...]:
    """Forms of the company's name that its domain may use: 'Lumen Health Inc.' ->
    ('lumenhealth', 'lumen'); a first word only when it is long enough to mean something."""
    words = [w for w in re.split(r"[^a-z0-9]+", _ascii_fold(company)) if w]
    words = [w for w in words if w not in _LEGAL_WORDS]
    if not words:
        return ()
    slugs = ["".join(words)]
    if len(words) > 1 and len(words[0]) >= 5:
        slugs.append(words[0])
    return tuple(s for s in dict.fromkeys(slugs) if len(s) >= 3)


def domain_name(domain: str) -> str:
    """The name label of a domain, hyphens dropped: mail.lumen-health.co.uk -> lumenhealth."""
    return base_domain(domain).split(".")[0].replace("-", "")


def _ats_slug(host: str, path: str) -> str:
    """The company's slug in an ATS link: boards.greenhouse.io/lumenhealth/jobs/1 or
    lumenhealth.bamboohr.com -> 'lumenhealth'."""
    labels = host.lower().split(".")
    if len(labels) >= 3 and labels[0] not in _GENERIC_LABELS and not labels[0].startswith("wd"):
        return re.sub(r"[^a-z0-9]", "", labels[0])
    first = next((p for p in path.split("/") if p), "")
    first = re.sub(r"[^a-z0-9]", "", _ascii_fold(first))
    return first if len(first) >= 3 and first not in _GENERIC_LABELS else ""


def _all_text(raw: bytes) -> str:
    """Every text part of a message, decoded (HTML kept as source: its links matter here)."""
    try:
        msg = email.message_from_bytes(raw.replace(b"\x00", b""), policy=email.policy.compat32)
    except Exception:
        return ""
    chunks: list[str] = []
    for count, part in enumerate(msg.walk()):
        if count >= 50:
            break
        try:
            if part.get_content_maintype() != "text":
                continue
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                chunks.append(payload[:200_000].decode(part.get_content_charset() or "utf-8",
                                                       errors="replace"))
        except Exception:  # broken MIME or charset: that part says nothing
            continue
    return "\n".join(chunks)


def rejection_facts(parsed: ParsedMessage, raw: bytes, *, company: str, job_title: str,
                    signature_name: str, own_addresses: Iterable[str] = ()) -> RejectionFacts:
    """Company domains and name forms from the rejection: a sender or Reply-To at the company's
    own domain (a no-reply@acme.com is still acme.com), addresses in the body, career-site
    links, and the company slug in ATS links."""
    own = [a.rpartition("@")[2] for a in own_addresses]
    domains: list[str] = []
    slugs = list(company_slugs(company))

    def add(domain: str) -> None:
        domain = domain.lower().strip(".").rstrip(":")
        if domain and not is_foreign_domain(domain, own):
            domains.append(base_domain(domain))

    for addr in (parsed.sender, *parsed.reply_to):
        if addr is not None:
            add(addr.domain)
    text = _all_text(raw) if raw else parsed.text
    for found in _EMAIL.findall(text[:100_000]):
        add(found)
    for host, path in _URL.findall(text[:200_000]):
        host = host.rpartition("@")[2].split(":")[0].lower()
        if ats_for_domain(host):
            if ats_for_domain(host) in lexicon.SOCIAL_BOARDS or _matches(
                    host, GENERIC_LINK_DOMAINS):
                continue  # a profile or a post: its path names anything but the employer
            slug = _ats_slug(host, path)
            if slug:
                slugs.append(slug)
        else:
            add(host)
    return RejectionFacts(
        company=company, job_title=job_title, signature_name=signature_name,
        rejection_from=parsed.sender.email if parsed.sender else "",
        rejection_message_id=parsed.message_id,
        domains=tuple(dict.fromkeys(domains))[:10], slugs=tuple(dict.fromkeys(slugs))[:5],
    )


def search_terms(facts: RejectionFacts) -> tuple[str, ...]:
    """Substrings for the server's FROM/TO/CC search: the company's domains and name forms
    (a superset: the choice below decides who really belongs to the company)."""
    terms = list(facts.domains)
    for slug in facts.slugs:
        terms.append(slug)
    words = [w for w in re.split(r"[^a-z0-9]+", _ascii_fold(facts.company)) if w
             and w not in _LEGAL_WORDS]
    if len(words) > 1:
        terms.append("-".join(words))
    return tuple(t for t in dict.fromkeys(terms) if len(t) >= 3)[:12]


# -- header summaries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderSummary:
    """One earlier message, from its headers (and its calendar part, if any)."""

    folder: FolderKind
    message_id: str = ""
    subject: str = ""
    date: datetime | None = None
    sender: Address | None = None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    references: tuple[str, ...] = ()  # the message's own References (else In-Reply-To)
    bulk: bool = False  # a list, bulk or automatic message: nobody talked to the user there
    organizer: tuple[Address, ...] = ()
    attendees: tuple[Address, ...] = ()


def _bulk(parsed: ParsedMessage) -> bool:
    auto = parsed.header("auto-submitted").lower()
    return bool(parsed.header("list-id")) or parsed.header("precedence").lower() in (
        "bulk", "list", "junk") or (bool(auto) and auto != "no")


def decode_part(data: bytes, encoding: str) -> str:
    """A MIME part's content from its transfer encoding; garbage decodes to what it can."""
    encoding = (encoding or "").lower()
    try:
        if encoding == "base64":
            data = base64.b64decode(data, validate=False)
        elif encoding == "quoted-printable":
            data = quopri.decodestring(data)
    except (binascii.Error, ValueError):
        return ""
    return data.decode("utf-8", errors="replace")


def calendar_people(ics: str) -> tuple[tuple[Address, ...], tuple[Address, ...]]:
    """(organizers, attendees) of an iCalendar text (RFC 5545): folded lines joined, then the
    ORGANIZER and ATTENDEE properties read. Only those two are needed, so no full parser."""
    text = re.sub(r"\r?\n[ \t]", "", ics[:200_000].replace("\r\n", "\n"))
    organizers: list[Address] = []
    attendees: list[Address] = []
    for line in text.split("\n")[:5000]:
        m = _CAL_LINE.match(line.strip())
        if not m:
            continue
        value = m.group(3).strip()
        if value.lower().startswith("mailto:"):
            value = value[7:]
        value = clean_header(value, 320).strip("<> ").lower()
        if "@" not in value or " " in value:
            continue
        cn = _CN.search(m.group(2) or "")
        name = clean_header(cn.group(1).strip('"'), 200) if cn else ""
        (organizers if m.group(1).upper() == "ORGANIZER" else attendees).append(
            Address(name, value))
    return tuple(organizers[:5]), tuple(attendees[:50])


def summarize(headers: bytes, folder: FolderKind, *, calendars: Sequence[str] = (),
              internaldate: datetime | None = None) -> HeaderSummary:
    """A summary from a message's header block and its decoded calendar parts. Never raises."""
    block = headers.rstrip(b"\r\n") + b"\r\n\r\n"
    parsed = parse_message(block)
    organizers: list[Address] = []
    attendees: list[Address] = []
    for ics in calendars:
        org, att = calendar_people(ics)
        organizers += org
        attendees += att
    return HeaderSummary(
        folder=folder, message_id=parsed.message_id, subject=parsed.subject,
        date=parsed.date or internaldate, sender=parsed.sender, reply_to=parsed.reply_to,
        to=parsed.to, cc=parsed.cc, references=parsed.references or parsed.in_reply_to,
        bulk=_bulk(parsed), organizer=tuple(organizers), attendees=tuple(attendees),
    )


def calendar_part_wanted(content_type: str) -> bool:
    return content_type.lower() in ("text/calendar", "application/ics")


# -- the choice -----------------------------------------------------------------------------------


@dataclass
class _Tally:
    address: Address
    messages: set[int] = field(default_factory=set)
    wrote: int = 0  # messages from them (From or Reply-To) to the user
    written_to: int = 0  # the user's messages to them
    copied: int = 0  # in Cc (either way) or an attendee
    organized: int = 0  # calendar invitations they organised
    direct: set[int] = field(default_factory=set)  # messages where they were a party, not a Cc
    names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ContactChoice:
    name: str
    email: str
    messages: int  # messages exchanged with them
    last: datetime | None  # the last of those
    coordinator: bool  # looks like a pure scheduling coordinator
    role: str  # "recruiter", "hiring manager", "scheduling coordinator" or ""
    named_in_signature: bool
    reply_message_id: str  # the last message of the conversation: the draft answers it
    reply_references: tuple[str, ...]
    reply_subject: str
    passed_over: tuple[str, ...] = ()  # coordinators set aside for a recruiter or manager

    def explain(self, rejection_from: str, tz: tzinfo | None = None) -> str:
        """'Jane Doe jane@acme.com, 3 messages exchanged, last 2026-11-12; the rejection came
        from no-reply@…' plus what else decided it."""
        count = f"{self.messages} message{'s' if self.messages != 1 else ''} exchanged"
        last = f", last {self.last.astimezone(tz):%Y-%m-%d}" if self.last else ""
        text = f"{self.name} {self.email}".strip() + f", {count}{last}"
        text += f"; the rejection came from {rejection_from or 'an unknown sender'}"
        if self.named_in_signature:
            text += "; the rejection is signed by them"
        if self.coordinator:
            text += ("; a scheduling coordinator: no recruiter or hiring manager appears in "
                     "the conversation")
        elif self.role:
            text += f"; {self.role}"
        if self.passed_over:
            text += f"; preferred over scheduling coordinator {', '.join(self.passed_over)}"
        return text


def _norm_name(name: str) -> str:
    return " ".join(_ascii_fold(name).replace(",", " ").replace('"', " ").split())


def _signed_by(tally: _Tally, signature: str) -> bool:
    sig = _norm_name(signature)
    if not sig or len(sig.split()) < 2:
        return False
    names = {_norm_name(n) for n in tally.names}
    names.add(_norm_name(name_from_local(tally.address.email)))
    if sig in names:
        return True
    first, last = sig.split()[0], sig.split()[-1]
    local = re.sub(r"[^a-z]", "", tally.address.email.rpartition("@")[0])
    return local in (first + last, first[0] + last, first + last[0], last + first)


def _role(tally: _Tally) -> tuple[bool, str]:
    """(pure coordinator?, role word) from display names and the mailbox name."""
    local = tally.address.email.rpartition("@")[0].replace(".", " ").replace("_", " ")
    labels = " ".join([*tally.names, local])
    if _COORDINATOR.search(labels):
        return True, "scheduling coordinator"
    if _RECRUITER.search(labels):
        return False, "recruiter"
    if _MANAGER.search(labels):
        return False, "hiring manager"
    return False, ""


class _Company:
    """Which domains are the company's: those from the rejection, those named like it, and
    those a relay put in Reply-To/Cc/ORGANIZER of mail that names the company."""

    def __init__(self, facts: RejectionFacts, own_domains: Sequence[str]) -> None:
        self.facts = facts
        self.own = own_domains
        self.domains = {base_domain(d) for d in facts.domains}
        self.slugs = set(facts.slugs)
        self.company = _norm_name(facts.company)

    def owns(self, address: str) -> bool:
        domain = address.rpartition("@")[2].lower()
        if is_foreign_domain(domain, self.own):
            return False
        return base_domain(domain) in self.domains or domain_name(domain) in self.slugs

    def names_company(self, summary: HeaderSummary) -> bool:
        if len(self.company) < 3:
            return False
        shown = " ".join([summary.subject, *(a.name for a in (summary.sender, *summary.reply_to)
                                             if a is not None)])
        return re.search(rf"(?<![a-z0-9]){re.escape(self.company)}(?![a-z0-9])",
                         _norm_name(shown)) is not None

    def learn(self, summaries: Sequence[HeaderSummary]) -> None:
        for summary in summaries:
            if (summary.folder != "inbox" or summary.bulk or not _relayed(summary.sender)
                    or not self.names_company(summary)):
                continue
            for addr in (*summary.reply_to, *summary.cc, *summary.organizer):
                domain = addr.domain
                if not is_unreachable(addr.email) and not is_foreign_domain(domain, self.own):
                    self.domains.add(base_domain(domain))


def _relayed(sender: Address | None) -> bool:
    """Sent by a system on the company's behalf: no sender, a no-reply address, an ATS or a
    scheduling service. Not a free-mail address: that is a person (a friend, an agency
    recruiter), and whom they copy says nothing about which domains are the company's."""
    if sender is None:
        return True
    domain = sender.domain.lower()
    return (is_unreachable(sender.email) or bool(ats_for_domain(domain))
            or _matches(domain, SCHEDULING_SERVICES))


def _usable(addr: Address, own: set[str]) -> bool:
    """A person a draft may go to: the same test the draft itself applies (may_receive_draft),
    so a chosen contact is never refused when the draft is placed."""
    return (addr.email not in own and not is_unreachable(addr.email)
            and not is_role_address(addr.email) and not _never_contact(addr.email)
            and may_receive_draft(addr.email))


def _never_contact(address: str) -> bool:
    local = address.rpartition("@")[0]
    return local in lexicon.NEVER_CONTACT_LOCALPARTS or re.split(r"[-_.+]", local)[0] in (
        lexicon.NEVER_CONTACT_LOCALPARTS)


def choose(facts: RejectionFacts, summaries: Sequence[HeaderSummary],
           own_addresses: Iterable[str]) -> ContactChoice | None:
    """The person with the most substantive exchange at the company, or None."""
    own = {a.lower() for a in own_addresses}
    company = _Company(facts, [a.rpartition("@")[2] for a in own])
    ordered = sorted(
        (s for s in summaries if s.message_id != facts.rejection_message_id or not s.message_id),
        key=lambda s: s.date.timestamp() if s.date else 0.0)[-MAX_SUMMARIES:]
    company.learn(ordered)
    tallies: dict[str, _Tally] = {}

    def tally(addr: Address, index: int) -> _Tally | None:
        if not _usable(addr, own) or not company.owns(addr.email):
            return None
        row = tallies.setdefault(addr.email, _Tally(addr))
        row.messages.add(index)
        if addr.name:
            row.names.append(addr.name)
        return row

    for index, s in enumerate(ordered):
        if s.bulk:
            continue
        if s.folder == "inbox":
            speakers = [a for a in (s.sender, *s.reply_to) if a is not None]
            for addr in dict.fromkeys(speakers):
                row = tally(addr, index)
                if row is not None:
                    row.wrote += 1
                    row.direct.add(index)
        else:
            for addr in s.to:
                row = tally(addr, index)
                if row is not None:
                    row.written_to += 1
                    row.direct.add(index)
        for addr in s.cc:  # copied, in either direction
            row = tally(addr, index)
            if row is not None:
                row.copied += 1
        for addr in s.organizer:
            row = tally(addr, index)
            if row is not None:
                row.organized += 1
                row.direct.add(index)
        for addr in s.attendees:
            row = tally(addr, index)
            if row is not None and index not in row.direct:
                row.copied += 1
    if not tallies:
        return None

    def rank(row: _Tally) -> tuple[bool, bool, bool, bool, int, float]:
        coordinator, _ = _role(row)
        heard = row.wrote > 0 or row.organized > 0
        substance = 2 * row.wrote + 3 * row.written_to + 2 * row.organized + row.copied
        last = max((d.timestamp() for i in row.messages if (d := ordered[i].date)),
                   default=0.0)
        return (_signed_by(row, facts.signature_name), not coordinator, bool(row.direct),
                heard and row.written_to > 0, substance, last)

    best = max(tallies.values(), key=rank)
    coordinator, role = _role(best)
    passed = tuple(r.address.email for r in tallies.values()
                   if r is not best and _role(r)[0] and rank(r)[2:] > rank(best)[2:])
    anchor_ids = best.direct or best.messages
    anchors = [ordered[i] for i in sorted(anchor_ids) if ordered[i].message_id]
    anchor = anchors[-1] if anchors else None
    last_seen = max((d for i in best.messages if (d := ordered[i].date)), default=None)
    return ContactChoice(
        name=_display_name(best, facts.signature_name),
        email=best.address.email,
        messages=len(best.messages),
        last=last_seen,
        coordinator=coordinator,
        role=role,
        named_in_signature=_signed_by(best, facts.signature_name),
        reply_message_id=anchor.message_id if anchor else "",
        reply_references=(anchor.references[-10:] if anchor else ()),
        reply_subject=anchor.subject if anchor else "",
        passed_over=passed,
    )


def _display_name(row: _Tally, signature: str) -> str:
    for name in reversed(row.names):
        shown = re.split(r"\s+(?:\||-|–|\(|via\b)", name)[0].strip(" ,")
        if looks_like_person_name(shown):
            return shown
    if _signed_by(row, signature):
        return signature
    return name_from_local(row.address.email)


def no_conversation_reason(facts: RejectionFacts, lookback_days: int) -> str:
    """Why nobody was found, for `explain`."""
    who = facts.company or "the company"
    where = ", ".join(facts.domains or facts.slugs) or "no domain known"
    return (f"none: no earlier conversation with {who} ({where}) in INBOX or Sent in the last "
            f"{lookback_days} days; the rejection came from "
            f"{facts.rejection_from or 'an unknown sender'}")


def company_mail(facts: RejectionFacts, summaries: Sequence[HeaderSummary],
                 own_addresses: Iterable[str]) -> list[int]:
    """Indices of the summaries exchanged with the company's people: from them (INBOX: sender
    or Reply-To) or to them (Sent: To or Cc). What the stage is read from, whoever signed the
    rejection: a no-reply sender's domain says nothing, the conversation does."""
    own = [a.lower().rpartition("@")[2] for a in own_addresses]
    company = _Company(facts, own)
    company.learn([s for s in summaries if s.message_id != facts.rejection_message_id])
    found: list[int] = []
    for index, s in enumerate(summaries):
        if s.message_id and s.message_id == facts.rejection_message_id:
            continue
        people = (s.sender, *s.reply_to) if s.folder == "inbox" else (*s.to, *s.cc)
        if any(a is not None and company.owns(a.email) for a in people):
            found.append(index)
    return found
