"""From themes to a development plan: the actions catalog and how it is applied. Pure.

The catalog is TOML (the built-in `agent/core/data/actions.toml`, optionally extended by the
user's own file; the shell reads the files, this module only parses text):

    [themes.experience]
    with_skill = ["Find a project that gives you real practice in {skill} …"]
    general    = ["Compare the posting with your CV …"]
    vague      = ["…"]          # used for a vague phrase ("more experience" with no skill named)

    [topics.system_design]
    match   = ["system design", "systemdesign", "architecture"]   # found in the sentence
    actions = ["Practise capacity planning and failure-mode questions …"]

For each finding: the actions of every topic whose `match` phrase is in its sentence; then the
theme's `with_skill` actions once per skill the sentence names (`{skill}` filled in), else (once
per theme and answer) its `vague` actions for a vague phrase, else its `general` ones. A skill
already covered ("Kafka" by "running Kafka in production") and duplicates are dropped: an
answer gets each action once (the same text in another case or spacing counts as the same),
where it first came. Advice shared by a theme and a topic is written once, in the same words.

A user catalog extends the built-in one: its lists are added after the built-in lists of the
same theme or topic; a table with `replace = true` replaces the built-in table instead.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from agent.core.feedback import THEMES, Finding

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_THEME_KEYS = ("with_skill", "general", "vague")
_TOPIC_KEYS = ("match", "actions")


class CatalogError(ValueError):
    """An actions file that cannot be used; the message names the file's problem."""


@dataclass(frozen=True)
class ThemeActions:
    with_skill: tuple[str, ...] = ()
    general: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    name: str
    match: tuple[str, ...]
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    themes: Mapping[str, ThemeActions] = field(default_factory=dict)
    topics: tuple[Topic, ...] = ()


def parse_catalog(text: str, *, base: Catalog | None = None, source: str = "actions") -> Catalog:
    """A catalog from TOML text; with `base`, the text extends (or replaces parts of) it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{source}: not valid TOML ({exc})") from None
    unknown = set(data) - {"themes", "topics"}
    if unknown:
        raise CatalogError(f"{source}: unknown table(s) {', '.join(sorted(unknown))} "
                           "(expected [themes.NAME] and [topics.NAME])")
    base = base or Catalog()
    themes = dict(base.themes)
    for name, table in _tables(data.get("themes", {}), source, "themes").items():
        if name not in THEMES:
            raise CatalogError(f"{source}: [themes.{name}] is not a theme; themes are "
                               f"{', '.join(THEMES)}")
        lists = _lists(table, _THEME_KEYS, f"{source}: [themes.{name}]")
        old = ThemeActions() if table.get("replace") else themes.get(name, ThemeActions())
        themes[name] = ThemeActions(**{key: _merged(getattr(old, key), lists.get(key, ()))
                                       for key in _THEME_KEYS})
    topics = {t.name: t for t in base.topics}
    for name, table in _tables(data.get("topics", {}), source, "topics").items():
        lists = _lists(table, _TOPIC_KEYS, f"{source}: [topics.{name}]")
        old_topic = None if table.get("replace") else topics.get(name)
        match = _merged(old_topic.match if old_topic else (), lists.get("match", ()))
        actions = _merged(old_topic.actions if old_topic else (), lists.get("actions", ()))
        if not match or not actions:
            raise CatalogError(f"{source}: [topics.{name}] needs both `match` and `actions`")
        topics[name] = Topic(name, tuple(m.lower() for m in match), actions)
    return Catalog(themes=themes, topics=tuple(topics.values()))


def _tables(value: Any, source: str, kind: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise CatalogError(f"{source}: [{kind}] must hold tables such as [{kind}.NAME]")
    return value


def _lists(table: dict[str, Any], keys: tuple[str, ...], where: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        if key == "replace":
            if not isinstance(value, bool):
                raise CatalogError(f"{where}: `replace` must be true or false")
            continue
        if key not in keys:
            raise CatalogError(f"{where}: unknown key `{key}` (expected {', '.join(keys)})")
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                   for v in value):
            raise CatalogError(f"{where}: `{key}` must be a list of non-empty strings")
        for item in value:
            _check_template(item, where)
        out[key] = tuple(v.strip() for v in value)
    return out


def _check_template(text: str, where: str) -> None:
    try:
        text.format(skill="x")
    except (KeyError, IndexError, ValueError):
        raise CatalogError(f"{where}: {text[:60]!r}: the only placeholder is {{skill}}; "
                           "write a literal brace as {{ or }}") from None


def _merged(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*first, *second]))


def actions_for(findings: Iterable[Finding], catalog: Catalog) -> list[str]:
    """The plan's actions for one answer's findings, in the order the findings came."""
    out: dict[str, str] = {}  # the action, by its folded text: each piece of advice once
    covered: list[str] = []  # skills already given an action: "Kafka" is in "Kafka in production"
    advised: set[str] = set()  # themes whose general (or vague) actions are in
    for finding in findings:
        text = finding.evidence.lower()
        for topic in catalog.topics:
            if any(m in text for m in topic.match):
                _add(out, (_fill(a, "") for a in topic.actions))
        theme = catalog.themes.get(finding.theme, ThemeActions())
        fresh = [s for s in finding.skills
                 if not any(s.lower() in c or c in s.lower() for c in covered)]
        covered.extend(s.lower() for s in finding.skills)
        if finding.skills and theme.with_skill:
            for skill in fresh:
                _add(out, (_fill(a, skill) for a in theme.with_skill))
        elif finding.theme not in advised:  # a theme's general advice is given once
            advised.add(finding.theme)
            chosen = theme.vague if finding.vague and theme.vague else theme.general
            _add(out, (_fill(a, "") for a in chosen))
    return list(out.values())


def _add(out: dict[str, str], actions: Iterable[str]) -> None:
    """Add the actions not yet in `out`: the same text in another case or spacing (two themes
    or a topic and a theme sharing advice, a user catalog repeating a built-in entry) is the
    same action, and the first one given is kept where it came."""
    for action in actions:
        out.setdefault(" ".join(action.split()).casefold(), action)


def _fill(template: str, skill: str) -> str:
    return template.format(skill=skill or "this")


def theme_counts(answers: Iterable[Iterable[Finding]]) -> dict[str, int]:
    """How many answers mention each theme: most mentioned first, then the vocabulary's order."""
    counts: Counter[str] = Counter()
    for findings in answers:
        counts.update({f.theme for f in findings})
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], THEMES.index(kv[0]))))
