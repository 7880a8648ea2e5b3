"""The daemon: APScheduler runs one cycle every poll interval, never two at once.

Network faults never end the daemon: the cycle is retried with capped exponential back-off
(5 s, 10 s, 20 s … up to the poll interval). SIGTERM/SIGINT let the running step finish, then
exit 0.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from datetime import datetime, timedelta, timezone
from types import FrameType

from apscheduler.schedulers.blocking import BlockingScheduler

from agent.config import Settings
from agent.cycle import Clock, Progress, no_progress, run_cycle, system_clock
from agent.errors import AuthError, LoginRequired, MailboxError, StoreError
from agent.store import Store

log = logging.getLogger("debrief.daemon")

BACKOFF_START = 5.0


class Daemon:
    def __init__(self, settings: Settings, store: Store, clock: Clock = system_clock,
                 progress: Progress = no_progress) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.progress = progress
        self.stopping = threading.Event()
        self.failures = 0
        self.scheduler = BlockingScheduler(timezone=timezone.utc)
        self.shutdown_thread: threading.Thread | None = None
        self.fatal: LoginRequired | None = None  # re-raised by run(): the CLI exits 2

    def backoff(self) -> float:
        """Seconds to wait after `failures` consecutive failed cycles (capped exponential)."""
        delay = BACKOFF_START * 2 ** max(self.failures - 1, 0)
        return min(delay, float(self.settings.poll_interval))

    def cycle(self) -> None:
        if self.stopping.is_set():
            return
        try:
            report = run_cycle(self.settings, self.store, self.clock, progress=self.progress,
                               should_stop=self.stopping.is_set)
        except LoginRequired as exc:  # OAuth2 sign-in revoked: retrying cannot help
            self.store.rollback()
            self.fatal = exc
            self.stop()
            return
        except (MailboxError, StoreError, OSError) as exc:
            self.store.rollback()
            self.failures += 1
            delay = self.backoff()
            kind = "login refused" if isinstance(exc, AuthError) else "mail server unavailable"
            detail = str(exc)
            if isinstance(exc, AuthError) or (isinstance(exc, MailboxError)
                                              and "certificate" in detail):
                from agent.setup_cmds import setting_hint

                detail = f"{detail}; {setting_hint(exc, self.settings)}"
            if isinstance(exc, StoreError):
                from agent.setup_cmds import database_hint, shown_url

                kind = "database unavailable"
                url = self.store.url
                detail = f"{exc} (database {shown_url(url)}; {database_hint(url)})"
            log.warning("%s: %s; retrying in %.0f s", kind, detail, delay)
            self.retry_in(delay)
            return
        except Exception:
            self.store.rollback()
            self.failures += 1
            log.exception("cycle failed unexpectedly; retrying in %.0f s", self.backoff())
            self.retry_in(self.backoff())
            return
        if self.failures:
            log.info("connection restored after %d failed attempt(s)", self.failures)
        self.failures = 0
        if report.opened or report.transitions or report.drafts:
            log.info("cycle done: %d new thread(s), %d draft(s), %d transition(s)",
                     len(report.opened), len(report.drafts), len(report.transitions))

    def retry_in(self, seconds: float) -> None:
        if self.stopping.is_set():
            return
        when = datetime.now(timezone.utc) + timedelta(seconds=seconds)
        with contextlib.suppress(Exception):  # the scheduler is shutting down
            self.scheduler.modify_job("cycle", next_run_time=when)

    def stop(self, signum: int | None = None, _frame: FrameType | None = None) -> None:
        if signum is not None:
            log.info("received %s: finishing the current step, then stopping",
                     signal.Signals(signum).name)
        if self.stopping.is_set():
            return
        self.stopping.set()
        # shutdown(wait=True) waits for the running cycle; not from inside the signal handler.
        self.shutdown_thread = threading.Thread(
            target=self.scheduler.shutdown, kwargs={"wait": True}, daemon=True
        )
        self.shutdown_thread.start()

    def run(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        self.scheduler.add_job(
            self.cycle, "interval", id="cycle", seconds=self.settings.poll_interval,
            next_run_time=datetime.now(timezone.utc), max_instances=1, coalesce=True,
            misfire_grace_time=None,
        )
        log.info("Debrief watching %s@%s every %s s (drafts only; never sends)",
                 self.settings.imap.username, self.settings.imap.host, self.settings.poll_interval)
        self.scheduler.start()
        if self.shutdown_thread is not None:
            self.shutdown_thread.join()  # the running cycle has finished its step
        if self.fatal is not None:
            raise self.fatal
        log.info("stopped")
