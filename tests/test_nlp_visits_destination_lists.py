"""Visits: lists of destinations ("ke dua kota di <province>, yakni A dan B") and a place before the delegation."""

from __future__ import annotations

from tests.nlp_helpers import visits

PAIRS = ("visitor", "host")


def test_destinations_listed_after_their_province(tagger):
    # the province only places the listed cities: they are the hosts, not it
    found = visits(tagger, "Kunjungan kerja 30 anggota DPRD Kota Bitung ke dua kota di Jawa Timur, yakni Madiun dan "
                           "Blitar, berlangsung Selasa (2/12/2025) untuk belajar pengelolaan pasar.",
                   title="Kunker DPRD Bitung", fields=PAIRS)
    assert found == [("Kota Bitung", "Kota Blitar"), ("Kota Bitung", "Kota Madiun")]


def test_a_copied_program_sent_to_listed_regions_makes_no_visit(tagger):
    # no visit or going word before "ke": the regions a program spread to host nothing
    found = visits(tagger, "Pemkab Wajo studi banding ke Kota Madiun, Senin (1/12/2025), untuk belajar tata kelola "
                           "pasar. Menurut Wali Kota Madiun, program itu sudah ditiru ke tiga kabupaten di Jawa Timur, "
                           "yakni Kabupaten Ngawi, Kabupaten Magetan dan Kabupaten Pacitan.",
                   title="Pemkab Wajo Belajar Pasar", fields=PAIRS)
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_goods_sent_to_listed_regions_make_no_visit(tagger):
    found = visits(tagger, "Pemkab Wajo studi banding ke Kota Madiun, Senin (1/12/2025), untuk belajar tata kelola "
                           "pasar. Bantuan beras juga disalurkan ke dua kabupaten di Jawa Timur, yaitu Kabupaten Ngawi "
                           "dan Kabupaten Pacitan.",
                   title="Pemkab Wajo Belajar Pasar", fields=PAIRS)
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_place_and_a_comma_before_the_delegation_do_not_place_it(tagger):
    # "<a place that is no region>, Komisi II DPRD X ...": X's council acts there, it is not placed; the earlier
    # destination it lists is a host too
    found = visits(tagger, "Komisi II DPRD Kabupaten Wajo bertandang ke Sarangan, Kabupaten Magetan, guna mempelajari "
                           "retribusi wisata. \u201cKami banyak belajar dari Magetan soal parkir,\u201d tutur seorang "
                           "anggota. Selain ke Sarangan, Komisi II DPRD Wajo juga sudah bertandang ke kabupaten lain, "
                           "di antaranya Kabupaten Pati.",
                   title="Komisi II DPRD Wajo Studi Tiru ke Magetan", fields=PAIRS)
    assert found == [("Kabupaten Wajo", "Kabupaten Magetan"), ("Kabupaten Wajo", "Kabupaten Pati")]
