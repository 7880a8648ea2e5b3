"""Debrief's errors. Third-party errors are translated once, at the boundary, into these.

    DebriefError
    ├── ConfigError        a setting is missing or invalid (CLI: one line, exit 2)
    ├── MailboxError       the IMAP server could not be reached or refused a command
    │   ├── ConnectError   network, TLS or timeout: transient, retried with back-off
    │   ├── AuthError      login refused
    │   └── FolderError    a folder (Drafts, Sent) could not be found
    ├── StoreError         the database could not be used
    └── AlreadyRunning     another Debrief holds the lock on this database
"""

from __future__ import annotations


class DebriefError(Exception):
    """Base of every error Debrief raises on purpose."""


class ConfigError(DebriefError):
    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


class MailboxError(DebriefError):
    pass


class ConnectError(MailboxError):
    pass


class AuthError(MailboxError):
    pass


class FolderError(MailboxError):
    pass


class StoreError(DebriefError):
    pass


class AlreadyRunning(DebriefError):
    pass
