"""The daemon's back-off after failed cycles: doubling from 5 s, capped at the poll interval."""

from agent.config import load_settings
from agent.daemon import Daemon


def settings(poll_interval: int):
    return load_settings(environ={
        "DEBRIEF_IMAP_HOST": "127.0.0.1", "DEBRIEF_IMAP_USERNAME": "u",
        "DEBRIEF_IMAP_PASSWORD": "p", "DEBRIEF_IMAP_SECURITY": "plain",
        "DEBRIEF_DATABASE_URL": "sqlite://", "DEBRIEF_YOUR_NAME": "Alex",
        "DEBRIEF_YOUR_EMAIL": "alex@example.org", "DEBRIEF_POLL_INTERVAL": str(poll_interval),
    })


def delays(poll_interval: int, failures: int) -> list[float]:
    daemon = Daemon(settings(poll_interval), store=None)  # type: ignore[arg-type]
    out = []
    for n in range(1, failures + 1):
        daemon.failures = n
        out.append(daemon.backoff())
    return out


def test_backoff_doubles_then_stops_at_the_poll_interval():
    assert delays(60, 7) == [5, 10, 20, 40, 60, 60, 60]
    assert delays(300, 9) == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert delays(3600, 40)[-1] == 3600  # no overflow, still capped after many failures
