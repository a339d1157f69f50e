"""Shared by the publishing tests: a fixture kunker database built from our own articles and a real
``kunker serve`` process on a free port (tests/test_datasette.py, test_datasette_publish.py, test_browser.py).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kunker import aggregates, corrections, views
from kunker import db as store

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 60

ARTICLES = [
    {
        "key": "serang-banyuwangi",
        "url": "https://serangkab.example/berita/studi-banding-banyuwangi",
        "title": "Sekda Serang Pimpin Studi Banding ke Banyuwangi",
        "published": "2024-03-12",
        "text": "Sekretaris Daerah Kabupaten Serang, Banyu Prasojo, memimpin sebelas pejabat dalam studi "
                "banding ke Kabupaten Banyuwangi untuk mempelajari program Smart Dusun. "
                "Rombongan diterima Asisten Pemerintahan Ani Rahayu di ruang rapat kantor bupati.",
    },
    {
        "key": "sleman-kulonprogo",
        "url": "https://slemankab.example/berita/kunker-kulon-progo",
        "title": "DPRD Sleman Kunjungi Kulon Progo Pelajari Pengelolaan Sampah",
        "published": "2023-11-02",
        "text": "Rombongan Komisi C DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kabupaten Kulon Progo "
                "guna mempelajari program Bank Sampah Dusun.",
    },
    {
        "key": "script",
        "url": "https://padang.example/berita/skrip",
        "title": "Catatan Redaksi Tentang Kode",
        "published": "2022-05-20",
        "text": "<script>alert(1)</script> Redaksi Kota Padang menerima kiriman teks berisi kode yang harus "
                "tampil sebagai teks biasa, bukan sebagai perintah peramban.",
    },
    {
        "key": "serang-banyuwangi-2023",
        "url": "https://serangkab.example/berita/studi-tiru-2023",
        "title": "Pemkab Serang Studi Tiru Smart Dusun",
        "published": "2023-06-05",
        "text": "Banyu Prasojo kembali memimpin studi tiru Pemkab Serang ke Kabupaten Banyuwangi "
                "untuk mendalami Smart Dusun.",
    },
    {
        "key": "lumajang-banyuwangi",
        "url": "https://lumajangkab.example/berita/belajar-ke-banyuwangi",
        "title": "Wabup Lumajang Belajar Smart Dusun di Banyuwangi",
        "published": "2024-07-20",
        "text": "Wakil Bupati Lumajang Dewi Lestari bersama delapan kepala dinas melakukan studi banding ke "
                "Kabupaten Banyuwangi tentang Smart Dusun.",
    },
    {
        "key": "banyuwangi-serang",
        "url": "https://banyuwangikab.example/berita/balasan-ke-serang",
        "title": "Banyuwangi Balas Kunjungan ke Serang",
        "published": "2024-09-01",
        "text": "Pemkab Banyuwangi melakukan kunjungan kerja balasan ke Kabupaten Serang "
                "dipimpin Ani Rahayu.",
    },
    {   # a sentence about hospital referrals: the kind of report a tagger may misread as a visit; its URL is
        # hostile (it can arrive through import or ingest) and must never become a link
        "key": "rujukan",
        "url": "javascript:alert(document.domain)//rujukan",
        "title": "Layanan Rujukan RSUD Kota Malang",
        "published": "2024-05-14",
        "text": "Pasien rujukan dari Kabupaten Lumajang kini dapat dilayani RSUD Kota Malang tanpa antre. "
                "Direktur RSUD menyebut layanan ini dibuka setiap hari.",
    },
    {
        "key": "padang-surabaya",
        "url": "https://padang.example/berita/studi-banding-surabaya",
        "title": "Pemkot Padang Studi Banding ke Surabaya",
        "published": "2024-02-01",
        "text": "Pemerintah Kota Padang melakukan studi banding ke Kota Surabaya untuk mempelajari "
                "Layanan Pintar Desa.",
    },
]
BY_KEY = {a["key"]: a for a in ARTICLES}

OFFICIALS = [
    {"id": "off-budi", "name": "Banyu Prasojo", "position": "Sekretaris Daerah", "region_code": "36.04"},
    {"id": "off-ani", "name": "Ani Rahayu", "position": "Asisten Pemerintahan", "region_code": "35.10"},
    {"id": "off-dewi", "name": "Dewi Lestari", "position": "Wakil Bupati", "region_code": "35.08"},
]
PROGRAMS = [
    {"id": "prog-smart", "name": "Smart Dusun", "region_code": "35.10"},
    {"id": "prog-sampah", "name": "Bank Sampah Dusun", "region_code": "34.01"},
    {"id": "prog-lpd", "name": "Layanan Pintar Desa", "region_code": None},
    {"id": "prog kota/desa", "name": "Gerakan Kota/Desa Bersih", "region_code": None},  # id needing encoding
]
# (id, article key, visitor, host, date, kind, leader id, size, programs, (official, role) pairs)
VISITS = [
    ("visit-1", "serang-banyuwangi", "36.04", "35.10", "2024-03-12", "studi banding", "off-budi", 11,
     ["prog-smart"], [("off-budi", "leader"), ("off-ani", "host")]),
    ("visit-2", "sleman-kulonprogo", "34.04", "34.01", "2023-11-02", "kunjungan kerja", None, None,
     ["prog-sampah"], []),
    ("visit-3", "serang-banyuwangi-2023", "36.04", "35.10", "2023-06-05", "studi tiru", "off-budi", None,
     ["prog-smart"], [("off-budi", "leader")]),
    ("visit-4", "lumajang-banyuwangi", "35.08", "35.10", "2024-07-20", "studi banding", "off-dewi", 9,
     ["prog-smart"], [("off-dewi", "leader")]),
    ("visit-5", "banyuwangi-serang", "35.10", "36.04", "2024-09-01", "kunjungan kerja", "off-ani", None,
     [], [("off-ani", "leader")]),
    ("visit-6", "padang-surabaya", "13.71", "35.78", "2024-02-01", "studi banding", None, None,
     ["prog-lpd"], []),
    ("visit-7", "rujukan", "35.08", "35.73", "2024-05-14", None, None, None, [], []),
]
LOW_VISITS = {"visit-7"}  # scored low by kunker/confidence.py: no visit cue in its evidence
SHOWN_VISITS = [v for v in VISITS if v[0] not in LOW_VISITS]  # what the network, map and visit list show


def free_ports(count: int) -> list[int]:
    """``count`` different free localhost ports: all are held open together while they are picked."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def free_port() -> int:
    """A free localhost port for a test server (tests/ops_services.py's services and bench/bench_publish.py too)."""
    return free_ports(1)[0]


def kunker_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kunker.cli", *args]


def sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence of ``text`` containing ``needle``, with its offsets."""
    at = text.index(needle)
    start = text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start, end


def mention(article_id: int, text: str, entity_type: str, entity_id: str, words: str) -> dict:
    _, sentence_start, sentence_end = sentence_of(text, words)
    start = text.index(words)
    return {"id": f"m-{article_id}-{entity_type}-{entity_id}", "article_id": article_id,
            "entity_type": entity_type, "entity_id": entity_id, "start": start, "end": start + len(words),
            "text": words, "sentence_start": sentence_start, "sentence_end": sentence_end}


def build_fixture_db(path: Path) -> dict[str, object]:
    """A small kunker database: our own articles, officials, programs, visits, mentions and crawl runs."""
    db = store.connect(path)
    views.enable_search(db)
    views.create_views(db)
    store.upsert_source(db, "serangkab", "https://serangkab.example/berita", "36.04", "pemkab")
    store.upsert_source(db, "slemankab", "https://slemankab.example/berita", "34.04", "pemkab")
    for article in ARTICLES:
        source = "slemankab" if article["key"] == "sleman-kulonprogo" else "serangkab"
        fields = {k: v for k, v in article.items() if k != "key"}
        assert store.upsert_article(db, {**fields, "source": source}) == "new"
    ids = {row["url"]: row["id"] for row in db.query("SELECT id, url FROM articles")}
    aid = {a["key"]: ids[a["url"]] for a in ARTICLES}
    names = {o["id"]: o["name"] for o in OFFICIALS} | {p["id"]: p["name"] for p in PROGRAMS}
    mentions = []
    with db.conn:
        db["officials"].insert_all(OFFICIALS, pk="id")
        db["programs"].insert_all(PROGRAMS, pk="id")
        for vid, key, visitor, host, date, kind, leader, size, programs, roles in VISITS:
            text = BY_KEY[key]["text"]
            sentence, start, end = sentence_of(text, text.split(" ")[1])
            db["visits"].insert({
                "id": vid, "visitor_code": visitor, "host_code": host, "date": date, "kind": kind,
                "leader_id": leader, "leader": names.get(leader), "delegation_size": size,
                "evidence": sentence, "article_count": 1}, pk="id")
            db["visit_articles"].insert({"visit_id": vid, "article_id": aid[key], "sentence_field": "text",
                                         "start": start, "end": end})
            for program in programs:
                db["visit_programs"].insert({"visit_id": vid, "program_id": program, "article_id": aid[key]})
                db["program_aliases"].upsert({"program_id": program, "alias": names[program], "article_id": aid[key]},
                                             pk=("program_id", "alias", "article_id"))
                mentions.append(mention(aid[key], text, "program", program, names[program]))
            for official, role in roles:
                db["visit_officials"].insert({"visit_id": vid, "official_id": official, "role": role,
                                              "article_id": aid[key]})
                position = next(o["position"] for o in OFFICIALS if o["id"] == official)
                region = next(o["region_code"] for o in OFFICIALS if o["id"] == official)
                db["official_roles"].upsert({"official_id": official, "position": position, "region_code": region,
                                             "article_id": aid[key]}, pk=("official_id", "position", "article_id"))
                mentions.append(mention(aid[key], text, "official", official, names[official]))
        script = BY_KEY["script"]["text"]
        mentions.append(mention(aid["script"], script, "region", "13.71", "Kota Padang"))
        db["mentions"].upsert_all(mentions, pk="id")
        db.conn.execute(
            "UPDATE officials SET "
            "first_seen = (SELECT min(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "  WHERE m.entity_type = 'official' AND m.entity_id = officials.id), "
            "last_seen = (SELECT max(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "  WHERE m.entity_type = 'official' AND m.entity_id = officials.id)")
        db["crawl_runs"].insert_all([
            {"id": "run-1", "source": "serangkab", "started": "2024-10-01T01:00:00+00:00",
             "finished": "2024-10-01T01:05:00+00:00", "status": "ok", "entry_method": "listing",
             "pages": 40, "articles_new": 5, "articles_updated": 0, "errors": 0},
            {"id": "run-2", "source": "serangkab", "started": "2024-10-02T01:00:00+00:00",
             "finished": "2024-10-02T01:04:00+00:00", "status": "partial", "entry_method": "listing",
             "pages": 38, "articles_new": 1, "articles_updated": 1, "errors": 1},
            {"id": "run-3", "source": "slemankab", "started": "2024-10-02T02:00:00+00:00",
             "finished": "2024-10-02T02:00:30+00:00", "status": "failed", "entry_method": "listing",
             "pages": 1, "articles_new": 0, "articles_updated": 0, "errors": 2,
             "alert": "no articles: no listing found on the entry page"},
        ], pk="id")
        db["crawl_errors"].insert_all([
            {"id": "err-1", "run_id": "run-2", "source": "serangkab", "url": "https://serangkab.example/x",
             "reason": "HTTP 404", "at": "2024-10-02T01:02:00+00:00"},
            {"id": "err-2", "run_id": "run-3", "source": "slemankab", "url": "https://slemankab.example/",
             "reason": "HTTP 503", "at": "2024-10-02T02:00:10+00:00"},
            {"id": "err-3", "run_id": "run-3", "source": "slemankab", "url": "https://slemankab.example/a",
             "reason": "timeout", "at": "2024-10-02T02:00:20+00:00"},
        ], pk="id")
    corrections.refresh(db)  # confidence of every visit and the search helpers, as after `kunker tag`
    aggregates.rebuild(db)  # the agg_* tables, as `kunker tag` keeps them
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return {"article_ids": ids, "aid": aid}


class InProcessSite:
    """Datasette in this process with kunker's configuration (``kunker serve``'s metadata, plugins, templates,
    static files and settings), answering through ``datasette.client``: fast page tests without a server."""

    def __init__(self, db_path: Path):
        import asyncio

        from datasette.app import Datasette

        from kunker import serve

        serve.prepare(db_path)
        # the command line reads "off"/"on" as booleans; in process the string "off" would be true
        settings = {k: {"off": False, "on": True}.get(v, v) if isinstance(v, str) else v
                    for k, v in serve.SETTINGS.items()}
        self.loop = asyncio.new_event_loop()
        self.datasette = Datasette(
            [str(db_path)], metadata=serve.load_metadata(),
            plugins_dir=str(serve.PLUGINS_DIR), template_dir=str(serve.TEMPLATES_DIR),
            static_mounts=[("static", str(serve.STATIC_DIR))], settings=settings)
        self.loop.run_until_complete(self.datasette.invoke_startup())

    def request(self, path: str) -> tuple[int, str, dict[str, str]]:
        response = self.loop.run_until_complete(self.datasette.client.get(path))
        return response.status_code, response.text, dict(response.headers)

    def close(self) -> None:
        self.loop.close()

    def __enter__(self) -> InProcessSite:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def get(base: str | InProcessSite, path: str, timeout: float = 10) -> tuple[int, str]:
    """(status, body) of ``path`` from a server's base URL or an in-process site."""
    if isinstance(base, InProcessSite):
        return base.request(path)[:2]
    try:
        with urllib.request.urlopen(base + path, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def get_json(base: str | InProcessSite, path: str) -> object:
    status, body = get(base, path)
    assert status == 200, f"{path}: HTTP {status}: {body[:300]}"
    return json.loads(body)


def wait_until_ready(proc: subprocess.Popen, base: str) -> None:
    """Poll /-/versions.json until the server answers; fail if it exits or takes too long."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"kunker serve exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        try:  # wait for the process to exit, at most a poll interval
            proc.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            pass
    raise AssertionError(f"kunker serve did not answer within {STARTUP_SECONDS} s")


@contextmanager
def running_site(db_path: Path, *serve_args: str) -> Iterator[str]:
    """``kunker serve`` over ``db_path`` on a free port; yields the base URL and stops the server on exit."""
    port = free_port()
    proc = subprocess.Popen(kunker_cmd("serve", "--db", str(db_path), "--port", str(port), *serve_args),
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(proc, base)
        yield base
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Stop a server process: terminate it, and kill it if it has not exited within 20 s."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
