"""The words for a region's government bodies (data/government_words.csv) in the visit rules that read them."""

from __future__ import annotations

from tests.nlp_helpers import visits

PAIRS = ("visitor", "host")


def test_pemko_names_each_visiting_city(tagger):
    # "Pemko" (Pemerintah Kota, as written in Sumatra) is a city's government, like "Pemkot", in a list of guests too
    found = visits(tagger, "Pemkot Madiun menerima kunjungan dari Pemko Binjai dan Pemko Medan, Rabu (3/12/2025), "
                           "untuk belajar tata kelola pasar.", title="Pemkot Madiun Terima Tamu", fields=PAIRS)
    assert found == [("Kota Binjai", "Kota Madiun"), ("Kota Medan", "Kota Madiun")]


def test_offices_known_by_acronym_in_a_list_of_guests(tagger):
    # "antara lain Bappeda A, Dukcapil B serta Dinkes C": each listed office came from its region
    found = visits(tagger, "Disdukcapil Kota Madiun sepanjang November menerima kunjungan kerja dari berbagai daerah. "
                           "Tamu yang datang antara lain Bappeda Wajo, Dukcapil Kabupaten Pati serta Dinkes Ngawi. "
                           "Mereka belajar layanan akta kelahiran daring.", title="Disdukcapil Madiun Ramai Tamu",
                   fields=PAIRS)
    assert found == [("Kabupaten Ngawi", "Kota Madiun"), ("Kabupaten Pati", "Kota Madiun"),
                     ("Kabupaten Wajo", "Kota Madiun")]
