"""Article text extraction on trafilatura's own evaluation set, scored by its snippet method.

Usage::

    python bench/bench_extract_eval.py PATH [--limit N] [--only NAME ...]

PATH is trafilatura's repository: a checkout, or the bare git directory the ``fetch`` tool brings
(``/work/.mirror/adbar+trafilatura/repo``); ``tests/evaldata.json`` and the pages in ``tests/eval`` and
``tests/cache`` are read in place (``git cat-file`` for a bare directory), never copied.

Every extractor is given the page's bytes as stored (and decodes them itself). Each page has "with" snippets
that must be in the extracted text and "without" snippets that must not:
a "with" found is a true positive, missed a false negative; a "without" found is a false positive. Printed per
extractor: precision, recall, F1 over all pages and over the news pages (URL path holding a date such as
``/2019/05/``, or a host naming a news outlet), pages with nothing extracted, and milliseconds per page.
Ideas are developed on another set first (``bench_extract_dev.py``, which runs the same :data:`EXTRACTORS`).
``--rounds N`` then times the extractors N more rounds and prints the medians, wall and CPU (:func:`timing_rounds`).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NEWS_HOST_RE = re.compile(r"news|nachrichten|zeitung|presse|spiegel|zeit\.de|faz\.net|welt\.de|taz\.de|"
                          r"sueddeutsche|tagesschau|heise|golem|derstandard|nzz|bbc|cnn|guardian|nytimes|reuters|"
                          r"lemonde|elpais|repubblica|focus\.de|stern\.de|bild\.de|handelsblatt|n-tv|t-online|"
                          r"merkur|abendblatt|tagesspiegel|derwesten|orf\.at|srf\.ch", re.IGNORECASE)
DATE_PATH_RE = re.compile(r"/(19|20)\d\d[/-]\d\d?([/-]|$)|/(19|20)\d{6}")


class Corpus:
    """A benchmark's files, read in place from a checkout or a bare git directory (``probe``: a file that only a
    checkout has in its work tree)."""

    def __init__(self, path: Path, probe: str = "tests/evaldata.json") -> None:
        self.path = path
        self.bare = not (path / probe).is_file()
        if self.bare:
            self.batch = subprocess.Popen(["git", f"--git-dir={path}", "cat-file", "--batch"], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE)

    def read(self, name: str) -> bytes | None:
        if not self.bare:
            file = self.path / name
            return file.read_bytes() if file.is_file() else None
        assert self.batch.stdin and self.batch.stdout
        self.batch.stdin.write(f"HEAD:{name}\n".encode())
        self.batch.stdin.flush()
        header = self.batch.stdout.readline().split()
        if len(header) < 3 or header[1] != b"blob":
            return None
        data = self.batch.stdout.read(int(header[2]))
        self.batch.stdout.read(1)
        return data

    def pages(self) -> list[tuple[str, dict, bytes]]:
        raw = self.read("tests/evaldata.json")
        if raw is None:
            raise SystemExit(f"{self.path}: no tests/evaldata.json (give trafilatura's repository)")
        out = []
        for url, item in sorted(json.loads(raw).items()):
            data = self.read(f"tests/cache/{item['file']}") or self.read(f"tests/eval/{item['file']}")
            if data is None:
                raise SystemExit(f"{self.path}: page of {url} not found: {item['file']}")
            out.append((url, item, data))
        return out


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def count(item: dict, text: str | None) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page, by whitespace-normalised substring."""
    found = norm(text) if isinstance(text, str) else ""
    tp = sum(1 for w in item["with"] if text and norm(w) in found)
    fp = sum(1 for w in item["without"] if text and norm(w) in found)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def scores(counts: list[tuple[int, int, int, int]]) -> tuple[float, float, float]:
    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def is_news(url: str) -> bool:
    parts = urlsplit(url)
    return bool(DATE_PATH_RE.search(parts.path) or NEWS_HOST_RE.search(parts.netloc))


def run_kunker(data: bytes, url: str) -> str:
    from crawler.extract import extract_article

    return extract_article(data, url).text


def run_kunker_bs4(data: bytes, url: str) -> str:
    from crawler.extract import extract_article

    return extract_article(data, url, engine="bs4").text


def run_trafilatura(data: bytes, url: str) -> str | None:
    import trafilatura

    return trafilatura.extract(data, url=url, include_comments=False, include_tables=True, include_formatting=False)


EXTRACTORS: dict[str, Callable[[bytes, str], str | None]] = {
    "kunker extract_article": run_kunker,
    "kunker, bs4 engine only": run_kunker_bs4,
    "trafilatura default": run_trafilatura,
}


def run_extractors(pages: Sequence[tuple[str, Any, bytes]], names: list[str],
                   score: Callable[[str, str, Any, str | None], None]) -> tuple[dict[str, int], dict[str, float]]:
    """Run the extractors ``names`` on every page (url, truth, bytes) and give each result to ``score(name, url,
    truth, text)`` (text None: the extractor crashed, a miss); returns per extractor the pages with nothing
    extracted and the seconds spent. Progress every 50 pages on stderr."""
    empty, elapsed = dict.fromkeys(names, 0), dict.fromkeys(names, 0.0)
    for number, (url, truth, data) in enumerate(pages):
        # extractors interleaved page by page, a busy machine slowing all alike; who goes first rotates, so that
        # none gains from the page's bytes being warm in the caches
        for name in names[number % len(names):] + names[:number % len(names)]:
            started = time.perf_counter()
            try:
                text = EXTRACTORS[name](data, url)
            except Exception as exc:  # noqa: BLE001 - a crash is a miss, as in trafilatura's own scorer
                print(f"{name}: {url}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
                text = None
            elapsed[name] += time.perf_counter() - started
            empty[name] += not text
            score(name, url, truth, text)
        if (number + 1) % 50 == 0:
            print(f"  {number + 1}/{len(pages)} pages", file=sys.stderr, flush=True)
    return empty, elapsed


def timing_rounds(pages: Sequence[tuple[str, Any, bytes]], names: list[str], rounds: int) -> None:
    """Time the extractors ``names`` over every page ``rounds`` more times, interleaved page by page as in
    :func:`run_extractors` (nothing scored), and print per extractor the median over the rounds of the wall and
    the CPU (process) milliseconds per page, and their ratio to trafilatura's default run. CPU time is the
    figure to compare on a loaded machine: wall time there counts the waits for a core."""
    wall: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    for number in range(rounds):
        spent = {n: [0.0, 0.0] for n in names}
        for index, (url, _, data) in enumerate(pages):
            for name in names[index % len(names):] + names[:index % len(names)]:
                started, started_cpu = time.perf_counter(), time.process_time()
                try:
                    EXTRACTORS[name](data, url)
                except Exception:  # noqa: BLE001, S110 - reported by the scoring run
                    pass
                spent[name][0] += time.perf_counter() - started
                spent[name][1] += time.process_time() - started_cpu
        for name in names:
            wall[name].append(1000 * spent[name][0] / len(pages))
            cpu[name].append(1000 * spent[name][1] / len(pages))
        print(f"  timing round {number + 1}/{rounds}: " + ", ".join(
            f"{n} {wall[n][-1]:.1f} / {cpu[n][-1]:.1f} ms" for n in names), file=sys.stderr, flush=True)
    base = "trafilatura default"
    print(f"median of {rounds} timing rounds (ms per page, wall / CPU; ratio to {base}):")
    for name in names:
        line = f"{name:26s} {statistics.median(wall[name]):7.1f} / {statistics.median(cpu[name]):6.1f}"
        if base in wall and name != base:
            line += (f"   {statistics.median(wall[name]) / statistics.median(wall[base]):.3f}x wall, "
                     f"{statistics.median(cpu[name]) / statistics.median(cpu[base]):.3f}x CPU")
        print(line, flush=True)


def score_and_time(pages: Sequence[tuple[str, Any, bytes]], names: list[str], rounds: int,
                   score: Callable[[str, str, Any, str | None], None], row: Callable[[str, int, float], str]) -> None:
    """Both extraction benchmarks' run: :func:`run_extractors` with ``score``, then per extractor the line
    ``row(name, pages with nothing extracted, milliseconds per page)``, then ``rounds`` :func:`timing_rounds`."""
    empty, elapsed = run_extractors(pages, names, score)
    for name in names:
        print(row(name, empty[name], 1000 * elapsed[name] / len(pages)), flush=True)
    if rounds > 0:
        timing_rounds(pages, names, rounds)


def parse_args(argv: list[str] | None, name: str, doc: str, path_help: str) -> argparse.Namespace:
    """The options of both extraction benchmarks (this one and ``bench_extract_dev.py``). A PATH that does not exist
    is a usage error: one line on stderr, exit 2 (as argparse exits for the others)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("path", type=Path, help=path_help)
    parser.add_argument("--limit", type=int, default=None, help="score the first N pages only")
    parser.add_argument("--only", action="append", choices=sorted(EXTRACTORS), help="run only these extractors")
    parser.add_argument("--rounds", type=int, default=0, help="then time N more rounds (median wall / CPU)")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"{name}: {args.path}: no such directory", file=sys.stderr)
        raise SystemExit(2)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, "bench_extract_eval", __doc__, "trafilatura's repository (checkout or bare git directory)")
    pages = Corpus(args.path).pages()[: args.limit]
    news = sum(is_news(url) for url, _, _ in pages)
    print(f"{len(pages)} pages, {news} news pages")
    print(f"{'extractor':26s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'F1 news':>8s} {'empty':>6s} "
          f"{'ms/page':>8s}")
    names = args.only or list(EXTRACTORS)
    counts: dict[str, list] = {n: [] for n in names}
    news_counts: dict[str, list] = {n: [] for n in names}

    def score(name: str, url: str, item: dict, text: str | None) -> None:
        counts[name].append(count(item, text))
        if is_news(url):
            news_counts[name].append(counts[name][-1])

    def row(name: str, empty: int, ms: float) -> str:
        precision, recall, f1 = scores(counts[name])
        return (f"{name:26s} {precision:9.3f} {recall:7.3f} {f1:6.3f} {scores(news_counts[name])[2]:8.3f} "
                f"{empty:6d} {ms:8.1f}")

    score_and_time(pages, names, args.rounds, score, row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
