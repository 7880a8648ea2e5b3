"""`debrief classify [--json] [--explain] PATH...`: classify saved mail offline.

PATH may be an .eml file, an mbox file, or a folder (searched recursively for .eml files, in
sorted order). Nothing is sent or fetched. An unreadable file is reported on stderr and skipped;
the exit status is then non-zero.
"""

from __future__ import annotations

import json
import mailbox
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from agent.core.classify import Verdict, classify
from agent.core.message import ParsedMessage, from_email_message, parse_message

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


def _iter_messages(paths: list[str], err: TextIO) -> Iterator[tuple[str, ParsedMessage | None]]:
    """(display path, message) in input order; message None after an error was printed."""
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")
            for file in files:
                yield from _iter_file(file, err)
        else:
            yield from _iter_file(path, err)


def _iter_file(path: Path, err: TextIO) -> Iterator[tuple[str, ParsedMessage | None]]:
    try:
        if not path.is_file():
            raise OSError("no such file")
        if _is_mbox(path):
            box = mailbox.mbox(str(path), create=False)
            try:
                for index, msg in enumerate(box):
                    yield f"{path}#{index}", from_email_message(msg)
            finally:
                box.close()
        else:
            yield str(path), parse_message(path.read_bytes())
    except (OSError, mailbox.Error, UnicodeError) as exc:
        print(f"error: {path}: {exc}", file=err)
        yield str(path), None


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
                 err: TextIO | None = None) -> int:
    """Classify every message under paths; print one line (or one JSON object) per message.

    Returns 0, or 1 when any input could not be read."""
    err = err if err is not None else sys.stderr
    failed = False
    results: list[dict] = []
    for path, message in _iter_messages(paths, err):
        if message is None:
            failed = True
            continue
        verdict = classify(message)
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
