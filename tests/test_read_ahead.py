"""sync.read_ahead: the next FETCH batch is produced in a background thread while the current
one is handled; order, errors and an early stop behave as the plain loop does."""

from __future__ import annotations

import threading

import pytest

from agent.sync import read_ahead


def test_items_come_in_order_and_the_producer_is_one_ahead_at_most():
    produced: list[int] = []
    handled_before: dict[int, int] = {}

    def items():
        for i in range(50):
            produced.append(i)
            yield i

    got = []
    for item in read_ahead(items()):
        handled_before[item] = len(produced)
        got.append(item)
    assert got == list(range(50))
    # while item i is handled, at most items i+1 (in the slot) and i+2 (being made) exist
    assert all(handled_before[i] <= i + 3 for i in got)
    assert all(t.name != "debrief-fetch" for t in threading.enumerate())


def test_an_error_is_raised_where_the_loop_would_have_met_it():
    def items():
        yield 1
        yield 2
        raise ConnectionResetError("connection lost (UID FETCH)")

    got = []
    with pytest.raises(ConnectionResetError):
        for item in read_ahead(items()):
            got.append(item)
    assert got == [1, 2]


def test_stopping_early_joins_the_producer_before_returning():
    made: list[int] = []

    def items():
        for i in range(1000):
            made.append(i)
            yield i

    for item in read_ahead(items()):
        if item == 3:
            break
    count = len(made)
    assert count <= 6  # it did not read on to the end
    assert all(t.name != "debrief-fetch" for t in threading.enumerate())  # joined
    assert len(made) == count  # and it does not go on afterwards


def test_a_connection_lost_while_reading_ahead_keeps_what_was_committed(box, tmp_path):
    """Real Dovecot, 250 messages (three FETCH batches): the connection drops on the third
    FETCH, which the read-ahead asks for while the second batch is handled. The first two
    batches stay committed with their cursor; the next cycle reads only the rest, once."""
    from datetime import datetime, timedelta, timezone

    from helpers import make_mail, settings_for

    from agent.cycle import fixed_clock, run_cycle
    from agent.errors import ConnectError
    from agent.mailbox import Mailbox
    from agent.store import SeenMessage, Store
    from agent.sync import FETCH_BATCH

    sandbox, user, _ = box
    t0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)
    for i in range(250):
        when = t0 + timedelta(minutes=i)
        sandbox.append("INBOX", make_mail(f"Friend {i} <f{i}@example.net>", f"Plans {i}",
                                          "See you on Saturday?", when,
                                          msgid=f"<m-{i}@example.net>"), when=when, user=user)

    class Dropping(Mailbox):
        def fetch_batches(self, folder, uids, cap_bytes=262144, batch=50):
            for n, item in enumerate(super().fetch_batches(folder, uids, cap_bytes, batch)):
                if folder == "INBOX" and n == 2:
                    raise ConnectError("connection to 127.0.0.1 lost (UID FETCH)")
                yield item

    settings = settings_for(sandbox, user, tmp_path / "d.db")
    now = fixed_clock(t0 + timedelta(hours=5))
    with Store(settings.database_url) as store:
        with pytest.raises(ConnectError):
            run_cycle(settings, store, now, mailbox_factory=Dropping)
        assert store.cursor("INBOX").last_uid == 2 * FETCH_BATCH
        assert store.session.query(SeenMessage).count() == 2 * FETCH_BATCH
        run_cycle(settings, store, now)
        assert store.cursor("INBOX").last_uid == 250
        seen = store.session.query(SeenMessage).filter_by(folder="INBOX").all()
        assert sorted(s.uid for s in seen) == list(range(1, 251))  # each once
