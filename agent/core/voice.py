"""How a thread's drafts will speak, decided once when the rejection opens the thread: the
stage (with earlier mail), the register, the contact's honorific, the question's hook, and how
sure we are of the company and role. Pure: the shell fetches the history and stores the result
on the Thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agent.core import questions, register, stage
from agent.core.drafts import company_evidence
from agent.core.stage import HistoryMail


@dataclass(frozen=True)
class Voice:
    stage: str
    stage_reason: str
    final_round: bool
    formal: bool
    salutation: str  # "f Schmidt", "m Hartmann" or "" (neutral): see register.salutation_for
    hook: questions.Hook
    company_confidence: float | None
    title_confidence: float | None

    def describe(self) -> str:
        """One line for the thread's history (`explain`)."""
        hook = f"; asks about {self.hook.kind} {self.hook.text!r}" if self.hook.kind else ""
        return (f"stage {self.stage} ({self.stage_reason}); "
                f"{'formal' if self.formal else 'informal'}{hook}")


def assess(*, verdict_stage: str, language: str, text: str, contact_name: str, company: str,
           domains: Sequence[str], history: Sequence[HistoryMail] = (),
           company_confidence: float | None = None,
           title_confidence: float | None = None) -> Voice:
    """`text`: the rejection's own words; `contact_name`: the person it names (signature or
    sender), even without a reachable address; `domains`: the company's mail domains.
    Without a classifier confidence, a company name is trusted when it is the domain's."""
    finding = stage.determine(verdict_stage, text, tuple(history))
    if company_confidence is None and company:
        company_confidence = company_evidence(company, tuple(domains))
    return Voice(
        stage=finding.stage,
        stage_reason=finding.reason,
        final_round=finding.final_round,
        formal=register.detect_register(text, language),
        salutation=register.salutation_for(register.detect_gender(text, contact_name),
                                           contact_name),
        hook=questions.find_hook(text, language),
        company_confidence=company_confidence,
        title_confidence=title_confidence,
    )
