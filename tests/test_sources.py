"""Sources files: every bad input stops `kunker crawl` with exit 2 and one line naming the file, the entry
and the problem, before anything is fetched (the test server sees no request) and before the database
is created."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sites.server import SiteServer

from crawler.sources import Source, SourcesError, load_sources, source_from_json, source_to_json

ROOT = Path(__file__).resolve().parent.parent
GOOD = '- name: "Pemkab Contoh"\n  url: "{url}"\n  region: "Kabupaten Banyuwangi"\n'

BAD_CASES = {
    "invalid_yaml": (GOOD + '- name: "Pemkab Lain"\n  url: "{url}lain"\n region: "35.10"\n',
                     "sources.yml: invalid YAML at line 6, column 2 (entry 2): expected <block end>"),
    "unclosed_quote": (GOOD + '- name: "Pemkab Lain\n  url: {url}\n',
                       "sources.yml: invalid YAML at line 6, column 1 (entry 2): found unexpected end"),
    "not_a_list": ('name: "Pemkab Contoh"\nurl: "{url}"\n',
                   "sources.yml: expected a list of sources ({name, url, region?}), found a dict"),
    "empty_file": ("", "sources.yml: empty file, expected a list of sources ({name, url, region?})"),
    "missing_url": (GOOD + '- name: "Pemkab Tanpa Alamat"\n  region: "35.10"\n',
                    'sources.yml: entry 2 ("Pemkab Tanpa Alamat"): missing url'),
    "missing_name": (GOOD + '- url: "{url}berita"\n', "sources.yml: entry 2: missing name"),
    "unknown_region": (GOOD + '- name: "Pemkab Foo"\n  url: "{url}foo"\n  region: "Kabupaten Atlantis"\n',
                       'sources.yml: entry 2 ("Pemkab Foo"): unknown region "Kabupaten Atlantis" (use a '
                       'Kemendagri code like "35.10" or a canonical name like "Kabupaten Banyuwangi")'),
    "unknown_code": (GOOD + '- name: "Pemkab Kode"\n  url: "{url}kode"\n  region: "99.99"\n',
                     'sources.yml: entry 2 ("Pemkab Kode"): unknown region "99.99"'),
    "duplicate_name": (GOOD + GOOD, 'sources.yml: entry 2 ("Pemkab Contoh"): duplicate name, '
                                    "already used by entry 1"),
    "malformed_url": (GOOD + '- name: "Pemkab Typo"\n  url: "htp//pemkab-typo.go.id"\n',
                      'sources.yml: entry 2 ("Pemkab Typo"): malformed url "htp//pemkab-typo.go.id" '
                      "(expected http:// or https:// with a host)"),
    "entry_not_mapping": (GOOD + '- "https://contoh.go.id"\n',
                          'sources.yml: entry 2: expected a mapping with name and url, '
                          'found the text "https://contoh.go.id"'),
    "unknown_key": (GOOD + '- name: "Pemkab Salah Ketik"\n  url: "{url}x"\n  regoin: "35.10"\n',
                    'sources.yml: entry 2 ("Pemkab Salah Ketik"): unknown key "regoin"'),
    "bad_pattern": (GOOD + '- name: "Pemkab Pola"\n  url: "{url}p"\n  follow: ["/berita/(("]\n',
                    'sources.yml: entry 2 ("Pemkab Pola"): follow pattern "/berita/((" is not a valid'),
    "example_as_date_format": (GOOD + '- name: "Pemkab Tanggal"\n  url: "{url}t"\n  date_format: Selasa (6/2)\n',
                               'sources.yml: entry 2 ("Pemkab Tanggal"): date_format "Selasa (6/2)" needs a day '
                               "(%d), a month (%m, %B or %b) and a year (%Y or %y) or weekday (%A or %a)"),
    "bad_directive": (GOOD + '- name: "Pemkab Arah"\n  url: "{url}a"\n  date_format: "%d/%m/%Y %Q"\n',
                      'sources.yml: entry 2 ("Pemkab Arah"): date_format "%d/%m/%Y %Q": unknown directive "%Q"'),
}


@pytest.fixture(scope="module")
def site():
    with SiteServer("pemkab") as server:
        yield server


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_sources_file_stops_before_fetching(case, site, tmp_path, monkeypatch):
    text, message = BAD_CASES[case]
    monkeypatch.chdir(tmp_path)
    Path("sources.yml").write_text(text.replace("{url}", site.url("/")), encoding="utf-8")
    before = len(site.paths())
    result = subprocess.run(
        [sys.executable, "-m", "kunker.cli", "crawl", "--sources", "sources.yml", "--db", "out/kunker.db"],
        capture_output=True, text=True, timeout=60, env=_env(),
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"kunker: {message}"), lines[0]
    assert result.stdout == ""
    assert len(site.paths()) == before  # nothing fetched
    assert not Path("out").exists()  # nothing written


def test_missing_file(tmp_path):
    with pytest.raises(SourcesError, match=r"nope\.yml: no such file$"):
        load_sources(tmp_path / "nope.yml")


def test_regions_by_code_or_name_and_overrides(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text(
        '- name: "Pemkab Banyuwangi"\n  url: "https://banyuwangikab.go.id/"\n  region: "35.10"\n'
        '- name: "Pemkot Surabaya"\n  url: "https://surabaya.go.id"\n  region: "kota surabaya"\n'
        '  entry_url: "https://surabaya.go.id/id/berita"\n  selectors: {body: ".isi"}\n'
        '  follow: ["/id/berita/\\\\d+"]\n  frequency: daily\n  kind: government\n'
        '- name: "Portal Berita Jatim"\n  url: "https://berita.example.id/"\n  kind: portal\n',
        encoding="utf-8")
    banyuwangi, surabaya, portal = load_sources(path)
    assert banyuwangi == Source(name="Pemkab Banyuwangi", url="https://banyuwangikab.go.id/",
                                region_code="35.10", region_name="Kabupaten Banyuwangi")
    assert (surabaya.region_code, surabaya.region_name) == ("35.78", "Kota Surabaya")
    assert surabaya.start_url == "https://surabaya.go.id/id/berita"
    assert surabaya.selectors == {"body": ".isi"} and surabaya.follow == ("/id/berita/\\d+",)
    assert (portal.region_code, portal.kind) == (None, "portal")


def test_date_format_and_example(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text('- name: "Pemkab Contoh"\n  url: "https://contoh.go.id/"\n  date_format: "%A, %d %B %Y"\n'
                    '  date_example: "Selasa, 26 Maret 2024"\n', encoding="utf-8")
    (source,) = load_sources(path)
    assert source.date_format == "%A, %d %B %Y"


def test_source_json_round_trip_and_validation():
    path = ROOT / "crawler" / "sources.yml"
    for source in load_sources(path):
        again = source_from_json(source_to_json(source))
        assert again == source and again.selectors == source.selectors
    full = Source(name="Pemkot Surabaya", url="https://surabaya.go.id", region_code="35.78",
                  region_name="Kota Surabaya", kind="government", entry_url="https://surabaya.go.id/id/berita",
                  selectors={"body": ".isi"}, date_format="%d-%m-%Y %H:%M WIB", follow=("/id/berita/\\d+",),
                  skip=("/galeri",), frequency="hourly")
    again = source_from_json(source_to_json(full))
    assert again == full and again.selectors == {"body": ".isi"}
    assert source_from_json('{"name": "A", "url": "https://a.go.id/", "region_code": "35.10"}').region_name \
        == "Kabupaten Banyuwangi"
    for text, problem in [("{nope", "source_json: invalid JSON"),
                          ('{"name": "A"}', 'source_json: entry 1 ("A"): missing url'),
                          ('{"name": "A", "url": "https://a.go.id", "region": "99.99"}', 'unknown region "99.99"'),
                          ('{"name": "A", "url": "https://a.go.id", "date_format": "%d"}', "needs a day"),
                          ('["A"]', "expected a mapping with name and url")]:
        with pytest.raises(SourcesError, match=re.escape(problem)) as info:
            source_from_json(text)
        assert "\n" not in str(info.value)


def test_the_registry_of_real_sources_is_valid():
    sources = load_sources(ROOT / "crawler" / "sources.yml")
    assert len(sources) >= 40
    government = [s for s in sources if s.kind == "government"]
    assert len(government) >= 35 and all(s.region_code for s in government)
    assert all(s.url.startswith("https://") for s in sources)
    assert len({s.url for s in sources}) == len(sources)


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env
