"""Article extraction accuracy on kunker's own fixture pages: crawler.extract (trafilatura with kunker's
title, date and pemda layer; its beautifulsoup4 engine alone) vs trafilatura alone.

Usage: python bench/bench_extract.py
Prints, per extractor: exact body match, paragraph precision/recall, token F1, title and date accuracy.
Trafilatura's own evaluation set: bench/bench_extract_eval.py.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOT = ROOT if (ROOT / "crawler").is_dir() else Path.cwd()
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from sites import newsgen  # noqa: E402
from test_crawl_extract import PAGE  # noqa: E402
from test_crawl_faults import CP1252_PARAS, CP1252_TITLE, broken_html, cp1252_page  # noqa: E402

from crawler.extract import extract_article  # noqa: E402


def fixtures() -> list[dict]:
    pages = []
    site = ROOT / "tests" / "sites" / "pemkab"
    for a in json.loads((site / "expected.json").read_text(encoding="utf-8"))["articles"]:
        name = a["path"].strip("/")
        name = name if name.endswith(".html") else name + ".html"
        pages.append({"name": a["path"], "html": (site / name).read_text(encoding="utf-8"), **a})
    for art in newsgen.make_articles(3, "/read/{n}/{slug}"):
        pages.append({"name": art.path, "html": newsgen.article_html(art), "title": art.title,
                      "published": art.published, "text": art.text})
    broken = newsgen.make_articles(8, "/read/{n}/{slug}")[7]
    pages.append({"name": "broken-html", "html": broken_html(broken), "title": broken.title,
                  "published": broken.published, "text": broken.text})
    pages.append({"name": "cp1252", "html": cp1252_page().decode("cp1252"), "title": CP1252_TITLE,
                  "published": "2024-04-10", "text": "\n\n".join(CP1252_PARAS)})
    pages.append({"name": "br-paragraphs", "html": PAGE, "title": "Pemkot Tetap Siaga Banjir",
                  "published": "2024-02-07", "text": (
                      "Wali kota meminta seluruh camat siaga menghadapi musim hujan yang diperkirakan berlangsung "
                      "hingga Maret.\n\nPetugas kebersihan diminta membersihkan saluran air di titik rawan "
                      "genangan setiap pagi.\n\nWarga dapat melapor melalui layanan pengaduan 112 selama 24 jam.")})
    layouts = ROOT / "tests" / "sites" / "layouts"
    for name, want in json.loads((layouts / "expected.json").read_text(encoding="utf-8")).items():
        pages.append({"name": "/" + name, "html": (layouts / name).read_text(encoding="utf-8"), **want})
    return pages


def kunker(page: dict) -> tuple[str, str | None, str | None]:
    e = extract_article(page["html"], "http://contoh.go.id" + page["name"])
    return e.text, e.title, e.published


def kunker_bs4(page: dict) -> tuple[str, str | None, str | None]:
    e = extract_article(page["html"], "http://contoh.go.id" + page["name"], engine="bs4")
    return e.text, e.title, e.published


def trafilatura_extract(page: dict) -> tuple[str, str | None, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(page["html"], url="http://contoh.go.id/x", with_metadata=True,
                                      include_comments=False, include_tables=False, favor_precision=False)
    if doc is None:
        return "", None, None
    text = (doc.text or "").replace("\n", "\n\n")
    return text, doc.title, doc.date


def norm(par: str) -> str:
    return " ".join(par.split())


def score(extractor, pages: list[dict]) -> dict[str, float]:
    exact = title = date = 0
    tp = fp = fn = 0
    f1s = []
    started = time.perf_counter()
    for page in pages:
        text, got_title, got_date = extractor(page)
        exact += norm(text) == norm(page["text"])
        title += (got_title or "") == page["title"]
        date += got_date == page["published"]
        got = {norm(p) for p in text.split("\n\n") if p.strip()}
        want = {norm(p) for p in page["text"].split("\n\n")}
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        g, w = Counter(text.split()), Counter(page["text"].split())
        common = sum((g & w).values())
        p = common / max(1, sum(g.values()))
        r = common / max(1, sum(w.values()))
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    n = len(pages)
    return {"pages": n, "body_exact": exact / n, "para_precision": tp / max(1, tp + fp),
            "para_recall": tp / max(1, tp + fn), "token_f1": sum(f1s) / n, "title": title / n,
            "date": date / n, "ms_per_page": 1000 * (time.perf_counter() - started) / n}


def main() -> None:
    pages = fixtures()
    for name, extractor in (("kunker", kunker), ("kunker bs4 only", kunker_bs4), ("trafilatura", trafilatura_extract)):
        try:
            for page in pages:  # imports and first-use set-up (stop lists, compiled selectors) are not timed
                extractor(page)
            result = score(extractor, pages)
        except ImportError as exc:
            print(f"{name}: not installed ({exc})")
            continue
        print(f"{name:14s} " + "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                         for k, v in result.items()))


if __name__ == "__main__":
    main()
