"""Article text extraction on a development set: Zyte's article-extraction-benchmark (181 news and blog pages
with their ground-truth article bodies), scored by word 4-gram overlap.

Usage::

    python bench/bench_extract_dev.py PATH [--limit N] [--only NAME ...]

PATH is the benchmark's repository (github:scrapinghub/article-extraction-benchmark), a checkout or the bare
git directory the ``fetch`` tool brings; ``ground-truth.json`` and ``html/*.html.gz`` are read in place, never
copied. Ideas for the extractor are developed on this set and only then scored once on trafilatura's evaluation
set (``bench_extract_eval.py``, the same extractors), so that nothing is tuned to the set that judges them.

Scoring, the benchmark's published method: each text is cut into ``\\w+`` tokens and overlapping 4-token
shingles; per page, shared shingles are true positives, extra ones false positives, missing ones false
negatives, the three normalised to sum to one (long pages weigh no more than short ones); precision and recall
are the means over pages, F1 their harmonic mean. Printed per extractor: precision, recall, F1, pages whose
extracted text is token for token the ground truth, pages with nothing extracted, milliseconds per page.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract_eval import EXTRACTORS, Corpus, parse_args, score_and_time  # noqa: E402

TOKEN_RE = re.compile(r"\w+")


def shingles(text: str | None, n: int = 4) -> Counter:
    tokens = TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(truth: str, got: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page over 4-token shingles, normalised to sum to one."""
    want, have = shingles(truth), shingles(got)
    tp = sum((want & have).values())
    fp, fn = sum((have - want).values()), sum((want - have).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def summary(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean per-page precision and recall (a page with neither extra nor missing text scores 1), and F1."""
    def ratio(tp: float, other: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else tp / (tp + other) if tp + other else 0.0

    precisions = [ratio(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [ratio(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / max(1, len(precisions))
    recall = sum(recalls) / max(1, len(recalls))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def pages(path: Path) -> list[tuple[str, str, bytes]]:
    """(url, ground-truth body, page bytes) of every page, read in place."""
    corpus = Corpus(path, probe="ground-truth.json")
    raw = corpus.read("ground-truth.json")
    if raw is None:
        raise SystemExit(f"bench_extract_dev: {path}: no ground-truth.json (give the benchmark's repository)")
    out = []
    for key, item in sorted(json.loads(raw).items()):
        data = corpus.read(f"html/{key}.html.gz")
        if data is None:
            raise SystemExit(f"bench_extract_dev: {path}: page {key} not found in html/")
        out.append((item.get("url") or "", item.get("articleBody") or "", gzip.decompress(data)))
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "bench_extract_dev", __doc__, "the benchmark's repository (checkout or bare git directory)")
    corpus = pages(args.path)[: args.limit]
    print(f"{len(corpus)} pages")
    print(f"{'extractor':34s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'exact':>6s} {'empty':>6s} {'ms/page':>8s}")
    names = args.only or list(EXTRACTORS)
    counts: dict[str, list] = {n: [] for n in names}
    exact = dict.fromkeys(names, 0)

    def score(name: str, url: str, truth: str, text: str | None) -> None:
        exact[name] += TOKEN_RE.findall(text or "") == TOKEN_RE.findall(truth)
        counts[name].append(page_counts(truth, text))

    def row(name: str, empty: int, ms: float) -> str:
        precision, recall, f1 = summary(counts[name])
        return f"{name:34s} {precision:9.3f} {recall:7.3f} {f1:6.3f} {exact[name]:6d} {empty:6d} {ms:8.1f}"

    score_and_time(corpus, names, args.rounds, score, row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
