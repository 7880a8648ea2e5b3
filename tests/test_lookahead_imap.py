"""A scan of more than one FETCH batch searches for the earlier mail of the rejections found so
far on a second connection while it goes on reading (agent.lookahead), against a real Dovecot:
the threads come out exactly as without it, and a server that refuses a second connection
changes nothing but where the search runs."""

from __future__ import annotations

import pytest
from helpers import make_mail, settings_for
from test_contact_lookup_imap import (
    REJ,
    T0,
    H,
    ats_rejection,
    decoy_conversation,
    scheduling_conversation,
)

from agent import contact_lookup
from agent.cycle import Cycle, fixed_clock, run_cycle
from agent.errors import ConnectError
from agent.mailbox import Mailbox
from agent.store import Store
from agent.sync import FETCH_BATCH

SECOND_REJ = "<rej-second@greenhouse-mail.io>"
LATE_REJ = "<rej-late@greenhouse-mail.io>"


def fill(sandbox, user) -> None:
    """Marco Bianchi's conversation with Lumen Health and Marco Rossi's with Brightworks, both
    companies' no-reply rejections first in INBOX, more than a FETCH batch of ordinary mail,
    then a no-reply rejection from a company nobody talked to: each search finds another
    answer, so results handed to the wrong rejection show."""
    scheduling_conversation(sandbox, user)
    decoy_conversation(sandbox, user)
    sandbox.append("INBOX", ats_rejection(), when=T0, user=user)
    sandbox.append("INBOX", other_company(SECOND_REJ, "Brightworks", "Marco Rossi"), when=T0,
                   user=user)
    for i in range(FETCH_BATCH + 20):
        when = T0 + i * H / 60
        sandbox.append("INBOX", make_mail(f"Friend {i} <friend{i}@example.net>",
                                          f"Weekend plans {i}", "Shall we meet on Saturday?",
                                          when, msgid=f"<filler-{i}@example.net>"),
                       when=when, user=user)
    sandbox.append("INBOX", other_company(LATE_REJ, "Northwind Labs", "Dana Okafor"),
                   when=T0 + 3 * H, user=user)


def other_company(msgid: str, company: str, signer: str) -> bytes:
    return ats_rejection().replace(REJ.encode(), msgid.encode()).replace(
        b"Lumen Health", company.encode()).replace(b"Marco Bianchi", signer.encode())


def searches_by(log: list[tuple[int, list[str]]], reads: list[tuple[int, str]] | None = None):
    """A mailbox class that records (connection number, subjects asked) of every server search
    and (connection number, folder) of every read of a folder's look-back headers."""
    made: list[Mailbox] = []

    class Recording(Mailbox):
        def __init__(self, settings):
            super().__init__(settings)
            made.append(self)

        def search_correspondence(self, folder, since, terms, subject="", limit=300):
            log.append((made.index(self), [subject] if isinstance(subject, str) else subject))
            return super().search_correspondence(folder, since, terms, subject, limit)

        def address_headers(self, folder, since, batch=2000):
            if reads is not None:
                reads.append((made.index(self), folder))
            return super().address_headers(folder, since, batch)

    return Recording


def outcome(store: Store) -> list[tuple]:
    return sorted((t.rejection_message_id, t.state, t.stage, t.contact_email, t.contact_reason,
                   t.contact_reply_to) for t in store.threads())


@pytest.mark.parametrize("index_after", [None, 0])
def test_a_long_scan_searches_ahead_and_ends_as_without_it(box, tmp_path, monkeypatch,
                                                           index_after):
    """Three rejections are few criteria: server searches (INDEX_AFTER_CRITERIA as shipped);
    with it at 0 every search reads the look-back index instead, and ends the same."""
    if index_after is not None:
        monkeypatch.setattr(contact_lookup, "INDEX_AFTER_CRITERIA", index_after)
    sandbox, user, _ = box
    fill(sandbox, user)
    now = fixed_clock(T0 + 26 * H)
    with Store(settings_for(sandbox, user, tmp_path / "plain.db").database_url) as store:
        settings = settings_for(sandbox, user, tmp_path / "plain.db")
        with Mailbox(settings.imap) as mailbox:  # one connection: every search at the end
            Cycle(settings, store, mailbox, now()).run()
        without = outcome(store)
    log: list[tuple[int, list[str]]] = []
    reads: list[tuple[int, str]] = []
    settings = settings_for(sandbox, user, tmp_path / "ahead.db")
    with Store(settings.database_url) as store:
        run_cycle(settings, store, now, mailbox_factory=searches_by(log, reads))
        with_ahead = outcome(store)
    assert with_ahead == without
    by_rej = {row[0]: row for row in with_ahead}
    assert by_rej[REJ][3] == "marco.bianchi@lumenhealth.example"
    assert by_rej[SECOND_REJ][3] == "marco.rossi@brightworks.example"
    assert by_rej[LATE_REJ][1:4] == ("skipped", "interview", "")  # nobody to write to
    # All on the second connection: the early rejections while INBOX was read (one combined
    # search per folder), the last batch's while Sent was read.
    if index_after is None:
        assert {n for n, _ in log} == {1} and len(log) in (2, 4), log  # INBOX and Sent
        assert {c for _, asked in log for c in asked} == {"Lumen Health", "Brightworks",
                                                          "Northwind Labs"}
        assert reads == []
    else:
        assert log == []
        assert sorted(reads) == [(1, "INBOX"), (1, "Sent")], reads  # once each


def test_a_refused_second_connection_only_moves_the_search(box, tmp_path):
    sandbox, user, _ = box
    fill(sandbox, user)
    log: list[tuple[int, list[str]]] = []
    recording = searches_by(log)
    opened = []

    def factory(imap):
        opened.append(imap)
        if len(opened) > 1:
            raise ConnectError("127.0.0.1: too many connections")
        return recording(imap)

    settings = settings_for(sandbox, user, tmp_path / "one.db")
    with Store(settings.database_url) as store:
        run_cycle(settings, store, fixed_clock(T0 + 26 * H), mailbox_factory=factory)
        rows = {row[0]: row for row in outcome(store)}
    assert len(opened) == 2  # asked once, not once per batch
    assert rows[REJ][3] == "marco.bianchi@lumenhealth.example"
    assert rows[SECOND_REJ][3] == "marco.rossi@brightworks.example"
    assert {n for n, _ in log} == {0} and len(log) == 2  # all in one combined search per folder
    assert rows[REJ][1] == rows[SECOND_REJ][1] == "drafted", rows
