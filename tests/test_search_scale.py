"""Search that stays fast for common words (issue 14): pages stop at their size, newest stored first; counts stop
at 1,000 and say so; snippets are made for the rows shown only. On a small real database written through
kunker's own write path (``db.upsert_article``), read through Datasette in this process."""

from __future__ import annotations

import urllib.parse

import pytest
from datasette.tracer import capture_traces
from datasette_helpers import InProcessSite, get, get_json

from kunker import db as store

COMMON, RARE = "musyawarah", "rendang"
ARTICLES = 1_030  # more than the 1,000 a count stops at
RARE_EVERY = 45  # every 45th article also has the rare word: 23 of them, more than one page of 20


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "kunker.db"
    db = store.connect(path)
    with db.conn:
        for i in range(1, ARTICLES + 1):
            extra = f" Warga memasak {RARE} untuk tamu desa nomor {i}." if i % RARE_EVERY == 0 else ""
            text = f"Desa contoh {i} menggelar {COMMON} perencanaan pembangunan.{extra} Acara selesai sore hari."
            assert store.upsert_article(db, {"url": f"https://contoh.example/berita/{i}", "title": f"Berita {i}",
                                             "published": f"2024-01-{1 + i % 28:02d}", "text": text}) == "new"
    db.conn.close()
    inprocess = InProcessSite(path)
    yield inprocess
    inprocess.close()


def rare_ids() -> list[int]:
    return sorted((i for i in range(1, ARTICLES + 1) if i % RARE_EVERY == 0), reverse=True)


def search(site, q: str, page: int = 1) -> dict:
    return get_json(site, "/kunker/-/search.json?" + urllib.parse.urlencode({"q": q, "page": page}))


def test_common_word_count_stops_at_the_cap_and_the_page_says_so(site):
    data = search(site, COMMON)
    assert (data["count"], data["capped"], len(data["articles"]), data["more"]) == (1000, True, 20, True)
    status, page = get(site, "/kunker/-/search?q=" + COMMON)
    assert status == 200 and "Artikel / articles (lebih dari / more than 1,000)" in page


def test_rare_word_count_is_exact(site):
    data = search(site, RARE)
    assert (data["count"], data["capped"]) == (len(rare_ids()), False)
    _, page = get(site, "/kunker/-/search?q=" + RARE)
    assert f"Artikel / articles ({len(rare_ids())})" in page and "more than" not in page


def test_results_are_newest_stored_first_and_pages_follow_on(site):
    first, second = search(site, RARE, 1), search(site, RARE, 2)
    assert [a["id"] for a in first["articles"]] == rare_ids()[:20] and first["more"]
    assert [a["id"] for a in second["articles"]] == rare_ids()[20:] and not second["more"]
    assert [a["id"] for a in search(site, COMMON)["articles"]] == list(range(ARTICLES, ARTICLES - 20, -1))


def test_snippets_are_made_for_the_rows_shown_only(site):
    async def traced(path: str):
        tracer: list[dict] = []
        with capture_traces(tracer):
            response = await site.datasette.client.get(path)
        return response, tracer

    response, tracer = site.loop.run_until_complete(traced("/kunker/-/search.json?q=" + COMMON))
    shown = [a["id"] for a in response.json()["articles"]]
    assert len(shown) == 20 and all("<mark>" in a["marked"] for a in response.json()["articles"])
    with_snippets = [t for t in tracer if t["type"] == "sql" and "snippet(" in t["sql"]]
    assert len(with_snippets) == 1
    params = with_snippets[0]["params"]  # of the 1,030 matches, the snippet query reaches the 20 shown only
    assert (params["lo"], params["hi"]) == (min(shown), max(shown)) and max(shown) - min(shown) == 19


def test_canned_search_articles_pages_newest_first_with_capped_count(site):
    common = get_json(site, f"/kunker/search_articles.json?_shape=array&q={COMMON}")
    assert [r["id"] for r in common] == list(range(ARTICLES, ARTICLES - 20, -1))
    assert {r["matches"] for r in common} == {"more than 1,000"}
    assert all(f"[{COMMON}]" in r["snippet"] for r in common)
    rare = get_json(site, f"/kunker/search_articles.json?_shape=array&q={RARE}&page=2")
    assert [r["id"] for r in rare] == rare_ids()[20:]
    assert {r["matches"] for r in rare} == {len(rare_ids())}
    assert get_json(site, "/kunker/search_articles.json?_shape=array&q=" + urllib.parse.quote('"(odd')) == []


def test_whole_words_first_and_prefixes_only_when_they_fill_no_page(site):
    """A common word matched whole stops at the page (a prefix would merge every longer word's matches first);
    a word cut short still finds its articles through the prefix."""
    whole, cut = search(site, COMMON), search(site, COMMON[:-3])
    assert whole["match"] == f'("{COMMON}")' and (whole["count"], whole["capped"]) == (1000, True)
    assert cut["match"] == f'("{COMMON[:-3]}"*)' and (cut["count"], cut["capped"]) == (1000, True)
    assert [a["id"] for a in cut["articles"]] == [a["id"] for a in whole["articles"]]


def traced_get(site, path: str):
    """(response, SQL traces) of one in-process request."""
    async def run():
        tracer: list[dict] = []
        with capture_traces(tracer):
            response = await site.datasette.client.get(path)
        return response, [t["sql"] for t in tracer if t["type"] == "sql"]

    return site.loop.run_until_complete(run())


def test_plain_table_search_page_redirects_to_the_reading_room_search_keeping_the_query(site):
    q = f'{COMMON} "studi & banding"'
    response, _ = traced_get(site, "/kunker/articles?" + urllib.parse.urlencode({"_search": q}))
    assert response.status_code == 302
    location = response.headers["location"]
    assert location == "/kunker/-/search?" + urllib.parse.urlencode({"q": q})
    status, page = get(site, "/kunker/-/search?q=" + COMMON)
    assert status == 200 and "more than 1,000" in page
    for unchanged in ("/kunker/articles", "/kunker/articles?_search=", "/kunker/regions?_search=" + COMMON):
        assert "location" not in traced_get(site, unchanged)[0].headers, unchanged  # Datasette answers these


def test_table_search_json_is_newest_stored_first_without_count_or_facets(site):
    response, sqls = traced_get(site, f"/kunker/articles.json?_search={COMMON}&_size=50")
    data = response.json()
    assert [r[0] for r in data["rows"]] == list(range(ARTICLES, ARTICLES - 50, -1))
    assert data["filtered_table_rows_count"] is None and data["facet_results"] == {}
    assert not [s for s in sqls if "count(*)" in s], "no query counts the matches"
    following = site.datasette.client  # the next page follows on from the last row shown
    nxt = site.loop.run_until_complete(following.get(data["next_url"].split("localhost", 1)[-1])).json()
    assert [r[0] for r in nxt["rows"]] == list(range(ARTICLES - 50, ARTICLES - 100, -1))
    rare = get_json(site, f"/kunker/articles.json?_search={RARE}&_shape=objects")
    assert [r["id"] for r in rare["rows"]] == rare_ids()


def test_table_search_keeps_an_asked_sort_facet_and_filter(site):
    data = get_json(site, f"/kunker/articles.json?_search={RARE}&_sort=published&_facet=published")
    published = [r[7] for r in data["rows"]]
    assert published == sorted(published) and len(published) == len(rare_ids())
    assert sum(r["count"] for r in data["facet_results"]["published"]["results"]) == len(rare_ids())
    status, page = get(site, f"/kunker/articles?_search={RARE}&id__gt=900")
    assert status == 200 and f"Berita {rare_ids()[0]}" in page and f"Berita {RARE_EVERY}<" not in page


def test_table_search_page_says_its_matches_are_not_counted(site):
    status, page = get(site, f"/kunker/articles?_search={RARE}&_sort_desc=published")
    assert status == 200 and "matches are not counted" in page
    assert f'href="/kunker/-/search?q={RARE}"' in page
    _, plain_table = get(site, "/kunker/articles")
    assert "not counted" not in plain_table
