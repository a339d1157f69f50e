"""Where one trip goes when it names several places: destinations listed after "ke", "tujuannya" or a category, stops
in their order, an earlier stop and the next stop, a province destination with its regions, coming home is no stop;
a counted list placed by its province ("ke dua kota di Jawa Timur, yakni A dan B"), regions a program or goods are
sent to (no visit), a place before the delegation, a list after a trip to a named host (more destinations, not
guests of that host), also after "ke dua kota lain, seperti"; a region after a bare comma that starts a clause
("Belajar ke A, Kota B Benahi ...") is no further stop, a bare-comma list going on with a preposition still lists
stops; a destination after an area word ("di daerah X", "ke wilayah X") close after the trip word (an area after a
comma and another doing, or in a "yang" clause, is none), and a welcome to the host that is no trip.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kabupaten Klaten studi banding ke Bali. Kami mendatangi tiga kabupaten, yaitu Badung, Gianyar "
    "dan Tabanan.",
    "Rombongan DPRD Kabupaten Klaten studi banding ke Bali. Rombongan dibagi untuk mengunjungi tiga kabupaten, "
    "yakni Badung, Tabanan dan Gianyar.",
])
def test_a_list_after_its_category_counts_names_that_are_common_words(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Klaten", "Kabupaten Badung"), ("Kabupaten Klaten", "Kabupaten Gianyar"),
                                   ("Kabupaten Klaten", "Kabupaten Tabanan")]


@pytest.mark.parametrize("text", [
    "DPRD Kota Bitung studi banding ke Kota Madiun (Jawa Timur) dan Kota Bandung (Jawa Barat), Senin (6/3).",
    "DPRD Kota Bitung mengadakan kunjungan kerja ke Provinsi Jawa Timur dan Jawa Barat. Kunjungan kerja ke Kota "
    "Madiun(Jawa Timur) dan Bandung(Jawa Barat) dilakukan untuk bertukar informasi.",
])
def test_destinations_each_placed_by_a_province_in_brackets(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kota Bitung", "Kota Bandung"), ("Kota Bitung", "Kota Madiun")]


def test_the_regions_listed_after_a_visit_verb_are_its_objects(tagger: Tagger) -> None:
    title = "DPRD Kabupaten Wajo Datangi Ngawi dan Madiun demi Menggali Pengetahuan Baru"
    text = "DPRD Kabupaten Wajo menggelar kunjungan kerja ke DPRD Kabupaten Ngawi dan DPRD Kota Madiun, Senin (6/3)."
    assert pairs(tagger, text, title=title) == [("Kabupaten Wajo", "Kabupaten Ngawi"),
                                                ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "MADIUN - Dari 30 anggota dewan, sebanyak 27 orang bertolak ke Kabupaten Buleleng untuk studi referensi. Mereka "
    "berangkat Minggu (5/3) dan kembali tiba di Kota Madiunn Selasa (7/3), kata Ketua DPRD Kota Madiun Banyu Prasojo.",
    "Dari 30 anggota dewan, sebanyak 27 orang bertolak ke Kabupaten Buleleng untuk studi referensi, kata Ketua DPRD "
    "Kota Madiun Banyu Prasojo. Mereka tiba kembali di Kota Madiun pada Selasa (7/3).",
])
def test_arriving_back_home_is_no_destination(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kota Madiun", "Kabupaten Buleleng")]


@pytest.mark.parametrize("text, expected", [
    ("Hampir semua anggota DPRD Kabupaten Wajo pergi ke beberapa kota seperti Bali, Yogyakarta, Solo hingga Batam "
     "untuk studi banding.", [("Kabupaten Wajo", "Kota Batam"), ("Kabupaten Wajo", "Kota Surakarta"),
                              ("Kabupaten Wajo", "Kota Yogyakarta"), ("Kabupaten Wajo", "Provinsi Bali")]),
    ("DPRD Kota Bitung studi banding ke tiga daerah, yakni Kota Madiun, Kabupaten Ngawi dan Kabupaten Magetan.",
     [("Kota Bitung", "Kabupaten Magetan"), ("Kota Bitung", "Kabupaten Ngawi"), ("Kota Bitung", "Kota Madiun")]),
])
def test_destinations_listed_after_ke_and_their_category(tagger: Tagger, text: str, expected: list) -> None:
    assert pairs(tagger, text) == expected


def test_a_list_of_destinations_goes_on_past_a_misspelt_province(tagger: Tagger) -> None:
    text = ("Kunjungan kerja DPRD Kabupaten Wajo ke luar daerah. Tujuannya adalah Kota Bitung Provinsi Sulawesi Utaraa "
            "dan Palembang Provinsi Sumatera Selatan.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Bitung"), ("Kabupaten Wajo", "Kota Palembang")]


@pytest.mark.parametrize("text", [
    "Para kepala desa se-Kabupaten Ngawi studi banding di dua desa di Provinsi Bali, yakni Desa Sanur Kauh di Kota "
    "Denpasar dan Desa Mengwi di Kabupaten Badung.",
    "Para kepala desa se-Kabupaten Ngawi studi banding ke dua desa, yaitu Desa Sanur Kauh, Kota Denpasar, dan Desa "
    "Mengwi, Kabupaten Badung.",
])
def test_villages_in_a_list_of_destinations_keep_their_regions_listed(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Badung"), ("Kabupaten Ngawi", "Kota Denpasar")]


def test_coming_home_after_the_trip_is_no_earlier_stop(tagger: Tagger) -> None:
    text = ("Puluhan anggota DPRD Kabupaten Kudus berkunjung kerja ke Kabupaten Sleman, Selasa (7/3). \"Kunker itu "
            "bertujuan menimba ilmu, agar sepulang ke Kudus mereka gampang menjalankan tugas,\" katanya. Ia menyebut "
            "waktu kunker dipilih saat tidak ada agenda penting di DPRD Kudus.")
    assert pairs(tagger, text) == [("Kabupaten Kudus", "Kabupaten Sleman")]


def test_province_named_for_the_trip_does_not_outweigh_the_hosts_in_it(tagger: Tagger) -> None:
    text = ("Anggota Badan Anggaran DPRD Kota Bitung studi banding ke Jawa Timur. Rombongan menyambangi DPRD Kota "
            "Madiun. Pada agenda kedua, mereka berkunjung ke DPRD Kabupaten Ngawi untuk belajar penyusunan APBD.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kota Bitung", "Kabupaten Ngawi"),
                                                         ("Kota Bitung", "Kota Madiun")]


def test_set_off_to_a_province_then_its_regencies_named(tagger: Tagger) -> None:
    text = ("Anggota DPRD Kabupaten Wonogiri berangkat ke Jawa Timur, tepatnya ke Kabupaten Lamongan dan Tuban, "
            "Rabu (8/3). Sekretaris DPRD Wonogiri membenarkan bahwa anggota dewan menjalankan studi banding ke "
            "Jawa Timur sejak Rabu (8/3).")
    assert facts(tagger, text) == [("Kabupaten Wonogiri", "Kabupaten Lamongan", "2023-03-08", None, None),
                                   ("Kabupaten Wonogiri", "Kabupaten Tuban", "2023-03-08", None, None)]


@pytest.mark.parametrize("text, expected", [
    ("Enam anggota DPRD Kabupaten Wajo kunjungan kerja ke Kota Madiun. Menurutnya, kunker ke Kota Madiun "
     "berlangsung dua hari, lalu dilanjutkan ke Kota Kediri. Di Madiun mereka mempelajari penganggaran. Kota "
     "Madiun punya banyak inovasi.",
     [("Kabupaten Wajo", "Kota Kediri"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("DPRD Kabupaten Wajo datang ke DPRD Kota Madiun. Rombongan berkunjung ke DPRD Kota Madiun. Kunker kami untuk "
     "belajar di DPRD Kota Madiun, lalu berlanjut ke DPRD Kabupaten Pati, kata Ketua DPRD Wajo.",
     [("Kabupaten Wajo", "Kabupaten Pati"), ("Kabupaten Wajo", "Kota Madiun")]),
])
def test_the_next_stop_after_the_main_host(tagger: Tagger, text: str, expected: list) -> None:
    assert sorted(pairs(tagger, text)) == expected


def test_destinations_listed_after_tujuannya(tagger: Tagger) -> None:
    text = ("Kunjungan kerja ke luar Jawa akan dilakukan anggota DPRD Kabupaten Wajo. Tujuannya adalah Kabupaten "
            "Ngawi, Kota Madiun dan Kabupaten Pati.")
    assert sorted(pairs(tagger, text)) == [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kabupaten Pati"),
                                           ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text, expected", [
    ("Panitia khusus DPRD Kabupaten Wajo menyiapkan studi banding bulan ini. Menurut ketuanya, ada dua kabupaten "
     "yang layak dikunjungi untuk bahan raperda, yaitu Kabupaten Ngawi dan Kabupaten Magetan.",
     [("Kabupaten Wajo", "Kabupaten Magetan"), ("Kabupaten Wajo", "Kabupaten Ngawi")]),
    ("Rombongan DPRD Kabupaten Wajo berangkat studi banding pekan ini. Tiga lokasi sudah disepakati para anggota "
     "komisi untuk perjalanan ini, antara lain DPRD Kota Madiun dan DPRD Kabupaten Ngawi.",
     [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]),
])
def test_destinations_listed_after_a_visited_clause_or_a_far_place_word(tagger: Tagger, text: str,
                                                                         expected: list) -> None:
    """"yang layak dikunjungi ..., yaitu A dan B", "Tiga lokasi <a long clause>, antara lain A dan B": a list of
    destinations, no guests."""
    assert pairs(tagger, text) == expected


def test_a_region_named_inside_a_province_destination_says_where(tagger: Tagger) -> None:
    text = ("Anggota DPRD Kabupaten Wajo menjalani kunjungan kerja ke tiga daerah, yaitu Kota Madiun, Kota Kediri dan "
            "Jawa Tengah. Komisi A ke Kota Madiun, Komisi B ke Kota Kediri dan Komisi C ke Jawa Tengah. Ketua Komisi C "
            "memastikan pihaknya kunker ke Desa Wisata Sukamaju Kabupaten Klaten.")
    assert sorted(pairs(tagger, text)) == [("Kabupaten Wajo", "Kabupaten Klaten"), ("Kabupaten Wajo", "Kota Kediri"),
                                           ("Kabupaten Wajo", "Kota Madiun")]


def test_destinations_told_in_their_order(tagger: Tagger) -> None:
    text = ("Camat bersama tujuh kepala desa di Kabupaten Wajo akan berangkat studi banding ke tiga daerah. Tujuan "
            "pertama Kota Madiun, lalu Kabupaten Ngawi, dan terakhir Kabupaten Pati.")
    assert sorted(pairs(tagger, text)) == [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kabupaten Pati"),
                                           ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "DPRD Kabupaten Wajo kunjungan kerja ke Jawa Timur. Rombongan bertatap muka dengan jajaran Pemerintah Kabupaten "
    "Ngawi untuk belajar tata kelola pasar.",
    "DPRD Kabupaten Wajo kunjungan kerja ke Jawa Timur. Dalam kunjungan itu rombongan menemui Dinas Pasar dan Dinas "
    "Perdagangan Kabupaten Ngawi untuk belajar.",
])
def test_the_government_met_inside_a_province_destination_hosts(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ngawi")]


def test_an_earlier_stop_of_a_tour_is_a_host_too(tagger: Tagger) -> None:
    text = "Usai dari Kota Madiun, rombongan Pemkab Wajo melanjutkan studi banding ke Kabupaten Ngawi, Rabu (8/3)."
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]


def test_destinations_listed_after_their_province(tagger):
    # the province only places the listed cities: they are the hosts, not it
    found = pairs(tagger, "Kunjungan kerja 30 anggota DPRD Kota Bitung ke dua kota di Jawa Timur, yakni Madiun dan "
                          "Blitar, berlangsung Selasa (2/12/2025) untuk belajar pengelolaan pasar.",
                  title="Kunker DPRD Bitung")
    assert found == [("Kota Bitung", "Kota Blitar"), ("Kota Bitung", "Kota Madiun")]


@pytest.mark.parametrize("sentence", [
    # no visit or going word before "ke": the regions a program spread to host nothing
    pytest.param("Menurut Wali Kota Madiun, program itu sudah ditiru ke tiga kabupaten di Jawa Timur, yakni Kabupaten "
                 "Ngawi, Kabupaten Magetan dan Kabupaten Pacitan.", id="a copied program"),
    pytest.param("Bantuan beras juga disalurkan ke dua kabupaten di Jawa Timur, yaitu Kabupaten Ngawi dan Kabupaten "
                 "Pacitan.", id="goods"),
])
def test_what_is_sent_to_listed_regions_makes_no_visit(tagger, sentence: str):
    found = pairs(tagger, "Pemkab Wajo studi banding ke Kota Madiun, Senin (1/12/2025), untuk belajar tata kelola "
                          f"pasar. {sentence}", title="Pemkab Wajo Belajar Pasar")
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_place_and_a_comma_before_the_delegation_do_not_place_it(tagger):
    # "<a place that is no region>, Komisi II DPRD X ...": X's council acts there, it is not placed; the earlier
    # destination it lists is a host too
    found = pairs(tagger, "Komisi II DPRD Kabupaten Wajo bertandang ke Sarangan, Kabupaten Magetan, guna mempelajari "
                          "retribusi wisata. \u201cKami banyak belajar dari Magetan soal parkir,\u201d tutur seorang "
                          "anggota. Selain ke Sarangan, Komisi II DPRD Wajo juga sudah bertandang ke kabupaten lain, "
                          "di antaranya Kabupaten Pati.",
                  title="Komisi II DPRD Wajo Studi Tiru ke Magetan")
    assert found == [("Kabupaten Wajo", "Kabupaten Magetan"), ("Kabupaten Wajo", "Kabupaten Pati")]


def test_other_destinations_of_the_visitor_are_no_guests_of_its_host(tagger):
    # "yang berkunjung ke X, ... studi banding ke daerah lain, yakni A dan B": A and B are where the visitor also
    # went, not delegations that came to X
    found = pairs(tagger, "Pejabat Kabupaten Wajo yang berkunjung ke Kota Madiun, Senin (1/12/2025), juga studi "
                          "banding ke daerah lain, yakni Kabupaten Ngawi dan Kabupaten Pati.")
    assert ("Kabupaten Ngawi", "Kota Madiun") not in found and ("Kabupaten Pati", "Kota Madiun") not in found


def test_destinations_listed_after_the_going_verb_stay_hosts(tagger):
    # no relative clause of coming: "studi banding ke tiga daerah, yaitu A, B dan C" lists where they go
    found = pairs(tagger, "Komisi I DPRD Kota Bitung studi banding ke tiga daerah, yaitu Kabupaten Wajo, Kota Madiun "
                          "dan Kabupaten Pati, untuk belajar pelayanan publik.",
                  title="DPRD Kota Bitung Studi Banding")
    assert {("Kota Bitung", "Kabupaten Wajo"), ("Kota Bitung", "Kota Madiun"), ("Kota Bitung", "Kabupaten Pati")} \
        <= set(found)


def test_a_region_after_a_bare_comma_starting_a_clause_is_no_further_stop(tagger: Tagger) -> None:
    # (the headline repeated as the first line: read as a stop, Lebak would host more than it travels)
    title = "Usai Studi Tiru ke Kota Madiun, Kabupaten Lebak Benahi Terminal Bus"
    text = (title + "\n\nKunjungan belajar ke Kota Madiun itu diikuti pejabat dinas perhubungan Kabupaten Lebak. "
            "Terminal kota itu dinilai tertib.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kota Madiun")]


def test_a_list_of_stops_after_a_comma_still_lists_hosts(tagger: Tagger) -> None:
    text = "Rombongan DPRD Kota Tidore Kepulauan studi banding ke Kabupaten Sragen, Kota Madiun dan Kabupaten Ngawi."
    assert sorted(pairs(tagger, text)) == [("Kota Tidore Kepulauan", "Kabupaten Ngawi"),
                                           ("Kota Tidore Kepulauan", "Kabupaten Sragen"),
                                           ("Kota Tidore Kepulauan", "Kota Madiun")]
    # two stops with a bare comma, the sentence going on with a preposition: both are stops
    text = "Pemkot Tidore Kepulauan studi banding ke Kota Madiun, Kabupaten Ngawi guna mempelajari terminal bus."
    assert sorted(pairs(tagger, text)) == [("Kota Tidore Kepulauan", "Kabupaten Ngawi"),
                                           ("Kota Tidore Kepulauan", "Kota Madiun")]


@pytest.mark.parametrize("tail", ["ke dua kota lain, seperti Kediri dan Blitar.",
                                  "ke kota lainnya, antara lain Kediri dan Blitar."])
def test_places_listed_after_other_counted_places_are_destinations_not_guests(tagger: Tagger, tail: str) -> None:
    # "ke dua kota lain, seperti A dan B": "lain(nya)" after the counted place noun still opens a list of where the
    # delegation went, not of delegations that came to the host
    text = ("Komisi II DPRD Kabupaten Wajo bertandang untuk kunjungan kerja ke Kota Madiun, Kamis (9/3). Dewan sudah "
            "lebih dulu mencari bahan rancangan perda pasar " + tail)
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Blitar"), ("Kabupaten Wajo", "Kota Kediri"),
                                   ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Studi banding Pansus Pasar DPRD Kabupaten Klaten ke luar provinsi tahun ini mengambil tema pengelolaan pasar "
    "rakyat berbasis digital, antara lain ke Jawa Barat, Bali serta Sumatera Barat.",
])
def test_destinations_listed_with_ke_after_a_trip_out_of_the_region(tagger: Tagger, text: str) -> None:
    # the trip "ke luar daerah" told first, too far before its list for the going word to reach it
    assert pairs(tagger, text) == [("Kabupaten Klaten", "Provinsi Bali"), ("Kabupaten Klaten", "Provinsi Jawa Barat"),
                                   ("Kabupaten Klaten", "Provinsi Sumatera Barat")]


def test_councils_listed_after_yakni_are_each_a_destination(tagger: Tagger) -> None:
    """"yakni DPRD A, DPRD B dan DPRD C": the council word before each listed region; each is a destination."""
    text = ("Komisi B DPRD Kabupaten Klaten melakukan studi banding ke tiga daerah, yakni DPRD Kota Denpasar, "
            "DPRD Kabupaten Gianyar dan DPRD Kabupaten Badung, Senin (6/3).")
    assert pairs(tagger, text) == [("Kabupaten Klaten", "Kabupaten Badung"), ("Kabupaten Klaten", "Kabupaten Gianyar"),
                                   ("Kabupaten Klaten", "Kota Denpasar")]


@pytest.mark.parametrize("text, host", [
    ("Pemkab Wajo melakukan studi tiru tata kelola pasar di daerah Madiun, Senin (6/3).", "Kota Madiun"),
    ("Komisi B DPRD Kabupaten Wajo bertolak untuk kunker ke wilayah Provinsi Gorontalo guna membahas perda "
     "pasar rakyat.", "Provinsi Gorontalo"),
])
def test_a_destination_named_as_an_area_after_ke_or_di(tagger: Tagger, text: str, host: str) -> None:
    # "di daerah X", "ke wilayah X": the area word between the preposition and the region still makes it the
    # destination
    assert pairs(tagger, text) == [("Kabupaten Wajo", host)]


def test_a_welcome_to_the_host_adds_no_evidence_of_a_trip(tagger: Tagger) -> None:
    # "selamat datang di X" is the host's greeting, no going word: it must not outweigh a second destination told
    # once
    text = ("Rombongan DPRD Kota Bitung berkunjung ke Kabupaten Wajo, Senin (6/3). Bupati Wajo lalu berucap "
            "selamat datang di Kabupaten Wajo kepada rombongan. Ketua rombongan mengatakan, "
            "pihaknya datang ke Wajo untuk belajar tata kelola pasar. Sebelum ini rombongan sudah berkunjung ke "
            "Kabupaten Pati.")
    assert pairs(tagger, text) == [("Kota Bitung", "Kabupaten Pati"), ("Kota Bitung", "Kabupaten Wajo")]


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kabupaten Wajo menggelar studi banding pasar ke Kota Madiun, Senin (6/3). Sepulang studi "
    "banding, rombongan berbelanja oleh-oleh di daerah Ngawi.",
    "Komisi B DPRD Kabupaten Wajo berkunjung ke Kota Madiun, Senin (6/3). Mereka belajar pengelolaan pasar yang juga "
    "ditiru di daerah Ngawi.",
])
def test_an_area_far_from_the_trip_word_is_no_destination(tagger: Tagger, text: str) -> None:
    # the area word makes a destination only close after the trip word: not after a comma and another doing, not in
    # a "yang" clause about others
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]
