"""Measure the rejection classifier on the labelled corpora.

    .venv/bin/python benchmarks/classifier.py [--corpus DIR] [--show-fn] [--show-fp]

Per corpus file: n, precision and recall of "rejection" vs everything else, false-positive rate,
the ids of false positives and false negatives, and speed (classify alone, and parse + classify).
Corpus text is read at run time only; nothing of it is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agent.core.classify import classify  # noqa: E402
from agent.core.message import parse_message, raw_from_fields  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass
class FileResult:
    name: str
    n: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    fp_ids: list[str] = field(default_factory=list)
    fn_ids: list[str] = field(default_factory=list)
    classify_seconds: float = 0.0
    total_seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def fp_rate(self) -> float:
        negatives = self.fp + self.tn
        return self.fp / negatives if negatives else 0.0


def load_rows(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def run_file(path: Path, repeat: int = 1) -> FileResult:
    result = FileResult(path.stem)
    rows = load_rows(path)
    # Building the bytes is the benchmark's own work; the daemon starts from fetched bytes.
    raws = [raw_from_fields(r.get("subject") or "", r.get("from") or "", r.get("body") or "")
            for r in rows]
    start_all = time.perf_counter()
    messages = [parse_message(raw) for raw in raws]
    parse_seconds = time.perf_counter() - start_all
    verdicts = []
    start = time.perf_counter()
    for _ in range(repeat):
        verdicts = [classify(m) for m in messages]
    result.classify_seconds = (time.perf_counter() - start) / repeat
    result.total_seconds = parse_seconds + result.classify_seconds
    for row, verdict in zip(rows, verdicts, strict=True):
        result.n += 1
        truth = row.get("label") == "rejection"
        said = verdict.label == "rejection"
        if truth and said:
            result.tp += 1
        elif said:
            result.fp += 1
            result.fp_ids.append(str(row.get("id")))
        elif truth:
            result.fn += 1
            result.fn_ids.append(str(row.get("id")))
        else:
            result.tn += 1
    return result


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}/s" if seconds > 0 else "inf"


def report(results: list[FileResult], out=sys.stdout) -> None:
    for r in results:
        print(f"{r.name}: n={r.n} precision={r.precision:.3f} recall={r.recall:.3f} "
              f"fp_rate={r.fp_rate:.4f} tp={r.tp} fp={r.fp} fn={r.fn} "
              f"speed classify={_rate(r.n, r.classify_seconds)} "
              f"parse+classify={_rate(r.n, r.total_seconds)}", file=out)
        if r.fp_ids:
            print(f"  false positives: {' '.join(r.fp_ids)}", file=out)
        if r.fn_ids:
            print(f"  false negatives: {' '.join(r.fn_ids)}", file=out)
    total = FileResult("TOTAL")
    for r in results:
        for name in ("n", "tp", "fp", "fn", "tn", "classify_seconds", "total_seconds"):
            setattr(total, name, getattr(total, name) + getattr(r, name))
    print(f"TOTAL: n={total.n} precision={total.precision:.3f} recall={total.recall:.3f} "
          f"fp_rate={total.fp_rate:.4f} tp={total.tp} fp={total.fp} fn={total.fn} "
          f"speed classify={_rate(total.n, total.classify_seconds)} "
          f"parse+classify={_rate(total.n, total.total_seconds)}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="classify passes for timing")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*.jsonl"))
    if not files:
        print(f"no corpus files in {args.corpus}", file=sys.stderr)
        return 2
    report([run_file(f, args.repeat) for f in files])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
