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
5. Company, job title, stage, language and contact are extracted independently of the label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from agent.core import contacts, features, lexicon, model
from agent.core.message import ParsedMessage

Label = Literal["rejection", "job_other", "other"]
Stage = Literal["application", "screening", "interview"]

ANALYSED_CHARS = 6000  # body characters used for extraction; bounds the work per message
EXTRACT_CHARS = 3000  # body characters searched for company/title phrases (names come early)
MODEL_JOB_CONTEXT = 1.5  # job context the model needs to decide alone (without a rule cue)
MODEL_SURE = 0.8  # ... or this probability with a little job context
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

    __slots__ = ("rx", "boundary", "pattern", "needle", "starts")

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
_CONDITIONAL = re.compile(lexicon.CONDITIONAL)
_INTERVIEWED = tuple(_Phrase(p) for p in lexicon.INTERVIEWED)
_ATS_NAMES = frozenset(name.lower() for name, _ in lexicon.ATS) | frozenset(
    d.split(".")[0] for _, ds in lexicon.ATS for d in ds) | {"myworkday", "greenhouse-mail",
                                                             "workablemail", "teamtailor-mail"}
_QUOTE_START = re.compile(
    r"^(?:on .{5,200} wrote:|am .{5,200} schrieb .{0,80}:|le .{5,200} a écrit ?:|el .{5,200} "
    r"escribió:|-{2,} ?(?:original message|ursprüngliche nachricht|message d'origine|mensaje "
    r"original|forwarded message) ?-{2,}|from: .+|von: .+|de: .+|_{10,})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def strip_quoted(text: str) -> str:
    """The new part of a reply: drops '>' lines and everything from an 'On ... wrote:' or
    '--- Original Message ---' style header on. A small rule instead of a library: fast, and
    rejection mail is rarely a reply."""
    m = _QUOTE_START.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    if ">" in text:
        text = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(">"))
    return text


_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'",
                       "\u2013": "-", "\u2014": "-", "\u00a0": " ", "*": " ", "_": " "})


_SOFT_BREAK = re.compile(r"(?<=[^\n.!?:;])\n(?=[^\n])")


def _flatten(text: str) -> str:
    """Hard-wrapped paragraphs joined into lines ('for the Staff\\nEngineer role')."""
    return _SOFT_BREAK.sub(" ", text)


def _normalise(text: str) -> str:
    return " ".join(text.translate(_FOLD).lower().split())


# ---------------------------------------------------------------------------------------------
# Language and stage
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


_FUTURE = re.compile(r"\blook(?:ing)? forward to [^.!?]{0,80}")


# Interview rounds beyond a first screen: final rounds, system design, onsite, panels.
_ROUNDS = re.compile(
    r"\b(?:system design|technical (?:interview|round|session)|coding (?:interview|session)|"
    r"final (?:round|interview|stage)|onsite|on-site|panel interview|interview panel|"
    r"interview(?:s| rounds?| "
    r"process| loop| panel)|interviewing with|interviewed|meeting the team|met the team|hiring "
    r"manager|case interview|superday|assessment cent(?:er|re)|zweit(?:es|en) gespräch|"
    r"fachgespräch|vorstellungsgespräch|entretien (?:final|technique)|entretiens|entrevista "
    r"(?:final|técnica)|entrevistas)\b")
# A first call with a recruiter only.
_SCREEN = re.compile(
    r"\b(?:recruiter (?:screen|call|chat|conversation)|phone screen|phone call|screening (?:call|"
    r"interview)|initial (?:call|conversation|chat|screen|phone)|intro(?:ductory)? call|first call|"
    r"call with (?:me|our recruiter|our talent)|telefonat|telefoninterview|erstgespräch|"
    r"kennenlerngespräch|échange téléphonique|entretien téléphonique|premier échange|llamada)\b")


_INVITED = re.compile(
    r"\b(?:invit\w*|einlad\w*|laden (?:wir )?(?:sie|dich|euch)|convo\w*|schedule|book a time|"
    r"would like to (?:meet|speak)|aimerions vous rencontrer)")


def _stage(norm: str) -> tuple[Stage, str]:
    """How far the candidate got: interview rounds, a recruiter screen, or the application."""
    if not any(n in norm for n in lexicon.INTERVIEWED_NEEDLES) and "screen" not in norm \
            and "system design" not in norm and "telefon" not in norm:
        return "application", ""
    if "forward to" in norm:  # "we look forward to speaking with you": not yet interviewed
        norm = _FUTURE.sub(" ", norm)
    past = None
    for rx in _INTERVIEWED:
        past = rx.search(norm)
        if past:
            break
    rounds = _ROUNDS.search(norm)
    screen = _SCREEN.search(norm)
    if rounds and (past or not (screen or _INVITED.search(norm))):
        return "interview", f"stage interview: '{rounds.group(0)}'"
    if screen:
        return "screening", f"stage screening: '{screen.group(0)}'"
    if past:
        return "interview", f"stage interview: '{past.group(0)}'"
    return "application", ""


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


_JOB_CONTEXT = tuple((_shortest(needles), weight) for needles, weight in lexicon.JOB_CONTEXT)
_JOB_OTHER_NEEDLES = {label: _shortest(needles)
                      for label, needles in lexicon.JOB_OTHER_NEEDLES.items()}


def _signals(norm: str, language: str, ats: str) -> features.Signals:
    """Every rule table over the text: rejection cues, look-alike job signals, non-job context."""
    s = features.Signals()
    padded = " " + norm
    for needles, weight in _JOB_CONTEXT:
        if _any_in(needles, padded):
            s.job_ctx += weight
    if ats:
        s.job_ctx += 1.0
    if s.job_ctx == 0:
        return s  # nothing about a job: no rule can make it a job mail
    for rx in _SYMPATHY:
        m = rx.search(norm)
        if m:
            s.sympathy = m.group(0)
            break
    decided = _CONDITIONAL.sub(" ", norm)
    langs = ["en"] if language == "en" else [language, "en"]
    seen_labels: set[str] = set()
    spans: list[tuple[int, int]] = []  # text already counted: one phrase, one weight
    for lang in langs:
        for rx, weight, label in _REJECTION.get(lang, ()):
            m = rx.search(decided)
            if m and label == lexicon.PAUSED and any(v in norm for v in lexicon.PAUSE_VETO):
                continue
            if m and label not in seen_labels:
                start, end = m.span()
                if any(start < e and end > b for b, e in spans):
                    continue
                spans.append((start, end))
                seen_labels.add(label)
                s.cues.append((label, weight, m.group(0)))
    found: set[str] = set()  # a label counts once, however many of its rows match
    for rx, weight, label in _JOB_OTHER:
        if label in found:
            continue
        label_needles = _JOB_OTHER_NEEDLES.get(label)
        if label_needles is not None and not _any_in(label_needles, norm):
            continue
        m = rx.search(norm)
        if m:
            found.add(label)
            s.job_other.append((label, weight, m.group(0)))
    for rx, weight, label in _NON_JOB:
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
    reasons: list[str] = []
    if "list-unsubscribe" in names:
        structure.append("x:list_unsubscribe")
    precedence = message.header("precedence").lower()
    if precedence in ("bulk", "list", "junk"):
        structure.append("x:precedence_bulk")
    list_headers = sorted(h for h in _LIST_HEADERS if h in names)
    if list_headers:
        structure.append("x:list_headers")
        reasons.append(f"mailing-list headers ({', '.join(list_headers)})")
    sender = message.sender
    if sender and (_NEWSLETTER_LOCAL.match(sender.email.partition("@")[0])
                   or _NEWSLETTER_NAME.search(sender.name)):
        structure.append("x:newsletter_sender")
        reasons.append(f"newsletter/digest sender {sender.email}")
    marks = {m.group(0) for m in _NEWSLETTER_TEXT.finditer(norm)}
    if marks:
        structure.append("x:newsletter_text")
    headed = "x:list_unsubscribe" in structure or "x:precedence_bulk" in structure
    if marks and (headed or len(marks) >= 2):
        reasons.append("newsletter text: " + ", ".join(f"'{m}'" for m in sorted(marks)[:3]))
    bulk = bool(list_headers) or "x:newsletter_sender" in structure or bool(
        marks and (headed or len(marks) >= 2))
    return bulk, reasons, structure


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


def analyse(message: ParsedMessage, complete: bool = False) -> Analysis:
    """Features and signals of a message. Mail with no job context at all cannot be a rejection
    or a job mail whatever the model says, so unless `complete` (training wants every feature) its
    n-gram features are skipped: most ordinary mail costs a few substring checks only."""
    body = strip_quoted(message.text or "")
    subject = message.subject or ""
    norm_subject = _normalise(subject)
    norm_body = _normalise(body[:PHRASE_CHARS])
    norm = f"{norm_subject}\n{norm_body}" if norm_subject else norm_body
    sender = message.sender
    ats = contacts.ats_for_domain(sender.domain) if sender else ""
    language = detect_language(norm)
    signals = _signals(norm, language, ats)
    if signals.job_ctx == 0 and not complete:
        bulk, bulk_reasons, _ = bulk_mail(message, norm)
        return Analysis(language, ats, {}, signals, bulk, bulk_reasons, norm)
    feats = features.text_features(norm_subject, norm_body)
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
    if message.in_reply_to or re.match(r"^\s*(?:re|aw|sv)\s*:", subject, re.IGNORECASE):
        feats["x:reply"] = 1.0
    if message.from_html:
        feats["x:html"] = 1.0
    bulk, bulk_reasons, structure = bulk_mail(message, norm)
    for name in structure:
        # List-Unsubscribe and bulk Precedence decide nothing alone (ATSs add them to real
        # rejections and to acknowledgements alike): they count for `bulk`, not for the model.
        if name not in ("x:list_unsubscribe", "x:precedence_bulk"):
            feats[name] = 1.0
    return Analysis(language, ats, feats, signals, bulk, bulk_reasons, norm)


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


def _decision_sentence(norm: str, weights: dict[str, float]) -> str:
    """The sentence that carries most of the model's rejection evidence."""
    best, best_score = "", 0.0
    for sentence in features.decision_sentences(norm):
        feats: dict[str, float] = {}
        features.sentence_features(sentence, feats)
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
            sentence = _decision_sentence(a.norm, mdl.weights)
            if sentence:
                reasons.append(f"decision sentence: '{sentence}'")
        contrib = mdl.contributions(a.feats)
        pro = [f"{_describe(f)} (+{c:.2f})" for f, c in [x for x in contrib if x[1] > 0][:4]]
        con = [f"{_describe(f)} ({c:.2f})" for f, c in [x for x in contrib if x[1] < 0][:3]]
        if pro:
            reasons.append("evidence for: " + "; ".join(pro))
        if con:
            reasons.append("evidence against: " + "; ".join(con))
        reasons += [f"rejection phrase ({w:g}): '{t}' [{label}]" for label, w, t in s.cues]
    cue_weight = sum(w for _, w, _ in s.cues)
    rule = cue_weight >= lexicon.REJECTION_THRESHOLD and any(
        w >= lexicon.DECISIVE for _, w, _ in s.cues)
    # The model alone decides only mail that is clearly about a job: generic "no"/"not"/
    # "unfortunately" sentences in ordinary mail must not add up to a rejection.
    model_says = p >= mdl.threshold and (s.job_ctx >= MODEL_JOB_CONTEXT or (
        s.job_ctx >= 1.0 and p >= MODEL_SURE))
    if (model_says or rule) and job_wins and not a.bulk and not s.sympathy:
        if p < mdl.threshold:
            reasons.append(f"decided by the rule cues (weight {cue_weight:g}) although the model "
                           f"says {p:.2f}")
        reasons.append(f"job context {s.job_ctx:g} > non-job {non_job:g}")
        confidence = max(p, min(0.95, 0.6 + 0.08 * cue_weight)) if rule else p
        return "rejection", round(confidence, 3), reasons
    if p >= mdl.threshold and not (model_says or rule):
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
# Extraction: company and job title
# ---------------------------------------------------------------------------------------------
# A capitalised word; a dot stays inside ("A.I.") and after a title-like abbreviation ("St. Gallen",
# "Mt. Sinai"): a company name is never cut at an abbreviation dot.
_CAP = r"[A-Z0-9ÄÖÜÉÈÀ](?:[\w&'’°+-]|\.(?=\w)|(?<=\bSt)\.|(?<=\bMt)\.|(?<=\bFt)\.|(?<=\bSte)\.)*"
_ORG = rf"(?:{_CAP}(?:(?: |, )(?:(?:of|de|du|des|la|le|für|and|&|the|y|zu) )?{_CAP}){{0,5}})"
_ORG_STOP = re.compile(
    r"(?:,? (?:in|at|for|with|and|to|is|as|has|we|our|who|where|on|from|this|team|about)\b.*$)|"
    r"[.,;:!?)]+$"
)
_COMPANY_PATTERNS: tuple[tuple[re.Pattern[str], float, str], ...] = tuple(
    (re.compile(p), w, src) for p, w, src in (
        (rf"\b(?:position|role|opening|job|vacancy|internship|opportunity|team|career|stelle|"
         rf"poste|puesto) (?:at|with|bei|chez|en|in) (?:the )?({_ORG})", 3.0, "body 'role at'"),
        (rf"\b(?:applying|applied|application|apply) (?:to|for) (?:the |our |a |an )?"
         rf"[^.\n]{{2,80}}? (?:at|with|bei|chez) (?:the )?({_ORG})", 3.0, "body 'applied to X at'"),
        (rf"\b(?:interest in|interested in|applying to|applied to|apply to|apply at|applying at|"
         rf"application to|application with|consider(?:ing)?|for choosing|joining|to join|"
         rf"[Bb]ewerbung bei|[Bb]ewerbung als [^.\n]{{2,60}}? bei|Interesse an|intérêt pour|"
         rf"que vous portez à|interés en|interés por) "
         rf"(?:(?:working|a career) (?:at|with|for) |joining |the team at |us at )?"
         rf"(?:the |der |die |dem |la |le |l'|el )?({_ORG})", 2.0, "body 'interest in'"),
        (rf"\b(?:my|our) client,? (?:the )?({_ORG})", 3.0, "body 'my client'"),
        (rf"\bon behalf of (?:(?:my|our) client,? )?(?:the )?({_ORG})", 3.0, "body 'my client'"),
        (rf"\b(?:Unfortunately,|Leider hat|Malheureusement,) ({_ORG}) (?:has|have|did|is|hat)",
         3.0, "body 'X has decided'"),
        (rf"^(?:The |Das |L'équipe |El equipo de )?({_ORG}) (?:Recruiting|Recruitment|Talent|"
         rf"Hiring|Careers|HR|People|Team|Talent Acquisition|Recruiting Team|Hiring Team|"
         rf"Talent Team|Careers Team|Recruitment Team)(?: Team)?\s*$", 3.0, "signature team"),
        (rf"^(?:The |Your friends at |Das |Ihr |Dein )({_ORG}) (?:Team|Recruiting Team|-Team)\s*$",
         3.0, "signature team"),
        (rf"^(?:Recruiting|Talent|HR|Hiring|People) (?:Team|Acquisition)?,? ({_ORG})\s*$", 2.0,
         "signature team"),
        (rf"^(?:[A-Z][\w-]* ){{0,3}}(?:Manager|Recruiter|Director|Lead|Partner|Specialist|"
         rf"Coordinator|Officer|Consultant|Founder|CEO|CTO|Head of [A-Z]\w+|Sourcer)"
         rf"(?:,| at| \|| -| @) ({_ORG})\s*$", 2.5, "signature title line"),
    )
)
_DISPLAY_TEAM = re.compile(
    r"^(?:the )?(.+?)(?: (?:via|through|@) .+|,? (?:recruiting|recruitment|talent acquisition|"
    r"talent|hiring team|hiring|careers|career|jobs|hr|people|people team|team|notifications|"
    r"workday|karriere|recrutement|empleo)(?: team)?)$",
    re.IGNORECASE,
)
_SUBJECT_COMPANY = tuple(re.compile(p) for p in (
    rf"\b(?:application (?:to|at|with)|applying to|applying for .+? at|interest in|applied to|"
    rf"update from|from|at|with|bei|chez|en) ({_ORG})\s*(?:[-|:!,.]|$)",
    rf"^({_ORG}) (?:\||-|:|–) ",
    rf"^(?:Your |Update on your |Ihre )({_ORG}) (?:application|Bewerbung)",
))
_GENERIC_ORG = lexicon.words(
    "us our we you your the team company hiring team recruiting application update thank "
    "thanks unfortunately hello hi dear important regarding re fwd position role job careers "
    "candidate talent acquisition application received application update job application "
    "interview this that it human resources recruitment hr people ihre votre su corporate"
) | {"hiring team", "recruiting team", "application update", "application received", "job",
     "the team", "our team", "talent team", "careers team"}


_ORG_TAIL = re.compile(r"(?:\s+(?:recruiting|recruitment|talent|acquisition|hiring|team|careers|"
                       r"career|hr|people|operations|jobs|workday|karriere|-team|graduate|graduates|campus|"
                       r"early careers|university relations))+$",
                       re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:GmbH(?: & Co\.? KG)?|AG|Inc|LLC|LLP|Ltd|Limited|S\.?A\.?S|S\.?A|SARL|S\.?L\.?U?|"
    r"B\.?V|N\.?V|plc|PLC|Corp|Corporation|Co|Pty(?: Ltd)?|KG|KGaA|SE|e\.?V|S\.?p\.?A|S\.?r\.?l|"
    r"AB|ASA|Oy|Pvt(?: Ltd)?|S\.?C|mbH)\.?$")
_TITLE_FOLLOWS = re.compile(r"\s+(?:position|role|opening|job|internship|vacancy|at|with)\b")


def _clean_org(raw: str) -> str:
    org = raw.strip(" .,;:-|\"'")
    org = _ORG_STOP.sub("", org).strip(" .,;:-|\"'")
    org = _ORG_TAIL.sub("", org).strip(" .,;:-|\"'")
    org = _LEGAL_SUFFIX.sub("", org).strip(" .,;:-|\"'")
    org = re.sub(r"^(?:The|Das|La|Le|El) (?=\S)", "", org) if len(org.split()) > 1 else org
    return org


# A last word that makes a name a team, a programme or a person's title, never a company
# ("Payments Platform", "Graduate", "Senior Consultant", "Data Engineer").
_NOT_COMPANY_LAST = lexicon.words(
    "platform platforms infrastructure growth engineering operations graduate graduates programme "
    "program intern interns internship team teams squad department consultant consultants "
    "recruiter recruiters manager managers director partner specialist coordinator officer "
    "engineer engineers developer developers analyst designer lead associate assistant scientist "
    "researcher sourcer founder ceo cto vp president head entwickler entwicklerin berater "
    "beraterin ingenieur ingénieur ingeniero chargée chargé responsable analista"
)


def _valid_org(org: str) -> bool:
    low = org.lower()
    if not org or len(org) > 60 or len(org.split()) > 6 or low in _GENERIC_ORG:
        return False
    if low.split()[-1] in _NOT_COMPANY_LAST:
        return False
    if low.split()[0] in _GENERIC_ORG and len(org.split()) == 1:
        return False
    if low in _ATS_NAMES or low.replace(" ", "") in _ATS_NAMES:
        return False
    return not any(w in _ATS_NAMES for w in low.split())


def _domain_company(domain: str) -> str:
    if not domain or contacts.ats_for_domain(domain) or domain in lexicon.FREEMAIL:
        return ""
    labels = [p for p in domain.lower().split(".") if p]
    if len(labels) < 2:
        return ""
    core = labels[:-1]
    if len(core) >= 2 and core[-1] in {"co", "com", "org", "ac", "gov", "net"}:
        core = core[:-1]  # acme.co.uk
    core = [p for p in core if p not in lexicon.MAIL_SUBDOMAINS] or core[-1:]
    name = core[-1]
    if name in _ATS_NAMES or len(name) < 2:
        return ""
    return "-".join(part.capitalize() for part in name.split("-"))


_SOURCE_CONFIDENCE = {"body 'role at'": 0.9, "body 'applied to X at'": 0.9,
                      "body 'interest in'": 0.75, "body 'my client'": 0.95,
                      "body 'X has decided'": 0.85, "signature team": 0.9,
                      "signature title line": 0.85, "sender name": 0.8, "subject": 0.7,
                      "sender domain": 0.45}


def extract_company(message: ParsedMessage, body: str) -> tuple[str, float, str]:
    """(company, confidence, reason). Votes from sender name, body phrases, signature, subject
    and domain; confidence says how many independent places agree and how close a rival is."""
    votes: dict[str, float] = {}
    shown: dict[str, str] = {}
    sources: dict[str, list[str]] = {}

    def vote(raw: str, weight: float, source: str) -> None:
        org = _clean_org(raw)
        if not _valid_org(org):
            return
        if source == "subject" and contacts.looks_like_person_name(org):
            return  # "Sam Taylor - Next steps": the candidate's own name
        key = org.lower()
        votes[key] = votes.get(key, 0.0) + weight
        shown.setdefault(key, org)
        sources.setdefault(key, []).append(source)

    sender = message.sender
    if sender and sender.name:
        m = _DISPLAY_TEAM.match(sender.name.strip())
        if m and not contacts.looks_like_person_name(m.group(1)):
            vote(m.group(1), 3.0, "sender name")
    head = body[:ANALYSED_CHARS]
    flat = _flatten(head[:EXTRACT_CHARS])
    for rx, weight, source in _COMPANY_PATTERNS:
        if source.startswith("signature"):
            continue
        for m in rx.finditer(flat):
            if source == "body 'interest in'" and _TITLE_FOLLOWS.match(flat, m.end(1)):
                continue  # "interest in the Data Analyst position": a title, not a company
            vote(m.group(1), weight, source)
    tail_lines = [ln.strip(" *_|") for ln in head.splitlines() if ln.strip()][-8:]
    for line in tail_lines:
        for rx, weight, source in _COMPANY_PATTERNS:
            if source.startswith("signature"):
                m = rx.match(line)
                if m:
                    vote(m.group(1), weight, source)
    subject = message.subject
    for rx in _SUBJECT_COMPANY:
        for m in rx.finditer(subject):
            vote(m.group(1), 2.0, "subject")
    if "body 'my client'" in {src for found in sources.values() for src in found}:
        # an agency recruiter writes on behalf of a client: the agency is not the company
        for key in list(votes):
            if not any(src.startswith("body") for src in sources[key]):
                del votes[key]
    elif sender:
        dom = _domain_company(sender.domain)
        squashed = re.sub(r"[^a-z0-9]", "", dom.lower())
        spelled = [key for key in votes if squashed and squashed in re.sub(r"[^a-z0-9]", "", key)]
        if spelled:
            # the body spells out the domain's name ("Northstar Labs" for northstarlabs.com):
            # that spelling wins, the domain only confirms it
            for key in spelled:
                votes[key] += 1.0
                sources[key].append("sender domain")
        elif dom:
            vote(dom, 1.0, "sender domain")
    if not votes:
        return "", 0.0, ""
    # "University of Westbridge" also confirms "Westbridge"; the fuller name wins ties
    for key in list(votes):
        for other in votes:
            if other != key and re.search(rf"\b{re.escape(other)}\b", key):
                votes[key] += 0.5
    # Agreement between a short and a long form ("Acme" / "Acme Robotics") favours the short one
    # only when it is clearly more frequent.
    best = max(votes, key=lambda k: (votes[k], -len(k)))
    found = sources[best]
    conf = max(_SOURCE_CONFIDENCE.get(src, 0.5) for src in found)
    if len(set(found)) > 1:  # two independent places agree
        conf = min(0.98, conf + 0.1)
    runner_up = max((v for k, v in votes.items() if k != best), default=0.0)
    if runner_up and runner_up >= votes[best] * 0.8:
        conf -= 0.15  # a close second candidate: less sure
    conf = round(max(0.05, min(conf, 0.98)), 2)
    return shown[best], conf, f"company '{shown[best]}' from {', '.join(found)} ({conf:.2f})"


_TITLE_BODY = tuple(re.compile(p) for p in (
    r"\b(?:for|to|in|about) (?:the|our|your|this) (?:role|position|post) of ([^.\n]{3,80}?)"
    r"(?: at | with |[.,;\n]|$)",
    r"\b(?:for|to|in|of|about|with|regarding|on) (?:the|our|your|this|an?) ([A-Z0-9][^.\n]{2,80}?) "
    r"(?:position|role|opening|job|vacancy|internship|post|requisition|Stelle|Position)\b",
    r"\bthe ([A-Z0-9][^.\n]{2,80}?) (?:position|role|opening) (?:at|with|in)\b",
    r"\b(?:for|to) (?:the )?(?:position|role|post|job) (?:of|as) (?:an? )?([^.,\n]{3,80}?)"
    r"(?: at | with | in |[.,;\n]|$)",
    r"\byour ([A-Z][^.\n]{2,60}?) application\b",
    r"\b(?:apply|applying|applied|application) (?:for|to) (?:the |our )?([A-Z][^.\n]{2,80}?)"
    r"(?: position| role| opening| at | with |[.,;\n]|$)",
    r"\b(?:als|en tant que|como|au poste de|pour le poste de|(?:für|an) (?:die|der) (?:Stelle|"
    r"Position)(?: als)?|"
    r"para el puesto de|al puesto de|para la posición de|de la vacante de) ([A-Z][^.\n]{2,60}?)"
    r"(?: bei | chez | en | und | et | y |[.,;\n]|$)",
))
_TITLE_FIELDS = re.compile(  # labelled lines, matched on the unwrapped text
    r"^[ \t*•-]*(?:Position|Job Title|Job|Role|Stelle|Position|Poste|Puesto|Vacancy|Requisition)"
    r"(?: title)?: ?([^\n]{3,80})$", re.MULTILINE)
_TITLE_SUBJECT = tuple(re.compile(p) for p in (
    r"^(.+?)\s*[(\[](?:m/w/d|w/m/d|m/f/d|f/m/d|h/f|f/h|m/f|all genders|d/f/m|m/w/x)[)\]]",
    r"^(.+?) (?:-|–|\||:) (?:our decision|decision|an update|update|application update|"
    r"status update|"
    r"next steps|your application|feedback|outcome|ihre bewerbung|deine bewerbung|rückmeldung|"
    r"votre candidature|suite à votre candidature|tu candidatura|su candidatura)\b",
    r"\b(?:application (?:to|for)|applying for|applied for|interest in the|for the|update on the|"
    r"follow-up for|regarding|re:|bewerbung als|bewerbung für|candidature au poste de|"
    r"candidature pour|candidatura para|candidatura a) (?:the |a |an |our |le poste de |"
    r"el puesto de )?(.+?)(?: at | bei | chez | en | with | position| role| search| \| |"
    r" - |$)",
    r"^(.+?) (?:application|Application|Bewerbung|candidature)(?: update| received| status)?\s*$",
    r"^[^|:-]+ (?:-|\||:|–) (.+)$",
    r"^(?:Indeed Application|Application|Applied): (.+)$",
))
_REQ = re.compile(  # "R-12345", "(Req 4411)", "JR0148336", "#606810", "2020-56835"; not "2025"
    r"\s*[\(\[]?\s*(?:(?i:#|req(?:uisition)?\.?(?: ?id| ?no\.?| ?#)?:? ?|job (?:id|no\.?|#):? ?|"
    r"ref(?:erence)?\.?:? ?|id:? ?)[A-Z]{0,5}[-_]?\d{2,}[\w-]*|\b[A-Z]{1,5}-?\d{3,}[\w-]*|"
    r"\b\d{5,}[\w-]*|\b\d{4}-\d{3,})[\)\]]?\s*"
)
_PAREN_LOC = re.compile(r"\s*[(\[](?:[^()\[\]]*\b(?:remote|hybrid|on-?site|m/w/d|w/m/d|m/f/d|f/m/d|"
                        r"h/f|f/h|m/f|all genders|d/f/m)\b[^()\[\]]*)[)\]]", re.IGNORECASE)
_BAD_TITLE = re.compile(r"\b(?:your|our|you|we|this|thank|application|update|interest|"
                        r"ihre|votre|su|thanks)\b", re.IGNORECASE)


def clean_title(raw: str) -> str:
    """Drop requisition numbers, '(Remote)', '(m/w/d)', trailing locations and punctuation."""
    title = raw.strip(" \t\"'*.,:;!-|")
    title = _PAREN_LOC.sub("", title)
    title = _REQ.sub(" ", title)
    title = re.sub(r"\(\s*\)|\s*\([^)]*$", "", title)
    for _ in range(2):
        parts = re.split(r"\s+[-–|/@,]\s+|\s+(?:in|at)\s+(?=[A-Z])|,\s*", title)
        if len(parts) > 1:
            last = parts[-1].strip(" ()").lower()
            words = re.findall(r"[\w-]+", last)
            if words and (all(w in lexicon.LOCATIONS for w in words)
                          or re.fullmatch(r"[a-z .]+, ?[a-z]{2}", last)):
                title = title[: title.rfind(parts[-1])].rstrip(" -–|/@,(")
    title = re.sub(r"\s+", " ", title).strip(" \t\"'*.,:;!-|(")
    return title


def _valid_title(title: str, company: str) -> bool:
    if not (2 <= len(title) <= 80) or len(title.split()) > 10:
        return False
    if company and title.lower() == company.lower():
        return False
    if _BAD_TITLE.search(title):
        return False
    return title[0].isupper() or title[0].isdigit()


def extract_title(message: ParsedMessage, body: str, company: str) -> tuple[str, float, str]:
    """(job title, confidence, reason) from the body first (fuller), then the subject."""
    for m in _TITLE_FIELDS.finditer(body[:EXTRACT_CHARS]):
        title = clean_title(m.group(1))
        if _valid_title(title, company):
            return title, 0.95, f"job title '{title}' from a labelled line"
    flat = _flatten(body[:EXTRACT_CHARS])
    for rx in _TITLE_BODY:
        for m in rx.finditer(flat):
            title = clean_title(m.group(1))
            if company and title.lower().endswith(" at " + company.lower()):
                title = title[: -len(company) - 4]
            if _valid_title(title, company):
                return title, 0.85, f"job title '{title}' from body"
    subject = message.subject
    for rx in _TITLE_SUBJECT:
        sm = rx.search(subject)
        if sm:
            title = clean_title(sm.group(1))
            if company:
                title = re.sub(rf"\s*(?:at|@|-|\|)\s*{re.escape(company)}$", "", title,
                               flags=re.IGNORECASE)
            if _valid_title(title, company):
                return title, 0.75, f"job title '{title}' from subject"
    return "", 0.0, ""


# ---------------------------------------------------------------------------------------------
# The classifier
# ---------------------------------------------------------------------------------------------
def classify(message: ParsedMessage) -> Verdict:
    """Label, confidence, readable reasons and the extracted fields of one message."""
    return classify_with(message, model.shipped())


def classify_with(message: ParsedMessage, mdl: model.LinearModel) -> Verdict:
    a = analyse(message)
    label, confidence, reasons = decide(a, mdl)
    if label == "other":  # nothing to draft: skip the extraction work
        return Verdict(label=label, confidence=confidence, reasons=tuple(reasons),
                       language=a.language, bulk=a.bulk)
    body = strip_quoted(message.text or "")[:ANALYSED_CHARS]
    stage, why = _stage(a.norm)
    if why:
        reasons.append(why)
    company, company_conf, why = extract_company(message, body)
    if why:
        reasons.append(why)
    title, title_conf, why = extract_title(message, body, company)
    if why:
        reasons.append(why)
    name, email, why = contacts.choose_contact(message, body)
    if name and company and (name.lower() in company.lower() or company.lower() in name.lower()):
        name = ""  # the signature was the company's name, not a person's
    if a.bulk and email:
        name, email, why = "", "", "none: bulk/list mail is never answered"
    reasons.append(f"contact: {why}")
    return Verdict(
        label=label,
        confidence=confidence,
        reasons=tuple(reasons),
        language=a.language,
        stage=stage,
        company=company,
        job_title=title,
        contact_name=name,
        contact_email=email,
        company_confidence=company_conf,
        title_confidence=title_conf,
        bulk=a.bulk,
    )
