"""Programs, round 11: services written the way regional news writes them (e-services in lower case, apps spelt
out after "aplikasi", a coined name addressing a head with its region, names with an apostrophe), and the bodies,
predicates, visits and events around them that are no programs. Our own sentences."""

from __future__ import annotations

import pytest

from nlp import Tagger


def programs(tagger: Tagger, text: str) -> list[str]:
    result = tagger.extract({"id": "p", "url": None, "title": None, "published": None, "text": text})
    return sorted(p["name"] for p in result["programs"])


@pytest.mark.parametrize("text, expected", [
    # e-services in lower case in a list after a kind word, the dash maybe written as a space
    ("Pemkot berbenah lewat layanan berbasis elektronik, antara lain e-absensi, e pasar, tanda tangan "
     "elektronik dan lainnya.", ["E pasar", "E-absensi"]),
    ("Kedua daerah sudah menerapkan sistem e pasar dan e retribusi sejak lama.", ["E pasar", "E retribusi"]),
    # a name spelt out before its acronym, an app by the word "aplikasi" before it
    ("Pemkab memperkenalkan sebuah aplikasi baru, yaitu Penerapan Sistem Catatan Barang Daerah (Sicabada) di "
     "kantor setempat.", ["Sistem Catatan Barang Daerah"]),
    # a coined name addressing a head of region, the region closing it
    ("Rombongan dari Kabupaten Pati belajar aplikasi Sapa Camat Kudus yang digagas Pemkab Kudus.",
     ["Sapa Camat Kudus"]),
    # the name a program goes by: "yang biasa disebut", "yang dikenal dengan"
    ("Bupati tetap menjalankan program andalan Camat Menginap di Dusun, yang biasa disebut “Cemara Dusun”. "
     "Program itu dinilai efektif.", ["Cemara Dusun"]),
    # a name with an acronym the text spells out is the program named with its words
    ("Rombongan mempelajari Kios Sistem Informasi Desa (Sides) milik Dinas PMD. Menurut kepala dinas, program Kios "
     "Sides sudah ada di 40 desa.", ["Kios Sistem Informasi Desa"]),
    # "Name (ACR) Rest": the words after the acronym are no name of their own
    ("Pemkab menyerahkan aplikasi Mal Layanan Warga (MLW) Digital Desa kepada kementerian. Aplikasi MLW Digital Desa "
     "itu dipakai 20 daerah.", ["MLW Digital Desa", "Mal Layanan Warga"]),
    # "A atau B": a longer name after "atau" tells the coined one in full, one program
    ("Keempat inovasi itu ialah Kebun Pintar atau Siswa Peduli Lingkungan Sekolah (Dinas Pendidikan), serta Rompi "
     "Jujur atau Kelas Anti Korupsi Siswa (Inspektorat).", ["Kebun Pintar", "Rompi Jujur"]),
    # an apostrophe inside a coined name
    ("Wali kota memamerkan sejumlah inovasi, di antaranya Sapu’an, Pa’de Sehat dan Lontar Pintar.",
     ["Lontar Pintar", "Pa’de Sehat", "Sapu’an"]),
])
def test_services_as_regional_news_writes_them(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym and a predicate about it, no lower-case complement of its name
    ("Sejak dibuka, kunjungan warga ke layanan LPK tergolong ramai.", ["LPK"]),
    # the agencies serving in a public-service hall
    ("Gedung itu akan menampung layanan BPN, Samsat, PLN, Imigrasi, Telkom, serta pelayanan publik lain.", []),
    # a national body spelt out near an app
    ("Mereka memakai aplikasi itu karena data Arsip Nasional Republik Indonesia (ANRI) menunjukkan hasil baik.",
     []),
    # a place's nickname, and a name told in a sentence without a program word, are no programs
    ("Bupati memaparkan program kesehatan di daerah yang dikenal dengan Negeri Seribu Sungai oleh warganya.", []),
    ("Bupati memaparkan program kesehatan. Daerah itu dikenal dengan Negeri Seribu Sungai oleh warganya.", []),
    # short acronyms spelt out as devices or targets; a system's acronym stays
    ("Armada bus itu dilengkapi GPS (Global Positioning System) dan CCTV (Closed Circuit Television) di setiap "
     "pintu.", []),
    ("Dinas itu kini memakai SIDA (Sistem Informasi Data Aset) untuk mencatat barang.", ["SIDA"]),
    # a concept, however it is introduced
    ("Pemkot menerapkan sistem bernama Electronic Government di semua dinas.", []),
    # a working visit and a car-free day are no programs
    ("DPRD itu mempunyai sistem Kunker Daerah Pemilihan (Dapil) yang rutin.", []),
    ("Pemkot juga membuka layanan setiap hari Minggu saat Car Free Day di alun-alun.", []),
])
def test_bodies_predicates_visits_and_events(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
