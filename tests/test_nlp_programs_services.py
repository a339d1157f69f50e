"""Programs, round 11: services written the way regional news writes them (e-services in lower case, the name a
program goes by, acronyms inside names, names told in full after "atau", names with an apostrophe), the bodies,
predicates, devices and visits around them that are no programs, and the near misses each rule must leave alone.
Our own sentences."""

from __future__ import annotations

import pytest

from nlp import Tagger


def programs(tagger: Tagger, text: str) -> list[str]:
    result = tagger.extract({"id": "p", "url": None, "title": None, "published": None, "text": text})
    return sorted(p["name"] for p in result["programs"])


@pytest.mark.parametrize("text, expected", [
    # e-services in lower case in a list, the dash maybe a space when another e-service stands beside it
    ("Sekretariat daerah memodernkan kerjanya dengan layanan daring, antara lain e-nota, e gudang, arsip "
     "terpadu dan sebagainya.", ["E gudang", "E-nota"]),
    ("Dua kabupaten itu memakai sistem e lelang dan e tagihan untuk belanja barang.", ["E lelang", "E tagihan"]),
    # the name a program goes by, right after it: "X, yang biasa disebut “Y”"
    ("Wali kota menghidupkan lagi program unggulan Lurah Berkantor di Pasar, yang biasa disebut “Lubang Pasar”, "
     "sejak Januari.", ["Lubang Pasar"]),
    # a name with an acronym the text spells out is the program named with its words
    ("Tamu meninjau Pojok Layanan Kependudukan Terpadu (Lakadu) di kecamatan. Camat menyebut program Pojok "
     "Lakadu kini hadir di sembilan kelurahan.", ["Pojok Layanan Kependudukan Terpadu"]),
    # "Name (ACR) Rest": the words after the acronym are no name of their own
    ("Dinas mengirim berkas Gerai Izin Nelayan (GIN) Versi Daring ke provinsi, lalu aplikasi GIN Versi Daring "
     "diuji di tiga pelabuhan.", ["GIN Versi Daring", "Gerai Izin Nelayan"]),
    # "A atau B" with B spelling A: one program told in full
    ("Dua terobosan dinas itu ialah Gema Tani atau Gerakan Masyarakat Tanam Sayur Organik (Dinas Pertanian), serta "
     "Lencana TBS atau Teman Belajar Sebaya (Dinas Pendidikan).", ["Gema Tani", "Lencana TBS"]),
    # an apostrophe inside a coined name
    ("Camat membanggakan beberapa terobosan, di antaranya Ru’ah Baca, Ma’mur Tani dan Lentera Dusun.",
     ["Lentera Dusun", "Ma’mur Tani", "Ru’ah Baca"]),
])
def test_services_as_regional_news_writes_them(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym and a predicate about it, no lower-case complement of its name
    ("Sejak dibuka, kunjungan warga ke layanan LPK tergolong ramai.", ["LPK"]),
    # the agencies serving in a public-service hall
    ("Lantai dua ruang itu diisi loket Imigrasi, Samsat, PLN, BPN dan Telkom bagi warga kota.", []),
    # a national body: a body's word opening a name closed by the nation
    ("Tim itu merujuk catatan Badan Pengawas Pangan Republik Indonesia ketika memeriksa dapur sekolah.", []),
    # devices spelt out in brackets
    ("Setiap halte dipasangi CCTV (Closed Circuit Television), sedangkan armada memakai GPS (Global Positioning "
     "System).", []),
    ("Dinas itu kini memakai SIDA (Sistem Informasi Data Aset) untuk mencatat barang.", ["SIDA"]),
    # a concept, however it is introduced
    ("Pemkot menerapkan sistem bernama Electronic Government di semua dinas.", []),
    # a working visit is no program
    ("Fraksi itu menjadwalkan program Kunker Reses Anggota (KRA) dua kali setahun.", []),
])
def test_bodies_predicates_devices_and_visits(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lone "e" before a function word, a pronoun or a word in -nya, or with no e-service beside it
    ("Peserta program e berikutnya akan dilatih di balai desa.", []),
    ("Warga membuka aplikasi e ketika mengurus surat pindah.", []),
    ("Kecamatan menyiapkan layanan e mereka sendiri tahun depan.", []),
    ("Pemkab menyiapkan layanan, antara lain e-rapor, e-piket dan e lainnya.", ["E-piket", "E-rapor"]),
    ("Guru mengunduh aplikasi e terbaru dari dinas pendidikan.", []),
    # a place's or a person's nickname, and a name not right after the program's own
    ("Gubernur memaparkan program pangan di wilayah itu, yang dikenal dengan Gudang Jagung Timur.", []),
    ("Tamu mempelajari program pangan di Sukamaju, yang dikenal dengan Kota Seribu Surau.", []),
    ("Bupati menjelaskan program irigasi karena daerahnya dikenal dengan Lumbung Gabah Selatan.", []),
    ("Warga menyambut program Camat yang disebut Bapak Jalan Desa oleh para petani.", []),
    # "A atau B" where B does not spell A: two programs
    ("Pemkab membawa dua inovasi, yaitu Warung Sehat atau Bilik Arsip Keluarga, ke lomba provinsi.",
     ["Bilik Arsip Keluarga", "Warung Sehat"]),
    # short acronyms spelt out that name programs stay
    ("Rombongan mempelajari SPAL (Sanitasi Pemukiman Aman Lestari) di desa itu.", ["SPAL"]),
    ("Pemkab memperluas TKD (Tabungan Kesehatan Desa) ke semua kecamatan.", ["TKD"]),
    # a name closed by the nation without a body's word first, and a "... Day" program, stay programs
    ("Sekolah menjalankan program Gerakan Sekolah Bersih Republik Indonesia sejak tahun lalu.",
     ["Gerakan Sekolah Bersih Republik Indonesia"]),
    ("Dinas memamerkan inovasi Clean River Day kepada rombongan tamu.", ["Clean River Day"]),
])
def test_near_misses_of_the_rules(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
