"""The contact look-up's IO: search INBOX and Sent for the conversation with a company, headers
only, and let the pure core (agent.core.conversation) choose whom to write to.

One UID SEARCH per folder (FROM/TO/CC on the company's domains and name forms, SUBJECT on its
name, SINCE the look-back), one headers-only FETCH of the hits, and a second FETCH of only the
text/calendar parts of the few messages that have one. Run once per rejection whose sender is a
no-reply or ATS address, never in the ordinary poll.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from agent.core import conversation
from agent.core.conversation import ContactChoice, RejectionFacts
from agent.errors import ConnectError
from agent.mailbox import Folders, Mailbox

log = logging.getLogger("debrief.contact_lookup")


@dataclass(frozen=True)
class LookupResult:
    choice: ContactChoice | None
    reason: str  # for `explain`: whom and why, or why nobody
    looked_at: int  # earlier messages weighed


def look_up_contact(mailbox: Mailbox, folders: Folders, facts: RejectionFacts, *,
                    now: datetime, lookback_days: int, own_addresses: tuple[str, ...],
                    tz: tzinfo | None = None) -> LookupResult:
    """Whom the user talked to at the rejection's company. A dropped connection raises
    (ConnectError, OSError: the caller looks again next cycle); a server that refuses the
    search gives a result with no choice and the error as the reason, so it is not retried."""
    since = (now - timedelta(days=lookback_days)).date()
    terms = list(conversation.search_terms(facts))
    summaries: list[conversation.HeaderSummary] = []
    kinds: tuple[tuple[conversation.FolderKind, str], ...] = (
        ("inbox", folders.inbox), ("sent", folders.sent))
    sender = facts.rejection_from or "an unknown sender"
    try:
        for kind, folder in kinds:
            if not terms and not facts.company:
                break
            uids = mailbox.search_correspondence(folder, since, terms, facts.company)
            for found in mailbox.fetch_headers(folder, uids):
                calendars = [conversation.decode_part(data, enc) for data, enc in found.calendars]
                summaries.append(conversation.summarize(
                    found.headers, kind, calendars=calendars, internaldate=found.internaldate))
    except (ConnectError, OSError):
        raise
    except Exception as exc:  # a server that refuses the search: skip, don't retry forever
        failed = f"{type(exc).__name__}: {str(exc)[:200]}"
        log.warning("contact look-up failed (%s)", failed)
        return LookupResult(None, f"none: the search for an earlier conversation failed "
                                  f"({failed}); the rejection came from {sender}", 0)
    looked = sum(1 for s in summaries if s.message_id != facts.rejection_message_id)
    choice = conversation.choose(facts, summaries, own_addresses)
    if choice is None:
        return LookupResult(None, conversation.no_conversation_reason(facts, lookback_days),
                            looked)
    return LookupResult(choice, choice.explain(facts.rejection_from, tz), looked)
