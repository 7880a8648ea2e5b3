"""Whom to write to: pick a reachable human (or at least a reachable mailbox) for a message.

Order: a personal Reply-To; else the sender unless it is a no-reply or ATS relay; else a person's
address found in the body or signature; else a reachable team mailbox (Reply-To, then body).
Never a no-reply address. Pure functions, no IO.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from agent.core import lexicon
from agent.core.message import Address, ParsedMessage

_NO_REPLY = re.compile(lexicon.NO_REPLY_LOCAL)
_EMAIL_IN_TEXT = re.compile(
    r"(?<![\w.+-])([a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE
)
_CLOSING = re.compile(lexicon.CLOSINGS, re.IGNORECASE)
# A name word: "Anne-Sophie", "O'Brien", "McKenna", "D'Amico", "Kleine-Wilde"
_NAME_PART = r"[A-ZÀ-ÞŁŚŻŞÇĞ][a-zß-ÿ\u0100-\u017f'’]+"  # "Aydın", "Demirtaş", "Łukasz"
_NAME_WORD = (rf"(?:Mc|Mac|O['’]|D['’])?{_NAME_PART}(?:-{_NAME_PART}|[-'’][a-zß-ÿ]+)*")
# A first name may be an initial ("H. Scholz", "R. Kühn"); the last word never is.
_PARTICLE = r"(?:(?:van|von|de|del|der|da|di|la|le) )?"
_NAME_OR_INITIAL = rf"(?:{_NAME_WORD}|[A-Z]\.)"
_PERSON_NAME = re.compile(rf"^{_NAME_OR_INITIAL}(?: {_PARTICLE}{_NAME_OR_INITIAL}){{0,2}}"
                          rf" {_PARTICLE}{_NAME_WORD}$|^{_NAME_WORD}$")
# Words of a business, an office or a department, never of a person's name ("Gasthof Zum
# Hirschen", "Malerbetrieb Kühn", "Sekretariat Umwelt", "Friterie Chez Mimi"); German
# compounds by their ending.
_ORG_NAME_WORDS = lexicon.words(
    "zum zur chez bei sekretariat secrétariat direction administration verwaltung ausbildung "
    "ausbildungsleitung personalservice personalbüro friterie boulangerie pâtisserie restaurant "
    "brasserie café cafe bar bistro hotel hôtel gasthof gasthaus primeurs atelier garage "
    "pharmacie apotheke praxis cabinet étude kanzlei agence agentur bäckerei metzgerei "
    "boucherie épicerie salon studio werkstatt landesverband verband verein association mairie "
    "rathaus gemeinde lycée collège école kita crèche deine ihre dein ihr your our votre notre "
    "ton ta weingut privacy policy terms impressum datenschutz unsubscribe")
# (seven letters and up: "Rei", "Amt" alone may be names)
_ORG_NAME_ENDINGS = ("betrieb", "verband", "service", "leitung", "verwaltung", "abteilung",
                     "büro", "werke", "werk", "gmbh", "amt", "rei", "handlung", "kanzlei")


_HONORIFIC = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Herr|Frau|M|Mme|Mlle|Me|Sr|Sra|Dra|Mag|"
                        r"Mag\.a|DI|Dipl\.-Ing|Ing|Dott|Maître|Maitre|Docteur|Professeur)"
                        r"\.? )+")


def domain_matches(domain: str, suffixes: tuple[str, ...]) -> bool:
    """True when domain is one of suffixes or a subdomain of one."""
    domain = domain.lower().rstrip(".")
    return any(domain == s or domain.endswith("." + s) for s in suffixes)


_ATS_WORDS = frozenset(w.lower() for name, _ in lexicon.ATS for w in name.split())
_ATS_BY_DOMAIN: dict[str, str] = {d: name for name, domains in lexicon.ATS for d in domains}


@lru_cache(maxsize=4096)
def ats_for_domain(domain: str) -> str:
    """The ATS or job board name behind a sender domain (or a subdomain of one), or ''."""
    labels = domain.lower().rstrip(".").split(".")
    for i in range(len(labels) - 1):
        name = _ATS_BY_DOMAIN.get(".".join(labels[i:]))
        if name:
            return name
    return ""


@lru_cache(maxsize=4096)
def is_unreachable(address: str) -> bool:
    """True for no-reply style addresses and ATS/job-board relays: nobody reads replies there."""
    address = (address or "").strip().strip("<>").lower()
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return True
    if _NO_REPLY.match(local):
        return True
    return bool(ats_for_domain(domain))


def is_role_address(address: str) -> bool:
    """True for team mailboxes (careers@, jobs@, recruiting@ ...): reachable, but not a person."""
    local = address.lower().rpartition("@")[0]
    base = re.split(r"[-_.+]", local)[0] if local else ""
    return local in lexicon.ROLE_LOCALPARTS or base in lexicon.ROLE_LOCALPARTS


def looks_like_person_name(name: str) -> bool:
    """'Jane Doe' yes; 'Acme Careers', 'Talent Team', 'Recruiting' no."""
    name = " ".join((name or "").replace('"', "").split())
    if not name or len(name) > 60 or "@" in name:
        return False
    words = name.lower().replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False  # "Tesla", "Recruiting": a single word is not enough to call it a person
    if any(w.strip("()") in lexicon.TEAM_WORDS or w in _ATS_WORDS or w in _ORG_NAME_WORDS
           or (len(w) >= 7 and w.endswith(_ORG_NAME_ENDINGS)) for w in words):
        return False
    return bool(_PERSON_NAME.match(name))


def is_person(addr: Address) -> bool:
    """A reachable address that belongs to a human (by display name or mailbox name)."""
    if is_unreachable(addr.email) or is_role_address(addr.email):
        return False
    if addr.name:
        return looks_like_person_name(addr.name)
    local = addr.email.rpartition("@")[0]
    return bool(re.fullmatch(r"[a-z]+[._-][a-z]+", local))


def _never_contact(address: str) -> bool:
    local = address.rpartition("@")[0]
    return local in lexicon.NEVER_CONTACT_LOCALPARTS or re.split(r"[-_.+]", local)[0] in (
        lexicon.NEVER_CONTACT_LOCALPARTS)


# A closing said in more words ("Take care and stay in touch,", "With best wishes for your
# search,"): a short line that ends in a comma and is not the greeting.
_LOOSE_CLOSING = re.compile(r"^[A-ZÀ-Ý][^@:;.!?]{2,45},$")
_GREETING = re.compile(lexicon.GREETING, re.IGNORECASE)
_ON_BEHALF = re.compile(r"^(?:i\. ?a\.|i\. ?v\.|im auftrag|in vertretung|p\.o\.|pp\.?|p/o)"
                        r"(?:\s+|$)", re.IGNORECASE)
# A signer's own title on the line between the closing and the name ("La Directrice des
# Ressources Humaines", "Head of Talent"): passed over.
_TITLE_LINE = re.compile(r"(?i)\b(?:directeur|directrice|director|leiter|leiterin|manager|head|"
                         r"responsable|ressources humaines|human resources|personal|recruit|"
                         r"talent|gérant|gérante|ceo|cto|founder|fondat|par délégation|"
                         r"pour le maire|im auftrag|in vertretung)")
# "Jana vom flowbit Talent Team", "Mara & the Inkwell crew": the name before the team.
_NAME_THEN_TEAM = re.compile(r"\s+(?:vom|von|from|at|de|du|of|&|und|and|et|für|for|pour|"
                             r"pour l'équipe|–|-|@)\s+.*$")
_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ey|ze|xe|sie|er|iel|elle|il)/[^)]{1,20}\)",
                       re.IGNORECASE)
_FIRST_NAME = re.compile(r"^[A-ZÀ-ÞŁŚŻŞÇĞ][a-zà-ÿ\u0100-\u017f'’-]{1,14}$")


# A French letter's closing formula is a whole sentence ("Je vous prie d'agréer, Madame,
# l'expression de mes salutations distinguées.") and the signature follows it.
_FORMAL_CLOSING = re.compile(r"(?i)(?:salutations(?: les plus)? (?:distinguées|respectueuses|"
                             r"cordiales)|sentiments (?:les )?(?:meilleurs|distingués|dévoués)|"
                             r"(?:meilleures|sincères|respectueuses) salutations|"
                             r"considération (?:très )?distinguée)[ .!]*$")
# A short line around a closing word ("Beste Grüße aus Kreuzberg", "Mit herzlichem Gruß",
# "Warm regards from all of us", "Alles Gute dir!").
_CLOSING_WORDS = re.compile(r"(?i)^[\w' ]{0,25}\b(?:grü(?:ß|ss)en?|gru(?:ß|ss)|regards|wishes|"
                            r"salutations)\b[\w' ]{0,25}[ ,.!]*$|^[\w' ]{0,50}\b(?:grü(?:ß|ss)en|"
                            r"regards|wishes)[ ,.!]*$|^(?:ciao|herzlichst|alles gute"
                            r"(?: \w+){0,4}|bonne (?:fin de )?(?:journée|soirée|semaine)"
                            r"(?: \w+){0,3})[ ,.!]*$")
# A signer's role on the line under the name, when no closing came first ("Ann Vermeulen" over
# "Service Recrutement", "Sofia Marchetti" over "Recruiting Coordinator, Highline").
_ROLE_LINE = re.compile(r"(?i)\b(?:coordinator|specialist|chair|partner|owner|inhaber(?:in)?|"
                        r"geschäftsführ\w*|co-?founder|founder|officer|lead|\w*meister(?:in)?|"
                        r"assistant|assistante|consultant|consultante|chargée?|responsable|"
                        r"recrutement|recruiting|recruiter|recruitment|talent|ressources humaines|"
                        r"human resources|hr|drh|rh|service|team|équipe|sachbearbeiter(?:in)?|"
                        r"referent(?:in)?|manager|managerin|director|directrice|directeur|"
                        r"head|leiter(?:in)?|leitung|personal\w*|ceo|cto|coo|vp|president|"
                        r"gérante?|proviseur|principal)\b")
# A line of the signature block that names the organisation, not the signer ("Spital Aaretal
# AG", "Morvan & Associés – Avocats"): passed over on the way to the name.
_ORG_LINE = re.compile(r"(?i)\b(?:ag|gmbh|sa|sas|sàrl|sarl|ltd|inc|llc|kg|e\.v|plc|group|groupe|"
                       r"associés|avocats|cabinet|spital|hôpital|klinik)\b\.?")


def is_closing(line: str) -> bool:
    """True for a letter's closing line ("Best regards,", "Freundliche Grüsse", "Je vous prie
    d'agréer ... salutations distinguées.")."""
    return _closing(line.strip(" \t>*_|"))


def _closing(line: str) -> bool:
    if len(line) <= 40 and _CLOSING.match(line):
        return True
    if _FORMAL_CLOSING.search(line) or (len(line) <= 60 and _CLOSING_WORDS.match(line)):
        return True
    return bool(_LOOSE_CLOSING.match(line)) and not _GREETING.match(line)


_SIGNATURE_PARTS = re.compile(r" \| | [–—] | - | @ ")


def _name_on(line: str) -> str:
    """The person's name a signature line starts with: 'i. A. Monika Behrens', 'Kai (they/them)',
    'Dr. Helen Marsh | Lab Lead' -> the bare name; 'Jana vom flowbit Talent Team' -> 'Jana'."""
    candidate = _PRONOUNS.sub("", _SIGNATURE_PARTS.split(line)[0].split(",")[0]).strip()
    candidate = _ON_BEHALF.sub("", candidate)
    bare = _HONORIFIC.sub("", candidate)
    # "M. Hourcade", "Frau Dr. Lenz": without the title one word is left, which the greeting
    # cannot use alone; the titled name is the person's name
    candidate = bare if " " in bare or not looks_like_person_name(candidate) else candidate
    if not looks_like_person_name(candidate) and len(candidate) <= 50:
        first = _NAME_THEN_TEAM.sub("", candidate)  # "Lisa Montague & the Harborview team"
        if _FIRST_NAME.match(first) or looks_like_person_name(first):
            return first
    return candidate


def signature_name(text: str, first_names: frozenset[str] = frozenset(),
                   sender_words: frozenset[str] = frozenset()) -> str:
    """A person's name on the line after a closing ('Best regards,\\nJane Doe'), or ''. A lone
    first name ('Cheers,\\nTom') counts when nothing else names the signer: it is what the
    greeting of a reply uses. `first_names`: lower-cased first names known from the sender;
    `sender_words`: the ASCII words of the sender's address and display name (a name alone on
    the last line, with no closing above it, must share one with them)."""
    lines = [ln.strip(" \t>*_|") for ln in text.splitlines()]
    found = ""
    for i, line in enumerate(lines):
        if not _closing(line):
            continue
        for nxt in lines[i + 1:i + 7]:
            candidate = _name_on(nxt) if nxt else ""
            if not candidate or _TITLE_LINE.search(candidate) or _ORG_LINE.search(nxt):
                continue  # "Im Auftrag", "La Directrice des Ressources Humaines", "Acme AG"
            lone_first = bool(_FIRST_NAME.match(candidate)) and (
                candidate.lower() in first_names or (
                    candidate.lower() not in lexicon.TEAM_WORDS and i >= len(lines) - 6))
            if lone_first or looks_like_person_name(candidate):
                found = candidate
            break
    return found or _unclosed_signature(lines, first_names, sender_words)


def _unclosed_signature(lines: list[str], first_names: frozenset[str],
                        sender_words: frozenset[str]) -> str:
    """A signature with no closing above it: among the last lines, a name that starts a block
    and stands over its signer's role ("Ann Vermeulen" over "Service Recrutement"), or is the
    last line and titled or the sender's own ("Dr Antoine Morel"; "Northern Cable Logistics"
    there is the company's name)."""
    filled = [i for i, line in enumerate(lines) if line]
    for pos, i in enumerate(filled[-6:], start=max(0, len(filled) - 6)):
        above = lines[i - 1] if i else ""
        if above and not above.endswith((".", "!", "?", ":", ")")):
            continue  # inside a paragraph
        if _GREETING.match(lines[i]) or _closing(lines[i]):
            continue
        candidate = _name_on(lines[i])
        is_name = looks_like_person_name(candidate) or candidate.lower() in first_names
        if not is_name or _TITLE_LINE.search(candidate):
            continue
        below = lines[filled[pos + 1]] if pos + 1 < len(filled) else ""
        if below and len(below) <= 80 and _ROLE_LINE.search(below):
            return candidate
        if not below and (_HONORIFIC.match(lines[i]) or any(
                w in sender_words for w in _ascii(candidate.lower()).replace("-", " ").split())):
            return candidate
    return ""


def first_name_of(addr: Address) -> str:
    """'Brenda at Kettle & Crumb', 'Tobi | Flinkwerk', 'Lea von Kiezkoffer' -> the first name,
    when the mailbox is that name too (brenda@..., tobi@...); else ''."""
    shown = _HONORIFIC.sub("", split_display_name(addr.name or "")[0])
    local = addr.email.lower().rpartition("@")[0]
    if (_FIRST_NAME.match(shown) and _ascii(shown.lower()) == _ascii(local)
            and shown.lower() not in lexicon.TEAM_WORDS and not is_role_address(addr.email)):
        return shown
    return ""


_DISPLAY_SEPARATOR = re.compile(r"\s+(?:at|from|von|de|chez|bei|via|@|\||-|–)\s+")


def split_display_name(name: str) -> tuple[str, str]:
    """'Brenda at Kettle & Crumb' -> ('Brenda', 'Kettle & Crumb'); ('Jane Doe', '') alone."""
    parts = _DISPLAY_SEPARATOR.split(name.strip(), maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


def _shared_mailbox(address: str, shown: str) -> bool:
    """True when the mailbox is not the shown person's own (rh@, ausbildung@ for 'Petra Lanz'):
    neither of the name's words is in the mailbox name."""
    local = _ascii(address.lower().rpartition("@")[0])
    return is_role_address(address) or not any(
        len(w) >= 2 and _ascii(w) in local for w in shown.lower().replace("-", " ").split())


_DEGREE_TAIL = re.compile(r"(?:,?\s+(?:DDS|DMD|MD|PhD|RN|CPA|Esq\.?|MBA|LLM|DVM|PMP|SPHR|"
                          r"SHRM-CP|SHRM-SCP))+$")


def _shown_person(sender: Address, first: str) -> str:
    """The person a sender's display name names: 'Karine Vidal – Altitude RH' -> 'Karine Vidal',
    'Anita Shah DDS' -> 'Anita Shah', 'mike tolliver' <mike@...> -> 'Mike Tolliver', 'Jonas von
    Kiezkraft' <jonas@kiezkraft...> -> 'Jonas' (`first`: the sender's first name, see
    first_name_of); else the display name without its title."""
    shown = _DEGREE_TAIL.sub("", _HONORIFIC.sub("", (sender.name or "").strip()))
    person, rest = split_display_name(shown)
    if first and rest and _ascii(rest.lower()).replace(" ", "") in sender.domain.replace("-", ""):
        return first
    if rest and looks_like_person_name(person):
        shown = person
    if shown.islower() and shown.split()[:1] and _ascii(shown.split()[0]) in sender.email.lower():
        shown = shown.title()
    return shown


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def name_from_local(address: str) -> str:
    """'jane.doe@acme.com' -> 'Jane Doe'; '' when the mailbox name is not first.last."""
    local = address.lower().rpartition("@")[0]
    m = re.fullmatch(r"([a-z]{2,})[._]([a-z]{2,})", local)
    if not m or is_role_address(address):
        return ""
    return f"{m.group(1).title()} {m.group(2).title()}"


def body_addresses(text: str) -> list[str]:
    """Addresses written in the body, in order, deduplicated, lower-case."""
    seen: dict[str, None] = {}
    for found in _EMAIL_IN_TEXT.findall(text[:20000]):
        seen.setdefault(found.lower().rstrip("."), None)
    return list(seen)


def choose_contact(message: ParsedMessage, text: str | None = None) -> tuple[str, str, str]:
    """(contact_name, contact_email, reason). Empty strings when nobody reachable is known."""
    body = message.text if text is None else text
    sender = message.sender
    first = first_name_of(sender) if sender is not None else ""
    sender_words = frozenset(_ascii(w) for w in re.split(r"[^\w]+", (
        f"{sender.name} {sender.email.rpartition('@')[0]}" if sender else "").lower()) if w)
    sig = signature_name(body, frozenset({first.lower()} if first else ()), sender_words)
    name, email, reason = "", "", "no reachable address"
    own = {a.email for a in message.to + message.cc}  # the candidate's own addresses
    candidates_body = [a for a in body_addresses(body)
                       if not is_unreachable(a) and a not in own and not _never_contact(a)]

    person_reply = next((a for a in message.reply_to if is_person(a)), None)
    if person_reply is not None:
        name, email, reason = person_reply.name, person_reply.email, "personal Reply-To"
    elif sender is not None and not is_unreachable(sender.email):
        email, reason = sender.email, "sender is reachable"
        shown = _shown_person(sender, first)
        if sig and shown and sorted(sig.lower().split()) == sorted(shown.lower().split()):
            shown = sig  # "Baumann Claudia" signs "Claudia Baumann"
        if looks_like_person_name(shown) and not (sig and _shared_mailbox(sender.email, shown)
                                                  and not shown.startswith(sig)):
            name = shown
        elif sig:
            # a shared mailbox's display name may be a department ("Ausbildungsleitung
            # Kaltenbach Werkzeugbau <ausbildung@...>"): the signer is the person
            name = sig
        elif first:
            name = first
    else:
        personal = [a for a in candidates_body if not is_role_address(a)]
        role_reply = next((a for a in message.reply_to if not is_unreachable(a.email)), None)
        if personal:
            email, reason = personal[0], "address in body/signature"
        elif role_reply is not None:
            email, reason = role_reply.email, "team Reply-To"
        elif candidates_body:
            email, reason = candidates_body[0], "team address in body"
    if not name and email:
        name = sig or name_from_local(email)
        if name:
            reason += "; name from signature" if name == sig else "; name from the address"
    if not name and not email and sender is not None:
        shown = split_display_name(sender.name)[0]
        if looks_like_person_name(shown):
            name, reason = shown, "sender's name, but the address is a relay"
    if name and not (looks_like_person_name(name) or name in (sig, first)):
        name = ""
    if not email and sig:
        name = sig  # a named person without an address: still useful for the greeting
        reason = "name from signature, no reachable address"
    return name, email, reason
