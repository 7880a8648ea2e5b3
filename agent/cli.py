"""`debrief`: thin commands over the library. Each loads settings, calls one function, and turns
Debrief's errors into one plain line and an exit code (2 for configuration, 1 otherwise)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import click

from agent import __version__
from agent.config import Settings, load_settings
from agent.errors import AlreadyRunning, ConfigError, DebriefError, LoginRequired
from agent.logs import add_secret, setup_logging

log = logging.getLogger("debrief")


class Context:
    def __init__(self, env_file: str | None, verbose: bool) -> None:
        self.env_file = env_file
        self.verbose = verbose

    def settings(self) -> Settings:
        settings = load_settings(self.env_file)
        add_secret(settings.imap.password)
        add_secret(database_password(settings.database_url))
        for warning in settings.warnings:
            log.warning("%s", warning)
        return settings


def database_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).password or ""
    except Exception:
        return ""


def fail(message: str, code: int = 1) -> None:
    click.echo(f"debrief: {message}", err=True)
    sys.exit(code)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn Debrief's errors into one line on stderr, never a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ConfigError, LoginRequired) as exc:  # a person must act: no restart loop
            fail(str(exc), 2)
        except AlreadyRunning as exc:
            fail(str(exc), 1)
        except DebriefError as exc:
            fail(str(exc), 1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--env-file", type=click.Path(dir_okay=False), default=None,
              help="Env file to read (default ./.env, ~/.config/debrief/debrief.env, "
                   "/etc/debrief/debrief.env).")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
@click.version_option(__version__, prog_name="debrief")
@click.pass_context
def main(ctx: click.Context, env_file: str | None, verbose: bool) -> None:
    """Debrief drafts a gracious feedback request 24–48 h after a job rejection, and a thank-you
    when they answer. It only writes drafts: it never sends, deletes or marks mail read."""
    setup_logging(verbose)
    ctx.obj = Context(env_file, verbose)


# -- run / once ------------------------------------------------------------------------------


@main.command()
@click.pass_obj
@guarded
def run(obj: Context) -> None:
    """Run the daemon: poll INBOX and Sent every DEBRIEF_POLL_INTERVAL seconds."""
    from agent.daemon import Daemon
    from agent.store import Store

    settings = obj.settings()
    store = Store(settings.database_url)
    try:
        store.acquire_lock()
        Daemon(settings, store, progress=progress_factory()).run()
    finally:
        store.close()


def parse_now(value: str, settings: Settings) -> datetime:
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError("--now", f"not an ISO-8601 time: {value!r}") from None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=settings.timezone)
    return instant.astimezone(timezone.utc)


@main.command()
@click.option("--now", "now_text", metavar="ISO-8601", default=None,
              help="Run the cycle as if at this instant (simulation).")
@click.option("--dry-run", is_flag=True, help="Show what would be drafted; change nothing.")
@click.pass_obj
@guarded
def once(obj: Context, now_text: str | None, dry_run: bool) -> None:
    """Run one full cycle, then exit."""
    from agent.cycle import fixed_clock, run_cycle, system_clock
    from agent.store import Store

    settings = obj.settings()
    clock = fixed_clock(parse_now(now_text, settings)) if now_text else system_clock
    store = Store(settings.database_url, dry_run=dry_run)
    try:
        store.acquire_lock()
        report = run_cycle(settings, store, clock, dry_run=dry_run, progress=progress_factory())
    finally:
        store.close()
    if dry_run:
        if not report.drafts:
            click.echo("dry run: nothing would be drafted now")
        for thread_id, kind, raw in report.drafts:
            click.echo(f"--- dry run: thread {thread_id}, {kind.replace('_', ' ')} ---")
            click.echo(readable_draft(raw))
    else:
        click.echo(
            f"cycle at {report.now.isoformat(timespec='seconds')}: "
            f"{sum(report.fetched.values())} new message(s), {len(report.opened)} new thread(s), "
            f"{len(report.drafts)} draft(s) placed, {len(report.transitions)} transition(s)"
        )


def readable_draft(raw: bytes) -> str:
    import email
    import email.policy

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Subject", "In-Reply-To") if msg[k])
    body = msg.get_content() if not msg.is_multipart() else ""
    return f"{head}\n\n{body}"


def progress_factory() -> Callable[[str, int], Callable[[int], None]]:
    """A progress bar on a terminal; a log line every 10% otherwise."""

    def start(folder: str, total: int) -> Callable[[int], None]:
        if total < 20:
            return lambda n: None
        if sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=total, desc=f"scanning {folder}", unit="msg", leave=False)

            def advance(n: int) -> None:
                bar.update(n)
                if bar.n >= total:
                    bar.close()

            return advance
        done = [0]
        step = max(total // 10, 1)

        def advance_log(n: int) -> None:
            done[0] += n
            if done[0] % step == 0 or done[0] == total:
                log.info("scanning %s: %d/%d messages", folder, done[0], total)

        return advance_log

    return start


# -- status / explain --------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat(timespec="seconds") if value else None


def thread_json(thread: Any) -> dict[str, Any]:
    return {
        "id": thread.id,
        "state": thread.state,
        "reason": thread.reason or "",
        "company": thread.company,
        "job_title": thread.job_title,
        "contact_name": thread.contact_name,
        "contact_email": thread.contact_email,
        "contact_reason": thread.contact_reason or "",
        "rejection_message_id": thread.rejection_message_id,
        "rejection_subject": thread.rejection_subject,
        "rejected_at": _iso(thread.rejected_at),
        "next_action_at": _iso(thread.next_action_at),
        "stage": thread.stage,
        "language": thread.language,
        "confidence": round(thread.confidence, 3),
        "request_message_id": thread.request_message_id,
        "sent_at": _iso(thread.sent_at),
        "answer_at": _iso(thread.answer_at),
        "answer_kind": thread.answer_kind,
        "updated_at": _iso(thread.updated_at),
    }


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
@guarded
def status(obj: Context, as_json: bool) -> None:
    """Show every thread: company, role, contact, state, next step."""
    from agent.core.lifecycle import describe_next
    from agent.store import Store

    settings = obj.settings()
    with Store(settings.database_url) as store:
        threads = store.threads()
        if as_json:
            click.echo(json.dumps([thread_json(t) for t in threads], indent=2))
            return
        if not threads:
            click.echo("No rejections seen yet.")
            return
        rows = [("ID", "COMPANY", "ROLE", "CONTACT", "STATE", "NEXT")]
        for t in threads:
            rows.append((
                str(t.id), t.company or "?", t.job_title or "?",
                t.contact_email or "-", t.state,
                describe_next(facts_of(t), policy_of(settings)),
            ))
        widths = [min(max(len(r[i]) for r in rows), 32) for i in range(5)]
        for row in rows:
            cells = [row[i][: widths[i]].ljust(widths[i]) for i in range(5)]
            click.echo("  ".join(cells + [row[5]]))


def policy_of(settings: Settings) -> Any:
    from datetime import timedelta

    from agent.core.lifecycle import Policy

    return Policy(silence=timedelta(days=settings.silence_days))


def facts_of(thread: Any) -> Any:
    from agent.core.lifecycle import State, ThreadFacts

    return ThreadFacts(
        state=State(thread.state), reason=thread.reason, rejected_at=thread.rejected_at,
        first_seen_at=thread.first_seen_at, due_at=thread.due_at,
        has_contact=bool(thread.contact_email), request_placed_at=thread.request_placed_at,
        sent_at=thread.sent_at, answer_at=thread.answer_at,
    )


@main.command()
@click.argument("ident")
@click.pass_obj
@guarded
def explain(obj: Context, ident: str) -> None:
    """Why a message was classified so, whom Debrief chose and why, what happens next."""
    from agent.core.lifecycle import describe_next
    from agent.store import Store

    settings = obj.settings()
    with Store(settings.database_url) as store:
        thread = store.thread(int(ident)) if ident.isdigit() else store.thread_by_message_id(
            ident if ident.startswith("<") else f"<{ident}>")
        if thread is None and not ident.isdigit():
            seen = store.seen_message(ident if ident.startswith("<") else f"<{ident}>")
            if seen is not None:
                what = {"ignored": "not a rejection", "skipped": "could not be handled",
                        "duplicate": "a copy of a message already seen",
                        "auto_reply": "an automatic reply", "answer": "an answer in a thread",
                        "sent": "your own sent mail"}.get(seen.outcome, seen.outcome)
                click.echo(f"{ident}: {what} ({seen.reason}); seen in {seen.folder} on "
                           f"{seen.seen_at.astimezone(settings.timezone):%Y-%m-%d %H:%M}")
                return
        if thread is None:
            fail(f"no thread with id or Message-ID {ident!r}")
            return
        tz = settings.timezone
        click.echo(f"Thread {thread.id}: {thread.state}"
                   + (f" ({thread.reason})" if thread.reason else ""))
        click.echo(f"  rejection  {thread.rejection_subject!r} from {thread.rejection_from}")
        click.echo(f"             {thread.rejection_message_id}, dated "
                   f"{thread.rejected_at.astimezone(tz):%a %Y-%m-%d %H:%M %Z}")
        click.echo(f"  company    {thread.company or '(unknown)'}")
        click.echo(f"  role       {thread.job_title or '(unknown)'} ({thread.stage} stage)")
        click.echo(f"  contact    {thread.contact_name or '(no name)'} "
                   f"<{thread.contact_email or 'none'}>")
        if thread.contact_reason:  # found (or not) in an earlier conversation
            click.echo(f"  contact: {thread.contact_reason}")
        click.echo(f"  confidence {thread.confidence:.2f}, language {thread.language}")
        click.echo("  why it is a rejection:")
        for reason in thread.reasons:
            click.echo(f"    - {reason}")
        click.echo(f"  next       {describe_next(facts_of(thread), policy_of(settings))}")
        click.echo("  history:")
        for ev in store.events(thread.id):
            click.echo(f"    {ev.at.astimezone(tz):%Y-%m-%d %H:%M}  {ev.kind}"
                       + (f": {ev.detail}" if ev.detail else ""))


# -- plan -------------------------------------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True,
              help="A JSON list, one object per answered thread.")
@click.option("--summary", is_flag=True,
              help='With --json: {"threads": [...], "summary": {theme: count}}. '
                   "Alone: only the recurring themes.")
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False), default=None,
              metavar="PATH", help="Also write the plan as a Markdown file.")
@click.option("--actions", "actions_file", type=click.Path(dir_okay=False), default=None,
              metavar="FILE", help="Your actions file (default ~/.config/debrief/actions.toml).")
@click.pass_obj
@guarded
def plan(obj: Context, as_json: bool, summary: bool, markdown_path: str | None,
         actions_file: str | None) -> None:
    """A development plan from the recruiters' answers: themes, their evidence, actions."""
    from agent import plan_cmd
    from agent.store import Store

    settings = obj.settings()
    catalog = plan_cmd.load_catalog(actions_file)
    with Store(settings.database_url) as store:
        items = plan_cmd.answered_threads(store, catalog)
    if markdown_path:
        target = plan_cmd.write_markdown(markdown_path, plan_cmd.render_markdown(
            items, settings.timezone, plan_cmd.now_utc()))
        if not as_json:
            click.echo(f"wrote {target}")
    if as_json:
        click.echo(json.dumps(plan_cmd.plan_json(items, summary), indent=2, ensure_ascii=False))
    elif summary:
        click.echo(plan_cmd.render_summary(items), nl=False)
    elif not markdown_path:
        click.echo(plan_cmd.render_text(items, settings.timezone), nl=False)


# -- classify ---------------------------------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array, one object per message.")
@click.option("--explain", is_flag=True, help="Show the evidence behind each verdict.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def classify(as_json: bool, explain: bool, paths: tuple[str, ...]) -> None:
    """Classify .eml files, mbox files or folders of .eml, offline."""
    from agent.classify_cmd import run_classify

    sys.exit(run_classify(list(paths), as_json=as_json, explain=explain))


# -- init / check / demo ----------------------------------------------------------------------


@main.command()
@click.option("--path", "path", type=click.Path(dir_okay=False), default=None,
              help="Where to write (default ~/.config/debrief/debrief.env).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: str | None, force: bool) -> None:
    """Write a commented env file (mode 0600); asks questions on a terminal."""
    from pathlib import Path

    from agent.setup_cmds import ask_values, default_init_path, render_env_file, write_env_file

    target = Path(path) if path else default_init_path()
    values = ask_values(click.prompt) if sys.stdin.isatty() else {}
    try:
        write_env_file(target, render_env_file(values), force=force)
    except (FileExistsError, OSError) as exc:
        fail(str(exc), 1)
    click.echo(f"wrote {target} (mode 0600)")
    if not values:
        click.echo("fill in the empty keys, then run: debrief --env-file "
                   f"{target} check")
    else:
        click.echo(f"next: debrief --env-file {target} check")


@main.command()
@click.pass_obj
@guarded
def check(obj: Context) -> None:
    """Load the configuration, connect, log in and report what Debrief would see."""
    from agent.setup_cmds import check as run_check

    sys.exit(run_check(obj.settings(), click.echo))


@main.command()
@click.pass_obj
@guarded
def login(obj: Context) -> None:
    """Sign in with OAuth2 (DEBRIEF_IMAP_AUTH=oauth2): shows a URL and a code, then waits."""
    from agent.oauth import device_login

    settings = obj.settings()
    if settings.imap.oauth is None:
        raise ConfigError("DEBRIEF_IMAP_AUTH", "is password; set it to oauth2 to sign in")
    config = settings.imap.oauth.config
    try:
        device_login(config, click.echo)
    except KeyboardInterrupt:
        fail("sign-in cancelled; nothing was stored")
    click.echo(f"signed in; the refresh token is in {config.token_file} (mode 0600)")
    click.echo("next: debrief check")


@main.command()
@click.option("--keep", is_flag=True, help="Keep the sandbox folder and print its path.")
def demo(keep: bool) -> None:
    """The whole lifecycle on a throwaway local mailbox, in simulated time. No account needed."""
    from agent.demo import run_demo

    sys.exit(run_demo(keep=keep))
