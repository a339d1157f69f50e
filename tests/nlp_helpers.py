"""Helpers shared by the tagger's test modules."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from functools import cache, partial
from pathlib import Path

import pytest

from nlp import Tagger
from nlp.lexicon import Lexicon, load
from nlp.official_merge import longest_names, merge_officials
from nlp.pipeline import components
from nlp.regions import RegionMatcher, resolve

BENCH = Path(__file__).resolve().parent.parent / "bench"


def load_bench_script(name: str):
    """Import ``bench/<name>.py`` (a measurement script, no package module) once, registered in ``sys.modules`` so
    that its dataclasses and the scripts importing it find it there."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


@cache
def _region_matcher() -> tuple[Lexicon, RegionMatcher]:
    lexicon = load()
    return lexicon, RegionMatcher(lexicon)


def region_names(text: str, body_start: int = 0) -> list[str]:
    """The regions ``text`` names, each once and sorted, resolved with the text as their context (a headline
    ending at ``body_start``)."""
    lexicon, matcher = _region_matcher()
    mentions = matcher.find(text, body_start)
    resolve(mentions, lexicon.regions, text)
    return sorted({lexicon.regions[m.code].name for m in mentions})


VISIT_FIELDS = ("visitor", "host", "date", "leader", "delegation_size", "kind")


def _models() -> Path | None:
    env = os.environ.get("KUNKER_MODELS")
    path = Path(env) if env else Path(__file__).resolve().parent.parent.parent / "shared" / "models" / "stanza-id"
    return path if (path / "depparse.pt").exists() else None


MODELS = _models()  # the test-grade stanza models of the full profile, or None
needs_models = pytest.mark.skipif(MODELS is None, reason="stanza test-grade models not found (set KUNKER_MODELS "
                                                         "or provide ../shared/models/stanza-id)")


def visits(tagger: Tagger, text: str, published: str | None = "2023-03-10", title: str | None = None,
           fields: tuple[str, ...] = VISIT_FIELDS) -> list[tuple]:
    """The visits the tagger finds in one article, as sorted tuples of ``fields``."""
    result = tagger.extract({"id": "v", "url": None, "title": title, "published": published, "text": text})
    return sorted(tuple(v[f] for f in fields) for v in result["visits"])


# the visits as (visitor, host) pairs, and as facts: (visitor, host, date, leader, delegation_size), the kind left out
pairs = partial(visits, fields=VISIT_FIELDS[:2])
facts = partial(visits, fields=VISIT_FIELDS[:-1])

KEBUMEN = "Kabupaten Kebumen"  # the region of many invented sentences about officials

# an invented trip that tests of head counts and of heads of delegations open with
TRIP = "Pemkab Bantaeng belajar pengelolaan sampah ke Kota Salatiga, Kamis (9/5). "


def fired_for(tagger: Tagger, text: str, title: str | None = None) -> set[tuple[str, str]]:
    """(rule, region name) of every visit rule that fired with weight in one article."""
    tagger.extract({"id": "r", "url": None, "title": title, "published": "2024-03-08", "text": text})
    regions = tagger.parts.lexicon.regions
    return {(f.rule, regions[f.code].name) for f in tagger.last_trace.firings if f.weight > 0}


def officials(text: str, body_start: int = 0) -> list[tuple[str, str, str | None]]:
    """The officials the rules find in ``text`` (names as written, merged per person), as (name, position,
    region name) in order of first mention; ``body_start`` is where the body starts after a headline."""
    parts = components()
    mentions = resolve(parts.regions.find(text), parts.lexicon.regions, text)
    found = merge_officials(parts.officials.find(text, mentions, body_start))
    longest_names(text, found, parts.officials, body_start)
    return [(o.name, o.position, parts.lexicon.regions[o.region].name if o.region else None) for o in found]


def programs(tagger: Tagger, text: str, title: str | None = None) -> list[str]:
    """The names of the programs the tagger finds in one article, sorted."""
    result = tagger.extract({"id": "p", "url": None, "title": title, "published": None, "text": text})
    return sorted(p["name"] for p in result["programs"])


def write_pair_gold(path: Path, articles: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    """A gold file of (id, text, [(visitor, host), ...]) articles with only their visit pairs, for the visit
    measurement scripts of ``bench/``."""
    with path.open("w", encoding="utf-8") as f:
        for aid, text, pairs in articles:
            gold = {"regions": [], "officials": [], "programs": [],
                    "visits": [{"visitor": v, "host": h, "date": None, "leader": None, "delegation_size": None}
                               for v, h in pairs]}
            f.write(json.dumps({"id": aid, "url": "", "title": "", "published": "2025-02-07", "text": text,
                                "gold": gold}) + "\n")
