"""`debrief classify [--json] [--explain] PATH...`: classify saved mail offline.

PATH may be an .eml file, an mbox file, or a folder (searched recursively for .eml files, in
sorted order). Nothing is sent or fetched. An unreadable file is reported on stderr and skipped;
the exit status is then non-zero.

Many messages are parsed and classified by one process per CPU (`--jobs`, forked after the
model is loaded, so each starts at once); the output keeps the input order.
"""

from __future__ import annotations

import functools
import itertools
import json
import mailbox
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from agent.core.classify import Verdict, classify
from agent.core.message import parse_message
from agent.core.model import shipped

JSON_KEYS = ("path", "label", "confidence", "company", "job_title", "contact_name",
             "contact_email", "stage", "language", "reasons")


def _is_mbox(path: Path) -> bool:
    if path.suffix.lower() in {".mbox", ".mbx"}:
        return True
    if path.suffix.lower() == ".eml":
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


PARALLEL_FROM = 200  # messages: below this, forking workers costs more than it saves
CHUNK = 32  # messages handed to a worker at a time
WINDOW = 4096  # messages read ahead of the output


def _iter_raw(paths: list[str], err: TextIO) -> Iterator[tuple[str, bytes | None]]:
    """(display path, raw bytes) in input order; None after an error was printed."""
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*")
                               if p.is_file() and p.suffix.lower() == ".eml"):
                yield from _iter_raw_file(file, err)
        else:
            yield from _iter_raw_file(path, err)


def _iter_raw_file(path: Path, err: TextIO) -> Iterator[tuple[str, bytes | None]]:
    try:
        if not path.is_file():
            raise OSError("no such file")
        if _is_mbox(path):
            box = mailbox.mbox(str(path), create=False)
            try:
                for index, key in enumerate(box.iterkeys()):
                    yield f"{path}#{index}", box.get_bytes(key)
            finally:
                box.close()
        else:
            yield str(path), path.read_bytes()
    except (OSError, mailbox.Error, UnicodeError) as exc:
        print(f"error: {path}: {exc}", file=err)
        yield str(path), None


def _verdict_of(item: tuple[str, bytes | None], explain: bool = True
                ) -> tuple[str, Verdict | None]:
    path, raw = item
    return path, (None if raw is None else classify(parse_message(raw), explain=explain))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _verdicts(items: Iterable[tuple[str, bytes | None]], jobs: int, explain: bool = True
              ) -> Iterator[tuple[str, Verdict | None]]:
    """Each item's verdict, in order: in this process, or in `jobs` forked workers once the
    input holds PARALLEL_FROM messages (fork: the workers inherit the loaded model).
    `explain=False`: the reasons are not printed, so the model's evidence is not gathered."""
    verdict_of = functools.partial(_verdict_of, explain=explain)
    items = iter(items)
    head = []
    for item in items:
        head.append(item)
        if len(head) >= PARALLEL_FROM:
            break
    methods = multiprocessing.get_all_start_methods()
    if jobs <= 1 or len(head) < PARALLEL_FROM or "fork" not in methods:
        for item in head:
            yield verdict_of(item)
        for item in items:
            yield verdict_of(item)
        return
    shipped()  # load the model before forking, once for every worker
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        window = head
        while window:  # a window at a time: a huge folder is never all in memory
            yield from pool.imap(verdict_of, window, chunksize=CHUNK)
            window = list(itertools.islice(items, WINDOW))


def verdict_dict(path: str, verdict: Verdict) -> dict:
    values = {
        "path": path,
        "label": verdict.label,
        "confidence": verdict.confidence,
        "company": verdict.company,
        "job_title": verdict.job_title,
        "contact_name": verdict.contact_name,
        "contact_email": verdict.contact_email,
        "stage": verdict.stage,
        "language": verdict.language,
        "reasons": list(verdict.reasons),
    }
    return {key: values[key] for key in JSON_KEYS}


def _human_line(path: str, v: Verdict) -> str:
    fields = [f"{v.label} {v.confidence:.2f}"]
    for name, value in (("company", v.company), ("title", v.job_title),
                        ("contact", v.contact_name), ("email", v.contact_email)):
        if value:
            fields.append(f"{name}={value!r}")
    fields.append(f"stage={v.stage}")
    fields.append(f"lang={v.language}")
    if v.bulk:
        fields.append("bulk")
    return f"{path}: " + " ".join(fields)


def run_classify(paths: list[str], as_json: bool, explain: bool, out: TextIO = sys.stdout,
                 err: TextIO | None = None, jobs: int | None = None) -> int:
    """Classify every message under paths; print one line (or one JSON object) per message.

    Returns 0, or 1 when any input could not be read."""
    err = err if err is not None else sys.stderr
    failed = False
    results: list[dict] = []
    for path, verdict in _verdicts(_iter_raw(paths, err), jobs or default_jobs(),
                                   explain=as_json or explain):
        if verdict is None:
            failed = True
            continue
        if as_json:
            results.append(verdict_dict(path, verdict))
            continue
        print(_human_line(path, verdict), file=out)
        if explain:
            for reason in verdict.reasons:
                print(f"    {reason}", file=out)
    if as_json:
        json.dump(results, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failed else 0
