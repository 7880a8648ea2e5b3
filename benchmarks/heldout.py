"""Score the shipped recogniser on the independent held-out set (data/heldout/heldout.jsonl).

    .venv/bin/python benchmarks/heldout.py [--show-errors]

The set was written by the team without looking at the recogniser's rules or data, and is never
used for training or tuning (data/heldout/SOURCES.md): these are the figures to quote for mail the
recogniser never saw. Prints recall and precision of "rejection" per language and overall.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agent.core.classify import classify  # noqa: E402
from agent.core.message import parse_message, raw_from_fields  # noqa: E402

HELDOUT = ROOT / "data" / "heldout" / "heldout.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list missed and false ids")
    args = parser.parse_args(argv)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[str] = []
    with HELDOUT.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        raw = raw_from_fields(
            row.get("subject") or "", row.get("from") or "", row.get("body") or "",
            message_id=f"<{row['id']}@heldout.example>",
            headers=tuple((row.get("headers") or {}).items()),
        )
        said = classify(parse_message(raw)).label == "rejection"
        truth = row["label"] == "rejection"
        outcome = ("tp" if said else "fn") if truth else ("fp" if said else "tn")
        for key in (row["language"], "all"):
            counts[key][outcome] += 1
        if outcome in ("fn", "fp"):
            errors.append(f"{outcome.upper()} {row['id']} {row['language']} {row['note'][:80]}")
    print(f"{'language':8} {'n':>4} {'rej':>4} {'tp':>4} {'fp':>3} {'fn':>3} {'recall':>6} "
          f"{'prec':>6}")
    for key in ("en", "de", "fr", "es", "all"):
        c = counts[key]
        tp, fp, fn, n = c["tp"], c["fp"], c["fn"], sum(c.values())
        recall = tp / (tp + fn) if tp + fn else 1.0
        precision = tp / (tp + fp) if tp + fp else 1.0
        print(f"{key:8} {n:4} {tp + fn:4} {tp:4} {fp:3} {fn:3} {recall:6.3f} {precision:6.3f}")
    if args.show_errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
