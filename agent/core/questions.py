"""The one question a feedback request asks: specific, answerable in two lines, never demanding.

Chosen in this order, because the most specific question gets the most useful answer:
1. the rejection names a skill or requirement ("more hands-on Kubernetes experience") -> how the
   candidate could best show it next time, quoting their words;
2. it names a round (the case study, the technical interview) -> the one thing to work on first;
3. the candidate reached the final round -> the one area that would most have strengthened them;
4. otherwise by stage: interview, screening call, or the application alone.
Never a comparison with the chosen candidate, never more than one question mark.
Pure: text in, strings out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

HookKind = Literal["skill", "round", ""]
QuestionKind = Literal["skill", "round", "final_round", "interview", "screening", "application"]

MAX_HOOK_WORDS = 6
MAX_HOOK_CHARS = 60

# "more (hands-on) experience with Kubernetes", "stronger background in X", "X experience".
_QUALIFIER = (r"(?:more|deeper|stronger|broader|further|additional|extensive|significant|"
              r"proven|hands-on|direct|practical|solid|prior|relevant|professional|commercial)")
_SKILL: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"\b(?:(?:" + _QUALIFIER + r")[ -]){1,3}(?P<hook>(?:experience|background|"
                   r"expertise|exposure|knowledge|depth|familiarity|skills?) (?:with|in|of|on|"
                   r"around) [^.,;:!?\n()]{2,60})", re.IGNORECASE),
        re.compile(r"\b(?:(?:" + _QUALIFIER + r")[ -]){1,3}(?P<hook>[^.,;:!?\n()]{2,50}? "
                   r"(?:experience|expertise|skills|knowledge|background))\b", re.IGNORECASE),
        re.compile(r"\b(?:requires?|required|looking for (?:someone|a candidate|candidates|"
                   r"a profile) with|needed|need someone with) (?P<hook>[^.,;:!?\n()]{3,60})",
                   re.IGNORECASE),
    ),
    "de": (
        re.compile(r"\b(?:mehr|tiefere|tiefergehende|fundierte|umfangreichere|umfassendere|"
                   r"stärkere|praktische|mehrjährige|weitere|nachweisliche)n? (?P<hook>"
                   r"(?:Erfahrung(?:en)?|Kenntnisse|Know-how|Expertise|Praxis) (?:mit|in|im|bei|"
                   r"im Bereich|rund um) [^.,;:!?\n()]{2,60})", re.IGNORECASE),
        re.compile(r"\b(?:mehr|tiefere|fundierte|praktische|mehrjährige|weitere)n? (?P<hook>"
                   r"[\w-]{3,40}-?(?:erfahrung|kenntnisse|know-how|expertise))\b",
                   re.IGNORECASE),
    ),
    "fr": (
        re.compile(r"\b(?:davantage|plus|une meilleure|une solide|une plus grande) (?:d'|de |"
                   r"d’)?(?P<hook>(?:expérience|expertise|connaissances?|maîtrise|pratique) "
                   r"(?:en|avec|dans|sur|de|du|des) [^.,;:!?\n()]{2,60})", re.IGNORECASE),
        re.compile(r"\b(?:requis|exigé|recherch(?:ions|ons) (?:un profil|une personne) avec) "
                   r"(?P<hook>[^.,;:!?\n()]{3,60})", re.IGNORECASE),
    ),
    "es": (
        re.compile(r"\b(?:más|mayor|una mayor|sólida|solida|amplia) (?P<hook>(?:experiencia|"
                   r"conocimientos?|dominio|práctica|trayectoria) (?:en|con|de|del) "
                   r"[^.,;:!?\n()]{2,60})", re.IGNORECASE),
    ),
}
# Where the hook phrase ends: a new clause.
_CLAUSE_END = re.compile(
    r"\s(?:than|that|which|who|for (?:this|the) (?:role|position|team)|and we|but|so|as|"
    r"than|als|die|der|das|für diese|für die|und wir|que|qui|pour ce|pour le|pour la|et nous|"
    r"para este|para el|para la|y hemos|y nos)\b.*$",
    re.IGNORECASE)

#: Rounds a rejection may name, with the words that find them (any language).
_ROUNDS: dict[str, re.Pattern[str]] = {
    "case_study": re.compile(r"\b(?:case stud(?:y|ies)|business case|fallstudie|étude de cas|"
                             r"caso práctico|caso de estudio)\b", re.IGNORECASE),
    "take_home": re.compile(r"\b(?:take[- ]home|home assignment|coding (?:challenge|exercise|"
                            r"test|assignment)|technical (?:assignment|test|exercise)|"
                            r"programmieraufgabe|probeaufgabe|test technique|exercice technique|"
                            r"prueba técnica|ejercicio técnico)\b", re.IGNORECASE),
    "system_design": re.compile(r"\bsystem[- ]design\b", re.IGNORECASE),
    "presentation": re.compile(r"\b(?:your presentation|the presentation|ihre präsentation|"
                               r"deine präsentation|der präsentation|votre présentation|"
                               r"ta présentation|la présentation|su presentación|tu "
                               r"presentación|la presentación)\b", re.IGNORECASE),
    "technical_interview": re.compile(r"\b(?:technical (?:interview|round|screen)|fachgespräch|"
                                      r"fachinterview|technische[nm]? (?:interview|gespräch)|"
                                      r"entretien technique|entrevista técnica)\b",
                                      re.IGNORECASE),
}
_FINAL = re.compile(
    r"\b(?:final (?:round|interview|stage|stages)|last round|last interview|letzten? runde|"
    r"finalen? (?:runde|gespräch|interview)|abschließenden? gespräch|dernier (?:entretien|tour)|"
    r"entretien final|derni[èe]re étape|ronda final|entrevista final|última entrevista|"
    r"última fase|fase final)\b",
    re.IGNORECASE)
# A hook inside a hypothetical or generic sentence is not about this candidate.
_NOT_ABOUT_YOU = re.compile(r"^\s*(?:if|should|falls|wenn|si|en caso)\b", re.IGNORECASE)
_COMPARISON = re.compile(r"\b(?:than you|als sie|als du|que vous|que toi|que usted|que tú)\b",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Hook:
    kind: HookKind = ""
    text: str = ""  # a skill: their words; a round: its key in ROUND_NAMES


def _sentences(text: str) -> list[str]:
    flat = " ".join((text or "").split())[:6000]
    return [s for s in re.split(r"(?<=[.!?])\s+", flat) if s]


def _tidy(hook: str, language: str = "en") -> str:
    hook = _CLAUSE_END.sub("", hook).strip(" -–—'\"“”«»")
    words = hook.split()
    if language == "de":  # verb-final: "... mit Kubernetes entschieden" (nouns are capitalised)
        while len(words) > 2 and words[-1][:1].islower():
            words.pop()
    if len(words) > MAX_HOOK_WORDS:
        return ""
    hook = " ".join(words)
    if len(hook) > MAX_HOOK_CHARS or len(hook) < 3 or any(c in hook for c in "{}<>@[]|\\"):
        return ""
    return hook


def find_hook(text: str, language: str) -> Hook:
    """The skill, requirement or round the rejection names, if any."""
    sentences = [s for s in _sentences(text) if not _NOT_ABOUT_YOU.match(s)]
    for sentence in sentences:
        for rx in _SKILL.get(language, ()) + (_SKILL["en"] if language != "en" else ()):
            m = rx.search(sentence)
            if m:
                hook = _tidy(m.group("hook"), language)
                if hook and not _COMPARISON.search(hook):
                    return Hook("skill", hook)
    for sentence in sentences:
        for key, rx in _ROUNDS.items():
            if rx.search(sentence):
                return Hook("round", key)
    return Hook()


def mentions_final_round(text: str) -> bool:
    return any(_FINAL.search(s) and not _NOT_ABOUT_YOU.match(s) for s in _sentences(text))


def choose(stage: str, final_round: bool, hook: Hook) -> QuestionKind:
    """Which question to ask (see the module docstring for the order)."""
    if hook.kind == "skill" and hook.text:
        return "skill"
    if hook.kind == "round" and hook.text in ROUND_NAMES and stage in ("interview", "screening"):
        return "round"
    if stage == "interview" and final_round:
        return "final_round"
    if stage in ("interview", "screening"):
        return stage  # type: ignore[return-value]
    return "application"


#: How each round is named inside the round question, per language (the case each sentence needs).
ROUND_NAMES: dict[str, dict[str, str]] = {
    "case_study": {"en": "the case study", "de": "die Fallstudie",
                   "fr": "à l'étude de cas", "es": "el caso práctico"},
    "take_home": {"en": "the technical exercise", "de": "die technische Aufgabe",
                  "fr": "au test technique", "es": "la prueba técnica"},
    "system_design": {"en": "the system design interview", "de": "das System-Design-Gespräch",
                      "fr": "à l'entretien de conception système",
                      "es": "la entrevista de diseño de sistemas"},
    "presentation": {"en": "my presentation", "de": "meine Präsentation",
                     "fr": "à ma présentation", "es": "mi presentación"},
    "technical_interview": {"en": "the technical interview", "de": "das Fachgespräch",
                            "fr": "à l'entretien technique", "es": "la entrevista técnica"},
}

# (formal, informal) per language and kind. {hook} is a quoted skill or a ROUND_NAMES entry.
_QUESTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "skill": ("You mentioned “{hook}”: how could I best show that next time?",) * 2,
        "round": ("Looking back at {hook}, what should I work on first?",) * 2,
        "final_round": ("Which one area would most have strengthened my candidacy at that last "
                        "stage?",) * 2,
        "interview": ("Which one area, had I shown more of it in the interviews, would most "
                      "have strengthened my candidacy?",) * 2,
        "screening": ("Looking back at our call, what could I have explained better?",) * 2,
        "application": ("What would have made my application stronger for a role like "
                        "this?",) * 2,
    },
    "de": {
        "skill": ("Sie erwähnten „{hook}“: Wie könnte ich das beim nächsten Mal am besten "
                  "zeigen?",
                  "Du hast „{hook}“ erwähnt: Wie könnte ich das beim nächsten Mal am besten "
                  "zeigen?"),
        "round": ("Woran sollte ich mit Blick auf {hook} als Erstes arbeiten?",) * 2,
        "final_round": ("Was hätte meine Kandidatur in dieser letzten Phase am meisten "
                        "gestärkt?",) * 2,
        "interview": ("Was hätte meine Kandidatur in den Gesprächen am meisten gestärkt?",) * 2,
        "screening": ("Was hätte ich in unserem Telefonat besser erklären können?",) * 2,
        "application": ("Was hätte meine Bewerbung für eine solche Stelle am meisten "
                        "gestärkt?",) * 2,
    },
    "fr": {
        "skill": ("Vous avez mentionné « {hook} » : comment pourrais-je au mieux le démontrer "
                  "la prochaine fois ?",
                  "Tu as mentionné « {hook} » : comment pourrais-je au mieux le démontrer la "
                  "prochaine fois ?"),
        "round": ("En repensant {hook}, sur quel point devrais-je travailler en priorité ?",) * 2,
        "final_round": ("Quel est le point qui, à cette dernière étape, aurait le plus renforcé "
                        "ma candidature ?",) * 2,
        "interview": ("Quel est le point qui, lors des entretiens, aurait le plus renforcé ma "
                      "candidature ?",) * 2,
        "screening": ("Avec le recul, qu'aurais-je pu mieux expliquer lors de notre échange "
                      "téléphonique ?",) * 2,
        "application": ("Qu'est-ce qui aurait le plus renforcé ma candidature pour un poste de "
                        "ce type ?",) * 2,
    },
    "es": {
        "skill": ("Mencionó «{hook}»: ¿cómo podría demostrarlo mejor la próxima vez?",
                  "Mencionaste «{hook}»: ¿cómo podría demostrarlo mejor la próxima vez?"),
        "round": ("Pensando en {hook}, ¿en qué debería trabajar primero?",) * 2,
        "final_round": ("¿Qué aspecto habría reforzado más mi candidatura en esa última "
                        "fase?",) * 2,
        "interview": ("¿Qué aspecto, de haberlo mostrado más en las entrevistas, habría "
                      "reforzado más mi candidatura?",) * 2,
        "screening": ("Pensando en nuestra llamada, ¿qué podría haber explicado mejor?",) * 2,
        "application": ("¿Qué habría reforzado más mi candidatura para un puesto así?",) * 2,
    },
}


def question(kind: QuestionKind, language: str, formal: bool, hook: Hook) -> str:
    """The question sentence in `language` (English when unknown), for the chosen kind."""
    lang = language if language in _QUESTIONS else "en"
    if kind == "round" and hook.text not in ROUND_NAMES:
        kind = "interview"
    formal_text, informal_text = _QUESTIONS[lang][kind]
    text = formal_text if formal else informal_text
    if kind == "skill":
        return text.format(hook=hook.text)
    if kind == "round":
        return text.format(hook=ROUND_NAMES[hook.text][lang])
    return text
