"""A pattern skipped in a text where a faster cue finds nothing (nlp/dates.py, nlp/leaders.py) holds that cue at
its top level: built from the one constant, the pattern is ``head + cue + rest`` with no alternative or open
bracket of its own around the cue, so every match of the pattern holds a match of the cue and the skip changes no
result. This fails when the pattern is rewritten so that the cue no longer covers it."""

from __future__ import annotations

import re

import pytest

from nlp import dates, leaders


def _top_level(part: str) -> bool:
    """Whether ``part`` of a pattern opens no bracket it does not close, closes none it did not open, and has no
    ``|`` outside brackets (escapes and character classes skipped)."""
    depth, i = 0, 0
    while i < len(part):
        c = part[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: up to its closing "]" (a "]" first in it is a member)
            i += 2 if part[i + 1:i + 2] == "^" else 1
            while part[i + 1] != "]":
                i += 2 if part[i + 1] == "\\" else 1
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return False
        elif c == "|" and depth == 0:
            return False
        i += 1
    return depth == 0


@pytest.mark.parametrize("pattern, cue", [
    (dates.JOINED_RE, dates.JOINED_CUE),
    (dates.BARE_SLASH_RE, dates.BARE_SLASH_CUE),
    (dates.TYPO_RE, dates.TYPO_CUE),
    (leaders.GROUP_LED_BY, leaders.LED_BY),
    (leaders.NAME_WITH_GROUP, leaders.WITH_GROUP_CUE),
])
def test_cue_is_part_of_its_pattern(pattern: re.Pattern, cue: re.Pattern) -> None:
    head, found, rest = pattern.pattern.partition(cue.pattern)
    assert found, "the pattern no longer holds its cue"
    assert pattern.flags == cue.flags
    assert _top_level(head) and _top_level(rest) and _top_level(cue.pattern)
    assert rest[:1] not in ("*", "+", "?", "{"), "a quantifier after the cue makes part of it optional"


@pytest.mark.parametrize("part, expected", [
    ("ab", True), ("(?:a|b)c", True), ("a|b", False), ("(?:a", False), ("a)", False), (r"[(|]\(", True),
    (r"[]|]x", True), (r"[^]|(]x", True), ("[a]x", True), ("[^a]|b", False), ("[.]|x]", False),
])
def test_top_level_reading(part: str, expected: bool) -> None:
    assert _top_level(part) is expected
