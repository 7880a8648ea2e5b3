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

from agent.core import contacts, lexicon
from agent.core.message import ParsedMessage

Label = Literal["rejection", "job_other", "other"]
Stage = Literal["application", "interview"]

ANALYSED_CHARS = 6000  # body characters used for extraction; bounds the work per message
EXTRACT_CHARS = 3000  # body characters searched for company/title phrases (names come early)
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


class _Phrase:
    """A compiled pattern with its leading word boundary checked by hand.

    Python's regex engine only uses its fast literal/charset scan when a pattern starts with
    literal text; a leading \\b disables it and costs about 10x. So the \\b is stripped from the
    compiled pattern and verified on each hit instead (same matches, much faster)."""

    __slots__ = ("rx", "boundary", "pattern", "needle")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.boundary = pattern.startswith("\\b")
        self.rx = re.compile(pattern[2:] if self.boundary else pattern)
        self.needle = _required_literal(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        if self.needle and self.needle not in text:
            return None  # a literal every match must contain is absent: no need to run the regex
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


def _stage(norm: str) -> tuple[Stage, str]:
    if not any(n in norm for n in lexicon.INTERVIEWED_NEEDLES):
        return "application", ""
    if "forward to" in norm:  # "we look forward to speaking with you": not yet interviewed
        norm = _FUTURE.sub(" ", norm)
    for rx in _INTERVIEWED:
        m = rx.search(norm)
        if m:
            return "interview", f"stage interview: '{m.group(0)}'"
    return "application", ""


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------
@dataclass
class _Scores:
    rejection: float = 0.0
    decisive: bool = False
    job_ctx: float = 0.0
    non_job: float = 0.0
    job_other: float = 0.0
    sympathy: bool = False
    reasons: list[str] = field(default_factory=list)
    non_job_reasons: list[str] = field(default_factory=list)
    job_other_reasons: list[str] = field(default_factory=list)


def _score(norm: str, language: str, ats: str) -> _Scores:
    s = _Scores()
    padded = " " + norm
    for needles, weight in lexicon.JOB_CONTEXT:
        if any(n in padded for n in needles):
            s.job_ctx += weight
    if ats:
        s.job_ctx += 1.0
    if s.job_ctx == 0:
        return s  # nothing about a job: the other tables cannot change the label
    for rx in _SYMPATHY:
        m = rx.search(norm)
        if m:
            s.sympathy = True
            s.non_job_reasons.append(f"personal commiseration: '{m.group(0)}'")
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
                s.rejection += weight
                s.decisive = s.decisive or weight >= lexicon.DECISIVE
                s.reasons.append(f"rejection phrase ({weight:g}): '{m.group(0)}' [{label}]")
    candidate = s.decisive and s.rejection >= lexicon.REJECTION_THRESHOLD
    if not candidate:
        found: set[str] = set()  # a label counts once, however many of its rows match
        for rx, weight, label in _JOB_OTHER:
            if label in found:
                continue
            needles = lexicon.JOB_OTHER_NEEDLES.get(label)
            if needles is not None and not any(n in norm for n in needles):
                continue
            m = rx.search(norm)
            if m:
                found.add(label)
                s.job_other += weight
                s.job_other_reasons.append(f"job signal ({weight:g}): '{m.group(0)}' [{label}]")
        strong_sender = bool(ats) and ats not in lexicon.SOCIAL_BOARDS
        if s.job_other < lexicon.JOB_OTHER_THRESHOLD and not strong_sender and not s.sympathy:
            return s  # "other" whatever the non-job context says
    for rx, weight, label in _NON_JOB:
        m = rx.search(norm)
        if m:
            s.non_job += weight
            s.non_job_reasons.append(f"non-job context ({weight:g}): '{m.group(0)}' [{label}]")
    return s


# ---------------------------------------------------------------------------------------------
# Extraction: company and job title
# ---------------------------------------------------------------------------------------------
_CAP = r"[A-Z0-9ÄÖÜÉÈÀ](?:[\w&'’°+-]|\.(?=\w))*"
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
         rf"bewerbung bei|Interesse an|intérêt pour|que vous portez à|interés en|interés por) "
         rf"(?:(?:working|a career) (?:at|with|for) |joining |the team at |us at )?"
         rf"(?:the |der |die |dem |la |le |l'|el )?({_ORG})", 2.0, "body 'interest in'"),
        (rf"\b(?:my|our) client,? (?:the )?({_ORG})", 3.0, "body 'my client'"),
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
_LEGAL_SUFFIX = re.compile(r",?\s+(?:GmbH|AG|Inc|LLC|Ltd|Limited|S\.?A|SAS|SARL|S\.?L|B\.?V|plc|"
                           r"Corp|Co|Pty|KG|SE|S\.?p\.?A)\.?(?: & Co\.? KG)?$")
_TITLE_FOLLOWS = re.compile(r"\s+(?:position|role|opening|job|internship|vacancy|at|with)\b")


def _clean_org(raw: str) -> str:
    org = raw.strip(" .,;:-|\"'")
    org = _ORG_STOP.sub("", org).strip(" .,;:-|\"'")
    org = _ORG_TAIL.sub("", org).strip(" .,;:-|\"'")
    org = _LEGAL_SUFFIX.sub("", org).strip(" .,;:-|\"'")
    org = re.sub(r"^(?:The|Das|La|Le|El) (?=\S)", "", org) if len(org.split()) > 1 else org
    return org


def _valid_org(org: str) -> bool:
    low = org.lower()
    if not org or len(org) > 60 or len(org.split()) > 6 or low in _GENERIC_ORG:
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


def extract_company(message: ParsedMessage, body: str) -> tuple[str, str]:
    """(company, reason). Votes from sender name, body phrases, signature, subject, domain."""
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
    if sender:
        dom = _domain_company(sender.domain)
        if dom:
            vote(dom, 1.0, "sender domain")
            # a phrase match containing the domain name is the spelled-out company name
            for key in list(votes):
                if key != dom.lower() and dom.lower().replace("-", "") in key.replace(" ", ""):
                    votes[key] += 1.0
    if not votes:
        return "", ""
    # "University of Westbridge" also confirms "Westbridge"; the fuller name wins ties
    for key in list(votes):
        for other in votes:
            if other != key and re.search(rf"\b{re.escape(other)}\b", key):
                votes[key] += 0.5
    # Agreement between a short and a long form ("Acme" / "Acme Robotics") favours the short one
    # only when it is clearly more frequent.
    best = max(votes, key=lambda k: (votes[k], -len(k)))
    return shown[best], f"company '{shown[best]}' from {', '.join(sources[best])}"


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


def extract_title(message: ParsedMessage, body: str, company: str) -> tuple[str, str]:
    """(job title, reason) from the body first (fuller), then the subject."""
    for m in _TITLE_FIELDS.finditer(body[:EXTRACT_CHARS]):
        title = clean_title(m.group(1))
        if _valid_title(title, company):
            return title, f"job title '{title}' from a labelled line"
    flat = _flatten(body[:EXTRACT_CHARS])
    for rx in _TITLE_BODY:
        for m in rx.finditer(flat):
            title = clean_title(m.group(1))
            if company and title.lower().endswith(" at " + company.lower()):
                title = title[: -len(company) - 4]
            if _valid_title(title, company):
                return title, f"job title '{title}' from body"
    subject = message.subject
    for rx in _TITLE_SUBJECT:
        m = rx.search(subject)
        if m:
            title = clean_title(m.group(1))
            if company:
                title = re.sub(rf"\s*(?:at|@|-|\|)\s*{re.escape(company)}$", "", title,
                               flags=re.IGNORECASE)
            if _valid_title(title, company):
                return title, f"job title '{title}' from subject"
    return "", ""


# ---------------------------------------------------------------------------------------------
# The classifier
# ---------------------------------------------------------------------------------------------
def classify(message: ParsedMessage) -> Verdict:
    body = strip_quoted(message.text or "")[:ANALYSED_CHARS]
    subject = message.subject or ""
    norm = _normalise(f"{subject}\n{body[:PHRASE_CHARS]}")
    sender = message.sender
    ats = contacts.ats_for_domain(sender.domain) if sender else ""
    language = detect_language(norm)
    reasons: list[str] = []
    if ats:
        reasons.append(f"sender is {ats} (ATS/job board)")

    s = _score(norm, language, ats)
    job_wins = s.job_ctx > 0 and s.job_ctx > s.non_job
    label: Label
    if s.decisive and s.rejection >= lexicon.REJECTION_THRESHOLD and job_wins and not s.sympathy:
        label = "rejection"
        reasons += s.reasons
        reasons.append(f"job context {s.job_ctx:g} > non-job {s.non_job:g}")
        confidence = min(0.99, 0.6 + 0.08 * s.rejection + 0.03 * min(s.job_ctx, 3))
    elif s.sympathy or (s.non_job >= s.job_ctx and s.non_job > 0 and s.job_other < 3):
        label = "other"
        reasons += s.non_job_reasons[:3]
        if s.decisive:
            reasons.append("rejection wording, but not about a job application")
        confidence = 0.8 if s.sympathy or s.decisive else 0.7
    elif s.job_ctx >= 0.5 and (s.job_other >= lexicon.JOB_OTHER_THRESHOLD
                               or (ats and ats not in lexicon.SOCIAL_BOARDS)):
        label = "job_other"
        reasons += s.job_other_reasons[:4]
        if s.rejection:
            reasons.append(f"rejection wording too weak ({s.rejection:g}) or not decisive")
        confidence = min(0.95, 0.5 + 0.1 * s.job_other)
    else:
        label = "other"
        reasons.append("no decisive job or rejection signal")
        confidence = 0.9 if s.job_ctx == 0 else 0.7

    if label == "other":  # nothing to draft: skip the extraction work
        return Verdict(label=label, confidence=round(confidence, 3), reasons=tuple(reasons),
                       language=language)
    stage, why = _stage(norm)
    if why:
        reasons.append(why)
    company, why = extract_company(message, body)
    if why:
        reasons.append(why)
    title, why = extract_title(message, body, company)
    if why:
        reasons.append(why)
    name, email, why = contacts.choose_contact(message, body)
    if name and company and (name.lower() in company.lower() or company.lower() in name.lower()):
        name = ""  # the signature was the company's name, not a person's
    reasons.append(f"contact: {why}")
    return Verdict(
        label=label,
        confidence=round(confidence, 3),
        reasons=tuple(reasons),
        language=language,
        stage=stage,
        company=company,
        job_title=title,
        contact_name=name,
        contact_email=email,
    )
