"""Helpers shared by the tagger's test modules."""

from __future__ import annotations

from nlp import Tagger

VISIT_FIELDS = ("visitor", "host", "date", "leader", "delegation_size", "kind")


def visits(tagger: Tagger, text: str, published: str | None = "2023-03-10", title: str | None = None,
           fields: tuple[str, ...] = VISIT_FIELDS) -> list[tuple]:
    """The visits the tagger finds in one article, as sorted tuples of ``fields``."""
    result = tagger.extract({"id": "v", "url": None, "title": title, "published": published, "text": text})
    return sorted(tuple(v[f] for f in fields) for v in result["visits"])
