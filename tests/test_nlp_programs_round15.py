"""Programs, round 15: what fresh news writes beside program names that is none (competition rankings, the rules of
procedure of a council, events named like programs: a study trip, an evaluation, a handover, a numbered expo, a
camp, a birthday, a law), and e-services named with an English word after them; invented names and sentences."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


@pytest.mark.parametrize("text, expected", [
    # a competition's ranking: the title after "Top N Inovasi" is the competition's, the ranking no name
    ("Aplikasi Sapa Tani Cerdas lolos Top 20 Inovasi Layanan Warga Jatim tahun ini.", ["Sapa Tani Cerdas"]),
    ("Wali kota menerima trofi TOP 15 Inovasi Desa Nasional di Bandung.", []),
    ("Temuan itu karya Budi, peraih inovasi TOP 25, yang pernah juara.", []),
    # the rules of procedure of a council are a document, not a program
    ("Pansus ingin membandingkan Kode Etik dan Tata Tertib (Tatib) milik dewan kota lain.", []),
    # ... each alone too, even quoted or after a trigger
    ('Dewan meluncurkan "Kode Etik" baru bagi anggotanya.', []),
    ("Badan Kehormatan menerapkan aplikasi Kode Etik bagi anggota dewan.", []),
])
def test_rankings_and_council_rules(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_program_beside_a_ranking_stays(tagger: Tagger) -> None:
    text = "Pemkab meluncurkan program Kebun Gizi Warga. Program itu kini naik ke Top 30 inovasi daerah."
    assert programs(tagger, text) == ["Kebun Gizi Warga"]


@pytest.mark.parametrize("text", [
    'Dinas Arsip menggelar program "Study Tiru Tata Kelola Arsip" bersama Pemkot Blitar.',
    "Menteri hadir pada acara Serah Terima Layanan Digital Terpadu di Kota Madiun.",
    # an event word before a Roman number: the expo's edition, even after "program"
    "Dinas Pariwisata membuka program Borneo Kriya Expo IX di lapangan kota.",
    # an evaluation opening a name is an event, whatever English program word follows
    "Penilai provinsi memimpin Evaluasi Pekan Kedua Layanan Digital Terpadu di kantor camat.",
    # a comparative study is a visit, even after "program"
    "Rombongan dewan mengikuti program Comparative Study Pasar Ikan Higienis ke Kabupaten Sumedang pekan lalu.",
    "Kedua kota menyiapkan pertukaran pelajar, program youth camp, serta beasiswa.",
    "Bupati memberi hadiah lomba inovasi saat Hari Ulang Tahun (HUT) Kabupaten Blora.",
    "Aturan itu diganti melalui Undang Undang Nomor 99 Tahun 2031.",
])
def test_events_and_laws_named_like_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Hasil Comparative Study Penerapan Kampung Online di Sumedang menjadi bahan kajian pansus.",
    "Tim penilai hadir pada Evaluasi Lapangan Program Kampung Online di kantor camat.",
])
def test_the_program_a_study_or_an_evaluation_is_about_stays(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == ["Kampung Online"]


def test_an_evaluation_system_after_a_trigger_stays(tagger: Tagger) -> None:
    text = "Kecamatan memakai aplikasi Sistem Evaluasi Layanan Desa untuk menilai kantor desa."
    assert programs(tagger, text) == ["Sistem Evaluasi Layanan Desa"]


@pytest.mark.parametrize("text, expected", [
    # an e-service named with an English word or "sistem" after it, wherever it stands
    ("Mereka belajar layanan desa, antara lain E-pasar monitoring dan perizinan daring.", ["E-pasar monitoring"]),
    ("Perangkat desa menyusun belanja tahunan lewat e-belanja budgeting sejak Maret.", ["E-belanja budgeting"]),
    ("Berbasis e-Aset Terpadu dan e-pelaporan sistem, desa makin tertib.", ["E-Aset Terpadu", "E-pelaporan sistem"]),
    # an English name closing with "System"
    ("Bendahara mencatat setoran harian lewat Setoran Loket Ledger System (SLLS) di setiap loket.",
     ["Setoran Loket Ledger System"]),
])
def test_e_services_with_an_english_word_and_systems(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text", [
    "Hal itu e-mail penting bagi warga.",
    "Kami menerima e-mail kemarin dan membalasnya.",
])
def test_e_words_with_an_indonesian_word_after_them(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []
