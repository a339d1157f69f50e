"""Services as programs: e-services (capital or lower-case e), named services and launches, service halls, program
suffixes, services as regional news writes them, and e-services named with an English word or "sistem" after
them (not with an Indonesian word)."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


def test_named_services_launches_and_city_programs(tagger: Tagger) -> None:
    text = ("Rombongan meninjau Mal Pelayanan Publik Wajo. Pemkot menata kawasan melalui program Kota Tanpa Sampah "
            "(KOTAPAS). Sekda membuka Launching SIGAP WARGA di pendopo.")
    assert programs(tagger, text) == ["Kota Tanpa Sampah", "Mal Pelayanan Publik Wajo", "SIGAP WARGA"]


def test_capital_e_services_and_dashed_names(tagger: Tagger) -> None:
    text = ("Warga memakai E-Kalender Tani. Pemkot juga mengembangkan inovasi Wisata Bahari–Pulau Indah, "
            "bukan sekadar E-Mail dinas.")
    assert programs(tagger, text) == ["E-Kalender Tani", "Wisata Bahari–Pulau Indah"]


@pytest.mark.parametrize("text, expected", [
    # examples after a program word
    ("Pemkot punya 40 program strategis, salah satunya Kota Bersinar Terang.", ["Kota Bersinar Terang"]),
    # the service hall, however the source spells it
    ("Rombongan studi tiru ke Mall Perizinan Warga Kabupaten Wonogiri. Mal Perizinan Warga itu buka tiap hari.",
     ["Mall Perizinan Warga"]),
    # a name and its acronym owned by a unit
    ("Mereka melihat Pusat Layanan Tani Terpadu (PLTT) yang dikelola Dinas Pertanian.", ["Pusat Layanan Tani Terpadu"]),
    # what a delegation is interested in managing
    ("Ketua rombongan tertarik pada pengelolaan Sekolah Nelayan Muda (SNM) di Kabupaten Wonogiri.",
     ["Sekolah Nelayan Muda"]),
    ("Ia tertarik pada pengelolaan Sekolah Nelayan Muda (SNM) serta pengelolaan pertanian lain.",
     ["Sekolah Nelayan Muda"]),
    # a described system named in brackets after a place
    ("Berikutnya sistem informasi wisata Tuban, Jawa Timur (Sip Wisata) yang direplikasi Dinas Pariwisata.",
     ["Sip Wisata"]),
])
def test_examples_halls_owned_and_learned_names(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list after "programnya" (a program word with its suffix); a certification is no program
    ("Kabupaten itu dikenal lewat programnya, yakni Kampung Hijau Lestari (KHL), Sertifikasi Halal Mandiri, dan "
     "Sekolah Alam Desa. Semua berjalan.", ["Kampung Hijau Lestari", "Sekolah Alam Desa"]),
    # an example after "pelayanan"
    ("Pemkot membangun pusat pelayanan terpadu, misalnya Pusat Pelayanan Satu Atap (PPSA). Warga senang.",
     ["Pusat Pelayanan Satu Atap"]),
    # an e-service written in lower case after a trigger
    ("Dinas itu meluncurkan aplikasi e-rapor yang memudahkan warga.", ["E-rapor"]),
    # everyday activities written with capitals after a lower-case "program" name programs; in lower case they don't
    ("Bupati dulu menjalankan program Jalan Desa dan Air Bersih bagi warga.", ["Air Bersih", "Jalan Desa"]),
    ("Warga butuh program jalan desa dan air bersih.", []),
    # a name with its acronym set up as a pilot project
    ("Desa itu ditetapkan sebagai pilot project dalam bentuk Peta Desa Akurat (PDA) oleh kementerian.",
     ["Peta Desa Akurat"]),
])
def test_program_suffixes_examples_e_services_and_named_activities(tagger: Tagger, text: str,
                                                                    expected: list[str]) -> None:
    assert programs(tagger, text) == expected


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
    # an e-service named with an English word or "sistem" after it, wherever it stands
    ("Mereka belajar layanan desa, antara lain E-pasar monitoring dan perizinan daring.", ["E-pasar monitoring"]),
    ("Perangkat desa menyusun belanja tahunan lewat e-belanja budgeting sejak Maret.", ["E-belanja budgeting"]),
    ("Berbasis e-Aset Terpadu dan e-pelaporan sistem, desa makin tertib.", ["E-Aset Terpadu", "E-pelaporan sistem"]),
    # an English name closing with "System"
    ("Bendahara mencatat setoran harian lewat Setoran Loket Ledger System (SLLS) di setiap loket.",
     ["Setoran Loket Ledger System"]),
    # an English name closing with "Room" is a service, not a building's room (round 31)
    ("Pemkot meluncurkan layanan Balemanis Warta Room untuk warga.", ["Balemanis Warta Room"]),
    # ... but a room named by its use stays a facility, even after a trigger (round 31)
    ("Wali kota memaparkan inovasi Control Room Sukamaju kepada tamu, lalu layanan Balemanis Warta Room bagi warga.",
     ["Balemanis Warta Room"]),
])
def test_e_services_with_an_english_word_and_systems(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text", [
    "Hal itu e-mail penting bagi warga.",
    "Kami menerima e-mail kemarin dan membalasnya.",
])
def test_e_words_with_an_indonesian_word_after_them(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []
