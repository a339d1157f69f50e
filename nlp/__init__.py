"""kunker's extraction library: regions, officials, programs and learning visits from Indonesian news."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["Tagger", "__version__"]


def __getattr__(name: str) -> Any:
    """``nlp.Tagger`` is imported on first use: reading JSONL (``nlp.jsonl``) or checking inputs (``nlp.robust``)
    does not load stanza and torch (two seconds at every command's start)."""
    if name == "Tagger":
        from nlp.tagger import Tagger

        return Tagger
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
