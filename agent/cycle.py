"""One cycle: fetch what is new, ask the core what it means and what to do, carry it out.

The decisions are the core's: `core.matching` (which thread a message belongs to, and as
what), `core.planner` (whether a rejection opens a thread and how its drafts speak, when a
request is due, which draft to whom), `core.lifecycle` (every state change). The shell's steps,
in order:
1. INBOX (`sync` + `intake`): new rejections open threads; answers and auto-replies are
   attached to their thread;
2. Sent: a message referencing a rejection means the user sent (or wrote) an answer;
3. a draft whose APPEND may have happened before a crash is looked for before anyone appends
   it again (`journal.recover_intents`);
4. Drafts: one STATUS says whether anything changed; only then are the waiting drafts looked up
   (`journal.check_drafts`);
5. each open thread walks the state table until it waits, placing drafts as the table says
   (`executor`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from agent import journal, sync
from agent.config import Settings
from agent.core.classify import Verdict, recognise
from agent.core.lifecycle import Policy
from agent.core.message import ParsedMessage
from agent.core.planner import You
from agent.drafting import new_message_id
from agent.errors import FolderError
from agent.executor import Executor
from agent.intake import Intake, search_ahead
from agent.lookahead import EarlierMailAhead
from agent.mailbox import Mailbox
from agent.poll import (
    Clock,
    CycleReport,
    Poll,
    Progress,
    fixed_clock,
    no_fault,
    no_progress,
    system_clock,
)
from agent.store import Store


class Cycle:
    """One cycle over one mailbox connection and one store. Use `run_cycle`."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        mailbox: Mailbox,
        now: datetime,
        *,
        dry_run: bool = False,
        progress: Progress = no_progress,
        should_stop: Callable[[], bool] = lambda: False,
        classifier: Callable[[ParsedMessage], Verdict] = recognise,
        message_ids: Callable[[], str] | None = None,
        fault: Callable[[str], None] = no_fault,
        second_mailbox: Callable[[], Mailbox] | None = None,
    ) -> None:
        """`second_mailbox` opens another connection for the earlier-mail searches of a long
        scan (see `agent.lookahead`); without it they wait for the scan's end."""
        self.second_mailbox = second_mailbox
        self.poll = Poll(settings, store, mailbox, now, dry_run=dry_run, progress=progress,
                         should_stop=should_stop, fault=fault)
        policy = Policy(silence=timedelta(days=settings.silence_days))
        self.intake = Intake(self.poll, policy, classifier)
        self.executor = Executor(
            self.poll, policy, You(settings.your_name, settings.your_email),
            message_ids or (lambda: new_message_id(settings.your_email)))

    @property
    def report(self) -> CycleReport:
        return self.poll.report

    def run(self) -> CycleReport:
        poll = self.poll
        folders = sync.find_folders(poll)
        poll.reindex()
        ahead = (EarlierMailAhead(self.second_mailbox, folders)
                 if self.second_mailbox is not None else None)
        try:
            sync.sync(poll, folders.inbox, self.intake.inbox,
                      (lambda: search_ahead(poll, ahead)) if ahead is not None else None)
            if not poll.report.stopped:
                sync.sync(poll, folders.sent, self.intake.sent)
            if not poll.report.stopped:
                # After both syncs: a recovered draft the user has since sent is seen in Sent.
                journal.recover_intents(poll, folders)
                drafts = journal.check_drafts(poll, folders)
                self.executor.step_threads(folders, drafts, ahead)
        except FolderError:
            poll.store.rollback()
            poll.store.forget_folders()  # renamed or deleted: LIST again next time
            poll.store.commit()
            raise
        finally:
            if ahead is not None:
                ahead.close()
        return poll.report


def run_cycle(
    settings: Settings,
    store: Store,
    clock: Clock = system_clock,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    should_stop: Callable[[], bool] = lambda: False,
    mailbox_factory: Callable[..., Mailbox] = Mailbox,
    fault: Callable[[str], None] = no_fault,
) -> CycleReport:
    """Connect, run one cycle, disconnect. Raises MailboxError/StoreError on outages."""
    if store.all_accounts:  # a cycle must see only its own account's threads and cursors
        raise ValueError("run_cycle needs a store of one account (all_accounts=False)")
    now = clock()
    with mailbox_factory(settings.imap) as mailbox:
        return Cycle(settings, store, mailbox, now, dry_run=dry_run, progress=progress,
                     should_stop=should_stop, fault=fault,
                     second_mailbox=lambda: mailbox_factory(settings.imap)).run()


__all__ = ["Clock", "Cycle", "CycleReport", "Progress", "fixed_clock", "no_progress",
           "run_cycle", "system_clock"]
