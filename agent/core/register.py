"""How to address the recruiter: formal or informal, Frau/Herr or neither, and the greeting.

Pure functions over the rejection's text. The rules, in short:

- German, French and Spanish are formal (Sie, vous, usted) unless the recruiter wrote informally:
  the informal pronouns (du, tu, tú ...) outnumber the formal ones, or they greeted by first name
  and used no formal pronoun at all. English has no T/V distinction: "formal" there only means
  they did not open with "Hi"/"Hey", and it picks the closing.
- Frau/Herr, Madame/Monsieur, Sra./Sr. are never guessed from a first name. They come from the
  rejection itself: an honorific written before the contact's surname ("Ihre Ansprechpartnerin:
  Frau Schmidt"), or a gendered job title on the signature lines under the contact's name
  ("Personalreferentin", "Chargée de recrutement", "Reclutadora"). Generic English titles
  (Manager, Recruiter) say nothing. Otherwise the greeting uses the neutral full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from agent.core.lexicon import words

Gender = Literal["f", "m", ""]

SUPPORTED = ("en", "de", "fr", "es")

_INFORMAL: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"(?:\b(?:tu|toi|ton|ta|tes|te)\b|\bt'(?=\w))", re.IGNORECASE),
    "es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo|tuyo|tuya)\b", re.IGNORECASE),
}
# Case matters in German: "Sie"/"Ihnen"/"Ihr" are formal, "sie"/"ihr" are she/they/her.
_FORMAL: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b"),
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:usted|ustedes|su|sus|le agradecemos|le deseamos|le informamos)\b",
                     re.IGNORECASE),
}
_FIRST_LINE_GREETING = re.compile(
    r"^\s*(?:hi|hey|hello|hallo|hola|salut|bonjour|liebe|lieber|moin|servus|buenas|ciao)\b"
    r"[ ,]+(?P<name>[A-ZÀ-Þ][\w'-]+)\s*[,!:]?\s*$",
    re.IGNORECASE,
)
_CASUAL_EN = re.compile(r"^\s*(?:hi|hey|hiya)\b", re.IGNORECASE)

_HONORIFICS: dict[str, Gender] = {
    "frau": "f", "herr": "m", "herrn": "m", "madame": "f", "mme": "f", "mademoiselle": "f",
    "monsieur": "m", "m.": "m", "sra": "f", "señora": "f", "sr": "m", "señor": "m",
    "ms": "f", "mrs": "f", "mr": "m",
}
# Job titles that carry the writer's gender in their own signature. Only unambiguous forms:
# German -in titles against German masculine ones, never English loans such as "Manager".
_TITLE_WORDS: dict[Gender, re.Pattern[str]] = {
    "f": re.compile(
        r"\b\w*(?:referentin|managerin|leiterin|beraterin|recruiterin|spezialistin|koordinatorin|"
        r"assistentin|sachbearbeiterin|personalerin|geschäftsführerin|mitarbeiterin|expertin|"
        r"ansprechpartnerin)\b|\b(?:chargée|recruteuse|directrice|assistante|consultante|"
        r"coordinatrice|reclutadora|directora|coordinadora|técnica|consultora|jefa)\b",
        re.IGNORECASE),
    "m": re.compile(
        r"\b\w*(?:referent|leiter|berater|sachbearbeiter|spezialist|koordinator|assistent|"
        r"geschäftsführer|mitarbeiter)\b|\b(?:chargé|recruteur|directeur|consultant|"
        r"coordinateur|reclutador|director|coordinador|técnico|consultor|jefe)\b",
        re.IGNORECASE),
}
_PARTICLES = words("van von de del der den da di la le du des y zu ten ter")


@dataclass(frozen=True)
class Register:
    formal: bool
    gender: Gender = ""  # of the contact, only when the rejection says so


def clean_name(full_name: str) -> str:
    """'Doe, Jane' -> 'Jane Doe'; honorifics and stray quotes removed."""
    name = " ".join((full_name or "").replace('"', "").split())
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}".strip()
    return " ".join(w for w in name.split() if w.strip(".") and not _is_honorific(w))


def split_name(full_name: str) -> tuple[str, str]:
    """(first name, surname) of 'Jane Doe', 'Doe, Jane', 'Anna van der Berg'.

    The surname is '' unless the split is unambiguous (one given name, then a surname with
    optional particles): in 'Maria Luisa Fernández Ortega' nobody can tell without asking."""
    words = clean_name(full_name).split()
    if not words:
        return "", ""
    first = words[0] if _is_name_word(words[0]) else ""
    rest = words[1:]
    core = [w for w in rest if w.lower() not in _PARTICLES]
    if len(core) != 1 or not _is_name_word(core[0]) or rest[-1] != core[0]:
        return first, ""
    return first, " ".join(rest)


def _is_name_word(word: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", word))


def _is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in _HONORIFICS or word.lower() == "m."


def detect_register(text: str, language: str) -> bool:
    """True for formal. `text` is the rejection's new text (quotes removed)."""
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    first_line = lines[0] if lines else ""
    if language not in _INFORMAL:
        return not _CASUAL_EN.match(first_line)
    sample = text[:4000]
    informal = len(_INFORMAL[language].findall(sample))
    formal = len(_FORMAL[language].findall(sample))
    if informal and informal >= formal:
        return False
    return not (formal == 0 and _FIRST_LINE_GREETING.match(first_line))


def detect_gender(text: str, contact_name: str) -> Gender:
    """The contact's honorific, only when the rejection states it (see the module docstring)."""
    first, surname = split_name(contact_name)
    if not surname:
        return ""
    sample = (text or "")[:8000]
    honorific = re.compile(
        r"(?<![\w.])(Frau|Herrn?|Madame|Mme\.?|Mademoiselle|Monsieur|M\.|Sra\.?|Señora|Sr\.?|"
        r"Señor|Ms\.?|Mrs\.?|Mr\.?)\s+(?:" + re.escape(first) + r"\s+)?" + re.escape(surname)
        + r"\b")
    found = {_HONORIFICS.get(m.group(1).lower().rstrip(".") if m.group(1) != "M." else "m.", "")
             for m in honorific.finditer(sample)} - {""}
    if len(found) == 1:
        return found.pop()
    lines = [ln.strip(" \t>*_|") for ln in sample.splitlines()]
    for i, line in enumerate(lines):
        if surname not in line or len(line) > 80:
            continue
        below = " ".join(ln for ln in lines[i: i + 3] if len(ln) <= 80)
        genders = {g for g, rx in _TITLE_WORDS.items() if rx.search(below.replace(surname, " "))}
        if len(genders) == 1:
            return genders.pop()
    return ""


def salutation_for(gender: str, contact_name: str) -> str:
    """What a thread stores: the gender with the surname it was stated for ('f Schmidt')."""
    surname = split_name(contact_name)[1]
    return f"{gender} {surname}" if gender in ("f", "m") and surname else ""


def gender_for(salutation: str | None, contact_name: str) -> Gender:
    """The stored gender, only if the draft goes to that same person (by surname): the contact
    found later, or a colleague who answered, may be someone else."""
    gender, _, surname = (salutation or "").partition(" ")
    if gender in ("f", "m") and surname and split_name(contact_name)[1] == surname:
        return gender  # type: ignore[return-value]
    return ""


def analyse(text: str, language: str, contact_name: str) -> Register:
    return Register(formal=detect_register(text, language),
                    gender=detect_gender(text, contact_name))


_TITLES: dict[str, dict[str, str]] = {
    "de": {"f": "Frau", "m": "Herr"},
    "fr": {"f": "Madame", "m": "Monsieur"},
    "es": {"f": "Sra.", "m": "Sr."},
}


def honorific(language: str, gender: str) -> str:
    """'Frau', 'Monsieur', 'Sra.' ... or '' (never for English)."""
    return _TITLES.get(language, {}).get(gender, "")


def greeting(language: str, formal: bool, gender: str, contact_name: str) -> str:
    """The draft's first line, in the register the recruiter used."""
    first, surname = split_name(contact_name)
    full = clean_name(contact_name)
    title = honorific(language, gender)
    # a formal greeting by a lone name ("Guten Tag Müller,") reads wrong: it may be a surname
    # (signed "Im Auftrag / Müller") or a first name; the neutral formal greeting fits both
    formal_name = full if len(full.split()) >= 2 else ""
    if language == "de":
        if not formal:
            return f"Hallo {first}," if first else "Hallo,"
        if title and surname:
            return f"Sehr geehrte{'r' if gender == 'm' else ''} {title} {surname},"
        if formal_name:
            return f"Guten Tag {formal_name},"
        return "Sehr geehrte Damen und Herren,"
    if language == "fr":
        if not formal:
            return f"Bonjour {first}," if first else "Bonjour,"
        if title and surname:
            return f"Bonjour {title} {surname},"
        if formal_name:
            return f"Bonjour {formal_name},"
        return "Madame, Monsieur,"
    if language == "es":
        if not formal:
            return f"Hola, {first}:" if first else "Hola:"
        if title and surname:
            return f"Estimad{'a' if gender == 'f' else 'o'} {title} {surname}:"
        if formal_name:
            return f"Buenos días, {formal_name}:"
        return "Estimado equipo de selección:"
    return f"Hello {first}," if first else "Hello,"
