"""The RE2 prefilter in front of the rule tables: it may let a pattern through that then finds
nothing, but it must never hold back one that Python's `re` would match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.core import classify, extract, patternset
from agent.core.message import from_fields
from agent.core.patternset import PatternSet, to_re2

DATA = Path(__file__).resolve().parent.parent / "data" / "recognition"

TABLES = {
    "rejection phrases (decided text)": (classify._IN_DECIDED,
                                         [rx.pattern for rows in classify._REJECTION.values()
                                          for rx, _, _ in rows]),
    "job and non-job phrases": (classify._IN_NORM,
                                [rx.pattern for rx in classify._SYMPATHY]
                                + [rx.pattern for rx, _, _ in classify._JOB_OTHER]
                                + [rx.pattern for rx, _, _ in classify._NON_JOB]),
    "company patterns": (extract._COMPANY_IN_BODY,
                         [rx for rx, _, _ in extract._COMPANY_PATTERNS]),
    "title patterns": (extract._TITLE_IN_BODY,
                       [*extract._TITLE_BODY, extract._QUOTED_TITLE, *extract._TITLE_BODY_ROLE]),
}


def _texts() -> list[str]:
    """Every written message of the training data, as each table sees it."""
    out = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append(f"{row['subject']}\n{row['body']}")
    return out


def test_the_classifiers_sets_are_active_and_translate_every_pattern():
    """A pattern RE2 cannot take would run on every message again (slow, not wrong)."""
    assert patternset._re2 is not None, "google-re2 is a dependency"
    for name, (pset, _) in TABLES.items():
        assert pset._set is not None, name
        assert not pset._always, name


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_pattern_that_matches_is_held_back_on_the_written_data(name):
    pset, patterns = TABLES[name]
    compiled = [p if isinstance(p, re.Pattern) else re.compile(p) for p in patterns]
    texts = _texts()
    assert len(texts) > 3000
    held_back = []
    for text in texts:
        for norm in (text, classify._normalise(text), extract._flatten(text)):
            candidates = pset.candidates(norm)
            held_back += [(i, norm[:60]) for i, rx in enumerate(compiled)
                          if i not in candidates and rx.search(norm)]
    assert held_back == []


def test_classification_with_the_prefilter_equals_running_every_pattern(monkeypatch):
    texts = _texts()[::7]
    messages = [from_fields(subject=t.partition("\n")[0], body=t.partition("\n")[2],
                            sender="Jo Recruiter <jo@firm.example>") for t in texts]
    fast = [classify.classify(m) for m in messages]
    for pset, _ in TABLES.values():
        monkeypatch.setattr(pset, "_set", None)  # no prefilter: every pattern is a candidate
    monkeypatch.setattr(classify._JOB_CONTEXT_SET, "_set", None)
    slow = [classify.classify(m) for m in messages]
    assert fast == slow
    assert sum(v.label == "rejection" for v in fast) > 50


@pytest.mark.parametrize(("python", "re2"), [
    (r"\bnot selected\b", "not selected"),
    (r"(?<!\bif )you were not selected(?! yet)", "you were not selected"),
    (r"\w+ team", r"[0-9A-Za-z_\x{80}-\x{10FFFF}]+ team"),
    (r"^offer$", "(?m:^)offer(?m:$)"),
    (r"caf\u00e9", r"caf\x{00e9}"),
    (r"[\w.-]+@", r"[0-9A-Za-z_\x{80}-\x{10FFFF}.-]+@"),
    (r"(?i:[\w.-]i)", r"(?i:[0-9A-Za-z_\x{80}-\x{10FFFF}.\x{130}\x{131}-][iI\x{130}\x{131}])"),
    (r"xa{,3}", "xa{0,3}"),
    (r"[^.]{2,80}?x{2}", r"[^.]*?x{2}"),
    (r"[a-]i", r"[a-]i"),
    (r"\d\s", r"[0-9\x{80}-\x{10FFFF}][\t\n\x0b\f\r \x1c-\x1f\x{80}-\x{10FFFF}]"),
    (r"(?i:Absage)", "(?i:Absage)"),
    (r"(?P<x>a)\Z", r"(?P<x>a)\z"),
])
def test_translation_widens_python_syntax(python, re2):
    assert to_re2(python) == re2


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?>ab)", r"[^\w]x", r"(?x) a b", r"(?P=n)",
                                     r"(?ai)x[^a-z]"])
def test_what_has_no_re2_superset_is_always_a_candidate(pattern):
    pset = PatternSet(["never", pattern])
    assert pset.candidates("nothing here") == frozenset({1})


def test_a_text_re2_cannot_read_makes_every_pattern_a_candidate():
    pset = PatternSet(["alpha", "beta"])
    assert pset.candidates("alpha") == frozenset({0})
    assert pset.candidates("alpha \udc80") == frozenset({0, 1})  # a lone surrogate


_PIECES = st.sampled_from([
    "a", "b", "é", " ", "ab", r"\b", r"\B", r"\w", r"\W", r"\d", r"\s", r"\S", ".", "^", "$",
    "[a-c]", "[^a ]", r"[\w-]", "(?:a|b)", "(?:é|ä)", "(?!a)", "(?=b)", "(?<=a)", "(?<!b)",
    "a?", "b*", r"\w+", "(?i:A)", r"\.", "x{1,2}", r"\Z", r"\u00e9", "i", "(?i:i)", "[h-j]",
    "(?i:[h-j])", "a{,2}", "(?P<g>a)", "b{2,6}", "a{3,}", "{x}",
])
_TEXT = st.text(st.sampled_from(list("abcABé_ Éä1٣\u00a0\n.-xiİı\u212a")), max_size=12)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5), _TEXT, st.booleans())
def test_the_prefilter_is_a_superset_of_python_re(pieces, text, ignore_case):
    pattern = "".join(pieces)
    flags = re.IGNORECASE if ignore_case else 0
    try:
        rx = re.compile(pattern, flags)
    except re.error:
        return
    pset = PatternSet([rx])
    if rx.search(text):
        assert pset.candidates(text) == frozenset({0}), (pattern, text, to_re2(pattern, flags))
