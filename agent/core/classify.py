"""Rejection classifier and extractor: `classify(message) -> Verdict`. Pure, no IO.

How a decision is made (every step leaves a readable reason):

1. The text is the subject plus the body with quoted replies removed, normalised (lower case,
   ASCII apostrophes, single spaces) and capped at ANALYSED_CHARS.
2. Rejection phrases (lexicon.REJECTION, per language, weighted) are matched after hypothetical
   sentences ("If you are not selected ...") have been dropped.
3. Job context (position, candidate, Bewerbung ...) is weighed against non-job context (talks,
   papers, rentals, credit cards, grants, pull requests, vendors, orders ...), and a friend's
   commiseration is recognised.
4. rejection  = a decisive phrase + total weight >= REJECTION_THRESHOLD + job context wins;
   job_other  = job signals (received, interview, offer, alert, outreach ...) or an ATS sender;
   other      = everything else.
5. Company, job title, stage and contact are extracted (agent/core/extract.py) for job mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from agent.core import contacts, extract, features, lexicon, model
from agent.core.extract import (  # re-exported: other modules import them from here
    ANALYSED_CHARS,
    EXTRACT_CHARS,
    Stage,
    clean_title,
    extract_company,
    extract_title,
)
from agent.core.message import ParsedMessage, is_reply_subject
from agent.core.patternset import PatternSet

__all__ = ["ANALYSED_CHARS", "EXTRACT_CHARS", "Analysis", "Label", "Stage", "Verdict", "analyse",
           "classify", "classify_with", "clean_title", "decide", "detect_language",
           "extract_company", "extract_title", "recognise", "strip_quoted"]
_stage = extract.stage  # the old private name, kept for callers

Label = Literal["rejection", "job_other", "other"]
# Job context the model needs to decide alone (without a rule cue) at its threshold. 2.5, not
# 1.5: leave-one-source-out over the 32 training sources, 1.5 let 11 of 2,000 SpamAssassin ham
# through (long technical mail that mentions a "position" or a "job" and says "not" a lot,
# p 0.5-0.75) and 2.5 one, for 12 of 1,946 rejections (recall 0.899 -> 0.893, precision
# 0.953 -> 0.960); below it the model must be MODEL_SURE.
MODEL_JOB_CONTEXT = 2.5
# ... or this probability with a little job context. 0.7, not 0.8: leave-one-source-out over
# the 38 training sources (C fixed at 2), 0.8 -> 0.7 found 18 more rejections (10 of them in the
# six whole-inbox sources) for 3 more false positives (1 SpamAssassin ham, 2 of 2,000 in all).
MODEL_SURE = 0.7
MODEL_CERTAIN = 0.9  # ... or this one with a trace of it (a founder's two-line "we went with
# someone else" names no job at all)
EARLIER_CONTEXT = 1.0  # at most this much job context from the mail a reply quotes
PHRASE_CHARS = 2500  # body characters scanned for phrases: decisions come early (corpus: < 400)


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
    company_confidence: float = 0.0  # 0..1; drafts leave the company out below a threshold
    title_confidence: float = 0.0  # 0..1; drafts leave the role out below a threshold
    bulk: bool = False  # list, newsletter or digest mail: never a rejection, never a draft

    @property
    def is_rejection(self) -> bool:
        return self.label == "rejection"


# ---------------------------------------------------------------------------------------------
# Compiled tables
# ---------------------------------------------------------------------------------------------
_PLAIN = re.compile(r"[A-Za-z0-9 '\u00c0-\u024f-]+")


def _required_literal(pattern: str) -> str:
    """A prefix of plain text every match must contain (after a leading \\b), or ''.

    Only the pattern's first run of ordinary characters is taken, and only when no
    alternation, group or quantifier could make it optional, so the check is conservative."""
    body = pattern[2:] if pattern.startswith("\\b") else pattern
    if "|" in body:
        return ""
    match = _PLAIN.match(body)
    if not match:
        return ""
    literal = match.group(0)
    rest = body[match.end():]
    if rest[:1] in ("?", "*", "{"):  # the last character is optional
        literal = literal[:-1]
    return literal if len(literal.strip()) >= 3 else ""


def _split_top(body: str) -> list[str] | None:
    """`body` split at its top-level '|' (None when the parentheses do not balance)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: skip to its end
            end = body.find("]", i + 2)
            if end < 0:
                return None
            i = end + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    return None if depth else parts + [body[start:]]


def _leading_literals(body: str) -> tuple[str, ...]:
    """Literals one of which starts every match of `body` (a leading \\b ignored), or ().

    Conservative: a top-level alternation or a leading non-capturing group of alternatives is
    opened, each alternative must start with plain text; anything else gives up."""
    alts = _split_top(body)
    if alts is None:
        return ()
    if len(alts) > 1:
        out: list[str] = []
        for alt in alts:
            found = _leading_literals(alt)
            if not found:
                return ()
            out += found
        return tuple(out)
    body = body[2:] if body.startswith("\\b") else body
    if body.startswith("(?:"):
        depth, end = 0, None
        for i, ch in enumerate(body):
            if ch == "(" and (i == 0 or body[i - 1] != "\\"):
                depth += 1
            elif ch == ")" and body[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        if end is None or body[end + 1:end + 2] in ("?", "*", "{"):
            return ()
        return _leading_literals(body[3:end])
    match = _PLAIN.match(body)
    if not match:
        return ()
    literal = match.group(0)
    if body[match.end():match.end() + 1] in ("?", "*", "{"):
        literal = literal[:-1]
    return (literal,) if len(literal) >= 2 else ()


class _Phrase:
    """A compiled pattern with its leading word boundary checked by hand.

    Python's regex engine only uses its fast literal/charset scan when a pattern starts with
    literal text; a leading \\b disables it and costs about 10x. So the \\b is stripped from the
    compiled pattern and verified on each hit instead (same matches, much faster)."""

    __slots__ = ("rx", "boundary", "pattern", "needle", "starts", "key")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.boundary = pattern.startswith("\\b")
        self.rx = re.compile(pattern[2:] if self.boundary else pattern)
        self.needle = _required_literal(pattern)
        # every match starts with one of these; a few substring scans are much cheaper than
        # running a pattern that begins with a long alternation over the whole text
        starts = () if self.needle else _leading_literals(pattern)
        # "proceeding" cannot be in a text that lacks "proceed": only the shortest are checked
        self.starts = tuple(sorted({a for a in starts if not any(b != a and b in a
                                                                 for b in starts)}, key=len))
        self.key = -1  # its index in the PatternSet of the text it is searched in

    def search(self, text: str) -> re.Match[str] | None:
        if self.needle and self.needle not in text:
            return None  # a literal every match must contain is absent: no need to run the regex
        if self.starts:
            for literal in self.starts:  # a plain loop: any() over a generator costs 2x
                if literal in text:
                    break
            else:
                return None
        pos = 0
        while True:
            m = self.rx.search(text, pos)
            if m is None or not self.boundary:
                return m
            start = m.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                return m
            pos = start + 1


def _compile3(rows):
    return tuple((_Phrase(p), w, label) for p, w, label in rows)


_REJECTION = {lang: _compile3(rows) for lang, rows in lexicon.REJECTION.items()}
_NON_JOB = _compile3(lexicon.NON_JOB_CONTEXT)
_JOB_OTHER = _compile3(lexicon.JOB_OTHER)
_SYMPATHY = tuple(_Phrase(p) for p in lexicon.SYMPATHY)


def _pattern_set(phrases: list[_Phrase]) -> PatternSet:
    """One prefilter over every phrase searched in the same text; each phrase learns its key."""
    for key, phrase in enumerate(phrases):
        phrase.key = key
    return PatternSet([phrase.pattern for phrase in phrases])


# The rejection phrases of every language are searched in the text without hypotheticals, the
# other tables in the whole text: one pass of each set says which few can match (patternset.py)
_IN_DECIDED = _pattern_set([rx for rows in _REJECTION.values() for rx, _, _ in rows])
_IN_NORM = _pattern_set([*_SYMPATHY, *(rx for rx, _, _ in _JOB_OTHER),
                         *(rx for rx, _, _ in _NON_JOB)])
_CONDITIONAL = re.compile(lexicon.CONDITIONAL)
_QUOTE_START = re.compile(
    rf"^(?:{lexicon.QUOTE_WROTE_LINE}|{lexicon.QUOTE_SEPARATOR_LINE}|from: .+|von: .+|de: .+|"
    r"_{10,})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def split_quoted(text: str) -> tuple[str, str]:
    """(the new part of a reply, the earlier mail it quotes): '>' lines and everything from an
    'On ... wrote:' or '--- Original Message ---' style header on are the earlier mail. A small
    rule instead of a library: fast, and rejection mail is rarely a reply."""
    m = _QUOTE_START.search(text)
    quoted = ""
    if m and m.start() > 0:
        text, quoted = text[: m.start()], text[m.start():]
    if ">" in text:
        lines = text.splitlines()
        marked = [ln for ln in lines if ln.lstrip().startswith(">")]
        text = "\n".join(ln for ln in lines if not ln.lstrip().startswith(">"))
        if marked:
            quoted = "\n".join(marked) + "\n" + quoted
    return text, quoted


def strip_quoted(text: str) -> str:
    """The new part of a reply (see `split_quoted`)."""
    return split_quoted(text)[0]


_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'",
                       "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " ", "*": " ", "_": " "})


def _normalise(text: str) -> str:
    return " ".join(text.translate(_FOLD).lower().split())


# ---------------------------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------------------------
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in lexicon.STOPWORDS.items():
    for _w in _words:
        _STOPWORD_LANGS[_w] = (*_STOPWORD_LANGS.get(_w, ()), _lang)


def detect_language(norm: str) -> str:
    """Stopword vote over the first 1,000 characters; 'en' when unsure."""
    counts = dict.fromkeys(lexicon.STOPWORDS, 0)
    for word in norm[:1000].split():
        for lang in _STOPWORD_LANGS.get(word.strip(".,;:!?()\"'"), ()):
            counts[lang] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 2 and counts[best] > counts["en"] else "en"


# ---------------------------------------------------------------------------------------------
# Rule and structure signals (features for the model, and readable reasons)
# ---------------------------------------------------------------------------------------------
def _shortest(needles: tuple[str, ...]) -> tuple[str, ...]:
    """The needles no other needle is part of: the same any-of test with fewer scans."""
    return tuple(sorted({a for a in needles if not any(b != a and b in a for b in needles)},
                        key=len))


def _any_in(needles: tuple[str, ...], text: str) -> bool:
    for needle in needles:  # noqa: SIM110 - a plain loop: any() over a generator costs 2x
        if needle in text:
            return True
    return False


_ADDRESSED = re.compile(lexicon.ADDRESSED)
_NARRATOR = re.compile(lexicon.NARRATOR)
_OWN_REJECTION = re.compile(lexicon.OWN_REJECTION)
# every alternative of OWN_REJECTION holds one of these: most mail skips the regex
_OWN_REJECTION_NEEDLES = _shortest((
    "m'ont pas", "m'a pas", "n'ai pas été", "j'ai eu un", "j'ai reçu un", "absage", "haben mich",
    "ich wurde", "ich bin", "reject", "turned down", "passed on", "didn't get", "did not get"))
_JOB_CONTEXT = tuple((_shortest(needles), weight) for needles, weight in lexicon.JOB_CONTEXT)
_JOB_CONTEXT_SET = PatternSet(["|".join(re.escape(n) for n in needles)
                               for needles, _ in _JOB_CONTEXT])
_JOB_OTHER_NEEDLES = {label: _shortest(needles)
                      for label, needles in lexicon.JOB_OTHER_NEEDLES.items()}


_NOT_YET = re.compile(r"[^.!?;]{0,12}?\b(?:yet|so far|"
                      r"as of yet)\b")


def _quoted(text: str, pos: int) -> bool:
    """True when `pos` lies inside a pair of double quotes (an odd number of them before it on
    its line, one after it; the normalised body is one line): a friend quoting the mail they got
    ("got the email this morning: "we have decided to proceed with other candidates""), not a
    decision written to the reader."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    before = text[line_start:pos].count('"')
    return before % 2 == 1 and line.count('"', pos - line_start) >= 1


def job_context(norm: str) -> float:
    """The weight of job words in a normalised text (each JOB_CONTEXT row counts once)."""
    # the subject's last word touches the body's first: "re: junior ux role\nhi ..." is "role "
    padded = " " + norm.replace("\n", " ") + " "
    context = _JOB_CONTEXT_SET.candidates(padded)
    return sum(weight for i, (needles, weight) in enumerate(_JOB_CONTEXT)
               if i in context and _any_in(needles, padded))


def _signals(norm: str, language: str, ats: str, earlier: str = "") -> features.Signals:
    """Every rule table over the text: rejection cues, look-alike job signals, non-job context.
    `earlier`: the normalised mail a reply quotes, whose job words count for half (at most
    EARLIER_CONTEXT): "we're going to pass" answers "here is my portfolio for the UX role"."""
    s = features.Signals()
    s.job_ctx = job_context(norm)
    if ats:
        s.job_ctx += 1.0
    if earlier and s.job_ctx < MODEL_JOB_CONTEXT:
        s.job_ctx += min(EARLIER_CONTEXT, job_context(earlier) / 2)
    if s.job_ctx == 0:
        return s  # nothing about a job: no rule can make it a job mail
    in_norm = _IN_NORM.candidates(norm)
    for rx in _SYMPATHY:
        if rx.key not in in_norm:
            continue
        m = rx.search(norm)
        if m:
            s.sympathy = m.group(0)
            break
    if not s.sympathy and not ats:
        told = _any_in(_OWN_REJECTION_NEEDLES, norm) and _OWN_REJECTION.search(norm)
        if told:
            s.sympathy = told.group(0)
    if not s.sympathy and not _ADDRESSED.search(norm):
        # Someone telling their own news ("I got rejected from the Google job, they went with
        # another candidate"): a rejection is written to you, or in a company's voice.
        told = _NARRATOR.search(norm)
        if told:
            s.sympathy = told.group(0)
    decided = _CONDITIONAL.sub(" ", norm)
    in_decided = _IN_DECIDED.candidates(decided)
    langs = ["en"] if language == "en" else [language, "en"]
    seen_labels: set[str] = set()
    spans: list[tuple[int, int]] = []  # text already counted: one phrase, one weight
    for lang in langs:
        for rx, weight, label in _REJECTION.get(lang, ()):
            if rx.key not in in_decided:
                continue
            m = rx.search(decided)
            if m and label == lexicon.PAUSED and any(v in norm for v in lexicon.PAUSE_VETO):
                continue
            if m and label not in seen_labels:
                start, end = m.span()
                if any(start < e and end > b for b, e in spans):
                    continue
                if _NOT_YET.match(decided, end):
                    # "you have not been selected yet": no decision so far (leave-one-source-out
                    # over 41 sources: 4 fewer false positives, no rejection lost)
                    continue
                if not ats and _quoted(decided, start):
                    # someone else's rejection reported in quotes (see _quoted); a job board or
                    # an ATS quotes the employer's own message, which stays
                    continue
                spans.append((start, end))
                seen_labels.add(label)
                s.cues.append((label, weight, m.group(0)))
    found: set[str] = set()  # a label counts once, however many of its rows match
    for rx, weight, label in _JOB_OTHER:
        if label in found or rx.key not in in_norm:
            continue
        label_needles = _JOB_OTHER_NEEDLES.get(label)
        if label_needles is not None and not _any_in(label_needles, norm):
            continue
        m = rx.search(norm)
        if m:
            found.add(label)
            s.job_other.append((label, weight, m.group(0)))
    for rx, weight, label in _NON_JOB:
        if rx.key not in in_norm:
            continue
        m = rx.search(norm)
        if m:
            s.non_job.append((label, weight, m.group(0)))
    return s


_LIST_HEADERS = ("list-id", "list-post", "list-archive", "list-help", "mailing-list",
                 "x-mailman-version", "x-mailing-list", "x-campaign", "x-campaignid",
                 "x-mc-user", "feedback-id-newsletter")
_NEWSLETTER_LOCAL = re.compile(r"^(?:newsletters?|digests?|news|bulletin|weekly|marketing|"
                               r"updates|editor|editors|list|lists|mailer|mailings?|info-?news)"
                               r"(?:[-_.+].*)?$")
_NEWSLETTER_NAME = re.compile(r"\b(?:newsletter|digest|weekly|bulletin|magazine|roundup)\b",
                              re.IGNORECASE)
_NEWSLETTER_TEXT = re.compile(
    r"\b(?:view (?:this email |it )?(?:in|on) (?:your |a )?(?:web )?browser|in this (?:week's |"
    r"month's )?issue|this (?:week's|month's) issue|forward (?:this )?to a friend|unsubscribe "
    r"from (?:this|our) (?:list|newsletter)|you (?:are receiving|received) this (?:newsletter|"
    r"digest)|because you (?:subscribed|signed up)|our newsletter|this newsletter|read more|"
    r"read the full (?:story|article)|webinar|newsletter abbestellen|se désabonner de la "
    r"newsletter|darse de baja del boletín)\b")


def bulk_mail(message: ParsedMessage, norm: str) -> tuple[bool, list[str], list[str]]:
    """(bulk, reasons, structure features). Bulk = list or newsletter mail.

    A List-Unsubscribe header alone is not enough: applicant-tracking systems add it to real
    rejections. Mailing-list headers, a newsletter/digest sender, or newsletter structure in the
    text (with a list header or on its own when it repeats) are."""
    names = {name for name, _ in message.headers}
    structure: list[str] = []
    if "list-unsubscribe" in names:
        structure.append("x:list_unsubscribe")
    precedence = message.header("precedence").lower()
    if precedence in ("bulk", "list", "junk"):
        structure.append("x:precedence_bulk")
    list_headers, newsletter = _bulk_headers(message)
    marks = {m.group(0) for m in _NEWSLETTER_TEXT.finditer(norm)}
    if list_headers and _job_board_update(message):
        list_headers = []  # see _job_board_update
    own_update = bool(newsletter or marks) and application_update(message, norm)
    if own_update:
        # An applicant-tracking system's or job board's update on *your* application wears
        # marketing clothes ("view this email in your browser", "read more about life at …") and
        # comes from an updates@ mailbox: neither makes it a digest. A newsletter or digest
        # sender by name, and mailing-list headers, still do.
        marks = set()
        if newsletter.startswith("update"):
            newsletter = ""
    if list_headers:
        structure.append("x:list_headers")
    if newsletter:
        structure.append("x:newsletter_sender")
    reasons = _bulk_header_reasons(list_headers, newsletter)
    if marks:
        structure.append("x:newsletter_text")
    headed = "x:list_unsubscribe" in structure or "x:precedence_bulk" in structure
    worded = bool(marks and (headed or len(marks) >= 2))
    if worded:
        reasons.append("newsletter text: " + ", ".join(f"'{m}'" for m in sorted(marks)[:3]))
    bulk = bool(list_headers) or bool(newsletter) or worded
    return bulk, reasons, structure


def _bulk_headers(message: ParsedMessage) -> tuple[list[str], str]:
    """(the mailing-list headers present, the sender's address if it is a newsletter or
    digest sender else '')."""
    names = {name for name, _ in message.headers}
    sender = message.sender
    newsletter = sender.email if sender and (
        _NEWSLETTER_LOCAL.match(sender.email.partition("@")[0])
        or _NEWSLETTER_NAME.search(sender.name)) else ""
    return sorted(h for h in _LIST_HEADERS if h in names), newsletter


def _bulk_header_reasons(list_headers: list[str], newsletter: str) -> list[str]:
    reasons = []
    if list_headers:
        reasons.append(f"mailing-list headers ({', '.join(list_headers)})")
    if newsletter:
        reasons.append(f"newsletter/digest sender {newsletter}")
    return reasons


def bulk_by_headers(message: ParsedMessage) -> list[str]:
    """Why the headers alone make a message bulk (mailing-list headers, a newsletter sender),
    or [] when they don't. Such mail is bulk whatever its text says, and bulk mail is never a
    rejection: the daemon skips its body and classification (most of an inbox, cheaply)."""
    list_headers, newsletter = _bulk_headers(message)
    if list_headers and _job_board_update(message):
        list_headers = []
    if newsletter.startswith("update") and not list_headers and _YOUR_APPLICATION.search(
            _normalise(message.subject or "")):
        return []  # "An update on your application" from a job board: the body decides
    return _bulk_header_reasons(list_headers, newsletter)


def _job_board_update(message: ParsedMessage) -> bool:
    """A known applicant-tracking system or job board writing about *your application* in its
    subject ("Your application to X at Y"): LinkedIn and others send these status notices with
    List-Id and List-Unsubscribe like any list mail, and they carry the rejection itself. Both
    are needed: a job board's newsletter does not name your application in its subject."""
    sender = message.sender
    return bool(sender and contacts.ats_for_domain(sender.domain)
                and _YOUR_APPLICATION.search(_normalise(message.subject or "")))


_YOUR_APPLICATION = re.compile(lexicon.YOUR_APPLICATION)


def application_update(message: ParsedMessage, norm: str) -> bool:
    """Mail about the reader's own application: it speaks of "your application" (in four
    languages) and either comes from an applicant-tracking system or says so in its subject."""
    if not _YOUR_APPLICATION.search(norm):
        return False
    sender = message.sender
    if sender and contacts.ats_for_domain(sender.domain):
        return True
    return bool(_YOUR_APPLICATION.search(_normalise(message.subject or "")))


@dataclass
class Analysis:
    """Everything the decision needs, computed once per message (also used by the benchmark)."""

    language: str
    ats: str
    feats: dict[str, float]
    signals: features.Signals
    bulk: bool
    bulk_reasons: list[str]
    norm: str
    # the decision sentences and their tokens, as the features saw them (None: not computed)
    sentences: list[tuple[str, list[str]]] | None = None


def analyse(message: ParsedMessage, complete: bool = False) -> Analysis:
    """Features and signals of a message. Mail with no job context at all cannot be a rejection
    or a job mail whatever the model says, so unless `complete` (training wants every feature) its
    n-gram features are skipped: most ordinary mail costs a few substring checks only."""
    body, earlier = split_quoted(message.text or "")
    subject = message.subject or ""
    norm_subject = _normalise(subject)
    norm_body = _normalise(body[:PHRASE_CHARS])
    norm = f"{norm_subject}\n{norm_body}" if norm_subject else norm_body
    sender = message.sender
    ats = contacts.ats_for_domain(sender.domain) if sender else ""
    language = detect_language(norm)
    signals = _signals(norm, language, ats, _normalise(earlier[:PHRASE_CHARS]) if earlier else "")
    if signals.job_ctx == 0 and not complete:
        bulk, bulk_reasons, _ = bulk_mail(message, norm)
        return Analysis(language, ats, {}, signals, bulk, bulk_reasons, norm)
    sentences: list[tuple[str, list[str]]] = []
    feats = features.text_features(norm_subject, norm_body, relayed=bool(ats), kept=sentences)
    # Rule cues are not features (see agent/core/features.py): they decide beside the model in
    # `decide`. Of the look-alike job signals only those of another step in the process are
    # (an interview, an offer, an assessment): talent-pool and careers-site boilerplate comes
    # with rejections as often as without, and as a feature it outvoted the decision.
    for label, _weight, _text in signals.job_other:
        if label in lexicon.NEXT_STEP_SIGNALS:
            feats["jo:" + label] = 1.0
    for label, _weight, _text in signals.non_job:
        feats["nj:" + label] = 1.0
    if signals.sympathy:
        feats["sym"] = 1.0
    # No job-context feature: in every corpus long job mail is more often a rejection than short
    # job mail, and the model learnt "much job talk = rejection". Job context gates, never votes.
    if ats:
        feats["x:social_board" if ats in lexicon.SOCIAL_BOARDS else "x:ats_sender"] = 1.0
    if message.in_reply_to or is_reply_subject(subject):
        feats["x:reply"] = 1.0
    if message.from_html:
        feats["x:html"] = 1.0
    bulk, bulk_reasons, structure = bulk_mail(message, norm)
    for name in structure:
        # List-Unsubscribe and bulk Precedence decide nothing alone (ATSs add them to real
        # rejections and to acknowledgements alike): they count for `bulk`, not for the model.
        if name not in ("x:list_unsubscribe", "x:precedence_bulk"):
            feats[name] = 1.0
    return Analysis(language, ats, feats, signals, bulk, bulk_reasons, norm, sentences)


def _describe(feature: str) -> str:
    """A model feature in words, for --explain."""
    kind, _, rest = feature.partition(":")
    rest = rest.replace("~", "(negated) ")
    return {
        "d": f"'{rest}' in a decision sentence",
        "p": f"word starting '{rest}' in a decision sentence",
        "c": f"decision concept '{rest}'",
        "g": f"letters '{rest.strip()}' in a decision sentence",
        "w": f"word '{rest}'",
        "s": f"subject word '{rest}'",
        "cue": f"rule cue '{rest}'",
        "jo": f"job signal '{rest}'",
        "nj": f"non-job context '{rest}'",
        "x": {"job_context": "job context", "ats_sender": "ATS sender",
              "social_board": "job-board sender", "reply": "a reply",
              "html": "HTML mail", "list_unsubscribe": "List-Unsubscribe header",
              "precedence_bulk": "bulk Precedence", "list_headers": "mailing-list headers",
              "newsletter_sender": "newsletter sender",
              "newsletter_text": "newsletter wording"}.get(rest, rest),
        "lang": f"language {rest}",
    }.get(kind, feature) if feature != "sym" else "personal commiseration"


def _decision_sentence(a: Analysis, weights: dict[str, float]) -> str:
    """The sentence that carries most of the model's rejection evidence."""
    best, best_score = "", 0.0
    sentences = a.sentences
    if sentences is None:
        sentences = [(s, features.tokens(s))
                     for s in features.decision_sentences(a.norm, bool(a.ats))]
    for sentence, toks in sentences:
        feats: dict[str, float] = {}
        features.sentence_features(sentence, feats, toks)
        score = sum(weights.get(name, 0.0) for name in feats)
        if score > best_score:
            best, best_score = sentence, score
    return best[:160]


def decide(a: Analysis, mdl: model.LinearModel, explain: bool = True
           ) -> tuple[Label, float, list[str]]:
    """(label, confidence, reasons) from an analysis and a model."""
    s = a.signals
    reasons: list[str] = []
    if a.ats:
        reasons.append(f"sender is {a.ats} (ATS/job board)")
    p = mdl.probability(a.feats)
    non_job = sum(w for _, w, _ in s.non_job)
    job_other = sum(w for _, w, _ in s.job_other)
    job_wins = s.job_ctx > 0 and s.job_ctx > non_job
    if explain and (p >= 0.2 or s.cues):
        reasons.append(f"model: p(rejection) = {p:.2f} (threshold {mdl.threshold:.2f})")
        if p >= 0.2:
            sentence = _decision_sentence(a, mdl.weights)
            if sentence:
                reasons.append(f"decision sentence: '{sentence}'")
        top, bottom = mdl.strongest(a.feats, 4, 3)
        pro = [f"{_describe(f)} (+{c:.2f})" for f, c in top]
        con = [f"{_describe(f)} ({c:.2f})" for f, c in bottom]
        if pro:
            reasons.append("evidence for: " + "; ".join(pro))
        if con:
            reasons.append("evidence against: " + "; ".join(con))
        reasons += [f"rejection phrase ({w:g}): '{t}' [{label}]" for label, w, t in s.cues]
    cue_weight = sum(w for _, w, _ in s.cues)
    # the candidate's own step (they withdrew or declined) explains the refusal words around it
    # ("we won't be going forward with the process, as you asked"): no rule cue decides then
    own_step = any(label == lexicon.OWN_STEP for label, _, _ in s.job_other)
    rule = cue_weight >= lexicon.REJECTION_THRESHOLD and any(
        w >= lexicon.DECISIVE for _, w, _ in s.cues) and not own_step
    # The model alone decides only mail that is clearly about a job: generic "no"/"not"/
    # "unfortunately" sentences in ordinary mail must not add up to a rejection.
    kept_open = any(label in lexicon.NO_DECISION for label, _, _ in s.job_other)
    model_says = p >= mdl.threshold and not kept_open and (
        s.job_ctx >= MODEL_JOB_CONTEXT or (s.job_ctx >= 1.0 and p >= MODEL_SURE)
        or (s.job_ctx >= 0.5 and p >= MODEL_CERTAIN))
    if (model_says or rule) and job_wins and not a.bulk and not s.sympathy:
        if p < mdl.threshold:
            reasons.append(f"decided by the rule cues (weight {cue_weight:g}) although the model "
                           f"says {p:.2f}")
        reasons.append(f"job context {s.job_ctx:g} > non-job {non_job:g}")
        confidence = max(p, min(0.95, 0.6 + 0.08 * cue_weight)) if rule else p
        return "rejection", round(confidence, 3), reasons
    if own_step and not rule and cue_weight >= lexicon.REJECTION_THRESHOLD and p < mdl.threshold:
        step = next(t for label, _, t in s.job_other if label == lexicon.OWN_STEP)
        reasons.append(f"the candidate's own step ('{step}') explains the refusal words: "
                       f"not a decision")
    if p >= mdl.threshold and not (model_says or rule):
        if kept_open:
            label, kept = next((label, t) for label, _, t in s.job_other
                               if label in lexicon.NO_DECISION)
            reasons.append({lexicon.KEPT_OPEN: f"the application is kept open ('{kept}'): no "
                                               f"decision yet",
                            lexicon.NO_NEWS: f"a job alert with nothing new ('{kept}'), not a "
                                             f"decision"}.get(label, f"the candidate's own step "
                                                                    f"('{kept}'), not a decision"))
        else:
            reasons.append(f"too little job context ({s.job_ctx:g}) for the model alone")
    elif p >= mdl.threshold or rule:
        if a.bulk:  # a newsletter or digest *about* rejections: not the candidate's job mail
            reasons.append("bulk/list mail is never a rejection: " + "; ".join(a.bulk_reasons))
            return "other", 0.8, reasons
        elif s.sympathy:
            reasons.append(f"personal commiseration: '{s.sympathy}'")
        else:
            reasons.append(f"not about a job application (job context {s.job_ctx:g}, "
                           f"non-job {non_job:g})")
    elif a.bulk and explain:
        reasons.append("bulk/list mail: " + "; ".join(a.bulk_reasons))
    strong_sender = bool(a.ats) and a.ats not in lexicon.SOCIAL_BOARDS
    if s.sympathy or (non_job >= s.job_ctx and non_job > 0 and job_other < 3):
        if s.sympathy and not any(r.startswith("personal commiseration") for r in reasons):
            reasons.append(f"personal commiseration: '{s.sympathy}'")
        reasons += [f"non-job context ({w:g}): '{t}' [{lb}]" for lb, w, t in s.non_job[:3]]
        return "other", 0.8 if s.sympathy else 0.7, reasons
    if s.job_ctx >= 0.5 and (job_other >= lexicon.JOB_OTHER_THRESHOLD or strong_sender):
        reasons += [f"job signal ({w:g}): '{t}' [{lb}]" for lb, w, t in s.job_other[:4]]
        return "job_other", round(min(0.95, 0.5 + 0.1 * job_other), 3), reasons
    reasons.append("no decisive job or rejection signal")
    return "other", 0.9 if s.job_ctx == 0 else 0.7, reasons


# ---------------------------------------------------------------------------------------------
# The classifier
# ---------------------------------------------------------------------------------------------
def classify(message: ParsedMessage, explain: bool = True) -> Verdict:
    """Label, confidence, readable reasons and the extracted fields of one message. Without
    `explain` the model's own evidence (its decision sentence, the features for and against)
    is left out of the reasons: a caller that prints no reasons need not pay for them."""
    return classify_with(message, model.shipped(), explain=explain)


def recognise(message: ParsedMessage) -> Verdict:
    """The daemon's classification: the label as `classify` gives it, with company, title and
    contact extracted for rejections only, the one label that opens a thread. Other job mail
    is most of a job seeker's inbox, and its extraction was a third of the classifier's time.
    Only a rejection's reasons are kept (with its thread), so only a rejection is explained."""
    return classify_with(message, model.shipped(), extract_job_other=False, explain=False)


def classify_with(message: ParsedMessage, mdl: model.LinearModel,
                  extract_job_other: bool = True, explain: bool = True) -> Verdict:
    """`explain=False` still explains a rejection: its reasons are what a thread keeps."""
    a = analyse(message)
    label, confidence, reasons = decide(a, mdl, explain)
    if label == "rejection" and not explain:
        label, confidence, reasons = decide(a, mdl)
    if label == "other" or (label == "job_other" and not extract_job_other):
        # nothing to draft: skip the extraction work
        return Verdict(label=label, confidence=confidence, reasons=tuple(reasons),
                       language=a.language, bulk=a.bulk)
    body = strip_quoted(message.text or "")[:ANALYSED_CHARS]
    x = extract.extract(message, body, a.norm, a.bulk)
    reasons += x.reasons
    return Verdict(
        label=label,
        confidence=confidence,
        reasons=tuple(reasons),
        language=a.language,
        stage=x.stage,
        company=x.company,
        job_title=x.job_title,
        contact_name=x.contact_name,
        contact_email=x.contact_email,
        company_confidence=x.company_confidence,
        title_confidence=x.title_confidence,
        bulk=a.bulk,
    )
