"""Carrying out the table: each open thread walks `core.lifecycle` until it waits; a step that
places a draft places it exactly once through the intent journal (the intent, with its
Message-ID, commits before the APPEND); every state change is logged and committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from jinja2.sandbox import ImmutableSandboxedEnvironment

from agent.contact_lookup import Correspondence
from agent.core import lifecycle, planner
from agent.core.lifecycle import Action, Policy, Reason, State
from agent.core.planner import Answer, You
from agent.drafting import template_environment
from agent.intake import look_up_earlier_mail, needs_look_up, prefetch_earlier_mail
from agent.journal import DraftsSeen
from agent.lookahead import EarlierMailAhead
from agent.mailbox import Folders
from agent.poll import Poll, is_transient
from agent.store import SeenMessage, Thread

log = logging.getLogger("debrief.cycle")

MAX_STEPS = 10  # transitions per thread per cycle; the table has no loops, this is a fuse


def answer_of(row: SeenMessage) -> Answer:
    return Answer(message_id=row.dedupe_key, at=row.message_date, kind=row.reason,
                  sender=row.sender, sender_name=row.sender_name)


class Executor:
    def __init__(self, poll: Poll, policy: Policy, you: You,
                 new_message_id: Callable[[], str]) -> None:
        self.poll = poll
        self.policy = policy
        self.you = you
        self.new_message_id = new_message_id
        self.drafts = DraftsSeen()
        self.answers: dict[int, list[Answer]] = {}
        self._templates: ImmutableSandboxedEnvironment | None = None

    @property
    def templates(self) -> ImmutableSandboxedEnvironment:
        """The sandboxed templates, read on first use (an idle poll never reads them)."""
        if self._templates is None:
            self._templates = template_environment(self.poll.settings.templates_dir)
        return self._templates

    def step_threads(self, folders: Folders, drafts: DraftsSeen,
                     ahead: EarlierMailAhead | None = None) -> None:
        poll, store = self.poll, self.poll.store
        self.drafts = drafts
        live = [t for t in poll.index
                if not lifecycle.is_final(State(t.state), Reason.of(t.reason))]
        self.answers = {
            tid: [answer_of(row) for row in rows]
            for tid, rows in store.answers_by_thread(t.id for t in live).items()
        }
        ordered = sorted(live, key=lambda t: t.id)
        wanted = [t for t in ordered if needs_look_up(t)]
        earlier = ahead.take(t.id for t in wanted) if ahead is not None else {}
        earlier.update(prefetch_earlier_mail(poll, [t for t in wanted if t.id not in earlier],
                                             folders))
        for thread in ordered:
            if poll.stop_requested():
                return
            try:
                self.step_thread(thread, folders, earlier.get(thread.id))
            except Exception as exc:
                if is_transient(exc):
                    raise
                store.rollback()
                log.exception("thread %s: step failed (%s); will retry next cycle",
                              thread.id, type(exc).__name__)
        store.commit()

    def facts(self, thread: Thread) -> lifecycle.ThreadFacts:
        return planner.thread_facts(thread, self.answers.get(thread.id, []),
                                    self.drafts.present.get(thread.id), self.policy,
                                    self.poll.settings.draft_stages)

    def step_thread(self, thread: Thread, folders: Folders,
                    earlier: Correspondence | None = None) -> None:
        poll, now = self.poll, self.poll.now
        if needs_look_up(thread):
            look_up_earlier_mail(poll, thread, folders, earlier)
        for _ in range(MAX_STEPS):
            step = lifecycle.next_step(self.facts(thread), now, self.policy)
            if step is None:
                break
            action = step.transition.action
            if action is not Action.NONE and not self.place(thread, action, folders):
                break
            old = thread.state
            why = step.transition.reason.value or step.event.value
            thread.state = step.transition.to.value
            thread.reason = step.transition.reason.value
            if step.transition.reason is Reason.STAGE_NOT_WANTED:
                thread.reason = why = (f"{thread.stage} stage not in DEBRIEF_DRAFT_STAGES "
                                       f"({','.join(poll.settings.draft_stages)})")
            thread.updated_at = now
            poll.store.log(thread, now, f"{old} -> {thread.state}", why)
            log.info("thread %s: %s%s -> %s (%s)", thread.id, "would go " if poll.dry_run else "",
                     old, thread.state, why)
            poll.report.transitions.append((thread.id, old, thread.state))
            poll.fault("before commit")
            poll.store.commit()
            poll.fault("after commit")
        thread.next_action_at = lifecycle.next_action_at(self.facts(thread), self.policy)

    def place(self, thread: Thread, action: Action, folders: Folders) -> bool:
        """Place a draft exactly once: the intent (its Message-ID) is committed before the
        APPEND; a planned intent that recovery did not find is appended under the same id."""
        poll, store, now = self.poll, self.poll.store, self.poll.now
        kind: planner.IntentKind = "request" if action is Action.PLACE_REQUEST else "thanks"
        intent = thread.intent(kind)
        message_id = intent.message_id if intent is not None else self.new_message_id()
        if kind == "request":
            plan = planner.plan_request(thread, self.you, message_id, now, self.templates)
        else:
            plan = planner.plan_thanks(thread, self.answers.get(thread.id, []), self.policy,
                                       self.you, message_id, now, self.templates)
            answer = plan.answer
            thread.answer_message_id = answer.message_id if answer else None
            thread.answer_at = answer.at if answer else None
            thread.answer_kind = answer.kind if answer else None
        if intent is None:
            intent = store.plan_intent(thread, kind, message_id, now)
            store.log(thread, now, f"{plan.kind} intent", message_id)
            store.commit()  # the intent is durable before the APPEND
            poll.index.add(thread)
        poll.fault("before append")
        poll.report.drafts.append((thread.id, plan.kind, plan.raw))
        if not poll.dry_run:
            uid = poll.mailbox.append_draft(folders.drafts, plan.raw, now)
            if uid is not None and self.drafts.uidvalidity is not None:
                intent.draft_uidvalidity, intent.draft_uid = self.drafts.uidvalidity, uid
        poll.fault("after append")
        intent.placed_at = now
        store.log(thread, now, f"{plan.kind} draft placed",
                  f"{plan.rendered.subject} -> {plan.to.email}")
        if poll.dry_run:
            log.info("thread %s: would place %s draft in %s for %s (dry run)", thread.id,
                     plan.kind, folders.drafts, plan.to.email)
        else:
            log.info("thread %s: %s draft placed in %s for %s", thread.id, plan.kind,
                     folders.drafts, plan.to.email)
        return True
