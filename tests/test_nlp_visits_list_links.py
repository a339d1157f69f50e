"""Lists of guests and of destinations whose items carry more than a comma between them: a guest's short form or
province in brackets and the next guest's committee or office before its region ("DPRD A (AA), anggota Komisi V
dan VI DPRD B", "Sekretariat DPRD A, PKK B"), and a destination placed by its province written out ("ke Kota A,
P dan Kota B", "Kab. A Prov. P (PP), Kota B Provinsi Q, lalu Kota C"). Round 35, second wave: a list of destinations
past an item that is no region (its closing "dan" before such an item, one between two listed regions), and a place
with its surroundings ("dan sekitarnya") closing no list.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import pairs

from nlp import Tagger


@pytest.mark.parametrize("text, guests", [
    ("Kota Madiun kedatangan tiga rombongan sekaligus untuk studi banding. Ketiga rombongan itu ialah anggota Komisi "
     "D DPRD Kota Bitung, anggota Komisi V dan VI DPRD Kabupaten Wajo, serta anggota Komisi E DPRD Kabupaten Ngawi.",
     ["Kabupaten Ngawi", "Kabupaten Wajo", "Kota Bitung"]),
    ("Pemkot Madiun kemarin menerima kunjungan DPRD Kabupaten Wajo (Sulsel), DPRD Kota Bitung (Sulut) dan DPRD "
     "Kabupaten Pati yang hendak mempelajari pengelolaan pasar.", ["Kabupaten Pati", "Kabupaten Wajo", "Kota Bitung"]),
    ("Kota Madiun kembali kedatangan tamu. Kali ini Sekretariat DPRD Kabupaten Wajo, Sekretariat DPRD Kota Bitung dan "
     "PKK Kabupaten Pati datang untuk studi banding.", ["Kabupaten Pati", "Kabupaten Wajo", "Kota Bitung"]),
])
def test_guests_listed_with_their_committees_or_short_forms(tagger: Tagger, text: str, guests: list[str]) -> None:
    assert pairs(tagger, text) == [(g, "Kota Madiun") for g in guests]


@pytest.mark.parametrize("text, hosts", [
    ("Rombongan DPRD Kota Bitung studi banding ke Kabupaten Wajo, Sulawesi Selatan dan Kota Madiun guna mempelajari "
     "tata kelola pasar.", ["Kabupaten Wajo", "Kota Madiun"]),
    ("Rombongan DPRD Kota Bitung kemarin studi banding ke Kabupaten Wajo Provinsi Sulawesi Selatan dan Kota Madiun "
     "Provinsi Jawa Timur.", ["Kabupaten Wajo", "Kota Madiun"]),
    ("Rombongan Pemkot Bitung studi banding ke Kab. Wajo Prov. Sulawesi Selatan (Sulsel), Kota Madiun Provinsi Jawa "
     "Timur (Jatim), lalu Kabupaten Ngawi pekan lalu.", ["Kabupaten Ngawi", "Kabupaten Wajo", "Kota Madiun"]),
])
def test_destinations_each_placed_by_its_province_written_out(tagger: Tagger, text: str, hosts: list[str]) -> None:
    assert pairs(tagger, text) == [("Kota Bitung", h) for h in hosts]


@pytest.mark.parametrize("text, hosts", [
    # the list closes with "dan" before an item that is no region (national bodies, the rest of the delegation)
    ("Rombongan DPRD Kota Bitung pekan ini bertolak studi banding ke Kabupaten Wajo, Ngawi, Magetan dan beberapa "
     "lembaga pusat.", ["Kabupaten Magetan", "Kabupaten Ngawi", "Kabupaten Wajo"]),
    ("Rombongan DPRD Kota Bitung dibagi dua tim untuk studi banding: satu tim berangkat ke Kabupaten Wajo, Ngawi, "
     "Magetan, dan tim lainnya ke Kabupaten Pati.",
     ["Kabupaten Magetan", "Kabupaten Ngawi", "Kabupaten Pati", "Kabupaten Wajo"]),
    # an item that is no region of ours between two that are
    ("Rombongan Pemkot Bitung dijadwalkan studi banding ke sejumlah daerah di Jawa Timur, seperti Ngawi, Madiun, "
     "Telagawening, Pacitan, dan Trenggalek.",
     ["Kabupaten Ngawi", "Kabupaten Pacitan", "Kabupaten Trenggalek", "Kota Madiun"]),
])
def test_destinations_listed_past_an_item_that_is_no_region(tagger: Tagger, text: str, hosts: list[str]) -> None:
    assert pairs(tagger, text) == [("Kota Bitung", h) for h in hosts]


def test_a_place_with_its_surroundings_closes_no_list(tagger: Tagger) -> None:
    # "Kota Batu, Malang dan sekitarnya": Malang only places the town and the surroundings are no item of a list
    assert pairs(tagger, "Rombongan DPRD Kota Bitung pekan lalu bertolak untuk studi banding ke Desa Wanasepi di "
                         "Kecamatan Tirtaluhur, Kota Batu, Malang dan sekitarnya.") == [("Kota Bitung", "Kota Batu")]


@pytest.mark.parametrize("text, guests", [
    ("Menurut Kepala Dinas Pasar Kota Madiun, daerah tetangga seperti Kabupaten Wajo, Kota Bitung, bahkan Kabupaten "
     "Pati belajar ke Kota Madiun soal pasar.", ["Kabupaten Pati", "Kabupaten Wajo", "Kota Bitung"]),
    ("Pada Maret Pemkot Bitung dan kemudian pemerintah Kabupaten Wajo studi banding ke Kota Madiun soal pasar.",
     ["Kabupaten Wajo", "Kota Bitung"]),
    ("Sejak Januari Kota Bitung, Kabupaten Wajo, serta kabupaten tetangga Ngawi sudah studi banding ke Kota Madiun "
     "soal pasar.", ["Kabupaten Ngawi", "Kabupaten Wajo", "Kota Bitung"]),
])
def test_guests_listed_with_a_link_word_between(tagger: Tagger, text: str, guests: list[str]) -> None:
    """Round 37: "bahkan", "hingga", "dan kemudian" and a neighbouring regency ("serta kabupaten tetangga") link two
    guests of one list (``GUEST_GAP``)."""
    assert sorted(pairs(tagger, text)) == [(g, "Kota Madiun") for g in guests]
