#!/usr/bin/env python3
"""Validate data/heldout/heldout.jsonl and print counts per label x language.

Usage: python3 data/heldout/check.py [path]
Exits non-zero if any line is invalid.
"""
import json
import sys
from collections import Counter
from pathlib import Path

REQUIRED = ("id", "source", "label", "language", "subject", "from", "headers", "body", "note")
LABELS = ("rejection", "job_other", "ham")
LANGUAGES = ("en", "de", "fr", "es")
SOURCE = "debrief-heldout (written by the team, 2026-11)"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("heldout.jsonl")
    errors = []
    ids = set()
    counts = Counter()
    bodies = Counter()
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {n}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: not JSON ({exc})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"line {n}: not an object")
                continue
            missing = [k for k in REQUIRED if k not in rec]
            extra = [k for k in rec if k not in REQUIRED]
            if missing:
                errors.append(f"line {n}: missing fields {missing}")
            if extra:
                errors.append(f"line {n}: unexpected fields {extra}")
            for k in ("id", "source", "label", "language", "subject", "from", "body", "note"):
                if k in rec and (not isinstance(rec[k], str) or not rec[k].strip()):
                    errors.append(f"line {n}: field {k!r} must be a non-empty string")
            if "headers" in rec and not (isinstance(rec["headers"], dict)
                                         and all(isinstance(k, str) and isinstance(v, str)
                                                 for k, v in rec["headers"].items())):
                errors.append(f"line {n}: headers must be an object of strings")
            if rec.get("label") not in LABELS:
                errors.append(f"line {n}: bad label {rec.get('label')!r}")
            if rec.get("language") not in LANGUAGES:
                errors.append(f"line {n}: bad language {rec.get('language')!r}")
            if rec.get("source") != SOURCE:
                errors.append(f"line {n}: unexpected source {rec.get('source')!r}")
            if isinstance(rec.get("from"), str) and "@" not in rec["from"]:
                errors.append(f"line {n}: 'from' has no address")
            rid = rec.get("id")
            if rid in ids:
                errors.append(f"line {n}: duplicate id {rid!r}")
            ids.add(rid)
            if isinstance(rec.get("body"), str):
                bodies[rec["body"].strip()] += 1
            counts[(rec.get("label"), rec.get("language"))] += 1
    for body, c in bodies.items():
        if c > 1:
            errors.append(f"duplicate body ({c}x): {body[:60]!r}")

    width = max(len(l) for l in LABELS)
    print(f"{'':{width}}  " + "  ".join(f"{lang:>4}" for lang in LANGUAGES) + "  total")
    for label in LABELS:
        row = [counts[(label, lang)] for lang in LANGUAGES]
        print(f"{label:{width}}  " + "  ".join(f"{c:>4}" for c in row) + f"  {sum(row):>5}")
    col = [sum(counts[(l, lang)] for l in LABELS) for lang in LANGUAGES]
    print(f"{'total':{width}}  " + "  ".join(f"{c:>4}" for c in col) + f"  {sum(col):>5}")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"\nOK: {sum(col)} records, {len(ids)} unique ids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
