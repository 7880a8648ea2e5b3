"""Features of one message for the rejection model. Pure, no IO, no third-party libraries.

The same function feeds training (benchmarks/train_classifier.py, through scikit-learn's
DictVectorizer) and inference (agent/core/model.py), so the two cannot drift apart.

Feature families (the prefix says where a feature came from, and `describe` turns it into words):
  d:   word 1- and 2-grams of *decision sentences* (sentences with a decision or regret cue),
       negation-marked: after not/nicht/pas/no ... the next words carry a "~" prefix
  p:   5-letter word starts in decision sentences (Absage/abgesagt/absagen share "absag")
  w:   words anywhere in the analysed text (context: interview, assessment, alert ...)
  s:   words of the subject
  c:   cross-language concepts of decision-sentence words and their bigrams ("OTHER CANDIDATE",
       "NOT ~SELECT"), so wording learnt in one language is recognised in another
  g:   character 4- and 5-grams of the content words of decision sentences (negation-marked),
       L2-normalised as one block: "declined"/"declining", "selected"/"sélectionné" and
       "Absage"/"abgesagt" share pieces, and a long mail weighs no more than a short one
  nj:  a non-job context; sym: sympathy
  x:   structure: ATS sender, List-Unsubscribe, bulk Precedence, list headers, reply, HTML

The rule phrases (lexicon.REJECTION) and look-alike job signals (lexicon.JOB_OTHER) are not model
features: on leave-one-source-out they taught the model each corpus's boilerplate ("keep your
resume on file" outvoted the decision next to it). They act as rules beside the model in
classify.decide and explain its verdicts.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from agent.core import lexicon

# Words that start a negated span (after normalisation: lower case, ASCII apostrophes).
NEGATORS = lexicon.words(
    "not no never cannot can't won't wouldn't isn't aren't wasn't weren't don't doesn't didn't "
    "haven't hasn't hadn't shouldn't couldn't unable nor nicht kein keine keinen keinem keiner "
    "nie niemals pas ne n' plus aucun aucune jamais ni non nunca tampoco ningún ninguna ninguno"
)
NEG_SPAN = 3  # words after a negator that carry the "~" mark
CONCEPT_GAP = 3  # at most this many other words between the two concepts of a pair
TEXT_WORDS_CHARS = 1500  # w: features come from this much text (decisions come early)
# Whole-text words (w:), subject words (s:) and word starts (p:) are off: on LOSO they learnt each
# corpus's style (long mails = rejections, "backend" in a subject) rather than decisions.
USE_WORDS = False

# A sentence with one of these word starts may carry the decision.
DECISION_STEMS = (
    "unfortunat", "regret", "decid", "decision", "sadly", "afraid", "unable", "sorry", "not ",
    "n't", "no longer", "filled", "closed", "cancel", "withdrawn", "capacity", "pass ",
    "other candidate", "another candidate", "other applicant", "another applicant", "someone else",
    "allocated",
    # the decision in everyday words: the role is gone or taken, someone was hired or went ahead
    "taken", "gone", "went with", "going with", "gone with", "hired", "offered", "full ",
    "pass on", "passing", "a pass", "a no ", "elsewhere", "other direction", "closing",
    "concluded", "moved on", "move on", "ahead with", "no match", "not a match", "not a fit",
    "vergeben", "besetzt", "eingestellt", "genommen", "complet", "complét", "comblé", "ocupad",
    "already", "déjà", "bereits", "trouvé", "gefunden", "rescind",
    "different candidate", "different direction", "internal candidate", "declin", "reject",
    "leider", "bedauer", "entschied", "entschlossen", "absag", "nicht", "kein", "besetzt",
    "vergeben", "vorzug", "jemand anderen", "ablehn", "gestrichen", "geklappt", "ausgebucht",
    "zurückgezogen", "wahl ist", "retiré",
    # the other outcomes, so that the model sees them too (good news, invitations, requests)
    "delighted", "pleased", "happy to", "glad to", "excited to", "congratulat", "invit",
    "request", "freuen", "freue", "gratul", "einlad", "gewünscht", "ravi", "plaisir",
    "félicit", "complace", "encantad", "felicit", "pediste",
    "malheureus", "regrett", "décid", "pas ", "donner suite", "suite favorable", "pourvu",
    "autre profil", "autre candidat", "privilégi", "opté", "choix", "retenir", "retiendr",
    "lamentabl", "sentimos", "lamentamos", "decidido", "cubierta", "no ", "otro candidato",
    "otra persona", "ocupadas", "optado", "elegido",
)

# Function words carry no decision on their own; as unigrams they only learn a corpus's length.
STOPWORDS = lexicon.words(
    "the a an and or but to of in on at for with by from as is are was were be been being it its "
    "this that these those we our us you your i me my they their he she his her them there here "
    "have has had do does did will would shall should can could may might must so if than then "
    "also just about into over after before during per via up out all any some more most very der "
    "die das den dem des ein eine einen einem einer und oder aber zu von im in am an auf für mit "
    "bei aus ist sind war wir uns unser unsere sie ihr ihre ihnen du dir dich dein deine es le la "
    "les un une des du de et ou mais à au aux pour avec par sur dans est sont nous vous votre vos "
    "notre nos il elle ce cette ces que qui el la los las un una unos y o pero a al del de en con "
    "por para es son nosotros usted su sus tu tus te le les lo que"
)

# Cross-language concepts: a decision learnt from English wording also reads German, French and
# Spanish. Keys are word starts (longest match wins); values are concept names.
CONCEPTS: dict[str, str] = {}
for _concept, _starts in {
    "UNFORTUNATELY": "unfortunat sadly regrettabl leider bedauerlich malheureus hélas "
                     "lamentabl desafortunad lastimosa",
    "REGRET": "regret sorry afraid bedauer regrett désolé sentimos lamentamos siento",
    "DECIDE": "decid decision decisión chose chosen choose opted concluded entschied "
              "entschlossen entscheid vorzug wahl décid décision choisi choix opté privilégi "
              "optado elegid escogid",
    "OTHER": "other another someone somebody else andere anderen anderer anderweitig jemand "
             "autre autres quelqu'un otro otra otros otras alguien",
    "CANDIDATE": "candidat applicant individual person profil profile bewerber kandidat "
                 "mitbewerber personne perfil finalist",
    "PROCEED": "proceed progress pursu continu advanc move moving moved forward further "
               "fortsetz fortzusetz weiterverfolg weiter verfolg poursuiv continuer avancer "
               "verfolg loin suite continuar seguir avanzar adelante prosegu next",
    "SELECT": "select shortlist success consider retain berücksichtig auswahl engere "
              "retenu retenir retiend sélection seleccion seleccionad",
    "FILLED": "filled closed cancel withdrawn besetzt vergeben pourvu clôtur annulé cubiert "
              "ocupad cerrad capacity ausgebucht gestrichen zurückgezogen retiré allocated",
    "POSITION": "position role vacanc opening requisition stelle ausschreib poste offre "
                "puesto vacante plaza posición",
    "APPLICATION": "applica candidacy bewerbung candidature candidatura solicitud postulaci",
    "OFFER": "offer angebot zusage anbieten proposer propos ofrecer oferta",
    "MATCH": "match fit align suit passt passen correspond ajust encaj",
    "REJECT": "reject declin absage absagen abgesagt ablehn refus rechaz unsuccessful rescind",
    # Someone was hired or found: "we ended up hiring someone", "on a trouvé notre stagiaire"
    "HIRE": "hire hired trouvé gefunden eingestellt embauch contratad",
    # The other outcomes a decision sentence can carry: good news, an invitation, no decision
    # yet (~DECIDE), the candidate's own request. Learnt in one language, read in all.
    "POSITIVE": "delighted pleased happy glad excited thrilled congratulat freuen freue erfreut "
                "gratulier glückwunsch ravi ravie heureux heureuse plaisir félicit enchanté "
                "encantad complace alegr felicit",
    "INVITE": "invit einlad einzulad",
    "REQUEST": "request gewünscht wunschgemäß pediste pidió solicitaste",
}.items():
    for _start in _starts.split():
        CONCEPTS[_start] = _concept
STRONG_CONCEPTS = frozenset({"REJECT", "FILLED", "UNFORTUNATELY", "REGRET", "~SELECT",
                             "~PROCEED", "~OFFER", "~MATCH", "POSITIVE", "INVITE", "REQUEST",
                             "~DECIDE", "~REJECT"})
_CONCEPT_LENGTHS = sorted({len(k) for k in CONCEPTS}, reverse=True)
NEGATED_PREFIX = "~"


@lru_cache(maxsize=1 << 15)
def concept(token: str) -> str:
    """The concept of a token ('~berücksichtigen' -> '~SELECT'), or '' (memoised: the same
    words recur in every mail)."""
    neg = token.startswith(NEGATED_PREFIX)
    bare = token[1:] if neg else token
    if bare in NEGATORS or bare.endswith("n't"):
        return "NOT"
    for length in _CONCEPT_LENGTHS:
        if len(bare) >= length:
            found = CONCEPTS.get(bare[:length])
            if found:
                return NEGATED_PREFIX + found if neg else found
    return ""


# Concepts whose words mark a sentence as a possible decision, beside DECISION_STEMS: a sentence
# that says "annulé", "chosen", "cerrado" or "retenu" is found by the concept table that already
# names those words, not by a second list that must repeat them. Position, application and
# candidate words are everywhere in job mail and mark nothing.
DECISION_CONCEPTS = frozenset({"UNFORTUNATELY", "REGRET", "DECIDE", "OTHER", "SELECT", "FILLED",
                               "REJECT", "POSITIVE", "INVITE", "REQUEST", "MATCH", "OFFER",
                               "PROCEED"})


def any_of_pattern(needles: set[str]) -> str:
    """A regex that matches where one of `needles` starts, as a trie ("un(?:able|fortunat)"):
    Python's engine tries the branches of a flat alternation one by one at every position, a
    trie's branches by their first letter, which is six times faster here. Only whether there
    is a match is kept: a needle that extends a shorter one is dropped."""
    trie: dict = {}
    for needle in needles:
        node = trie
        for ch in needle:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


_STEMS = re.compile(any_of_pattern(
    set(DECISION_STEMS) | {k for k, c in CONCEPTS.items() if c in DECISION_CONCEPTS}))
_TOKEN = re.compile(r"[a-z0-9\u00c0-\u024f]+(?:'[a-z]+)?|n'")
_SENTENCE = re.compile(r"[^.!?\n;]+")
_CONDITIONAL = re.compile(lexicon.CONDITIONAL)
_POLITE = re.compile(lexicon.POLITE_NEGATION)
_NO_REPLY_LINE = re.compile(lexicon.NO_REPLY_LINE)
_GREETING = re.compile(lexicon.GREETING)
_MAX_SENTENCES = 60
# Reported speech: a sentence or more inside double quotes (five words and up) is someone else's
# words ("got the email: "we have decided to proceed with other candidates""), a friend's news
# and not a decision written to the reader. A quoted status or role ("Not selected", "Data
# Analyst") is shorter and stays.
_REPORTED = re.compile(r'" ?(?:[^"\n ]+ ){4,}[^"\n]{0,300}?"')
FULL_WEIGHT_SENTENCES = 3  # up to this many decision sentences, each word feature counts 1
# A single word of a decision sentence ("next", "now", "number") says less than a phrase or a
# concept pair: at 0.7 its weight is regularised twice as hard, so the model leans
# on phrases and concepts, which carry to wording it has not seen.
UNIGRAM_VALUE = 0.7
GRAM_SIZES = (4, 5)
GRAM_BLOCK = 3.0  # the g: block's L2 norm: its weight beside the 0/1 word and concept features


def tokens(sentence: str) -> list[str]:
    """Negated spans marked: "we will not be moving" -> [..., "not", "~be", "~moving"]."""
    out: list[str] = []
    left = 0
    for tok in _TOKEN.findall(sentence):
        if tok in NEGATORS or tok.endswith("n't") or (tok.startswith("n'") and len(tok) > 2):
            out.append(tok)
            left = NEG_SPAN
        elif left:
            out.append("~" + tok)
            if tok not in STOPWORDS:  # "not going to be moving": the span counts content words
                left -= 1
        else:
            out.append(tok)
    return out


def decision_sentences(text: str, relayed: bool = False) -> list[str]:
    """Sentences that may carry a decision, without a leading salutation ("hi sam, ..."); their
    hypothetical clauses ("if you are not ..."), an automated mailbox's "do not reply" line and
    reported speech (`_REPORTED`) removed, unless the mail is `relayed`: a job board or an ATS
    quotes the employer's own message ("Yvonne Keller hat Ihnen eine Nachricht geschickt: „…“")."""
    found = []
    if '"' in text and not relayed:
        text = _REPORTED.sub(" ", text)
    for m in _SENTENCE.finditer(text):
        sentence = _GREETING.sub("", m.group(0).strip(), count=1)
        if any(needle in sentence for needle in lexicon.POLITE_NEEDLES):
            sentence = _POLITE.sub(" ", sentence).strip()
        if len(sentence) < 8:
            continue
        if not _STEMS.search(sentence) or _NO_REPLY_LINE.search(sentence):
            continue
        if _CONDITIONAL.search(sentence):
            # "... and if you are not selected for an interview you will hear from us": the
            # hypothetical clause goes wherever it stands, what the sentence decides stays
            sentence = _CONDITIONAL.sub(" ", sentence).strip()
            if len(sentence) < 8 or not _STEMS.search(sentence):
                continue
        found.append(sentence)
        if len(found) >= _MAX_SENTENCES:
            break
    return found


@dataclass
class Signals:
    """The rule and structure signals next to the n-grams, kept for reasons and for the shell."""

    cues: list[tuple[str, float, str]] = field(default_factory=list)  # (label, weight, matched)
    job_other: list[tuple[str, float, str]] = field(default_factory=list)
    non_job: list[tuple[str, float, str]] = field(default_factory=list)
    sympathy: str = ""
    job_ctx: float = 0.0
    structure: list[str] = field(default_factory=list)


def sentence_features(sentence: str, feats: dict[str, float],
                      toks: list[str] | None = None) -> None:
    """d: uni/bigrams, p: word starts and c: concept uni/bigrams of one decision sentence
    (`toks`: its `tokens`, when the caller has them already)."""
    if toks is None:
        toks = tokens(sentence)
    prev = ""
    prev_concept = ""
    gap = 0
    for tok in toks:
        bare = tok.lstrip("~")
        if bare not in STOPWORDS:
            feats["d:" + tok] = UNIGRAM_VALUE
            if USE_WORDS and len(bare) >= 6:
                feats["p:" + ("~" if tok[0] == "~" else "") + bare[:5]] = 1.0
        if prev and not (prev.lstrip("~") in STOPWORDS and bare in STOPWORDS):
            feats["d:" + prev + " " + tok] = 1.0
        prev = tok
        c = concept(tok)
        if c:  # concept pairs; alone only the concepts that say something by themselves
            if c in STRONG_CONCEPTS:
                feats["c:" + c] = 1.0
            if prev_concept and prev_concept != c and gap <= CONCEPT_GAP:
                feats["c:" + prev_concept + " " + c] = 1.0
            prev_concept, gap = c, 0
        else:
            gap += 1


@lru_cache(maxsize=1 << 15)
def _token_grams(tok: str) -> tuple[str, ...]:
    """The g: feature names of one token ('~declined' -> 'g:~ dec', ...); () for a stopword.
    Memoised: the same words recur in every mail."""
    neg = tok.startswith(NEGATED_PREFIX)
    bare = tok[1:] if neg else tok
    if bare in STOPWORDS:
        return ()
    padded = f" {bare} "
    prefix = "g:~" if neg else "g:"
    return tuple(prefix + padded[i:i + n] for n in GRAM_SIZES
                 for i in range(len(padded) - n + 1))


def gram_features(sentences: list[str], feats: dict[str, float],
                  tokenised: list[list[str]] | None = None) -> None:
    """g: character n-grams of the decision sentences' content words, one L2-normalised block
    (`tokenised`: the sentences' `tokens`, when the caller has them already)."""
    toks = chain.from_iterable(tokenised if tokenised is not None else map(tokens, sentences))
    counts = Counter(chain.from_iterable(map(_token_grams, toks)))  # counted in C
    if counts:
        values = counts.values()
        scale = GRAM_BLOCK / math.sqrt(sum(map(operator.mul, values, values)))
        for key, value in counts.items():
            feats[key] = value * scale


def text_features(subject: str, text: str, relayed: bool = False,
                  kept: list[tuple[str, list[str]]] | None = None) -> dict[str, float]:
    """n-gram features of normalised subject and text (text already capped by the caller);
    `kept`, when given, receives each decision sentence with its tokens (for --explain)."""
    feats: dict[str, float] = {}
    for tok in set(_TOKEN.findall(subject) if USE_WORDS else ()):
        if tok not in STOPWORDS:
            feats["s:" + tok] = 1.0
    for tok in set(_TOKEN.findall(text[:TEXT_WORDS_CHARS]) if USE_WORDS else ()):
        if tok not in STOPWORDS:
            feats["w:" + tok] = 1.0
    sentences = decision_sentences(subject + "\n" + text, relayed)
    tokenised = [tokens(sentence) for sentence in sentences]
    if kept is not None:
        kept.extend(zip(sentences, tokenised, strict=True))
    for sentence, toks in zip(sentences, tokenised, strict=True):
        sentence_features(sentence, feats, toks)
    if len(sentences) > FULL_WEIGHT_SENTENCES:
        # A long discussion ("I don't think ... it isn't ... no longer ...") collects many
        # negated words without deciding anything: past a few decision sentences the d: and c:
        # features share one weight, as the g: block does, so length alone adds no evidence
        # (a square-root share still let mailing-list threads add up to a rejection).
        scale = FULL_WEIGHT_SENTENCES / len(sentences)
        for key in feats:
            feats[key] *= scale
    gram_features(sentences, feats, tokenised)
    return feats
