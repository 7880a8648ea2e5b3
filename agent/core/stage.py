"""How far the candidate got: "application", "screening" (a call) or "interview", and whether
it was the final round. Pure: the rejection's verdict and text plus earlier mail with the same
company (fetched by the shell from INBOX and Sent) in, a finding with its reason out.

The thread's history wins over the rejection's wording in one direction only: a rejection that
says "thank you for your application" after three interview rounds is still an interview-stage
rejection; earlier mail never lowers a stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from agent.core import lexicon
from agent.core.contacts import ats_for_domain
from agent.core.questions import mentions_final_round

Stage = Literal["application", "screening", "interview"]
STAGES: tuple[Stage, ...] = ("application", "screening", "interview")
RANK = {s: i for i, s in enumerate(STAGES)}

_INTERVIEW = re.compile(
    r"\b(?:interviews?|interviewed|onsite|on-site|panel|vorstellungsgespräch\w*|"
    r"bewerbungsgespräch\w*|(?:persönliche[nms]?|zweite[nms]?|finale[nms]?) gespräch\w*|"
    r"entretiens?(?! téléphonique)|entrevistas?(?! telefónica)|entrevues?(?! téléphonique)|"
    r"auditions?|assessment (?:day|cent(?:er|re))|assessment-?center)\b",
    re.IGNORECASE)
_SCREENING = re.compile(
    r"\b(?:phone screen(?:ing)?|screening call|screening|intro(?:ductory)? call|initial call|"
    r"first call|quick call|short call|our call|the call|phone call|video[- ]?call|"
    r"telefonat\w*|telefoninterview\w*|telefonische[ns]? (?:gespräch|interview)|kennenlerngespräch"
    r"|kennenlern-call|erstgespräch|entretien téléphonique|échange téléphonique|appel|"
    r"entrevista telefónica|entrevue téléphonique|llamada|videollamada)\b",
    re.IGNORECASE)
# Words that make an INBOX message about an interview a scheduled one, not a promise.
_SCHEDULING = re.compile(
    r"\b(?:invit\w*|schedul\w*|confirm\w*|calendar|slot|zoom|teams|google meet|link|"
    r"einladung|einladen|termin\w*|bestätig\w*|convocation|convier|invitation|rendez-vous|"
    r"créneau|confirm\w*|invitación|invitar\w*|cita|agenda\w*)\b",
    re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    lexicon.CONDITIONAL + r"|\b(?:may|might|could|would|next steps?|look(?:ing)? forward|hope|"
    r"freue mich|freuen uns|hoffe|j'espère|au plaisir|espero)\b", re.IGNORECASE)
_RECEIVED = re.compile(r"\b(?:received your application|application (?:has been )?received|"
                       r"eingang ihrer bewerbung|bien reçu|hemos recibido)\b", re.IGNORECASE)


@dataclass(frozen=True)
class HistoryMail:
    """One earlier message with the company: in INBOX (from them) or Sent (from the user)."""

    folder: Literal["inbox", "sent"]
    subject: str
    text: str
    date: datetime | None = None
    reply: bool = False  # a reply (In-Reply-To or "Re:"), not the application itself


@dataclass(frozen=True)
class StageFinding:
    stage: Stage
    final_round: bool
    reason: str


def _sentences(text: str) -> list[str]:
    flat = " ".join((text or "").split())[:4000]
    return [s for s in re.split(r"(?<=[.!?])\s+", flat) if s]


def stage_from_text(text: str) -> Stage | None:
    """'screening' when the rejection names a call and no interview; else None (no opinion)."""
    sentences = [s for s in _sentences(text) if not _HYPOTHETICAL.search(s)]
    if any(_INTERVIEW.search(s) for s in sentences):
        return None
    if any(_SCREENING.search(s) for s in sentences):
        return "screening"
    return None


def history_stage(history: list[HistoryMail]) -> tuple[Stage, str]:
    """The stage earlier mail proves: interview scheduling, a call, or the user's own replies."""
    best: Stage = "application"
    why = ""
    for mail in history:
        found: Stage = "application"
        subject = mail.subject or ""
        text = f"{subject}. {mail.text or ''}"
        if mail.folder == "sent" and not mail.reply:
            continue  # the application itself, or a cold message: no conversation yet
        if _RECEIVED.search(text) and mail.folder == "inbox":
            continue  # an acknowledgement of the application proves nothing more
        sentences = [s for s in _sentences(text) if not _HYPOTHETICAL.search(s)]
        interview = any(_INTERVIEW.search(s) and (_SCHEDULING.search(s) or mail.folder == "sent")
                        for s in sentences)
        if interview or (_INTERVIEW.search(subject) and _SCHEDULING.search(subject)):
            found = "interview"
        elif any(_SCREENING.search(s) for s in sentences) or mail.folder == "sent":
            found = "screening"  # a call, or at least a conversation the user took part in
        if RANK[found] > RANK[best]:
            best = found
            where = "your Sent mail" if mail.folder == "sent" else "an earlier message"
            why = f"{found}: {where} ({subject[:80]!r})"
    return best, why


def determine(verdict_stage: str, rejection_text: str,
              history: list[HistoryMail] | tuple[HistoryMail, ...] = ()) -> StageFinding:
    """The stage a draft speaks to: the rejection's, refined by its text, raised by history."""
    stage: Stage = verdict_stage if verdict_stage in RANK else "application"
    reasons = [f"rejection says {stage}"]
    from_text = stage_from_text(rejection_text)
    if from_text == "screening" and stage == "interview":
        stage, reasons = "screening", ["rejection names a call, not an interview"]
    elif from_text and RANK[from_text] > RANK[stage]:
        stage, reasons = from_text, [f"rejection names a {from_text}"]
    final = mentions_final_round(rejection_text)
    if final:
        stage = "interview"
        reasons.append("final round")
    return raise_with_history(stage, final, history, "; ".join(reasons))


def raise_with_history(current: str, final_round: bool,
                       history: list[HistoryMail] | tuple[HistoryMail, ...],
                       reason: str = "") -> StageFinding:
    """The rejection's own finding raised (never lowered) by earlier mail with the company: the
    shell finds that mail after the thread is opened, so this step runs on its own."""
    stage: Stage = "application"
    for known in STAGES:
        if known == current:
            stage = known
    reasons = [reason] if reason else []
    found, why = history_stage(list(history))
    if RANK[found] > RANK[stage]:
        stage = found
        reasons.append(f"history shows {why}")
    final = final_round
    if not final and any(mentions_final_round(f"{m.subject}. {m.text}") for m in history):
        final, stage = True, "interview"
        reasons.append("final round")
    return StageFinding(stage=stage, final_round=final, reason="; ".join(reasons))


_FREE_MAIL = lexicon.words(
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com yahoo.fr "
    "yahoo.es icloud.com me.com aol.com gmx.de gmx.net gmx.at web.de t-online.de posteo.de "
    "mailbox.org proton.me protonmail.com orange.fr free.fr laposte.net sfr.fr wanadoo.fr "
    "hotmail.fr hotmail.es telefonica.net fastmail.com"
)


def history_domains(*addresses: str) -> tuple[str, ...]:
    """The company's own mail domains among these addresses: not a job board or ATS relay,
    not a free-mail provider (where the domain says nothing about the company)."""
    found: dict[str, None] = {}
    for address in addresses:
        domain = (address or "").rpartition("@")[2].lower().strip(" .>")
        if "." not in domain or domain in _FREE_MAIL or ats_for_domain(domain):
            continue
        found.setdefault(domain, None)
    return tuple(found)
