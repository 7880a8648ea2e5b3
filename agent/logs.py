"""Logging: one human-readable line per event, journald-friendly, secrets redacted."""

from __future__ import annotations

import logging
import os
import sys


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


def setup_logging(verbose: bool = False) -> None:
    """Under systemd (JOURNAL_STREAM) journald stamps the time; elsewhere we do."""
    handler = logging.StreamHandler(sys.stderr)
    if os.environ.get("JOURNAL_STREAM"):
        fmt = "%(levelname)s %(name)s: %(message)s"
    else:
        fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt, datefmt="%Y-%m-%d %H:%M:%S"))
    handler.addFilter(_FILTER)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("apscheduler", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    # imapclient's debug log prints whole message bodies (FETCH, APPEND): never, even with -v.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    if not verbose:
        logging.getLogger("apscheduler.executors.default").setLevel(logging.ERROR)


def add_secret(secret: str) -> None:
    """Never let this string reach a log line."""
    if secret and len(secret) >= 3 and secret not in _FILTER.secrets:
        _FILTER.secrets.append(secret)
