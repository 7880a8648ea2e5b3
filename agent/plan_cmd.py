"""`debrief plan`: the recruiters' answers read into themes and turned into a development plan.

The shell around `agent.core.feedback` (themes) and `agent.core.plan` (actions): it reads the
answered threads from the store and the actions files from disk, and renders text, JSON or
Markdown. Offline: nothing here touches the network or the mailbox.

An answered thread is one whose request was sent and that then received at least one answer
from the contact's side (an automatic reply is not an answer). Its feedback is the recruiter's
own words of every such answer, oldest first.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from importlib import resources
from pathlib import Path
from typing import Any

from agent.core.feedback import Finding, read_feedback
from agent.core.plan import Catalog, CatalogError, actions_for, parse_catalog, theme_counts
from agent.errors import DebriefError
from agent.store import Store

EARLY = timedelta(minutes=5)  # as the cycle: an answer may carry a slightly early Date


class PlanError(DebriefError):
    """The actions file could not be read or used."""


@dataclass(frozen=True)
class AnsweredThread:
    id: int
    company: str
    job_title: str
    answered_at: datetime
    feedback: str
    findings: tuple[Finding, ...]
    actions: tuple[str, ...]
    account: str = ""  # whose thread (the store's account, or any with --all-accounts)


# -- inputs --------------------------------------------------------------------------------------


def user_actions_path() -> Path:
    """Where a user's own actions file is looked for when --actions is not given."""
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config_home / "debrief" / "actions.toml"


def load_catalog(actions_file: str | os.PathLike[str] | None = None) -> Catalog:
    """The built-in actions, extended by the user's file (--actions, else the default path)."""
    builtin = resources.files("agent.core").joinpath("data/actions.toml").read_text("utf-8")
    catalog = parse_catalog(builtin, source="built-in actions")
    path = Path(actions_file) if actions_file is not None else user_actions_path()
    if actions_file is None and not path.is_file():
        return catalog
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanError(f"cannot read the actions file {path}: {exc}") from None
    try:
        return parse_catalog(text, base=catalog, source=str(path))
    except CatalogError as exc:
        raise PlanError(str(exc)) from None


def answered_threads(store: Store, catalog: Catalog) -> list[AnsweredThread]:
    """Every thread with an answer to the sent request, in thread order."""
    out: list[AnsweredThread] = []
    for thread in store.threads():
        if thread.sent_at is None:
            continue
        rows = [r for r in store.answers(thread.id)
                if r.message_date is not None and r.message_date >= thread.sent_at - EARLY]
        if not rows:
            continue
        feedback = "\n\n".join(r.feedback_text for r in rows if r.feedback_text)
        findings = tuple(read_feedback(feedback))
        out.append(AnsweredThread(
            id=thread.id, company=thread.company, job_title=thread.job_title,
            answered_at=thread.answer_at or rows[0].message_date or thread.sent_at,
            feedback=feedback, findings=findings,
            actions=tuple(actions_for(findings, catalog)), account=thread.account,
        ))
    return out


# -- JSON ----------------------------------------------------------------------------------------


def thread_object(item: AnsweredThread, with_account: bool = False) -> dict[str, Any]:
    return {
        **({"account": item.account} if with_account else {}),
        "id": item.id,
        "company": item.company,
        "job_title": item.job_title,
        "answered_at": item.answered_at.astimezone(timezone.utc).isoformat(timespec="seconds"),
        "feedback": item.feedback,
        "themes": [{"theme": f.theme, "evidence": f.evidence} for f in item.findings],
        "actions": list(item.actions),
    }


def plan_json(items: list[AnsweredThread], summary: bool = False,
              with_account: bool = False) -> Any:
    """A list of thread objects; with `summary`, {"threads": [...], "summary": {theme: n}}.
    `with_account` (plan --all-accounts) adds each thread's "account"."""
    threads = [thread_object(i, with_account) for i in items]
    if not summary:
        return threads
    return {"threads": threads, "summary": theme_counts(i.findings for i in items)}


# -- text ----------------------------------------------------------------------------------------


def _title(item: AnsweredThread) -> str:
    return " · ".join(x for x in (item.company or "Unknown company", item.job_title) if x)


def _label(finding: Finding) -> str:
    return finding.theme + (f" ({', '.join(finding.skills)})" if finding.skills else "")


_BULLET = re.compile(r"^\s*([-*•·–]|\d{1,2}[.)])\s+")


def _paragraphs(text: str) -> list[str]:
    """The words as paragraphs and list items, each on one line (for re-wrapping)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        start = True
        for line in block.splitlines():
            if not line.strip():
                continue
            if start or _BULLET.match(line):
                out.append(line.strip())
                start = False
            else:
                out[-1] += " " + line.strip()
    return out


def _wrap(text: str, width: int, *, initial_indent: str = "",
          subsequent_indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=initial_indent,
                         subsequent_indent=subsequent_indent, break_on_hyphens=False,
                         break_long_words=False)


def _by_evidence(findings: tuple[Finding, ...]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by the sentence they came from, in the answer's order."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.evidence, []).append(finding)
    return list(groups.items())


def render_summary(items: list[AnsweredThread]) -> str:
    """The plan's head: how many answers, and each theme with how many answers mention it."""
    if not items:
        return ("No answers yet: the plan is built from what recruiters write back to your "
                "feedback requests.\n")
    counts = theme_counts(i.findings for i in items)
    n = len(items)
    lines = [f"Development plan from {n} answer{'s' if n != 1 else ''}", ""]
    if counts:
        lines.append("Recurring themes" if any(c > 1 for c in counts.values()) else "Themes")
        pad = max(len(t) for t in counts)
        for theme, count in counts.items():
            lines.append(f"  {theme.ljust(pad)}  {count} of {n} answer{'s' if n != 1 else ''}")
    else:
        lines.append("No themes recognised in the answers yet.")
    return "\n".join(lines) + "\n"


def render_text(items: list[AnsweredThread], tz: tzinfo, width: int = 92) -> str:
    """Recurring themes first, then each company's words with their themes and actions."""
    lines = render_summary(items).rstrip("\n").split("\n")
    for item in items:
        lines.append("")
        when = item.answered_at.astimezone(tz)
        lines.append(f"{_title(item)}  (thread {item.id}, answered {when:%a %d %b %Y})")
        lines.append("  Their words:")
        if item.feedback:
            for number, paragraph in enumerate(_paragraphs(item.feedback)):
                if number and not _BULLET.match(paragraph):
                    lines.append("    │")
                lines.extend(_wrap(paragraph, width - 6, initial_indent="    │ ",
                                   subsequent_indent="    │ "))
        else:
            lines.append("    (not kept: this answer arrived before Debrief kept answers)")
        lines.append("  Themes:")
        if not item.findings:
            lines.append("    none recognised")
        for evidence, group in _by_evidence(item.findings):
            lines.extend(_wrap(f"“{evidence}”", width - 4, initial_indent="    ",
                                       subsequent_indent="     "))
            lines.extend(_wrap(", ".join(_label(f) for f in group), width - 6,
                                       initial_indent="      → ", subsequent_indent="        "))
            for note in dict.fromkeys(f.note for f in group if f.note):
                lines.extend(_wrap(f"note: {note}", width - 6,
                                           initial_indent="        ",
                                           subsequent_indent="        "))
        if item.actions:
            lines.append("  Actions:")
            for number, action in enumerate(item.actions, 1):
                lines.extend(_wrap(action, width - 7, initial_indent=f"    {number}. ",
                                           subsequent_indent="       "))
    return "\n".join(lines) + "\n"


# -- Markdown ------------------------------------------------------------------------------------


def render_markdown(items: list[AnsweredThread], tz: tzinfo, generated: datetime) -> str:
    lines = ["# Development plan", "",
             f"From {len(items)} recruiter answer{'s' if len(items) != 1 else ''}, "
             f"written by Debrief on {generated.astimezone(tz):%Y-%m-%d %H:%M}.", ""]
    counts = theme_counts(i.findings for i in items)
    if counts:
        lines += ["## Recurring themes", "", "| Theme | Answers |", "|---|---|"]
        lines += [f"| {theme} | {count} |" for theme, count in counts.items()]
        lines.append("")
    for item in items:
        when = item.answered_at.astimezone(tz)
        lines += [f"## {_title(item)}", "",
                  f"Thread {item.id}, answered {when:%Y-%m-%d}.", ""]
        if item.feedback:
            lines += [f"> {line}".rstrip() for line in item.feedback.splitlines()]
        else:
            lines.append("_The answer's words were not kept._")
        lines += ["", "### Themes", ""]
        if not item.findings:
            lines.append("- none recognised")
        for evidence, group in _by_evidence(item.findings):
            lines.append(f"- “{evidence}”  \n  → " + ", ".join(f"**{_label(f)}**" for f in group))
            lines += [f"  \n  _Note: {note}_" for note in dict.fromkeys(f.note for f in group
                                                                          if f.note)]
        if item.actions:
            lines += ["", "### Actions", ""]
            lines += [f"- [ ] {action}" for action in item.actions]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(path: str | os.PathLike[str], text: str) -> Path:
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PlanError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


def now_utc() -> datetime:
    return datetime.now(timezone.utc)
