"""The shipped linear model: logistic regression weights over `features`, scored in plain Python.

The weights are trained by `benchmarks/train_classifier.py` (scikit-learn, an optional extra) and
shipped as agent/core/data/rejection_model.json.gz; loading needs no network and no numpy.
"""

from __future__ import annotations

import gzip
import heapq
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "rejection_model.json.gz"
FORMAT = "debrief-linear-v1"


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    def logit(self, feats: dict[str, float]) -> float:
        get = self.weights.get
        return self.bias + sum(get(name, 0.0) * value for name, value in feats.items())

    def probability(self, feats: dict[str, float]) -> float:
        z = self.logit(feats)
        if z < -35:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def contributions(self, feats: dict[str, float]) -> list[tuple[str, float]]:
        """(feature, weight x value) for every known feature, largest effect first."""
        found = [(name, self.weights[name] * value) for name, value in feats.items()
                 if name in self.weights]
        return sorted(found, key=lambda item: -abs(item[1]))

    def strongest(self, feats: dict[str, float], pro: int, con: int
                  ) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """The `pro` largest positive and `con` largest negative contributions, as
        `contributions` orders them, without sorting every feature (--explain per message)."""
        weights = self.weights
        found = [(name, weights[name] * value) for name, value in feats.items()
                 if name in weights]
        return (heapq.nlargest(pro, (x for x in found if x[1] > 0), key=itemgetter(1)),
                heapq.nsmallest(con, (x for x in found if x[1] < 0), key=itemgetter(1)))

    def to_json(self) -> dict:
        return {"format": FORMAT, "bias": self.bias, "threshold": self.threshold,
                "meta": self.meta, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown model format {data.get('format')!r}")
        return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                   bias=float(data["bias"]), threshold=float(data.get("threshold", 0.5)),
                   meta=dict(data.get("meta") or {}))

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, indent=0)
        # mtime=0: the same weights give the same bytes (the file is checked into git)
        with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                                    mtime=0) as handle:
            handle.write(text.encode("utf-8"))


def load(path: Path) -> LinearModel:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return LinearModel.from_json(json.load(handle))


@lru_cache(maxsize=1)
def shipped() -> LinearModel:
    """The model shipped with the package (loaded once per process)."""
    return load(MODEL_PATH)
