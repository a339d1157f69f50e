"""Benchmark the tagger on a synthetic corpus (templates + gazetteer; no evaluation text).

    .venv/bin/python bench/bench_tagger.py [--articles 5000] [--full-sample 40] [--models DIR]

Prints articles/s and memory for the model-free profile (target: >= 200 articles/s on one core, memory flat
in the number of articles), then the full profile's rate on a small sample when models are present.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Agus", "Budi", "Sri", "Dewi", "Hendra", "Wahyu", "Rina", "Joko", "Siti", "Andi", "Yusuf", "Lestari",
         "Made", "Ketut", "Nur", "Rahmat", "Indah", "Bambang", "Ratna", "Taufik", "Eko", "Fitri", "Iwan", "Maya"]
LAST = ["Santoso", "Wibowo", "Hidayat", "Saputra", "Lestari", "Kurniawan", "Prasetyo", "Rahayu", "Susanto",
        "Nugroho", "Setiawan", "Hartono", "Purnomo", "Wijaya", "Syahputra", "Handayani", "Permana", "Gunawan"]
TITLES = ["Drs.", "H.", "Ir.", "Dr.", ""]
DEGREES = [", S.E.", ", M.Si.", ", S.Sos.", ""]
HEADS = ["Sekda", "Sekretaris Daerah", "Wakil Bupati", "Asisten Pemerintahan", "Kepala Bappeda", "Kadis Pariwisata",
         "Kepala Dinas Kesehatan", "Plt Kepala Dinas Sosial"]
PROG_A = ["Smart", "Gerakan", "Kampung", "Sapa", "Layanan", "Desa", "Rumah", "Klinik", "Pojok", "Kartu"]
PROG_B = ["Sehat", "Digital", "Warga", "Cerdas", "Mandiri", "Bersih", "Peduli", "Terpadu", "Lansia", "Inovasi"]
TOPICS = ["pelayanan perizinan", "pengelolaan sampah", "pengembangan pariwisata", "penanganan kemiskinan",
          "tata kelola keuangan", "pelayanan kependudukan", "pengelolaan pasar tradisional", "penanganan stunting"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
FILLER = [
    "Kegiatan berlangsung di ruang rapat utama dan dihadiri para kepala organisasi perangkat daerah.",
    "Dalam paparannya, narasumber menjelaskan alur layanan mulai dari pendaftaran hingga evaluasi.",
    "Para peserta juga diajak meninjau langsung lokasi layanan di tingkat kecamatan.",
    "Menurut dia, keberhasilan program sangat bergantung pada dukungan masyarakat dan dunia usaha.",
    "Diskusi berjalan hangat dan diwarnai tanya jawab seputar anggaran serta regulasi daerah.",
    "Ia berharap kerja sama antardaerah terus terjalin demi peningkatan pelayanan publik.",
    "Sejumlah warga yang ditemui mengaku puas dengan layanan yang semakin cepat dan mudah.",
    "Pemerintah daerah menargetkan seluruh desa dapat menerapkan layanan serupa tahun depan.",
]


def person(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return f"{rng.choice(TITLES)} {name}{rng.choice(DEGREES)}".strip()


def program(rng: random.Random) -> str:
    return f"{rng.choice(PROG_A)} {rng.choice(PROG_B)}"


def article(i: int, rng: random.Random, kab: list[str], kota: list[str]) -> dict:
    visitor = rng.choice(kab + kota)
    host = rng.choice(kab + kota)
    pv = "Pemkab" if visitor in kab else "Pemkot"
    ph = "Kabupaten" if host in kab else "Kota"
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = rng.randint(2015, 2024)
    leader, official = person(rng), person(rng)
    prog = program(rng)
    kind = rng.choice(["studi banding", "studi tiru", "kunjungan kerja"])
    paragraphs = [
        f"{host.upper()} – Rombongan {pv} {visitor} melakukan {kind} ke {ph} {host}, {rng.choice(DAYS)} "
        f"({day}/{month}). Rombongan dipimpin {rng.choice(HEADS)} {visitor}, {leader}, yang mengajak "
        f"{rng.randint(5, 40)} orang pejabat untuk belajar {rng.choice(TOPICS)}.",
        f"Kedatangan mereka disambut {rng.choice(HEADS)} {host} {official} di kantor bupati. Pemerintah setempat "
        f"memaparkan program {prog} yang sudah berjalan sejak {year - 2}.",
    ]
    if rng.random() < 0.4:  # a launch or award story instead of a visit
        paragraphs = [
            f"{host.upper()} – Bupati {rng.choice(kab)} {person(rng)} meluncurkan aplikasi {prog} di pendopo, "
            f"{rng.choice(DAYS)} ({day}/{month}). Aplikasi itu memudahkan warga mengurus dokumen.",
            f"Peluncuran dihadiri Wakil Bupati {person(rng)} dan para camat se-{ph} {host}.",
        ]
    paragraphs += rng.sample(FILLER, k=rng.randint(3, 6))
    text = "\n".join(paragraphs)
    return {"id": f"syn-{i}", "url": None, "title": f"{pv} {visitor} Belajar {prog}",
            "published": f"{year}-{month:02d}-{min(day + 2, 28):02d}", "text": text}


def corpus(n: int, seed: int = 7):
    rows = list(csv.DictReader((ROOT / "data" / "regions.csv").open(encoding="utf-8")))
    kab = [r["name"].removeprefix("Kabupaten ") for r in rows if r["level"] == "kabupaten"]
    kota = [r["name"].removeprefix("Kota ") for r in rows if r["level"] == "kota" and "Administrasi" not in r["name"]]
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng, kab, kota)


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(tagger, articles, label: str, checkpoints: int = 5) -> dict:
    n = len(articles)
    marks = {int(n * k / checkpoints) for k in range(1, checkpoints + 1)}
    rss = []
    counts = {"regions": 0, "officials": 0, "programs": 0, "visits": 0}
    started = time.perf_counter()
    cpu0 = time.process_time()
    for i, a in enumerate(articles, 1):
        result = tagger.extract(a)
        for key in counts:
            counts[key] += len(result[key])
        if i in marks:
            rss.append(round(rss_mb(), 1))
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    words = sum(len(a["text"].split()) for a in articles)
    print(f"{label}: {n} articles ({words / n:.0f} words each) in {wall:.1f} s wall, {cpu:.1f} s CPU -> "
          f"{n / wall:.0f} articles/s wall, {n / cpu:.0f} articles/s per CPU second")
    print(f"{label}: found {counts}")
    print(f"{label}: RSS at {checkpoints} checkpoints (MB): {rss}")
    return {"rate": n / wall, "rss": rss}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--full-sample", type=int, default=40)
    ap.add_argument("--models", type=Path, default=None)
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    from nlp import Tagger
    from nlp.models import default_models_dir

    started = time.perf_counter()
    tagger = Tagger(profile="free")
    print(f"free profile built in {time.perf_counter() - started:.2f} s; RSS {rss_mb():.0f} MB")
    articles = list(corpus(args.articles))
    print(f"synthetic corpus: {len(articles)} articles, {sum(len(a['text']) for a in articles) / 1e6:.1f} MB text")
    free = run(tagger, articles, "free")
    growth = free["rss"][-1] - free["rss"][0]
    print(f"free: {'PASS' if free['rate'] >= 200 else 'FAIL'} rate target 200 articles/s; RSS growth from first to "
          f"last checkpoint {growth:+.1f} MB; peak RSS {peak_mb():.0f} MB")
    models = args.models or default_models_dir()
    if models and (Path(models) / "depparse.pt").exists():
        import torch

        torch.set_num_threads(1)
        started = time.perf_counter()
        full = Tagger(profile="full", models=models)
        print(f"full profile built in {time.perf_counter() - started:.2f} s (models {models})")
        run(full, articles[:args.full_sample], "full", checkpoints=2)
    else:
        print("full profile skipped: no models (pass --models DIR or set KUNKER_MODELS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
