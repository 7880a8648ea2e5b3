"""Debrief's errors. Third-party errors are translated once, at the boundary, into these.

    DebriefError
    ├── ConfigError        a setting is missing or invalid (CLI: one line, exit 2)
    ├── MailboxError       the IMAP server could not be reached or refused a command
    │   ├── ConnectError   network, TLS or timeout: transient, retried with back-off
    │   ├── AuthError      login refused
    │   │   └── LoginRequired  OAuth2: no usable refresh token; run `debrief login` (exit 2)
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


class LoginRequired(AuthError):
    """The OAuth2 sign-in is missing, revoked or expired: only a person can fix it."""


class FolderError(MailboxError):
    """`existing`: the folders the server listed; `suggestion`: the likeliest one for `key`."""

    def __init__(self, message: str, existing: list[str] | None = None,
                 suggestion: str | None = None, key: str = "") -> None:
        super().__init__(message)
        self.existing = list(existing or [])
        self.suggestion = suggestion
        self.key = key


class StoreError(DebriefError):
    pass


class AlreadyRunning(DebriefError):
    pass
