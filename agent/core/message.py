"""A parsed email as a small immutable record, built from raw bytes with no server.

`parse_message` never raises on bad input: whatever the email package can recover is kept, and
what it could not is listed in `defects`. Hostile input (huge headers, NUL bytes, broken MIME,
unknown charsets, garbage encoded-words) degrades to empty or partial fields.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.header import Header, decode_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from agent.core import lexicon

MAX_TEXT_CHARS = 20_000  # enough for any rejection; bounds the classifier's work
MAX_HEADER_CHARS = 2_000  # a longer header value is cut: no legitimate one needs more
MAX_PARTS = 50  # MIME parts walked at most (60-level nesting and bombs stop here)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MSGID = re.compile(r"<[^<>\s]{1,500}>")
_PREFIX_WORDS = "|".join(sorted(lexicon.REPLY_PREFIXES + lexicon.FORWARD_PREFIXES,
                                 key=len, reverse=True))
_SUBJECT_PREFIX = re.compile(rf"^\s*(({_PREFIX_WORDS})\s*(\[\d+\])?\s*[:：]\s*)+",
                             re.IGNORECASE)
_REPLY_SUBJECT = re.compile(
    rf"^\s*({'|'.join(sorted(lexicon.REPLY_PREFIXES, key=len, reverse=True))})"
    r"\s*(\[\d+\])?\s*[:：]", re.IGNORECASE)


def strip_subject_prefixes(subject: str) -> str:
    """The subject without its Re:/AW:/Fwd: … prefixes (case and spacing kept)."""
    return _SUBJECT_PREFIX.sub("", subject or "")


def is_reply_subject(subject: str) -> bool:
    """Does the subject start with a reply prefix (Re:, AW:, SV:, Antw:, RV: …)?"""
    return bool(_REPLY_SUBJECT.match(subject or ""))


def clean_header(value: object, limit: int = MAX_HEADER_CHARS) -> str:
    """A header value as one safe line: control characters (CR, LF, NUL) removed, capped."""
    if value is None:
        return ""
    if (type(value) is str and value.isprintable() and len(value) <= limit
            and "  " not in value and value[:1] != " " and value[-1:] != " "):
        # Already one clean line (most headers): printable rules out CR, LF, controls,
        # escaped 8-bit bytes and every whitespace but the ASCII space, so the slow path
        # below would return it unchanged.
        return value
    try:
        text = _header_object_text(value) if isinstance(value, Header) else str(value)
    except Exception:  # a header object that cannot render itself
        return ""
    if _ESCAPED.search(text):
        text = _unescape_8bit(text)
    text = _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " "))
    return " ".join(text.split())[:limit]


_ESCAPED = re.compile("[\udc80-\udcff]")


def _header_object_text(value: Header) -> str:
    """A header the parser could not read as ASCII (raw 8-bit bytes): its 'unknown-8bit'
    chunks read as UTF-8, else Windows-1252, rather than as replacement characters."""
    out = []
    for chunk, charset in decode_header(value):
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        if charset and charset != "unknown-8bit":
            try:
                out.append(chunk.decode(charset, errors="replace"))
                continue
            except LookupError:
                pass
        try:
            out.append(chunk.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(chunk.decode("cp1252", errors="replace"))
    return "".join(out)


def _unescape_8bit(text: str) -> str:
    """Raw 8-bit header bytes (no encoded-word, which many clients and ATSs still send) come
    out of the parser as surrogate escapes ('Charg\udcc3\udca9'): read them as UTF-8, else as
    Windows-1252, instead of showing replacement characters."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def normalize_subject(subject: str) -> str:
    """Subject without reply/forward prefixes, case and spacing folded: for thread matching."""
    return " ".join(_SUBJECT_PREFIX.sub("", subject or "").lower().split())


def message_ids(value: str) -> tuple[str, ...]:
    """Every <msg-id> in a header value, in order, deduplicated."""
    seen: dict[str, None] = {}
    for found in _MSGID.findall(value or ""):
        seen.setdefault(found, None)
    return tuple(seen)


@dataclass(frozen=True)
class Address:
    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].lower()


@dataclass(frozen=True)
class ParsedMessage:
    """What Debrief needs of one email. Built by `parse_message`, or directly in tests."""

    message_id: str = ""
    subject: str = ""
    sender: Address | None = None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None  # aware, UTC; None when missing or unparseable
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    text: str = ""  # the readable body, HTML converted to text, capped
    from_html: bool = False
    content_type: str = "text/plain"
    headers: tuple[tuple[str, str], ...] = ()  # (lower-case name, cleaned value), capped
    defects: tuple[str, ...] = ()
    content_hash: str = ""

    def header(self, name: str) -> str:
        """First value of a header (case-insensitive), or ''."""
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return ""

    @property
    def dedupe_key(self) -> str:
        """Message-ID, or a content hash when it has none."""
        return self.message_id or f"sha256:{self.content_hash}"

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Every Message-ID this message says it answers."""
        return tuple(dict.fromkeys(self.in_reply_to + self.references))

    @property
    def normalized_subject(self) -> str:
        return normalize_subject(self.subject)


_ANGLE_ADDR = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>")
# One mailbox with nothing getaddresses would read differently: `Name <a@b>`, `"Name" <a@b>`
# or a bare `a@b`, without commas, comments, quoted specials or route syntax.
_ADDR_SPEC = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@[A-Za-z0-9.\-]+"
_SIMPLE_ADDRESS = re.compile(
    rf'(?:"?([A-Za-z0-9 .\-\'=?_]*[A-Za-z0-9.\-\'=?_])"? )?<({_ADDR_SPEC})>\Z|({_ADDR_SPEC})\Z')


def _addresses(msg: Message, name: str) -> tuple[Address, ...]:
    """Addresses of a header. A display name cannot smuggle in an address: when a value holds
    one <angle-addr>, that is the address, whatever the phrase before it looks like."""
    try:
        values = [clean_header(v, 4000) for v in (msg.get_all(name) or [])]
    except Exception:
        return ()
    pairs: list[tuple[str, str]] = []
    for value in values:
        simple = _SIMPLE_ADDRESS.match(value)
        if simple is not None:  # most values: what getaddresses gives, a regex match cheaper
            display = simple.group(1) or ""
            pairs.append((_decoded(display, 200) if "=?" in display else display,
                           simple.group(2) or simple.group(3)))
            continue
        try:
            found = getaddresses([value])
        except Exception:
            found = []
        angles = _ANGLE_ADDR.findall(value)
        parsed_addrs = {a.lower() for _, a in found}
        single = name.lower() in ("from", "sender")  # one mailbox, however the phrase reads
        if len(angles) == 1 and (single or angles[0].lower() not in parsed_addrs):
            display = value[: value.rfind("<")].strip()
            found = [(display, angles[0])]
        pairs.extend((_decoded(d, 200) if "=?" in d else d, a) for d, a in found)
    out = []
    for display, addr in pairs[:50]:
        addr = clean_header(addr, 320).strip("<> ")
        if "@" not in addr or " " in addr:
            continue
        out.append(Address(clean_header(display, 200).strip("\"' "), addr.lower()))
    return tuple(out)


def _date(msg: Message) -> datetime | None:
    raw = clean_header(msg.get("Date", ""), 200)
    if not raw:
        return None
    try:
        parsed = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # RFC 5322 "-0000": treat as UTC
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None


def _decode_part(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return ""
    if not isinstance(payload, bytes):
        return ""
    charset = "utf-8"
    with contextlib.suppress(Exception):
        charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "cp1252"):
        try:
            return payload.decode(candidate, errors="replace")
        except (LookupError, ValueError):
            continue
    return payload.decode("latin-1", errors="replace")


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: blocks on their own lines, links, images, scripts and
    styles dropped. html-text (lxml's C parser) is several times faster than the pure-Python
    converters, which were a fifth of a first scan's time."""
    import html_text  # only HTML mail needs it: not imported at start-up

    try:
        return html_text.extract_text(html, guess_layout=True)
    except Exception:  # lxml on markup it refuses (an XML declaration in a str, say)
        return re.sub(r"<[^>]{0,2000}>", " ", html)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<div" in head or "<p>" in head or "<br" in head


def _body(msg: Message) -> tuple[str, bool]:
    plain: str | None = None
    html: str | None = None
    for count, part in enumerate(_walk(msg)):
        if count >= MAX_PARTS:
            break
        try:
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            disposition = (part.get("Content-Disposition") or "").lower()
        except Exception:
            continue
        if "attachment" in disposition:
            continue
        if ctype == "text/plain" and plain is None:
            plain = _decode_part(part)
        elif ctype == "text/html" and html is None:
            html = _decode_part(part)
        if plain is not None and html is not None:
            break
    if plain and plain.strip() and not looks_like_html(plain):
        return plain[: MAX_TEXT_CHARS * 2], False
    source = html if html and html.strip() else plain
    if source:
        return html_to_text(source[: MAX_TEXT_CHARS * 4]), True
    return "", False


def _walk(msg: Message) -> Iterable[Message]:
    """Depth-first walk that cannot recurse without bound (60-level nesting)."""
    stack = [msg]
    while stack:
        part = stack.pop()
        yield part
        try:
            children = part.get_payload() if part.is_multipart() else None
        except Exception:
            children = None
        if isinstance(children, list):
            stack.extend(reversed([c for c in children[:MAX_PARTS] if isinstance(c, Message)]))


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 5322 bytes into a `ParsedMessage`. Never raises."""
    try:
        msg = email.message_from_bytes(raw.replace(b"\x00", b""), policy=email.policy.compat32)
    except Exception as exc:  # the email package is lenient; this is belt and braces
        return ParsedMessage(defects=(f"unparseable: {type(exc).__name__}",),
                             content_hash=_digest(raw))
    return _hashed(from_email_message(msg), raw)


def parse_headers(raw: bytes) -> ParsedMessage:
    """Like `parse_message`, from the header block only (no body text): the cheap first look
    that decides whether the whole message is worth parsing. Never raises."""
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    head = raw if end < 0 else raw[:end + 2]
    try:
        msg = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head.replace(b"\x00", b""))
    except Exception as exc:
        return ParsedMessage(defects=(f"unparseable: {type(exc).__name__}",),
                             content_hash=_digest(raw))
    return _hashed(from_email_message(msg, with_body=False), raw)


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _hashed(parsed: ParsedMessage, raw: bytes) -> ParsedMessage:
    """`parsed` with the content hash that stands in for a missing Message-ID; a message with
    one never needs it (hashing every fetched message was a tenth of a first scan's work)."""
    return parsed if parsed.message_id else replace(parsed, content_hash=_digest(raw))


def with_body(head: ParsedMessage, raw: bytes) -> ParsedMessage:
    """`head` (from `parse_headers` of `raw`) completed with the body text: the second, full
    look, taken only when the body matters. Equal to `parse_message(raw)`. Never raises."""
    try:
        msg = email.message_from_bytes(raw.replace(b"\x00", b""), policy=email.policy.compat32)
    except Exception:  # the email package is lenient; this is belt and braces
        return head
    defects = [type(d).__name__ for d in (getattr(msg, "defects", None) or [])][:10]
    try:
        text, from_html = _body(msg)
    except Exception as exc:  # RecursionError and friends on hostile MIME
        text, from_html = "", False
        defects.append(f"body: {type(exc).__name__}")
    return replace(head, text=_normalize_text(text)[:MAX_TEXT_CHARS], from_html=from_html,
                   defects=tuple(defects))


def from_email_message(msg: Message, digest: str = "", with_body: bool = True) -> ParsedMessage:
    defects = [type(d).__name__ for d in (getattr(msg, "defects", None) or [])][:10]
    headers: list[tuple[str, str]] = []
    try:
        items = msg.items()
    except Exception:
        items = []
    for name, value in items[:200]:
        headers.append((clean_header(name, 100).lower(), _decoded(value)))
    subject = _decoded(msg.get("Subject", ""), 500)
    ids = message_ids(clean_header(msg.get("Message-ID", ""), 1000))
    senders = _addresses(msg, "From") or _addresses(msg, "Sender")
    try:
        text, from_html = _body(msg) if with_body else ("", False)
    except Exception as exc:  # RecursionError and friends on hostile MIME
        text, from_html = "", False
        defects.append(f"body: {type(exc).__name__}")
    try:
        content_type = msg.get_content_type()
    except Exception:
        content_type = "text/plain"
    return ParsedMessage(
        message_id=ids[0] if ids else "",
        subject=subject,
        sender=senders[0] if senders else None,
        reply_to=_addresses(msg, "Reply-To"),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        date=_date(msg),
        in_reply_to=message_ids(clean_header(msg.get("In-Reply-To", ""), 2000)),
        references=message_ids(clean_header(msg.get("References", ""), 20000))[-50:],
        text=_normalize_text(text)[:MAX_TEXT_CHARS],
        from_html=from_html,
        content_type=content_type,
        headers=tuple(headers),
        defects=tuple(defects),
        content_hash=digest,
    )


def decode_header_value(value: object, limit: int = MAX_HEADER_CHARS) -> str:
    """A header value as one line of text: encoded-words and raw 8-bit bytes decoded."""
    return _decoded(value, limit)


def _decoded(value: object, limit: int = MAX_HEADER_CHARS) -> str:
    """An RFC 2047 header value decoded to text; garbage encoded-words are kept as they are."""
    text = clean_header(value, limit * 4)
    if "=?" not in text:
        return text[:limit]
    try:
        from email.header import decode_header, make_header

        return clean_header(str(make_header(decode_header(text))), limit)
    except Exception:
        return text[:limit]


def _normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def raw_from_fields(
    subject: str = "",
    sender: str = "",
    body: str = "",
    *,
    reply_to: str = "",
    message_id: str = "",
    headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    """RFC 5322 bytes from loose fields (corpus rows, tests); unusable values are left out."""
    from email.message import EmailMessage

    msg = EmailMessage(policy=email.policy.default)
    pairs = [("Subject", subject), ("From", sender), ("Reply-To", reply_to),
             ("Message-ID", message_id), *headers]
    for name, value in pairs:
        if value:
            with contextlib.suppress(Exception):
                msg[name] = clean_header(value)
    if looks_like_html(body):
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body or "")
    return msg.as_bytes()


def from_fields(
    subject: str = "",
    sender: str = "",
    body: str = "",
    *,
    reply_to: str = "",
    message_id: str = "",
    date: datetime | None = None,
    headers: Iterable[tuple[str, str]] = (),
) -> ParsedMessage:
    """Build a ParsedMessage from loose fields the same way the daemon parses fetched mail."""
    parsed = parse_message(raw_from_fields(subject, sender, body, reply_to=reply_to,
                                           message_id=message_id, headers=headers))
    if date is not None:
        parsed = replace(parsed, date=date)
    return parsed
