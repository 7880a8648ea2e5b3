"""Reading a recruiter's answer: their own words, then the themes underneath them. Pure.

Two steps, both explainable:

1. `recruiter_words(text)`: the new text of an answer. Quoted history (Gmail's "On … wrote:",
   Outlook's "From:/Sent:" block, "-----Ursprüngliche Nachricht-----", "> " lines) is cut by
   mail-parser-reply plus a few rules of our own; so are the closing ("Best regards," and the
   name under it), a "-- " signature and a confidentiality disclaimer.
2. `read_feedback(words)`: each sentence is matched against phrase tables in English, German,
   French and Spanish, one table per theme of `THEMES`. Every finding keeps the sentence it came
   from. Most tables only count in a sentence that says something is missing or could be better
   (a *critique cue*: "more", "but", "lacked", "leider", "manque", "falta" …), so a compliment
   ("your communication was excellent") is not read as a gap.

Vague, legally safe phrases are decoded as the seed advises: "a better fit" is read as
`culture_fit` and `interview_performance` (it often means soft skills such as collaboration did
not come across in the interviews), unless the fit is about circumstances ("the salary range
was not a fit", "la ubicación no encajaba"): that is `logistics`; "more experience" is read as
`experience`, with the skill or kind of project when the sentence names one ("more experience
running Kafka in production"), and a note to look for the specific gap when it does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailparser_reply.parser import EmailMessage

from agent.core import lexicon

THEMES: tuple[str, ...] = (
    "technical_skills",
    "experience",
    "domain_knowledge",
    "communication",
    "interview_performance",
    "portfolio_evidence",
    "culture_fit",
    "competition",
    "logistics",
    "no_feedback",
)

MAX_WORDS_CHARS = 8_000  # the part of an answer kept and read; feedback is a few paragraphs

FIT_NOTE = ("“a better fit” is often a polite, legally safe phrase: it can mean your interview "
            "style, or soft skills such as collaboration, did not come across")
EXPERIENCE_NOTE = ("“more experience” usually hides a specific skill or kind of project: compare "
                   "the posting with what you showed and find the requirement you showed least")


@dataclass(frozen=True)
class Finding:
    """One theme read from one sentence of the answer."""

    theme: str
    evidence: str  # the sentence, as the recruiter wrote it (whitespace folded)
    skills: tuple[str, ...] = ()  # skills or kinds of project the sentence names, if any
    note: str = ""  # how a vague phrase was decoded, if it was
    vague: bool = False


# -- 1. the recruiter's own words --------------------------------------------------------------

_LANGUAGES = ["en", "de", "fr", "es"]
_LIBRARY_MAX_LINE = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_QUOTE_SEPARATOR = re.compile(rf"^\s*{lexicon.QUOTE_SEPARATOR_LINE}\s*$", re.IGNORECASE)
_WROTE_LINE = re.compile(rf"^\s*{lexicon.QUOTE_WROTE_LINE}\s*$", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*\*?(from|von|de|sent|gesendet|envoyé|enviado|date|datum|fecha|to|an|à|para|"
    r"subject|betreff|objet|asunto)\s?\*?\s?:", re.IGNORECASE
)
_VALEDICTION = (
    r"(best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|"
    r"many thanks|thanks|thanks again|thank you|thank you again|cheers|all the best|"
    r"good luck|best of luck|sincerely|yours sincerely|yours|take care|speak soon|"
    r"viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|freundliche grüße|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|mit besten grüßen|schöne grüße|grüße|"
    r"gruß|lg|vg|mfg|viel erfolg|alles gute|herzliche grüße|"
    r"cordialement|bien cordialement|bien à vous|salutations|sincères salutations|"
    r"bonne journée|bonne continuation|bonne chance|belle journée|"
    r"saludos|saludos cordiales|un saludo|un cordial saludo|atentamente|cordialmente|"
    r"un abrazo|mucha suerte|muchas gracias|gracias)"
)
# A closing line: the valediction alone, or with the sender's name, or with "and good luck".
_CLOSING = re.compile(
    rf"^\s*{_VALEDICTION}\s*[,.!]*\s*((and|und|et|y)\s+{_VALEDICTION}\s*[,.!]*\s*)?"
    r"([A-ZÀ-ÖØ-Þ][\w.-]*\s*[,.!]?\s*)?$",
    re.IGNORECASE,
)
_SIGNATURE_DASHES = re.compile(r"^\s*--\s*$|^\s*_{5,}\s*$")
_DISCLAIMER = re.compile(
    r"(this (e-?mail|message|communication)[^.]{0,80}(confidential|intended)|"
    r"intended (solely |only )?for the (named )?(addressee|recipient)|"
    r"if you (have )?received this (e-?mail|message) in error|"
    r"diese (e-?mail|nachricht)[^.]{0,80}(vertraulich|bestimmt)|"
    r"ce (courriel|message|e-?mail)[^.]{0,80}(confidentiel|destiné)|"
    r"este (correo|mensaje)[^.]{0,80}(confidencial|destinatario)|"
    r"please consider the environment before printing)",
    re.IGNORECASE,
)


def recruiter_words(text: str) -> str:
    """The new text of an answer: no quoted history, closing, signature or disclaimer."""
    text = (text or "")[: MAX_WORDS_CHARS + 2_000].replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not text.strip():
        return ""
    try:
        # The library's patterns are slow on very long lines (hostile mail): our own rules
        # alone handle those.
        if max(map(len, text.splitlines()), default=0) > _LIBRARY_MAX_LINE:
            raise ValueError("line too long for the reply parser")
        replies = EmailMessage(text=text, languages=list(_LANGUAGES),
                               keep_hyphen_lists=True).read().replies
        newest = next((r.content for r in replies if _without_quotes(r.content).strip()), text)
    except Exception:  # the library's regexes on pathological input: fall back to our rules
        newest = text
    kept: list[str] = []
    for line in _without_quotes(newest).splitlines():
        stripped = line.strip()
        if kept and (_QUOTE_SEPARATOR.match(stripped) or _WROTE_LINE.match(stripped)
                     or _SIGNATURE_DASHES.match(line) or _CLOSING.match(stripped)):
            break
        if _DISCLAIMER.search(stripped):
            break
        kept.append(line.rstrip())
    words = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return words[:MAX_WORDS_CHARS]


def _without_quotes(text: str) -> str:
    """Lines quoted with '>' and a header block ('From: … Sent: …') left out."""
    lines = text.splitlines()
    kept: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(">"):
            continue
        if _QUOTE_SEPARATOR.match(stripped) or _WROTE_LINE.match(stripped):
            if any(k.strip() for k in kept):
                break
            continue  # nothing said yet: the answer is written under the quote
        following = lines[i + 1: i + 4]
        if _HEADER_LINE.match(stripped) and sum(1 for f in following if _HEADER_LINE.match(f)):
            break  # an Outlook-style header block: what follows is the earlier message
        kept.append(line)
    return "\n".join(kept)


# -- 2. sentences ------------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*([-*•·–]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»)]?\s+(?=[\"'“«(¿¡]?[A-ZÀ-ÖØ-Þ0-9])")


def sentences(words: str) -> list[str]:
    """Sentences and list items of the words, each on one line, in order."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", words):
        pieces: list[str] = []
        for line in paragraph.splitlines():
            if not line.strip():
                continue
            if _BULLET.match(line) or not pieces:
                pieces.append(_BULLET.sub("", line).strip())
            else:
                pieces[-1] += " " + line.strip()
        for piece in pieces:
            out.extend(s.strip() for s in _SENTENCE_END.split(" ".join(piece.split())))
    return [s for s in out if s]


# -- 3. themes -----------------------------------------------------------------------------------

# A sentence that says something is missing, weaker than wanted, or could be better.
_CUE = re.compile(
    r"\b(but|however|although|unfortunately|more|less|fewer|lack\w*|missing|miss|"
    r"not|no|never|could|would|should|need\w*|want\w*|looking for|expect\w*|requir\w*|must|"
    r"strong(er)?|weak\w*|deep(er)?|depth|limited|gap\w*|improv\w*|develop|developing|work on|"
    r"focus|"
    r"recommend\w*|suggest\w*|advis\w*|encourag\w*|consider|areas?|concern\w*|struggl\w*|"
    r"difficult\w*|high-level|surface|only|too|enough|compared|whereas|rather|instead|"
    r"better|closer|felt|hesitat\w*|unsure|unclear|unprepared|a bit|a little|successful candidate|"
    r"finalists?|other candidates?|too general|tough|"
    r"aber|jedoch|allerdings|leider|mehr|weniger|fehl\w*|nicht|kein\w*|könnte\w*|sollte\w*|"
    r"hätte\w*|wünsch\w*|gewünscht|benötig\w*|brauch\w*|stärker\w*|tiefer\w*|lücke\w*|"
    r"verbesser\w*|empfehl\w*|schwerpunkt|zu wenig|oberflächlich|besser|erwartet|"
    r"unvorbereitet|unsicher|zu allgemein|schwer\w*|schwierig\w*|"
    r"mais|cependant|toutefois|malheureusement|plus|moins|manqu\w*|pas|aurait|pourrait|"
    r"devrait|besoin|recherchions|attendions|renforcer|approfondi\w*|améliorer|recommand\w*|"
    r"conseill\w*|lacune\w*|insuffisa\w*|superficiel\w*|mieux|davantage|un peu|du mal|"
    r"difficult\w*|trop général\w*|"
    r"pero|sin embargo|aunque|lamentablemente|más|menos|falta\w*|podría\w*|debería\w*|"
    r"hubiera\w*|necesit\w*|buscábamos|esperábamos|reforzar|profundiz\w*|mejor\w*|"
    r"recomend\w*|aconsej\w*|carencia\w*|insuficiente\w*|superficial\w*|un poco|costó|costaba|"
    r"dificultad\w*|demasiado general)\b",
    re.IGNORECASE,
)
# Clauses of a sentence: each is read on its own, so "we can't share details, but …" keeps the
# "but …" part, "the panel liked X, but …" does not count X as a gap, and each part of a long
# sentence names its own skill. A clause after a contrast word ("but") carries the critique.
_CONTRAST_WORDS = (r"but|however|aber|jedoch|allerdings|mais|cependant|toutefois|pero|"
                   r"sin embargo")
_CLAUSE_BREAK = re.compile(
    rf"([;–—]\s*|,?\s+\b(?:{_CONTRAST_WORDS}|although|though|obwohl|bien que|aunque)\b\s*|"
    r",\s+(?:and|und|et|y|also|plus)\s+)",
    re.IGNORECASE,
)
_CONTRAST = re.compile(rf"\b({_CONTRAST_WORDS})\b", re.IGNORECASE)


def clauses(sentence: str) -> list[tuple[str, bool]]:
    """The clauses of a sentence, each with whether it follows a contrast word."""
    parts = _CLAUSE_BREAK.split(sentence)
    out = [(parts[0], False)]
    for separator, clause in zip(parts[1::2], parts[2::2], strict=True):
        out.append((clause, bool(_CONTRAST.search(separator))))
    return [(c, after) for c, after in out if c.strip()]


@dataclass(frozen=True)
class _Rule:
    theme: str
    pattern: re.Pattern[str]
    needs_cue: bool = True
    vague: bool = False
    note: str = ""


def _rule(theme: str, *alternatives: str, needs_cue: bool = True, vague: bool = False,
          note: str = "") -> _Rule:
    return _Rule(theme, re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE),
                 needs_cue, vague, note)


_W = r"[\w'’-]+"  # a word, apostrophes and hyphens included

_NO_FEEDBACK = _rule(
    "no_feedback",
    # en
    rf"\b(can ?not|can't|can’t|won't|will not|don't|do not|are not able to|aren't able to|"
    rf"am not able to|not in a position to|unable to|not able to)\s+({_W}\s+){{0,3}}"
    rf"(provide|give|share|offer|disclose|comment|pass on|go into)\w*\s+({_W}\s+){{0,4}}?"
    rf"(feedback|details|specifics|reasons|detail)\b",
    rf"\bpolic(y|ies)\b\s+({_W}\s+){{0,5}}(feedback|not to|to not)\b",
    r"\bfeedback\s+(\w+\s+){0,3}polic(y|ies)\b",
    r"\bno (individual |specific |detailed |personal |personali[sz]ed |further )?feedback\b",
    r"\b(don't|do not) (give|provide|offer|share) (\w+ ){0,2}feedback\b",
    r"\bfor (legal|confidentiality|data protection) reasons\b",
    # de
    rf"\bkein(e|en)?\s+({_W}\s+){{0,2}}(feedback|rückmeldung|begründung|auskunft)",
    rf"\b(können|dürfen|geben|möchten)\s+({_W}\s+){{0,4}}(kein\w*|nicht)\s+({_W}\s+){{0,3}}"
    r"(feedback|rückmeldung|gründe|auskunft|begründung)",
    r"\baus (rechtlichen|datenschutzrechtlichen|datenschutz\w*|internen) gründen",
    r"\b(unternehmens|interne(n)? )?richtlinien?\b",
    # fr
    rf"\b(ne|n['’])\s?({_W}\s+){{0,2}}pas\s+({_W}\s+){{0,8}}?"
    r"(retour|feedback|motifs|raisons|détails|commentaires)",
    r"\bpas de (retour|feedback|commentaire)s? (individuel|personnalisé|détaillé)",
    r"\bpolitique (interne|de l'entreprise|de l’entreprise|du groupe)",
    r"\bpour des raisons (juridiques|légales|de confidentialité)",
    # es
    rf"\bno\s+(podemos|es posible|nos es posible|estamos en (condiciones|disposición) de|damos|"
    rf"ofrecemos|proporcionamos|compartimos|facilitamos)\s+({_W}\s+){{0,5}}?"
    r"(feedback|retroalimentaci\w+|comentarios|valoraci\w+|motivos|detalles|devoluci\w+)",
    r"\bpolítica (interna|de la empresa|de la compañía)",
    r"\bpor (motivos|razones) (legales|de confidencialidad|de privacidad)",
    needs_cue=False,
)

_FIT_VAGUE = (
    # en
    r"\b(better|stronger|closer|best|more suitable) (overall |cultural |culture |team )?fit\b"
    r"(?! for (you|your))",  # "roles that are a better fit for you" is no verdict on you
    r"\b(not|wasn't|isn't|weren't) (quite )?(the |a )?(right |good |strong )?(\w+ )?fit\b",
    r"\bfit(s|ted)? (the team |the role |us )?(better|more closely)\b",
    r"\bmore closely (aligned|matched)\b",
    r"\b(closer|better) (match|alignment)\b(?! for (you|your))",
    # de
    r"\bpasst(e|en)? (\w+ ){0,4}besser\b",
    r"\bbesser (\w+ ){0,3}(ge)?pass",
    r"\b(bessere|größere|höhere) (passung|übereinstimmung)\b",
    r"\bnicht (ganz |optimal |so gut )?(ins team |zu uns |zur stelle )?(ge)?pass",
    # fr
    r"\b(mieux|plus) (adapté|correspond\w*|en adéquation|aligné)",
    r"\bcorrespond\w* (\w+ ){0,3}(mieux|davantage)\b",
    r"\bmeilleure adéquation\b",
    r"\bprofil (plus|mieux) (adapté|proche|aligné)",
    # es
    r"\bencaj\w* (\w+ ){0,3}mejor\b",
    r"\bmejor (encaje|ajuste|adecuación)\b",
    r"\bperfil (más|mejor) (adecuado|ajustado|alineado)",
    r"\bse ajusta\w* (\w+ ){0,3}mejor\b",
    r"\bno encaj",
)

_FIT_RULES: tuple[_Rule, ...] = (
    _rule("culture_fit", *_FIT_VAGUE, needs_cue=False, vague=True, note=FIT_NOTE),
    _rule("interview_performance", *_FIT_VAGUE, needs_cue=False, vague=True, note=FIT_NOTE),
)
_FIT_PATTERN = _FIT_RULES[0].pattern

# A "fit" about circumstances ("the salary range was not a fit", "la ubicación no encajaba",
# "nicht passend" about the Standort) says nothing about the person: it is logistics. Such a
# noun is the fit's subject (a few words before it) or its object (a few words after it).
_CIRCUMSTANCE = re.compile(
    r"\b(salar\w*|pay\b|compensation|budget|location|commut\w*|relocat\w*|on-?site|remote|"
    r"hybrid|office|visa\b|sponsor\w*|work permit|timing|timeline|start date|notice period|"
    r"availability|schedule|working hours|time ?zones?|"
    r"gehalt\w*|gehälter|vergütung|\w*standort\w*|arbeitsort|umzug|pendel\w*|visum|"
    r"arbeitserlaubnis|zeitpunkt|\w*termin\b|kündigungsfrist|verfügbarkeit|arbeitszeit\w*|"
    r"präsenz\w*|home-?office|zeitzone|"
    r"salaire\w*|salarial\w*|rémunération|localisation|lieu de travail|emplacement|"
    r"déménag\w*|permis de travail|calendrier|date de (début|démarrage|prise de poste)|"
    r"disponibilité|préavis|horaires|télétravail|présentiel|fuseau horaire|"
    r"sueldo|remuneración|presupuesto|ubicación|localización|reubicaci\w*|traslado|visado|"
    r"permiso de trabajo|fechas?|disponibilidad|preaviso|horarios?|teletrabajo|presencial|"
    r"zona horaria)",
    re.IGNORECASE,
)
_FIT_SUBJECT_WORDS = 6
_FIT_OBJECT_WORDS = 5
_LOGISTICS_FIT = _Rule("logistics", _FIT_PATTERN, needs_cue=False)


def _fit_is_circumstance(clause: str) -> bool:
    """Whether the clause's "fit" phrases are all about circumstances (salary, location, visa,
    timing), not the person. Windows of a few words each side of the phrase: bounded work."""
    matches = list(_FIT_PATTERN.finditer(clause))
    if not matches:
        return False
    for m in matches:
        before = re.split(r"[,;:]", clause[max(0, m.start() - 120): m.start()])[-1]
        after = re.split(r"[,;:]", clause[m.end(): m.end() + 100])[0]
        near = " ".join(before.split()[-_FIT_SUBJECT_WORDS:] + [m.group(0)]
                        + after.split()[:_FIT_OBJECT_WORDS])
        if not _CIRCUMSTANCE.search(near):
            return False
    return True


_RULES: tuple[_Rule, ...] = (
    *_FIT_RULES,
    _rule(
        "domain_knowledge",
        r"\b(experience|background|knowledge|expertise) (in|of|from) (the )?[\w-]+ "
        r"(industry|sector)\b",
        needs_cue=False,
    ),
    _rule(
        "experience",
        r"\b\d+\+? years'?( of)? (\w+ )?experience\b", r"\byears of (\w+ )?experience\b",
        r"\bmore (\w+ ){0,3}experience\b", r"\bmehr (\w+ )?erfahrung", r"\bplus d['’]expérience\b",
        r"\bmás experiencia\b", r"\bexperiencia (más|mayor)\b",
        r"\b(had|has|have) (already )?(led|run|built|done|shipped|managed|delivered|owned) "
        r"(a |an )?(similar|comparable)\b",
        needs_cue=False,
    ),
    _rule(
        "experience",
        r"\bexperience\b", r"\bexperienced\b", r"\bseniority\b", r"\bmore senior\b",
        r"\btrack record\b", r"\bexposure to\b", r"\byears in\b",
        r"\b(hadn't|had not|haven't|have not|never) (yet )?(led|managed|owned|run|shipped|"
        r"built|worked)\b",
        r"erfahrung", r"\berfahrener\b", r"\bsenioritä",
        r"\bexpérience\b", r"\bexpérimenté", r"\bséniorité\b",
        r"\bexperiencia\b", r"\bexperimentad", r"\btrayectoria\b", r"\bseniority\b",
    ),
    _rule(
        "technical_skills",
        r"\btechnical\b", r"\bcoding\b", r"\bcode\b", r"\btests?\b", r"\btesting\b",
        r"\bprogramming\b", r"\balgorithm", r"\bdata structures?\b", r"\bsystem design\b",
        r"\barchitect(ure|ing)\b", r"\btake-?home\b", r"\blive coding\b", r"\bdebugging\b",
        r"\b(sql|python|java|javascript|typescript|golang|rust|c\+\+|kafka|kubernetes|k8s|"
        r"docker|aws|azure|gcp|terraform|spark|airflow|dbt|react|excel|tableau|power ?bi)\b",
        r"\bmachine learning\b", r"\bstatistic", r"\bdata model+ing\b", r"\bdistributed systems\b",
        r"\bskills? (in|with)\b", r"\bproficien", r"\bfundamentals\b", r"\bfailure handling\b",
        r"\bscalab", r"\bhard skills\b",
        r"\btechnisch", r"\bprogrammier", r"\bcoding", r"\barchitektur", r"\bsystem-?design",
        r"\bdatenmodell", r"\b(fach)?kenntnisse\b", r"\bfähigkeiten\b", r"\bfachliche tiefe",
        r"\btechnique", r"\bcodage\b", r"\bprogrammation\b", r"\bconception de systèmes",
        r"\bmodélisation\b", r"\bcompétences (techniques|en)\b", r"\bmaîtrise\b",
        r"\btécnic", r"\bprogramación\b", r"\bcódigo\b", r"\barquitectura\b",
        r"\bdiseño de sistemas\b", r"\bmodelado\b", r"\bhabilidades (técnicas|en)\b",
        r"\bconocimientos (técnicos|en|de)\b", r"\bdominio de\b",
    ),
    _rule(
        "domain_knowledge",
        r"\bdomain\b", r"\bindustry (knowledge|experience|background|expertise)\b",
        r"\b(knowledge|understanding|grasp) of (the |our )?(industry|sector|market|business|"
        r"product|customers|space|regulat\w*)",
        r"\b(in|of|for|from) (the |our )?[\w-]+ (industry|sector|space)\b",
        r"\bregulat(ory|ion|ions)\b", r"\bcompliance\b", r"\bbusiness acumen\b",
        r"\b(questions|asked) about (our|the) (product|business|market|customers|industry)\b",
        r"\bunser(em|en|er|es)? (produkt|markt|geschäft|kunden|branche)",
        r"\bnotre (produit|marché|métier|secteur|clientèle)\b",
        r"\bnuestro (producto|mercado|negocio|sector)\b",
        r"\bbranche", r"\bdomäne", r"\bfachwissen\b", r"\bproduktkenntnis",
        r"\bregulator", r"\b(markt|kunden)kenntnis", r"\bsektor\b",
        r"\bsecteur\b", r"\bdomaine\b", r"\bréglementa",
        r"\bconnaissance (du|de notre|de l['’]|des) ?(métier|marché|produit|secteur|industrie|"
        r"clients)",
        r"\bsector\b", r"\bindustria\b", r"\bconocimiento del (negocio|mercado|producto|sector)",
        r"\bregulaci", r"\bnormativa\b",
    ),
    _rule(
        "communication",
        r"\bcommunicat", r"\barticulat", r"\bexplain\w*", r"\bclarity\b",
        r"\bclear(er|ly)? (and concise|communication|explanations?|answers?|structure|story)\b",
        r"\b(more|less|not|wasn't|weren't) (very |always )?clear(ly)?\b", r"\bunclear\b",
        r"\bconcise", r"\bstructur(e|ed|ing) (your|the|his|her|their)? ?(answers?|thoughts?|"
        r"responses?|thinking|story|presentation)", r"\brambl", r"\bverbose\b", r"\blisten",
        r"\bpresentation skills\b", r"\bstorytelling\b", r"\bnon-technical (audience|stakeholders)",
        r"\b(english|german|french|spanish) (level|fluency|skills)\b", r"\bstakeholder",
        r"\bkommuni[kz]", r"\bausdruck", r"\berklär", r"\bverständlich", r"\bklar(er|heit)\b",
        r"\bstrukturiert", r"\bpräsentation", r"\bauf den punkt\b",
        r"\b(deutsch|englisch|sprach)kenntnisse",
        r"\bcommunica", r"\bclarté\b", r"\bconcis", r"\bsynthè", r"\bexpliqu", r"\bexprimer\b",
        r"\bcomunica", r"\bclaridad\b", r"\bconcis", r"\bexplic", r"\bexpresar\b",
        r"\bestructur(a|ar|ada|ado) (tus|sus|las) (respuestas|ideas)",
    ),
    _rule(
        "interview_performance",
        r"\b(in|during|at|through) (the|your|our|each|both|all) (\w+ ){0,2}interviews?\b",
        r"\binterview (performance|answers|responses|feedback|process)\b",
        r"\bbehaviou?ral\b", r"\bcompetency\b", r"\bSTAR\b", r"\b(specific|concrete|real) "
        r"examples?\b", r"\bexamples? from your\b", r"\bnervous", r"\bprepar(ed|ation)\b",
        r"\bresearch(ed)? (the company|us|our)\b", r"\bquestions (for us|at the end)\b",
        r"\benthusias", r"\bmotivation\b", r"\bwhy you (want|wanted)\b",
        r"\b(your|the) (answers?|responses?)\b", r"\bstayed (quite |too |very )?high-level\b",
        r"\bcase (study|exercise|interview)\b", r"\bpanel\b", r"\bcame across\b",
        r"\bfinal round\b",
        r"\b(im|beim|in (den|unseren|beiden)) (\w+ )?(interview|(vorstellungs)?gespräch)(s|en)?\b",
        r"\bkonkrete(n)? beispiele\b", r"\bbeispiele\b", r"\bvorbereit",
        r"\bnervös", r"\bmotivation\b", r"\b(ihre|deine|die) antworten\b", r"\bauftreten\b",
        r"\bfallstudie",
        r"\b(lors de|pendant|en) (l['’]|les |vos )?entretiens?\b", r"\bexemples concrets\b",
        r"\bexemples\b", r"\bprépar", r"\bmotivation\b", r"\bvos réponses\b", r"\bétude de cas\b",
        r"\b(en|durante) (la|las) entrevistas?\b", r"\bejemplos\b", r"\bprepara", r"\bnervios",
        r"\bmotivación\b", r"\b(tus|sus) respuestas\b", r"\bcaso práctico\b",
    ),
    _rule(
        "portfolio_evidence",
        r"\bportfolio\b(?! compan)", r"\bgithub\b", r"\bcase stud(y|ies)\b",
        r"\bwork samples?\b", r"\bcode samples?\b", r"\bexamples of (your )?work\b",
        r"\b(cv|resume|résumé|linkedin( profile)?)( and cover letter)? (did ?n['’o]t|does ?n['’o]t|"
        r"could|should|would|needs?|lacked|was missing|was ?n['’o]t|left out)",
        r"\b(on|in|from|to) your (cv|resume|résumé|linkedin)", r"\bmeasur\w*", r"\bmetrics\b",
        r"\bnumbers\b", r"\bquantif\w*", r"\bimpact\b", r"\boutcomes?\b", r"\bresults\b",
        r"\bevidence of\b", r"\bshowcase",
        r"\barbeitsproben\b", r"\breferenzprojekt", r"\b(in |aus )?ihrem lebenslauf",
        r"\bmessbar",
        r"\bkennzahlen\b", r"\bzahlen\b", r"\bergebnisse\b", r"\bnachweis",
        r"\bréalisations\b", r"\bexemples de (vos )?travaux\b", r"\b(sur|dans) votre cv\b",
        r"\bchiffr",
        r"\bmesur", r"\bindicateurs\b", r"\brésultats\b",
        r"\bportafolio\b", r"\bmuestras de trabajo\b", r"\b(en|de) tu (currículum|cv)\b",
        r"\bmedib",
        r"\bmétricas\b", r"\bcifras\b", r"\bcuantific", r"\bresultados\b", r"\bimpacto\b",
    ),
    _rule(
        "culture_fit",
        r"\bcultur(e|al)\b", r"\bvalues\b", r"\bways? of working\b", r"\bteam dynamics?\b",
        r"\bcollaborat", r"\bteamwork\b", r"\bteam player\b", r"\bworking style\b",
        r"\bsoft skills\b",
        r"\bkultur", r"\bwerte\b", r"\bzusammenarbeit\b", r"\bteamfähig", r"\barbeitsweise\b",
        r"\bculture\b", r"\bvaleurs\b", r"\bcollaborat", r"\besprit d['’]équipe\b",
        r"\bcultura\b", r"\bvalores\b", r"\bcolaboraci", r"\btrabajo en equipo\b",
        r"\bhabilidades blandas\b", r"\bsavoir-être\b",
    ),
    _rule(
        "competition",
        r"\b(many|lots of|a lot of|several|number of|so many|plenty of) (\w+ ){0,2}(strong|"
        r"qualified|excellent|talented|great|impressive|exceptional|experienced|outstanding) "
        r"(\w+ )?(candidates|applicants|applications|profiles|people)\b",
        r"\b(highly|very|extremely|incredibly|really) competitive\b",
        r"\bcompetitive (field|process|pool|round|role|search)\b",
        r"\bstrong (field|pool|shortlist|competition)\b",
        r"\bclose (call|decision|second|race)\b", r"\bcame down to\b",
        r"\b(very|extremely|really) (close|tight)\b", r"\bnarrowly\b",
        r"\b(stronger|more experienced|more senior|more qualified|successful|chosen|selected|"
        r"final) (candidate|applicant|finalist|person)s?\b",
        r"\b(other|another|a different) (candidate|applicant|finalist|person)s? (who|whose|with|"
        r"that) (\w+ ){0,4}(more|stronger|closer|better|deeper|broader)\b",
        r"\bmost competitive\b",
        r"\binternal (candidate|applicant|hire)\b",
        r"\b(hire|hired|hiring|fill|filled|promote|promoted) (\w+ ){0,3}internally\b",
        r"\bfinalists?\b", r"\b(tough|hard|difficult|close) (call|decision|choice)\b",
        r"\bcame down to\b",
        r"\bviele (\w+ ){0,2}(starke|qualifizierte|sehr gute|gute|hervorragende|überzeugende) "
        r"(bewerb|kandidat|profile)", r"\bstarke(n)? konkurrenz\b", r"\bknapp(e|en)?\b",
        r"\b(anderen|andere|einen|eine) (bewerber|kandidat)\w* (mit|der|die|dessen|deren) "
        r"(\w+ ){0,4}(mehr|stärker|besser|näher|tiefer)",
        r"\b(ausgewählte|erfolgreiche|stärkere|erfahrenere)\w* (bewerber|kandidat)",
        r"\b(candidat|profil)(e)? (retenu|sélectionné|choisi)", r"\b(candidat[oa]|perfil) "
        r"(seleccionad|elegid)", r"\bmitbewerber",
        r"\binterne(n)? (kandidat|besetzung|bewerber)", r"\bintern besetzt",
        r"\b(nombreu(x|ses)|beaucoup de) (\w+ ){0,2}(candidatures|candidats|profils)\b",
        r"\bcandidat(e)?s? (très )?(qualifié|solide|fort)", r"\bforte concurrence\b",
        r"\btrès concurrentiel", r"\b(décision|choix) (très )?(serré|difficile)",
        r"\bautre (candidat|profil)e? (dont|qui|avec) ([\w'’]+ ){0,4}(plus|mieux|davantage)\b",
        r"\bcandidat(e)? interne\b", r"\ben interne\b",
        r"\b(muchos|muchas|gran número de|numerosos|numerosas) (\w+ ){0,2}(candidat|perfiles|"
        r"solicitudes|postulantes)", r"\bcandidat(o|a|os|as) (muy )?(cualificad|calificad|"
        r"fuert|sólid)", r"\b(fuerte|mucha) competencia\b", r"\bmuy competitiv",
        r"\bdecisión (muy )?(reñida|difícil|ajustada)",
        r"\botr[oa] (candidat[oa]|perfil) (con|que|cuy\w+) (\w+ ){0,4}(más|mejor)\b",
        r"\bcandidat[oa] intern", r"\bcubierto internamente\b",
        needs_cue=False,
    ),
    # Where and how the work happens: job titles say "Remote" too, so only in a critique.
    _rule(
        "logistics",
        r"\brelocat\w*", r"\blocation\b", r"\bon-?site\b", r"\bin the office\b",
        r"\boffice (days|attendance|presence)\b", r"\bhybrid\b", r"\bremote\b", r"\bcommut\w*",
        r"\btime ?zones?\b", r"\bbudget\b",
        r"\bumzug", r"\bstandort", r"\bvor ort\b", r"\bpräsenz", r"\bhome-?office\b",
        r"\bpendel", r"\bzeitzone",
        r"\bdéménag", r"\brelocalisation\b", r"\blocalisation\b", r"\bprésentiel\b",
        r"\bsur site\b", r"\bhybride\b", r"\btélétravail\b", r"\bà distance\b",
        r"\bfuseau horaire\b",
        r"\breubicaci", r"\btraslado\b", r"\bubicación\b", r"\bpresencial\b", r"\bhíbrid",
        r"\bremoto\b", r"\bteletrabajo\b", r"\bzona horaria\b", r"\bpresupuesto\b",
    ),
    _rule(
        "logistics",
        r"\bvisa\b", r"\bsponsor(ship)?\b",
        r"\bwork (permit|authori[sz]ation)\b", r"\bright to work\b", r"\bsalary\b",
        r"\bcompensation\b", r"\bpay (range|band|expectations)\b",
        r"\bnotice period\b", r"\bstart date\b", r"\bavailability (to start|date)\b",
        r"\bhiring freeze\b", r"\bheadcount\b",
        r"\b(role|position|requisition|opening|vacancy) (was |has been |is |had to be )?"
        r"(closed|cancel+ed|put on hold|on hold|paused|withdrawn|frozen)\b",
        r"\brestructur\w*", r"\breorgani[sz]ation\b", r"\b(someone|somebody|candidates?) "
        r"(who is |who's |already )?(local|based (in|near))\b", r"\blocally\b",
        r"\b(position|role) on hold\b",
        r"\bvisum\b", r"\barbeitserlaubnis\b", r"\bgehalt\w*",
        r"\bvergütung\b", r"\bkündigungsfrist\b", r"\b(eintritts|start)termin\b",
        r"\beinstellungsstopp\b", r"\bumstrukturierung\b",
        r"\bpermis de travail\b", r"\bsalaire", r"\bsalariales?\b",
        r"\brémunération\b", r"\bpréavis\b", r"\bdate de (début|démarrage|prise de poste)\b",
        r"\bgel des (embauches|recrutements)\b", r"\bposte (a été )?(supprimé|annulé|gelé|"
        r"suspendu)\b", r"\brestructuration\b",
        r"\bvisado\b",
        r"\bpermiso de trabajo\b", r"\bpatrocinio\b", r"\bsalari", r"\bremuneración\b",
        r"\bpreaviso\b", r"\bfecha de (inicio|incorporación)\b",
        r"\bcongelación de (contrataciones|plazas)\b", r"\bpuesto (fue |ha sido )?(cancelado|"
        r"congelado|suspendido)\b", r"\breestructuraci",
        needs_cue=False,
    ),
)

# -- named skills -------------------------------------------------------------------------------

# Known skills, in any of the four languages, with the name the plan uses for them.
_KNOWN_SKILLS: tuple[tuple[str, str], ...] = (
    (r"system[- ]?design|conception de systèmes|diseño de sistemas", "system design"),
    (r"distributed systems|verteilte systeme|systèmes distribués|sistemas distribuidos",
     "distributed systems"),
    (r"data model+ing|datenmodellierung|modélisation des données|modelado de datos",
     "data modelling"),
    (r"machine learning|maschinelles lernen|apprentissage automatique|aprendizaje automático",
     "machine learning"),
    (r"a/b[- ]test\w*", "A/B testing"), (r"statistic\w*|statisti[kq]\w*|estadística", "statistics"),
    (r"stakeholder[- ]management", "stakeholder management"),
    (r"people management|team leadership|führungserfahrung|personalführung|gestion d['’]équipe|"
     r"management d['’]équipe|gestión de equipos|liderazgo de equipos", "people management"),
    (r"product analytics", "product analytics"), (r"financial model+ing", "financial modelling"),
    (r"user research", "user research"),
    (r"sql", "SQL"), (r"python", "Python"), (r"javascript", "JavaScript"),
    (r"typescript", "TypeScript"), (r"java", "Java"), (r"golang", "Go"), (r"rust", "Rust"),
    (r"c\+\+", "C++"), (r"kafka", "Kafka"), (r"kubernetes|k8s", "Kubernetes"),
    (r"docker", "Docker"), (r"terraform", "Terraform"), (r"aws", "AWS"), (r"azure", "Azure"),
    (r"gcp|google cloud", "Google Cloud"), (r"spark", "Spark"), (r"airflow", "Airflow"),
    (r"dbt", "dbt"), (r"react", "React"), (r"excel", "Excel"), (r"tableau", "Tableau"),
    (r"power ?bi", "Power BI"), (r"figma", "Figma"), (r"seo", "SEO"),
    (r"algorithms?|algorithmen|algorithmes|algoritmos", "algorithms"),
)
_KNOWN = [(re.compile(rf"(?<![\w+#]){p}(?![\w+#])", re.IGNORECASE), name)
          for p, name in _KNOWN_SKILLS]

_SKILL_NOUNS = (r"experience|expertise|exposure|background|depth|knowledge|skills?|proficiency|"
                r"familiarity|understanding|grounding|erfahrung|kenntnisse|know-how|wissen|"
                r"tiefe|fähigkeiten|expérience|connaissances?|compétences?|maîtrise|aisance|"
                r"experiencia|conocimientos?|dominio|habilidades")
_ADJECTIVES = (r"significant|significative|solid|solide|sólida|concrete|concrète|practical|"
               r"pratique|práctica|direct|directe|directa|deep|deeper|approfondie|profunda|"
               r"proven|avérée|demostrable|hands-on|real|professional|professionnelle|"
               r"profesional|praktische|fundierte|tiefere|relevant\w*|pertinente|"
               r"commercial|production|more|plus|más|mehr")
_GERUNDS = (r"running|using|building|designing|leading|managing|owning|shipping|scaling|"
            r"operating|working with|working on|deploying|maintaining|mentoring|hiring")
_AFTER_NOUN = re.compile(
    rf"\b(?:{_SKILL_NOUNS})\s+(?:(?:{_ADJECTIVES})\s+)?"
    r"(?:(?:with|in|of|on|around|across|mit|im|in der|in den|bei|"
    r"zu|zum|zur|im bereich|en|avec|sur|dans|de la|du|des|de l['’]|d['’]|con|sobre|de|del)"
    rf"\s+|(?=(?:{_GERUNDS})\b))(?P<skill>.+)",
    re.IGNORECASE,
)
_BEFORE_NOUN = re.compile(
    r"\b(?:more|deeper|stronger|additional|further|greater|solid|proven|broader|extra|mehr)"
    r"\s+(?P<skill>(?:[\w+#./-]+\s+){1,3}?)(?:experience|skills|knowledge|expertise|erfahrung)\b",
    re.IGNORECASE,
)
_SIMILAR = re.compile(
    r"\b(?:led|run|built|done|shipped|managed|delivered|owned) (?:a |an )?(?P<skill>(?:similar|"
    r"comparable) .+)", re.IGNORECASE)
_COMPOUND = re.compile(r"\b(?P<skill>[\w+#.]+)-(?:erfahrung|kenntnisse|know-how)\b",
                       re.IGNORECASE)
_SKILL_STOP = re.compile(
    r"[,;:!?()\"“”]|\.(\s|$)|\s(and|but|which|who|that|than|compared|as well|so|because|"
    r"when|where|while|like|such as|for (the|this|our|a) (role|position|team|job)|"
    r"und|aber|die|der|das|als|weil|et|mais|qui|que|pour le poste|y|pero|para el puesto|"
    r"we|you|they|wir|sie|nous|vous|nosotros|before|already|previously|bevor|avant|antes)\b",
    re.IGNORECASE,
)
_GENERIC = {
    "hands-on", "relevant", "practical", "professional", "direct", "commercial", "real",
    "senior", "more", "the", "a", "an", "your", "some", "this", "that", "our", "industry",
    "work", "working", "previous", "prior", "technical", "general", "overall", "similar",
    "role", "level", "years", "of", "mehr", "praktische", "relevante", "la", "el", "le",
}
_LEADING = re.compile(r"^(the|a|an|some|more|your|der|die|das|den|dem|le|la|les|l['’]|un|une|"
                      r"el|los|las|una?)\s+", re.IGNORECASE)


# A skill is kept whole up to this many words ("leading accessibility work on a design system");
# a longer run-on is cut before its last preposition or article, so that no noun phrase is
# broken ("… on a design" without its "system").
_MAX_SKILL_WORDS = 10
_PHRASE_START = {
    "a", "an", "the", "on", "in", "for", "of", "with", "at", "across", "to", "from", "by",
    "into", "within", "over", "under", "between", "around", "ein", "eine", "einer", "einem",
    "einen", "der", "die", "das", "dem", "den", "des", "im", "mit", "für", "von", "bei",
    "zu", "zum", "zur", "auf", "un", "une", "le", "la", "les", "de", "du", "dans",
    "sur", "avec", "en", "à", "au", "aux", "el", "los", "las", "una", "del", "con", "para",
    "sobre", "al",
}


def _whole_phrase(words: list[str]) -> list[str]:
    """The skill's words, at most `_MAX_SKILL_WORDS`, cut at a phrase boundary when too long."""
    if len(words) <= _MAX_SKILL_WORDS:
        return words
    kept = words[: _MAX_SKILL_WORDS + 1]  # the word after the cap may start a phrase
    for i in range(len(kept) - 1, 1, -1):  # the last phrase the cap would break
        if kept[i].lower() in _PHRASE_START:
            while i > 1 and kept[i - 1].lower() in _PHRASE_START:  # "… on a": both go
                i -= 1
            return kept[:i]
    return kept[:_MAX_SKILL_WORDS]


def named_skill(text: str) -> str:
    """The skill or kind of project a sentence names ("running Kafka in production"), or ''."""
    for pattern in (_AFTER_NOUN, _COMPOUND, _BEFORE_NOUN, _SIMILAR):
        for found in pattern.finditer(text):
            skill = _SKILL_STOP.split(found.group("skill"), maxsplit=1)[0]
            skill = _LEADING.sub("", skill.strip(" .-–"))
            words = _whole_phrase(skill.split())
            if words and not all(w.lower() in _GENERIC for w in words):
                return " ".join(words).rstrip(".")
    known = known_skills(text)
    return known[0] if known else ""


def known_skills(text: str) -> list[str]:
    """The well-known skills the text mentions, by their plan names, in the text's order."""
    hits = sorted((m.start(), name) for pattern, name in _KNOWN if (m := pattern.search(text)))
    names: list[str] = []
    for _, name in hits:
        if name not in names:
            names.append(name)
    return names


# -- reading ----------------------------------------------------------------------------------


def read_feedback(words: str) -> list[Finding]:
    """Every theme the words show, each with the sentence it came from, in the text's order.

    A sentence gives each theme once, with every skill its clauses name. A clause that declines
    to give feedback gives only `no_feedback` (its "due to the volume of applications" is not
    about competition)."""
    findings: list[Finding] = []
    for sentence in sentences(words):
        found: dict[str, tuple[_Rule, list[str]]] = {}
        for clause, after_contrast in clauses(sentence):
            cue = after_contrast or bool(_CUE.search(clause))
            if _NO_FEEDBACK.pattern.search(clause):
                found.setdefault("no_feedback", (_NO_FEEDBACK, []))
                continue
            circumstance = _fit_is_circumstance(clause)
            if circumstance:
                found.setdefault("logistics", (_LOGISTICS_FIT, []))
            for rule in _RULES:
                if (rule.needs_cue and not cue) or not rule.pattern.search(clause):
                    continue
                if circumstance and any(rule is r for r in _FIT_RULES):
                    continue  # "the salary range was not a fit": no verdict on the person
                if rule.theme in found and found[rule.theme][0].vague != rule.vague:
                    continue  # a theme read plainly and from a vague phrase: the first wins
                skills = found.setdefault(rule.theme, (rule, []))[1]
                skills.extend(s for s in _skills(rule.theme, clause) if s not in skills)
        findings.extend(_finding(rule, sentence, tuple(skills))
                        for rule, skills in found.values())
    return findings


# A field: "sector asegurador" (head noun first), "the insurance industry", "Versicherungsbranche".
_DOMAINS = (
    re.compile(r"\b((?:sector|secteur|industria|industrie|dominio|domaine|mercado|marché) "
               r"(?!y\b|et\b|and\b|de\b|du\b|del\b)[\w-]+)", re.IGNORECASE),
    re.compile(r"\b((?:[\w/-]+ ){1,2}(?:industry|sector|space|market|domain))\b", re.IGNORECASE),
    re.compile(r"\b(\w{3,}branche)\b", re.IGNORECASE),
)
_NOT_DOMAIN = {"the", "our", "this", "that", "your", "of", "in", "a", "an", "same", "whole",
               "job", "labour", "labor", "knowledge", "understanding", "experience"}


def domain_skill(clause: str) -> str:
    """The field a sentence names ("the insurance industry" → "insurance industry"), or ''."""
    for pattern in _DOMAINS:
        for found in pattern.finditer(clause):
            words = [w for w in found.group(1).split() if w.lower() not in _NOT_DOMAIN]
            if len(words) >= 2 or (pattern is _DOMAINS[2] and words):
                return " ".join(words)
    return ""


def _skills(theme: str, clause: str) -> list[str]:
    if theme == "domain_knowledge":
        skill = domain_skill(clause)
        return [skill] if skill else []
    if theme == "experience":
        skill = named_skill(clause)
        return [skill] if skill else []
    if theme == "technical_skills":
        return known_skills(clause) or [s for s in [named_skill(clause)] if s]
    return []


def _finding(rule: _Rule, sentence: str, skills: tuple[str, ...]) -> Finding:
    if rule.theme == "experience" and not skills:
        return Finding(rule.theme, sentence, note=EXPERIENCE_NOTE, vague=True)
    return Finding(rule.theme, sentence, skills=skills, note=rule.note, vague=rule.vague)


def theme_names(findings: list[Finding]) -> list[str]:
    """The distinct themes, in the vocabulary's order."""
    present = {f.theme for f in findings}
    return [t for t in THEMES if t in present]
