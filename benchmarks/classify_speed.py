"""Parse + classify speed of one or more checkouts over the same messages, side by side.

    .venv/bin/python benchmarks/classify_speed.py [--code DIR ...] [--runs N]

The messages are this checkout's training sources (../shared/corpus and data/recognition, as
`benchmarks/classifier.py` reads them); each checkout's `agent` is imported in its own fresh
interpreter and times `parse_message` + `classify`, then + `recognise` (the daemon's path), on
one core, best of --runs. CPU time, not wall time: on a shared machine one run varies by 15%.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Runs inside the measured checkout: its own agent package, first on sys.path.
_PROBE = """
import pickle, sys, time
root, data, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, root)
import agent
assert agent.__file__.startswith(root), agent.__file__
from agent.core.classify import classify, recognise
from agent.core.message import parse_message
raws = pickle.load(open(data, "rb"))
for name, step in (("classify", classify), ("recognise", recognise)):
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        for raw in raws:
            step(parse_message(raw))
        best = min(best, time.process_time() - start)
    print(f"{name} {len(raws)} {best:.3f}")
"""


def main(argv: list[str] | None = None) -> int:
    from benchmarks.classifier import corpus_dir, load_sources

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", action="append", type=Path,
                        help="checkout to measure (repeat to compare; default: this one)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    raws = [r.raw for rows in load_sources(corpus_dir(None)).values() for r in rows]
    with tempfile.NamedTemporaryFile(suffix=".pickle") as data:
        pickle.dump(raws, data)
        data.flush()
        for code in args.code or [ROOT]:
            root = str(code.resolve())
            done = subprocess.run([sys.executable, "-c", _PROBE, root, data.name,
                                   str(args.runs)], capture_output=True, text=True, check=True)
            for line in done.stdout.split("\n"):
                if line.strip():
                    name, count, seconds = line.split()
                    rate = int(count) / float(seconds)
                    print(f"{root}: parse + {name}, one core, best of {args.runs}: {count} "
                          f"messages, {float(seconds):.2f} s CPU = {rate:,.0f} msg/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
