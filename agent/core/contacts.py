"""Whom to write to: pick a reachable human (or at least a reachable mailbox) for a message.

Order: a personal Reply-To; else the sender unless it is a no-reply or ATS relay; else a person's
address found in the body or signature; else a reachable team mailbox (Reply-To, then body).
Never a no-reply address. Pure functions, no IO.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from agent.core import lexicon
from agent.core.message import Address, ParsedMessage

_NO_REPLY = re.compile(lexicon.NO_REPLY_LOCAL)
_EMAIL_IN_TEXT = re.compile(
    r"(?<![\w.+-])([a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE
)
_CLOSING = re.compile(lexicon.CLOSINGS, re.IGNORECASE)
_NAME_WORD = r"[A-ZÀ-ÞŁŚŻ][a-zß-ÿłśżćńó'’-]+"
_PERSON_NAME = re.compile(rf"^{_NAME_WORD}(?: (?:(?:van|von|de|del|der|da|di|la|le) )?"
                          rf"(?:{_NAME_WORD}|[A-Z]\.)){{0,3}}$")


_HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Herr|Frau|M|Mme|Sr|Sra|Dra)\.? ")


def domain_matches(domain: str, suffixes: tuple[str, ...]) -> bool:
    """True when domain is one of suffixes or a subdomain of one."""
    domain = domain.lower().rstrip(".")
    return any(domain == s or domain.endswith("." + s) for s in suffixes)


_ATS_WORDS = frozenset(w.lower() for name, _ in lexicon.ATS for w in name.split())
_ATS_BY_DOMAIN: dict[str, str] = {d: name for name, domains in lexicon.ATS for d in domains}


@lru_cache(maxsize=4096)
def ats_for_domain(domain: str) -> str:
    """The ATS or job board name behind a sender domain (or a subdomain of one), or ''."""
    labels = domain.lower().rstrip(".").split(".")
    for i in range(len(labels) - 1):
        name = _ATS_BY_DOMAIN.get(".".join(labels[i:]))
        if name:
            return name
    return ""


@lru_cache(maxsize=4096)
def is_unreachable(address: str) -> bool:
    """True for no-reply style addresses and ATS/job-board relays: nobody reads replies there."""
    address = (address or "").strip().strip("<>").lower()
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return True
    if _NO_REPLY.match(local):
        return True
    return bool(ats_for_domain(domain))


def is_role_address(address: str) -> bool:
    """True for team mailboxes (careers@, jobs@, recruiting@ ...): reachable, but not a person."""
    local = address.lower().rpartition("@")[0]
    base = re.split(r"[-_.+]", local)[0] if local else ""
    return local in lexicon.ROLE_LOCALPARTS or base in lexicon.ROLE_LOCALPARTS


def looks_like_person_name(name: str) -> bool:
    """'Jane Doe' yes; 'Acme Careers', 'Talent Team', 'Recruiting' no."""
    name = " ".join((name or "").replace('"', "").split())
    if not name or len(name) > 60 or "@" in name:
        return False
    words = name.lower().replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False  # "Tesla", "Recruiting": a single word is not enough to call it a person
    if any(w.strip("()") in lexicon.TEAM_WORDS or w in _ATS_WORDS for w in words):
        return False
    return bool(_PERSON_NAME.match(name))


def is_person(addr: Address) -> bool:
    """A reachable address that belongs to a human (by display name or mailbox name)."""
    if is_unreachable(addr.email) or is_role_address(addr.email):
        return False
    if addr.name:
        return looks_like_person_name(addr.name)
    local = addr.email.rpartition("@")[0]
    return bool(re.fullmatch(r"[a-z]+[._-][a-z]+", local))


def _never_contact(address: str) -> bool:
    local = address.rpartition("@")[0]
    return local in lexicon.NEVER_CONTACT_LOCALPARTS or re.split(r"[-_.+]", local)[0] in (
        lexicon.NEVER_CONTACT_LOCALPARTS)


# A closing said in more words ("Take care and stay in touch,", "With best wishes for your
# search,"): a short line that ends in a comma and is not the greeting.
_LOOSE_CLOSING = re.compile(r"^[A-ZÀ-Ý][^@:;.!?]{2,45},$")
_GREETING = re.compile(lexicon.GREETING, re.IGNORECASE)
_ON_BEHALF = re.compile(r"^(?:i\. ?a\.|i\. ?v\.|im auftrag|in vertretung|p\.o\.|pp\.?|p/o)"
                        r"(?:\s+|$)", re.IGNORECASE)
# A signer's own title on the line between the closing and the name ("La Directrice des
# Ressources Humaines", "Head of Talent"): passed over.
_TITLE_LINE = re.compile(r"(?i)\b(?:directeur|directrice|director|leiter|leiterin|manager|head|"
                         r"responsable|ressources humaines|human resources|personal|recruit|"
                         r"talent|gérant|gérante|ceo|cto|founder|fondat|par délégation|"
                         r"pour le maire|im auftrag|in vertretung)")
# "Jana vom flowbit Talent Team", "Mara & the Inkwell crew": the name before the team.
_NAME_THEN_TEAM = re.compile(r"\s+(?:vom|von|from|at|de|du|of|&|und|and|et)\s+.*$")
_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ey|ze|xe|sie|er|iel|elle|il)/[^)]{1,20}\)",
                       re.IGNORECASE)
_FIRST_NAME = re.compile(r"^[A-ZÀ-ÞŁŚŻ][a-zà-ÿłśżćńó'’-]{1,14}$")


def _closing(line: str) -> bool:
    if len(line) <= 40 and _CLOSING.match(line):
        return True
    return bool(_LOOSE_CLOSING.match(line)) and not _GREETING.match(line)


def _name_on(line: str) -> str:
    """The person's name a signature line starts with: 'i. A. Monika Behrens', 'Kai (they/them)',
    'Dr. Helen Marsh | Lab Lead' -> the bare name; 'Jana vom flowbit Talent Team' -> 'Jana'."""
    candidate = _PRONOUNS.sub("", line.split(" | ")[0].split(",")[0]).strip()
    candidate = _HONORIFIC.sub("", _ON_BEHALF.sub("", candidate))
    if not looks_like_person_name(candidate):
        first = _NAME_THEN_TEAM.sub("", candidate)
        if _FIRST_NAME.match(first):
            return first
    return candidate


def signature_name(text: str, first_names: frozenset[str] = frozenset()) -> str:
    """A person's name on the line after a closing ('Best regards,\\nJane Doe'), or ''. A lone
    first name ('Cheers,\\nTom') counts when nothing else names the signer: it is what the
    greeting of a reply uses. `first_names`: lower-cased first names known from the sender."""
    lines = [ln.strip(" \t>*_|") for ln in text.splitlines()]
    found = ""
    for i, line in enumerate(lines):
        if not _closing(line):
            continue
        for nxt in lines[i + 1:i + 5]:
            candidate = _name_on(nxt) if nxt else ""
            if not candidate or _TITLE_LINE.search(candidate):
                continue  # "Im Auftrag", "La Directrice des Ressources Humaines"
            lone_first = bool(_FIRST_NAME.match(candidate)) and (
                candidate.lower() in first_names or (
                    candidate.lower() not in lexicon.TEAM_WORDS and i >= len(lines) - 6))
            if lone_first or looks_like_person_name(candidate):
                found = candidate
            break
    return found


def first_name_of(addr: Address) -> str:
    """'Brenda at Kettle & Crumb', 'Tobi | Flinkwerk', 'Lea von Kiezkoffer' -> the first name,
    when the mailbox is that name too (brenda@..., tobi@...); else ''."""
    shown = _HONORIFIC.sub("", split_display_name(addr.name or "")[0])
    local = addr.email.lower().rpartition("@")[0]
    if (_FIRST_NAME.match(shown) and _ascii(shown.lower()) == _ascii(local)
            and shown.lower() not in lexicon.TEAM_WORDS and not is_role_address(addr.email)):
        return shown
    return ""


_DISPLAY_SEPARATOR = re.compile(r"\s+(?:at|from|von|de|chez|bei|via|@|\||-|–)\s+")


def split_display_name(name: str) -> tuple[str, str]:
    """'Brenda at Kettle & Crumb' -> ('Brenda', 'Kettle & Crumb'); ('Jane Doe', '') alone."""
    parts = _DISPLAY_SEPARATOR.split(name.strip(), maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


def _shared_mailbox(address: str, shown: str) -> bool:
    """True when the mailbox is not the shown person's own (rh@, ausbildung@ for 'Petra Lanz'):
    neither of the name's words is in the mailbox name."""
    local = _ascii(address.lower().rpartition("@")[0])
    return is_role_address(address) or not any(
        len(w) >= 2 and _ascii(w) in local for w in shown.lower().replace("-", " ").split())


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def name_from_local(address: str) -> str:
    """'jane.doe@acme.com' -> 'Jane Doe'; '' when the mailbox name is not first.last."""
    local = address.lower().rpartition("@")[0]
    m = re.fullmatch(r"([a-z]{2,})[._]([a-z]{2,})", local)
    if not m or is_role_address(address):
        return ""
    return f"{m.group(1).title()} {m.group(2).title()}"


def body_addresses(text: str) -> list[str]:
    """Addresses written in the body, in order, deduplicated, lower-case."""
    seen: dict[str, None] = {}
    for found in _EMAIL_IN_TEXT.findall(text[:20000]):
        seen.setdefault(found.lower().rstrip("."), None)
    return list(seen)


def choose_contact(message: ParsedMessage, text: str | None = None) -> tuple[str, str, str]:
    """(contact_name, contact_email, reason). Empty strings when nobody reachable is known."""
    body = message.text if text is None else text
    sender = message.sender
    first = first_name_of(sender) if sender is not None else ""
    sig = signature_name(body, frozenset({first.lower()} if first else ()))
    name, email, reason = "", "", "no reachable address"
    own = {a.email for a in message.to + message.cc}  # the candidate's own addresses
    candidates_body = [a for a in body_addresses(body)
                       if not is_unreachable(a) and a not in own and not _never_contact(a)]

    person_reply = next((a for a in message.reply_to if is_person(a)), None)
    if person_reply is not None:
        name, email, reason = person_reply.name, person_reply.email, "personal Reply-To"
    elif sender is not None and not is_unreachable(sender.email):
        email, reason = sender.email, "sender is reachable"
        shown = _HONORIFIC.sub("", sender.name or "")
        if looks_like_person_name(shown) and not (sig and _shared_mailbox(sender.email, shown)
                                                  and not shown.startswith(sig)):
            name = shown
        elif sig:
            # a shared mailbox's display name may be a department ("Ausbildungsleitung
            # Kaltenbach Werkzeugbau <ausbildung@...>"): the signer is the person
            name = sig
        elif first:
            name = first
    else:
        personal = [a for a in candidates_body if not is_role_address(a)]
        role_reply = next((a for a in message.reply_to if not is_unreachable(a.email)), None)
        if personal:
            email, reason = personal[0], "address in body/signature"
        elif role_reply is not None:
            email, reason = role_reply.email, "team Reply-To"
        elif candidates_body:
            email, reason = candidates_body[0], "team address in body"
    if not name and email:
        name = sig or name_from_local(email)
        if name:
            reason += "; name from signature" if name == sig else "; name from the address"
    if not name and not email and sender is not None:
        shown = split_display_name(sender.name)[0]
        if looks_like_person_name(shown):
            name, reason = shown, "sender's name, but the address is a relay"
    if name and not (looks_like_person_name(name) or name in (sig, first)):
        name = ""
    if not email and sig:
        name = sig  # a named person without an address: still useful for the greeting
        reason = "name from signature, no reachable address"
    return name, email, reason
