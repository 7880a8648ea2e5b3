"""The earlier-mail look-up's IO: search INBOX and Sent for the conversation with a company,
headers only; its result feeds both the stage (agent.core.stage, with the capped text of the few
messages exchanged with the company's people) and, when nobody in the rejection is reachable,
the choice of whom to write to (agent.core.conversation).

One UID SEARCH per folder (FROM/TO/CC on the company's domains and name forms, SUBJECT on its
name, SINCE the look-back), one headers-only FETCH of the hits, and a second FETCH of only the
text/calendar parts of the few messages that have one, a capped text FETCH of the newest few
exchanged with the company. Run once per new rejection (before its first step), never in the
ordinary poll; the new rejections of one cycle share one combined search (search_companies),
and past about 35 of them a cycle reads each folder's look-back addresses once and matches the
rest locally (SearchPlan, LookbackIndex).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from email.parser import BytesHeaderParser

from agent.core import conversation
from agent.core.classify import strip_quoted
from agent.core.conversation import ContactChoice, RejectionFacts
from agent.core.message import decode_header_value, is_reply_subject, parse_message
from agent.core.stage import HistoryMail
from agent.errors import ConnectError
from agent.mailbox import Folders, Mailbox

log = logging.getLogger("debrief.contact_lookup")
HISTORY_TEXTS = 5  # per folder: the newest messages with the company whose text is read
HISTORY_TEXT_CAP = 8_192  # bytes of each: the text part, not attachments


@dataclass(frozen=True)
class LookupResult:
    choice: ContactChoice | None
    reason: str  # for `explain`: whom and why, or why nobody
    looked_at: int  # earlier messages weighed


@dataclass(frozen=True)
class Correspondence:
    """Earlier mail with the company, from one SINCE-bounded search per folder (headers)."""

    summaries: tuple[conversation.HeaderSummary, ...] = ()
    where: tuple[tuple[str, int], ...] = ()  # (folder, uid) of each summary
    error: str = ""  # the server refused the search: nothing was looked at


def search_company(mailbox: Mailbox, folders: Folders, facts: RejectionFacts,
                   since: date) -> Correspondence:
    """One UID SEARCH and one headers FETCH per folder (INBOX, Sent). A dropped connection
    raises (ConnectError, OSError: the caller looks again next cycle); a server that refuses
    the search gives the error, so it is not retried."""
    terms = list(conversation.search_terms(facts))
    summaries: list[conversation.HeaderSummary] = []
    where: list[tuple[str, int]] = []
    kinds: tuple[tuple[conversation.FolderKind, str], ...] = (
        ("inbox", folders.inbox), ("sent", folders.sent))
    try:
        for kind, folder in kinds:
            if not terms and not facts.company:
                break
            uids = mailbox.search_correspondence(folder, since, terms, facts.company)
            for found in mailbox.fetch_headers(folder, uids):
                calendars = [conversation.decode_part(data, enc) for data, enc in found.calendars]
                summaries.append(conversation.summarize(
                    found.headers, kind, calendars=calendars, internaldate=found.internaldate))
                where.append((folder, found.uid))
    except (ConnectError, OSError):
        raise
    except Exception as exc:  # a server that refuses the search: skip, don't retry forever
        failed = f"{type(exc).__name__}: {str(exc)[:200]}"
        log.warning("earlier-mail search failed (%s)", failed)
        return Correspondence(error=failed)
    return Correspondence(tuple(summaries), tuple(where))


# A combined SEARCH is cut at about this many octets of criteria: RFC 7162 (section 4) asks
# clients to keep command lines to about 8192 octets, which every server accepts.
SEARCH_COMMAND_OCTETS = 7000
SEARCH_LIMIT = 300  # per folder and rejection, as Mailbox.search_correspondence's default
INDEX_AFTER_CRITERIA = 250  # about 35 rejections: past this, a cycle reads a LookbackIndex


def search_companies(mailbox: Mailbox, folders: Folders, many: list[RejectionFacts],
                     since: date, plan: SearchPlan | None = None) -> list[Correspondence]:
    """`search_company` for several rejections at once, as one combined UID SEARCH and one
    headers FETCH per folder (per command of SEARCH_COMMAND_OCTETS) instead of one each:
    on a first scan of a big mailbox the per-rejection searches were half its time. Each
    rejection then keeps the messages its own search would have found (the same case-blind
    substring test on From/To/Cc and Subject), the newest `limit` of them.

    With a `plan` (one per connection and cycle), a cycle that asks for many rejections reads
    the look-back's From/To/Cc/Subject once per folder instead and matches them there
    (`LookbackIndex`): a SEARCH costs its criteria times the look-back's messages, so hundreds
    of rejections cost many look-back reads, where the index costs one (see `SearchPlan`)."""
    terms_of = [list(conversation.search_terms(f)) for f in many]
    companies = [f.company for f in many]
    batches = _search_batches(terms_of, companies)
    criteria = sum(3 * len(terms_of[i]) + bool(companies[i]) for batch in batches for i in batch)
    if not batches:  # nothing to ask about any of them
        return [Correspondence() for _ in many]
    local = plan is not None and plan.use_index(criteria)
    if plan is not None and local:
        try:  # read now, so that a server that refuses it leaves the searches to SEARCH
            for folder in (folders.inbox, folders.sent):
                plan.index(mailbox, folder, since)
        except (ConnectError, OSError):
            raise
        except Exception as exc:
            log.warning("reading the look-back for the earlier-mail search failed (%s: %s); "
                        "searching on the server", type(exc).__name__, str(exc)[:200])
            plan.give_up()
            local = False
    if plan is not None and not local:
        plan.criteria += criteria
    if len(many) == 1 and not local:
        return [search_company(mailbox, folders, many[0], since)]
    summaries: list[list[conversation.HeaderSummary]] = [[] for _ in many]
    where: list[list[tuple[str, int]]] = [[] for _ in many]
    kinds: tuple[tuple[conversation.FolderKind, str], ...] = (
        ("inbox", folders.inbox), ("sent", folders.sent))
    try:
        for asked in ([[i for batch in batches for i in batch]] if local else batches):
            for kind, folder in kinds:
                if plan is not None and local:  # each rejection's own hits, found locally
                    index = plan.index(mailbox, folder, since)
                    hits = {i: index.search(terms_of[i], [companies[i]] if companies[i] else [],
                                            SEARCH_LIMIT) for i in asked}
                    found = mailbox.fetch_headers(folder, sorted({u for h in hits.values()
                                                                  for u in h}))
                    by_uid = {f.uid: n for n, f in enumerate(found)}
                    mine_of = {i: [by_uid[u] for u in hits[i] if u in by_uid] for i in asked}
                else:  # one combined SEARCH: each rejection keeps what its own search finds
                    uids = mailbox.search_correspondence(
                        folder, since, [t for i in asked for t in terms_of[i]],
                        [many[i].company for i in asked if many[i].company],
                        limit=SEARCH_LIMIT * len(asked))
                    found = mailbox.fetch_headers(folder, uids)
                    fields = [_search_fields(f.headers) for f in found]
                    mine_of = {i: [n for n, (people, subject) in enumerate(fields)
                                   if any(t.lower() in people for t in terms_of[i])
                                   or (companies[i] and companies[i].lower() in subject)]
                               for i in asked}
                for i in asked:
                    for n in mine_of[i][-SEARCH_LIMIT:]:
                        calendars = [conversation.decode_part(data, enc)
                                     for data, enc in found[n].calendars]
                        summaries[i].append(conversation.summarize(
                            found[n].headers, kind, calendars=calendars,
                            internaldate=found[n].internaldate))
                        where[i].append((folder, found[n].uid))
    except (ConnectError, OSError):
        raise
    except Exception as exc:  # a server that refuses the search: skip, don't retry forever
        failed = f"{type(exc).__name__}: {str(exc)[:200]}"
        log.warning("earlier-mail search failed (%s)", failed)
        return [Correspondence(error=failed) for _ in many]
    return [Correspondence(tuple(s), tuple(w)) for s, w in zip(summaries, where, strict=True)]


class SearchPlan:
    """How one connection does the earlier-mail searches of one cycle: by server SEARCH until
    the cycle has asked for INDEX_AFTER_CRITERIA criteria, then from a `LookbackIndex` per
    folder, read once.

    A SEARCH costs the server its criteria times the look-back's messages, on its own CPU; the
    index costs this process a read of every look-back message's addresses once (measured on
    Dovecot with 37,000 look-back messages: about 5 ms a criterion, against 1.2 s for the
    index). A few rejections (the usual poll, or a first scan of an ordinary inbox) stay with
    the server; a cycle with dozens of new rejections reads the index."""

    def __init__(self) -> None:
        self.criteria = 0  # asked of the server this cycle
        self._indexes: dict[str, LookbackIndex] = {}
        self._failed = False

    def use_index(self, criteria: int) -> bool:
        """Whether to match locally rather than ask the server for `criteria` more."""
        return not self._failed and (
            bool(self._indexes) or self.criteria + criteria > INDEX_AFTER_CRITERIA)

    def give_up(self) -> None:
        """The look-back could not be read: the rest of the cycle searches on the server."""
        self._failed = True
        self._indexes.clear()

    def index(self, mailbox: Mailbox, folder: str, since: date) -> LookbackIndex:
        """The folder's index from `since`: read now, or kept from earlier in the cycle."""
        index = self._indexes.get(folder)
        if index is None or index.since > since:
            index = LookbackIndex.read(mailbox, folder, since)
            self._indexes[folder] = index
        return index


# Address-like runs of a lower-cased From/To/Cc value: a search term (a domain, a slug, a
# hyphenated name) made of these characters only can be found inside one of them.
_RUN = re.compile(r"[a-z0-9._+\-]+")
_RUN_TERM = re.compile(r"[a-z0-9._+\-]+\Z")
_FOLDED_LINE = re.compile(r"\r?\n[ \t]+")
PEOPLE_CHARS = 64_000  # of one From/To/Cc value in the index


class LookbackIndex:
    """From/To/Cc and Subject of every message of a folder since `since`, decoded and
    lower-cased, read in one SEARCH and one FETCH per 2,000 messages; `search` gives the
    messages a server SEARCH FROM/TO/CC term OR SUBJECT company would.

    A term is looked for in the distinct address-like runs of the From/To/Cc values, and a
    company in the distinct subjects (each set joined into one string that `str.find` scans
    in C), not message by message: hundreds of rejections over tens of thousands of messages
    take milliseconds each."""

    def __init__(self, since: date, fields: list[tuple[int, str, str]]) -> None:
        self.since = since
        self.uids = [uid for uid, _, _ in fields]
        self._people = [people for _, people, _ in fields]
        runs: dict[str, list[int]] = {}
        subjects: dict[str, list[int]] = {}
        for n, (_, people, subject) in enumerate(fields):
            for run in set(_RUN.findall(people)):
                runs.setdefault(run, []).append(n)
            subjects.setdefault(subject, []).append(n)
        self._runs = _Joined(runs)
        self._subjects = _Joined(subjects)

    @classmethod
    def read(cls, mailbox: Mailbox, folder: str, since: date) -> LookbackIndex:
        fields = [(uid, *_index_fields(raw)) for uid, raw in mailbox.address_headers(folder, since)]
        log.debug("%s: %d messages since %s indexed for the earlier-mail searches", folder,
                  len(fields), since)
        return cls(since, fields)

    def search(self, terms: list[str], subjects: list[str], limit: int) -> list[int]:
        """UIDs whose From/To/Cc contains a term or whose Subject contains a subject (case
        blind), the newest `limit`, ascending."""
        hits: set[int] = set()
        for term in dict.fromkeys(t.lower() for t in terms if t):
            if _RUN_TERM.match(term):
                hits.update(self._runs.containing(term))
            else:  # spaces, quotes or other letters: read every message's value
                hits.update(n for n, people in enumerate(self._people) if term in people)
        for subject in dict.fromkeys(s.lower() for s in subjects if s):
            hits.update(self._subjects.containing(subject))
        return sorted(self.uids[n] for n in hits)[-limit:]


class _Joined:
    """Distinct strings, each with the messages it came from, joined by newlines so that one
    `str.find` loop finds every string containing a needle."""

    def __init__(self, owners: dict[str, list[int]]) -> None:
        keys = [k.replace("\n", " ") for k in owners]
        self._owners = list(owners.values())
        self._starts: list[int] = []
        at = 0
        for key in keys:
            self._starts.append(at)
            at += len(key) + 1
        self._text = "\n".join(keys)

    def containing(self, needle: str) -> Iterator[int]:
        if "\n" in needle or not needle:
            return
        at = self._text.find(needle)
        while at >= 0:
            k = bisect_right(self._starts, at) - 1
            yield from self._owners[k]
            nxt = self._starts[k + 1] if k + 1 < len(self._starts) else len(self._text)
            at = self._text.find(needle, nxt)


def _index_fields(raw: bytes) -> tuple[str, str]:
    """(From+To+Cc, Subject) of a header block, decoded and lower-cased like `_search_fields`
    but without the email package: tens of thousands are read at once."""
    people: list[str] = []
    subject = ""
    text = _FOLDED_LINE.sub(" ", raw.decode("utf-8", "replace"))
    for line in text.split("\n"):  # not splitlines: \x0c or U+2028 in a value is no new field
        line = line.rstrip("\r")
        name, colon, value = line.partition(":")
        if not colon:
            continue
        name = name.strip().lower()
        if name in ("from", "to", "cc"):  # a long To/Cc keeps every address, as SEARCH does
            people.append(decode_header_value(value.strip(), PEOPLE_CHARS))
        elif name == "subject" and not subject:
            subject = decode_header_value(value.strip())
    return " ".join(people).lower(), subject.lower()


def _search_batches(terms_of: list[list[str]], companies: list[str]) -> list[list[int]]:
    """The rejections (by index) of each combined SEARCH: as many as fit in one command of
    about SEARCH_COMMAND_OCTETS (each term is asked as FROM, TO and CC, each company as
    SUBJECT); rejections with nothing to ask are left out."""
    batches: list[list[int]] = [[]]
    size = 0
    for i, (terms, company) in enumerate(zip(terms_of, companies, strict=True)):
        if not terms and not company:
            continue
        octets = sum(3 * (len(t.encode()) + 12) for t in terms)
        octets += len(company.encode()) + 15 if company else 0
        if batches[-1] and size + octets > SEARCH_COMMAND_OCTETS:
            batches.append([])
            size = 0
        batches[-1].append(i)
        size += octets
    return [b for b in batches if b]


def _search_fields(headers: bytes) -> tuple[str, str]:
    """(From+To+Cc, Subject) decoded and lower-cased, as the server's SEARCH compares them."""
    msg = BytesHeaderParser().parsebytes(headers)
    people = " ".join(decode_header_value(v) for name in ("From", "To", "Cc")
                      for v in (msg.get_all(name) or ()))
    return people.lower(), decode_header_value(msg.get("Subject", "")).lower()


def history_mail(mailbox: Mailbox, found: Correspondence, facts: RejectionFacts, *,
                 rejected_at: datetime, window: timedelta, own_addresses: tuple[str, ...],
                 per_folder: int = HISTORY_TEXTS, cap_bytes: int = HISTORY_TEXT_CAP,
                 ) -> list[HistoryMail]:
    """The stage's evidence: mail exchanged with the company's people in the `window` before
    the rejection, headers from the search; the text (first `cap_bytes`) of only the newest
    `per_folder` such messages in each folder."""
    picked: dict[str, list[int]] = {}
    for i in conversation.company_mail(facts, found.summaries, own_addresses):
        when = found.summaries[i].date
        if when is not None and rejected_at - window <= when < rejected_at:
            picked.setdefault(found.where[i][0], []).append(i)
    texts: dict[tuple[str, int], str] = {}
    for folder, indices in picked.items():
        newest = sorted(indices, key=lambda i: found.summaries[i].date or rejected_at)
        uids = [found.where[i][1] for i in newest[-per_folder:]]
        for fetched in mailbox.fetch(folder, uids, cap_bytes=cap_bytes):
            text = parse_message(fetched.raw).text or ""
            texts[(folder, fetched.uid)] = strip_quoted(text)[:4000]
    history: list[HistoryMail] = []
    for indices in picked.values():
        for i in indices:
            s = found.summaries[i]
            history.append(HistoryMail(
                folder=s.folder, subject=s.subject, text=texts.get(found.where[i], ""),
                date=s.date, reply=bool(s.references) or is_reply_subject(s.subject)))
    return history


def choose_contact(found: Correspondence, facts: RejectionFacts, *, now: datetime,
                   lookback_days: int, own_addresses: tuple[str, ...],
                   tz: tzinfo | None = None) -> LookupResult:
    """Whom to write to, from the mail of the last `lookback_days` in `found`."""
    sender = facts.rejection_from or "an unknown sender"
    if found.error:
        return LookupResult(None, f"none: the search for an earlier conversation failed "
                                  f"({found.error}); the rejection came from {sender}", 0)
    start = now - timedelta(days=lookback_days)
    summaries = [s for s in found.summaries
                 if s.date is None or s.date.date() >= start.date()]
    looked = sum(1 for s in summaries if s.message_id != facts.rejection_message_id)
    choice = conversation.choose(facts, summaries, own_addresses)
    if choice is None:
        return LookupResult(None, conversation.no_conversation_reason(facts, lookback_days),
                            looked)
    return LookupResult(choice, choice.explain(facts.rejection_from, tz), looked)


def look_up_contact(mailbox: Mailbox, folders: Folders, facts: RejectionFacts, *,
                    now: datetime, lookback_days: int, own_addresses: tuple[str, ...],
                    tz: tzinfo | None = None) -> LookupResult:
    """Whom the user talked to at the rejection's company (the search and the choice)."""
    since = (now - timedelta(days=lookback_days)).date()
    found = search_company(mailbox, folders, facts, since)
    return choose_contact(found, facts, now=now, lookback_days=lookback_days,
                          own_addresses=own_addresses, tz=tz)
