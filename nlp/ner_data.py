"""Gold articles -> token-level BIOES data for stanza's NER trainer.

Tokens and sentences come from kunker's own tokenizer (:mod:`nlp.tokenizer`) over ``title + "\\n\\n" + text``,
the same document the tagger reads. Labels come only from an article's gold:

- ``PERSON``: every occurrence of a gold official's name, and every maximal run of its words that is a
  contiguous part of it ("Wiradarma Sulistyo Kartapradja" also labels a later "Kartapradja"); case-sensitive,
  since names are capitalised.
- ``POSITION``: every occurrence of a gold official's position as written in the gold (case-insensitive;
  "Ketua DPRD" in "ketua DPRD Kabupaten X"); an occurrence right after "Wakil" is skipped unless the gold
  position is itself a "Wakil ..." one, so that "Wakil Bupati" is never half-labelled as "Bupati".
- ``PROGRAM``: every occurrence of a gold program name (case-insensitive), also without a leading
  "program"/"inovasi"; a name given with its acronym ("Kota Bersih Lestari (KOBRA)") also where the name or the
  acronym is written alone.

No ``ORG`` label: the gold names no organisations, and labelling them with kunker's own unit lexicon would
only teach the model the rules it is meant to check. Longer spans win; spans never overlap.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nlp.tokenizer import Tok, tokenize

LABELS = ("PERSON", "POSITION", "PROGRAM")
PROGRAM_LEAD = re.compile(r"^(?:program|inovasi)\s+", re.IGNORECASE)
SPELT_OUT = re.compile(r"^(.+?)\s*\(([^()]+)\)$")  # "Kota Bersih Lestari (KOBRA)"


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens ``first``..``last`` (inclusive, document-wide indices) carry ``label``."""

    first: int
    last: int
    label: str


def article_text(article: dict) -> str:
    """The document the tagger reads: ``title + "\\n\\n" + text`` (or the text alone)."""
    title = (article.get("title") or "").strip()
    text = article.get("text") or ""
    return f"{article['title']}\n\n{text}" if title else text


def _words(phrase: str) -> list[str]:
    return [t.text for sent in tokenize(phrase) for t in sent]


def _occurrences(forms: list[str], pattern: list[str]) -> Iterator[int]:
    n = len(pattern)
    for i in range(len(forms) - n + 1):
        if forms[i:i + n] == pattern:
            yield i


def _is_part(run: list[str], name: list[str]) -> bool:
    return any(name[i:i + len(run)] == run for i in range(len(name) - len(run) + 1))


def gold_spans(tokens: list[Tok], gold: dict) -> list[Span]:
    """Candidate label spans over ``tokens`` from one article's gold (overlapping; see :func:`choose`)."""
    forms = [t.text for t in tokens]
    lower = [f.lower() for f in forms]
    spans: list[Span] = []
    for official in gold.get("officials") or []:
        name = _words(official.get("name") or "")
        if not name:
            continue
        parts = set(name)
        i = 0
        while i < len(forms):  # maximal runs of the name's words that are a contiguous part of it
            if forms[i] not in parts or not forms[i][:1].isupper():
                i += 1
                continue
            j = i
            while j + 1 < len(forms) and forms[j + 1] in parts:
                j += 1
            if _is_part(forms[i:j + 1], name):
                spans.append(Span(i, j, "PERSON"))
            i = j + 1
        position = _words(official.get("position") or "")
        if position:
            low = [w.lower() for w in position]
            for i in _occurrences(lower, low):
                if i > 0 and lower[i - 1] == "wakil" and low[0] != "wakil":
                    continue
                spans.append(Span(i, i + len(low) - 1, "POSITION"))
    for program in gold.get("programs") or []:
        name = program if isinstance(program, str) else (program or {}).get("name") or ""
        variants = {name, PROGRAM_LEAD.sub("", name)}
        spelt = SPELT_OUT.match(name.strip())
        if spelt:  # the name and its acronym are also written apart
            variants |= {spelt.group(1), PROGRAM_LEAD.sub("", spelt.group(1)), spelt.group(2)}
        for variant in variants:
            low = [w.lower() for w in _words(variant)]
            if low:
                spans += [Span(i, i + len(low) - 1, "PROGRAM") for i in _occurrences(lower, low)]
    return spans


def choose(spans: Iterable[Span]) -> list[Span]:
    """Longest first, then earliest; a span overlapping one already chosen is dropped."""
    taken: set[int] = set()
    chosen = []
    for s in sorted(set(spans), key=lambda s: (-(s.last - s.first), s.first, s.label)):
        cells = set(range(s.first, s.last + 1))
        if cells & taken:
            continue
        taken |= cells
        chosen.append(s)
    return sorted(chosen, key=lambda s: s.first)


def bioes(n: int, spans: list[Span]) -> list[str]:
    """``n`` BIOES tags for non-overlapping ``spans``."""
    tags = ["O"] * n
    for s in spans:
        if s.first == s.last:
            tags[s.first] = f"S-{s.label}"
            continue
        tags[s.first] = f"B-{s.label}"
        for k in range(s.first + 1, s.last):
            tags[k] = f"I-{s.label}"
        tags[s.last] = f"E-{s.label}"
    return tags


def article_sentences(article: dict) -> list[list[dict[str, str]]]:
    """One article as stanza NER data: sentences of ``{"text": token, "ner": BIOES tag}``.

    A span crossing a sentence boundary (the tokenizer split inside a name) is dropped, not cut."""
    sentences = tokenize(article_text(article))
    tokens = [t for s in sentences for t in s]
    spans = choose(gold_spans(tokens, article.get("gold") or {}))
    sentence_of = [k for k, s in enumerate(sentences) for _ in s]
    spans = [s for s in spans if sentence_of[s.first] == sentence_of[s.last]]
    tags = bioes(len(tokens), spans)
    out, i = [], 0
    for s in sentences:
        out.append([{"text": t.text, "ner": tags[i + k]} for k, t in enumerate(s)])
        i += len(s)
    return out


def letter_of(article_id: str) -> str:
    """The shard letter of a corpus id ("l3-0042" -> "l"): the batch of news it was collected in."""
    return article_id.split("-")[0].rstrip("0123456789")


def letter_order(letter: str) -> tuple[int, str]:
    """Shard letters in the order they were written: c, d, ..., z, aa, ab, ..."""
    return len(letter), letter


def split_of(article_id: str, holdout_tenths: int = 2, dev_tenths: int = 1) -> str:
    """``holdout`` (kept for measuring the tagger), ``dev`` (stanza's model selection) or ``train``, fixed
    by a hash of the article id."""
    bucket = int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 10
    if bucket < holdout_tenths:
        return "holdout"
    return "dev" if bucket < holdout_tenths + dev_tenths else "train"


def label_counts(sentences: list[list[dict[str, str]]]) -> dict[str, int]:
    """Entities per label (counted at their B- or S- tag)."""
    counts = dict.fromkeys(LABELS, 0)
    for s in sentences:
        for w in s:
            if w["ner"][:2] in ("B-", "S-"):
                counts[w["ner"][2:]] = counts.get(w["ner"][2:], 0) + 1
    return counts
