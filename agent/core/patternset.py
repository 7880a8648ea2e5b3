"""Which of many regular expressions can match a text, from one pass over it.

The rule tables are a few hundred Python patterns, and running each of them over every message
was most of the classifier's time. RE2's multi-pattern matcher (google-re2, `re2.Set`) reads a
text once and says which patterns match anywhere in it; only those are then run with Python's
`re`, which still gives every match, span and group exactly as before.

Python's and RE2's syntax differ, so each pattern is rewritten for RE2 into one that matches
*at least* what the original does: `\\b` and lookarounds are dropped, `\\w`, `\\d` and `\\s`
keep their ASCII meaning and take every non-ASCII character, `^`/`$` match at any line's start
or end. A superset can only let through a pattern that then fails in `re`; it never hides one
that would match. A pattern that cannot be rewritten (a back-reference, an atomic group, a
negated shorthand inside a class) is always a candidate, and so is every pattern when
google-re2 is not installed or its automaton gives up on a text (a sentinel that matches every
text is missing from the answer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:  # a C++ extension with wheels for the usual platforms; the classifier works without it
    import re2 as _re2
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    _re2 = None

# Inside ASCII the shorthands are exact; every other character is let through. The Unicode
# classes themselves (\pL) made the automata ten times larger and slower to build.
_NON_ASCII = r"\x{80}-\x{10FFFF}"
_WORD_IN_CLASS = r"0-9A-Za-z_" + _NON_ASCII
_DIGIT_IN_CLASS = r"0-9" + _NON_ASCII
_SPACE_IN_CLASS = r"\t\n\x0b\f\r \x1c-\x1f" + _NON_ASCII  # str.isspace(), widened
_ANY = r"(?s:.)"
_HEX = re.compile(r"[0-9a-fA-F]+")


class _Untranslatable(ValueError):
    """The pattern uses syntax with no RE2 superset here: it stays a candidate for every text."""


def _group_end(pattern: str, start: int) -> int:
    """Index of the ')' that closes the group opened at `start`."""
    depth, i = 0, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise _Untranslatable("unbalanced group")


def _class_end(pattern: str, start: int) -> int:
    """Index just past the ']' that closes the character class opened at `start`."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":  # a leading ']' is a literal
        i += 1
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            raise _Untranslatable("nested '[' in a class")
        if ch == "]":
            return i + 1
        i += 1
    raise _Untranslatable("unterminated class")


def _escape(pattern: str, i: int, in_class: bool) -> tuple[str, int]:
    """The RE2 text for the escape at pattern[i] == '\\' and the index after it."""
    if i + 1 >= len(pattern):
        raise _Untranslatable("trailing backslash")
    ch = pattern[i + 1]
    if ch in "bB":
        if in_class:
            raise _Untranslatable("\\b in a class")
        return "", i + 2  # a boundary assertion only narrows
    if ch == "w":
        return (_WORD_IN_CLASS if in_class else f"[{_WORD_IN_CLASS}]"), i + 2
    if ch == "d":
        return (_DIGIT_IN_CLASS if in_class else f"[{_DIGIT_IN_CLASS}]"), i + 2
    if ch == "s":
        return (_SPACE_IN_CLASS if in_class else f"[{_SPACE_IN_CLASS}]"), i + 2
    if ch in "WDS":
        if in_class:
            raise _Untranslatable(f"\\{ch} in a class")
        return _ANY, i + 2
    if ch == "Z":
        return r"\z", i + 2
    if ch in "uU":
        width = 4 if ch == "u" else 8
        digits = pattern[i + 2:i + 2 + width]
        if len(digits) != width or not _HEX.fullmatch(digits):
            raise _Untranslatable("bad \\u escape")
        return f"\\x{{{digits}}}", i + 2 + width
    if ch.isdigit() or ch == "N":
        raise _Untranslatable("back-reference, octal or named character")
    return pattern[i:i + 2], i + 2


# Python folds "İ" (U+0130) and "ı" (U+0131) to i under IGNORECASE and RE2 does not: both are
# added wherever an i could match (a wider set is always safe).
_TURKISH_I = r"\x{130}\x{131}"
_COUNTED = re.compile(r"\{(?=,?\d)(\d*)(,?)(\d*)\}")
_CASELESS_GROUP = re.compile(r"\(\?[a-zA-Z]*i[a-zA-Z]*(?:-[a-zA-Z]*)?[:)]")


def _translate_class(pattern: str, start: int, fold_i: bool) -> tuple[str, int]:
    end = _class_end(pattern, start)
    negated = pattern.startswith("[^", start)
    out, i = [], start
    while i < end:
        if pattern[i] == "\\":
            if negated and pattern[i + 1:i + 2] in ("w", "d", "s"):
                # widened inside a negation is narrowed: no superset
                raise _Untranslatable("Unicode shorthand in a negated class")
            text, i = _escape(pattern, i, in_class=True)
            out.append(text)
        else:
            out.append(pattern[i])
            i += 1
    if fold_i and not negated:  # last in the class, before a trailing "-" (else a range)
        out.insert(-2 if out[-2] == "-" else -1, _TURKISH_I)
    return "".join(out), end


def to_re2(pattern: str, flags: int = 0) -> str:
    """An RE2 pattern matching at least every text `re.compile(pattern, flags)` matches in.

    Raises _Untranslatable when there is none here."""
    if flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        raise _Untranslatable("verbose, ASCII or locale pattern")
    # only where case is ignored somewhere (the widening makes some automata much larger)
    fold_i = bool(flags & re.IGNORECASE) or bool(_CASELESS_GROUP.search(pattern))
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            text, i = _escape(pattern, i, in_class=False)
            out.append(text)
        elif ch == "[":
            text, i = _translate_class(pattern, i, fold_i)
            out.append(text)
        elif ch == "^":
            out.append("(?m:^)")
            i += 1
        elif ch == "$":
            out.append("(?m:$)")
            i += 1
        elif ch in "iI" and fold_i:
            out.append(f"[iI{_TURKISH_I}]")
            i += 1
        elif ch == "{" and (counted := _COUNTED.match(pattern, i)):
            low, comma, high = counted.groups()
            if comma and not high or int(high or low or 0) > 4:
                # "[^.\n]{2,80}" is 80 copies for RE2 and its automaton outgrew the cache on
                # some texts (18 ms for one); "*" is a superset and one state
                out.append("*")
            else:
                out.append("{" + (low or "0") + comma + high + "}")  # "{,3}": Python's {0,3}
            i = counted.end()
        elif ch == "(" and pattern.startswith("(?", i):
            head = pattern[i + 2:i + 4]
            if head[:1] in "=!" or head in ("<=", "<!"):
                i = _group_end(pattern, i) + 1  # a lookaround only narrows: dropped
                if pattern[i:i + 1] in ("?", "*", "+", "{"):
                    raise _Untranslatable("quantified lookaround")
            elif head[:1] == "#":
                i = pattern.index(")", i) + 1
            elif head[:1] in (">", "(") or head == "P=":
                raise _Untranslatable("atomic group, conditional or back-reference")
            elif head == "P<":
                close = pattern.index(">", i)
                out.append(pattern[i:close + 1])  # the group's name, as it is
                i = close + 1
            elif head[:1] == ":":
                out.append("(?:")
                i += 3
            else:  # inline flags: (?i) (?s) (?m) (?a) ... or scoped (?i:...)
                m = re.match(r"\(\?([aiLmsux]*)(?:-([imsx]*))?([:)])", pattern[i:])
                if not m:
                    raise _Untranslatable("unknown group syntax")
                if "a" in m.group(1) or "L" in m.group(1):
                    # ASCII-only case folding excludes what RE2 folds (the Kelvin sign)
                    raise _Untranslatable("ASCII or locale flag")
                on = m.group(1).replace("u", "")
                if "x" in on or "x" in (m.group(2) or ""):
                    raise _Untranslatable("verbose group")
                off = m.group(2) or ""
                spec = on + (f"-{off}" if off else "")
                out.append(f"(?{spec}{m.group(3)}" if spec else ("(?:" if m.group(3) == ":"
                                                                    else ""))
                i += m.end()
        else:
            out.append(ch)
            i += 1
    text = "".join(out)
    prefix = ("i" if flags & re.IGNORECASE else "") + ("s" if flags & re.DOTALL else "")
    return f"(?{prefix}:{text})" if prefix else text


class PatternSet:
    """Candidates among `patterns` for a text: a superset of those `re.search` finds in it."""

    def __init__(self, patterns: Sequence[str | re.Pattern[str]]) -> None:
        self.size = len(patterns)
        self._all = frozenset(range(self.size))
        self._set = None  # no RE2: every pattern is a candidate for every text
        self._ours: list[int] = []  # RE2's index -> ours
        always: set[int] = set()
        if _re2 is not None:
            options = _re2.Options()
            options.max_mem = 64 << 20  # the automaton's cache: too small, it gives up on a text
            rset = _re2.Set.SearchSet(options)
            for i, pattern in enumerate(patterns):
                source, flags = ((pattern.pattern, pattern.flags)
                                 if isinstance(pattern, re.Pattern) else (pattern, 0))
                try:
                    rset.Add(to_re2(source, flags))
                except (_Untranslatable, _re2.error):
                    always.add(i)
                    continue
                self._ours.append(i)
            self._sentinel = len(self._ours)
            rset.Add("")  # matches every text: its absence means the automaton gave up
            try:
                rset.Compile()
                self._set = rset
            except _re2.error:  # out of memory: every pattern is a candidate (still right)
                self._set = None
        self._always = frozenset(always)

    def candidates(self, text: str) -> frozenset[int]:
        """Indices of the patterns that may match somewhere in `text`."""
        if self._set is None:
            return self._all
        try:
            hits = self._set.Match(text)
        except UnicodeEncodeError:  # a lone surrogate: RE2 reads UTF-8 only
            return self._all
        sentinel = self._sentinel
        if not hits or sentinel not in hits:
            return self._all
        ours = self._ours
        return self._always.union(ours[j] for j in hits if j != sentinel)
