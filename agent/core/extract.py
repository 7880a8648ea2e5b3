"""Extraction from a job mail: company, job title and stage. Pure functions, no IO.

Company: votes from the sender's display name, body phrases ("the role at X", "my client X"), the
signature, the subject and the sender's domain; the organisation the body and signature name wins
over the domain's spelling, an agency recruiter's client over the agency, and a team, programme or
person's job title is never a company. Legal suffixes are dropped for display; a name is never cut
at an abbreviation dot ("St. Gallen"). Job title: a labelled line, then body phrases, then the
subject. Stage: how far the candidate got (interview rounds, a recruiter screen, the application).
Each extractor returns its value, a confidence and a readable reason (for --explain).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from agent.core import contacts, lexicon
from agent.core.message import ParsedMessage, strip_subject_prefixes
from agent.core.patternset import PatternSet

Stage = Literal["application", "screening", "interview"]

ANALYSED_CHARS = 6000  # body characters used for extraction; bounds the work per message
EXTRACT_CHARS = 3000  # body characters searched for company/title phrases (names come early)

_ATS_NAMES = frozenset(name.lower() for name, _ in lexicon.ATS) | frozenset(
    d.split(".")[0] for _, ds in lexicon.ATS for d in ds if d.split(".")[0] != "jobs") | {
    "myworkday", "greenhouse-mail", "workablemail", "teamtailor-mail"}  # "jobs": of jobs.ch
_SOFT_BREAK = re.compile(r"(?<=[^\n.!?:;])\n(?=[^\n])")


def _flatten(text: str) -> str:
    """Hard-wrapped paragraphs joined into lines ('for the Staff\\nEngineer role')."""
    return _SOFT_BREAK.sub(" ", text)


# ---------------------------------------------------------------------------------------------
# Stage
# ---------------------------------------------------------------------------------------------
_INTERVIEWED = tuple(re.compile(p) for p in lexicon.INTERVIEWED)
_FUTURE = re.compile(r"\blook(?:ing)? forward to [^.!?]{0,80}")


# Interview rounds beyond a first screen: final rounds, system design, onsite, panels.
_ROUNDS = re.compile(
    r"\b(?:system[- ]design|technical (?:interview|round|session)|coding (?:interview|session)|"
    r"final (?:round|interview|stage)|(?:second|third|2nd|3rd|follow-up) (?:interview|round)|"
    r"(?:during|at|after|following|in) (?:the|your|our) (?:panel|interview day|onsite|assessment)|"
    r"(?:attending|attended) (?:the|an|your|our) (?:assessment|interview)|at interview|"
    r"(?:zweit|dritt|letzt|final)\w* (?:interview|gespräch|vorstellungsgespräch)|"
    r"(?:lors de|après|suite à) (?:votre|notre) (?:venue|visite)|(?:votre|notre|vos|nos) "
    r"rencontres? avec|your meeting with|"
    r"finalen? runde|letzten? runde|zweiten? runde|entretien final|entretiens? techniques?|"
    r"entrevista final|entrevistas? técnicas?|onsite|on-site|panel interview|interview panel|"
    r"(?:following|after|since) (?:last )?\w+['’]s (?:interviews?|onsite|panel|meeting)|"
    r"second stage|stage two|pair(?:ed|ing)[- ](?:session|exercise|programming)|deep[- ]dive|"
    r"interview(?:s| rounds?| "
    r"process| loop| panel)|interviewing with|interviewed|meeting the team|met the team|"
    r"hiring manager (?:interview|round|stage|call|conversation)|(?:interview|conversation|"
    r"meeting|call) with (?:the |our )?hiring manager|(?:met|meeting|met with) (?:the |our )?"
    r"hiring manager|"
    r"case interview|superday|assessment (?:cent(?:er|re)|day)|zweit(?:es|en) gespräch|"
    # a French academic interview ("votre audition devant le comité"); Quebec's "entrevue"
    r"audition|auditions|entrevues?(?! téléphonique)|"
    r"fachgespräch|vorstellungsgespräch|entretien (?:final|technique)|entretiens|entrevista "
    r"(?:final|técnica)|entrevistas)\b")
# A first call with a recruiter only.
_SCREEN = re.compile(
    r"\b(?:recruiter (?:screen|call|chat|conversation)|phone screen|phone call|screening (?:call|"
    r"interview)|initial (?:call|conversation|chat|screen|phone)|intro(?:ductory)? call|first call|"
    r"call with (?:me|our recruiter|our talent)|telefonat|telefoninterview|erstgespräch|"
    r"kennenlerngespräch|échange téléphonique|entretien téléphonique|premier échange|llamada|"
    # a call named as such ("appreciated the call on Monday", "l'appel de mardi"), a video call
    r"(?:the|our) (?:quick |short |brief |intro |first )?(?:call|chat)|video[- ]?call|videocall|"
    r"videotelefonat|l'appel|notre appel|appel téléphonique|entrevue téléphonique|"
    r"(?:on|by|over) the phone|by phone|par téléphone|au téléphone|telefonisch)\b")


_STAGE_NEEDLES = ("screen", "system design", "system-design", "telefon", "runde", "round",
                  "session", "panel", "assessment", "appel", "audition", "entrevue", "video",
                  "phone", "second stage", "stage two", "deep", "pair", "llamada", "venue",
                  "visite", "rencontre", "meeting")
_INVITED = re.compile(
    r"\b(?:invit\w*|einlad\w*|laden (?:wir )?(?:sie|dich|euch)|convo\w*|schedule|book a time|"
    r"would like to (?:meet|speak)|aimerions vous rencontrer)")


# A round the candidate did not reach: "you will not be progressing to the assessment centre",
# "not been shortlisted for interview", "nicht zum Vorstellungsgespräch einladen".
_NOT_REACHED = re.compile(
    r"\b(?:not|n't|nicht|pas|no)\b[^.!?\n]{0,50}?\b(?:progress\w*|mov\w*|invit\w*|proceed\w*|"
    r"advanc\w*|shortlist\w*|select\w*|einlad\w*|convoqu\w*|pass\w*)\b[^.!?\n]{0,20}?"
    r"\b(?:to|for|into|zum|zur|zu|à|au)\b[^.!?\n]{0,40}")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `re` calls \\w in a str pattern


def contains_word(text: str, word: str) -> bool:
    """For a non-empty `word`, `re.search(rf"\\b{re.escape(word)}\\b", text)` without
    compiling a pattern per word (a company name each time: the regex cache missed on most
    messages)."""
    if not word:
        return False
    first, last = _word_char(word[0]), _word_char(word[-1])
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = _word_char(text[start - 1]) if start else False
        after = _word_char(text[end]) if end < len(text) else False
        if before != first and after != last:
            return True
        start = text.find(word, start + 1)
    return False


def stage(norm: str) -> tuple[Stage, str]:
    """How far the candidate got: interview rounds, a recruiter screen, or the application."""
    if not any(n in norm for n in lexicon.INTERVIEWED_NEEDLES) and not any(
            n in norm for n in _STAGE_NEEDLES):
        return "application", ""
    if "forward to" in norm:  # "we look forward to speaking with you": not yet interviewed
        norm = _FUTURE.sub(" ", norm)
    norm = _NOT_REACHED.sub(" ", norm)
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
# Company
# ---------------------------------------------------------------------------------------------
# A capitalised word; a dot stays inside ("A.I.") and after a title-like abbreviation ("St. Gallen",
# "Mt. Sinai"): a company name is never cut at an abbreviation dot.
_CAP = (r"[A-Z0-9ÄÖÜÉÈÀ](?:[\w&'’°+-]|\.(?=\w)|(?<=\bSt)\.|(?<=\bMt)\.|(?<=\bFt)\.|(?<=\bSte)\.|"
        r"(?<=\bSta)\.|(?<=\bSto)\.)*")
# Up to six capitalised words, with up to two connectors between two of them ("Éditions de la
# Pivoine", "Frutas del Segura")
_CONNECTOR = r"(?:of|de|du|des|del|la|le|für|and|&|the|y|zu|di|da|dos)"
_ORG = rf"(?:{_CAP}(?:(?: |, )(?:{_CONNECTOR} ){{0,2}}{_CAP}){{0,5}})"
_ORG_STOP = re.compile(
    r"(?:,? (?:in|at|for|with|and|to|is|as|has|we|our|who|where|on|from|this|team|about)\b.*$)|"
    r"[.,;:!?)]+$"
)
_COMPANY_PATTERNS: tuple[tuple[re.Pattern[str], float, str], ...] = tuple(
    (re.compile(p), w, src) for p, w, src in (
        (rf"\b(?:position|role|opening|job|vacancy|internship|opportunity|team|career|stelle|"
         rf"poste|puesto|assignment|placement|engagement|contract|mission) "
         rf"(?:at|with|bei|chez|en|in) (?:the )?({_ORG})", 3.0, "body 'role at'"),
        # the company's officers: "votre rencontre avec le Président du Groupe Bellerive"
        (rf"\b(?:Président|Présidente|Directeur|Directrice|PDG|fondateur|fondatrice|"
         rf"Geschäftsführer|Geschäftsführerin|Presidente|Director|Directora) "
         rf"(?:du |de la |de l'|des |de |der |des |del |de los )({_ORG})", 2.5, "body 'role at'"),
        (rf"\b(?:hiring manager|hiring managers|hiring team|manager|managers|recruiters|panel|"
         rf"colleagues|folks|people|interviewers) (?:at|from) (?:the )?({_ORG})", 2.5,
         "body 'role at'"),
        (rf"\b(?:Geschäftsführung|Geschäftsleitung|Fachabteilung|Personalabteilung|Vorstand) "
         rf"(?:der|des|von|bei) (?:der |dem )?({_ORG})", 2.5, "body 'role at'"),
        (rf"\b(?:applying|applied|application|apply) (?:to|for) (?:the |our |a |an )?"
         rf"[^.\n]{{2,80}}? (?:at|with|bei|chez) (?:the )?({_ORG})", 3.0, "body 'applied to X at'"),
        (rf"\b(?:interest in|interested in|applying to|applied to|apply to|apply at|applying at|"
         rf"application to|application with|consider(?:ing)?|for choosing|joining|to join|"
         rf"[Bb]ewerbung bei|[Bb]ewerbung als [^.\n]{{2,60}}? bei|Interesse an|intérêt pour|"
         rf"que vous portez à|intérêt porté à|intérêt portée à|intérêt manifesté pour|"
         rf"interés en|interés por) "
         rf"(?:(?:working|a career) (?:at|with|for) |joining |the team at |us at )?"
         rf"(?:the |der |die |dem |la |le |l'|el )?({_ORG})", 2.0, "body 'interest in'"),
        (rf"\b(?i:my|our|mon|notre|nuestro|nuestra|meinem|meines|unserem|unseres|unser|mein)\s+"
         rf"(?i:client|clients|kunden?|kundin|mandant(?:en|in)?|auftraggeber(?:in)?|cliente)"
         rf"[,:]?\s+(?:the |der |die |den |le |la |el |l')?"
         rf"({_ORG})", 3.0, "body 'my client'"),
        (rf"\b(?:on behalf of |im Auftrag (?:der|des|von) |pour le compte d(?:e |')|en nombre de )"
         rf"(?:(?:my|our) client,? )?(?:the |la |le |l')?({_ORG})", 3.0, "body 'my client'"),
        # an agency sent the candidate's profile to the employer ("dein Profil bei X vorgestellt")
        (rf"\b(?:profile|CV|résumé|resume|application|Profil|Unterlagen|Lebenslauf|profil|dossier|"
         rf"candidature) (?:to|with|bei|an|à|chez|auprès de) (?:the |der |die |den |la |le |l')?"
         rf"({_ORG})(?= (?:vorgestellt|weitergeleitet|präsentiert|pour|for|für|para)| and they|"
         rf" who|,|\.)", 2.5,
         "body 'profile sent to X'"),
        # interviews with an organisation: an article before it ("avec la Mutuelle Ardoise",
        # "with the Hartley Group"), never a person ("with Julie Martin")
        (rf"\b(?:interviews?|entretiens?|Gespräche?n?|Vorstellungsgespräche?n?|entrevistas?) "
         rf"(?:with|avec|mit|bei|con) (?:the |la |le |l'|der |dem |den |la |el )({_ORG})", 2.5,
         "body 'interview with X'"),
        (rf"\b(?:Unfortunately,|Leider hat|Malheureusement,) ({_ORG}) (?:has|have|did|is|hat)",
         3.0, "body 'X has decided'"),
        (rf"(?:^|[.!?]\s+|,\s+|\b(?:that|dass|que) )(?:the )?({_ORG}) (?:has|have|had) (?:now )?"
         rf"(?:decided|chosen|come back|opted|elected|gone (?:with|for|ahead)|selected|appointed|"
         rf"offered|filled|moved forward|proceeded)\b", 2.5, "body 'X has decided'"),
        # a job board's notice: "Ledgerline Accounting reviewed your application", "Chariot
        # Fleurs a examiné votre candidature", "Bergauf Consulting hat den Status Ihrer Bewerbung
        # aktualisiert", "Your application was viewed by Wellfleet Partners"
        (rf"(?:^|\n)({_ORG}) (?:has )?(?:reviewed|viewed|updated|declined|a examiné|a consulté|"
         rf"a mis à jour|a refusé|hat (?:den Status )?(?:Ihrer |deiner |Ihre |deine )?Bewerbung|"
         rf"hat den Status)\b", 3.0, "body 'X reviewed your application'"),
        # "Le recruteur Groupe Hestia a mis à jour ...", "L'entreprise Transports Bellanger a
        # répondu", "Malheureusement, Fretly a décidé de ne pas donner suite"
        (rf"\b(?:[Ll]e recruteur|[Ll]a société|[Ll]'entreprise|[Ll]'employeur|[Dd]as Unternehmen|"
         rf"[Dd]ie Firma|[Dd]er Arbeitgeber|[Tt]he employer|[Tt]he company|[Tt]he hiring company) "
         rf"({_ORG}) (?:a|hat|has)\b", 3.0, "body 'X reviewed your application'"),
        (rf"(?:^|[.!?]\s+|,\s+|\b(?:que|dass) )({_ORG}) (?:a|hat) (?:décidé|choisi|retenu|"
         rf"répondu|consulté|sich (?:leider )?(?:gegen|für|entschieden|anders))\b", 2.5,
         "body 'X has decided'"),
        # XING: "die Bewerbung, die Sie ... an die Adler Treuhand GmbH für die Position ..."
        (rf"\ban (?:die|das|den) ({_ORG}) (?:für|als|gesendet|geschickt)\b", 2.5,
         "body 'applied to X at'"),
        # HelloWork: "l'offre « Assistant comptable » (Cabinet Morel Expertise, Nantes)"
        (rf"[»“”\"]\s*\(({_ORG}),\s", 2.5, "job-board card"),
        (rf"\b(?:application|candidature|Bewerbung) (?:was|has been|a été|wurde) (?:viewed|"
         rf"reviewed|consultée|examinée|angesehen) (?:by|par|von) ({_ORG})", 3.0,
         "body 'X reviewed your application'"),
        (rf"\b(?:heard back from|feedback from|news from|Rückmeldung von|retour de|respuesta de) "
         rf"(?:the )?({_ORG})", 2.0, "body 'heard from X'"),
        (rf"\b(?:poste|puesto|vacante|posición|Stelle) (?:d(?:e |')|als )[^.\n]{{2,60}}? "
         rf"(?:à la |à l'|à |au sein d(?:e |')(?:la |l')?|chez |en (?:el |la )?|bei (?:der )?)"
         rf"({_ORG})", 3.0, "body 'role at'"),
        (rf"^(?:The |Das |L'équipe |El equipo de )?({_ORG}) (?:Recruiting|Recruitment|Talent|"
         rf"Hiring|Careers|HR|People|Team|Talent Acquisition|Recruiting Team|Hiring Team|"
         rf"Talent Team|Careers Team|Recruitment Team)(?: Team)?\s*$", 3.0, "signature team"),
        (rf"^(?:The |Your friends at |Das |Ihr |Dein )({_ORG}) (?:Team|Recruiting Team|-Team)\s*$",
         3.0, "signature team"),
        (rf"^(?:L'équipe|L’équipe|El equipo|Equipo|Das Team|Ihr Team|Dein Team|Euer Team|The team|"
         rf"Team)(?: (?:de |des |du |der |von )?(?:Recrutement|Talento|Talent|Talents|Recruiting|"
         rf"Selección|RH|RRHH|Personal|Personas|Recursos Humanos))? "
         rf"(?:de |des |du |der |von |at |of |bei |from )?(?:la |el |l')?({_ORG})\s*$", 3.0,
         "signature team"),
        (rf"^(?:Recruiting|Talent|HR|Hiring|People) (?:Team|Acquisition)?,? ({_ORG})\s*$", 2.0,
         "signature team"),
        (rf"^[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? (?:von|from|de chez|@|—|–) ({_ORG})\s*$", 2.0,
         "signature team"),
        (rf"^(?:[A-Z][\w-]* ){{0,3}}(?:Manager|Recruiter|Director|Lead|Partner|Specialist|"
         rf"Coordinator|Officer|Consultant|Founder|CEO|CTO|Head of [A-Z]\w+|Sourcer)"
         rf"(?:,| at| \|| -| @) ({_ORG})\s*$", 2.5, "signature title line"),
    )
)
_DISPLAY_TEAM = re.compile(
    r"^(?:the )?(.+?)(?: (?:via|through|@) .+|,? (recruiting|recruitment|talent acquisition|"
    r"talent|hiring team|hiring|careers|career|jobs|hr|people|people team|team|notifications|"
    r"workday|karriere|recrutement|empleo|bewerbermanagement|personalabteilung|recursos humanos|"
    r"rrhh|rh|selección|early careers|campus|campus recruiting|campus management|"
    r"graduate recruitment|"
    r"graduates|university relations|emerging talent)(?: team)?)$",
    re.IGNORECASE,
)
_DISPLAY_TEAM_FIRST = re.compile(
    r"^(?:recrutement|recruiting|recruitment|careers at|jobs at|talent at|karriere bei|"
    r"jobs bei|rh|hr|rrhh|empleo|talent)(?: team)?(?:,| -| –| \||)? (?:(?:at|chez|bei|de|du) )?"
    r"(?=[A-ZÀ-Ý])(.+)$", re.IGNORECASE)
_DEPARTMENT_LAST = frozenset({"services", "service", "team", "department", "office", "operations"})
_CLIENT_ANSWER = re.compile(
    rf"\b(?:(?:heard back|feedback|an answer|news) from |(?:Feedback|Rückmeldung|Antwort|Absage) "
    rf"(?:von |vom Kunden:? )|(?:retour|réponse) (?:de |du client:? )|(?:an |bei )?unseren? "
    rf"Kunden,? (?:die |der |den )?(?:Fa\. |Firma )?|notre client,? (?:la société |"
    rf"l'entreprise )?)({_ORG})")
_SIGNATURE_PATTERNS = tuple(row for row in _COMPANY_PATTERNS if row[2].startswith("signature"))
# one pass says which of the body's company patterns can match (agent/core/patternset.py)
_COMPANY_IN_BODY = PatternSet([rx for rx, _, _ in _COMPANY_PATTERNS])
_SUBJECT_COMPANY = tuple(re.compile(p) for p in (
    rf"\b(?:application (?:to|at|with)|applying to|applying for .+? at|interest in|applied to|"
    rf"update from|from|at|with|bei|chez|en) ({_ORG})\s*(?:[-|:!,.(]|$)",
    rf"^({_ORG}) (?:\||-|:|–) ",
    rf"^(?:Your |Update on your |Ihre )({_ORG}) (?:application|Bewerbung)",
))
# "Kotlin Developer - Harrowgate Digital": the segment beside the one naming a role
_SUBJECT_ROLE_ORG = re.compile(rf"^(.+?)\s+(?:\||-|–|—)\s+({_ORG})\s*$")
_GENERIC_ORG = lexicon.words(
    "us our we you your the team company hiring team recruiting application update thank "
    "thanks unfortunately hello hi dear important regarding re fwd position role job careers "
    "candidate talent acquisition application received application update job application "
    "interview this that it human resources recruitment hr people ihre votre su corporate"
    " personalabteilung bewerbermanagement recrutement rrhh rh selección drh candidature "
    "candidatura bewerbung absage talents"
    " mailbox unternehmen firma employer employeur l'employeur l'entreprise entreprise société "
    "empresa organisation organization"
) | {"hiring team", "recruiting team", "application update", "application received", "job",
     "the team", "our team", "talent team", "careers team", "recursos humanos",
     "ressources humaines", "people & culture"}


_ORG_TAIL = re.compile(r"(?:(?:\s+|-|\s+[–—|·]\s+)(?:recruiting|recruitment|talent|acquisition|"
                       r"hiring|team|careers|career|hr|people|operations|jobs|workday|karriere|"
                       r"-team|graduate|graduates|campus|early careers|university relations|"
                       r"university recruiting|university programs|campus recruiting|"
                       r"human resources|drh|rh|ressources humaines|personalabteilung|"
                       r"personal|recrutement))+$",
                       re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:GmbH(?: & Co\.? KG)?|AG|Inc|LLC|LLP|Ltd|Limited|S\.?A\.?S|S\.?A|SARL|S\.?L\.?U?|"
    r"B\.?V|N\.?V|plc|PLC|Corp|Corporation|Co|Pty(?: Ltd)?|KG|KGaA|SE|e\.?V|S\.?p\.?A|S\.?r\.?l|"
    r"AB|ASA|Oy|Pvt(?: Ltd)?|S\.?C|mbH|GbR|UG(?: \(haftungsbeschränkt\))?|OHG|oHG|PartG(?: mbB)?|"
    r"mbB|eG|gGmbH|SCOP|SCA|SNC)\.?$")
_TITLE_FOLLOWS = re.compile(r"\s+(?:position|role|opening|job|internship|vacancy|at|with)\b")


# Words before a name that are not part of it: "Malheureusement, Fretly", "Talents Lumio".
_ORG_LEAD = re.compile(r"^(?:(?:Malheureusement|Unfortunately|Sadly|Leider|Hélas|Lamentablemente)"
                       r",?|L'équipe|Équipe|Team|Talents?|Recrutement|Recruiting|Karriere|"
                       r"L'entreprise|L'employeur|La société|Das Unternehmen|Die Firma|"
                       r"Ausbildung|Personalabteilung|Campus Recruiting|University Recruiting)\s+"
                       r"(?=[A-ZÀ-Ý0-9])")


# A sender's or signature's "Organisation – Department" ("Stadtgemeinde Kainachtal –
# Personalamt", "Secrétariat de direction – IFSI Rhône-Vallée"): the department part goes.
_ORG_PART_SPLIT = re.compile(r"\s+[–—|·]\s+|\s+-\s+|\s+,\s+|,\s+(?=[A-ZÄÖÜÀ-Ý])")
_DEPARTMENT_PART = re.compile(
    r"^(?:(?:service|pôle|direction|département|abteilung|bureau)(?: du| de la| des| de|"
    r" d')? ?)?(?:personalamt|personaldienst|personalabteilung|personalwesen|personalbüro|"
    r"personalmanagement|hr|rh|drh|human resources|ressources humaines|recrutement|recruiting|"
    r"recruitment|talent acquisition|acquisition de talents|acquisition des talents|talents?|"
    r"karriere|careers?|people (?:&|and) culture|people team|bewerbermanagement|"
    r"hiring team|recursos humanos|selección|secrétariat(?: de direction| général)?|"
    r"sekretariat|personnel)(?: (?:alternance|team|department|abteilung|et mobilité))?$|"
    r"^(?:service|pôle|direction|département|abteilung|bureau)(?: (?:du|de la|des|de|d')\b.*)?$",
    re.IGNORECASE)


def _drop_department(org: str) -> str:
    parts = [p.strip() for p in _ORG_PART_SPLIT.split(org) if p.strip()]
    if len(parts) < 2:
        return org
    kept = [p for p in parts if not _DEPARTMENT_PART.match(p)]
    if len(kept) != 1 or kept[0].lower() in lexicon.LOCATIONS:
        return org
    return kept[0]


def _clean_org(raw: str) -> str:
    org = _drop_department(raw.strip(" .,;:-|–—\"'"))
    org = _ORG_LEAD.sub("", org.strip(" .,;:-|–—\"'"))
    org = _ORG_STOP.sub("", org).strip(" .,;:-|\"'")
    org = _ORG_TAIL.sub("", org).strip(" .,;:-|\"'")
    org = _LEGAL_SUFFIX.sub("", org).strip(" .,;:-|\"'")
    org = re.sub(r"^(?:The|Das|La|Le|El) (?=\S)", "", org) if len(org.split()) > 1 else org
    org = _POSSESSIVE.sub("", org) if len(org.split()) > 1 else org  # "Ihr St. Gallen Analytics"
    return org


_POSSESSIVE = re.compile(r"^(?:Ihr|Ihre|Dein|Deine|Euer|Unser|Your|Our|Votre|Notre|Su|Tu|Nuestro) ")
# Words that make a name a person's job title wherever they stand ("Senior Recruiter, Northpeak",
# "Talent Acquisition Managerin"): never part of a company name here.
_PERSON_TITLE = lexicon.words(
    "recruiter recruiterin consultant consultante consultora consultor manager managerin "
    "director directora directeur directrice partner partnerin specialist spezialistin "
    "coordinator officer sourcer founder co-founder ceo cto cfo coo vp president head lead "
    "leiter leiterin berater beraterin personalberater personalberaterin headhunter chargé "
    "chargée responsable jefe jefa professor professorin professeur"
)
# German job titles are compounds ("Personalreferentin", "Recruiting-Managerin",
# "Ausbildungsbeauftragte"): their endings make a word a person's title too.
_PERSON_TITLE_ENDINGS = ("referent", "referentin", "beauftragter", "beauftragte", "leiter",
                         "leiterin", "leitung", "managerin", "assistent", "assistentin",
                         "sachbearbeiter", "sachbearbeiterin", "recruiterin", "beraterin",
                         "partnerin", "spezialist", "spezialistin", "koordinator",
                         "koordinatorin")


def _is_person_title(word: str) -> bool:
    return word in _PERSON_TITLE or word.endswith(_PERSON_TITLE_ENDINGS)


# First words of a team, a department, a programme or a role, never of a company.
_NOT_COMPANY_FIRST = lexicon.words(
    "position stelle poste puesto role job service équipe equipo team direction departamento "
    "department abteilung recursos ressources human people recruiting recruitment talent "
    "hiring careers personalabteilung bewerbermanagement senior junior principal graduate "
    "werkstudent praktikum prácticas internship personas early geschäftsführung geschäftsleitung "
    "fachabteilung management vorstand direction candidature candidatura bewerbung application "
    "absage réponse retour suite rückmeldung antwort nouvelles news update"
)
# A status card's or subject's outcome word: never a company alone or before a colon
# ("Outcome", "Status: Gesendet"), though "Status Labs" and "Outcomes First Group" are companies.
_OUTCOME_WORDS = lexicon.words(
    "outcome outcomes result results résultat résultats resultado status statut estado "
    "unsuccessful successful feedback decision décision entscheidung ergebnis bescheid "
    "notification benachrichtigung"
)


# A last word that makes a name a team, a programme or a person's title, never a company
# ("Payments Platform", "Graduate", "Senior Consultant", "Data Engineer").
_NOT_COMPANY_LAST = lexicon.words(
    "platform platforms infrastructure growth engineering operations graduate graduates programme "
    "program intern interns internship team teams squad department consultant consultants "
    "recruiter recruiters manager managers director partner specialist coordinator officer "
    "engineer engineers developer developers analyst designer lead associate assistant scientist "
    "researcher sourcer founder ceo cto vp president head entwickler entwicklerin berater "
    "beraterin ingenieur ingénieur ingeniero chargée chargé responsable analista plattform "
    "plataforma culture humanos humaines rh rrhh recrutement selección talento devops"
)


# Not a name at all: a reference number, a year, a course code, a lone pronoun.
_NOT_A_NAME = re.compile(r"^(?:(?:19|20)\d\d\b|(?i:r[ée]f[ée]rence|reference|ref|req|job id)\b|"
                         r"(?i:ihr|ihre|dein|deine|your|our|votre|notre|su|tu|i|i['’]m|on|we|"
                         r"you|they|it|il|elle|nous|wir|ich|je|phd|mail|campus)$)|\d{3}")


def _valid_org(org: str) -> bool:
    low = org.lower()
    if not org or _NOT_A_NAME.search(org):
        return False
    if len(org) > 60 or low in _GENERIC_ORG or len(org.split()) > 9 or len(
            [w for w in org.split() if w[0].isupper() or w[0].isdigit()]) > 6:
        return False
    words = [w.strip(",.;:()") for w in low.split()]
    if words[-1] in _NOT_COMPANY_LAST or words[0] in _NOT_COMPANY_FIRST:
        return False
    if words[0] in _OUTCOME_WORDS and (len(words) == 1 or low.split()[0].endswith(":")):
        return False
    if len(words) > 1 and words[-1] in _OUTCOME_WORDS:  # "Notice of Results", "... Outcome"
        return False
    if words[-1] in ("kunde", "kundin", "client", "cliente"):  # "Der Kunde", "le client"
        return False
    # a person's title never stands in a company's name, except after "&" ("Brandt & Partner")
    if any(_is_person_title(w) and (i == 0 or words[i - 1] not in ("&", "and", "und"))
           for i, w in enumerate(words)) or all(w in lexicon.LOCATIONS for w in words):
        return False
    if low.split()[0] in _GENERIC_ORG and len(org.split()) == 1:
        return False
    if low in _ATS_NAMES or low.replace(" ", "") in _ATS_NAMES:
        return False
    return not any(w in _ATS_NAMES for w in low.split())


def _domain_label(domain: str) -> str:
    """The label of a company's own mail domain that names it ('hs-ostfalenburg' for
    personal@hs-ostfalenburg.de), lower-case; '' for an ATS, a free-mail provider or no domain."""
    if not domain or contacts.ats_for_domain(domain) or domain in lexicon.FREEMAIL:
        return ""
    labels = [p for p in domain.lower().split(".") if p]
    if len(labels) < 2:
        return ""
    core = labels[:-1]
    if len(core) >= 2 and core[-1] in {"co", "com", "org", "ac", "gov", "net", "sch", "nhs"}:
        core = core[:-1]  # acme.co.uk
    core = [p for p in core if p not in lexicon.MAIL_SUBDOMAINS] or core[-1:]
    name = core[-1]
    if name in _ATS_NAMES or len(name) < 2:
        return ""
    return name


def _domain_company(domain: str) -> str:
    name = _domain_label(domain)
    return "-".join(part.capitalize() for part in name.split("-")) if name else ""


# Words many organisations' names share: a name sharing only these with a domain is not its name.
_COMMON_ORG_WORDS = lexicon.words(
    "university universite universitat universidad hochschule college school ecole group gruppe "
    "groupe grupo clinic clinique klinik klinikum hospital bank banque editions partner partners "
    "consulting conseil health labs studio solutions services systems digital careers recruiting "
    "talent jobs team trust foundation institute institut company societe gesellschaft"
)


def _shares(key: str, label: str) -> bool:
    """True when a name and a domain label share a distinctive word ('Hochschule Ostfalenburg'
    and hs-ostfalenburg, 'Université Rives de Loire' and univ-rivesdeloire), or the label spells
    the name (see _spells)."""
    if len(label) < 3:
        return False
    flat = re.sub(r"[^a-z0-9]", "", label)
    if _spells(key, flat) or written_out(key, flat):
        return True
    words = [w for w in re.split(r"[\s\-'’&.,]+", key) if w]
    initials = "".join(w[0] for w in words if w[0].isupper()).lower()
    if len(initials) >= 3 and initials == flat:
        return True  # an acronym domain: dcs.gov.uk for "Department for Community Services"
    for word in words:
        for sq in squash(word):
            if len(sq) >= 4 and sq not in _COMMON_ORG_WORDS and sq in flat:
                return True
    return False


_SOURCE_CONFIDENCE = {"body 'role at'": 0.9, "body 'applied to X at'": 0.9,
                      "body 'interest in'": 0.75, "body 'my client'": 0.95,
                      "body 'X has decided'": 0.85, "body 'heard from X'": 0.7,
                      "signature team": 0.9, "signature title line": 0.85,
                      "signature company line": 0.85, "sender name": 0.8, "subject": 0.7,
                      "sender domain": 0.45, "body 'profile sent to X'": 0.85,
                      "body 'interview with X'": 0.8,
                      "body 'X reviewed your application'": 0.9, "job-board card": 0.85}
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# A sender domain or signature organisation that is a recruitment agency, not the employer.
_AGENCY = re.compile(r"recruit|talent|personal(?!abteilung)|staffing|search|hunter|cabinet|exec|"
                     r"consult|conseil|interim|intérim|placement|vermittlung")
# A signature title only an agency's recruiter has ("Senior Consultant", "Personalberaterin",
# an IT service company's "Business Manager"): in-house recruiters are recruiters or partners.
_AGENCY_TITLE = re.compile(r"(?i:\b(?:consultant|consultante|consultora|consultor|"
                           r"personalberater(?:in)?|headhunter|business manager)\b)")
# A signature line naming a recruitment firm: "Apexfield Recruitment", "Hexa Staffing Ltd",
# "Talent Square – Cabinet de recrutement" (not a team: "Acme Recruiting Team").
_AGENCY_LINE = re.compile(
    r"(?i:\b(?:recruitment|staffing|personnel|executive search|search partners|personalberatung|"
    r"personaldienstleistungen?|personalvermittlung|cabinet de recrutement|headhunting|"
    r"selección de personal|consultoría de selección)(?: (?:ltd|limited|gmbh|llp|sas|sarl|inc|"
    r"group|s\.l\.))?\.?$)")


def squash(name: str) -> tuple[str, ...]:
    """Spellings of a name as a domain would write it: 'Grünwerk Energie' -> ('gruenwerkenergie',
    'grunwerkenergie'); 'Océan Bleu' -> ('oceanbleu',)."""
    low = name.lower()
    out = []
    for text in (low.translate(_TRANSLIT), low):
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        out.append(re.sub(r"[^a-z0-9]", "", plain))
    return tuple(dict.fromkeys(out))


_PIECE = re.compile(r"[^\s\-–—]+")
_PIECE_STOP = lexicon.words("team recruiting recruitment talent careers hr rh jobs")


# What a domain adds to a one-word name ("looplinehq", "papyrus-app"); not "bau" or "partner"
_DOMAIN_ADDITIONS = lexicon.words("hq app apps inc io co ltd llc gmbh ag sa group eu uk us de fr "
                                  "ch at be ca online web jobs careers team mail net global")


def _runs_on(between: str) -> bool:
    """Nothing but a space between two words of one name: no comma, bracket or dash ("GmbH,
    Gleisdorf", "Les Glycines – Villeurbanne", "Analytics (London")."""
    return not any(ch in between for ch in ",;:()[]–—|/.!?") and " - " not in between


def written_out(name: str, label: str) -> bool:
    """True when `name` is what the domain label abbreviates or runs together (see
    spelled_out): 'Centre hospitalier des Monts-d'Or' for ch-montsdor."""
    target = re.sub(r"[^a-z0-9]", "", label.lower())
    pieces = [p.strip(".,;:()\"'«»") for p in _PIECE.findall(name)]
    pieces = [p for p in pieces if p]
    return (len(target) >= 4 and bool(pieces) and _capital(pieces[0])
            and not _names_a_person(name) and _matches(pieces, target))


def _capital(piece: str) -> bool:
    return piece[:1].isupper() or piece.partition("'")[2][:1].isupper()  # "Monts-d'Or"


def spelled_out(text: str, label: str, people: frozenset[str] = frozenset()) -> str:
    """The organisation a sender's domain label abbreviates or runs together, as the text writes
    it: 'Centre hospitalier des Monts-d'Or' for ch-montsdor, 'Banque Hérault Saint-Clair' for
    banque-hsc, 'Lakeside Arts Alliance' for lakesidearts; '' when no capitalised run of words
    in the text gives the label's letters in order (at least two words, or one that the label
    starts with)."""
    target = re.sub(r"[^a-z0-9]", "", label)
    if len(target) < 4:
        return ""
    best = ""
    for line in text.splitlines():
        spans = [(m.start(), m.end(), m.group(0).strip(".,;:()\"'«»"))
                 for m in _PIECE.finditer(line)]
        for start in range(len(spans)):
            first = spans[start][2]
            if not first[:1].isupper() or squash(first)[0][:1] != target[:1]:
                continue
            for end in range(start + 1, min(start + 10, len(spans)) + 1):
                pieces = [p for _, _, p in spans[start:end]]
                if not _capital(pieces[-1]) or not _matches(pieces, target):
                    continue
                while end < len(spans) and _capital(spans[end][2]) and (
                        spans[end][2].lower() not in _PIECE_STOP) and _runs_on(
                        line[spans[end - 1][1] - 1:spans[end][0] + 1]):
                    end += 1  # "Lakeside Arts" + "Alliance": the name runs on
                name = _clean_org(line[spans[start][0]:spans[end - 1][1]])
                if _valid_org(name) and not _names_a_person(name, people) and len(name) > len(
                        best):
                    best = name
    return best


def _matches(pieces: list[str], target: str) -> bool:
    """True when the pieces give the label's letters in order (each piece as `longest` allows,
    a lower-case one possibly nothing: "des", "privé"); for a label of five letters or fewer
    only initials (an acronym), since short labels spell anything."""
    if len(pieces) > 10:
        return False
    keys = [squash(p)[0] for p in pieces]
    if len(pieces) == 1:  # "Loopline" for looplinehq; never "Hellwig" for hellwig-partner
        return len(keys[0]) >= 4 and (keys[0] == target or (
            target.startswith(keys[0]) and target[len(keys[0]):] in _DOMAIN_ADDITIONS))
    capital = [_capital(p) for p in pieces]
    # a capitalised word gives a prefix of itself, a connector all of itself ("Graine de Café"
    # for grainedecafe), another lower-case word its initial; short labels only initials
    longest = [(len(k) if (c or p.lower() in _CONNECTORS) and len(target) > 5 else 1)
               for p, k, c in zip(pieces, keys, capital, strict=True)]

    @cache
    def walk(i: int, j: int) -> bool:
        if j == len(target):
            return not any(capital[i:])
        if i == len(pieces):
            return False
        if not capital[i] and walk(i + 1, j):
            return True
        key = keys[i]
        k = 0
        while k < min(len(key), longest[i]) and j + k < len(target) and key[k] == target[j + k]:
            k += 1
            if walk(i + 1, j + k):
                return True
        return False

    return walk(0, 0)


_CONNECTORS = lexicon.words("de des du la le les et of and the für am an der die das von zu "
                            "y del")
_GREETING_START = re.compile(r"(?i)^(?:sehr geehrte|liebe|lieber|dear|hello|hi|hallo|bonjour|"
                             r"madame|monsieur|guten tag|grüezi|moin|servus|hey)\b")


def _names_a_person(name: str, people: frozenset[str] = frozenset()) -> bool:
    """A spelled-out candidate that is a salutation ("Sehr geehrte Frau Becker") or the sender's
    own name (`people`, lower case: "John Smith" for jsmith.co.uk). Not the signature's last
    line: that is as often the organisation ("Tidewater Arts Collective") as a person."""
    return name.lower() in people or bool(_GREETING_START.match(name))


def _spells(key: str, domain_name: str) -> bool:
    """True when a voted name is the domain's name written out ('Northstar Labs' for
    northstarlabs.com, 'Orchard' for orchardapp.com)."""
    dom = re.sub(r"[^a-z0-9]", "", domain_name.lower())
    if len(dom) < 3:
        return False
    return any(dom in sq or (len(sq) >= 4 and sq in dom) for sq in squash(key))


_TITLE_LINE_SPLIT = re.compile(r"\s*(?:,|\||–|—| - | @ | at | bei | chez )\s*")


def _org_line(line: str, label: str, people: frozenset[str]) -> bool:
    """A signature line that is only the organisation's name and shares a word with the sender's
    own domain ('University of Aldermoor' from recruitment@aldermoor.ac.uk); never the signing
    person's name ('Monika Brandt' from kanzlei@brandt-partner-stb.de)."""
    if not label or len(line) > 60 or ", " in line or line.lower() in people or not re.fullmatch(
            _ORG, line):
        return False  # ", ": an address ("Ostfalenburg, Germany"), not the name alone
    return _valid_org(_clean_org(line)) and _shares(line, label)


def _signature_votes(lines: list[str], label: str = "",
                     people: frozenset[str] = frozenset()) -> list[tuple[str, float, str]]:
    """Company candidates from a signature's last lines: the team forms of _COMPANY_PATTERNS, a
    line with a legal suffix ('Kranich Logistik AG'), the organisation beside a person's job
    title ('Engineering Manager, Datacumbre'; never the title, never a team), and a line that is
    only a name sharing a word with the sender's domain (`label`, see _org_line). A title line
    followed by such a line names a team ('Engineering Manager, Checkout & Payments' above
    'Fenwick'): the line below is the organisation."""
    out: list[tuple[str, float, str]] = []
    org_lines = [_org_line(line, label, people) for line in lines]
    for i, line in enumerate(lines):
        before = len(out)
        for rx, weight, source in _SIGNATURE_PATTERNS:
            m = rx.match(line)
            if m:
                out.append((_org_not_place(line, m.group(1), label,
                                           lines[i - 1] if i else ""), weight, source))
                break
        if len(out) > before:
            continue  # one vote per line
        if _LEGAL_SUFFIX.search(line) and re.fullmatch(rf"{_ORG},?\s+\S+(?: & Co\.? KG)?\.?",
                                                       line):
            # "Personalreferentin, Nordlicht Software GmbH": the title before the comma is the
            # person's, the company is what follows it
            title, comma, rest = line.partition(", ")
            if comma and any(_is_person_title(w) or w in _NOT_COMPANY_LAST
                             for w in title.lower().split()):
                line = rest
            out.append((line, 3.0, "signature company line"))
            continue
        if org_lines[i]:
            out.append((line, 2.0, "signature company line"))
            continue
        parts = _TITLE_LINE_SPLIT.split(line)
        # "Engineering Manager, Northstar Labs"; "Sam St. Clair, Head of Engineering, Northstar
        # Labs": the name and the title before the organisation
        if 2 <= len(parts) <= 3 and len(line) <= 100 and re.fullmatch(_ORG, parts[-1]):
            left = " ".join(parts[:-1]).lower().split()
            if len(left) <= 10 and any(_is_person_title(w) or w in _NOT_COMPANY_LAST
                                       for w in left) and not any(org_lines[i + 1:i + 2]):
                # only the sender's own domain tells here: "Data Engineer – Hansekontor
                # Digital – Hamburg" in a job board's list of other jobs is no signature
                out.append((_org_not_place(line, parts[-1], label, places=False), 2.5,
                            "signature title line"))
    return out


_PLACE_SPLIT = re.compile(r"\s+[–—|·-]\s+|,\s+")


def _org_not_place(line: str, org: str, label: str, above: str = "", places: bool = True
                   ) -> str:
    """`org`, the last part of a signature line, or the part before it when that one is the
    organisation and `org` its place: "Groupe Ardent – La Défense" from groupe-ardent.fr,
    "Responsable maintenance – Isère Process, Le Pont-de-Claix", or a job board's card, where a
    role's line comes above "Fonderie Valdrôme – Saint-Fons". A company's address follows its
    name; a person's name comes before their company ("Nicolas – TempoPro Intérim")."""
    parts = [p for p in _PLACE_SPLIT.split(line) if p.strip()]
    if len(parts) < 2 or parts[-1].strip() != org.strip():
        return org
    before = parts[-2].strip()
    if not re.fullmatch(_ORG, before) or _is_person_title(before.lower().split()[-1]):
        return org
    words = [w for w in re.split(r"[\s-]+", org.lower()) if w not in ("le", "la", "les", "l'")]
    place = places and bool(words) and all(w in lexicon.LOCATIONS for w in words)
    if place or (_shares(before, label) and not _shares(org, label)) or (
            above and _names_a_role(clean_title(above)) and not _names_a_role(before)):
        return before
    return org


# What a "fuller name" must not add to a short one: a year, a programme or a role ("Ashgrove
# Systems Graduate Programme 2027" is not a longer spelling of "Ashgrove Systems").
_FULLER_NOT_NAME = re.compile(r"\d|\b(?i:program|programme|scheme|intern|internship|graduate|"
                              r"team|talent|recruiting|careers?|jobs|hiring|hr|people)\b")


_CARD_SPLIT = re.compile(r"\s+[–·•|]\s+|\s+-\s+")
# A job board's two-part card line: "Warehouse Supervisor — Bexley Distribution",
# "Marrow & Finch CPA - Columbus, OH"
_BOARD_LINE = re.compile(r"^([^\n–—·•|]{2,60}?)\s+[-–—·•|]\s+([^\n–—·•|]{2,60})$")


def _card_companies(text: str) -> list[str]:
    """The employer on a job board's card: "Data Analyst – Lumière Mobilité – Lyon", or a role's
    line followed by "Quellfeld Analytics GmbH · Hamburg"."""
    found = []
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:15]
    for before, line in zip(["", *lines], lines, strict=False):
        parts = _CARD_SPLIT.split(line)
        if len(parts) >= 3 and len(line) <= 100 and _names_a_role(clean_title(parts[0])):
            found.append(parts[1])
        elif (len(parts) == 2 and len(line) <= 80 and len(before) <= 60
              and _names_a_role(clean_title(before)) and not _names_a_role(parts[0])
              and "·" in line):
            found.append(parts[0])
    return found


_DISPLAY_SPLIT = re.compile(r"\s+[–—|·]\s+|\s+-\s+")
# Words of a department or team, not of an organisation: "Amt für Personal", "Bureau des
# concours", "Talent Acquisition", "Direction des Ressources Humaines"
_DEPARTMENT_WORDS = frozenset((  # noqa: SIM905 - a word list reads best as one string
    "personal personalabteilung personalentwicklung personalverwaltung personalservice personalamt "
    "personalmanagement personalwesen personalgewinnung fachdienst amt für und organisation "
    "abteilung bewerbermanagement karriere recruiting recruitment recrutement recrutements "
    "direction service services des de du la ressources humaines rh drh grh hr human resources "
    "talent talents acquisition people team culture careers career jobs bureau concours "
    "department dept office hiring emploi & of the operations alternance stage stages "
    "apprentissage ausbildung nachwuchs nachwuchsprogramme campus graduate graduates early "
    "internships werkstudenten trainee programme programmes program programs talento joven "
    "selección screening admissions onboarding").split())


_TITLE_WORD = re.compile(r"(?i)(?:dr|mag|ing|prof|dipl|mme|mr|mrs|ms|me)\.?|"
                         r"[a-z]+\.(?:-[a-z]+\.?)?")
_DEGREES = frozenset({"dds", "dmd", "md", "phd", "rn", "cpa", "esq", "mba", "llm", "dvm", "pmp"})
# a department's own words, dropped from either end of an organisation's name
_DEPARTMENT_ENDS = frozenset(w for w in _DEPARTMENT_WORDS if w not in {
    "des", "de", "du", "la", "&", "of", "the", "und", "für", "service", "services", "office",
    "bureau", "direction", "amt", "abteilung", "campus"})


def _a_persons_name(name: str) -> bool:
    """A person's name, with academic titles and degrees ('Mag. Eva Kogler', 'Anita Shah DDS',
    'Jean-Marc Pottier')."""
    words = [w for w in name.replace(",", " ").split() if not _TITLE_WORD.fullmatch(w)
             and w.lower().strip(".") not in _DEGREES]
    if any(w.lower() in _DEPARTMENT_WORDS or squash(w)[0] in _COMMON_ORG_WORDS or
           w.lower().endswith(("amt", "verwaltung", "werk", "gmbh")) for w in words):
        return False  # "Personalverwaltung Landratsamt Ilmtal", "Caisse Boréale Careers"
    return 2 <= len(words) <= 4 and (contacts.looks_like_person_name(" ".join(words))
                                     or contacts.looks_like_person_name(
                                         " ".join(words).replace("-", " ")))


# what may stand before a programme's name and goes with it ("University Programs", "Co-op
# Program"); "University Human Resources" keeps its university
_QUALIFIERS = frozenset({"university", "co-op", "coop", "campus", "early", "graduate",
                         "student"})
_PROGRAMMES = frozenset({"program", "programs", "programme", "programmes", "recruiting",
                         "recruitment", "careers"})


def _without_department(name: str) -> str:
    """'Personal Spedition Ehlers' -> 'Spedition Ehlers'; 'Landratsamt Isar-Vils
    Personalverwaltung' -> 'Landratsamt Isar-Vils'; 'Stratacore University Programs' ->
    'Stratacore' (but 'Carverton University' stays)."""
    words = name.split()
    dropped = False
    while len(words) > 1 and (words[0].lower() in _DEPARTMENT_ENDS or dropped and words[0].lower()
                              in ("services", "service", "office")) and words[1][:1].isupper():
        words, dropped = words[1:], True  # "HR Services Kestrel Microsystems"
    last = ""  # the department word cut last
    while len(words) > 1:
        word = words[-1].lower()
        if not (word in _DEPARTMENT_ENDS or last and word in _DEPARTMENT_WORDS or (
                last in _PROGRAMMES and word in _QUALIFIERS)):
            break
        words, last = words[:-1], word
    return " ".join(words)


def _display_org(name: str, label: str) -> str:
    """The organisation in a display name of parts ("Stadt Rheinhagen – Personal und
    Organisation", "Talent Acquisition | Hofgarten Retail Group", "Romain – Atelier Cobalt"):
    the one part that shares a word with the sender's domain, else the one that is neither a
    department nor a person's name; a department's words before it go ("Personalverwaltung Kreis
    Erftwalde"). '' when the name is not of parts or no single part is the organisation."""
    parts = [p.strip() for p in _DISPLAY_SPLIT.split(name) if p.strip()]
    if len(parts) < 2:
        return ""
    named = [p for p in parts if not all(w in _DEPARTMENT_WORDS for w in p.lower().split())]
    kept = [p for p in named if not _a_persons_name(p)]
    sharing = [p for p in named if _shares(p, label)] if label else []
    org = (sharing[0] if len(sharing) == 1 else kept[0] if len(kept) == 1 else
           named[0] if len(named) == 1 else "")
    return _without_department(org)


def extract_company(message: ParsedMessage, body: str,
                    exclude: frozenset[str] = frozenset()) -> tuple[str, float, str]:
    """(company, confidence, reason). Votes from sender name, body phrases, signature, subject
    and domain; confidence says how many independent places agree and how close a rival is.
    `exclude`: lower-cased names known not to be the company (the role's own words)."""
    votes: dict[str, float] = {}
    shown: dict[str, str] = {}
    sources: dict[str, list[str]] = {}

    def vote(raw: str, weight: float, source: str) -> None:
        org = _clean_org(raw)
        if not _valid_org(org) or org.lower() in exclude:
            return
        key = org.lower()
        votes[key] = votes.get(key, 0.0) + weight
        shown.setdefault(key, org)
        sources.setdefault(key, []).append(source)

    sender = message.sender
    domain_name = _domain_company(sender.domain) if sender else ""
    label = _domain_label(sender.domain) if sender else ""
    writer = contacts.first_name_of(sender) if sender else ""
    if sender and writer and contacts.split_display_name(sender.name)[1]:
        # "Brenda at Kettle & Crumb <brenda@...>": a person writing for the company named after
        vote(contacts.split_display_name(sender.name)[1], 3.0, "sender name")
    elif sender and sender.name and sender.name.strip().lower() != contacts.ats_for_domain(
            sender.domain).lower():  # "Welcome to the Jungle <...@welcometothejungle.com>"
        name = sender.name.strip()
        person = contacts.looks_like_person_name(name)
        # "Dennis Kraus <d.kraus@dekra.example>": a person's own mailbox, whatever the domain
        # abbreviates ("Logistique Atlantique <recrutement@log-atlantique.fr>" is not one)
        own_mailbox = person and _spells(name, sender.email.partition("@")[0])
        ats = bool(contacts.ats_for_domain(sender.domain))
        parted = _display_org(name, label)
        m = None if parted else _DISPLAY_TEAM.match(name)
        first = None if m or parted else _DISPLAY_TEAM_FIRST.match(name)
        if parted:
            vote(parted, 3.0, "sender name")
        elif first and first.group(1).lower() not in _DEPARTMENT_LAST:
            # "Recrutement Sylvanor": a weaker vote, as "HR Services" shows the rest may be a
            # department
            bare = _without_department(name)
            vote(bare if bare != name else first.group(1), 1.5, "sender name")
        elif m and (m.group(2) or not contacts.looks_like_person_name(m.group(1))):
            vote(m.group(1), 3.0, "sender name")  # "Acme Hiring Team", not "Jane Doe via Lever"
        elif not m and (_spells(name, domain_name) or (not own_mailbox and written_out(
                _clean_org(name), domain_name)) or (not _a_persons_name(name) and _shares(
                name, label)) or (ats and (not person or _spells(
                name, sender.email.partition("@")[0])))):
            # "Graupner Automotive <no-reply@greenhouse-mail.io>"
            vote(_without_department(name), 3.0, "sender name")
        elif not m and ats:
            vote(name, 1.0, "sender name")  # "Harbor Lane Foods" could be a person's name
    head = body[:ANALYSED_CHARS]
    flat = _flatten(head[:EXTRACT_CHARS])
    candidates = _COMPANY_IN_BODY.candidates(flat)
    for i, (rx, weight, source) in enumerate(_COMPANY_PATTERNS):
        if source.startswith("signature") or i not in candidates:
            continue
        for m in rx.finditer(flat):
            if source == "body 'interest in'" and _TITLE_FOLLOWS.match(flat, m.end(1)):
                continue  # "interest in the Data Analyst position": a title, not a company
            vote(m.group(1), weight, source)
    for raw in _card_companies(head[:EXTRACT_CHARS]):
        vote(raw, 2.5, "job-board card")
    tail_lines = [ln.strip(" *_|") for ln in head.splitlines() if ln.strip()][-8:]
    people = frozenset(n.lower() for n in (sender.name if sender else "",
                                           contacts.signature_name(head)) if n)
    for raw, weight, source in _signature_votes(tail_lines, label, people):
        vote(raw, weight, source)
    subject = message.subject
    for i, rx in enumerate(_SUBJECT_COMPANY):
        for m in rx.finditer(subject):
            if i == 1 and contacts.looks_like_person_name(m.group(1)):
                continue  # "Sam Taylor - Next steps": the candidate's own name
            vote(m.group(1), 2.0, "subject")
    pair = _SUBJECT_ROLE_ORG.match(strip_subject_prefixes(subject))
    if pair and _names_a_role(pair.group(1)) and not _names_a_role(pair.group(2)):
        vote(pair.group(2), 2.0, "subject")
    agency = bool(_AGENCY.search(domain_name.lower())) or any(
        _AGENCY.search(key) for key in votes
        if set(sources[key]) <= {"signature title line", "signature company line"}) or any(
        _AGENCY_TITLE.search(line) or _AGENCY_LINE.search(line) for line in tail_lines)
    if agency:
        # the client whose answer the agency passes on ("I heard back from Sunward Health",
        # "Feedback von Nordlicht Mobility", "an unseren Kunden, die Fa. Dornbach Kältetechnik")
        for m in _CLIENT_ANSWER.finditer(flat):
            if len(m.group(1).split()) > 1:  # "feedback from Sarah" names a person
                vote(m.group(1), 2.5, "body 'client answered'")

    def own(key: str) -> bool:  # the sender's own organisation: its domain names it
        return _spells(key, domain_name) or _shares(shown[key], label)

    def named(key: str) -> bool:  # named by the body or the subject, not only by a signature
        return any(src.startswith("body") or src == "subject" for src in sources[key])

    if "body 'my client'" in {src for found in sources.values() for src in found}:
        # an agency recruiter writes on behalf of a client: the agency is not the company
        for key in list(votes):
            if not any(src.startswith("body") for src in sources[key]):
                del votes[key]
    elif agency and any(named(key) and not own(key) and not _AGENCY.search(key)
                        for key in votes):
        # an agency's recruiter names the employer in the body or the subject ("Payroll Officer
        # at Tamsin Foods (via Hexa Staffing)"): the agency is not the company
        for key in list(votes):
            if own(key) or _AGENCY.search(key) or not named(key):
                del votes[key]
    elif domain_name:
        spelled = [key for key in votes if own(key)]
        if spelled:
            # the body spells out the domain's name ("Northstar Labs" for northstarlabs.com):
            # that spelling wins, the domain only confirms it
            for key in spelled:
                votes[key] += 1.0
                sources[key].append("sender domain")
        elif not votes and (written := spelled_out(head, label, frozenset(
                {sender.name.lower()} if sender and sender.name else ()))):
            # nothing else names the company, but the text writes out what the domain
            # abbreviates or runs together ("Centre hospitalier des Monts-d'Or" for ch-montsdor)
            vote(written, 1.5, "sender domain written out")
        else:
            vote(domain_name, 1.0, "sender domain")
    if not votes:
        return "", 0.0, ""
    # "Luxora Devices" (the sender's name, the legal line) and "Luxora" (the body, "Luxora
    # Talent") are one company: every vote for the short form also counts for the full name,
    # which a draft should use; "University of Westbridge" confirms "Westbridge" likewise.
    short_votes = dict(votes)
    for key in votes:
        for other, weight in short_votes.items():
            if other == key:
                continue
            if key.startswith(other + " ") and not _FULLER_NOT_NAME.search(key[len(other):]):
                votes[key] += weight
            elif contains_word(key, other):
                votes[key] += 0.5
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


# French writes the role in lower case: "pour le poste d'administrateur système junior",
# "le poste de comptable à 80 %"; it ends where the sentence goes on. A lower-case title is valid
# only from here.
_POSTE_LOWER = re.compile(
    r"\b(?:pour|au|du|le|ce|notre|votre|sur le|concernant le) poste d(?:e |')"
    r"([a-zà-ÿ][\w'’()·/-]*(?: (?!(?:au|à|chez|dans|pour|que|qui|et|a|avons|nous|vous|est|"
    r"sont|mais|car|ne|n'|de notre|de votre|dont|sur|en raison|malgré|avec|lors)\b)"
    r"[\w'’()·/%-]+){0,5}?)(?= (?:au sein|à|chez|dans|pour|que|qui|et|a été|n'a|est|avons|nous|"
    r"vous|de notre|de votre|dont|sur|en raison|malgré|avec|lors|ainsi|aussi|également|"
    r"cependant|toutefois|finalement|malheureusement|hélas)\b|[.,;:!\n]| \(|$)")
_TITLE_BODY = (*(re.compile(p) for p in (
    r"\b(?:for|to|in|about) (?:the|our|your|this) (?:role|position|post) of ([^.\n]{3,80}?)"
    r"(?: at | with |[.,;\n]|$)",
    r"\b(?:for|to|in|of|about|with|regarding|on) (?:the|our|your|this|an?) ([A-Z0-9][^.\n]{2,80}?) "
    r"(?:position|role|opening|job|vacancy|internship|post|requisition|scheme|programme|program|"
    r"opportunity|"
    r"Stelle|Position)\b",
    r"\bthe ([A-Z0-9][^.\n]{2,80}?) (?:position|role|opening) (?:at|with|in)\b",
    r"\b(?:for|to) (?:the )?(?:position|role|post|job) (?:of|as) (?:an? )?([^.,\n]{3,80}?)"
    r"(?: at | with | in |[.,;\n]|$)",
    r"\byour ([A-Z][^.\n]{2,60}?) application\b",
    r"\b(?:apply|applying|applied) to be (?:our|the|a|an) (?:first |next |new )?"
    r"([A-Z][^.\n]{2,60}?)(?: at | with | and |[.,;!\n]|$)",
    r"\b(?:apply|applying|applied|application) (?:for|to) (?:the |our |an? )?"
    r"([A-Z0-9][^.\n]{2,80}?)(?: position| role| opening| (?:training )?contract| scheme|"
    r" programme| program| at | with | and |[.,;\n]|$)",
    r"\b(?:als|en tant que|como|(?i:au|du|le|notre|votre|ce|un|pour le) poste d(?:e|')|"
    r"(?:la|une|cette|notre) mission d(?:e|')|(?:le|ce|notre|un) job(?: de| d')?|"
    r"(?:für|an|auf) "
    r"(?:die|der) (?:Stelle|Position)(?: als)?|Stelle als|(?:el|del|al) puesto de|la posición de|"
    r"Ausbildung(?:splatz|sstelle)? (?:zum|zur|als)|la vacante de)(?: |(?<='))([A-Z][^.\n]{2,80}?)"
    # " en " ends the role before a name or an article ("Analista en Solaria", "en el equipo"),
    # not inside it ("Ingénieur d'études en analyse de données")
    r"(?: bei | chez | à | en (?=[A-ZÀ-Ý]|el |la |los |las |l'|nuestr)| und (?=[a-zäöü]|Ihr|Sie|"
    r"Dein|Das|Die|Der|Den|Dem|Euer)| et | y |[.,;!\n]|$)",
    r"\b(?:process|search|recruitment|proceso|processus)(?: de selección| de sélection| de "
    r"recrutement| de reclutamiento)? (?:for|para|pour) (?:the |our |el |la |"
    r"le )?([A-Z][^.\n]{2,60}?)(?: position| role| at | with | and | ha | a |[.,;\n]|$)",
    r"\b(?:candidatura|candidature|Bewerbung) (?:para|pour|für|als) (?:el |la |le |die )?"
    r"([A-Z][^.\n]{2,60}?)(?: en | chez | bei | und | y | et |[.,;\n]|$)",
    r"\b(?:notre offre|nuestra oferta|l'offre) (?:de |d')?([A-Z][^.\n]{2,60}?)"
    r"(?: chez | en |[.,;\n]|$)",
    r"\bthe ([A-Z][^.\n]{2,60}?) contract\b",
    r"\b(?:application|applying|applied) (?:to|with) [A-Z][^.\n]{1,40}? for (?:the |our |an? )?"
    r"([A-Z0-9][^.\n]{2,60}?)(?: position| role| opening| at | - | – |[.,;\n]|$)",
    # German compounds: "für die MFA-Stelle", "auf unsere Backend-Stelle"
    r"\b(?:die|der|unsere|eure|Ihre|deine|eine) ([A-Z][\w/+.&*]*)-(?:Stelle|Position)\b",
    # German "für die Frontend Developer Stelle": capitalised words before the noun
    r"\b(?:für|auf|an) (?:die|unsere|eure|deine|Ihre) ((?:[A-Z0-9][\w/+.&:*'-]*)"
    r"(?: [A-Z0-9][\w/+.&:*'-]*){0,5}) (?:Stelle|Position|Rolle)\b",
    # a place on a programme ("a place on the Vacation Scheme this year")
    r"\b(?:place|places|spot) (?:on|in) (?:the|our) ([A-Z][^.\n]{2,60}?)"
    r"(?: this| for| at|[.,;\n]|$)",
    # the role named anywhere as "the <Title Case words> position/vacancy/...": "the Junior Data
    # Analyst vacancy you applied for has now been filled", "offer you the Staff Data Scientist
    # opening"; only capitalised words (and of/in/and/for/&) before the noun
    r"\bthe ((?:[A-Z0-9][\w/+.&'’-]*)(?: (?:[A-Z0-9][\w/+.&'’-]*|of|in|and|for|&)){0,6}) "
    r"(?:position|role|opening|vacancy|post|job|internship|hire|requisition|opportunity)\b",
)), _POSTE_LOWER)
# Looser places that hold the role only when what they catch names one (`_names_a_role`):
# "the technical interview for Machine Learning Engineer", "the hiring for our Developer
# Relations Intern", "the position you applied for, Compliance Analyst (Job ID ...)", "the summer
# Operations Intern role", and a job board's card line "Operations Analyst · Boston, MA".
_ROLE_WORD = r"[A-Z0-9](?:[\w/+&'’*()-]|\.(?=\w))*"  # a sentence's full stop ends it
_TITLE_BODY_ROLE = tuple(re.compile(p) for p in (
    rf"\b(?:interview|interviews|interviewing|assessment|challenge|hiring|search|recruiting|"
    rf"recruitment|process) for (?:the |our |a |an )?((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,6}})",
    rf"\b(?i:the) position(?: you applied for| you applied to)?,? ((?:{_ROLE_WORD})"
    rf"(?: {_ROLE_WORD}){{0,6}})",
    rf"\b(?:le|au|du|ce) poste ((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,6}})",
    # "the final round for Technical Artist", "our shortlist for Data Engineer"
    rf"\b(?:round|rounds|shortlist|onsite|superday) for (?:the |our |a |an )?"
    rf"((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,6}})",
    # German nouns are capitalised and the words after the role are not: "zur Position
    # Referentin Regulatory Affairs intensiv besprochen", "die ausgeschriebene Position
    # Teamleitung Kundenservice (m/w/d) aufgrund ..."
    rf"\b(?:Position|Stelle) (?:als |zum |zur )?((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,6}})",
    rf"\b((?:Praktikum|Pflichtpraktikum|Werkstudentenstelle|Traineeprogramm)"
    rf"(?: (?:im Bereich )?{_ROLE_WORD}){{1,5}})",
    # a label inside a sentence: "your interest in Position: Accounts Payable Specialist – ..."
    rf"\b(?:Position|Role|Job|Poste|Stelle): ((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,6}})",
    # "a spot in the 2027 Summer Analyst class", "a place in our Graduate cohort"
    rf"\b(?:spot|place|seat|offer) in (?:the|our|this year's) (?:(?:19|20)\d\d )?"
    rf"((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,5}}) (?:class|cohort|program|programme|intake)\b",
    # a job board's line "Stage – Assistant(e) Chef de Produit Marketing (6 mois, ...)"
    r"(?m)^(?:Stage|Alternance|CDI|CDD|Internship|Praktikum|Werkstudent) [–—:-] "
    r"([A-ZÀ-Ý](?:[^\n()]|\([a-zA-Z]{1,3}\)){2,70}?)\s*(?:\((?![a-zA-Z]{1,3}\))|$)",
    rf"\bthe (?:summer|fall|autumn|spring|winter|open|new|advertised|current|paid|remote) "
    rf"((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,6}}) (?:position|role|opening|vacancy|post|job|"
    rf"internship)\b",
))
# A role in lower case before the word for it: "our audit associate opening", "the
# barista/shift lead job" (kept only when it names a role, see extract_title)
_LOWER_ROLE = re.compile(r"\b(?:our|the|your|this) ((?:[a-z][\w/&'-]*)(?: [a-z][\w/&'-]*){0,4}) "
                         r"(?:opening|position|role|job|vacancy|internship|post)\b")
# A role in quotation marks after the word for it: "l'offre « Chef de projet IT H/F »",
# "für die Position „Steuerfachangestellter (m/w/d)“", "the role \"Data Analyst\"".
_QUOTED_TITLE = re.compile(r"\b(?i:offre|poste|position|stelle|job|role|rolle|vacancy|"
                           r"opening|annonce|stellenanzeige)\b[^«„\"“\n]{0,24}[«„\"“]\s*"
                           r"([^»“”\"\n]{3,80}?)\s*[»“”\"]")
_CARD_LINE = re.compile(rf"^((?:{_ROLE_WORD})(?: {_ROLE_WORD}){{0,6}}) [·•] [A-Z][^\n]{{1,60}}$")
# A signature's own job title is not the role applied for ("Senior Recruiter · Acme").
_RECRUITER_TITLE = re.compile(r"(?i)recruit|talent|personalberat|people|human resources|\bhr\b|"
                              r"\brh\b|ressources humaines|chargée? de recrutement")
# Where a sentence goes on after the role ("als Sachbearbeiter Buchhaltung danken wir Ihnen").
_TITLE_VERB = re.compile(r" (?:ist|wurde|wird|haben|hat|danken|bedanken|möchten|müssen|können|wir|"
                         r"ich|nicht|leider|jedoch|uns|am Ende|letztlich|schließlich|nun|"
                         r"jetzt|a été|ha sido|ya|has been|is now|was|were|vorgestellt|"
                         r"präsentiert|eingereicht) .*$|"
                         r" (?:vorgestellt|präsentiert|eingereicht|abgeschlossen|geschickt|"
                         r"gesendet|geschrieben|investiert(?: haben)?|war|waren|daher|deshalb|"
                         r"besetzt|vergeben|entschieden|erhalten|eingegangen|übermittelt|"
                         r"zugesandt|bekommen|gezeigt|sind|ist|hat|haben)$|"
                         r" n['’]\w.*$")
# one pass says which of the body's title patterns can match (agent/core/patternset.py)
_TITLE_IN_BODY = PatternSet([*_TITLE_BODY, _QUOTED_TITLE, *_TITLE_BODY_ROLE])
_TITLE_FIELDS = re.compile(  # labelled lines, matched on the unwrapped text
    r"^[ \t*•-]*(?:Position|Job Title|Job|Role|Stelle|Position|Poste|Puesto|Vacancy|Requisition|"
    r"Re|RE|Betreff|Objet|Asunto)"
    r"(?: title)?\s?: ?([^\n]{3,80})$", re.MULTILINE)
_TITLE_SUBJECT = tuple(re.compile(p) for p in (
    r"^(?:(?:(?i:ihre|deine|your|votre|ta|tu|su) )?(?i:bewerbung|application|candidature|"
    r"candidatura)(?: (?i:als|for|pour|au poste de|para|für))?\s*[:\-–]?\s+)?"
    r"(.+?)\s*[(\[](?i:m/w/d|w/m/d|m/f/d|f/m/d|h/f|f/h|m/f|all genders|d/f/m|m/w/x|contract|"
    r"freelance|full[- ]time|part[- ]time|permanent|temporary|cdi|cdd|vollzeit|teilzeit)[)\]]",
    r"^(?:(?i:regarding|about|concerning|re|(?:an )?update on|news on|betreff|concernant|objet|"
    r"suite de)\s*:?\s+)?"
    r"(?i:ihre|deine|your|votre|ta|tu|su) (?i:bewerbung|application|candidature|candidatura)"
    r"(?: (?i:als|for|pour|au poste de|para|für))?\s*[:\-–]?\s+(.+)$",
    r"^(?i:application status|application update|status update|update|absage|rejection|refus|"
    r"candidature|candidatura|bewerbung)(?: (?i:zu|für|als|au poste de|pour|para|for|on|to))?"
    r"\s*[:\-–]?\s+(.+)$",
    r"^(.+?) (?:-|–|\||:) (?:(?:interview|application|recruitment|hiring) )?(?:our decision|"
    r"decision|an update|update|application update|outcome|result|results|notre réponse|"
    r"our response|our answer|unsere antwort|nuestra respuesta|"
    r"status update|nuestra decisión|decisión|décision|notre décision|unsere entscheidung|"
    r"entscheidung|absage|rejection|"
    r"next steps|your application|feedback|outcome|ihre bewerbung|deine bewerbung|rückmeldung|"
    r"votre candidature|suite à votre candidature|tu candidatura|su candidatura)\b",
    r"\b(?:application (?:to|for)|applying for|applied for|interest in the|for the|update on the|"
    r"follow-up for|regarding|re:|update on|(?i:bewerbung als|bewerbung für|bewerbung um (?:eine|"
    r"die) stelle als|candidature au poste de|candidature pour|candidatura para|candidatura a)) "
    r"(?:the |a |an |our |le poste de |"
    r"el puesto de )?(.+?)(?: at | bei | chez | en | with | position| role| search| \| |"
    r" - |$)",
    r"^(?:.*\s[-–|:]\s)?(.+?) (?:application|Application|Bewerbung|candidature)"
    r"(?: update| received| status)?\s*$",
    r"^[^|:-]+ (?:-|\||:|–) (.+)$",
    r"^(?:Indeed Application|Application|Applied): (.+)$",
    # "Réponse – poste d'électricien", "Poste d'assistante de direction", "Stelle Verkäufer"
    r"(?:^|[-–:|]\s*)(?i:poste|stelle) (?:d(?:e |')|als )?(.+)$",
    # a process named before the role ("Proceso de selección Analista de Datos")
    r"^(?i:proceso(?: de selección| de reclutamiento)?|processus(?: de recrutement| de sélection)?|"
    r"recrutement|recruitment(?: process)?|selection process|auswahlverfahren|recruiting)"
    r"(?: (?i:para|pour|for|de|für|zur?))?\s*[:\-–]?\s+(.+)$",
))
_REQ = re.compile(  # "R-12345", "(Req 4411)", "JR0148336", "#606810", "2020-56835"; not "2025"
    r"\s*[\(\[]?\s*(?:(?i:#|req(?:uisition)?\.?(?: ?id| ?no\.?| ?#)?:? ?|job (?:id|no\.?|#):? ?|"
    r"ref(?:erence)?\.?:? ?|(?:kennziffer|referenz|réf(?:érence)?|referencia)\.?:? ?|"
    r"id:? ?)[A-Z]{0,5}[-_]?\d{2,}[\w-]*|\b[A-Z]{1,5}-?\d{3,}[\w-]*|"
    r"\b\d{5,}[\w-]*|\b\d{4}-\d{3,})[\)\]]?\s*"
)
_PAREN_LOC = re.compile(r"\s*[(\[](?:[^()\[\]]*\b(?:remote|hybrid|on-?site|m/w/d|w/m/d|m/f/d|f/m/d|"
                        r"h/f|f/h|m/f|all genders|d/f/m|unpaid|paid|summer|fall|autumn|winter|"
                        r"spring|entgeltgruppe|tvöd|tv-l|e ?\d+|salary|gehalt)\b[^()\[\]]*)[)\]]",
                        re.IGNORECASE)
# What a sentence adds after the role: a start date ("ab August 2027", "zum 1. Oktober"), the
# place in the organisation ("au sein de notre collectivité").
_TITLE_AFTER = re.compile(r"\s+(?:ab|zum|per) (?:sofort|\d|Januar|Februar|März|April|Mai|Juni|"
                          r"Juli|August|September|Oktober|November|Dezember)\b.*$|"
                          r"\s+au sein d(?:e |')(?:notre|la|l'|nos|votre)\b.*$|"
                          r"\s+en (?:alternance|apprentissage|stage|CDI|CDD|freelance)\b.*$|"
                          r"\s+für (?:unsere|unser|unseren|unserem|eure|euer)\b.*$|"
                          r"\s+\d{1,3}\s?(?:-\s?\d{1,3}\s?)?%$|\s*/?(?:19|20)\d\d\)$|"
                          r"\s+(?:dans|pour) (?:notre|nos) (?:équipe|service|collectivité|"
                          r"entreprise|société)\b.*$")
_BAD_TITLE = re.compile(r"\b(?:your|our|you|we|this|thank|application|update|interest|"
                        r"ihre|ihr|deine|dein|votre|ta|ton|su|tu|thanks|bewerbung|candidature|"
                        r"candidatura|"
                        # a conversation's subject, not a role ("Re: Interview follow-up")
                        r"interviews?|follow[- ]?up|conversation|call|chat|meeting|catch[- ]up|"
                        r"next steps|feedback|decision|news|gespräch|rückmeldung|entretien|"
                        r"retour|entrevista|catching up)\b", re.IGNORECASE)
# A status word or a mail's topic standing alone, not a role ("Declined", "Outcome"); inside a
# title it may be one ("Intake Coordinator", "Test Results Analyst").
_STATUS_TITLE = re.compile(r"(?i)declined|outcome|results?|status|wrap[- ]up|intake|"
                           r"not (?:selected|successful|progressing)|unsuccessful|rejected|"
                           r"(?:nicht )?berücksichtigt|non retenue?|absage|refus")


# A gender, contract or duration tag ends a title; what follows is a place or the rest of a
# subject ("Senior Product Owner (Contract) - Leeds", "Assistant(e) marketing digital (6 mois)").
_TITLE_TAG = re.compile(
    r"\s*[(\[](?i:m/w/d|w/m/d|m/f/d|f/m/d|h/f|f/h|m/f|all genders|d/f/m|m/w/x|contract|"
    r"contractor|freelance|full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|interim|"
    r"cdi|cdd|vollzeit|teilzeit|befristet|unbefristet|\d+\s*(?:mois|months?|monate?|wochen|weeks|"
    r"semaines|meses))[)\]].*$")
# A label before the role ("Position Leiter Instandhaltung", "Poste de Contrôleur de gestion").
_TITLE_LABEL = re.compile(r"^(?:Position|Poste|Stelle|Mission|Vacancy|Job|Rolle|Role|Puesto|Offre)"
                          r"(?: d(?:e |')| de | als | as | of |\s*:\s*| )(?=[A-ZÀ-Ý])")
_POSITION_OF = re.compile(r"^.*?\b(?:für die|for the|pour le|para el|auf die) (?:Position|Stelle|"
                          r"Rolle|role|position|poste|puesto)(?: als| de| d'| of)? (?=[A-ZÀ-Ý])")
# A leading year or season ("2027 Summer Analyst", "Fall 2027 Mechanical Engineering Co-op"),
# or a school year after the role ("Mathematics Teacher (2026-27)").
_YEAR = re.compile(r"^(?:(?:Summer|Fall|Autumn|Winter|Spring) )?(?:19|20)\d\d(?:/\d\d)?\s+"
                   r"(?=[A-Z])|\s*\((?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?\)$")
_ROLE_NOUN_TAIL = re.compile(r"\s+(?:role|position|opening|vacancy|job|posting|requisition)"
                             r"(?:\s+(?:at|with|bei|chez)\s+"
                             r"[A-Z].*)?$")
_DASHES = " \t\"'*.,:;!-|–—"
# A subject's decision segment after the role ("Analyste financier : notre réponse").
_DECISION_TAIL = re.compile(
    r"\s*[-–|:]\s*(?:(?:interview|application) )?(?:our decision|decision|an update|update|"
    r"outcome|result|results|notre réponse|notre décision|décision|our response|our answer|"
    r"unsere antwort|unsere entscheidung|entscheidung|nuestra respuesta|nuestra decisión|"
    r"decisión|next steps|feedback|rückmeldung|zwischenstand|réponse négative|réponse|suivi|"
    r"not moving forward|status)\s*$", re.IGNORECASE)
# Where the sentence goes on after a role caught at its start ("Community Managerin heute an
# jemand anderen", "Développeur Full-Stack Junior prévue le 5 janvier", "Manufacturing
# Engineer I has changed", "Ingénieur support client à Hambourg")
_SENTENCE_TAIL = re.compile(
    r" (?:heute|gestern|war|waren|genauer|bearbeitet|teilgenommen|muss|müssen|erwarten|"
    r"zurückziehen|mit Start|in (?:unserem|unserer|unseren|Ihrer|Ihrem|deiner|deinem)|an jemand|"
    r"prévue?s? (?:le|pour|au|à)|dans (?:notre|nos|le|la|les|l')|au sein d(?:e|u|es)|"
    r"pour (?:lequel|laquelle)|que (?:nous|vous|je|j')|à (?=[A-Z][\w-]+$)|"
    r"has (?:changed|been)|have been|is (?:no longer|now|closed|filled))\b.*$")
# What stands before the role in a subject or a sentence: "Ausschreibung Wissenschaftliche*r
# Mitarbeiter*in", "Besetzung der Stelle ...", "Puesto de camarero", "Emberline's Summer
# 2027 Tools Programming Intern"
_TITLE_LEAD = re.compile(r"^(?:(?i:ausschreibung|besetzung der stelle|stellenausschreibung|"
                         r"puesto de|postulation)\s+|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}"
                         r"['’]s (?=\S+ \S))")


def clean_title(raw: str) -> str:
    """Drop requisition numbers, '(Remote)', '(m/w/d)' and what follows such a tag, a leading
    label ('Position', 'Poste de') or year, a trailing 'role at X', locations and punctuation."""
    title = raw.strip(_DASHES)
    title = _TITLE_TAG.sub("", title)
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
    title = re.sub(r"\s+", " ", title).strip(_DASHES + "(")
    title = _ROLE_NOUN_TAIL.sub("", _YEAR.sub("", _TITLE_LABEL.sub("", _POSITION_OF.sub("",
                                                                                    title))))
    title = _DECISION_TAIL.sub("", _SENTENCE_TAIL.sub("", title))
    title = _TITLE_LEAD.sub("", title)
    if title[:1].islower() and raw.strip(_DASHES)[:1].isupper():
        title = title[0].upper() + title[1:]  # "Puesto de camarero" -> "Camarero"
    title = _BARE_TAG.sub("", _TITLE_AFTER.sub("", title))
    title = title.replace(" im Bereich ", " ")  # "Praktikum im Bereich Marketing", as said
    return title.strip(_DASHES + "(")


# A gender or contract tag without brackets at the end ("Chef de projet IT H/F", "Assistant
# comptable H/F - CDI"): a reply names the role without it.
# A gender tag ends the role wherever it stands ("Technicien SAV H/F (secteur Grenoble)",
# "Responsable Maintenance H/F basé à ..."): what follows it is place, contract or company.
_BARE_TAG = re.compile(r"(?:\s+(?:-|–)?\s*(?i:h/f|f/h|m/w/d|w/m/d|m/f/d|d/m/w|cdi|cdd|"
                       r"vollzeit|teilzeit|full[- ]time|part[- ]time))+(?:\s+[-–]\s+.*)?$|"
                       r"\s+(?:-|–)?\s*(?i:h/f|f/h|m/w/d|w/m/d|m/f/d|d/m/w)(?=[\s(]).*$")


def _valid_title(title: str, company: str, lower_ok: bool = False) -> bool:
    if not (2 <= len(title) <= 80) or len(title.split()) > 10:
        return False
    if company and title.lower() == company.lower():
        return False
    if title.lower() in _ATS_NAMES:  # "Mise à jour de votre candidature – Welcome to the Jungle"
        return False
    if _BAD_TITLE.search(title) or _STATUS_TITLE.fullmatch(title):
        return False
    if title.split()[-1].lower() in _OUTCOME_WORDS:  # "Shortlisting Outcome", "Notice of Results"
        return False
    return title[0].isupper() or title[0].isdigit() or (lower_ok and title[0].isalpha())


_CONVERSATION_TAIL = re.compile(r"\s+(?:chat|call|interview|conversation|catch[- ]up|follow[- ]up|"
                                r"intro)$", re.IGNORECASE)
_BEFORE_COMPANY = re.compile(r"(?:\s+(?:at|with|bei|chez)|\s*[@|–-])\s*$", re.IGNORECASE)
_LEADING_SEPARATOR = re.compile(r"^\s*[-–|:]\s*")


def _cut_company(title: str, company: str) -> str:
    """The title before ' at <company>' / ' | <company>' and whatever follows it, and without
    the company's name before it ("Rowan & Pike Summer Internship 2027", "Emberline's ...")."""
    low, name = title.lower(), company.lower()
    for lead in (name + "'s ", name + "’s ", name + " "):
        if low.startswith(lead) and len(title) > len(lead) + 2:
            return title[len(lead):]
    i = low.find(name)
    while i > 0:
        end = i + len(name)
        m = _BEFORE_COMPANY.search(title, 0, i)
        if m and (end == len(low) or not low[end].isalnum()):
            return title[:m.start()]
        i = low.find(name, i + 1)
    return title


def extract_title(message: ParsedMessage, body: str, company: str) -> tuple[str, float, str]:
    """(job title, confidence, reason) from the body first (fuller), then the subject."""
    for m in _TITLE_FIELDS.finditer(body[:EXTRACT_CHARS]):
        title = clean_title(m.group(1))
        if _valid_title(title, company):
            return title, 0.95, f"job title '{title}' from a labelled line"
    flat = _flatten(body[:EXTRACT_CHARS])

    def cut(title: str) -> str:  # "Payroll Officer at Tamsin Foods (via Hexa Staffing)"
        return clean_title(_cut_company(title, company)) if company else title

    candidates = _TITLE_IN_BODY.candidates(flat)
    for i, rx in enumerate(_TITLE_BODY):
        if i not in candidates:
            continue
        for m in rx.finditer(flat):
            title = cut(clean_title(_TITLE_VERB.sub("", m.group(1))))
            if _valid_title(title, company, lower_ok=rx is _POSTE_LOWER):
                return title, 0.85, f"job title '{title}' from body"
    quoted = _QUOTED_TITLE.finditer(flat) if len(_TITLE_BODY) in candidates else ()
    for m in quoted:  # quoted after "offre"/"Position": a role as named
        title = cut(clean_title(m.group(1)))
        if _valid_title(title, company):
            return title, 0.8, f"job title '{title}' from body"
    first_role = len(_TITLE_BODY) + 1
    found = [m.group(1) for i, rx in enumerate(_TITLE_BODY_ROLE, first_role) if i in candidates
             for m in rx.finditer(flat)]
    lines = [ln.strip() for ln in body[:EXTRACT_CHARS].splitlines() if ln.strip()]
    other_jobs = next((i for i, ln in enumerate(lines) if _OTHER_JOBS.search(ln)), len(lines))
    lines = lines[:other_jobs]  # a job board's list of other jobs names other roles
    # where the signature starts: its "Responsable RH – Acme" is the signer's, not the role
    signed = next((i for i, ln in enumerate(lines)
                   if contacts.is_closing(ln) or _a_signers_name(ln)), len(lines))
    for at, (before, line) in enumerate(zip(["", *lines], lines, strict=False)):
        card = _CARD_LINE.match(line)
        # a signature's "Engineering Manager · Brisamar" under a person's name is no card
        above_is_person = _a_signers_name(before)
        if card and not above_is_person:
            found.append(card.group(1))
        board = _BOARD_LINE.match(line) if at < signed else None
        if board and company and board.group(2).lower().startswith(company.lower()):
            found.append(board.group(1))  # "Warehouse Supervisor — Bexley Distribution"
        if (board and len(before.split()) <= 6 and _names_a_role(before, strictly=True)
                and not _BOARD_LINE.match(before)):
            found.append(before)  # "Junior Accountant" above "Marrow & Finch CPA - Columbus, OH"
        parts = _CARD_SPLIT.split(line)
        if len(parts) >= 3 and len(line) <= 100:  # "Data Analyst – Lumière Mobilité – Lyon"
            found.append(parts[0])
        if (len(parts) == 2 and "·" in line and len(before) <= 60
                and not above_is_person):
            found.append(before)  # "Data Engineer (m/w/d)" above "Quellfeld Analytics · Hamburg"
    for m in _LOWER_ROLE.finditer(flat):  # "our audit associate opening", as people write it
        phrase = m.group(1)
        if _names_a_role(phrase, strictly=True) and not _FUNCTION_START.match(phrase):
            found.append(re.sub(r"(?:^|(?<=[ /-]))[a-z]", lambda c: c.group(0).upper(), phrase))
    for raw in found:
        title = cut(clean_title(_TITLE_VERB.sub("", raw)))
        if _valid_title(title, company) and _names_a_role(title) and not (
                _RECRUITER_TITLE.search(title)):
            return title, 0.75, f"job title '{title}' from body"
    subject = message.subject or ""
    bare = strip_subject_prefixes(subject)
    if company and bare.lower().startswith(company.lower()):
        # the company's own part of a subject ("Copperleaf - ML Platform Engineer")
        rest = _LEADING_SEPARATOR.sub("", bare[len(company):])
        if rest != bare[len(company):] and rest:
            bare = rest
    if bare != subject and len(bare.split()) <= 6:
        # "Re: Data Engineer": a reply to the candidate's own mail ("Re: ML Engineer chat")
        title = _capitalised_role(cut(clean_title(_CONVERSATION_TAIL.sub("", bare))), company)
        words = title.lower().split()
        if _valid_title(title, company) and (not contacts.looks_like_person_name(title) or any(
                w in _PERSON_TITLE or w in _NOT_COMPANY_LAST for w in words)):
            return title, 0.7, f"job title '{title}' from a reply's subject"
    subject = bare
    for rx in _TITLE_SUBJECT:
        sm = rx.search(subject)
        if sm:
            title = _capitalised_role(_role_part(cut(clean_title(sm.group(1)))), company)
            if _valid_title(title, company):
                return title, 0.75, f"job title '{title}' from subject"
    title = _role_part(cut(clean_title(subject)))
    if len(title.split()) <= 6 and _valid_title(title, company) and _names_a_role(title):
        return title, 0.6, f"job title '{title}' from a subject that names only a role"
    framed = _FRAME_END.sub("", _role_part(_FRAME_START.sub("", subject)))
    title = cut(clean_title(_FRAME_START.sub("", framed)))
    if (title != subject and len(title.split()) <= 6 and _valid_title(title, company, True)
            and _names_a_role(title, strictly=True) and not _FUNCTION_START.match(title)):
        title = title[0].upper() + title[1:]
        return title, 0.55, f"job title '{title}' from the subject, without its frame"
    return "", 0.0, ""


# Role nouns beyond the job titles above ("Teacher of Chemistry", "Projektingenieur
# Photovoltaik", "Commercial terrain"): a subject made of such a phrase alone names the role.
_ROLE_WORDS = lexicon.words(
    "teacher lecturer professor nurse officer technician assistant accountant administrator "
    "advisor adviser architect editor writer planner handler clerk representative executive "
    "owner tester apprentice trainee intern internship werkstudent werkstudentin praktikant "
    "praktikum designer designerin analyst analystin engineer developer scientist manager "
    "consultant specialist coordinator director lead associate researcher fellow nurse "
    "pharmacist physician therapist driver operator mechanic electrician buyer controller "
    "auditor lawyer paralegal solicitor counsel comptable infirmier infirmière développeur "
    "développeuse technicien technicienne commercial commerciale vendeur vendeuse juriste "
    "chef ingénieur ingénieure chargé chargée responsable stagiaire alternant alternante "
    "analista ingeniero ingeniera desarrollador técnico técnica becario becaria "
    # roles outside office work, and French forms
    "chef cook cooks server waiter waitress barista cashier illustrator supervisor receptionist "
    "secretary bookkeeper copywriter photographer agent rn lpn hygienist dispatcher "
    "plongeur plongeuse serveur serveuse commis cuisinier cuisinière réceptionniste "
    "collaborateur collaboratrice architecte électricien électricienne chauffeur livreur "
    "assistante secrétaire caissier caissière employé employée conseiller conseillère "
    "gestionnaire opérateur opératrice préparateur préparatrice magasinier magasinière "
    "professeur professeure enseignant enseignante formateur formatrice animateur animatrice "
    "éducateur éducatrice directeur directrice manager aide-soignant aide-soignante "
    "bäcker bäckerin gärtner gärtnerin hausmeister koch köchin verkäufer verkäuferin fahrer "
    "fahrerin monteur monteurin helfer helferin teamleitung leitung"
)
_ROLE_ENDINGS = ("ingenieur", "entwickler", "manager", "administrator", "agent", "leiter",
                 "kaufmann", "kauffrau",
                 "referent", "berater", "techniker", "mechaniker", "elektroniker", "fachkraft",
                 "assistent", "sachbearbeiter", "werkstudent", "praktikant", "designer", "analyst",
                 "koordinator", "spezialist", "einkäufer", "disponent", "angestellte",
                 "angestellter", "mitarbeiter", "pfleger", "erzieher", "lehrer", "engineer",
                 "developer", "leitung", "planer", "fachfrau", "fachmann", "meister", "monteur",
                 "innendienst", "außendienst")
# Gendered German and French forms: "Werkstudent:in", "Entwickler*in", "Assistant(e)".
_GENDER_SUFFIX = re.compile(r"(?:[:*_/]in(?:nen)?|\(in\)|\(e\)|in|innen)$")


_SEGMENT = re.compile(r"\s+[-–—|]\s+|:\s+")
# Words a subject puts before or after the role it is about ("Mission Architecte Cloud –
# Retour", "AW: Nachfrage Bewerbung Logistikplaner", "Paralegal Application - Decision")
_FRAME_START = re.compile(
    r"^(?i:(?:(?:le|la|l'|un|une|the|a|an|die|der|das) ?)?(?:mission|mandat|stellenbesetzung|"
    r"ausschreibung|position|relance candidature(?: poste)?|retour processus|"
    r"(?:nachfrage|stand|rückmeldung)(?: zur?| zum)? (?:ihrer |deiner )?"
    r"(?:bewerbung|bewerbungsverfahren)(?: als| für)?|rückmeldung|candidature(?: spontanée)?|"
    r"poste(?: d[e'])?|follow-up|thank you)\s*[:\-–]?\s*)(?=\w)")
_FRAME_END = re.compile(
    r"(?i:\s+(?:application(?:(?: -| –)? (?:decision|update|outcome))?|interview(?: follow-up)?|"
    r"follow-up))$")


def _role_part(title: str) -> str:
    """The one segment of a subject's "A – B" that names a role, when only one does: "Declined:
    Software Engineer", "Werkstudent Marketing – leider nein", "Following up - Marketing
    Coordinator"; else the title as it is. Only for subjects: in a body "Research Intern –
    Climate Policy" is the role's full name."""
    parts = [p.strip() for p in _SEGMENT.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    roles = [p for p in parts if _names_a_role(p)]
    return clean_title(roles[0]) if len(roles) == 1 else title


def _a_signers_name(line: str) -> bool:
    """A line that reads as a person's name and names no role ("Project Manager" reads as a
    name too, but it is a role)."""
    return contacts.looks_like_person_name(line) and not _names_a_role(line, strictly=True)


def _names_a_role(title: str, strictly: bool = False) -> bool:
    """True when a short phrase has a role noun in it ('Data Scientist II', 'Werkstudent:in
    Performance Marketing'); a company's or a person's name has none. `strictly`: a role noun
    itself, not a word that merely ends a team's name ('Platform', 'Team')."""
    for word in re.findall(r"[\w:*()/-]+", title.lower()):
        for form in (word, _GENDER_SUFFIX.sub("", word)):
            if form in _ROLE_WORDS or form.endswith(_ROLE_ENDINGS) or (
                    not strictly and form in _NOT_COMPANY_LAST):
                return True
    return False


_OTHER_JOBS = re.compile(
    r"(?i)\b(?:similar (?:jobs|roles|positions)|offres similaires|ähnliche (?:jobs|stellen)|"
    r"passende jobs|weitere (?:passende )?(?:jobs|stellen)|jobs you may|recommended (?:jobs|for "
    r"you)|autres offres|other (?:jobs|openings|roles) (?:you|that|we))")


def _capitalised_role(title: str, company: str) -> str:
    """A subject's role as a person writes it in lower case ("re: freelance copywriter",
    "candidature au poste de chef de chantier", "barista application"), capitalised when it is
    a role noun phrase; any other title as it is."""
    if not title[:1].islower():
        return title
    bare = _FRAME_START.sub("", title)  # "poste d'électricien": the role is "électricien"
    if (len(bare.split()) <= 6 and _names_a_role(bare, strictly=True)
            and not _FUNCTION_START.match(bare) and _valid_title(bare, company, True)):
        return bare[0].upper() + bare[1:]
    return title


# a subject's rest that starts with a function word is a phrase, not a role ("from the team")
_FUNCTION_START = re.compile(r"(?i)(?:from|to|for|with|about|on|of|the|an?|von|vom|für|der|die|"
                             r"das|de|du|des|le|la|les|l'|une?|pour|avec|sur)\b")


# ---------------------------------------------------------------------------------------------
# All fields of one mail
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Extraction:
    """The fields a draft needs, with their confidences and readable reasons."""

    stage: Stage = "application"
    company: str = ""
    company_confidence: float = 0.0
    job_title: str = ""
    title_confidence: float = 0.0
    contact_name: str = ""
    contact_email: str = ""
    reasons: tuple[str, ...] = ()


def extract(message: ParsedMessage, body: str, norm: str, bulk: bool = False) -> Extraction:
    """Stage (from the normalised text), company, title and contact (from the unquoted body).
    Bulk/list mail gets no contact: it is never answered."""
    reasons: list[str] = []
    found_stage, why = stage(norm)
    if why:
        reasons.append(why)
    company, company_conf, why = extract_company(message, body)
    title, title_conf, title_why = extract_title(message, body, company)
    if company and title and contains_word(title.lower(), company.lower()):
        # "Prácticas en Finanzas": the company found was the role's own words
        company, company_conf, why = extract_company(message, body, frozenset({company.lower()}))
        title, title_conf, title_why = extract_title(message, body, company)
    if why:
        reasons.append(why)
    if title_why:
        reasons.append(title_why)
    name, email, why = contacts.choose_contact(message, body)
    if name and company and (name.lower() in company.lower() or company.lower() in name.lower()):
        name = ""  # the signature was the company's name, not a person's
    if bulk and email:
        name, email, why = "", "", "none: bulk/list mail is never answered"
    reasons.append(f"contact: {why}")
    return Extraction(found_stage, company, company_conf, title, title_conf, name, email,
                      tuple(reasons))
