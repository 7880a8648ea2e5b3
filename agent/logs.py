"""Logging: one human-readable line per event, journald-friendly, secrets redacted."""

from __future__ import annotations

import logging
import os
import sys
from datetime import datetime, timezone, tzinfo


class RedactSecrets(logging.Filter):
    """Replace every known secret in a record's final text (message, args, traceback)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 3]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "********")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg = self.redact(message)
        record.args = None
        return True


_FILTER = RedactSecrets([])


class ZonedFormatter(logging.Formatter):
    """Stamps lines in the user's zone with its abbreviation (`2026-11-16 11:00:05 CET`), the
    zone the commands' own output uses, not the machine's. Until the settings are read the zone
    is DEBRIEF_TIMEZONE from the environment, else the machine's local time."""

    tz: tzinfo | None = None

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        stamp = datetime.fromtimestamp(record.created, self.tz or timezone.utc)
        if self.tz is None:
            stamp = stamp.astimezone()  # the machine's zone
        return stamp.strftime(datefmt or "%Y-%m-%d %H:%M:%S %Z")


def _zone_from_environment() -> tzinfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("DEBRIEF_TIMEZONE", "").strip()
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None  # the settings report it; until then, the machine's zone


def use_timezone(tz: tzinfo) -> None:
    """From now on, stamp log lines in `tz` (the settings' DEBRIEF_TIMEZONE)."""
    ZonedFormatter.tz = tz


def under_journald() -> bool:
    """True under systemd with standard error going to the journal: systemd then sets
    JOURNAL_STREAM, and journald stamps every line with the time itself."""
    return bool(os.environ.get("JOURNAL_STREAM"))


def setup_logging(verbosity: int = 0) -> None:
    """0: Debrief's info lines; 1 (-v): Debrief's debug lines too; 2 (-vv): libraries' debug lines
    as well (SQLAlchemy, APScheduler). imapclient's debug output is never shown: it prints
    whole messages. Under journald no timestamps: the journal adds its own; elsewhere lines are
    stamped in the user's zone (see `ZonedFormatter`)."""
    handler = logging.StreamHandler(sys.stderr)
    if under_journald():
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    else:
        ZonedFormatter.tz = _zone_from_environment()
        handler.setFormatter(ZonedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_FILTER)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)
    logging.getLogger("debrief").setLevel(logging.DEBUG if verbosity >= 1 else logging.INFO)
    # Alembic announces every migration step at INFO: a user's first run is not the place.
    for library in ("apscheduler", "sqlalchemy", "tzlocal", "asyncio", "alembic", "authlib",
                    "urllib3"):
        logging.getLogger(library).setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
    # SQLAlchemy's echo loggers set their own level on first use; only -vv lets them speak.
    if verbosity < 2:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        logging.getLogger("sqlalchemy.pool").setLevel(logging.WARNING)
    # imapclient's debug log prints whole message bodies (FETCH, APPEND): never, even with -vv.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    if verbosity < 2:
        logging.getLogger("apscheduler.executors.default").setLevel(logging.ERROR)


def add_secret(secret: str) -> None:
    """Never let this string reach a log line."""
    if secret and len(secret) >= 3 and secret not in _FILTER.secrets:
        _FILTER.secrets.append(secret)
