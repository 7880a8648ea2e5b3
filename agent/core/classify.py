"""Rejection classifier and extractor: `classify(message) -> Verdict`. Pure, no IO.

(Interface fixed here; the implementation is being written.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from agent.core.message import ParsedMessage

Label = Literal["rejection", "job_other", "other"]
Stage = Literal["application", "interview"]


@dataclass(frozen=True)
class Verdict:
    label: Label
    confidence: float
    reasons: tuple[str, ...] = field(default=())
    language: str = "en"
    stage: Stage = "application"
    company: str = ""
    job_title: str = ""
    contact_name: str = ""
    contact_email: str = ""

    @property
    def is_rejection(self) -> bool:
        return self.label == "rejection"


def classify(message: ParsedMessage) -> Verdict:
    raise NotImplementedError
