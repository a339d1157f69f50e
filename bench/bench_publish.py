"""Benchmark publishing: a synthetic kunker database of 100,000 articles served by the real ``kunker serve``.

Builds the database through kunker's own write path: article texts generated from templates and the region
gazetteer stored with ``db.upsert_article`` (syndicated copies included), sources and crawl runs through
``kunker/db.py``, then ``kunker tag --jobs 2`` extracts officials, programs, visits and mentions (``--fast``
bulk-inserts generated rows instead, for quick runs). Reports the write and tag rates, the tag processes' peak
memory, the build time and file size; then serves it read-only (``kunker serve --immutable``, which runs
``datasette inspect`` first) and measures p50/p95 latency over HTTP of full-text searches, every canned query,
the entity pages, the network view and the reading room. Target: p95 < 100 ms at 100,000
articles, < 200 ms at 1,000,000.

    .venv/bin/python bench/bench_publish.py                      # 100,000 articles, 20 requests per URL
    .venv/bin/python bench/bench_publish.py --articles 20000 --requests 10 --keep --out /tmp/kb
    .venv/bin/python bench/bench_publish.py --articles 20000 --fast --requests 5     # quick: bulk inserts

Everything runs on this machine: the server listens on 127.0.0.1 on a free port and is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from datasette_helpers import free_port, stop  # noqa: E402
from sqlite_utils.db import quote_identifier  # noqa: E402

from kunker import aggregates, corrections, serve  # noqa: E402
from kunker import db as store  # noqa: E402

TARGET_P95_MS = {100_000: 100, 1_000_000: 200}  # issue 14: p95 under 100 ms at 100,000 articles, 200 at a million


def target_ms(articles: int) -> int:
    """The p95 target for a database of ``articles``: the one of the smallest size that covers it."""
    return next((ms for size, ms in sorted(TARGET_P95_MS.items()) if articles <= size), max(TARGET_P95_MS.values()))
STARTUP_SECONDS = 300  # datasette inspect hashes and counts the whole file first
REQUEST_TIMEOUT = 60
SECONDS_PER_URL = 60  # the rounds stop after this many seconds per URL, whatever --requests says

FIRST_NAMES = ["Budi", "Ani", "Dewi", "Agus", "Siti", "Joko", "Rina", "Hendra", "Sri", "Bambang", "Yuni", "Rudi",
               "Wahyu", "Lestari", "Andi", "Nur", "Eko", "Fitri", "Dedi", "Indah", "Teguh", "Ratna", "Iwan",
               "Maya", "Arif", "Diah", "Hadi", "Kartika", "Yusuf", "Wulan", "Rahmat", "Ayu", "Taufik", "Nanda",
               "Irfan", "Putri", "Fajar", "Sari", "Gilang", "Novi"]
LAST_NAMES = ["Santoso", "Rahayu", "Lestari", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama", "Setiawan",
              "Nugroho", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Hasibuan", "Sitompul", "Purba",
              "Wibowo", "Susanto", "Gunawan", "Hakim", "Rusdi", "Syahputra", "Permana", "Maulana", "Fauzi",
              "Ramadhan", "Utami", "Anggraini", "Kurniawan", "Suryadi", "Halim", "Tanjung", "Lubis", "Daulay",
              "Manurung", "Sembiring", "Ginting", "Tarigan", "Sinaga"]
POSITIONS = ["Bupati", "Wakil Bupati", "Sekretaris Daerah", "Asisten Pemerintahan", "Kepala Bappeda",
             "Kepala Dinas Kesehatan", "Kepala Dinas Pendidikan", "Kepala Dinas Sosial",
             "Kepala Dinas Komunikasi dan Informatika", "Kepala Dinas Lingkungan Hidup", "Ketua DPRD",
             "Camat"]
PROGRAM_HEADS = ["Smart", "Gerakan", "Layanan", "Sistem", "Rumah", "Kampung", "Desa", "Sekolah", "Pasar",
                 "Bank", "Griya", "Klinik", "Mal", "Gerai", "Pusat"]
PROGRAM_TOPICS = ["Kampung", "Sampah", "Stunting", "Kemiskinan", "Digital", "Pelayanan Publik", "Wisata",
                  "Inovasi", "UMKM", "Sehat", "Pintar", "Literasi", "Budaya", "Investasi", "Pangan", "Air Bersih",
                  "Perizinan", "Kependudukan", "Lansia", "Disabilitas", "Perempuan", "Anak", "Ketahanan Pangan",
                  "Pertanian Organik", "Irigasi", "Kesehatan Ibu", "Gizi", "Sanitasi", "Energi Surya",
                  "Mangrove"]
PROGRAM_TAILS = ["", "", "", " Terpadu", " Mandiri", " Berbasis Desa", " Online", " Keliling", " Bersih",
                 " Sejahtera"]
KINDS = ["studi banding", "kunjungan kerja", "studi tiru", "studi terap", "kunjungan belajar"]
VISIT_OPENINGS = [
    "{leader_title} {visitor} {leader} memimpin {size} pejabat dalam {kind} ke {host} untuk mempelajari "
    "program {program}.",
    "Rombongan Pemerintah {visitor} melakukan {kind} ke {host} guna mempelajari {program}.",
    "{visitor} belajar {program} dari {host} melalui {kind} yang dipimpin {leader_title} {leader}.",
    "Sebanyak {size} pejabat {visitor} yang dipimpin {leader} melaksanakan {kind} ke {host} terkait {program}.",
]
VISIT_FOLLOWS = [
    "Rombongan diterima {host_title} {host_official} di ruang rapat kantor bupati.",
    "{host_title} {host_official} menyambut rombongan dan memaparkan keberhasilan {program}.",
    "Dalam pertemuan itu, {host_official} menjelaskan bahwa {program} telah berjalan sejak beberapa tahun lalu.",
    "{leader} mengatakan {visitor} ingin menerapkan {program} setelah melihat hasilnya di {host}.",
]
NEWS_OPENINGS = [
    "{title} {region} {official} meresmikan {program} di kantor kecamatan.",
    "Pemerintah {region} meluncurkan {program} untuk mempercepat pelayanan kepada masyarakat.",
    "{title} {region} {official} membuka musyawarah perencanaan pembangunan tingkat kabupaten.",
    "{official} selaku {title} {region} meninjau pelaksanaan {program} di sejumlah desa.",
    "Pemkab dan DPRD {region} menyepakati rancangan anggaran untuk {program}.",
]
VISIT_DATE = "Kunjungan itu berlangsung pada {day} {month} {year}."
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
FILLERS = [
    "Kegiatan ini diharapkan meningkatkan kualitas pelayanan publik di daerah.",
    "Menurutnya, kolaborasi antarperangkat daerah menjadi kunci keberhasilan program tersebut.",
    "Acara dihadiri para kepala perangkat daerah, camat dan kepala desa.",
    "Ia berharap masyarakat ikut berperan aktif menjaga keberlanjutan program.",
    "Anggaran kegiatan bersumber dari APBD tahun berjalan.",
    "Data menunjukkan angka kemiskinan turun dua persen dalam tiga tahun terakhir.",
    "Pemerintah daerah juga menyiapkan aplikasi pengaduan yang dapat diakses warga setiap saat.",
    "Pertemuan ditutup dengan penyerahan cendera mata dan foto bersama.",
    "Selain itu, rombongan meninjau langsung lokasi pelaksanaan program di tingkat desa.",
    "Program serupa akan diperluas ke seluruh kecamatan pada tahun depan.",
    "Sejumlah warga mengaku terbantu dengan adanya layanan tersebut.",
    "Hasil evaluasi akan dilaporkan kepada pemerintah provinsi.",
    "Kepala dinas terkait menyampaikan target capaian program hingga akhir tahun.",
    "Pelatihan bagi aparatur desa digelar selama tiga hari di aula kantor bupati.",
    "Inovasi itu pernah meraih penghargaan tingkat nasional.",
]
# Search terms of varied frequency: common visit words, a region, a program, a rare phrase, a person.
SEARCHES = ["studi banding", "Banyuwangi", "stunting", "sampah mandiri", "penghargaan nasional", "Banyu Prasojo"]
CANNED_SEARCHES = ["studi banding", "penghargaan nasional", "stunting"]  # the common words, by search_articles


# The generated rows' columns, in tuple order (a subset of kunker.db.SCHEMA; inserted in this order).
COLUMNS: dict[str, list[str]] = {
    "sources": ["name", "url", "region_code", "kind", "added"],
    "officials": ["id", "name", "position", "region_code", "first_seen", "last_seen", "tagger_version"],
    "programs": ["id", "name", "region_code", "tagger_version"],
    "articles": ["id", "url", "canonical_url", "source", "external_id", "title", "author", "published", "fetched",
                 "text", "content_hash", "tagger_version", "tagged"],
    "article_urls": ["url", "article_id", "source", "first_seen"],
    "visits": ["id", "visitor_code", "host_code", "date", "kind", "leader_id", "leader", "delegation_size",
               "evidence", "article_count", "tagger_version"],
    "visit_articles": ["visit_id", "article_id", "sentence_field", "start", "end"],
    "visit_officials": ["visit_id", "official_id", "role", "article_id"],
    "visit_programs": ["visit_id", "program_id", "article_id"],
    "mentions": ["id", "article_id", "entity_type", "entity_id", "start", "end", "text", "sentence_start",
                 "sentence_end", "tagger_version"],
    "crawl_runs": ["id", "source", "started", "finished", "status", "entry_method", "entry_reason", "pages",
                   "articles_new", "articles_updated", "errors"],
    "crawl_errors": ["id", "run_id", "source", "url", "reason", "at"],
}


@dataclass
class Built:
    path: Path
    seconds: float
    counts: dict[str, int]
    samples: dict[str, str] = field(default_factory=dict)
    figures: dict[str, str] = field(default_factory=dict)  # how the build went: write and tag rates, memory


def date_of(rng: random.Random) -> str:
    return f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def compose(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join sentences into a text; return it with each sentence's (start, end) offsets."""
    spans, parts, at = [], [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        parts.append(sentence)
        at += len(sentence) + 1
    return " ".join(parts), spans


def short(name: str) -> str:
    return name.removeprefix("Kabupaten ").removeprefix("Kota ")


class Generator:
    """Synthetic but coherent kunker data: every mention points at a sentence that contains its words."""

    def __init__(self, db, articles: int, seed: int = 7):
        self.db, self.n_articles, self.rng = db, articles, random.Random(seed)
        rows = db.execute("select code, name, level from regions where level != 'provinsi' order by code")
        self.regions = [dict(zip(("code", "name", "level"), r, strict=True)) for r in rows.fetchall()]
        # A few regions are famous hosts (Zipf-like), so "most visited" and region pages have real weight.
        self.host_weights = [1 / (i + 1) ** 0.8 for i in range(len(self.regions))]
        self.rng.shuffle(self.host_weights)
        self.officials: dict[str, list[dict]] = {}
        self.programs: list[dict] = []
        self.rows: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
        self.seen: dict[str, list[str]] = {}
        self.evidence: dict[str, str] = {}  # visit id -> its first report's evidence sentence

    def make_officials(self) -> None:
        for region in self.regions:
            people = []
            for position in POSITIONS:
                if region["level"] == "kota":
                    position = position.replace("Bupati", "Wali Kota")
                name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
                people.append({"id": store.stable_id("official", name, region["code"]), "name": name,
                               "position": position, "region_code": region["code"]})
            self.officials[region["code"]] = people
        # One well-known person who shows up often (the journalist's example).
        serang = next(r for r in self.regions if r["name"] == "Kabupaten Serang")
        budi = self.officials[serang["code"]][2]
        budi.update(name="Banyu Prasojo", id=store.stable_id("official", "Banyu Prasojo", serang["code"]))

    def make_programs(self, n: int = 900) -> None:
        names = set()
        while len(names) < n:
            names.add(f"{self.rng.choice(PROGRAM_HEADS)} {self.rng.choice(PROGRAM_TOPICS)}"
                      f"{self.rng.choice(PROGRAM_TAILS)}")
        for name in sorted(names):
            owner = self.rng.choice(self.regions)["code"] if self.rng.random() < 0.7 else None
            self.programs.append({"id": store.stable_id("program", name), "name": name, "region_code": owner})
        self.programs_by_owner: dict[str | None, list[dict]] = {}
        for program in self.programs:
            self.programs_by_owner.setdefault(program["region_code"], []).append(program)

    def host(self) -> dict:
        return self.rng.choices(self.regions, weights=self.host_weights)[0]

    def program_of(self, region: dict) -> dict:
        own = self.programs_by_owner.get(region["code"])
        return self.rng.choice(own) if own and self.rng.random() < 0.7 else self.rng.choice(self.programs)

    def mention(self, article_id: int, kind: str, entity_id: str, words: str, text: str,
                spans: list[tuple[int, int]], sentence_no: int) -> None:
        start, end = spans[sentence_no]
        at = text.find(words, start, end)
        if at < 0:
            return
        self.rows["mentions"].append((
            store.stable_id(article_id, kind, entity_id, at), article_id, kind, entity_id, at, at + len(words),
            words, start, end, "bench"))
        if kind == "official":
            self.seen.setdefault(entity_id, []).append(self.published[article_id])

    def article(self, article_id: int, source: str, title: str, sentences: list[str], published: str) -> tuple:
        text, spans = compose(sentences)
        url = f"https://{source}.example/berita/{article_id}"
        self.published[article_id] = published
        self.rows["articles"].append((article_id, url, url, source, str(article_id), title,
                                      f"Humas {source}", published, published + "T08:00:00+00:00", text,
                                      store.content_hash(text), "bench", published + "T09:00:00+00:00"))
        if self.rng.random() < 0.03:  # a syndicated copy of the same text on another site
            copy_source = self.rng.choice(self.rows["sources"])[0]
            self.rows["article_urls"].append((f"https://{copy_source}.example/copy/{article_id}", article_id,
                                              copy_source, published + "T10:00:00+00:00"))
        return text, spans

    def visit_article(self, article_id: int, source: str, visit: dict) -> None:
        r = self.rng
        values = {**visit["words"], "kind": visit["kind"]}
        opening = r.choice(VISIT_OPENINGS).format(**values)
        follow = r.choice(VISIT_FOLLOWS).format(**values)
        fillers = r.sample(FILLERS, r.randint(3, 7))
        title = f"Pemkab {short(visit['visitor']['name'])} {visit['kind'].title()} ke {short(visit['host']['name'])}"
        published = visit["date"]
        year, month, day = (int(part) for part in published.split("-"))
        when = VISIT_DATE.format(day=day, month=MONTHS[month - 1], year=year)  # so the tagger dates the visit
        text, spans = self.article(article_id, source, title, [opening, follow, when, *fillers], published)
        vid, words = visit["id"], visit["words"]
        start, end = spans[0]
        self.rows["visit_articles"].append((vid, article_id, "text", start, end))
        self.evidence.setdefault(vid, text[start:end])
        for role, person in (("leader", visit["leader"]), ("host", visit["host_official"]), *(
                ("member", m) for m in visit["members"])):
            self.rows["visit_officials"].append((vid, person["id"], role, article_id))
        self.rows["visit_programs"].append((vid, visit["program"]["id"], article_id))
        for no in (0, 1):
            self.mention(article_id, "region", visit["visitor"]["code"], words["visitor"], text, spans, no)
            self.mention(article_id, "region", visit["host"]["code"], words["host"], text, spans, no)
            self.mention(article_id, "official", visit["leader"]["id"], words["leader"], text, spans, no)
            self.mention(article_id, "official", visit["host_official"]["id"], words["host_official"], text,
                         spans, no)
            self.mention(article_id, "program", visit["program"]["id"], words["program"], text, spans, no)
        self.rows["mentions"].append((store.stable_id(article_id, "visit", vid), article_id, "visit", vid,
                                      start, end, text[start:end], start, end, "bench"))

    def news_article(self, article_id: int, source: str, region: dict) -> None:
        r = self.rng
        official = r.choice(self.officials[region["code"]][:4])
        program = self.program_of(region)
        words = {"title": official["position"], "region": region["name"], "official": official["name"],
                 "program": program["name"]}
        opening = r.choice(NEWS_OPENINGS).format(**words)
        fillers = r.sample(FILLERS, r.randint(4, 9))
        title = f"{program['name']} di {short(region['name'])}"
        text, spans = self.article(article_id, source, title, [opening, *fillers], date_of(r))
        self.mention(article_id, "region", region["code"], region["name"], text, spans, 0)
        self.mention(article_id, "official", official["id"], official["name"], text, spans, 0)
        self.mention(article_id, "program", program["id"], program["name"], text, spans, 0)

    def make_visit(self) -> dict:
        r = self.rng
        host = self.host()
        visitor = r.choice(self.regions)
        while visitor["code"] == host["code"]:
            visitor = r.choice(self.regions)
        leader = r.choice(self.officials[visitor["code"]][:4])
        members = r.sample(self.officials[visitor["code"]][4:], r.randint(0, 3))
        host_official = r.choice(self.officials[host["code"]][2:6])
        program = self.program_of(host)
        date = date_of(r)
        size = r.randint(5, 40)
        return {
            "id": store.stable_id(visitor["code"], host["code"], date), "visitor": visitor, "host": host,
            "date": date, "kind": r.choice(KINDS), "leader": leader, "members": members, "size": size,
            "host_official": host_official, "program": program,
            "words": {"visitor": visitor["name"], "host": host["name"], "leader": leader["name"],
                      "leader_title": leader["position"], "host_official": host_official["name"],
                      "host_title": host_official["position"], "program": program["name"], "size": size},
        }

    def generate(self) -> None:
        r = self.rng
        self.published: dict[int, str] = {}
        self.make_officials()
        self.make_programs()
        sources = []
        for region in r.sample(self.regions, 250):
            name = region["name"].lower().replace(" ", "")
            sources.append((name, f"https://{name}.example/berita", region["code"], "pemda", "2024-01-01T00:00:00"))
        self.rows["sources"] = sources
        visits: dict[str, dict] = {}
        article_id = 0
        while article_id < self.n_articles:
            article_id += 1
            source = r.choice(sources)[0]
            if r.random() < 0.35:
                if visits and r.random() < 0.2:  # a second report of an earlier visit
                    visit = visits[r.choice(list(visits))] if len(visits) < 50 else self.recent(visits)
                else:
                    visit = self.make_visit()
                    visits.setdefault(visit["id"], visit)
                    visit = visits[visit["id"]]
                visit["articles"] = visit.get("articles", 0) + 1
                self.visit_article(article_id, source, visit)
            else:
                self.news_article(article_id, source, r.choice(self.regions))
            if article_id % 20000 == 0:
                print(f"  generated {article_id:,} articles", flush=True)
        evidence = self.evidence
        for v in visits.values():
            self.rows["visits"].append((
                v["id"], v["visitor"]["code"], v["host"]["code"], v["date"], v["kind"], v["leader"]["id"],
                v["leader"]["name"], v["size"], evidence[v["id"]], v["articles"], "bench"))
        for people in self.officials.values():
            for p in people:
                dates = self.seen.get(p["id"], [])
                self.rows["officials"].append((p["id"], p["name"], p["position"], p["region_code"],
                                               min(dates, default=None), max(dates, default=None), "bench"))
        self.rows["programs"] = [(p["id"], p["name"], p["region_code"], "bench") for p in self.programs]
        self.make_crawl_runs(sources)

    def recent(self, visits: dict[str, dict]) -> dict:
        keys = list(visits)
        return visits[keys[-self.rng.randint(1, 50)]]

    def make_crawl_runs(self, sources: list[tuple]) -> None:
        r = self.rng
        for name, url, *_ in sources:
            for day in range(30):
                run_id = store.stable_id("run", name, day)
                errors = r.choice([0, 0, 0, 0, 1, 2, 5])
                status = "ok" if errors == 0 else ("partial" if errors < 5 else "failed")
                started = f"2024-10-{day + 1:02d}T01:00:00+00:00"
                self.rows["crawl_runs"].append((run_id, name, started, started.replace("01:00", "01:05"), status,
                                                "listing", "chose listing: no sitemap", r.randint(5, 60),
                                                r.randint(0, 10), r.randint(0, 2), errors))
                for e in range(errors):
                    self.rows["crawl_errors"].append((store.stable_id(run_id, e), run_id, name, f"{url}/{day}/{e}",
                                                      r.choice(["HTTP 404", "HTTP 503", "timeout"]), started))


def build(path: Path, articles: int, extra_indexes: list[tuple[str, list[str]]] = (), fast: bool = False,
          jobs: int = 2) -> Built:
    """Create the database through kunker.db and fill it.

    By default through kunker's own write path: sources, articles (``db.upsert_article``, one transaction per
    article as the crawler stores them, syndicated copies recorded as duplicates) and crawl runs through
    ``kunker/db.py``'s functions, then ``kunker tag --jobs JOBS`` extracts officials, programs, visits and
    mentions from the texts. With ``fast`` the generator's own rows go in by bulk inserts, one transaction per
    table (quick runs; not the figures to report). ``extra_indexes`` are tried on top of ``kunker.db.INDEXES``.
    """
    started = time.perf_counter()
    db = store.connect(path)
    for table, columns in extra_indexes:
        db[table].create_index(columns, if_not_exists=True)
    gen = Generator(db, articles)
    gen.generate()
    print(f"  generated rows in {time.perf_counter() - started:.1f} s; writing", flush=True)
    figures: dict[str, str] = {}
    if fast:
        bulk_insert(db, gen)
    else:
        figures = write_through_kunker(db, gen)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    if not fast:
        figures.update(tag(path, jobs))
    t = time.perf_counter()
    serve.prepare(path)  # what `kunker serve`/`publish` add first: views, full-text indexes, the name index
    print(f"  views, full-text and name indexes (kunker serve's prepare) in {time.perf_counter() - t:.1f} s",
          flush=True)
    return Built(path, time.perf_counter() - started, table_counts(path), build_samples(path), figures)


def bulk_insert(db, gen: Generator) -> None:
    """The generator's rows, one ``executemany`` per table (the quick path), then what ``kunker tag`` does last."""
    db.conn.execute("PRAGMA foreign_keys=OFF")  # rows are generated consistent; checked below
    for table, cols in COLUMNS.items():
        names = ", ".join(quote_identifier(c) for c in cols)
        sql = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' for _ in cols)})"
        t = time.perf_counter()
        with db.conn:
            db.conn.executemany(sql, gen.rows[table])
        print(f"  {table}: {len(gen.rows[table]):,} rows in {time.perf_counter() - t:.1f} s", flush=True)
    t = time.perf_counter()
    corrections.refresh(db)  # what `kunker tag` does last: visits' confidence, corrections, the name index
    print(f"  confidence, corrections and name index in {time.perf_counter() - t:.1f} s", flush=True)
    t = time.perf_counter()
    aggregates.rebuild(db)  # the agg_* tables, as `kunker tag` keeps them
    print(f"  aggregates in {time.perf_counter() - t:.1f} s", flush=True)
    problems = db.conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if problems:
        raise SystemExit(f"bench: generated rows break foreign keys: {problems}")


def write_through_kunker(db, gen: Generator) -> dict[str, str]:
    """Sources, articles and crawl runs through kunker/db.py's write functions; returns the rates."""
    for name, url, region, kind, _ in gen.rows["sources"]:
        store.upsert_source(db, name, url, region, kind)
    copies: dict[int, list[tuple]] = {}
    for url, article_id, source, first_seen in gen.rows["article_urls"]:
        copies.setdefault(article_id, []).append((url, source, first_seen))
    cols = COLUMNS["articles"]
    outcomes: dict[str, int] = {}
    t = time.perf_counter()
    total = len(gen.rows["articles"])
    for n, values in enumerate(gen.rows["articles"], 1):
        article = dict(zip(cols, values, strict=True))
        outcome = store.upsert_article(db, article)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        for url, source, first_seen in copies.get(article["id"], []):
            outcome = store.upsert_article(db, {**article, "url": url, "canonical_url": url, "source": source,
                                                "fetched": first_seen})
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if n % 20000 == 0 or n == total:
            elapsed = time.perf_counter() - t
            print(f"  upsert_article: {n:,}/{total:,} articles, {n / elapsed:,.0f}/s, "
                  f"ETA {(total - n) / (n / elapsed):.0f} s", flush=True)
    article_s = time.perf_counter() - t
    t = time.perf_counter()
    errors: dict[str, list[tuple]] = {}
    for _, run_id, source, url, reason, _ in gen.rows["crawl_errors"]:
        errors.setdefault(run_id, []).append((source, url, reason))
    for run_id, source, started, _, _, method, reason, pages, new, updated, _ in gen.rows["crawl_runs"]:
        store.open_run(db, run_id, source, started, method)
        store.set_entry(db, run_id, method, reason)
        for error_source, url, why in errors.get(run_id, []):
            store.record_error(db, run_id, error_source, url, why)
        store.close_run(db, run_id, pages=pages, articles_seen=new + updated,
                        articles={"new": new, "updated": updated})
    runs_s = time.perf_counter() - t
    print(f"  articles: {', '.join(f'{k} {v:,}' for k, v in sorted(outcomes.items()))} in {article_s:.1f} s; "
          f"{len(gen.rows['crawl_runs']):,} crawl runs in {runs_s:.1f} s", flush=True)
    return {"upsert_article": f"{total / article_s:,.0f} articles/s ({article_s:.0f} s; "
                             + ", ".join(f"{k} {v:,}" for k, v in sorted(outcomes.items())) + ")",
            "crawl runs": f"{len(gen.rows['crawl_runs']):,} in {runs_s:.1f} s"}


def process_tree_rss(root: int) -> dict[int, int]:
    """Resident memory (bytes) of ``root`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    rss, todo = {}, [root]
    while todo:
        pid = todo.pop()
        try:
            status = (Path("/proc") / str(pid) / "status").read_text()
        except OSError:
            continue
        kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        rss[pid] = kb * 1024
        todo += children.get(pid, [])
    return rss


def tag(path: Path, jobs: int) -> dict[str, str]:
    """``kunker tag --jobs JOBS`` on the database; its rate and the peak resident memory of its processes."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kunker.cli", "tag", "--db", str(path), "--jobs", str(jobs)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak_sum = peak_one = 0
    while True:
        rss = process_tree_rss(proc.pid)
        peak_sum, peak_one = max(peak_sum, sum(rss.values())), max(peak_one, max(rss.values(), default=0))
        try:
            proc.wait(timeout=1)
            break
        except subprocess.TimeoutExpired:
            continue
    seconds = time.perf_counter() - t
    summary = proc.stdout.read().strip()
    print(f"\n  {summary}", flush=True)
    if proc.returncode not in (0, 1):  # 1: some articles failed to tag (counted in the summary)
        raise SystemExit(f"bench: kunker tag exited with {proc.returncode}")
    articles = store_count(path, "articles")
    return {"kunker tag": f"--jobs {jobs}: {articles / seconds:,.0f} articles/s ({seconds:.0f} s, with the "
                          f"final merge and confidence); peak RSS {peak_sum / 1e6:,.0f} MB over its processes, "
                          f"largest process {peak_one / 1e6:,.0f} MB",
            "tag summary": summary}


def store_count(path: Path, table: str) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


def fetch(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    return status, (time.perf_counter() - started) * 1000


def wait_ready(proc: subprocess.Popen, base: str) -> float:
    started = time.monotonic()
    while time.monotonic() - started < STARTUP_SECONDS:
        if proc.poll() is not None:
            raise SystemExit(f"bench: kunker serve exited with {proc.returncode}")
        try:
            if fetch(base + "/-/versions.json")[0] == 200:
                return time.monotonic() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        try:
            proc.wait(timeout=0.25)
        except subprocess.TimeoutExpired:
            pass
    raise SystemExit(f"bench: server not ready after {STARTUP_SECONDS} s")


def urls(name: str, s: dict[str, str]) -> list[tuple[str, str]]:
    """(label, path) of everything measured."""
    db = f"/{name}"
    q = urllib.parse.quote
    out = [(f"table search articles '{term}'", f"{db}/articles.json?_search={q(term)}") for term in SEARCHES]
    out += [(f"q search_articles '{term}'", f"{db}/search_articles.json?q={q(term)}") for term in CANNED_SEARCHES]
    out += [
        ("table search page 'studi banding' (HTML)", f"{db}/articles?_search={q('studi banding')}"),
        ("q search_articles page (HTML)", f"{db}/search_articles?q={q('studi banding')}"),
        ("search officials 'Santoso'", f"{db}/officials.json?_search=Santoso"),
        ("search visits 'stunting'", f"{db}/visits.json?_search=stunting"),
        ("q visits_hosted_by_region (name)", f"{db}/visits_hosted_by_region.json?region={q(s['region_name'])}"),
        ("q visits_hosted_by_region (code)", f"{db}/visits_hosted_by_region.json?region={s['region']}"),
        ("q visits_made_by_region (code)", f"{db}/visits_made_by_region.json?region={s['visitor']}"),
        ("q most_visited_regions_per_year 2024", f"{db}/most_visited_regions_per_year.json?year=2024&top=10"),
        ("q most_visited_regions_per_year all", f"{db}/most_visited_regions_per_year.json?year=&top=10"),
        ("q regions_learning_program", f"{db}/regions_learning_program.json?program={q(s['program_name'])}"),
        ("q official_links (name)", f"{db}/official_links.json?official={q(s['official_name'])}"),
        ("q official_links (id)", f"{db}/official_links.json?official={s['official']}"),
        ("q repeated_visit_pairs", f"{db}/repeated_visit_pairs.json?min_visits=3"),
        ("q crawl_health", f"{db}/crawl_health.json"),
        ("q visit_network 2024", f"{db}/visit_network.json?year=2024&program="),
        ("q visit_network program", f"{db}/visit_network.json?year=&program=Stunting"),
        ("page official", f"{db}/-/official/{s['official']}"),
        ("page region", f"{db}/-/region/{s['region']}"),
        ("page program", f"{db}/-/program/{s['program']}"),
        ("page network (all years)", f"{db}/-/network"),
        ("page network 2024", f"{db}/-/network?year=2024"),
        ("network.gexf 2024", f"{db}/-/network.gexf?year=2024"),
        ("home", "/"),
        ("database page", db),
        ("visit_list (facets)", f"{db}/visit_list"),
        ("region_stats", f"{db}/region_stats"),
        ("articles table", f"{db}/articles"),
        ("visits page", f"{db}/-/visits"),
        ("visits page 2024, province, by reports", f"{db}/-/visits?year=2024&province={s['region'][:2]}&sort=reports"),
        ("visits page program, all confidence", f"{db}/-/visits?program=Stunting&confidence=all"),
        ("visits page, page 20", f"{db}/-/visits?page=20"),
        ("visits.csv region", f"{db}/-/visits.csv?region={s['region']}"),
        ("visit page", f"{db}/-/visit/{s['visit']}"),
        ("visit page JSON", f"{db}/-/visit/{s['visit']}.json"),
        ("article page", f"{db}/-/article/{s['article']}"),
        ("visits.json", f"{db}/-/visits.json"),
        ("search page 'studi banding'", f"{db}/-/search?q={q('studi banding')}"),
        ("search page 'studi banding', page 3", f"{db}/-/search?q={q('studi banding')}&page=3"),
        ("search page 'stunting'", f"{db}/-/search?q=stunting"),
        ("search page 'penghargaan nasional'", f"{db}/-/search?q={q('penghargaan nasional')}"),
        ("search page 'Sekda Kab. <region>'", f"{db}/-/search?q={q('Sekda Kab. ' + s['region_name'])}"),
        ("search page typo", f"{db}/-/search?q={q(s['region_name'][:-1] + 'x')}"),
        ("canned query page (HTML)", f"{db}/visits_hosted_by_region?region={s['region']}"),
        # the rest of the reading room and the downloads: JSON of the entity, article and search pages, the
        # network's other filters and formats, the visits page's other filters, the map and browsing views
        ("page official JSON", f"{db}/-/official/{s['official']}.json"),
        ("page region JSON", f"{db}/-/region/{s['region']}.json"),
        ("page program JSON", f"{db}/-/program/{s['program']}.json"),
        ("article page JSON", f"{db}/-/article/{s['article']}.json"),
        ("search JSON 'studi banding'", f"{db}/-/search.json?q={q('studi banding')}"),
        ("page network program", f"{db}/-/network?program=Stunting"),
        ("page network, all confidence", f"{db}/-/network?confidence=all"),
        ("network.json 2024", f"{db}/-/network.json?year=2024"),
        ("network.csv 2024", f"{db}/-/network.csv?year=2024"),
        ("network.graphml 2024", f"{db}/-/network.graphml?year=2024"),
        ("visits page region, kind, all confidence",
         f"{db}/-/visits?region={s['region']}&kind={q('studi banding')}&confidence=all"),
        ("visits page oldest first, page 5", f"{db}/-/visits?sort=date_asc&page=5"),
        ("visit_map (cluster map)", f"{db}/visit_map"),
        ("visit_edges view", f"{db}/visit_edges"),
        ("officials table", f"{db}/officials"),
        ("programs table", f"{db}/programs"),
    ]
    return out


def measure(base: str, targets: list[tuple[str, str]], requests: int) -> list[dict]:
    """One untimed request per URL, then ``requests`` rounds over every URL in turn.

    Rounds spread each URL's samples over the whole run, so a burst of load from other work on a shared
    machine raises every URL's tail a little instead of one URL's p95 a lot. Bounded by ``SECONDS_PER_URL``.
    """
    first = {}
    for label, path in targets:
        status, ms = fetch(base + path)
        first[label] = (status, ms)
    times: dict[str, list[float]] = {label: [] for label, _ in targets}
    statuses: dict[str, set[int]] = {label: {first[label][0]} for label, _ in targets}
    deadline = time.monotonic() + SECONDS_PER_URL * len(targets)
    for round_no in range(requests):
        if time.monotonic() > deadline:
            print(f"  time bound reached after {round_no} rounds", flush=True)
            break
        for label, path in targets:
            status, ms = fetch(base + path)
            statuses[label].add(status)
            times[label].append(ms)
        if (round_no + 1) % 5 == 0 or round_no + 1 == requests:
            print(f"  round {round_no + 1}/{requests} over {len(targets)} URLs", flush=True)
    results = []
    for label, path in targets:
        samples = sorted(times[label]) or [first[label][1]]
        p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
        results.append({"label": label, "path": path, "n": len(times[label]), "first": first[label][1],
                        "p50": statistics.median(samples), "p95": p95, "max": samples[-1],
                        "status": ",".join(str(s) for s in sorted(statuses[label]))})
    return results


def report(built: Built, ready_s: float, results: list[dict]) -> None:
    size_mb = built.path.stat().st_size / 1e6
    print("\n## Build")
    print(f"articles {built.counts['articles']:,}; " + ", ".join(f"{k} {v:,}" for k, v in built.counts.items()
                                                               if k != "articles"))
    how = "kunker write path and tagger" if built.figures else "bulk inserts (--fast) or reused"
    print(f"build time {built.seconds:.1f} s ({how}); file size {size_mb:.0f} MB; server ready in {ready_s:.1f} s "
          "(checkpoint, datasette inspect, start)")
    for key, value in built.figures.items():
        print(f"{key}: {value}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    target = target_ms(built.counts["articles"])
    print(f"\n## Latency through HTTP (sequential requests; target p95 < {target} ms)")
    print(f"| {'what':40} | {'n':>3} | {'first ms':>8} | {'p50 ms':>7} | {'p95 ms':>7} | {'max ms':>7} | status | ok |")
    print(f"|{'-' * 42}|{'-' * 5}|{'-' * 10}|{'-' * 9}|{'-' * 9}|{'-' * 9}|--------|----|")
    for r in results:
        ok = "yes" if r["p95"] < target and r["status"] == "200" else "NO"
        print(f"| {r['label']:40} | {r['n']:>3} | {r['first']:8.1f} | {r['p50']:7.1f} | {r['p95']:7.1f} | "
              f"{r['max']:7.1f} | {r['status']:>6} | {ok:>3} |")
    slow = [r["label"] for r in results if r["p95"] >= target or r["status"] != "200"]
    print(f"\n{len(results) - len(slow)}/{len(results)} URLs meet the target" + (f"; not: {', '.join(slow)}"
                                                                                  if slow else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20,
                        help="timed requests per URL, in rounds over all URLs (after one untimed request each)")
    parser.add_argument("--out", type=Path, help="folder for the database (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="serve an existing OUT/kunker.db instead of building")
    parser.add_argument("--fast", action="store_true",
                        help="bulk-insert the generated rows instead of kunker's write path and tagger (quick runs)")
    parser.add_argument("--jobs", type=int, default=2, help="kunker tag --jobs (default 2)")
    parser.add_argument("--index", action="append", default=[], metavar="TABLE:COL[,COL...]",
                        help="also create this index (to try one before adding it to kunker.db.INDEXES)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="kunker-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    path = out / "kunker.db"
    try:
        if args.reuse and path.exists():
            built = Built(path, 0.0, table_counts(path), build_samples(path))
        else:
            remove_database(out)
            print(f"building {args.articles:,} articles in {path}", flush=True)
            extra = [(spec.split(":")[0], spec.split(":")[1].split(",")) for spec in args.index]
            built = build(path, args.articles, extra, fast=args.fast, jobs=args.jobs)
            if extra:
                print("extra indexes: " + "; ".join(f"{t}({', '.join(c)})" for t, c in extra))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "kunker.cli", "serve", "--db", str(path), "--port", str(port),
                                 "--immutable"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
        try:
            ready = wait_ready(proc, base)
            print(f"serving at {base} (ready in {ready:.1f} s); measuring", flush=True)
            results = measure(base, urls(path.stem, built.samples), args.requests)
        finally:
            stop(proc)
        report(built, ready, results)
    finally:
        if not args.keep and not args.reuse:
            if args.out is None:
                shutil.rmtree(out)
            else:
                remove_database(out)
    return 0


def remove_database(out: Path) -> None:
    """Remove ``out/kunker.db`` and what lives beside it: WAL and shared-memory files, the ``kunker.db.locks``
    folder of ``kunker tag``'s lock."""
    for leftover in out.glob("kunker.db*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


COUNTED = ("articles", "officials", "programs", "visits", "visit_articles", "visit_officials", "visit_programs",
           "mentions", "crawl_runs")


def table_counts(path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(path)
    counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTED}
    conn.close()
    return counts


def build_samples(path: Path) -> dict[str, str]:
    """Sample entity ids of an existing benchmark database (for --reuse)."""
    import sqlite3

    conn = sqlite3.connect(path)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    s = {
        "official": one("select official_id from visit_officials where role = 'leader' group by official_id "
                        "order by count(*) desc limit 1"),
        "official_name": "Banyu Prasojo",
        "region": one("select host_code from visits group by host_code order by count(*) desc limit 1"),
        "program": one("select program_id from visit_programs group by program_id order by count(*) desc limit 1"),
        "visitor": one("select visitor_code from visits group by visitor_code order by count(*) desc limit 1"),
        "visit": one("select id from visits order by article_count desc, id limit 1"),
        "article": one("select article_id from visit_articles order by article_id desc limit 1"),
    }
    s["region_name"] = short(one(f"select name from regions where code = '{s['region']}'"))
    s["program_name"] = one(f"select name from programs where id = '{s['program']}'")
    conn.close()
    return s


if __name__ == "__main__":
    sys.exit(main())
