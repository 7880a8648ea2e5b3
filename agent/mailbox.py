"""The thin IMAP layer: imapclient behind a small typed interface, errors translated once.

Debrief only ever reads the user's mail (read-only EXAMINE, BODY.PEEK) and APPENDs drafts. It never
stores flags, expunges, moves or sends. Reconnection is the caller's job: on a ConnectError drop the
Mailbox and make a new one.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import ssl
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import DRAFTS, SENT

from agent.errors import AuthError, ConfigError, ConnectError, FolderError, MailboxError

if TYPE_CHECKING:
    from agent.oauth import OAuthTokens

__all__ = [
    "DraftHeaders",
    "FetchedMessage",
    "HeaderMessage",
    "FolderState",
    "FolderStatus",
    "Folders",
    "ImapSettings",
    "Mailbox",
    "DRAFT_NAMES",
    "SENT_NAMES",
]

log = logging.getLogger("debrief.mailbox")

T = TypeVar("T")

SECURITY_MODES = ("ssl", "starttls", "plain")
AUTH_MODES = ("password", "oauth2")

# Fallbacks when the server does not announce SPECIAL-USE, in order of preference.
DRAFT_NAMES = (
    "Drafts", "Draft", "INBOX.Drafts", "INBOX/Drafts", "INBOX.Draft", "[Gmail]/Drafts",
    "[Google Mail]/Drafts", "Entwürfe", "INBOX.Entwürfe", "[Gmail]/Entwürfe", "Brouillons",
    "INBOX.Brouillons", "[Gmail]/Brouillons", "Borradores", "[Gmail]/Borradores", "Bozze",
    "Concepten", "Concepts", "INBOX.Concepts", "Rascunhos", "Utkast", "Kladder", "Luonnokset",
    "Szkice",
)  # fmt: skip
SENT_NAMES = (
    "Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent",
    "INBOX.Sent Items", "INBOX.Sent Messages", "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail",
    "Gesendet", "Gesendete Elemente", "Gesendete Objekte", "INBOX.Gesendet",
    "[Gmail]/Gesendet", "Éléments envoyés", "Messages envoyés", "Envoyés",
    "[Gmail]/Messages envoyés",
    "Enviados", "Elementos enviados", "[Gmail]/Enviados", "Posta inviata", "Inviati",
    "Verzonden items", "Verzonden", "Itens enviados", "Skickat", "Skickade objekt", "Sendt",
    "Sendte elementer", "Lähetetyt", "Wysłane",
)  # fmt: skip

_DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
_APPENDUID = re.compile(rb"\[APPENDUID\s+(\d+)\s+(\d+)\]", re.IGNORECASE)
_MISSING_FOLDER = re.compile(r"NONEXISTENT|TRYCREATE|doesn't exist|does not exist|not found", re.I)


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    security: str = "ssl"  # "ssl" | "starttls" | "plain"
    ca_file: str | None = None
    connect_timeout: float = 15.0
    read_timeout: float = 60.0
    auth: str = "password"  # "password" (LOGIN) | "oauth2" (OAUTHBEARER, else XOAUTH2)
    oauth: OAuthTokens | None = field(default=None, repr=False, compare=False)
    sasl: str = "auto"  # oauth2 only: "auto" | "oauthbearer" | "xoauth2"

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise ValueError(f"security must be one of {', '.join(SECURITY_MODES)}")
        if self.auth not in AUTH_MODES:
            raise ValueError(f"auth must be one of {', '.join(AUTH_MODES)}")
        if self.auth == "oauth2" and self.oauth is None:
            raise ValueError("auth=oauth2 needs an OAuthTokens source")

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class Folders:
    inbox: str
    drafts: str
    sent: str


@dataclass(frozen=True)
class FolderState:
    name: str
    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True)
class FolderStatus:
    """A folder's STATUS, read without selecting it: equal values mean nothing was added or
    removed (and, with HIGHESTMODSEQ, nothing changed)."""

    name: str
    uidvalidity: int
    uidnext: int
    messages: int
    highestmodseq: int | None = None


@dataclass(frozen=True)
class DraftHeaders:
    """The threading headers of one message in Drafts."""

    uid: int
    message_id: str
    thread_ids: tuple[str, ...]  # In-Reply-To and References


@dataclass(frozen=True)
class FetchedMessage:
    folder: str
    uidvalidity: int
    uid: int
    internaldate: datetime | None  # aware, UTC
    size: int  # RFC822.SIZE of the whole message
    raw: bytes = field(repr=False)  # headers + body, at most cap_bytes


@dataclass(frozen=True)
class HeaderMessage:
    """A message's header block and its calendar parts (text/calendar), nothing else."""

    folder: str
    uid: int
    internaldate: datetime | None  # aware, UTC
    headers: bytes = field(repr=False)
    calendars: tuple[tuple[bytes, str], ...] = field(default=(), repr=False)  # (data, encoding)


#: Header fields read for the contact look-up: who, when, what, threading, list markers.
CONVERSATION_FIELDS = (
    "FROM SENDER REPLY-TO TO CC SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES LIST-ID "
    "PRECEDENCE AUTO-SUBMITTED"
)
CALENDAR_TYPES = ((b"text", b"calendar"), (b"application", b"ics"))


class Mailbox:
    """One IMAP connection. Not thread-safe; use one per thread (or per IDLE folder)."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self._client: imapclient.IMAPClient | None = None
        self._selected: FolderState | None = None

    def __repr__(self) -> str:
        s = self.settings
        state = "connected" if self._client is not None else "closed"
        return f"<Mailbox {s.username}@{s.address} {s.security} {state}>"

    # -- connection --------------------------------------------------------------------------

    def connect(self) -> None:
        s = self.settings
        if self._client is not None:
            return
        ctx = None
        if s.security != "plain":
            try:
                ctx = ssl.create_default_context(cafile=s.ca_file)
            except (OSError, ssl.SSLError) as e:  # unreadable or not PEM
                raise ConfigError("DEBRIEF_IMAP_CA_FILE", f"cannot load {s.ca_file}: {e}") from e
        timeout = imapclient.SocketTimeout(connect=s.connect_timeout, read=s.read_timeout)
        log.debug("connecting to %s (%s)", s.address, s.security)
        try:
            client = self._call(
                "connect",
                lambda: imapclient.IMAPClient(
                    s.host,
                    port=s.port,
                    use_uid=True,
                    ssl=s.security == "ssl",
                    ssl_context=ctx,
                    timeout=timeout,
                ),
                connecting=True,
            )
        except ConnectError as exc:
            hint = self._security_mismatch()
            if hint:
                raise ConnectError(f"{s.address}: {hint} ({exc})") from None
            raise
        try:
            client.normalise_times = False  # keep INTERNALDATE's zone; we convert to UTC
            if s.security == "starttls":
                caps = self._call("capability", client.capabilities, connecting=True)
                if b"STARTTLS" not in caps:
                    raise ConnectError(
                        f"{s.address} does not offer STARTTLS; "
                        "use security=ssl (usually port 993) or fix the server"
                    )
                self._call("starttls", lambda: client.starttls(ctx), connecting=True)
            log.debug("login as %s (%s)", s.username, s.auth)
            try:
                if s.auth == "oauth2":
                    self._oauth_login(client)
                else:
                    _remember_capabilities(client, client.login(s.username, s.password))
            except IMAPClientAbortError as e:
                raise self._translate(e, "login", connecting=True) from None
            except (LoginError, IMAPClientError) as e:  # NO/BAD to LOGIN (also LOGINDISABLED)
                if "UNAVAILABLE" in str(e).upper():  # RFC 5530: the server's auth is down
                    raise ConnectError(
                        f"{s.address} cannot authenticate right now (temporary failure)"
                    ) from None
                if s.auth == "oauth2":
                    raise AuthError(
                        f"OAuth2 login refused for {s.username} at {s.address} even with a "
                        "fresh access token (is IMAP enabled for the account, and is "
                        "DEBRIEF_IMAP_USERNAME the address you signed in as?)"
                    ) from None
                raise AuthError(f"login refused for {s.username} at {s.address}") from None
            except OSError as e:
                raise self._translate(e, "login", connecting=True) from None
        except BaseException:
            _shutdown(client)
            raise
        self._client = client
        self._selected = None
        log.debug("connected to %s as %s", s.address, s.username)

    def _oauth_login(self, client: imapclient.IMAPClient) -> None:
        """SASL OAUTHBEARER (RFC 7628) when offered, else XOAUTH2 (Gmail, Outlook).

        A refused token is refreshed once and tried again: the provider may have revoked an
        access token before its announced expiry. A second refusal raises LoginError.
        """
        s = self.settings
        assert s.oauth is not None
        caps = {bytes(c).upper() for c in self._call("capability", client.capabilities,
                                                     connecting=True)}
        mechanism = s.sasl
        if mechanism == "auto":
            if b"AUTH=OAUTHBEARER" in caps:
                mechanism = "oauthbearer"
            elif b"AUTH=XOAUTH2" in caps:
                mechanism = "xoauth2"
            else:
                raise AuthError(f"{s.address} offers neither OAUTHBEARER nor XOAUTH2; "
                                "use DEBRIEF_IMAP_AUTH=password")

        def attempt(token: str) -> None:
            if mechanism == "oauthbearer":
                client.oauthbearer_login(s.username, token)
            else:
                client.oauth2_login(s.username, token)

        try:
            attempt(s.oauth.access_token())
        except LoginError as e:
            if "UNAVAILABLE" in str(e).upper():
                raise
            log.debug("%s refused the OAuth2 access token; refreshing it once", s.address)
            attempt(s.oauth.access_token(force_refresh=True))
        log.debug("OAuth2 login (%s) as %s", mechanism.upper(), s.username)

    def _security_mismatch(self) -> str:
        """After a failed connect: does the port speak the other TLS mode? A one-line hint."""
        s = self.settings
        probe_timeout = min(s.connect_timeout, 5.0)
        if s.security == "ssl":
            greeting = _plain_greeting(s.host, s.port, probe_timeout)
            if greeting is None:
                return ""
            if b"STARTTLS" in greeting.upper():
                return "this port speaks STARTTLS; set DEBRIEF_IMAP_SECURITY=starttls"
            return ("this port speaks plain IMAP without TLS; use the server's TLS port "
                    "(usually 993), or DEBRIEF_IMAP_SECURITY=plain on a trusted network only")
        if _speaks_tls(s.host, s.port, probe_timeout):
            return "this port speaks TLS from the start; set DEBRIEF_IMAP_SECURITY=ssl"
        return ""

    def close(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            _shutdown(client)

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._client is not None

    # -- error translation -------------------------------------------------------------------

    def _call(self, what: str, fn: Callable[[], T], connecting: bool = False) -> T:
        """Run one imapclient call, translating third-party errors into Debrief's."""
        try:
            return fn()
        # OSError covers socket.timeout and ssl.SSLError (SSLCertVerificationError is also a
        # ValueError: translate before anything could let it through as a programming error).
        except (IMAPClientError, OSError) as e:
            err = self._translate(e, what, connecting)
            if isinstance(err, ConnectError) and not connecting:
                # The connection is unusable after a network error or abort: mark it closed.
                client, self._client, self._selected = self._client, None, None
                if client is not None:
                    _shutdown(client)
            raise err from e

    def _translate(self, e: BaseException, what: str, connecting: bool) -> MailboxError:
        addr = self.settings.address
        if isinstance(e, ssl.SSLCertVerificationError):
            detail = e.verify_message or str(e)
            return ConnectError(f"TLS certificate verification failed for {addr}: {detail}")
        if isinstance(e, ssl.SSLError):
            return ConnectError(f"TLS error with {addr}: {e.reason or e}")
        if isinstance(e, (socket.timeout, TimeoutError)):
            return ConnectError(f"timed out talking to {addr} ({what})")
        if isinstance(e, socket.gaierror):
            return ConnectError(f"cannot resolve {self.settings.host}: {e.strerror or e}")
        if isinstance(e, OSError):
            reason = e.strerror or str(e) or type(e).__name__
            if connecting:
                return ConnectError(f"cannot reach {addr}: {reason}")
            return ConnectError(f"connection to {addr} lost ({what}): {reason}")
        if isinstance(e, IMAPClientAbortError):
            return ConnectError(f"connection to {addr} lost ({what}): {_text(e)}")
        if connecting:
            return ConnectError(f"{addr} refused {what}: {_text(e)}")
        return MailboxError(f"{addr} refused {what}: {_text(e)}")

    @property
    def _imap(self) -> imapclient.IMAPClient:
        if self._client is None:
            raise ConnectError(f"not connected to {self.settings.address}")
        return self._client

    # -- folders -----------------------------------------------------------------------------

    def list_folders(self) -> list[tuple[tuple[bytes, ...], str]]:
        """(flags, name) of every folder."""
        rows = self._call("LIST", lambda: self._imap.list_folders())
        return [(tuple(flags), name) for flags, _delim, name in rows]

    def find_folders(self, drafts: str | None = None, sent: str | None = None) -> Folders:
        rows = [
            (tuple(flags), _sep(delim), name)
            for flags, delim, name in self._call("LIST", lambda: self._imap.list_folders())
        ]
        names = [name for _flags, _sep_, name in rows]
        inbox = next((n for n in names if n.upper() == "INBOX"), "INBOX")

        def pick(override: str | None, attr: bytes, candidates: tuple[str, ...], what: str) -> str:
            key = f"DEBRIEF_{what.upper()}_FOLDER"
            if override:
                if override in names:
                    return override
                folded = [n for n in names if n.casefold() == override.casefold()]
                if len(folded) == 1:
                    return folded[0]
                guess = likeliest_folder(rows, attr, candidates, override)
                raise FolderError(
                    f"{what} folder {override!r} ({key}) does not exist on "
                    f"{self.settings.address}" + _folder_help(key, guess, names),
                    existing=names, suggestion=guess, key=key,
                )
            found = likeliest_folder(rows, attr, candidates)
            if found is None:
                raise FolderError(
                    f"no {what} folder found on {self.settings.address}; set {key}"
                    + _folder_help(key, None, names),
                    existing=names, suggestion=None, key=key,
                )
            return found

        found = Folders(
            inbox=inbox,
            drafts=pick(drafts, DRAFTS, DRAFT_NAMES, "Drafts"),
            sent=pick(sent, SENT, SENT_NAMES, "Sent"),
        )
        log.debug("folders: %s", found)
        return found

    def _examine(self, folder: str, refresh: bool = False) -> FolderState:
        """Select `folder` read-only (EXAMINE); reuse the current selection unless `refresh`."""
        if not refresh and self._selected is not None and self._selected.name == folder:
            return self._selected
        self._selected = None
        log.debug("EXAMINE %s", folder)
        try:
            resp = self._call("EXAMINE " + folder, lambda: self._imap.select_folder(folder, True))
        except MailboxError as e:
            if not isinstance(e, ConnectError) and _MISSING_FOLDER.search(str(e)):
                raise FolderError(f"folder {folder!r} does not exist") from e
            raise
        uidnext = resp.get(b"UIDNEXT")
        if uidnext is None:  # required by RFC 3501, but not every server sends it
            status = self._call(
                "STATUS " + folder, lambda: self._imap.folder_status(folder, [b"UIDNEXT"])
            )
            uidnext = status.get(b"UIDNEXT", 0)
        state = FolderState(
            name=folder,
            uidvalidity=int(resp.get(b"UIDVALIDITY", 0)),
            uidnext=int(uidnext),
            exists=int(resp.get(b"EXISTS", 0)),
        )
        self._selected = state
        return state

    def folder_state(self, folder: str) -> FolderState:
        """A fresh EXAMINE of `folder`: UIDVALIDITY, UIDNEXT, EXISTS."""
        return self._examine(folder, refresh=True)

    # -- reading -----------------------------------------------------------------------------

    def new_uids(
        self,
        folder: str,
        last_uid: int | None,
        since: date | None,
        state: FolderState | None = None,
    ) -> tuple[FolderState, list[int]]:
        """UIDs newer than `last_uid` (or, on a first run, since `since`), ascending.

        The caller must compare state.uidvalidity with the one its `last_uid` belongs to: after a
        UIDVALIDITY change `last_uid` means nothing and the caller should pass None. A `state`
        the caller has just read with `folder_state` saves a second EXAMINE.
        """
        if state is None or state.name != folder or self._selected != state:
            state = self.folder_state(folder)
        if last_uid is not None:
            if state.uidnext <= last_uid + 1:
                return state, []
            # RFC 3501: "n:*" always includes the highest UID, even when it is below n.
            uids = self._search(f"UID SEARCH UID {last_uid + 1}:*", ["UID", f"{last_uid + 1}:*"])
            return state, sorted(u for u in uids if u > last_uid)
        criteria: list[Any] = ["SINCE", since] if since is not None else ["ALL"]
        return state, sorted(self._search("UID SEARCH " + str(criteria[0]), criteria))

    def has_capability(self, name: str) -> bool:
        """From the capabilities the server announced at login (asked for only if it did not)."""
        return bool(self._call("CAPABILITY", lambda: self._imap.has_capability(name)))

    def status(self, folder: str) -> FolderStatus:
        """One STATUS of `folder` (HIGHESTMODSEQ too where the server has CONDSTORE)."""
        items = [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"]
        if self.has_capability("CONDSTORE"):
            items.append(b"HIGHESTMODSEQ")
        try:
            resp = self._call("STATUS " + folder, lambda: self._imap.folder_status(folder, items))
        except MailboxError as e:
            if not isinstance(e, ConnectError) and _MISSING_FOLDER.search(str(e)):
                raise FolderError(f"folder {folder!r} does not exist") from e
            raise
        modseq = resp.get(b"HIGHESTMODSEQ")
        return FolderStatus(
            name=folder,
            uidvalidity=int(resp.get(b"UIDVALIDITY", 0)),
            uidnext=int(resp.get(b"UIDNEXT", 0)),
            messages=int(resp.get(b"MESSAGES", 0)),
            highestmodseq=int(modseq) if modseq is not None else None,
        )

    def draft_headers(self, folder: str, uids: list[int]) -> dict[int, DraftHeaders]:
        """Message-ID, In-Reply-To and References of the given UIDs, in one UID FETCH.

        UIDs that are gone are simply missing from the result."""
        wanted = sorted({int(u) for u in uids})
        if not wanted:
            return {}
        self._examine(folder)
        fields = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES)]"
        data = self._call("UID FETCH headers", lambda: self._imap.fetch(wanted, [fields]))
        found = {}
        for uid, item in data.items():
            if uid not in wanted:
                continue
            headers = _header_fields(item)
            ids = _MSGID.findall(headers.get("in-reply-to", "") + " "
                                 + headers.get("references", ""))
            mids = _MSGID.findall(headers.get("message-id", ""))
            found[uid] = DraftHeaders(uid, mids[0] if mids else "", tuple(dict.fromkeys(ids)))
        return found

    def _search(self, what: str, criteria: list[Any]) -> list[int]:
        log.debug("%s", what)
        return [int(u) for u in self._call(what, lambda: self._imap.search(criteria))]

    def fetch(
        self, folder: str, uids: list[int], cap_bytes: int = 262144, batch: int = 50
    ) -> Iterator[FetchedMessage]:
        """Fetch the given UIDs (first `cap_bytes` of each), never setting \\Seen.

        UIDs that vanished since the search are skipped silently.
        """
        for _chunk, messages in self.fetch_batches(folder, uids, cap_bytes, batch):
            yield from messages

    def fetch_batches(
        self, folder: str, uids: list[int], cap_bytes: int = 262144, batch: int = 50
    ) -> Generator[tuple[list[int], list[FetchedMessage]], None, None]:
        """(UIDs asked for, messages fetched) per UID FETCH of at most `batch` UIDs, ascending;
        UIDs expunged since the search have no message. BODY.PEEK: nothing is marked read."""
        if cap_bytes <= 0 or batch <= 0:
            raise ValueError("cap_bytes and batch must be positive")
        wanted = sorted({int(u) for u in uids})
        body = f"BODY.PEEK[]<0.{cap_bytes}>"
        for i in range(0, len(wanted), batch):
            chunk = wanted[i : i + batch]
            state = self._examine(folder)
            log.debug("UID FETCH %s uids %d..%d (%d)", folder, chunk[0], chunk[-1], len(chunk))
            data = self._call(
                "UID FETCH",
                partial(self._imap.fetch, chunk, [body, "INTERNALDATE", "RFC822.SIZE"]),
            )
            messages = []
            for uid in chunk:
                item = data.get(uid)
                if item is None:
                    continue  # expunged between search and fetch
                raw = _body(item)
                if raw is None:
                    continue
                messages.append(FetchedMessage(
                    folder=folder,
                    uidvalidity=state.uidvalidity,
                    uid=uid,
                    internaldate=_utc(item.get(b"INTERNALDATE")),
                    size=int(item.get(b"RFC822.SIZE") or len(raw)),
                    raw=raw[:cap_bytes],
                ))
            yield chunk, messages

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        """UIDs whose `header` contains `value` (server-side substring match), ascending."""
        self._examine(folder)
        return sorted(self._search(f"UID SEARCH HEADER {header}", ["HEADER", header, value]))

    def find_message_ids(self, folder: str, message_ids: list[str]) -> dict[str, list[int]]:
        """For each Message-ID, the UIDs whose Message-ID header is exactly that id.

        The server's HEADER search is a substring (or, on some servers, fuzzy) match, so hits are
        confirmed by reading their Message-ID header.
        """
        result: dict[str, list[int]] = {}
        for mid in message_ids:
            hits = self.search_header(folder, "Message-ID", mid)
            if not hits:
                result[mid] = []
                continue
            data = self._call(
                "UID FETCH Message-ID",
                partial(self._imap.fetch, hits, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]),
            )
            want = _norm_mid(mid)
            result[mid] = sorted(
                uid
                for uid, item in data.items()
                if _norm_mid(_header_value(item)) == want and uid in hits
            )
        return result

    def message_ids(self, folder: str, uids: list[int], batch: int = 500) -> dict[int, str]:
        """uid -> Message-ID (as the parser reads it, "" when missing), from headers alone."""
        from agent.core.message import parse_message

        result: dict[int, str] = {}
        wanted = sorted({int(u) for u in uids})
        for i in range(0, len(wanted), batch):
            chunk = wanted[i : i + batch]
            self._examine(folder)
            data = self._call(
                "UID FETCH Message-ID",
                partial(self._imap.fetch, chunk, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]),
            )
            for uid, item in data.items():
                raw = next((bytes(v or b"") for k, v in item.items()
                            if isinstance(k, bytes) and k.upper().startswith(b"BODY[HEADER")), b"")
                try:
                    result[int(uid)] = parse_message(raw).message_id
                except Exception:  # hostile header: fetch the whole message as usual
                    result[int(uid)] = ""
        return result

    def find_replies_to(self, folder: str, message_id: str) -> list[int]:
        """UIDs whose In-Reply-To or References contain `message_id` (give it with <>)."""
        self._examine(folder)
        criteria = ["OR", "HEADER", "In-Reply-To", message_id, "HEADER", "References", message_id]
        return sorted(self._search("UID SEARCH OR HEADER In-Reply-To/References", criteria))

    # -- the contact look-up: headers only ---------------------------------------------------

    def search_correspondence(self, folder: str, since: date, terms: list[str],
                              subject: str | list[str] = "", limit: int = 300) -> list[int]:
        """UIDs since `since` whose From, To or Cc contains one of `terms` (domains, name forms)
        or whose Subject contains `subject` (or one of several): one UID SEARCH. The newest
        `limit`, ascending.

        Terms come from mail: each is made one line without control characters first, or a
        CR/LF would end the command early (a literal marker then stalls it until timeout)."""
        terms = [t for t in dict.fromkeys(_one_line(t) for t in terms) if t]
        subjects = [subject] if isinstance(subject, str) else list(subject)
        subjects = [t for t in dict.fromkeys(_one_line(t) for t in subjects) if t]
        keys: list[list[Any]] = []
        for term in terms:
            keys += [["FROM", term], ["TO", term], ["CC", term]]
        for one in subjects:
            keys.append(["SUBJECT", one])
        if not keys:
            return []
        criteria: list[Any] = ["SINCE", since]
        for key in keys[:-1]:  # OR is binary: OR k1 OR k2 ... k(n-1) kn
            criteria += ["OR", *key]
        criteria += keys[-1]
        charset = None if all(str(c).isascii() for c in criteria) else "UTF-8"
        self._examine(folder)
        log.debug("UID SEARCH %s SINCE %s (%d terms)", folder, since, len(keys))
        uids = self._call("UID SEARCH correspondence",
                          lambda: self._imap.search(criteria, charset=charset))
        return sorted(int(u) for u in uids)[-limit:]

    def address_headers(self, folder: str, since: date,
                        batch: int = 2000) -> list[tuple[int, bytes]]:
        """(uid, From/To/Cc/Subject header block) of every message since `since`, ascending:
        one UID SEARCH SINCE and a UID FETCH of those four fields per `batch`. Never \\Seen.

        Tens of thousands of small items: their responses are read by imaplib (under
        imapclient) and split by `address_items`, not by imapclient's general parser, which
        took three times as long as the server to answer. Anything `address_items` cannot
        place is fetched again through imapclient."""
        self._examine(folder)
        uids = sorted(self._search("UID SEARCH SINCE", ["SINCE", since]))
        raw_imap = getattr(self._imap, "_imap", None)
        found: dict[int, bytes] = {}
        for chunk in _short_chunks(uids, batch):
            self._examine(folder)
            missing = chunk
            if raw_imap is not None and hasattr(raw_imap, "uid"):
                data = self._call("UID FETCH address headers", partial(
                    _raw_uid_fetch, raw_imap, chunk, f"(UID {_ADDRESS_ITEM})"))
                got = address_items(data)
                found.update((u, got[u]) for u in chunk if u in got)
                missing = [u for u in chunk if u not in got]
            if missing:
                parsed = self._call("UID FETCH address headers",
                                    partial(self._imap.fetch, missing, [_ADDRESS_ITEM]))
                for uid in missing:
                    item = parsed.get(uid)
                    if item is not None:
                        found[uid] = next((bytes(v or b"") for k, v in item.items()
                                           if isinstance(k, bytes)
                                           and k.upper().startswith(b"BODY[HEADER")), b"")
        return sorted(found.items())

    def fetch_headers(self, folder: str, uids: list[int], calendar_cap: int = 65536,
                      batch: int = 100) -> list[HeaderMessage]:
        """Header fields, BODYSTRUCTURE and INTERNALDATE of `uids`; then, only for messages
        with one, their text/calendar parts (the first `calendar_cap` bytes). Never \\Seen."""
        wanted = sorted({int(u) for u in uids})
        headers_item = f"BODY.PEEK[HEADER.FIELDS ({CONVERSATION_FIELDS})]"
        found: dict[int, tuple[datetime | None, bytes, list[tuple[str, str]]]] = {}
        for i in range(0, len(wanted), batch):
            chunk = wanted[i : i + batch]
            self._examine(folder)
            data = self._call(
                "UID FETCH headers",
                partial(self._imap.fetch, chunk,
                        [headers_item, "BODYSTRUCTURE", "INTERNALDATE"]),
            )
            for uid in chunk:
                item = data.get(uid)
                if item is None:
                    continue
                raw = b""
                for key, value in item.items():
                    if isinstance(key, bytes) and key.upper().startswith(b"BODY[HEADER"):
                        raw = bytes(value or b"")
                parts = _calendar_parts(item.get(b"BODYSTRUCTURE"))
                found[uid] = (_utc(item.get(b"INTERNALDATE")), raw, parts)
        calendars: dict[int, list[tuple[bytes, str]]] = {}
        by_part: dict[str, list[int]] = {}
        for uid, (_, _, parts) in found.items():
            for part, _encoding in parts[:3]:
                by_part.setdefault(part, []).append(uid)
        for part, part_uids in by_part.items():
            item_name = f"BODY.PEEK[{part}]<0.{calendar_cap}>"
            data = self._call(
                "UID FETCH calendar",
                partial(self._imap.fetch, part_uids, [item_name]),
            )
            prefix = f"BODY[{part}]".encode()
            for uid in part_uids:
                for key, value in (data.get(uid) or {}).items():
                    if isinstance(key, bytes) and key.upper().startswith(prefix) and value:
                        encoding = dict(found[uid][2]).get(part, "")
                        calendars.setdefault(uid, []).append((bytes(value), encoding))
        return [
            HeaderMessage(folder=folder, uid=uid, internaldate=when, headers=raw,
                          calendars=tuple(calendars.get(uid, ())))
            for uid, (when, raw, _) in sorted(found.items())
        ]

    # -- writing -----------------------------------------------------------------------------

    def append_draft(self, folder: str, raw: bytes, when: datetime) -> int | None:
        """APPEND `raw` as a draft (flags \\Draft \\Seen in the same command).

        Returns the new UID from APPENDUID, or None when the server has no UIDPLUS.
        A naive `when` is taken as UTC.
        """
        if not isinstance(raw, bytes):
            raise TypeError("raw must be bytes")
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        log.debug("APPEND %s (%d bytes) as draft", folder, len(raw))
        try:
            resp = self._call(
                "APPEND " + folder,
                lambda: self._imap.append(folder, raw, flags=_DRAFT_FLAGS, msg_time=when),
            )
        except MailboxError as e:
            if not isinstance(e, ConnectError) and _MISSING_FOLDER.search(str(e)):
                raise FolderError(f"folder {folder!r} does not exist") from e
            raise
        if isinstance(resp, str):
            resp = resp.encode()
        m = _APPENDUID.search(resp or b"")
        uid = int(m.group(2)) if m else None
        log.debug("APPEND done: uid %s", uid)
        return uid


# -- helpers ---------------------------------------------------------------------------------


def likeliest_folder(
    rows: list[tuple[tuple[bytes, ...], str, str]],
    attr: bytes,
    candidates: tuple[str, ...],
    wanted: str | None = None,
) -> str | None:
    """The folder that most likely plays a role, from LIST rows (flags, separator, name).

    By SPECIAL-USE attribute first; then by a list of common names (exact, then ignoring case);
    then by the last part of a hierarchical name ("INBOX.Entwürfe"); then, for a name the user
    gave (`wanted`), a folder whose last part is that name ("Drafts" -> "INBOX.Drafts").
    """
    names = [name for _f, _s, name in rows]
    for flags, _, name in rows:
        if any(bytes(f).lower() == attr.lower() for f in flags):
            return name
    for cand in candidates:
        if cand in names:
            return cand
    for cand in candidates:
        for name in names:
            if name.casefold() == cand.casefold():
                return name
    leaves = [c.casefold() for c in candidates if "/" not in c and "." not in c]
    if wanted:
        leaves.insert(0, _leaf(wanted, "/.").casefold())
    for leaf in leaves:
        for _flags, sep, name in rows:
            if _leaf(name, sep).casefold() == leaf:
                return name
    return None


_ATOM_SPECIALS = re.compile(r"[(){}%*\]]")


def _one_line(text: str, limit: int = 200) -> str:
    """A search string imapclient sends as one safe token: no control characters (CR, LF,
    NUL ...), and no IMAP specials, which it does not quote ('{5}' ending the line announces
    a literal and the server waits for it). Of the pieces between specials the longest is
    kept: a substring search for it finds a superset, and the choice filters afterwards."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in text or "").split())
    pieces = [p.strip() for p in _ATOM_SPECIALS.split(flat)]
    return max(pieces, key=len, default="")[:limit]


def _leaf(name: str, seps: str) -> str:
    for sep in seps or "":
        name = name.rsplit(sep, 1)[-1]
    return name


def _sep(delim: Any) -> str:
    if isinstance(delim, bytes):
        return delim.decode(errors="replace")
    return delim or ""


def _folder_help(key: str, guess: str | None, names: list[str], limit: int = 40) -> str:
    shown = ", ".join(repr(n) for n in sorted(names)[:limit])
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    hint = f"; did you mean {key}={guess}?" if guess else ""
    return f"{hint} Folders there: {shown or '(none)'}{more}"


def _plain_greeting(host: str, port: int, timeout: float) -> bytes | None:
    """The greeting of a plain-text IMAP server on host:port (with CAPABILITY), else None."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            greeting = sock.recv(4096)
            if not greeting.startswith((b"* OK", b"* PREAUTH")):
                return None
            if b"CAPABILITY" not in greeting.upper():
                sock.sendall(b"a1 CAPABILITY\r\n")
                greeting += sock.recv(4096)
            return greeting
    except OSError:
        return None


def _speaks_tls(host: str, port: int, timeout: float) -> bool:
    """True when host:port completes a TLS handshake (certificate not checked: a probe only,
    nothing is sent over it)."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            with ctx.wrap_socket(sock, server_hostname=host):
                return True
    except (OSError, ValueError):
        return False


def _shutdown(client: imapclient.IMAPClient) -> None:
    with contextlib.suppress(Exception):
        client.shutdown()


def _text(e: BaseException) -> str:
    msg = str(e)
    if msg.startswith("b'") or msg.startswith('b"'):
        msg = msg[2:-1]
    return msg or type(e).__name__


def _body(item: dict[bytes, Any]) -> bytes | None:
    for key, value in item.items():
        if isinstance(key, bytes) and key.upper().startswith(b"BODY[]"):
            return bytes(value) if value is not None else b""
    return None


def _calendar_parts(structure: Any, prefix: str = "") -> list[tuple[str, str]]:
    """(part number, transfer encoding) of every text/calendar part in a BODYSTRUCTURE."""
    if not isinstance(structure, (tuple, list)) or not structure:
        return []
    found: list[tuple[str, str]] = []
    if getattr(structure, "is_multipart", False) or isinstance(structure[0], list):
        children = structure[0] if isinstance(structure[0], list) else []
        for number, child in enumerate(children[:50], start=1):
            found += _calendar_parts(child, f"{prefix}{number}.")
        return found
    kind = tuple(bytes(v).lower() if isinstance(v, (bytes, bytearray)) else b""
                 for v in structure[:2])
    if kind in CALENDAR_TYPES:
        encoding = structure[5] if len(structure) > 5 else b""
        text = bytes(encoding).decode("ascii", "replace") if isinstance(encoding, bytes) else ""
        found.append((prefix.rstrip(".") or "1", text.lower()))
    return found


def _utc(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


_MSGID = re.compile(r"<[^<>\s]{1,500}>")


def _remember_capabilities(client: imapclient.IMAPClient, response: Any) -> None:
    """Keep the capabilities the server sent with its LOGIN reply (RFC 3501 7.1), so that
    nothing asks for them again. imapclient only caches an untagged CAPABILITY response."""
    text = response if isinstance(response, bytes) else str(response or "").encode()
    m = re.match(rb"\s*\[CAPABILITY ([^\]]*)\]", text, re.IGNORECASE)
    if m:
        client._cached_capabilities = tuple(m.group(1).upper().split())


def _header_fields(item: dict[bytes, Any]) -> dict[str, str]:
    """Header fields of a BODY[HEADER.FIELDS (...)] reply, unfolded, by lower-case name."""
    for key, value in item.items():
        if isinstance(key, bytes) and key.upper().startswith(b"BODY[HEADER"):
            text = bytes(value or b"").decode("ascii", errors="replace")
            text = re.sub(r"\r?\n[ \t]+", " ", text)
            fields: dict[str, str] = {}
            for line in text.splitlines():
                name, sep, rest = line.partition(":")
                if sep:
                    fields.setdefault(name.strip().lower(), rest.strip())
            return fields
    return {}


_ADDRESS_ITEM = "BODY.PEEK[HEADER.FIELDS (FROM TO CC SUBJECT)]"
_FETCH_UID = re.compile(rb"\bUID\s+(\d+)", re.IGNORECASE)
_FETCH_BODY = re.compile(rb"BODY\[HEADER\.FIELDS", re.IGNORECASE)
_EMPTY_BODY = re.compile(rb'BODY\[HEADER\.FIELDS[^\]]*\]\s+(?:""|NIL)', re.IGNORECASE)


def _raw_uid_fetch(raw_imap: Any, uids: list[int], items: str) -> list[Any]:
    """imaplib's UID FETCH: the untagged FETCH data as imaplib returns it."""
    typ, data = raw_imap.uid("FETCH", sequence_set(uids), items)
    if typ != "OK":
        raise IMAPClientError(f"UID FETCH failed: {data!r}"[:300])
    return list(data or [])


SEQUENCE_SET_OCTETS = 7000  # as SEARCH_COMMAND_OCTETS: RFC 7162 asks for lines under 8192


def _short_chunks(uids: list[int], most: int) -> Iterator[list[int]]:
    """`uids` (sorted) in chunks of at most `most` whose sequence set (and so the FETCH command,
    also imapclient's, which lists every UID) stays under SEQUENCE_SET_OCTETS: a sparse run
    of 2,000 six-digit UIDs is 14,000 octets, more than some servers take."""
    chunk: list[int] = []
    octets = 0
    for uid in uids:
        size = len(str(uid)) + 1
        if chunk and (len(chunk) >= most or octets + size > SEQUENCE_SET_OCTETS):
            yield chunk
            chunk, octets = [], 0
        chunk.append(uid)
        octets += size
    if chunk:
        yield chunk


def sequence_set(uids: list[int]) -> str:
    """'3:5,9,11:12' for [3, 4, 5, 9, 11, 12] (sorted, distinct)."""
    runs: list[str] = []
    start = prev = None
    for uid in sorted(set(uids)):
        if prev is not None and uid == prev + 1:
            prev = uid
            continue
        if start is not None:
            runs.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = uid
    if start is not None:
        runs.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(runs)


def address_items(data: list[Any]) -> dict[int, bytes]:
    """uid -> header block from imaplib's FETCH data for `(UID BODY[HEADER.FIELDS (...)])`.

    imaplib gives a response with a literal as (b'12 (UID 40 BODY[...] {93}', literal)
    followed by the rest of its line (b')', or b' UID 40)' when the server puts the UID
    last), and one without a literal as plain bytes (an empty "" or NIL block). Anything
    else (an unsolicited FLAGS update, say) is left out, and so is a response whose UID
    cannot be read: the caller fetches those again the ordinary way."""
    found: dict[int, bytes] = {}
    n = 0
    while n < len(data):
        item = data[n]
        n += 1
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], bytes):
            head, literal = item
            if not _FETCH_BODY.search(head):
                continue
            m = _FETCH_UID.search(head)
            if m is None and n < len(data) and isinstance(data[n], bytes):
                m = _FETCH_UID.search(data[n])
            if m is not None:
                found[int(m.group(1))] = bytes(literal or b"")
        elif isinstance(item, bytes) and _EMPTY_BODY.search(item):
            m = _FETCH_UID.search(item)
            if m is not None:
                found[int(m.group(1))] = b""
    return found


def _header_value(item: dict[bytes, Any]) -> str:
    for key, value in item.items():
        if isinstance(key, bytes) and key.upper().startswith(b"BODY[HEADER"):
            text = bytes(value or b"").decode("ascii", errors="replace")
            # Unfold and drop the field name.
            text = re.sub(r"\r?\n[ \t]+", " ", text).strip()
            _, _, v = text.partition(":")
            return v.strip()
    return ""


def _norm_mid(mid: str) -> str:
    mid = mid.strip()
    if mid.startswith("<") and mid.endswith(">"):
        mid = mid[1:-1]
    return mid.strip()
