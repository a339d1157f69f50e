"""Visits told in passing: earlier trips and earlier guests listed, return visits telling of the host's earlier visit
and keeping today's trip.

Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import facts, pairs

from nlp import Tagger


def test_an_earlier_trip_told_with_bila_still_counts(tagger: Tagger) -> None:
    text = ("Bila DPRD Kabupaten Blora berguru ke Kabupaten Magetan bulan lalu, kini giliran Komisi C DPRD Kabupaten "
            "Ngawi kunjungan kerja ke Kabupaten Magetan, Selasa (19/3).")
    assert pairs(tagger, text) == [("Kabupaten Blora", "Kabupaten Magetan"), ("Kabupaten Ngawi", "Kabupaten Magetan")]


def test_earlier_guests_listed_before_today_are_visits_too(tagger: Tagger) -> None:
    text = ("Pemkot Magelang menerima kunjungan kerja Pemkab Kebumen untuk studi tiru pelayanan perizinan, Selasa "
            "(7/3). \"Mulai dari Pemkot Salatiga, Wonosobo kemudian Purworejo, dan kini kami senang bertemu rekan "
            "dari Pemkab Kebumen,\" kata Wali Kota Magelang.")
    assert sorted(v[0] for v in facts(tagger, text)) == ["Kabupaten Kebumen", "Kabupaten Purworejo",
                                                         "Kabupaten Wonosobo", "Kota Salatiga"]


def test_every_region_of_a_list_of_earlier_visitors(tagger: Tagger) -> None:
    text = ("Inovasi pasar desa Klaten sudah ditiru banyak daerah, di antaranya Kabupaten Pati, Kota Bitung, dan "
            "Kabupaten Wajo, yang sebelumnya datang studi banding ke Kabupaten Klaten.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kabupaten Pati", "Kabupaten Klaten"),
                                                         ("Kabupaten Wajo", "Kabupaten Klaten"),
                                                         ("Kota Bitung", "Kabupaten Klaten")]


def test_earlier_trips_listed_with_a_repeated_preposition_are_visits_without_the_new_trips_date(
        tagger: Tagger) -> None:
    text = ("Biro Umum Setda Provinsi Gorontalo melakukan studi tiru di Provinsi Jawa Tengah, Senin (4/3/2024). "
            "Tahun lalu, biro itu pernah melakukan studi tiru di Provinsi Lampung, Provinsi Riau dan di Provinsi Bali.")
    assert [(v[0], v[1], v[2]) for v in facts(tagger, text, published="2024-03-05")] == [
        ("Provinsi Gorontalo", "Provinsi Bali", None), ("Provinsi Gorontalo", "Provinsi Jawa Tengah", "2024-03-04"),
        ("Provinsi Gorontalo", "Provinsi Lampung", None), ("Provinsi Gorontalo", "Provinsi Riau", None)]


def test_return_visit_tells_of_the_hosts_earlier_visit(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kota Bitung berkunjung ke DPRD Kabupaten Wajo, Jumat (3/3). Kunjungan itu sebagai "
            "kunjungan balasan atas kedatangan Ketua DPRD Kabupaten Wajo ke Kota Bitung tahun lalu. Ketua DPRD "
            "Kabupaten Wajo Anton Sukma menyambut rombongan.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", None, "Anton Sukma", None),
                                   ("Kota Bitung", "Kabupaten Wajo", "2023-03-03", None, None)]


def test_the_hosts_earlier_trip_to_their_guests_is_a_visit_without_date_or_size(tagger: Tagger) -> None:
    text = ("Sekda Kabupaten Wajo Banyu Prasojo bersama 15 orang tim teknis belajar pengelolaan sampah ke Kabupaten "
            "Klaten, Senin (6/3). Bupati Klaten Anton Sukma menyambut rombongan. Ia menjelaskan, Pemkab Klaten "
            "beberapa waktu lalu juga pernah mengunjungi Kabupaten Wajo untuk belajar pariwisata.")
    assert facts(tagger, text) == [("Kabupaten Klaten", "Kabupaten Wajo", None, "Anton Sukma", None),
                                   ("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-06", "Banyu Prasojo", 16)]


def test_a_return_visit_keeps_todays_trip(tagger: Tagger) -> None:
    text = ("Kunjungan itu merupakan kunjungan balasan setelah Pemkot Madiun berkunjung ke Wajo tahun lalu. Pemkab "
            "Wajo studi banding ke Kota Madiun, Selasa (7/3).")
    result = tagger.extract({"id": "v", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert sorted((v["visitor"], v["host"], v["date"], v["status"]) for v in result["visits"]) == [
        ("Kabupaten Wajo", "Kota Madiun", "2023-03-07", "reported"),
        ("Kota Madiun", "Kabupaten Wajo", None, "earlier")]


# an earlier guest named before the turn word right after its comma (round 44, `visit_rules.TURN_AFTER`): "Setelah A,
# kini B ...", "Setelah A, giliran B ...", "Sesudah Bupati A, kini Bupati B ..." (before, the earlier turn needed
# "kini giliran" or ", dan kini" in the sentence)
TURN_TEXT = ("{earlier}, {turn} Pemkab Kabupaten Banyumas yang studi banding pengelolaan sampah ke Kota Madiun, "
             "Selasa (4/6/2024).")


def test_an_earlier_guest_before_a_bare_turn_word_is_a_visitor(tagger: Tagger) -> None:
    for earlier, turn in (("Setelah Kabupaten Kendal", "kini"), ("Setelah Kendal", "giliran"),
                          ("Sesudah Bupati Kendal", "kini")):
        got = sorted(pairs(tagger, TURN_TEXT.format(earlier=earlier, turn=turn)))
        assert got == [("Kabupaten Banyumas", "Kota Madiun"), ("Kabupaten Kendal", "Kota Madiun")], (earlier, turn)


def test_a_trip_after_an_event_is_no_earlier_guest(tagger: Tagger) -> None:
    # "Setelah ... di Kabupaten Kendal, kini ...": a place the delegation went to, not a guest before it
    text = TURN_TEXT.format(earlier="Setelah rapat kerja di Kabupaten Kendal", turn="kini")
    assert ("Kabupaten Kendal", "Kota Madiun") not in pairs(tagger, text)
