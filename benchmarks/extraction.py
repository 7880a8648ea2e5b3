"""Score extraction (company, job title, contact address, stage) of rejections against labels.

    .venv/bin/python benchmarks/extraction.py [--show-errors] [--source NAME]

Labelled sources:
- data/extraction/rejections_*.txt: hand-written, hand-labelled rejections of the kinds that were
  missed on real mail (agency recruiters, team names and job titles in signatures, names with an
  abbreviation dot, one-word domains, role-only subjects, interview stages); see SOURCES.md there;
- data/extraction/rejections_fresh_*.txt: the same format, written later with new wording and
  layouts and scored apart (source "fresh") before the extractor was changed for them;
- data/extraction/rejections_probe.txt, rejections_probe2.txt, rejections_probe3.txt: more such
  sets (sources "probe", "probe2", "probe3"), each written after the fixes the one before led
  to and scored before any change for it;
- data/recognition/{written,varied}_*.jsonl: the generators' rejection rows carry the company,
  role and person address the template put in (None when the mail does not state it).
../shared/corpus rows carry no company/title labels and are not scored.

Per field and per (source, language): accuracy = right / labelled, with wrong and abstained
(empty answer) counted apart, since a draft leaves out what is unsure. A company is right when it
matches ignoring case, legal suffixes and punctuation; a title ignoring case and punctuation; a
contact address exactly (case-insensitive); stage exactly. Only rows whose label is set are scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agent.core import extract  # noqa: E402
from agent.core.classify import ANALYSED_CHARS, analyse, classify, strip_quoted  # noqa: E402
from agent.core.message import ParsedMessage, from_fields  # noqa: E402

HANDWRITTEN = sorted((ROOT / "data" / "extraction").glob("rejections_*.txt"))
GENERATED = sorted((ROOT / "data" / "recognition").glob("written_*.jsonl")) + sorted(
    (ROOT / "data" / "recognition").glob("varied_*.jsonl"))
FIELDS = ("company", "job_title", "contact", "stage")

_LEGAL = re.compile(
    r"\b(?:gmbh(?: & co\.? kg)?|ag|inc|llc|llp|ltd|limited|sas|sa|sarl|sl|slu|bv|nv|plc|corp|"
    r"corporation|co|pty|kg|kgaa|se|ev|spa|srl|ab|asa|oy)\b\.?")


def _fold(text: str) -> str:
    """Lower case, accents kept, punctuation and spaces dropped."""
    text = unicodedata.normalize("NFC", text.lower())
    return re.sub(r"[\W_]+", "", text)


def norm_company(name: str) -> str:
    """'Harlow & Price LLP' and 'harlow price' compare equal; so do 'The X' and 'X'."""
    low = re.sub(r"^(?:the|das|der|die|la|le|el|groupe|grupo) ", "", name.lower().strip())
    low = _LEGAL.sub(" ", low.replace("&", " "))
    return _fold(low)


def same(field_name: str, got: str, want: str) -> bool:
    if field_name == "company":
        return norm_company(got) == norm_company(want) or _fold(got) == _fold(want)
    if field_name == "contact":
        return got.strip().lower() == want.strip().lower()
    if field_name == "job_title":
        return _fold(got) == _fold(want)
    return got == want


@dataclass
class Row:
    id: str
    source: str
    language: str
    subject: str
    sender: str
    body: str
    headers: list[tuple[str, str]]
    labels: dict[str, str] = field(default_factory=dict)  # only the scored fields


def _handwritten(path: Path) -> Iterator[Row]:
    """Records of the hand-written text format (described at the top of each file)."""
    text = path.read_text(encoding="utf-8")
    # rejections_fresh_*.txt and rejections_probe*.txt: written later, scored apart
    source = next((name for prefix, name in (("rejections_fresh", "fresh"),
                                             ("rejections_probe3", "probe3"),
                                             ("rejections_probe2", "probe2"),
                                             ("rejections_probe", "probe"))
                   if path.stem.startswith(prefix)), "handwritten")
    for chunk in re.split(r"^=== ", text, flags=re.MULTILINE)[1:]:
        head, _, body = chunk.partition("\n---\n")
        meta: dict[str, str] = {}
        headers: list[tuple[str, str]] = []
        for line in head.splitlines():
            key, _, value = line.partition(": ")
            if key == "header":
                name, _, hval = value.partition(": ")
                headers.append((name, hval))
            elif key:
                meta[key] = value.strip()
        labels = {f: meta[f] for f in FIELDS if meta.get(f, "-") != "-"}
        yield Row(meta["id"], source, meta["lang"], meta["subject"], meta["from"],
                  body.rstrip("\n"), headers, labels)


def _generated(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r.get("label") != "rejection":
                continue
            labels = {f: r[f] for f in ("company", "job_title", "contact") if r.get(f)}
            yield Row(r["id"], path.stem.rsplit("_", 1)[0], r["language"], r["subject"],
                      r["from"], r["body"], [tuple(h) for h in r.get("headers") or []], labels)


def load_rows() -> list[Row]:
    rows: list[Row] = []
    for path in HANDWRITTEN:
        rows += _handwritten(path)
    for path in GENERATED:
        rows += _generated(path)
    return rows


def _message(row: Row) -> ParsedMessage:
    reply_to = next((v for k, v in row.headers if k.lower() == "reply-to"), "")
    headers = [(k, v) for k, v in row.headers if k.lower() != "reply-to"]
    return from_fields(row.subject, row.sender, row.body, reply_to=reply_to,
                       message_id=f"<{row.id}@extraction.example>", headers=headers)


def answers(message: ParsedMessage) -> tuple[bool, dict[str, str]]:
    """(recognised as a rejection, extracted fields). The classifier skips extraction for mail
    it calls 'other'; such a miss is the recogniser's, so the extractors are run directly."""
    v = classify(message)
    if v.label != "other":
        return v.label == "rejection", {"company": v.company, "job_title": v.job_title,
                                        "contact": v.contact_email, "stage": v.stage}
    a = analyse(message)
    x = extract.extract(message, strip_quoted(message.text or "")[:ANALYSED_CHARS], a.norm, a.bulk)
    return False, {"company": x.company, "job_title": x.job_title, "contact": x.contact_email,
                   "stage": x.stage}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list every wrong answer")
    parser.add_argument("--source",
                        help="score this source only "
                             "(handwritten, fresh, probe, probe2, probe3, written, varied)")
    args = parser.parse_args(argv)
    # (source, language, field) -> [right, wrong, abstained]
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    errors: list[str] = []
    not_rejection = 0
    for row in load_rows():
        if args.source and row.source != args.source:
            continue
        recognised, got = answers(_message(row))
        if not recognised:
            not_rejection += 1  # still scored: extraction does not depend on the label
        for name, want in row.labels.items():
            for key in ((row.source, row.language, name), (row.source, "all", name),
                        ("all", "all", name)):
                cell = counts[key]
                if same(name, got[name], want):
                    cell[0] += 1
                elif not got[name]:
                    cell[2] += 1
                else:
                    cell[1] += 1
            if not same(name, got[name], want):
                errors.append(f"{row.id:18} {name:9} got {got[name]!r:38} want {want!r}")
    groups = sorted({(s, lang) for s, lang, _ in counts},
                    key=lambda g: (g[0] == "all", g[0], g[1] == "all", g[1]))
    print(f"{'source':12} {'lang':4} " + " ".join(f"{f:>22}" for f in FIELDS))
    print(f"{'':12} {'':4} " + " ".join(f"{'acc (n) wrong/abst':>22}" for _ in FIELDS))
    for source, lang in groups:
        cells = []
        for name in FIELDS:
            right, wrong, abst = counts.get((source, lang, name), [0, 0, 0])
            n = right + wrong + abst
            cells.append(f"{right / n:.2f} ({n:3}) {wrong:3}/{abst:<3}" if n else "-")
        print(f"{source:12} {lang:4} " + " ".join(f"{c:>22}" for c in cells))
    if not_rejection:
        print(f"({not_rejection} labelled rejections were not recognised as rejections; "
              "their extraction is scored anyway)")
    if args.show_errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
