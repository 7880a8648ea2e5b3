"""`debrief`: thin commands over the library. Each loads settings, calls one function, and turns
Debrief's errors into one plain line and an exit code (2 for configuration, 1 otherwise)."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any, NoReturn

import click

from agent import __version__, views
from agent.config import Settings, load_settings
from agent.errors import (
    AlreadyRunning,
    ConfigError,
    DebriefError,
    LoginRequired,
    MailboxError,
    StoreError,
)
from agent.logs import add_secret, setup_logging, use_timezone

log = logging.getLogger("debrief")


class Context:
    def __init__(self, env_file: str | None, verbosity: int) -> None:
        self.env_file = env_file
        self.verbosity = verbosity
        self.database_url: str | None = None
        self.loaded: Settings | None = None

    def settings(self, log_warnings: bool = True) -> Settings:
        settings = load_settings(self.env_file)
        use_timezone(settings.timezone)  # log lines in the zone of the output beside them
        add_secret(settings.imap.password)
        add_secret(database_password(settings.database_url))
        self.database_url = settings.database_url
        self.loaded = settings
        if log_warnings:
            for warning in settings.warnings:
                log.warning("%s", warning)
        return settings


def database_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).password or ""
    except Exception:
        return ""


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"debrief: {message}", err=True)
    sys.exit(code)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Every error becomes one line on stderr with what to do, never a traceback (-v logs it)."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        obj = click.get_current_context().find_object(Context)
        try:
            return func(*args, **kwargs)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort,
                SystemExit):
            raise
        except (ConfigError, LoginRequired) as exc:  # a person must act: no restart loop
            fail(str(exc), 2)
        except StoreError as exc:
            from agent.setup_cmds import database_hint, shown_url

            url = obj.database_url if obj else None
            if url:
                shown = shown_url(url)
                where = "" if shown in str(exc) else f" (database {shown})"
                fail(f"{exc}{where}: {database_hint(url)}")
            fail(str(exc))
        except AlreadyRunning as exc:
            fail(f"{exc}: stop it first (systemctl --user stop debrief, or Ctrl-C where it "
                 "runs); `debrief once --dry-run` takes no lock and works beside it")
        except MailboxError as exc:
            from agent.setup_cmds import setting_hint

            if obj is not None and obj.loaded is not None:
                fail(f"{exc}; {setting_hint(exc, obj.loaded)}")
            fail(str(exc))
        except DebriefError as exc:
            fail(str(exc), 1)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:  # `debrief status | head`: the reader has gone; so do we
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except OSError as exc:
            log.debug("details", exc_info=True)
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}: check that this path exists and that you "
                 "may read and write it")
        except Exception as exc:
            log.debug("details", exc_info=True)
            fail(f"unexpected error ({type(exc).__name__}: {exc}); run again with -v for "
                 "details and report it")

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--env-file", type=click.Path(dir_okay=False), default=None,
              help="Env file to read (default ./.env, ~/.config/debrief/debrief.env, "
                   "/etc/debrief/debrief.env).")
@click.option("-v", "--verbose", count=True,
              help="-v: Debrief's debug lines; -vv: libraries' debug lines too.")
@click.version_option(__version__, prog_name="debrief")
@click.pass_context
def main(ctx: click.Context, env_file: str | None, verbose: int) -> None:
    """Debrief drafts a gracious feedback request 24–48 h after a job rejection, and a thank-you
    when they answer. It only writes drafts: it never sends, deletes or marks mail read."""
    setup_logging(verbose)
    ctx.obj = Context(env_file, verbose)


def require_writable_database(url: str) -> None:
    """Before a run writes anything: one line with the path and what to do, not a traceback."""
    from agent.setup_cmds import database_problem

    problem = database_problem(url)
    if problem:
        raise ConfigError("database", problem)


# -- run / once ------------------------------------------------------------------------------


@main.command()
@click.pass_obj
@guarded
def run(obj: Context) -> None:
    """Run the daemon: poll INBOX and Sent every DEBRIEF_POLL_INTERVAL seconds."""
    from agent.daemon import Daemon
    from agent.store import Store

    settings = obj.settings()
    require_writable_database(settings.database_url)
    store = Store(settings.database_url, account=settings.account)
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
              help="Run the cycle as if at this instant (simulation). Without --dry-run, real "
                   "drafts are placed, dated then.")
@click.option("--dry-run", is_flag=True,
              help="Show what it finds and would do; write nothing (no mailbox change, no "
                   "database, no lock file).")
@click.pass_obj
@guarded
def once(obj: Context, now_text: str | None, dry_run: bool) -> None:
    """Run one full cycle, then exit."""
    from agent.cycle import fixed_clock, run_cycle, system_clock
    from agent.store import Store

    settings = obj.settings()
    now = parse_now(now_text, settings) if now_text else None
    clock = fixed_clock(now) if now else system_clock
    real_now = datetime.now(timezone.utc)
    if now is not None and not dry_run and now > real_now + timedelta(minutes=1):
        log.warning("--now %s is later than the clock: real drafts are placed in your mailbox, "
                    "dated in the future, and the database moves on to that time",
                    views.when(now, settings.timezone))
    if not dry_run:
        require_writable_database(settings.database_url)
    store = Store(settings.database_url, account=settings.account, dry_run=dry_run)
    try:
        store.acquire_lock()
        report = run_cycle(settings, store, clock, dry_run=dry_run, progress=progress_factory())
        if dry_run:
            show_dry_run(report, store, settings)
    finally:
        store.close()
    if not dry_run:
        click.echo(
            f"cycle at {views.when(report.now, settings.timezone)}: "
            f"{sum(report.fetched.values())} new message(s), {len(report.opened)} new thread(s), "
            f"{len(report.drafts)} draft(s) placed, {len(report.transitions)} transition(s)"
        )


def show_dry_run(report: Any, store: Any, settings: Settings) -> None:
    """On stdout: what the cycle found and what it would have done."""
    tz = settings.timezone
    click.echo(f"dry run at {views.when(report.now, tz)}: nothing is written (no draft, no "
               "database, no lock file)")
    fetched = ", ".join(f"{n} in {folder}" for folder, n in report.fetched.items()) or "none"
    click.echo(f"new messages: {fetched}")
    for thread_id in report.opened:
        t = store.thread(thread_id)
        click.echo(f"found rejection: thread {t.id}, {t.company or 'unknown company'} / "
                   f"{t.job_title or 'unknown role'}, contact {t.contact_email or 'none'}; "
                   f"feedback request due {views.when(t.due_at, tz)}")
    for thread_id, old, new in report.transitions:
        thread = store.thread(thread_id)
        why = f" ({thread.reason})" if thread.reason and new == thread.state else ""
        click.echo(f"would move thread {thread_id}: {old} -> {new}{why}")
    if not report.drafts:
        click.echo("would draft nothing now")
        upcoming = store.threads(("scheduled",))
        if upcoming:
            first = min(upcoming, key=lambda t: t.due_at)
            click.echo(f"next: thread {first.id} ({first.company or 'unknown company'}), "
                       f"feedback request due {views.when(first.due_at, tz)}")
    for thread_id, kind, raw in report.drafts:
        click.echo(f"--- would place in Drafts: thread {thread_id}, "
                   f"{kind.replace('_', ' ')} ---")
        click.echo(readable_draft(raw))


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


ALL_ACCOUNTS_HELP = ("Every account's threads in the database, not only this one's "
                     "(DEBRIEF_ACCOUNT, else USERNAME@HOST:PORT).")


def all_accounts_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--all-accounts", "all_accounts", is_flag=True,
                        help=ALL_ACCOUNTS_HELP)(func)


def thread_json(thread: Any, with_account: bool = False) -> dict[str, Any]:
    return {
        **({"account": thread.account} if with_account else {}),
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
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (times in UTC).")
@all_accounts_option
@click.pass_obj
@guarded
def status(obj: Context, as_json: bool, all_accounts: bool) -> None:
    """Show this account's threads: company, role, contact, state, next step (in your time
    zone)."""
    settings = obj.settings()
    with open_for_reading(settings, all_accounts) as store:
        threads = store.threads() if store is not None else []
        if store is None:
            no_database_yet(settings, err=as_json)
        if as_json:
            click.echo(json.dumps([thread_json(t, all_accounts) for t in threads], indent=2))
            return
        if store is None:
            return
        if not threads:
            click.echo("No rejections seen yet.")
            return
        tz, now = settings.timezone, datetime.now(timezone.utc)
        policy = views.policy_of(settings.silence_days)
        rows: list[tuple[views.Cell, ...]] = [
            ("ID", "COMPANY", "ROLE", "CONTACT", "STATE", "NEXT")]
        for t in threads:
            rows.append((str(t.id), t.company or "?", t.job_title or "?",
                         t.contact_email or "-", t.state,
                         views.next_wordings(t, policy, tz, now)))
        # The next step matters most: company, role and contact give way first, then NEXT
        # takes shorter wordings (each still says when, the longer ones also what), the
        # three giving way again in between; only a very narrow terminal cuts NEXT.
        shown: tuple[int, ...] = (1, 2, 3)
        nexts = 5
        if all_accounts:  # whose thread, after the id; it gives way with company and role
            rows = [(r[0], "ACCOUNT" if i == 0 else threads[i - 1].account or "-", *r[1:])
                    for i, r in enumerate(rows)]
            shown, nexts = (1, 2, 3, 4), 6
        stages = [(shown, 12), ((nexts,), views.wording_width(rows, nexts, 1)), (shown, 8),
                  ((nexts,), views.wording_width(rows, nexts)), (shown, 3), ((*shown, nexts), 1)]
        cap: tuple[tuple[int, ...], int] = (shown, 32)
        for line in views.fit_table(rows, views.terminal_width(), stages, cap=cap):
            click.echo(line)
        click.echo(f"(times in {tz.key})")


@contextlib.contextmanager
def open_for_reading(settings: Settings, all_accounts: bool = False) -> Iterator[Any]:
    """The store for status, explain and plan, which only read, and never create or change a
    database: a SQLite file that does not exist yet gives None (say `no_database_yet`); one
    that could not be made or read where it is configured is one line with the path and what
    to do, as `once` reports it. An existing file is read into memory (as `once --dry-run`
    does: no -wal, no lock, no migration written). This account's threads, or with
    `all_accounts` every account's."""
    from agent.setup_cmds import reading_problem, sqlite_path
    from agent.store import Store

    url = settings.database_url
    problem = reading_problem(url)
    if problem:
        raise ConfigError("database", problem)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        yield None
        return
    with Store(url, account=settings.account, all_accounts=all_accounts,
               dry_run=path is not None) as store:
        yield store


def no_database_yet(settings: Settings, err: bool = False) -> None:
    from agent.setup_cmds import shown_url

    click.echo(f"no database yet at {shown_url(settings.database_url)}: run `debrief once` or "
               "start the service", err=err)


@main.command()
@click.argument("ident")
@all_accounts_option
@click.pass_obj
@guarded
def explain(obj: Context, ident: str, all_accounts: bool) -> None:
    """Why a message was classified so, whom Debrief chose and why, what happens next.
    IDENT is a thread id from `status` or a Message-ID (of this account's threads)."""
    settings = obj.settings()
    tz = settings.timezone
    message_id = ident if ident.startswith("<") else f"<{ident}>"
    with open_for_reading(settings, all_accounts) as store:
        if store is None:
            no_database_yet(settings)
            return
        thread = store.thread(int(ident)) if ident.isdigit() else store.thread_by_message_id(
            message_id)
        if thread is None and not ident.isdigit():
            seen = store.seen_message(message_id)
            if seen is not None:
                what = {"ignored": "not a rejection", "skipped": "could not be handled",
                        "duplicate": "a copy of a message already seen",
                        "auto_reply": "an automatic reply", "answer": "an answer in a thread",
                        "sent": "your own sent mail"}.get(seen.outcome, seen.outcome)
                click.echo(f"{ident}: {what} ({seen.reason}); seen in {seen.folder} on "
                           f"{views.when(seen.seen_at, tz)}")
                return
        if thread is None:
            fail(f"no thread with id or Message-ID {ident!r} (`debrief status` lists them)")
        policy = views.policy_of(settings.silence_days)
        now = datetime.now(timezone.utc)
        click.echo(f"Thread {thread.id}: {thread.state}"
                   + (f" ({thread.reason})" if thread.reason else "")
                   + f"   (times in {tz.key})")
        if all_accounts:
            click.echo(f"  account    {thread.account or '(unnamed)'}")
        click.echo(f"  rejection  {thread.rejection_subject!r} from {thread.rejection_from}")
        click.echo(f"             {thread.rejection_message_id}, dated "
                   f"{views.when(thread.rejected_at, tz, weekday=True)}")
        click.echo(f"  company    {thread.company or '(unknown)'}")
        click.echo(f"  role       {thread.job_title or '(unknown)'} ({thread.stage} stage)")
        for line in views.indented(views.describe_contact(thread), "  contact    ",
                                   views.terminal_width()):
            click.echo(line)
        click.echo(f"  confidence {thread.confidence:.2f}, language {thread.language}")
        click.echo("  why it is a rejection:")
        for reason in views.rejection_reasons(thread):
            click.echo(f"    - {reason}")
        click.echo(f"  next       {views.describe_next(thread, policy, tz, now)}")
        click.echo("  history:")
        for ev in store.events(thread.id):
            click.echo(f"    {views.when(ev.at, tz)}  {ev.kind}"
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
@all_accounts_option
@click.pass_obj
@guarded
def plan(obj: Context, as_json: bool, summary: bool, markdown_path: str | None,
         actions_file: str | None, all_accounts: bool) -> None:
    """A development plan from the recruiters' answers: themes, their evidence, actions."""
    from agent import plan_cmd

    settings = obj.settings()
    catalog = plan_cmd.load_catalog(actions_file)
    with open_for_reading(settings, all_accounts) as store:
        items = plan_cmd.answered_threads(store, catalog) if store is not None else []
    if store is None:
        no_database_yet(settings, err=as_json or bool(markdown_path))
        if not (as_json or markdown_path):
            return
    if markdown_path:
        target = plan_cmd.write_markdown(markdown_path, plan_cmd.render_markdown(
            items, settings.timezone, plan_cmd.now_utc()))
        if not as_json:
            click.echo(f"wrote {target}")
    if as_json:
        found = plan_cmd.plan_json(items, summary, with_account=all_accounts)
        click.echo(json.dumps(found, indent=2, ensure_ascii=False))
    elif summary:
        click.echo(plan_cmd.render_summary(items), nl=False)
    elif not markdown_path:
        click.echo(plan_cmd.render_text(items, settings.timezone), nl=False)


# -- classify ---------------------------------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array, one object per message.")
@click.option("--explain", is_flag=True, help="Show the evidence behind each verdict.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="Processes for many messages (default: one per CPU).")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def classify(as_json: bool, explain: bool, jobs: int | None, paths: tuple[str, ...]) -> None:
    """Classify .eml files, mbox files or folders of .eml, offline."""
    from agent.classify_cmd import run_classify

    sys.exit(run_classify(list(paths), as_json=as_json, explain=explain, jobs=jobs))


# -- init / check / demo ----------------------------------------------------------------------


@main.command()
@click.option("--path", "path", type=click.Path(dir_okay=False), default=None,
              help="Where to write (default ~/.config/debrief/debrief.env).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.option("--ask/--no-ask", default=None,
              help="Ask the questions (default: only on a terminal); --no-ask writes the "
                   "file with the required keys empty.")
@guarded
def init(path: str | None, force: bool, ask: bool | None) -> None:
    """Ask for your address and mail server (guessing host, port and security), then write a
    commented env file, mode 0600, with what you confirmed."""
    from pathlib import Path

    from agent.setup_cmds import (
        ask_values,
        default_init_path,
        render_env_file,
        summary,
        write_env_file,
    )

    target = Path(path) if path else default_init_path()
    if target.exists() and not force:
        raise DebriefError(f"{target} exists: use --force to overwrite it, or --path "
                                  "to write elsewhere")
    interactive = sys.stdin.isatty() if ask is None else ask
    values: dict[str, str] = {}
    if interactive:
        values = ask_values(click.prompt, click.echo, hide_input=sys.stdin.isatty())
        click.echo(f"\nThese settings go to {target}:")
        for line in summary(values):
            click.echo(line)
        if not click.confirm("Write them?", default=True):
            click.echo("nothing written")
            return
    write_env_file(target, render_env_file(values), force=force)
    click.echo(f"wrote {target} (mode 0600)")
    option = "" if path is None else f" --env-file {target}"
    if not values:
        if ask is None:  # piped answers would otherwise vanish without a word
            click.echo("not on a terminal, so nothing was asked (`debrief init --ask` asks "
                       "anyway, reading the answers from standard input)")
        click.echo(f"fill in the empty keys, then run: debrief{option} check")
    elif values.get("DEBRIEF_IMAP_AUTH") == "oauth2":
        click.echo(f"next: debrief{option} login, then debrief{option} check")
    else:
        click.echo(f"next: debrief{option} check")


@main.command()
@click.pass_obj
@guarded
def check(obj: Context) -> None:
    """Load the configuration, connect, log in and report what Debrief would see; every
    problem names the setting to change. Changes nothing."""
    from agent.setup_cmds import check as run_check

    sys.exit(run_check(obj.settings(log_warnings=False), click.echo))


@main.command(name="install-service")
@click.option("--user", "user", is_flag=True,
              help="A user unit in ~/.config/systemd/user (else the system unit in "
                   "/etc/systemd/system, which needs root).")
@click.option("--path", "path", type=click.Path(dir_okay=False), default=None,
              help="Write the unit here instead.")
@click.option("--force", is_flag=True, help="Replace an existing unit file.")
@click.pass_obj
@guarded
def install_service(obj: Context, user: bool, path: str | None, force: bool) -> None:
    """Write a systemd unit that starts this very `debrief` (the path it was installed to)."""
    from pathlib import Path

    from agent.config import find_env_file
    from agent.setup_cmds import install_service as write_unit

    env_file = None
    if user:
        found = find_env_file(obj.env_file)
        env_file = found.absolute() if found else None
        if found is None:
            click.echo("note: no env file yet; the unit reads ~/.config/debrief/debrief.env "
                       "(run `debrief init`)")
    sys.exit(write_unit(user, Path(path) if path else None, env_file, force, click.echo))


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
@guarded
def demo(keep: bool) -> None:
    """The whole lifecycle on a throwaway local mailbox, in simulated time. No account needed."""
    from agent.demo import run_demo

    sys.exit(run_demo(keep=keep))
