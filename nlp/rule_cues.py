"""Cue words read once per article for the visit rule table (round 33, speed): a rule may declare the patterns one
of which must match in a window of its item (:attr:`nlp.visit_rules.Rule.cues`, :attr:`nlp.visit_rules.Rule.window`)
for it to fire at all. :func:`required_words` derives from each pattern's parse tree a set of words one of which every
match holds; :class:`RuleGates` finds all of them in the article in one Aho-Corasick scan (:class:`ArticleCues`),
and the rule loop skips a rule whose window holds none of its words, since its function would return False there.
A rule without cues runs everywhere, as before.

Exact under ``re.IGNORECASE`` as :func:`nlp.textutil.may_contain` is: the words are lower-case ASCII without a space
(the rules read their windows with abbreviations' dots blanked to spaces: a word without a space stands in the
blanked window only where it stands in the text), looked up in the lowered text; a text holding one of
:data:`nlp.textutil.CASE_ODD` runs every rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

import ahocorasick

from nlp.textutil import CASE_ODD, lower_same_length

MIN_WORD = 3  # a shorter word ("ke", "di") stands nearly everywhere: no cue
PIECE = re.compile(r"[!-~]+")  # the runs of printable ASCII without a space in a literal


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` holds (each at least :data:`MIN_WORD` long), or
    None when no such set is found."""
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))


def _sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best required set of one sequence of parse items: a run of literals, or one element's own set."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        candidates.extend(frozenset({p.lower()}) for p in PIECE.findall("".join(run)) if len(p) >= MIN_WORD)
        run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op is sre.IN and (char := _one_char(av)) is not None:
            run.append(char)  # "[Dd]": one letter in either case
            continue
        close()
        found = None
        if op is sre.SUBPATTERN:
            found = _sequence(av[3])
        elif op is sre.ATOMIC_GROUP:
            found = _sequence(av)
        elif op is sre.BRANCH:
            found = _branches(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _sequence(av[2])
        if found is not None:
            candidates.append(found)
    close()
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _branches(branches: list[Any]) -> frozenset[str] | None:
    words: set[str] = set()
    for branch in branches:
        found = _sequence(branch)
        if found is None:
            return None
        words |= found
    return frozenset(words)


def _one_char(items: list[tuple[Any, Any]]) -> str | None:
    """The one lower-case ASCII letter a character class of literals stands for ("[Dd]"), else None."""
    if not items or any(op is not sre.LITERAL for op, _ in items):
        return None
    chars = {chr(c).lower() for _, c in items}
    char = chars.pop()
    return char if not chars and char.isascii() else None


class RuleGates:
    """The cue words of one rule table (``rules``; a cue named by a string is that attribute of ``cues``,
    :class:`nlp.visit_patterns.Cues`): each word with the bit mask of the rules it lets run, and per window kind the
    mask of the rules gated on it."""

    def __init__(self, rules: tuple[Any, ...], cues: Any) -> None:
        self.rules = rules
        self.automaton = ahocorasick.Automaton()
        self.gated: dict[str, int] = {}  # window kind -> mask of the rules gated on it
        masks: dict[str, int] = {}
        for i, rule in enumerate(rules):
            words = rule_words(rule, cues)
            if words is None:
                continue
            self.gated[rule.window] = self.gated.get(rule.window, 0) | 1 << i
            for w in words:
                masks[w] = masks.get(w, 0) | 1 << i
        for w, mask in masks.items():
            self.automaton.add_word(w, mask)
        if masks:
            self.automaton.make_automaton()
        self.active = bool(masks)

    def read(self, text: str) -> ArticleCues | None:
        """Where the cue words stand in ``text``; None when every rule must run (no cue, or a letter lowering
        does not fold)."""
        if not self.active or any(c in text for c in CASE_ODD):
            return None
        return ArticleCues(self, list(self.automaton.iter(lower_same_length(text))))


def rule_words(rule: Any, cues: Any) -> frozenset[str] | None:
    """The words one of which stands in the window of every item ``rule`` fires on; None: it runs on every item."""
    if not rule.cues:
        return None
    words: set[str] = set()
    for cue in rule.cues:
        found = required_words(getattr(cues, cue) if isinstance(cue, str) else cue)
        if found is None:
            return None
        words |= found
    return frozenset(words)


class ArticleCues:
    """The cue words found in one article: their ends (sorted) and masks."""

    def __init__(self, gates: RuleGates, hits: list[tuple[int, int]]) -> None:
        self.gated = gates.gated
        self.ends = [end for end, _ in hits]
        self.masks = [mask for _, mask in hits]

    def silent(self, item: Any) -> int:
        """The mask of the rules none of whose words stands in their window of ``item`` (``item.window(kind)``)."""
        silent = 0
        for kind, gated in self.gated.items():
            lo, hi = item.window(kind)
            present = 0
            for mask in self.masks[bisect.bisect_left(self.ends, lo):bisect.bisect_left(self.ends, hi)]:
                present |= mask
            silent |= gated & ~present
        return silent
